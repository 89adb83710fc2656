PAGES = []

# 8. Italian charity field report
PAGES.append(dict(
name="it-onlus-diario-dal-campo-pozzi-turkana", lang="it-IT",
comment="""it: an NGO's field report from a water project ("Diario dal campo", WordPress):
h1, date, author (a project officer), first-person report in six
paragraphs with one subheading and a pull quote, a donate box inside
the text ("Con 35 € ...", "Dona ora"), a 5x1000 banner after the text,
"Altri racconti dal campo", footer with codice fiscale. JSON-LD:
BlogPosting. Cookie banner. Donate box, banner and related are
mustnot.""",
url="https://www.acquaviva-onlus.example/diario-dal-campo/turkana-il-pozzo-di-kalemngorok/",
title="Turkana, il giorno in cui il pozzo di Kalemngorok ha dato acqua",
site="Acquaviva Onlus",
doctitle="Turkana, il giorno in cui il pozzo di Kalemngorok ha dato acqua – Acquaviva Onlus",
desc="Dal nord del Kenya, il racconto della perforazione di un pozzo e del comitato di donne che lo gestirà.",
ogtype="article",
meta=['property="article:published_time" content="2026-11-21T09:00:00+01:00"'],
css="/wp-content/themes/acquaviva/style.css?ver=4.1",
bodyclass="post-template-default single single-post",
jsonld={"@context":"https://schema.org","@type":"BlogPosting","headline":"Turkana, il giorno in cui il pozzo di Kalemngorok ha dato acqua","datePublished":"2026-11-21T09:00:00+01:00","author":{"@type":"Person","name":"Chiara Bonfanti"},"publisher":{"@type":"NGO","name":"Acquaviva Onlus"}},
header="""<header id="masthead" class="site-header"><a class="custom-logo-link" href="/">Acquaviva Onlus</a><nav id="site-navigation" class="main-navigation"><ul><li><a href="/chi-siamo/">Chi siamo</a></li><li><a href="/progetti/">Progetti</a></li><li class="current-menu-item"><a href="/diario-dal-campo/">Diario dal campo</a></li><li><a href="/aziende/">Aziende</a></li><li><a href="/trasparenza/">Trasparenza</a></li></ul></nav><a class="button-dona" href="/dona/">Dona ora</a></header>""",
main="""<main id="primary" class="site-main">
<article class="post type-post">
<header class="entry-header"><span class="cat-links"><a href="/diario-dal-campo/kenya/">Kenya</a></span><h1 class="entry-title">Turkana, il giorno in cui il pozzo di Kalemngorok ha dato acqua</h1>
<div class="entry-meta"><span class="byline">{{di Chiara Bonfanti, responsabile progetti in Kenya}}</span> · <time datetime="2026-11-21">21 novembre 2026</time></div></header>
<div class="entry-content">
<p>[[Alle sei del mattino la trivella era già accesa]], e attorno al cantiere c’erano più bambini che operai. A Kalemngorok, nella contea di Turkana, la stagione secca quest’anno è durata otto mesi. Le donne del villaggio camminavano quattro ore al giorno per raggiungere il fiume Kerio, che a settembre era ridotto a poche pozze fangose.</p>
<p>Il geologo che lavora con noi, Peter Ekai, aveva individuato il punto giusto a giugno, dopo due settimane di rilievi. [[La perforazione è andata avanti per undici giorni]]: a quaranta metri la roccia, a sessantadue la prima sabbia bagnata. Nessuno voleva dirlo ad alta voce, per scaramanzia.</p>
<aside class="donate-box"><p>{{Con 35 € paghi un metro di perforazione di un nuovo pozzo.}}</p><a class="button" href="/dona/?campagna=turkana">{{Sostieni il progetto Turkana}}</a></aside>
<h2>L’acqua e il comitato</h2>
<p>Quando la pompa manuale ha cominciato a tirare su acqua limpida, la prima a berla è stata Akai Lokol, la donna più anziana del villaggio. [[Poi è partito un canto che non ho mai sentito altrove]], e che mi hanno spiegato si usa per le nascite.</p>
<blockquote class="wp-block-pullquote"><p>«[[Adesso le ragazze potranno andare a scuola la mattina]]», mi ha detto Akai.</p></blockquote>
<p>Il pozzo non è nostro e non è del governo: [[lo gestirà un comitato di sette donne elette dal villaggio]]. Riscuoteranno una piccola quota mensile per famiglia, venti scellini, con cui pagare i pezzi di ricambio. Due di loro hanno seguito un corso di manutenzione a Lodwar e sanno già smontare la pompa.</p>
<p>Restano tanti problemi. Il pozzo serve milleduecento persone e le loro capre, ed è già chiaro che non basterà. [[Nel 2027 vogliamo perforarne altri due nella stessa zona]], se le analisi dell’acqua di Kalemngorok continueranno a dare buoni risultati.</p>
</div>
</article>
<section class="banner-5x1000"><p>{{Nella dichiarazione dei redditi firma per il 5x1000 ad Acquaviva: codice fiscale 00000000000.}}</p></section>
<section class="related-posts"><h2>Altri racconti dal campo</h2><ul><li><a href="/diario-dal-campo/etiopia-orti-scolastici/">{{Etiopia, gli orti che hanno riaperto la mensa}}</a></li><li><a href="/diario-dal-campo/kenya-cisterne-scuole/">Cisterne per dodici scuole di Marsabit</a></li></ul></section>
</main>""",
footer="""<footer id="colophon" class="site-footer"><p>Acquaviva Onlus – ETS · Via Solferino 22, 20121 Milano · C.F. 00000000000</p><nav><a href="/privacy/">Privacy</a><a href="/cookie/">Cookie</a><a href="/bilancio/">Bilancio sociale</a></nav></footer>""",
consent="""<div id="cookie-law-info-bar"><span>Usiamo i cookie per capire come viene usato il sito e per le nostre campagne di raccolta fondi.</span><a class="cli-accept">Accetto</a><a class="cli-reject">Rifiuto</a></div>"""))

