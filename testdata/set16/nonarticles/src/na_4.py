PAGES = []

# 10. French charity donate page
PAGES.append(dict(
name="fr-association-page-faire-un-don", lang="fr-FR",
comment="""fr: a charity's "Faire un don" page (donation-form platform embed): a
60-word appeal, one-off/monthly toggle, four amounts each with a
one-line "what it pays for", free amount, tax-deduction calculator
line (66 %), form fields, trust badges. JSON-LD: NGO with a DonateAction
potentialAction. Cookie banner (Axeptio-like). No article.""",
url="https://www.les-jardins-solidaires.example/faire-un-don",
site="Les Jardins Solidaires",
doctitle="Faire un don – Les Jardins Solidaires",
desc="Soutenez les jardins d’insertion des Jardins Solidaires : un don de 50 € ne vous coûte que 17 € après réduction d’impôt.",
css="/build/app.3c7d2e.css",
bodyclass="page-don",
jsonld={"@context":"https://schema.org","@type":"NGO","name":"Les Jardins Solidaires","url":"https://www.les-jardins-solidaires.example/","address":{"@type":"PostalAddress","addressLocality":"Nantes","addressCountry":"FR"},"potentialAction":{"@type":"DonateAction","target":"https://www.les-jardins-solidaires.example/faire-un-don","recipient":{"@type":"NGO","name":"Les Jardins Solidaires"}}},
header="""<header class="header"><a class="header__logo" href="/">Les Jardins Solidaires</a><nav class="header__nav"><a href="/qui-sommes-nous">Qui sommes-nous</a><a href="/nos-jardins">Nos jardins</a><a href="/paniers">Paniers de légumes</a><a href="/benevolat">Devenir bénévole</a><a href="/actualites">Actualités</a></nav><a class="header__don btn" href="/faire-un-don">Je donne</a></header>""",
main="""<main class="don">
<section class="don__appel"><h1>Un jardin pour retrouver un travail</h1><p>Chaque année, cent vingt personnes éloignées de l’emploi retrouvent chez nous un contrat, un salaire et un collectif. Elles cultivent des légumes bio, les livrent en paniers, apprennent un métier et préparent la suite avec nos conseillères. Votre don finance les outils, les semences et l’accompagnement. Sans vous, deux jardins sur cinq ne pourraient pas ouvrir au printemps.</p></section>
<section class="don__formulaire"><form action="https://don.plateforme-dons.example/jardins-solidaires" method="post">
<div class="don__frequence" role="radiogroup"><label><input type="radio" name="freq" checked> Je donne une fois</label><label><input type="radio" name="freq"> Je donne chaque mois</label></div>
<ul class="don__montants">
<li><label><input type="radio" name="montant" value="30"> 30 €</label><span>un lot de semences pour une parcelle</span></li>
<li><label><input type="radio" name="montant" value="50" checked> 50 €</label><span>une paire de chaussures de sécurité</span></li>
<li><label><input type="radio" name="montant" value="100"> 100 €</label><span>une journée de formation en maraîchage</span></li>
<li><label><input type="radio" name="montant" value="250"> 250 €</label><span>un mois de paniers pour une famille accompagnée</span></li>
<li><label>Autre montant <input type="number" name="autre" min="5"> €</label></li></ul>
<p class="don__fiscal">Votre don de 50 € ne vous coûte que 17 € après réduction d’impôt de 66 %.</p>
<fieldset><legend>Vos coordonnées</legend><label>Civilité <select><option>Mme</option><option>M.</option><option>—</option></select></label><label>Prénom <input name="prenom" required></label><label>Nom <input name="nom" required></label><label>E-mail <input name="email" type="email" required></label><label>Adresse <input name="adresse"></label><label>Code postal <input name="cp"></label><label>Ville <input name="ville"></label></fieldset>
<button class="btn btn--don" type="submit">Je valide mon don de 50 €</button>
<p class="don__secu">Paiement sécurisé · Reçu fiscal envoyé par e-mail · Vous pouvez arrêter votre don mensuel à tout moment</p></form></section>
<section class="don__confiance"><ul><li>Label Don en Confiance</li><li>82 % des ressources consacrées aux missions</li><li>Comptes certifiés par un commissaire aux comptes</li></ul><a href="/rapport-annuel-2025">Lire notre rapport annuel</a></section>
<section class="don__autres"><h2>Autres façons de nous soutenir</h2><ul><li><a href="/don-entreprise">Mécénat d’entreprise</a></li><li><a href="/legs">Legs et donations</a></li><li><a href="/ifi">Don IFI</a></li><li><a href="/cheque">Don par chèque</a></li></ul></section>
</main>""",
footer="""<footer class="footer"><p>Les Jardins Solidaires – association loi 1901 reconnue d’intérêt général · 14 rue de la Fraternité, 44000 Nantes</p><nav><a href="/mentions-legales">Mentions légales</a><a href="/donnees-personnelles">Données personnelles</a><a href="/contact">Contact</a></nav></footer>""",
consent="""<div id="axeptio_overlay"><div class="axeptio_widget"><p>Ce site utilise des cookies pour mesurer l’audience et améliorer nos campagnes d’appel aux dons.</p><button>Non merci</button><button>Je choisis</button><button>OK pour moi</button></div></div>"""))

