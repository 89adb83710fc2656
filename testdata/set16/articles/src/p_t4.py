# Trap 4: boilerplate inside the article container.
PAGES = []

PAGES.append(dict(
name="nl-wp-deventer-ijsbaan-reacties-in-article",
comment="""Trap 4 (boilerplate inside the article container): nl-NL local news site on
WordPress (GeneratePress-like). Inside the same <article> as the story,
right after div.entry-content, a comments section with five long,
prose-like reader comments (one mustnot each, 10-15 words of every
comment), their names/dates and the reply form. The story is must.
Real boilerplate also: byline/date, cookie notice.""",
lang="nl-NL", site="Deventer Dagelijks", author="Sanne Wolterink",
date="2026-12-03T19:00:00+01:00",
url="https://deventerdagelijks.example/2026/12/03/ijsbaan-brink-gaat-niet-door/",
title="Geen ijsbaan op de Brink deze winter: te duur en te veel stroom",
desc="De ondernemersvereniging schrapt de kunstijsbaan. Er komt een kleinere schaatsvloer van kunststof.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="post-template-default single single-post">
<div id="cookie-notice" class="cn-container"><p>{{Deze website gebruikt cookies om het bezoek te analyseren en advertenties te tonen.}}</p><button>Akkoord</button> <button>Weigeren</button></div>
<header class="site-header"><div class="inside-header"><p class="main-title"><a href="/">Deventer Dagelijks</a></p><nav class="main-navigation"><ul class="menu"><li><a href="/nieuws/">Nieuws</a></li><li><a href="/sport/">Sport</a></li><li><a href="/uitgaan/">Uitgaan</a></li><li><a href="/tips/">Tip de redactie</a></li></ul></nav></div></header>
<div class="site-content"><main class="site-main">
<article id="post-30918" class="post-30918 post type-post status-publish">
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Geen ijsbaan op de Brink deze winter: te duur en te veel stroom</h1>
<div class="entry-meta"><span class="byline">{{Sanne Wolterink}}</span> <time class="entry-date">{{woensdag 3 december 2026, 19.00 uur}}</time></div></header>
<div class="entry-content">
<p>[[Wie in december op de Brink wilde schaatsen, komt bedrogen uit.]] [[De ondernemersvereniging Binnenstad Deventer heeft de kunstijsbaan,]] die er de afgelopen zes winters stond, geschrapt. Volgens het bestuur zijn de kosten voor huur, koeling en stroom in twee jaar bijna verdubbeld, terwijl de sponsoring juist terugliep.</p>
<p>[[De ijsbaan verbruikte vorig jaar ruim 90.000 kilowattuur]], ongeveer evenveel als dertig huishoudens in een jaar. „Dat konden we niet meer uitleggen, ook niet aan onze eigen leden”, zegt voorzitter Henk Brouwer. De rekening liep volgens hem op tot bijna 140.000 euro voor vijf weken.</p>
<p>[[In plaats van de ijsbaan komt er een kleinere schaatsvloer van kunststof.]] [[Daarop kun je met gewone schaatsen rijden, al glijdt het wat stroever.]] De vloer ligt van 12 december tot 4 januari op het plein voor de Waag en is gratis toegankelijk; schaatsen huren kost drie euro.</p>
<p>[[Niet iedereen is blij met de vervanger.]] [[Horecaondernemers aan de Brink rekenden op de bezoekers]] die na het schaatsen een kop chocolademelk kwamen drinken. „Voor ons waren dat de drukste weken van het jaar”, zegt de eigenaar van café De Vlinder. Hij vreest dat een plastic vloer minder mensen trekt.</p>
<p>[[De gemeente Deventer betaalt dit jaar 25.000 euro mee]], evenveel als vorig jaar. Wethouder Marleen Ruiter zegt open te staan voor een echte ijsbaan in de toekomst, als die op groene stroom draait. [[Een proef met zonnepanelen op het dak van de Waag wordt onderzocht.]]</p>
</div>
<section id="comments" class="comments-area">
<h2 class="comments-title">5 reacties op “Geen ijsbaan op de Brink deze winter: te duur en te veel stroom”</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ria van Dijk</b> <time>3 december 2026 om 19:42</time></footer><div class="comment-content"><p>Jammer, maar eerlijk gezegd begrijp ik het wel. {{Mijn kleinkinderen vonden het prachtig, maar veertig euro voor een middagje}} schaatsen met z'n vieren was ook niet niks. Misschien is de kunststof vloer helemaal niet zo slecht als mensen denken, in Zwolle lag er vorig jaar ook een en daar was het gezellig druk.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Jeroen</b> <time>3 december 2026 om 20:05</time></footer><div class="comment-content"><p>{{Negentigduizend kilowattuur voor vijf weken ijs, dat zegt genoeg over hoe}} we met energie omgaan. Goed dat ze ermee stoppen. Zet dat geld liever in de ijsbaan bij de sportvelden, die gaat open als het vriest en kost bijna niets.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Marloes K.</b> <time>3 december 2026 om 21:17</time></footer><div class="comment-content"><p>Ik werk in de horeca aan de Brink en het klopt wat er staat. {{In december verdienden we met de ijsbaan het geld voor de rustige maanden.}} Ik hoop dat de gemeente volgend jaar meer doet dan alleen een proef onderzoeken, want anders gaan er echt zaken dicht.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Peter Nijhof</b> <time>4 december 2026 om 08:30</time></footer><div class="comment-content"><p>Heeft iemand al eens op zo'n kunststof vloer gestaan? {{Mijn ervaring in Apeldoorn was dat je na tien minuten kramp in je kuiten}} hebt omdat je zo hard moet duwen. Leuk voor de kleintjes misschien, maar volwassen schaatsers gaan hier niet voor naar de stad komen.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Fatima</b> <time>4 december 2026 om 09:52</time></footer><div class="comment-content"><p>{{Fijn dat het schaatsen in ieder geval gratis wordt, dat scheelt voor gezinnen}} die het nu al krap hebben. Wij gingen nooit naar de ijsbaan omdat het te duur was. Dit jaar gaan we wel, met geleende schaatsen van de buren.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">{{Laat een reactie achter}}</h3><p class="comment-notes">Je e-mailadres wordt niet gepubliceerd.</p><form><textarea></textarea><input type="submit" value="Reactie plaatsen"></form></div>
</section>
</div>
</article>
</main></div>
<footer class="site-info"><p>© 2026 Deventer Dagelijks</p></footer>
</body>
"""))

PAGES.append(dict(
name="cs-wp-brno-prehrada-teaser-grid-v-obsahu",
comment="""Trap 4 (boilerplate inside the article container): cs regional news site on
WordPress (Gutenberg). Inside div.entry-content, after the story, a
Query Loop block "Další zprávy z rubriky Brno" with six teasers, each a
headline and a one-line summary (the six headlines and two summaries
mustnot). The story is must. Real boilerplate also: byline/date, cookie
bar.""",
lang="cs-CZ", site="Jihomoravský deník online", author="Petra Hrubá",
date="2026-12-02T11:25:00+01:00",
url="https://jmdenik.example/brno/brnenska-prehrada-sinice-cisteni-2027/",
title="Brněnská přehrada: na jaře začne další kolo boje se sinicemi",
desc="Povodí Moravy chce do přehrady znovu dávkovat síran železitý a poprvé vyzkouší provzdušňování dna.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="wp-singular single single-post">
<div class="cky-consent-container"><div class="cky-notice"><p class="cky-notice-des">{{Používáme cookies, abychom vám mohli nabízet relevantní obsah a reklamu.}}</p><button class="cky-btn cky-btn-accept">Přijmout vše</button> <button class="cky-btn">Odmítnout</button></div></div>
<header class="wp-block-template-part site-header"><p class="wp-block-site-title"><a href="/">Jihomoravský deník online</a></p><nav class="wp-block-navigation"><ul><li><a href="/brno/">Brno</a></li><li><a href="/kraj/">Kraj</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultura/">Kultura</a></li></ul></nav></header>
<main class="wp-block-group">
<article class="post type-post wp-block-post">
<h1 class="wp-block-post-title">Brněnská přehrada: na jaře začne další kolo boje se sinicemi</h1>
<div class="wp-block-post-author-name">{{Petra Hrubá}}</div> <div class="wp-block-post-date"><time>{{2. prosince 2026}}</time></div>
<div class="entry-content wp-block-post-content">
<p>[[Brněnská přehrada se letos v létě znovu zazelenala.]] [[Hygienici na několik týdnů nedoporučili koupání u Rokle]] a v Sokolském koupališti, protože koncentrace sinic přesáhla limit. Povodí Moravy proto chystá na jaro další zásah, tentokrát s jinou technikou než v minulých letech.</p>
<p>[[Do vody se opět bude dávkovat síran železitý]], který váže fosfor, hlavní živinu sinic. Nově ale vodohospodáři vyzkoušejí i provzdušňování dna na dvou místech u hráze. [[Kyslík má zabránit tomu, aby se fosfor z bahna uvolňoval zpět do vody.]]</p>
<p>„Samotné dávkování pomáhá, ale jen na jednu sezonu,“ vysvětluje mluvčí Povodí Moravy Jan Dvorský. [[Na dně přehrady leží desítky let usazeného bahna plného živin]], a dokud ho neodstraníme nebo neuzavřeme, budeme sinice řešit každý rok znovu. Odbahnění celé nádrže by ale stálo miliardy.</p>
<p>[[Hlavní zdroj fosforu přitom leží daleko proti proudu.]] Svratka přináší splachy z polí a odpadní vody z obcí na Vysočině, z nichž některé dodnes nemají čistírnu. [[Kraj Vysočina slibuje, že do roku 2030 postaví čistírny]] v dalších jedenácti obcích.</p>
<p>[[Provzdušňování bude stát zhruba 18 milionů korun]] a zaplatí ho z větší části město Brno. Pokud se osvědčí, chce Povodí Moravy zařízení rozšířit na celou dolní část nádrže. [[První výsledky by měly být známé na konci příští koupací sezony.]]</p>
<div class="wp-block-query more-from-section">
<h2 class="wp-block-heading">Další zprávy z rubriky Brno</h2>
<ul class="wp-block-post-template is-layout-grid columns-3">
<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/brno/tramvaj-kampus-zpozdeni/">{{Tramvaj do kampusu nabírá další zpoždění}}</a></h3><div class="wp-block-post-excerpt"><p>{{Stavba se kvůli archeologům posune nejméně o rok.}}</p></div></li>
<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/brno/vanocni-trhy-zelny-trh/">{{Vánoční trhy na Zelňáku letos bez stánků s punčem}}</a></h3><div class="wp-block-post-excerpt"><p>Radnice chce omezit hluk a nepořádek.</p></div></li>
<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/brno/nadrazi-odsun-hlasovani/">{{Zastupitelé znovu hlasovali o poloze nádraží}}</a></h3><div class="wp-block-post-excerpt"><p>{{Výsledek překvapil i samotné navrhovatele.}}</p></div></li>
<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/brno/lesy-kaceni-bilovice/">{{Kácení v Bílovickém lese pobouřilo výletníky}}</a></h3><div class="wp-block-post-excerpt"><p>Lesy města Brna mluví o kůrovci.</p></div></li>
<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/brno/hvezdarna-nova-kopule/">{{Hvězdárna na Kraví hoře dostane novou kopuli}}</a></h3><div class="wp-block-post-excerpt"><p>Otevřít by se měla na podzim.</p></div></li>
<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/brno/parkovani-rezidenti-zabovresky/">{{Rezidentní parkování se rozšíří do Žabovřesk}}</a></h3><div class="wp-block-post-excerpt"><p>Zóny začnou platit od března.</p></div></li>
</ul></div>
</div>
</article>
</main>
<footer class="wp-block-template-part site-footer"><p>© 2026 Jihomoravský deník online · Kontakty · Ochrana osobních údajů</p></footer>
</body>
"""))