# 9. Czech hotel blog post on local sights
PAGES.append(dict(
name="cs-hotel-blog-tipy-na-vylety-okoli", lang="cs-CZ",
comment="""cs: a spa-town hotel's blog post on sights nearby (custom CMS, no date, no
author shown): h1, intro, five numbered tips with h2s and distances, a
booking box ("Rezervujte pobyt") after tip 3, a package teaser at the
end ("Balíček Podzim v lázních"), "Další články z blogu", booking bar in
the footer. No JSON-LD. Cookie bar. Booking box, package teaser,
related and footer are mustnot.""",
url="https://www.hotel-vridelni-kolonada.example/blog/pet-tipu-na-vylet-z-karlovych-varu",
title="Pět tipů na výlet z Karlových Varů, když vás omrzí kolonáda",
site="Hotel U Vřídelní kolonády",
doctitle="Pět tipů na výlet z Karlových Varů, když vás omrzí kolonáda | Hotel U Vřídelní kolonády",
desc="Loket, Slavkovský les, Bečov nad Teplou a další místa do hodiny cesty od našeho hotelu.",
ogtype="article",
css="/css/hotel.css?v=9",
bodyclass="blog-detail",
header="""<header class="header"><a class="logo" href="/">Hotel U Vřídelní kolonády</a><nav><a href="/pokoje">Pokoje</a><a href="/lazenske-pobyty">Lázeňské pobyty</a><a href="/restaurace">Restaurace</a><a href="/wellness">Wellness</a><a class="active" href="/blog">Blog</a><a href="/kontakt">Kontakt</a></nav><div class="lang"><a href="/de/">DE</a><a href="/en/">EN</a></div><a class="btn-book" href="/rezervace">Rezervovat</a></header>""",
main="""<main class="blog">
<article class="blog-post">
<h1>Pět tipů na výlet z Karlových Varů, když vás omrzí kolonáda</h1>
<p class="perex">[[Pramenům a oplatkám se v Karlových Varech nevyhnete]], ale okolí města nabízí mnohem víc. Vybrali jsme pět míst, kam se dostanete do hodiny a večer budete zpátky na večeři.</p>
<h2>1. Loket – hrad nad meandrem Ohře</h2>
<p>[[Městečko Loket obtéká Ohře ze tří stran]], a když na něj poprvé pohlédnete z vyhlídky nad řekou, pochopíte, proč mu Goethe tolik fandil. Hrad s expozicí porcelánu je otevřený celý rok. Autem jste tu za dvacet minut, v létě můžete jet i na kole po cyklostezce podél řeky.</p>
<h2>2. Bečov nad Teplou a relikviář svatého Maura</h2>
<p>Na zámku v Bečově je vystavený románský relikviář, [[druhá nejcennější movitá památka v Česku hned po korunovačních klenotech]]. Prohlídky mají omezený počet míst, vstupenky proto kupte předem na webu zámku.</p>
<h2>3. Slavkovský les a rašeliniště Kladské</h2>
<p>Kdo potřebuje ticho, pojede ke Kladské. [[Dřevěný chodník vede přes rašeliniště kolem Tajga]] a celý okruh zvládnete za hodinu i s dětmi. Na podzim je tu mlha, která stojí za brzké vstávání.</p>
<aside class="booking-box"><h3>{{Prodlužte si pobyt}}</h3><p>{{Při pobytu na tři a více nocí vám zapůjčíme elektrokola zdarma.}}</p><a class="btn" href="/rezervace?promo=VYLETY">{{Rezervujte pobyt}}</a></aside>
<h2>4. Porcelánka v Klášterci nad Ohří</h2>
<p>Karlovarský kraj je porcelánem proslulý. V Klášterci si prohlédnete výrobu a [[v podnikové prodejně koupíte hrnky druhé jakosti za zlomek ceny]]. Cesta trvá asi padesát minut.</p>
<h2>5. Rozhledna Diana lanovkou</h2>
<p>Na závěr tip, na který nepotřebujete auto. [[Z hotelu dojdete k lanovce pěšky za deset minut]], nahoře čeká rozhledna Diana, motýlí dům a výhled na celé město. Zpátky doporučujeme sejít lesem po Goethově stezce.</p>
</article>
<section class="package-teaser"><h2>{{Balíček Podzim v lázních}}</h2><p>3 noci s polopenzí, dvě procedury a večeře při svíčkách od 7 490 Kč na osobu.</p><a href="/lazenske-pobyty/podzim">Zobrazit balíček</a></section>
<section class="more-posts"><h2>Další články z blogu</h2><ul><li><a href="/blog/pitna-kura-jak-na-to">{{Pitná kúra: jak a kdy pít vřídlo}}</a></li><li><a href="/blog/filmovy-festival-tipy">Kam na jídlo během filmového festivalu</a></li></ul></section>
</main>""",
footer="""<footer class="footer"><p>Hotel U Vřídelní kolonády · Vřídelní 31 · 360 01 Karlovy Vary · +420 353 000 188</p><form class="booking-bar"><input type="date"><input type="date"><button>Ověřit dostupnost</button></form><p>© 2026 Lázně Vřídlo a.s.</p></footer>""",
consent="""<div class="cookie-bar">Používáme cookies k měření návštěvnosti a remarketingu. <button>Souhlasím</button> <button>Nastavení</button></div>"""))