# 11. German company career page: 8 openings
jobs = [("Elektroniker/in für Betriebstechnik","Produktion","Paderborn","Vollzeit"),("SPS-Programmierer/in (Siemens TIA)","Engineering","Paderborn","Vollzeit"),("Servicetechniker/in Außendienst Süddeutschland","Service","Homeoffice / Raum München","Vollzeit"),("Einkäufer/in Elektronikkomponenten","Einkauf","Paderborn","Vollzeit"),("Werkstudent/in Softwaretest","Entwicklung","Paderborn oder remote","Teilzeit, 20 h"),("Ausbildung Industriekaufmann/-frau 2027","Ausbildung","Paderborn","Ausbildung"),("Sachbearbeiter/in Export und Zoll","Vertrieb","Bielefeld","Vollzeit oder Teilzeit"),("Teamleiter/in Montage Schaltschrankbau","Produktion","Paderborn","Vollzeit")]
rows = "\n".join(f'<li class="job-item"><a class="job-item__title" href="/karriere/stellen/{1401+i}">{t}</a><span class="job-item__dept">{d}</span><span class="job-item__loc">{l}</span><span class="job-item__type">{ty}</span></li>' for i,(t,d,l,ty) in enumerate(jobs))
PAGES.append(dict(
name="de-karriere-offene-stellen-liste", lang="de-DE",
comment="""de: a machine builder's "Offene Stellen" listing (applicant-tracking embed):
short intro line, filters (department, location, type), eight openings
with department, location and hours, "Initiativbewerbung" box,
benefits icons row, contact to HR. JSON-LD: ItemList of eight URLs
(not JobPosting). No consent banner. No article.""",
url="https://www.hellweg-anlagenbau.example/karriere/stellen",
site="Hellweg Anlagenbau",
doctitle="Offene Stellen | Karriere bei Hellweg Anlagenbau",
desc="Aktuelle Stellenangebote bei Hellweg Anlagenbau in Paderborn und Bielefeld: Produktion, Engineering, Service, Vertrieb und Ausbildung.",
css="/static/css/site.min.css?v=88",
bodyclass="career jobs-list",
jsonld={"@context":"https://schema.org","@type":"ItemList","name":"Offene Stellen","numberOfItems":8,"itemListElement":[{"@type":"ListItem","position":i+1,"url":f"https://www.hellweg-anlagenbau.example/karriere/stellen/{1401+i}"} for i in range(8)]},
header="""<header class="site-header"><a class="brand" href="/">Hellweg Anlagenbau</a><nav class="main-nav"><a href="/loesungen">Lösungen</a><a href="/branchen">Branchen</a><a href="/service">Service</a><a href="/unternehmen">Unternehmen</a><a class="active" href="/karriere">Karriere</a><a href="/kontakt">Kontakt</a></nav><div class="lang"><a href="/en/careers/jobs">EN</a></div></header>
<nav class="subnav"><a href="/karriere">Arbeiten bei Hellweg</a><a class="active" href="/karriere/stellen">Offene Stellen</a><a href="/karriere/ausbildung">Ausbildung und Studium</a><a href="/karriere/bewerbungsprozess">So bewerben Sie sich</a></nav>""",
main=f"""<main class="jobs">
<h1>Offene Stellen</h1><p class="lead">8 Stellen an 3 Standorten – finden Sie die passende.</p>
<form class="jobs-filter"><select name="bereich"><option>Alle Bereiche</option><option>Produktion</option><option>Engineering</option><option>Service</option><option>Vertrieb</option><option>Ausbildung</option></select><select name="ort"><option>Alle Standorte</option><option>Paderborn</option><option>Bielefeld</option><option>Remote</option></select><select name="art"><option>Alle Arbeitszeiten</option><option>Vollzeit</option><option>Teilzeit</option></select><button>Filtern</button></form>
<ul class="job-list">
{rows}
</ul>
<aside class="initiativ"><h2>Nichts Passendes dabei?</h2><p>Schicken Sie uns eine Initiativbewerbung.</p><a class="btn" href="/karriere/stellen/initiativ">Initiativ bewerben</a></aside>
<section class="benefits"><h2>Was wir bieten</h2><ul><li>30 Tage Urlaub</li><li>Gleitzeit</li><li>JobRad</li><li>Betriebliche Altersvorsorge</li><li>Kantine mit Zuschuss</li><li>Weiterbildungsbudget</li></ul></section>
<section class="hr-contact"><h2>Ihre Ansprechpartnerin</h2><p>Miriam Dahlhoff, Personalreferentin<br>Telefon 05251 000 238<br>karriere@hellweg-anlagenbau.example</p></section>
</main>""",
footer="""<footer class="site-footer"><p>Hellweg Anlagenbau GmbH · Am Lichtenfelde 12 · 33104 Paderborn</p><nav><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a><a href="/agb">AGB</a></nav></footer>"""))

