from core import build

build(dict(
 name='de-custom-busnetz-takt-zeilen', lang='de-DE', type='NewsArticle',
 url='https://www.wendelstaedter-anzeiger.example/lokales/neues-busnetz-ab-januar-takt-linien-123456',
 site='Wendelstädter Anzeiger', author='Katrin Oberholz', date='2026-12-04T17:20:00+01:00',
 title='Neues Busnetz ab Januar: Was sich auf welcher Linie ändert',
 desc='Dichterer Takt in der Kernstadt, weniger Fahrten am Wochenende: Die Stadtwerke stellen ihr neues Busnetz vor.',
 comments=['Trap 2: transport story whose core is a list of short timetable lines with pipes',
  '("Linie 4: alle 10 Minuten | sonntags alle 20"), written as plain <p> lines. Each line',
  'is article text (must). REAL boilerplate: breadcrumb, byline/date, "Mehr zum Thema" box,',
  'newsletter box, share bar, comment rules, consent banner (custom CMS, Sie register).'],
 body='''
<body class="article-page">
<header class="masthead"><a class="masthead__logo" href="/">Wendelstädter Anzeiger</a>
<nav class="masthead__nav"><a href="/lokales/">Lokales</a> <a href="/region/">Region</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/sport/">Sport</a> <a href="/service/">Service</a></nav></header>
<nav class="crumbs" aria-label="Brotkrumen">{{Startseite › Lokales › Verkehr}}</nav>
<main><article class="story">
<h1>%H1%</h1>
<div class="story__meta">{{Von Katrin Oberholz}} · <time>{{04.12.2026, 17:20 Uhr}}</time></div>
<div class="story__body">
<p>[[Ab dem 11. Januar fahren die Stadtbusse in Wendelstadt nach einem neuen Plan.]] Die Stadtwerke haben das Netz zum ersten Mal seit 2009 grundlegend umgebaut: Die Linien durch die Kernstadt kommen häufiger, dafür fallen einige Fahrten in den Außenorten am Wochenende weg.</p>
<p>Hintergrund ist vor allem der Personalmangel. Mit den bisherigen 61 Fahrerinnen und Fahrern ließ sich der alte Plan seit dem Sommer kaum noch halten, fast jeden Tag fielen Fahrten aus. [[Der neue Fahrplan sei so gebaut, dass er auch mit 58 Leuten funktioniere]], sagte Betriebsleiter Jens Lohmüller bei der Vorstellung am Donnerstag.</p>
<h2>Die Linien im Überblick</h2>
<p class="line">[[Linie 1: alle 7,5 Minuten | abends alle 15]]</p>
<p class="line">[[Linie 4: alle 10 Minuten | sonntags alle 20]]</p>
<p class="line">[[Linie 6: neu über Klinikum | Schulbus entfällt]]</p>
<p class="line">[[Linie 9: nur Mo–Fr | Sa/So Rufbus]]</p>
<p>Für die Außenorte Hüttenbach und Oberreith bedeutet das Umsteigen auf den Rufbus, der mindestens eine Stunde vorher telefonisch oder per App bestellt werden muss. Der Ortsbeirat Hüttenbach hatte sich im Herbst gegen diese Lösung ausgesprochen. [[„Für ältere Leute ist das eine Hürde“]], sagte Ortsvorsteherin Renate Fahl.</p>
<p>Auch für Schülerinnen und Schüler ändert sich einiges. Weil die Linie 6 künftig über das Klinikum fährt, entfällt der bisherige Schulbus zum Gymnasium Am Steinberg. Die Stadtwerke versprechen, die ersten Fahrten am Morgen so zu legen, dass niemand mehr als zehn Minuten vor Unterrichtsbeginn an der Schule ankommt.</p>
<p>Die Stadtwerke verweisen darauf, dass der Rufbus bisher kaum genutzt wurde, weil er nur abends fuhr. [[Künftig soll er samstags und sonntags ab sechs Uhr bereitstehen]]. Außerdem werden die Haltestellen in beiden Orten mit neuen Aushängen ausgestattet, auf denen die Telefonnummer groß steht.</p>
<p>Die Ticketpreise bleiben gleich. Wer ein Deutschlandticket hat, kann auch den Rufbus ohne Aufpreis nutzen. Die gedruckten Fahrplanhefte liegen ab dem 20. Dezember im Kundencenter am Marktplatz aus; [[die Aushänge an den Haltestellen werden in der Woche vor dem Wechsel getauscht]].</p>
</div>
<aside class="box box--related"><h3>{{Mehr zum Thema}}</h3><ul><li><a href="/lokales/stadtwerke-fahrermangel-100231">{{Stadtwerke: Jeden Tag fallen Busfahrten aus}}</a></li><li><a href="/lokales/bahnhof-umbau-zob-99812">Umbau am ZOB dauert länger</a></li></ul></aside>
<div class="share"><span>{{Artikel teilen:}}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">E-Mail</a></div>
<aside class="box box--newsletter"><h3>Der Feierabend-Brief</h3><p>{{Jeden Werktag um 18 Uhr die wichtigsten Nachrichten aus Wendelstadt.}}</p><input type="email"><button>Kostenlos anmelden</button></aside>
<section class="comments"><h3>Kommentare</h3><p>{{Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.}}</p></section>
</article></main>
<footer class="site-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <p>© Wendelstädter Anzeiger 2026</p></footer>
<div class="consent-layer"><p>{{Wir und unsere Partner speichern Informationen auf Ihrem Gerät.}}</p><button>Alle akzeptieren</button> <button>Einstellungen</button></div>
</body>'''))

