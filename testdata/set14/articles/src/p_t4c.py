# Trap 4e (data table) and trap 5 (short real articles).
PAGES = [
dict(
name="fr-custom-loyers-etudiants-tableau",
comment="""trap 4e (data table): fr data story, custom CMS. An HTML <table> of figures with a <caption>
and a source line inside the article: caption and rows are article text (must).
Real: breadcrumb, byline/date, share bar, "À lire aussi" list, newsletter box, Didomi-like consent, footer.""",
lang="fr-FR", site="Le Journal de l'Ouest Étudiant", author="Camille Le Goff",
url="https://www.ouest-etudiant.example/logement/loyers-studios-rentree-2026-villes",
title="Studios étudiants : les loyers ont augmenté de 6 % en un an dans l'Ouest",
desc="Notre relevé de 1 400 annonces montre une hausse plus forte à Rennes et à Nantes qu'à Brest ou au Mans.",
date="2026-11-21T06:30:00+01:00", ldtype="Report",
nav=["Logement", "Études", "Emploi", "Vie étudiante", "Bons plans"],
bodyclass="article-donnees",
footer="Le Journal de l'Ouest Étudiant · Mentions légales · Charte de confidentialité",
pre="""<nav class="ariane">{{Accueil > Logement > Loyers}}</nav>""",
article="""<main><article class="article">
<h1>Studios étudiants : les loyers ont augmenté de 6 % en un an dans l'Ouest</h1>
<p class="signature">{{Par Camille Le Goff}} · <time>{{Publié le 21 novembre 2026}}</time></p>
<div class="article-texte">
<p>[[Le loyer moyen d'un studio étudiant a augmenté de 6 % en un an]] dans les cinq grandes villes universitaires de l'Ouest, selon notre relevé de 1 400 annonces publiées en septembre et en octobre. C'est deux fois plus que l'inflation sur la même période.</p>
<p>[[Rennes reste la ville la plus chère, avec 548 euros par mois]] charges comprises pour un studio de 18 à 25 mètres carrés. Mais c'est à Nantes que la hausse est la plus nette : près de 9 %, tirée par les petites surfaces proches de l'île de Nantes.</p>
<table class="tableau-donnees">
<caption>[[Loyer moyen d'un studio étudiant, charges comprises, en euros par mois]]</caption>
<thead><tr><th>Ville</th><th>2025</th><th>2026</th><th>Évolution</th></tr></thead>
<tbody>
<tr>[[<td>Rennes</td><td>519</td><td>548</td><td>+5,6 %</td>]]</tr>
<tr>[[<td>Nantes</td><td>487</td><td>531</td><td>+9,0 %</td>]]</tr>
<tr>[[<td>Angers</td><td>441</td><td>462</td><td>+4,8 %</td>]]</tr>
<tr><td>Brest</td><td>398</td><td>412</td><td>+3,5 %</td></tr>
<tr>[[<td>Le Mans</td><td>376</td><td>391</td><td>+4,0 %</td>]]</tr>
</tbody></table>
<p class="source-tableau">Source : relevé de 1 400 annonces par la rédaction, septembre-octobre 2026.</p>
<p>À Brest, la construction de 600 logements étudiants par le Crous depuis 2023 a freiné la hausse. [[Les propriétaires privés y ont moins de marge pour augmenter]], explique Yannick Tanguy, de l'agence départementale d'information sur le logement.</p>
<p>[[Un tiers des annonces ne mentionnent pas le diagnostic énergétique]], pourtant obligatoire. Parmi celles qui le font, 14 % concernent des logements classés F ou G, qui ne pourront plus être loués à partir de 2028 pour les F.</p>
<p>La hausse touche surtout les logements meublés, qui représentent huit annonces sur dix dans notre relevé. [[Les studios vides se louent en moyenne 40 euros moins cher]], mais ils partent en quelques jours et les étudiants doivent alors acheter lit, table et réfrigérateur.</p>
<p>Les syndicats étudiants réclament l'encadrement des loyers, déjà appliqué à Rennes depuis 2025. [[À Nantes, la métropole doit se prononcer au printemps]] sur une demande d'expérimentation. Le Mans et Angers n'ont pas présenté de candidature.</p>
</div>
<div class="partage"><span>{{Partager l'article}}</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
</article></main>""",
post="""<section class="a-lire-aussi"><h2>{{À lire aussi}}</h2><ul><li><a href="/logement/crous-attribution">{{Logements Crous : les attributions de la deuxième vague}}</a></li></ul></section>
<aside class="newsletter-box"><p>{{Recevez chaque lundi nos bons plans logement et emploi.}}</p><button>Je m'inscris</button></aside>""",
consent="""<div id="didomi-host"><div class="didomi-popup-notice" role="dialog"><p>{{Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l'audience.}}</p><button>Accepter</button><button>Refuser</button></div></div>""",
),
dict(
name="nl-custom-korte-berichten-veerpont",
comment="""trap 5 (short real article): nl news brief of about 100 words in three paragraphs, custom CMS.
It is the article: the cleaner must return it. Real: byline/date, share bar, "Meest gelezen" list,
newsletter line, cookie notice, footer.""",
lang="nl-NL", site="Dordtse Courant", author="Redactie",
url="https://www.dordtsecourant.example/nieuws/veerpont-zwijndrecht-uit-de-vaart",
title="Veerpont naar Zwijndrecht twee weken uit de vaart",
desc="Het voetveer tussen het Groothoofd en Zwijndrecht vaart vanaf maandag niet vanwege onderhoud.",
date="2026-12-04T16:45:00+01:00",
nav=["Nieuws", "Dordrecht", "Drechtsteden", "Sport", "Uit"],
bodyclass="artikel kort",
footer="Dordtse Courant · Colofon · Privacy · Adverteren",
article="""<main><article class="artikel artikel--kort">
<h1>Veerpont naar Zwijndrecht twee weken uit de vaart</h1>
<p class="artikel-meta">{{Redactie Dordtse Courant}} · <time>{{4 december 2026, 16.45}}</time></p>
<div class="artikel-tekst">
<p>[[Het voetveer tussen het Groothoofd en Zwijndrecht vaart vanaf maandag twee weken niet.]] De pont gaat naar een werf in Sliedrecht voor de jaarlijkse keuring en een nieuwe schroefas.</p>
<p>[[Voetgangers en fietsers kunnen in die periode gratis met de waterbus]] tussen de Merwekade en Zwijndrecht-Veerplein. Die vaart overdag elk halfuur, ook in het weekend.</p>
<p>[[De veerdienst verwacht op maandag 21 december weer te varen.]] Vorig jaar liep het onderhoud vier dagen uit omdat onderdelen te laat werden geleverd; de vervoerder zegt die nu al op voorraad te hebben.</p>
</div>
<div class="deel"><span>{{Deel dit bericht}}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
</article></main>""",
post="""<aside class="meest-gelezen"><h2>{{Meest gelezen}}</h2><ol><li><a href="/nieuws/kerstmarkt">{{Kerstmarkt trekt recordaantal bezoekers}}</a></li><li><a href="/nieuws/spoorbrug">{{Spoorbrug weekend dicht voor werkzaamheden}}</a></li></ol></aside>
<p class="nieuwsbrief-regel">{{Ontvang elke ochtend het nieuws uit de Drechtsteden in je mail.}}</p>""",
consent="""<div class="cookiemelding"><p>{{Wij gebruiken cookies om de site te verbeteren en advertenties te tonen.}}</p><button>Akkoord</button></div>""",
),
]