# 12. Dutch single job advertisement
PAGES.append(dict(
name="nl-vacature-servicemonteur-warmtepompen", lang="nl-NL",
comment="""nl: a single job advertisement on an installer's site: title, key facts
(location, hours, salary range), a two-sentence intro, "Wat ga je
doen" / "Wie ben jij" / "Wat bieden wij" bullet lists (about 150 words
of ad text in all), apply button and recruiter contact, "Andere
vacatures" list. JSON-LD: JobPosting with baseSalary. Cookie notice.
No article.""",
url="https://www.installatiebedrijf-vermolen.example/werken-bij/vacatures/servicemonteur-warmtepompen",
site="Vermolen Installatietechniek",
doctitle="Vacature: Servicemonteur warmtepompen (32-40 uur) – Vermolen Installatietechniek",
desc="Word servicemonteur warmtepompen bij Vermolen in Amersfoort. €3.100 – €4.000 per maand, bus van de zaak, opleiding tot F-gassenmonteur.",
css="/wp-content/themes/vermolen/style.css?ver=2.4",
bodyclass="single single-vacature",
jsonld={"@context":"https://schema.org","@type":"JobPosting","title":"Servicemonteur warmtepompen","datePosted":"2026-11-24","validThrough":"2027-01-31","employmentType":["FULL_TIME","PART_TIME"],"hiringOrganization":{"@type":"Organization","name":"Vermolen Installatietechniek","sameAs":"https://www.installatiebedrijf-vermolen.example/"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Amersfoort","addressCountry":"NL"}},"baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":3100,"maxValue":4000,"unitText":"MONTH"}},"description":"Je onderhoudt en repareert warmtepompen bij klanten in de regio Amersfoort."},
header="""<header class="site-header"><a class="custom-logo-link" href="/">Vermolen Installatietechniek</a><nav class="main-navigation"><ul><li><a href="/warmtepompen">Warmtepompen</a></li><li><a href="/zonnepanelen">Zonnepanelen</a></li><li><a href="/cv-ketels">Cv-ketels</a></li><li><a href="/onderhoud">Onderhoud</a></li><li class="current-menu-ancestor"><a href="/werken-bij">Werken bij</a></li><li><a href="/contact">Contact</a></li></ul></nav><a class="storing" href="tel:+31330000990">Storing? 033 000 0990</a></header>""",
main="""<main class="vacature">
<nav class="breadcrumbs"><a href="/werken-bij">Werken bij</a> › <a href="/werken-bij/vacatures">Vacatures</a> › Servicemonteur warmtepompen</nav>
<h1>Servicemonteur warmtepompen</h1>
<ul class="vacature__facts"><li>Amersfoort e.o.</li><li>32-40 uur</li><li>€3.100 – €4.000 bruto per maand</li><li>MBO 3/4</li></ul>
<p class="vacature__intro">Steeds meer huizen in onze regio verwarmen met een warmtepomp. Wij zoeken een monteur die ervoor zorgt dat ze dat ook in januari blijven doen.</p>
<h2>Wat ga je doen</h2><ul><li>Je voert onderhoud uit aan lucht-water- en hybride warmtepompen.</li><li>Je zoekt storingen op en lost ze meestal bij het eerste bezoek op.</li><li>Je legt klanten uit hoe ze hun installatie zuinig instellen.</li><li>Je draait één week op de zes storingsdienst.</li><li>Je registreert je werk op de tablet, zodat de klant direct een rapport krijgt.</li></ul>
<h2>Wie ben jij</h2><ul><li>Je hebt een mbo-diploma elektrotechniek of installatietechniek.</li><li>Je hebt rijbewijs B.</li><li>Je werkt zelfstandig en netjes, ook bij mensen thuis.</li><li>Ervaring met warmtepompen is mooi, maar we leiden je ook op.</li></ul>
<h2>Wat bieden wij</h2><ul><li>Een eigen servicebus met gereedschap en tablet.</li><li>Opleiding tot F-gassenmonteur op onze kosten.</li><li>26 vakantiedagen en een cao Metaal en Techniek.</li><li>Een vast contract na een jaar.</li><li>Een telefoon van de zaak.</li></ul>
<div class="vacature__apply"><a class="btn" href="/werken-bij/solliciteren?vacature=servicemonteur-warmtepompen">Solliciteer direct</a><p>Vragen? Bel of app Ruud Lansink, hoofd service: 06 0000 4417.</p><p class="small">Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.</p></div>
<aside class="andere-vacatures"><h2>Andere vacatures</h2><ul><li><a href="/werken-bij/vacatures/werkvoorbereider">Werkvoorbereider installatietechniek</a></li><li><a href="/werken-bij/vacatures/leerling-monteur">Leerling-monteur (BBL)</a></li><li><a href="/werken-bij/vacatures/planner-service">Planner serviceafdeling</a></li></ul></aside>
</main>""",
footer="""<footer class="site-footer"><p>Vermolen Installatietechniek B.V. · Kapelweg 88, 3818 BS Amersfoort · 033 000 0900 · info@installatiebedrijf-vermolen.example</p><p>Erkend installateur · InstallQ · KvK 00000000</p><a href="/privacyverklaring">Privacyverklaring</a></footer>""",
consent="""<div id="cookie-notice" role="dialog"><p>Wij gebruiken cookies om onze website te verbeteren.</p><a class="button">Ok</a><a class="button">Nee</a><a href="/privacyverklaring">Privacybeleid</a></div>"""))