# 10. Swedish software changelog / release notes in prose
PAGES.append(dict(
name="sv-programvara-versionsnytt-prosa-listor", lang="sv-SE",
comment="""sv: release notes of a fictional accounting app, version 8.4, written as a
blog-style post in prose with lists ("Versionsnytt", Docusaurus-like
docs site): h1, date, short intro, three sections (Nytt, Förbättrat,
Rättat) with prose and bullet lists, a note box about the API, an
"Uppdatera nu" line, a docs sidebar with version list, "Var den här
sidan till hjälp?" feedback, "Föregående/Nästa" pager. JSON-LD:
TechArticle. No consent banner. Sidebar, feedback, pager mustnot.""",
url="https://docs.kassabok.example/versionsnytt/8-4",
title="Kassabok 8.4: bankavstämning i bakgrunden och nya momsrapporter",
site="Kassabok Hjälpcenter",
doctitle="Kassabok 8.4: bankavstämning i bakgrunden och nya momsrapporter | Kassabok Hjälpcenter",
desc="Versionsnytt för Kassabok 8.4: automatisk bankavstämning, momsrapport för OSS, snabbare sökning och en rad rättade fel.",
ogtype="article",
css="/assets/css/styles.4a7c9e.css",
bodyclass="docs-wrapper plugin-blog",
jsonld={"@context":"https://schema.org","@type":"TechArticle","headline":"Kassabok 8.4: bankavstämning i bakgrunden och nya momsrapporter","datePublished":"2026-12-02","publisher":{"@type":"Organization","name":"Kassabok AB"}},
header="""<nav class="navbar"><a class="navbar__brand" href="/">Kassabok Hjälpcenter</a><a class="navbar__item" href="/kom-igang">Kom igång</a><a class="navbar__item" href="/guider">Guider</a><a class="navbar__item navbar__link--active" href="/versionsnytt">Versionsnytt</a><a class="navbar__item" href="/api">API</a><a class="navbar__item" href="https://kassabok.example/">Till kassabok.example</a></nav>""",
main="""<div class="main-wrapper"><aside class="sidebar"><h2>{{Senaste versionerna}}</h2><ul><li><a href="/versionsnytt/8-4" aria-current="page">8.4</a></li><li><a href="/versionsnytt/8-3">8.3</a></li><li><a href="/versionsnytt/8-2">8.2</a></li><li><a href="/versionsnytt/8-1">8.1</a></li><li><a href="/versionsnytt/arkiv">{{Äldre versioner}}</a></li></ul></aside>
<main class="container">
<article>
<header><h1>Kassabok 8.4: bankavstämning i bakgrunden och nya momsrapporter</h1><time datetime="2026-12-02">2 december 2026</time></header>
<div class="markdown">
<p>[[Version 8.4 rullas ut till alla kunder under vecka 49.]] Den största nyheten är att bankavstämningen nu sker automatiskt medan du arbetar med annat, men vi har också lagt till en efterfrågad momsrapport och rättat ett fyrtiotal fel som ni har rapporterat.</p>
<h2>Nytt</h2>
<p>[[Bankavstämningen körs nu i bakgrunden varje natt]]. När du loggar in på morgonen har Kassabok redan matchat transaktionerna mot dina fakturor och kvitton. Det som inte kunde matchas hamnar i en lista där du själv avgör vad som ska göras.</p>
<ul><li>[[Automatisk matchning av inbetalningar mot kundfakturor med OCR-nummer]]</li><li>Förslag på konto för kortköp baserat på tidigare bokföring</li><li>[[Ny momsrapport för försäljning till privatpersoner i andra EU-länder (OSS)]]</li></ul>
<h2>Förbättrat</h2>
<p>Vi har skrivit om sökningen i verifikationslistan. [[En sökning bland hundratusen verifikationer tar nu under en sekund]], mot tidigare upp till tio. Dessutom:</p>
<ul><li>Exporten till SIE4 tar med kostnadsställen även för ingående balanser</li><li>[[Leverantörsfakturor kan nu attesteras direkt i mobilappen]]</li><li>Utskrifter av rapporter får sidnummer</li></ul>
<h2>Rättat</h2>
<ul><li>[[Avrundning av öresbelopp i omvänd byggmoms blev fel i vissa fall]]</li><li>Påminnelser skickades ibland två gånger när en faktura hade delbetalats</li><li>Datumväljaren visade fel vecka i januari</li></ul>
<div class="admonition admonition-note"><p>API-användare: fältet <code>vatReportType</code> har fått två nya värden. [[Äldre integrationer påverkas inte]], men läs gärna API-dokumentationen innan du uppdaterar.</p></div>
<p>Uppdateringen installeras automatiskt, du behöver inte göra någonting.</p>
</div>
</article>
<div class="feedback"><p>{{Var den här sidan till hjälp?}}</p><button>Ja</button><button>Nej</button></div>
<nav class="pagination-nav"><a class="pagination-nav__link" href="/versionsnytt/8-3">{{Föregående: Kassabok 8.3}}</a></nav>
</main></div>""",
footer="""<footer class="footer"><p>{{Hittar du inte svaret? Kontakta supporten på 010-000 44 00.}}</p><p>© 2026 Kassabok AB</p></footer>"""))