PAGES.append(dict(
name="sv-wp-lund-cykelgarage-taggar-foregaende-nasta",
comment="""Trap 4 (boilerplate inside the article container): sv local news blog on
WordPress (Astra-like). Inside the same <article> as the story: a
"Taggar:" line with six tags, a "Kategori:" line and a previous/next post
navigation pair with both titles (all mustnot). The story is must. Real
boilerplate also: byline/date, share buttons, cookie notice.""",
lang="sv-SE", site="Lundabladet", author="Jonas Ekdahl",
date="2026-11-28T09:40:00+01:00", ld={"@type": "BlogPosting"},
url="https://lundabladet.example/2026/11/28/cykelgaraget-vid-centralen-fullt/",
title="Cykelgaraget vid Lund C är fullt – nu vill kommunen bygga ett till",
desc="Det nya cykelgaraget vid Lund C rymmer 3 000 cyklar men är fullt redan klockan åtta på vardagar.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="single single-post ast-single-post">
<div class="moove-gdpr-info-bar-container"><p>{{Vi använder cookies för att webbplatsen ska fungera och för att förstå hur den används.}}</p><button class="mgbutton">Acceptera</button> <button class="mgbutton">Avvisa</button></div>
<header class="site-header ast-primary-header-bar"><div class="site-branding"><span class="site-title"><a href="/">Lundabladet</a></span></div><nav class="main-header-bar-navigation"><ul class="main-header-menu"><li><a href="/kategori/nyheter/">Nyheter</a></li><li><a href="/kategori/trafik/">Trafik</a></li><li><a href="/kategori/kultur/">Kultur</a></li><li><a href="/om-oss/">Om oss</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post ast-article-single" id="post-7712">
<header class="entry-header"><h1 class="entry-title">Cykelgaraget vid Lund C är fullt – nu vill kommunen bygga ett till</h1>
<div class="entry-meta"><span class="posted-by">{{Jonas Ekdahl}}</span> / <span class="posted-on">{{28 november 2026}}</span></div></header>
<div class="entry-content">
<p>[[När cykelgaraget under Clemenstorget öppnade för tre år sedan]] beskrevs det som en lösning för decennier framåt. I dag är alla 3 000 platser upptagna redan vid åttatiden en vanlig tisdag, och cyklarna ställs åter i rader längs Bangatan och på trottoarerna vid Stortorget.</p>
<p>[[Kommunens räkningar visar att beläggningen har ökat varje termin.]] En förklaring är att fler pendlar med tåg från Malmö och Eslöv och cyklar sista biten till Brunnshög, en annan att allt fler elcyklar står parkerade i flera dagar i sträck, eftersom ägarna inte vill lämna dem ute.</p>
<p>[[Tekniska nämnden föreslår nu ett andra garage på den östra sidan av spåren.]] [[Det skulle rymma omkring 1 500 cyklar och kosta runt 90 miljoner kronor.]] Trafikverket och Jernhusen har ställt sig positiva, men hur kostnaden ska fördelas är inte klart.</p>
<p>[[Under tiden vill kommunen få bort de cyklar som aldrig hämtas.]] [[Från februari märks cyklar som stått längre än fyra veckor,]] och efter ytterligare två veckor flyttas de till ett förråd i Gunnesbo. Där kan ägaren hämta ut dem under tre månader innan de auktioneras ut.</p>
<p>[[Cyklistfrämjandet i Lund välkomnar förslaget]] men vill att kommunen samtidigt ser över cykelvägarna till stationen. ”Det hjälper inte med fler platser om vägen dit är livsfarlig i rusningstrafik”, säger ordföranden Maria Lindqvist. [[Beslut om garaget väntas i tekniska nämnden i mars.]]</p>
</div>
<div class="sharing-buttons"><span>{{Dela artikeln:}}</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Mejla</a></div>
<footer class="entry-footer"><span class="cat-links">{{Kategori: Trafik}}</span> <span class="tags-links">{{Taggar: cykelparkering, Clemenstorget, Lund C, pendling, stadsplanering, tekniska nämnden}}</span></footer>
<nav class="navigation post-navigation" aria-label="Inlägg"><div class="nav-links"><div class="nav-previous"><a href="/2026/11/26/busslinje-6-omlaggning/" rel="prev"><span class="ast-left-arrow">←</span> {{Föregående inlägg: Busslinje 6 läggs om förbi sjukhuset}}</a></div><div class="nav-next"><a href="/2026/11/30/julmarknad-mariakyrkan/" rel="next">{{Nästa inlägg: Julmarknaden vid Mariakyrkan flyttar inomhus}} <span class="ast-right-arrow">→</span></a></div></div></nav>
</article>
</main></div>
<footer class="site-footer"><p>Copyright © 2026 Lundabladet</p></footer>
</body>
"""))
