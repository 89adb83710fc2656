# Trap 1: component-CMS class names that sound like chrome (part 2).
PAGES = [
dict(
name="de-gutenberg-stadtwerke-fernwaerme-speicher",
comment="""trap 1 (component CMS classes): de regional news blog on WordPress (Gutenberg blocks, GeneratePress-like).
Story text sits in wp-block-group is-style-teaser-card, div.widget-text wp-block-widget-area-like group,
wp-block-cover__inner-container (header-banner), wp-block-column sidebar-column, wp-block-group footer-note.
REAL newsletter box (Brevo-like form in aside.widget) is mustnot, with breadcrumb, byline/date, Shariff share bar, related.""",
lang="de-DE", site="Neckarblick", author="Jonas Wehrle",
url="https://www.neckarblick.example/2026/12/stadtwerke-heilbronn-waermespeicher-richtfest/",
title="Heilbronner Wärmespeicher: Richtfest am 60 Meter hohen Tank",
desc="Der neue Speicher soll ab dem nächsten Winter Abwärme aus dem Kraftwerk für bis zu drei Tage puffern.",
date="2026-12-02T16:10:00+01:00",
nav=["Heilbronn", "Region", "Wirtschaft", "Sport", "Kultur"],
bodyclass="post-template-default single single-post wp-embed-responsive",
headextra='<meta name="generator" content="WordPress 6.7">',
footer="© 2026 Neckarblick · Impressum · Datenschutz",
pre="""<nav class="breadcrumbs" aria-label="Breadcrumb"><span>{{Startseite » Wirtschaft » Energie}}</span></nav>""",
article="""<main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry category-wirtschaft">
<header class="entry-header"><h1 class="entry-title">Heilbronner Wärmespeicher: Richtfest am 60 Meter hohen Tank</h1>
<div class="entry-meta"><span class="byline">{{Von Jonas Wehrle}}</span> <time class="entry-date published">{{2. Dezember 2026}}</time></div></header>
<div class="entry-content">
<div class="wp-block-cover alignfull header-banner"><div class="wp-block-cover__inner-container is-layout-flow">
<p class="has-large-font-size">[[Auf dem Gelände des Heilbronner Kraftwerks steht seit Dienstag]] ein Stahlzylinder, der schon von der Autobahn aus zu sehen ist: 60 Meter hoch, 34 Meter im Durchmesser. Die Stadtwerke feierten am Nachmittag Richtfest für ihren neuen Wärmespeicher.</p>
</div></div>
<div class="wp-block-group is-style-teaser-card teaser-block has-background"><div class="wp-block-group__inner-container">
<p>In den Tank passen 48 000 Kubikmeter Wasser. [[Es wird mit Abwärme aus Kraftwerk und Müllverbrennung auf 98 Grad erhitzt]] und gibt die Wärme dann ins Fernwärmenetz ab, wenn die Nachfrage am höchsten ist – an kalten Morgen zwischen sechs und neun Uhr.</p>
</div></div>
<div class="wp-block-group widget-text widget_block"><div class="wp-block-group__inner-container">
<p>„Wir heizen damit nicht mehr, wir heizen klüger“, sagte Stadtwerke-Chefin Annette Rauscher. [[Bisher mussten an solchen Tagen zwei Gaskessel zugeschaltet werden.]] Der Speicher soll ihren Einsatz um etwa 70 Prozent verringern, was nach Angaben der Stadtwerke rund 11 000 Tonnen CO2 im Jahr einspart.</p>
</div></div>
<div class="wp-block-columns"><div class="wp-block-column sidebar-column">
<p>[[Die Baukosten liegen bei 31 Millionen Euro]], ein Drittel davon trägt der Bund aus dem Förderprogramm für effiziente Wärmenetze. Die Summe ist um vier Millionen höher als 2024 geplant, vor allem weil Stahl teurer geworden ist.</p>
</div><div class="wp-block-column">
<p>Anwohner in Sontheim hatten sich über den Anblick beschwert. [[Der Tank soll deshalb im Frühjahr eine begrünte Fassade bekommen]], an der Kletterpflanzen bis in etwa 20 Meter Höhe wachsen sollen. Darüber wird die Hülle in einem matten Grün gestrichen.</p>
</div></div>
<div class="wp-block-group is-style-teaser-card teaser-block has-background"><div class="wp-block-group__inner-container">
<p>Für die Kundinnen und Kunden ändert sich zunächst nichts. [[Ob der Speicher die Fernwärme billiger macht, ist offen]]: Die Stadtwerke wollen die Preise für 2027 erst im Herbst festlegen. [[Der Mieterverein fordert, die Einsparungen vollständig weiterzugeben.]]</p>
</div></div>
<div class="wp-block-group footer-note site-footer-block"><div class="wp-block-group__inner-container">
<p>[[In Betrieb gehen soll der Speicher im Oktober 2027.]] Zuvor wird er über sechs Wochen langsam befüllt und aufgeheizt, damit sich der Stahl gleichmäßig ausdehnt. Am 14. März gibt es einen Tag der offenen Baustelle mit Führungen.</p>
</div></div>
</div>
<div class="shariff" data-services="[&quot;whatsapp&quot;,&quot;facebook&quot;,&quot;mail&quot;]"><ul class="theme-default"><li class="shariff-button whatsapp"><a href="#">{{Teilen auf WhatsApp}}</a></li><li class="shariff-button mail"><a href="#">{{Per E-Mail versenden}}</a></li></ul></div>
</article></main>""",
post="""<aside id="sidebar" class="widget-area"><section class="widget widget_newsletter"><h2 class="widget-title">{{Der Neckarblick-Newsletter}}</h2><form class="sib_signup_form"><p>{{Jeden Freitag die wichtigsten Nachrichten aus Heilbronn und der Region direkt in Ihr Postfach.}}</p><input type="email" placeholder="E-Mail-Adresse"><button type="submit">{{Kostenlos eintragen}}</button></form></section>
<section class="widget widget_related"><h2 class="widget-title">Auch interessant</h2><ul><li><a href="/2026/11/fernwaerme-preise/">{{Fernwärmepreise steigen zum Jahreswechsel}}</a></li></ul></section></aside>""",
),
dict(
name="cs-webflow-pivovar-nova-varna",
comment="""trap 1 (component CMS classes): cs business blog of a city magazine on Webflow.
Story text sits in div.w-richtext blog-card-body, div.article-teaser-body, section.banner-section,
div.modal-content-wrap (a Webflow 'modal' class reused as a layout wrapper) and div.social-proof-block.
Real: breadcrumb, byline/date, share links, related cards, footer, cookie bar (Finsweet-like).""",
lang="cs-CZ", site="Brněnský týdeník", author="Tereza Horáková",
url="https://www.brnenskytydenik.example/clanky/pivovar-na-cejlu-nova-varna",
title="Malý pivovar na Cejlu investuje do nové varny, výstav se zdvojnásobí",
desc="Rodinný pivovar v Zábrdovicích koupil varnu z Bavorska a na jaře chce začít vařit 4 000 hektolitrů ročně.",
date="2026-11-29T10:20:00+01:00",
nav=["Město", "Byznys", "Kultura", "Jídlo", "Sport"],
bodyclass="body",
headextra='<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/brno/css/brno.webflow.css" rel="stylesheet" type="text/css">',
headerclass="navbar w-nav",
navclass="nav-menu w-nav-menu",
footer="© 2026 Brněnský týdeník s.r.o. Všechna práva vyhrazena.",
pre="""<div class="breadcrumb-wrap"><a href="/" class="breadcrumb-link">{{Domů</a> / <a href="/byznys" class="breadcrumb-link">Byznys</a> / <span>Pivovary}}</span></div>""",
article="""<main class="main-wrapper"><article class="section-blog-post"><div class="container-large">
<h1 class="heading-style-h1">Malý pivovar na Cejlu investuje do nové varny, výstav se zdvojnásobí</h1>
<div class="blog-post-meta"><div class="author-name">{{Tereza Horáková}}</div><div class="post-date">{{29. listopadu 2026}}</div></div>
<section class="banner-section hero-banner"><div class="banner-content">
<p>[[Rodinný pivovar U Tří kohoutů na Cejlu koupil novou varnu.]] Dvounádobové zařízení z bavorského Bambergu stálo i s dopravou a montáží přibližně šest milionů korun a do sklepa v Zábrdovicích se musí spouštět jeřábem přes dvůr.</p>
</div></section>
<div class="w-richtext blog-card-body">
<p>Majitel pivovaru Ondřej Pospíšil vaří od roku 2019 na varně o objemu 500 litrů. [[Letos podle něj uvařil zhruba 1 900 hektolitrů]], víc se do malého prostoru nevešlo. Nová varna má objem 1 500 litrů a pivovar by s ní mohl vyrábět až 4 000 hektolitrů ročně.</p>
<p>„Poslední dva roky jsme odmítali hospody, které chtěly naše pivo čepovat,“ říká Pospíšil. [[Polovina výroby dnes zůstává v pivnici nad sklepem]], zbytek odebírá asi dvacet podniků v Brně a okolí. Nové smlouvy chce uzavírat až po spuštění varny.</p>
</div>
<div class="article-teaser-body teaser-text">
<p>Pivovar zůstane u spodně kvašených ležáků. [[Desítka Kohout a jedenáctka Cejl tvoří tři čtvrtiny prodeje]], k tomu pivovar vaří sezonní speciály, mezi nimi tmavé pivo s brněnským sladem ze sladovny v Bílovicích.</p>
</div>
<div class="modal-content-wrap">
<p>Investici zčásti zaplatila dotace z programu pro malé podniky. [[Zbytek pokryl úvěr od družstevní záložny]], který chce Pospíšil splatit do sedmi let. Cenu piva v pivnici zatím zvyšovat nechce, půllitr desítky stojí 52 korun.</p>
</div>
<div class="social-proof-block">
<p>Sousedé se obávají hluku a zápachu. [[Spolek Zábrdovice sobě požádal radnici o měření hluku]] z nového chlazení na dvoře. [[Pivovar slíbil, že kompresor postaví do odhlučněného boxu]] a vařit bude jen ve všední dny od sedmi do osmnácti hodin.</p>
</div>
<div class="w-richtext blog-card-body">
<p>[[Starou varnu pivovar prodá domovu mládeže v Jihlavě]], kde ji chtějí používat při výuce budoucích sládků. První várka na novém zařízení je podle plánu naplánována na konec března, první pivo z ní by se čepovalo v květnu.</p>
</div>
<div class="share-links"><span>{{Sdílet článek}}</span> <a href="#" class="share-link w-inline-block">Facebook</a> <a href="#" class="share-link w-inline-block">X</a></div>
</div></article></main>""",
post="""<section class="section-related"><h2 class="heading-style-h3">{{Mohlo by vás zajímat}}</h2><div class="w-dyn-list"><div class="w-dyn-items"><div class="w-dyn-item"><a href="/clanky/kavarny-ceny">{{Brněnské kavárny zdražují kávu o pětikorunu}}</a></div><div class="w-dyn-item"><a href="/clanky/trh-zelny">{{Zelný trh čeká zimní provoz}}</a></div></div></div></section>""",
consent="""<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_text">{{Používáme soubory cookie pro analýzu návštěvnosti a personalizaci obsahu.}}</div><a fs-cc="allow" href="#" class="fs-cc-banner_button">Povolit vše</a><a fs-cc="deny" href="#" class="fs-cc-banner_button">Odmítnout</a></div>""",
),
]
