# Trap 1: the body split into parts.
PAGES = []

PAGES.append(dict(
name="de-custom-kassel-bibliothek-open-library-parts",
comment="""Trap 1 (body split into parts): de news site on a custom CMS. The story
sits in three sibling div.article-body__part containers; between them an
ad slot, a newsletter box and a "Mehr zum Thema" card. Text of every part
is must (first and last part included). Real boilerplate: byline/date,
newsletter box, related card, share bar, consent banner.""",
lang="de-DE", site="Nordhessen Rundschau", author="Miriam Achterberg",
date="2026-12-04T07:15:00+01:00",
url="https://www.nordhessen-rundschau.example/kassel/stadtbibliothek-open-library-sonntag-1187342",
title="Stadtbibliothek öffnet sonntags – ganz ohne Personal",
desc="Mit Chipkarte und Videoüberwachung: Die Kasseler Stadtbibliothek testet ab Januar die Open Library.",
html="""
<body class="page page--article">
<div id="consent-layer" class="cmp-layer" role="dialog" aria-modal="true"><div class="cmp-layer__inner"><p class="cmp-layer__text">{{Wir und unsere Partner speichern Informationen auf Ihrem Gerät, um Inhalte zu personalisieren und Reichweite zu messen.}}</p><button class="cmp-btn cmp-btn--accept">Alle akzeptieren</button> <button class="cmp-btn">Einstellungen</button></div></div>
<header class="site-header"><a class="site-header__logo" href="/">Nordhessen Rundschau</a>
<nav class="site-nav"><ul><li><a href="/kassel/">Kassel</a></li><li><a href="/region/">Region</a></li><li><a href="/politik/">Politik</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li></ul></nav></header>
<main id="main" class="main">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article-header"><span class="article-header__kicker">Kassel</span>
<h1 class="article-header__title">Stadtbibliothek öffnet sonntags – ganz ohne Personal</h1>
<div class="article-header__meta"><span class="author">Von {{Miriam Achterberg}}</span> <time datetime="2026-12-04T07:15">{{04.12.2026, 07:15 Uhr}}</time></div></header>
<div class="article-body">
<div class="article-body__part article-body__part--1">
<p>[[Wer sonntags in der Kasseler Stadtbibliothek lesen will, stand bisher vor verschlossenen Türen.]] [[Ab dem 11. Januar soll sich das ändern:]] Die Zentralbibliothek am Königsplatz öffnet dann auch an Sonntagen und an den Abenden bis 22 Uhr, allerdings ohne Beschäftigte an der Theke. Zugang erhält, wer einen gültigen Ausweis besitzt und sich einmal vor Ort hat einweisen lassen.</p>
<p>Das Modell heißt Open Library und stammt aus Skandinavien. [[In Dänemark arbeiten inzwischen mehr als die Hälfte der öffentlichen Bibliotheken so.]] In Hessen hat es bislang nur eine Handvoll kleiner Gemeindebüchereien ausprobiert, eine Großstadtbibliothek war nicht darunter.</p>
</div>
<div class="ad-slot ad-slot--mrec" data-ad-unit="nhr_article_mrec_1"><span class="ad-slot__label">Anzeige</span></div>
<div class="article-body__part article-body__part--2">
<p>[[Technisch ist der Aufwand überschaubar.]] [[Die Eingangstür öffnet sich mit dem Bibliotheksausweis, der dafür einen Chip erhält.]] Kameras im Foyer und in den Lesesälen zeichnen auf, die Bilder werden nach 72 Stunden gelöscht. Ausleihe und Rückgabe laufen über die Selbstverbuchungsautomaten, die es seit 2019 ohnehin gibt.</p>
<p>„Wir wollen vor allem Menschen erreichen, die unter der Woche keine Zeit haben“, sagt Bibliotheksleiterin Sabine Krohn-Wiegand. [[Schichtarbeitende, Studierende und Familien hätten sich längere Öffnungszeiten gewünscht]], das habe eine Umfrage im vergangenen Frühjahr ergeben, an der sich gut 1.400 Nutzerinnen und Nutzer beteiligt hatten.</p>
</div>
<aside class="newsletter-box"><h3 class="newsletter-box__title">Kassel am Morgen</h3><p class="newsletter-box__text">{{Die wichtigsten Nachrichten aus Stadt und Landkreis, jeden Werktag um sechs Uhr in Ihrem Postfach.}}</p><form class="newsletter-box__form"><input type="email" placeholder="E-Mail-Adresse"> <button>Kostenlos anmelden</button></form></aside>
<div class="article-body__part article-body__part--3">
<p>Kritik kommt von der Gewerkschaft Verdi. [[Sie befürchtet, dass die Stadt mittelfristig Stellen einsparen will.]] Die Stadt weist das zurück: Kein Arbeitsplatz falle weg, die Beschäftigten sollten vielmehr mehr Zeit für Veranstaltungen, Schulklassen und Leseförderung bekommen, heißt es aus dem Kulturdezernat.</p>
</div>
<aside class="related-card"><span class="related-card__label">Mehr zum Thema</span> <a class="related-card__link" href="/kassel/stadtteilbibliotheken-sparplan-1179020">{{Sparplan: Zwei Stadtteilbibliotheken stehen auf der Kippe}}</a></aside>
<div class="article-body__part article-body__part--4">
<p>Der Versuch ist zunächst auf ein Jahr angelegt und kostet nach Angaben der Stadt rund 85.000 Euro, vor allem für Technik und Sicherheitsdienst. [[Ein Wachmann soll in den ersten Monaten stichprobenartig vorbeischauen.]] Danach will der Magistrat entscheiden, ob auch die Stadtteilbibliotheken in Wilhelmshöhe und Bettenhausen folgen.</p>
<p>[[Die Einweisung für den Sonntagszugang dauert etwa zehn Minuten]] und ist ab dem 2. Januar an der Information im Erdgeschoss möglich. Kinder unter 14 Jahren dürfen die Bibliothek außerhalb der betreuten Zeiten nur in Begleitung Erwachsener betreten.</p>
</div>
</div>
<div class="share-bar"><span class="share-bar__label">{{Artikel teilen:}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
</article>
</main>
<footer class="site-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li></ul><p>{{© 2026 Nordhessen Rundschau Verlags-GmbH}}</p></footer>
</body>
"""))