build(dict(
 name='en-wp-recipe-pierogi-verb-steps', lang='en-US', type='BlogPosting',
 url='https://www.thegrandmadrawer.example/recipes/potato-farmer-cheese-pierogi/',
 site='The Grandma Drawer', author='Halina Sobczak-Reyes', date='2026-11-28T10:00:00-06:00',
 title='Potato and farmer cheese pierogi, the way my aunt Zosia folds them',
 desc='A soft sour-cream dough, a tangy potato filling and a pan of browned onions. Makes about 40.',
 comments=['Trap 2: recipe whose method steps open with verbs that read like buttons or share',
  'labels ("Share the dough into four", "Follow with the sauce", "Save a cup...", "Pin the',
  'edges...", "Join the two halves..."): all article text (must). REAL boilerplate: WPRM-like',
  '"Jump to Recipe" / "Print Recipe" / rating, a Pinterest share bar, newsletter box,',
  'comment policy, affiliate disclosure, footer.'],
 body='''
<body class="single single-post">
<header class="site-header"><a class="site-title" href="/">The Grandma Drawer</a>
<nav class="nav-primary"><a href="/recipes/">Recipes</a> <a href="/stories/">Stories</a> <a href="/about/">About</a> <a href="/shop/">Shop</a></nav></header>
<main class="content"><article class="entry">
<h1 class="entry-title">%H1%</h1>
<p class="entry-meta">{{By Halina Sobczak-Reyes}} · {{Updated November 28, 2026}}</p>
<div class="wprm-recipe-jump-wrap"><a class="wprm-recipe-jump" href="#recipe">{{Jump to Recipe}}</a> <a class="wprm-recipe-print" href="#print">{{Print Recipe}}</a></div>
<p class="affiliate-note">{{This post contains affiliate links.}} We may earn a small commission at no cost to you.</p>
<div class="entry-content">
<p>My aunt Zosia made pierogi every Christmas Eve in a kitchen smaller than most closets, and she never measured anything. [[It took me three winters of standing next to her with a notebook]] to turn her handfuls and pinches into something I could write down.</p>
<p>The dough is the part people worry about, but it is forgiving. Sour cream keeps it soft, and a short rest makes it easy to roll thin. [[If it springs back when you roll it, walk away for ten minutes.]] Farmer cheese gives the filling its tang; if you cannot find it, a dry ricotta works.</p>
<p>A word on flour: Zosia used whatever was on sale, and so do I, but plain all-purpose flour gives the softest dough. Bread flour makes pierogi that fight back when you bite them. The water should feel warm on your wrist, like a baby's bath, not hot.</p>
<p>The filling is where families argue. Some add fried bacon, some a spoon of mint, and my cousin in Chicago insists on cheddar, which Zosia called a crime. Make it the day before if you can; cold filling is much easier to spoon onto the rounds.</p>
<h2 id="recipe">Method</h2>
<ol class="wprm-recipe-instructions">
<li>Mix 3 cups of flour, one egg, half a cup of sour cream and half a cup of warm water into a soft dough and knead for five minutes.</li>
<li>[[Share the dough into four and keep the pieces under a bowl.]]</li>
<li>Boil 1 pound of peeled potatoes until soft, drain well and mash with 8 ounces of farmer cheese.</li>
<li>[[Follow with the sauce of the dish: half an onion, fried slowly in butter]], stirred into the filling with salt and plenty of pepper.</li>
<li>Roll one piece thin and cut rounds with a glass. Put a teaspoon of filling in the middle of each.</li>
<li>[[Join the two halves over the filling and press from the middle out.]]</li>
<li>[[Pin the edges with a fork if your seal keeps opening.]]</li>
<li>Cook in salted water in batches of ten; they are done about a minute after they float.</li>
<li>[[Save a cup of the cooking water in case the onions need loosening.]]</li>
</ol>
<p>Zosia served them straight from the pot onto a platter of onions browned in butter, with a bowl of sour cream that nobody was allowed to double-dip into. [[Leftovers are better the next day, fried until the edges blister.]]</p>
<p>You can freeze them raw on a floured tray and then bag them. They go straight from the freezer into the water; give them an extra two minutes. I make a double batch in December and we eat them until Lent.</p>
</div>
<div class="wprm-recipe-rating">{{Rate this recipe}} ★★★★★</div>
<div class="social-share"><a href="#">{{Save to Pinterest}}</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
<aside class="newsletter-box"><h3>Sunday Supper letter</h3><p>{{One family recipe and one story every Sunday morning. Free, always.}}</p><input type="email"><button>Join</button></aside>
<section id="comments"><h3>Leave a comment</h3><p class="comment-notes">{{Your email address will not be published. Required fields are marked *}}</p></section>
</article></main>
<footer class="site-footer"><p>© 2026 The Grandma Drawer · Recipes from a family of cooks</p></footer>
</body>'''))