PAGES.append(dict(
name="fr-custom-rennes-metro-ligne-b-paywall-split",
comment="""Trap 1 (body split into parts, paywall-style): fr regional news site on a
custom CMS. The first half of the story sits in div.article__free; after
a "La suite de cet article" marker and a subscription offer box, the
second half sits in its own div.article__premium. Text of both halves is
must. Real boilerplate: byline/date, continue-reading marker, offer box,
share bar, "À lire aussi" list, cookie banner.""",
lang="fr-FR", site="L'Écho d'Ille-et-Vilaine", author="Gwenaëlle Le Bihan",
date="2026-12-03T18:30:00+01:00",
url="https://www.echo-ille-et-vilaine.example/rennes/metro-ligne-b-frequentation-un-an-apres-2026-12-03",
title="Un an après, la ligne B du métro de Rennes dépasse ses objectifs",
desc="Avec 118 000 validations par jour en semaine, la seconde ligne du métro rennais fait mieux que prévu.",
html="""
<body class="article-page">
<div class="cookie-banner" id="cookie-banner"><p>{{Ce site utilise des traceurs pour mesurer l'audience et vous proposer des publicités adaptées.}} <button>Accepter</button> <button>Paramétrer</button></p></div>
<header class="header"><div class="header__brand"><a href="/">L'Écho d'Ille-et-Vilaine</a></div>
<nav class="header__nav"><a href="/rennes/">Rennes</a> <a href="/saint-malo/">Saint-Malo</a> <a href="/vitre/">Vitré</a> <a href="/sports/">Sports</a> <a href="/loisirs/">Loisirs</a></nav></header>
<main class="main">
<article class="article">
<h1 class="article__title">Un an après, la ligne B du métro de Rennes dépasse ses objectifs</h1>
<p class="article__meta">Par <span class="article__author">{{Gwenaëlle Le Bihan}}</span> · <time datetime="2026-12-03T18:30">{{Publié le 3 décembre 2026 à 18h30}}</time></p>
<div class="article__body">
<div class="article__free">
<p>[[La ligne B du métro rennais a soufflé sa première bougie]] [[avec un bilan que peu d'observateurs avaient osé prévoir.]] Selon les chiffres communiqués mardi par Rennes Métropole, la ligne enregistre en moyenne 118 000 validations par jour ouvré, alors que l'objectif fixé pour la troisième année d'exploitation était de 110 000.</p>
<p>[[Les stations Beaulieu-Université et Cesson-Viasilva concentrent la plus forte hausse.]] Sur le campus, la fréquentation a presque doublé depuis la rentrée de septembre, les étudiants ayant massivement délaissé les bus de la ligne C4, désormais moins fréquents aux heures de pointe.</p>
</div>
<div class="paywall-marker"><span class="paywall-marker__text">{{La suite de cet article est réservée à nos abonnés}}</span></div>
<div class="offer-box"><p class="offer-box__title">{{Abonnez-vous dès 1 € le premier mois, sans engagement.}}</p><a class="offer-box__button" href="/abonnement">Je m'abonne</a> <a href="/connexion">Déjà abonné ? Se connecter</a></div>
<div class="article__premium">
<h2>Des rames déjà saturées</h2>
<p>Ce succès a son revers. [[Aux heures de pointe, les rames de deux voitures sont pleines dès Gares]], et certains usagers disent laisser passer un ou deux métros avant de pouvoir monter. [[La métropole a commandé huit rames supplémentaires,]] dont la livraison est attendue pour l'automne 2028 au plus tôt.</p>
<p>« On ne pensait pas atteindre ce niveau avant 2029 », reconnaît Matthieu Ollivier, vice-président chargé des mobilités. [[Il promet un passage à une rame toutes les 75 secondes]] dès que le système de pilotage automatique aura été mis à jour, ce qui nécessite plusieurs fermetures nocturnes au printemps prochain.</p>
<p>[[Les associations d'usagers saluent le bilan mais réclament]] des navettes de rabattement vers les stations terminus. [[À Saint-Jacques-Gaîté, le parking relais affiche complet avant huit heures]], et les habitants des communes voisines comme Bruz ou Chartres-de-Bretagne n'ont pas d'autre solution que la voiture pour rejoindre le métro.</p>
</div>
</div>
<div class="share"><span>{{Partager cet article}}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Copier le lien</a></div>
<section class="read-also"><h3>À lire aussi</h3><ul><li><a href="/rennes/tram-bus-trambus-2027">{{Trambus : le tracé définitif présenté aux habitants}}</a></li><li><a href="/rennes/velo-star-hausse">{{Vélo Star : les abonnements annuels en forte hausse}}</a></li></ul></section>
</article>
</main>
<footer class="footer"><a href="/mentions-legales">Mentions légales</a> <a href="/cgv">CGV</a> <a href="/contact">Contact</a> <p>© L'Écho d'Ille-et-Vilaine 2026</p></footer>
</body>
"""))

PAGES.append(dict(
name="es-bricks-zaragoza-mercado-central-rows",
comment="""Trap 1 (body split into parts, page builder): es city magazine on WordPress
with a Bricks-like page builder. The story's paragraphs sit in three
rows (brxe-section > brxe-container > brxe-block columns); between them a
row with a newsletter form and a row with an ad. Text of every row is
must. Real boilerplate: byline/date, newsletter row, ad label, share
buttons, related posts, cookie notice.""",
lang="es-ES", site="Cierzo Magazine", author="Pilar Ainsa",
date="2026-12-02T10:00:00+01:00",
url="https://cierzomagazine.example/ciudad/mercado-central-puestos-vacios-relevo/",
title="El Mercado Central busca relevo para sus puestos vacíos",
desc="Siete de los 74 puestos del mercado zaragozano siguen sin inquilino un año después de la reforma.",
ld={"@type": "BlogPosting"},
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="wp-singular post-template-default single single-post brx-body bricks-is-frontend">
<div class="cmplz-cookiebanner banner-1 cmplz-bottom-right" role="dialog"><div class="cmplz-message">{{Usamos cookies propias y de terceros para analizar el tráfico y mostrarte anuncios personalizados.}}</div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Aceptar</button><button class="cmplz-btn cmplz-deny">Rechazar</button></div></div>
<header id="brx-header"><section class="brxe-section brxe-hdr"><div class="brxe-container"><a class="brxe-logo" href="/">Cierzo Magazine</a><nav class="brxe-nav-menu"><ul><li><a href="/ciudad/">Ciudad</a></li><li><a href="/gastro/">Gastro</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/planes/">Planes</a></li></ul></nav></div></section></header>
<main id="brx-content">
<section id="brxe-hero" class="brxe-section"><div class="brxe-container"><h1 class="brxe-heading">El Mercado Central busca relevo para sus puestos vacíos</h1><div class="brxe-post-meta"><span class="item">{{Pilar Ainsa}}</span> <span class="item">{{2 de diciembre de 2026}}</span></div></div></section>
<section id="brxe-row1" class="brxe-section"><div class="brxe-container"><div class="brxe-block brxe-col-2-3"><div class="brxe-text">
<p>[[Un año después de su última reforma, el Mercado Central de Zaragoza]] [[tiene un problema que no se arregla con obras:]] siete de sus 74 puestos siguen vacíos. Los comerciantes que se jubilaron no han encontrado a nadie que quiera levantarse a las cinco de la mañana para abrir la pescadería o la casquería.</p>
<p>La asociación de detallistas calcula que en cinco años podrían quedar libres otros doce puestos. [[La media de edad de los titulares supera ya los 58 años]], y en muchos casos los hijos han elegido otros oficios. «Aquí se trabaja de lunes a sábado y los márgenes son pequeños», resume su presidenta, Carmen Lasheras.</p>
</div></div><div class="brxe-block brxe-col-1-3"><figure class="brxe-image"><img src="/wp-content/uploads/2026/12/mercado.jpg" alt=""><figcaption>{{Foto: Cierzo Magazine}}</figcaption></figure></div></div></section>
<section id="brxe-row-newsletter" class="brxe-section brxe-bg-light"><div class="brxe-container"><div class="brxe-block"><h3 class="brxe-heading">{{Zaragoza en tu correo cada viernes}}</h3><form class="brxe-form"><input type="email" placeholder="Tu email"><button>Suscribirme</button></form></div></div></section>
<section id="brxe-row2" class="brxe-section"><div class="brxe-container"><div class="brxe-block brxe-col-1-2"><div class="brxe-text">
<p>[[El Ayuntamiento quiere atraer a gente joven con un canon reducido.]] [[Durante los dos primeros años, los nuevos inquilinos pagarían la mitad del alquiler]], y el consistorio asumiría parte del coste de adaptar los puestos a actividades distintas de las tradicionales, como cafeterías o tiendas de productos ecológicos.</p>
</div></div><div class="brxe-block brxe-col-1-2"><div class="brxe-text">
<p>No todos lo ven con buenos ojos. [[Algunos veteranos temen que el mercado acabe convertido en un espacio gastronómico]] como los de Madrid o Barcelona, con más turistas que clientes de barrio. «Si abren diez barras de vermú, la frutería de al lado se muere», advierte un carnicero que prefiere no dar su nombre.</p>
</div></div></div></section>
<section id="brxe-row-ad" class="brxe-section"><div class="brxe-container"><div class="brxe-block brxe-ad"><span>{{Publicidad}}</span><div class="adsbygoogle"></div></div></div></section>
<section id="brxe-row3" class="brxe-section"><div class="brxe-container"><div class="brxe-block"><div class="brxe-text">
<p>[[La convocatoria para los siete puestos se abrirá en febrero]] y estará abierta durante dos meses. El pliego valorará la experiencia en el sector, el plan de negocio y el compromiso de abrir al menos cinco días a la semana, con un horario mínimo de mañana que los comerciantes consideran innegociable.</p>
<p>[[Mientras tanto, algunos puestos vacíos se usarán de forma temporal.]] [[La Escuela de Hostelería de Zaragoza ofrecerá allí clases abiertas los sábados]], y una cooperativa de agricultores del Bajo Aragón venderá verdura de temporada durante el invierno, según confirmó la concejala de Mercados, Elena Gimeno.</p>
</div></div></div></section>
<section class="brxe-section"><div class="brxe-container"><div class="brxe-share"><span>{{Comparte este artículo}}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Telegram</a></div>
<div class="brxe-posts related"><h3>{{También te puede interesar}}</h3><ul><li><a href="/gastro/tapas-el-tubo-invierno/">{{Diez barras de El Tubo para el invierno}}</a></li><li><a href="/ciudad/tranvia-linea-2-obras/">{{Las obras de la línea 2 del tranvía empiezan en marzo}}</a></li></ul></div></div></section>
</main>
<footer id="brx-footer"><section class="brxe-section"><div class="brxe-container"><p>Cierzo Magazine · Zaragoza</p><a href="/aviso-legal/">Aviso legal</a> <a href="/privacidad/">Privacidad</a></div></section></footer>
</body>
"""))