build(dict(
 name='es-wp-review-router-wifi-velocidades', lang='es-ES', type='Review',
 url='https://www.redyenchufe.example/analisis/router-malla-nodo-ax3-prueba/',
 site='Red y Enchufe', author='Marcos Villalba', date='2026-12-01T12:00:00+01:00',
 title='Análisis del Nodo AX3: una malla wifi que por fin llega al fondo del piso',
 desc='Probamos durante tres semanas el sistema de malla Nodo AX3 en un piso antiguo de muros gruesos.',
 comments=['Trap 2: tech review with measurement lines that look like labels with slashes',
  '("Velocidad de descarga: 410 Mbit/s / Subida: 38 Mbit/s", "Ping: 9 ms / Jitter: 2 ms");',
  'all must. REAL boilerplate: breadcrumb, affiliate disclosure, "Comprar en..." price box,',
  'score widget label, share bar, related, newsletter, Complianz-like banner. WordPress.'],
 body='''
<body class="single-post">
<header class="cabecera"><a class="logo" href="/">Red y Enchufe</a>
<nav><a href="/analisis/">Análisis</a> <a href="/guias/">Guías</a> <a href="/noticias/">Noticias</a> <a href="/ofertas/">Ofertas</a></nav></header>
<div class="rank-math-breadcrumb"><p>{{Inicio » Análisis » Redes}}</p></div>
<main><article class="post">
<h1 class="entry-title">%H1%</h1>
<div class="post-meta">{{Marcos Villalba}} · <time>{{1 de diciembre de 2026}}</time></div>
<p class="aviso-afiliados">{{Algunos enlaces de este artículo son de afiliado: si compras, recibimos una comisión.}}</p>
<div class="entry-content">
<p>Vivo en un piso de 1920 con muros de carga de medio metro, y ningún router me había llevado buena señal al dormitorio del fondo. [[Por eso probé el Nodo AX3 en el peor escenario posible]]: tres unidades, un pasillo largo y una cocina que se come el wifi.</p>
<p>La instalación es sencilla. La aplicación pide colocar el primer nodo junto al router del operador y los otros dos a una distancia razonable, y avisa si alguno queda demasiado lejos. [[En mi caso tuve que acercar el tercero dos metros]] para que la conexión entre nodos no cayera.</p>
<h2>Las mediciones</h2>
<p>Hice todas las pruebas con una fibra de 600 Mbit/s, a las diez de la noche, con un portátil reciente. Estos son los resultados en el dormitorio del fondo, el punto más difícil:</p>
<p>[[Velocidad de descarga: 410 Mbit/s / Subida: 38 Mbit/s]]</p>
<p>[[Ping: 9 ms / Jitter: 2 ms]]</p>
<p>[[Con el router del operador solo: 35 Mbit/s / 4 Mbit/s]]</p>
<p>La subida es el punto débil: se queda muy lejos de lo que da la fibra. [[El fabricante atribuye la diferencia al enlace entre nodos]], que usa la misma banda que los dispositivos, algo habitual en los modelos sin banda dedicada de retorno.</p>
<p>Lo que más me convenció fue la estabilidad. Durante tres semanas no noté cortes en videollamadas ni al pasar de una habitación a otra con el móvil. [[La aplicación, en cambio, insiste demasiado en crear una cuenta]] y algunas opciones, como desactivar los indicadores luminosos, están escondidas.</p>
<p>A 219 euros el paquete de tres, no es barato, pero cuesta menos que los modelos con banda de retorno dedicada. Si tu casa tiene muros gruesos [[y fibra por debajo de 600 megas, cumple de sobra.]]</p>
</div>
<div class="caja-precio"><p>{{Comprar en TiendaRed por 219 €}}</p><p class="nota-precio">{{Precio consultado el 1 de diciembre; puede variar.}}</p></div>
<div class="compartir"><span>{{Comparte este análisis}}</span> <a href="#">X</a> <a href="#">Telegram</a></div>
<section class="relacionados"><h3>{{También te puede interesar}}</h3><a href="/analisis/repetidor-plc-prueba/">{{Probamos tres PLC baratos: cuál merece la pena}}</a></section>
<aside class="boletin"><p>{{Recibe cada jueves las mejores ofertas en tecnología.}}</p><input type="email"><button>Apuntarme</button></aside>
</article></main>
<footer><p>© 2026 Red y Enchufe · Aviso legal · Privacidad</p></footer>
<div class="cmplz-cookiebanner"><p>Usamos cookies técnicas y de análisis.</p><button>Aceptar</button> <button>Rechazar</button></div>
</body>'''))

build(dict(
 name='cs-custom-volby-vysledky-radky', lang='cs-CZ', type='NewsArticle',
 url='https://www.hlasbrodska.example/zpravy/2026/12/opakovane-volby-zastupitelstvo-vysledky',
 site='Hlas Brodska', author='Tereza Koubková', date='2026-12-06T22:10:00+01:00',
 title='Opakované volby v Brodě: Zelení těsně vyhráli, radnici ale povedou jiní',
 desc='Opakované komunální volby v Brodě přinesly těsný výsledek. Koalice se bude skládat složitě.',
 comments=['Trap 2: election story whose result lines look like label strips with pipes and',
  'percentages ("Zelení 18,4 % | Sociální demokraté 17,9 %"); all must. REAL boilerplate:',
  'breadcrumb, byline/date, share bar, "Další zprávy" list, newsletter box, discussion note,',
  'cookie bar. Custom CMS.'],
 body='''
<body class="clanek">
<header class="hlavicka"><a class="logo" href="/">Hlas Brodska</a>
<nav class="menu"><a href="/zpravy/">Zprávy</a> <a href="/kultura/">Kultura</a> <a href="/sport/">Sport</a> <a href="/inzerce/">Inzerce</a></nav></header>
<div class="drobecky">{{Úvod / Zprávy / Volby}}</div>
<main><article>
<h1>%H1%</h1>
<p class="autor">{{Tereza Koubková}} | <time>{{6. prosince 2026 22:10}}</time></p>
<div class="text">
<p>[[Opakované volby do zastupitelstva Brodu vyhrála s náskokem půl procenta strana Zelených.]] Hlasování se opakovalo po rozhodnutí krajského soudu, který původní zářijové volby zrušil kvůli chybně vytištěným hlasovacím lístkům v jednom okrsku.</p>
<p>Volební účast byla nízká, přišlo jen 38 procent voličů. [[Radnice sečetla poslední okrsek krátce před desátou večer.]] Výsledky jsou velmi podobné těm ze září, jen Sociální demokraté ztratili jeden mandát ve prospěch nezávislých.</p>
<h2>Výsledky</h2>
<p>[[Zelení 18,4 % | Sociální demokraté 17,9 %]]</p>
<p>[[Nezávislí pro Brod 16,2 % | ODS 12,7 %]]</p>
<p>[[Piráti 9,8 % | Ostatní pod 5 %]]</p>
<p>[[Mandáty: 6 | 5 | 5 | 4 | 3 (celkem 23)]]</p>
<p>Vítězství ale Zeleným radnici nezaručuje. Sociální demokraté a Nezávislí pro Brod už večer oznámili, že budou jednat o společné koalici s ODS, která by měla dvanáct hlasů z třiadvaceti. [[„Čísla jsou jasná, jedenáct nestačí,“ řekl lídr nezávislých Pavel Dvořáček.]]</p>
<p>Lídryně Zelených Hana Pilná výsledek přijala s úsměvem, ale koalici druhých označila za spojenectví poražených. Strana chce nabídnout spolupráci Pirátům a jednomu ze zastupitelů ODS. Podle ní by bylo nešťastné, kdyby město vedl stejný tým jako před volbami.</p>
<p>Opakované volby stály město podle radnice zhruba 600 tisíc korun. Krajský soud přitom v rozsudku upozornil, že chybu na lístcích mohla odhalit kontrola před tiskem, kterou volební komise kvůli časové tísni vynechala. Radnice proto slibuje nová pravidla pro objednávání tisku.</p>
<p>Ustavující zasedání nového zastupitelstva se musí konat nejpozději do patnácti dnů. [[Do té doby vede město dosavadní starosta Jiří Málek]], který už dříve oznámil, že se do vedení radnice vracet nechce.</p>
</div>
<div class="sdileni"><span>{{Sdílejte článek}}</span> <a href="#">Facebook</a> <a href="#">X</a></div>
<section class="dalsi"><h3>{{Další zprávy z Brodu}}</h3><a href="/zpravy/2026/11/soud-rusi-volby/">{{Soud zrušil zářijové volby, lístky byly vadné}}</a></section>
<aside class="newsletter"><p>{{Odebírejte ranní přehled zpráv z Brodska.}}</p><input type="email"><button>Odebírat</button></aside>
<p class="diskuse-pravidla">{{Diskuse je u tohoto článku uzavřena.}}</p>
</article></main>
<footer class="paticka"><p>© 2026 Hlas Brodska, z. s. Všechna práva vyhrazena.</p></footer>
<div class="cookie-lista"><p>{{Tento web používá soubory cookie k analýze návštěvnosti.}}</p><button>Rozumím</button></div>
</body>'''))
