# Trap 3: standfirst, lede and headings.
PAGES = []

PAGES.append(dict(
name="es-custom-vigo-ria-mejillon-dek-subtitulos",
comment="""Trap 3 (standfirst and headings): es-ES regional daily on a custom CMS.
A standfirst in div.article-dek above the byline, different from the
meta description (must); three h2 section subheadings (must); the
prose. Real boilerplate: kicker/section label, byline/date, photo
credit, "Te puede interesar" box, WhatsApp channel plug, tags, consent.""",
lang="es-ES", site="Faro do Morrazo", author="Uxía Carballo",
date="2026-12-03T08:45:00+01:00",
url="https://www.farodomorrazo.example/economia/2026/12/03/mejillon-ria-vigo-temporada-marea-roja-82731.html",
title="La ría de Vigo cierra su peor temporada de mejillón en una década",
desc="Los cierres por marea roja redujeron un 31 % la producción de las bateas de la ría de Vigo en 2026.",
html="""
<body class="noticia">
<div class="cmp-container" id="didomi-host"><div class="didomi-popup"><p>{{Con tu permiso, nosotros y nuestros socios usamos cookies para personalizar la publicidad y medir la audiencia.}}</p><button>Aceptar y cerrar</button> <button>Configurar</button></div></div>
<header class="cabecera"><a class="cabecera__logo" href="/">Faro do Morrazo</a><nav class="cabecera__menu"><a href="/local/">Local</a> <a href="/economia/">Economía</a> <a href="/deportes/">Deportes</a> <a href="/opinion/">Opinión</a> <a href="/mar/">Mar</a></nav></header>
<main>
<article class="noticia__cuerpo">
<span class="noticia__antetitulo">{{Economía del mar}}</span>
<h1 class="noticia__titulo">La ría de Vigo cierra su peor temporada de mejillón en una década</h1>
<div class="article-dek">[[Las bateas pasaron 140 días cerradas por toxinas]] y los productores temen que la escasez dispare el precio en Navidad, cuando se vende casi un tercio del mejillón del año.</div>
<div class="noticia__firma"><span>{{Uxía Carballo}}</span> · <time>{{03/12/2026 08:45}}</time></div>
<figure><img src="/img/bateas-cangas.jpg" alt=""><figcaption>Bateas frente a Cangas. {{Foto: Lino Figueroa}}</figcaption></figure>
<div class="noticia__texto">
<p>[[Los bateeiros de la ría de Vigo no recuerdan un año así.]] Entre marzo y noviembre, los polígonos de Cangas, Moaña y Redondela estuvieron cerrados a la extracción durante 140 días por la presencia de toxinas, casi el doble que la media de la última década, según los datos del Intecmar.</p>
<h2>[[Una producción que cae casi un tercio]]</h2>
<p>La consecuencia se nota en las cifras. [[Las bateas de la ría produjeron unas 41.000 toneladas]], un 31 % menos que en 2025. La caída es especialmente fuerte en el mejillón de tamaño grande, el que se vende en fresco y tiene mejor precio, porque los cierres coincidieron con los meses de engorde.</p>
<div class="te-puede-interesar"><strong>Te puede interesar:</strong> <a href="/mar/percebe-cies-veda.html">{{El percebe de las Cíes vuelve a la lonja tras la veda}}</a></div>
<h2>[[El precio en lonja ya ha subido]]</h2>
<p>[[En la lonja de Vigo, el kilo de mejillón de primera]] se paga a 1,35 euros, veinte céntimos más que hace un año. Los depuradores avisan de que parte de esa subida llegará al consumidor en diciembre, aunque las grandes superficies suelen cerrar precios con semanas de antelación.</p>
<h2>[[Los productores piden ayudas directas]]</h2>
<p>La organización de productores Opmega ha pedido a la Xunta ayudas por cada día de cierre. [[No podemos seguir pagando tripulación y gasoil con las bateas paradas]], explica su portavoz, Ramón Piñeiro, que calcula pérdidas de unos 60 millones de euros para el conjunto de las rías gallegas.</p>
<p>[[La Consellería do Mar estudia una línea de ayudas de mínimos]] y se reunirá con el sector el 15 de diciembre. Los científicos del Intecmar, por su parte, relacionan la mayor frecuencia de episodios tóxicos con la subida de la temperatura del agua en verano.</p>
</div>
<p class="canal-whatsapp">{{Recibe las noticias del Morrazo en nuestro canal de WhatsApp.}}</p>
<div class="noticia__tags">{{Temas: Mejillón, Marea roja, Cangas, Moaña}}</div>
</article>
</main>
<footer class="pie"><p>Faro do Morrazo S.L. · Aviso legal · Política de cookies</p></footer>
</body>
"""))

PAGES.append(dict(
name="it-ghost-torino-biblioteca-civica-lede-meta",
comment="""Trap 3 (lede): it local news site on Ghost 5 (Casper-like). The first
paragraph of the article is word for word the meta description (and the
og:description and JSON-LD description); it is must, like the rest of
the prose. Real boilerplate: byline/date/reading time, Ghost callout
membership plug, bookmark card, hidden upgrade CTA, subscribe form.""",
lang="it-IT", site="Sotto la Mole", author="Davide Rinaudo",
date="2026-12-02T17:20:00+01:00",
url="https://sottolamole.example/biblioteca-civica-centrale-riapertura-2027/",
title="Biblioteca civica centrale, la riapertura slitta al 2027",
desc="I lavori alla Biblioteca civica centrale di Torino finiranno soltanto a marzo: prima bisogna rifare l’impianto antincendio della sala lettura, e intanto la sede provvisoria di corso Palermo allungherà gli orari.",
headextra='<meta name="generator" content="Ghost 5.101">\n',
html="""
<body class="post-template">
<div class="site-wrapper">
<header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">Sotto la Mole</a>
<nav class="gh-head-menu"><ul class="nav"><li><a href="/tag/citta/">Città</a></li><li><a href="/tag/cultura/">Cultura</a></li><li><a href="/tag/quartieri/">Quartieri</a></li><li><a href="/about/">Chi siamo</a></li></ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin">Accedi</a> <a class="gh-head-button" href="#/portal/signup">Abbonati</a></div></div></header>
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas"><h1 class="article-title">Biblioteca civica centrale, la riapertura slitta al 2027</h1>
<div class="article-byline"><span class="author-name">{{Davide Rinaudo}}</span> <time class="byline-meta-date">{{2 dic 2026}}</time> <span class="byline-reading-time">{{— 4 min di lettura}}</span></div></header>
<section class="gh-content gh-canvas">
<p>[[I lavori alla Biblioteca civica centrale di Torino finiranno soltanto a marzo:]] [[prima bisogna rifare l’impianto antincendio della sala lettura,]] [[e intanto la sede provvisoria di corso Palermo allungherà gli orari.]]</p>
<p>Doveva riaprire a dicembre, giusto in tempo per le vacanze degli studenti. [[Invece la sede di via della Cittadella resterà chiusa ancora tre mesi.]] Lo ha comunicato l’assessorato alla Cultura in commissione, spiegando che durante i lavori è emerso un problema non previsto nel progetto originale.</p>
<p>[[Le tubazioni dell’impianto antincendio risalgono agli anni Sessanta]] e i vigili del fuoco non hanno rilasciato il certificato di prevenzione incendi. Rifarle costa circa 420 mila euro, che il Comune ha trovato spostando fondi da un altro cantiere, quello della biblioteca di quartiere di Mirafiori.</p>
<aside class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text">{{Sotto la Mole vive grazie ai suoi abbonati. Con 4 euro al mese ci aiuti a seguire il Consiglio comunale.}}</div></aside>
<p>[[La decisione ha irritato i comitati del quartiere]], che da mesi chiedono certezze. «Ogni volta ci danno una data nuova», dice Lucia Ferrero del comitato Quadrilatero. «Intanto gli studenti si spostano nelle biblioteche universitarie, che a dicembre sono già piene dalla mattina presto.»</p>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/biblioteche-quartiere-orari-ridotti/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{{Biblioteche di quartiere, tornano gli orari ridotti}}</div><div class="kg-bookmark-description">{{Da gennaio chiusure anticipate in quattro sedi su quindici.}}</div></div></a></figure>
<p>[[Per limitare i disagi il Comune prolungherà l’orario]] della sede provvisoria di corso Palermo. [[Da lunedì 15 dicembre resterà aperta fino alle 22]], anche il sabato, e saranno aggiunti sessanta posti a sedere in una sala che finora ospitava soltanto i depositi.</p>
<p>[[I prestiti e le restituzioni continuano regolarmente in tutte le altre sedi]] del sistema bibliotecario urbano. I libri prenotati nella sede centrale prima della chiusura possono essere ritirati in corso Palermo, presentando la tessera.</p>
</section>
<section class="article-cta gh-canvas" style="display:none"><h2>{{Il resto dell’articolo è riservato agli abbonati}}</h2></section>
<section class="footer-cta"><h2>{{Iscriviti alla newsletter di Sotto la Mole}}</h2><form data-members-form="signup"><input type="email"> <button>Iscriviti</button></form></section>
</article>
</main>
<footer class="site-footer"><p>Sotto la Mole © 2026 · Pubblicato con Ghost</p></footer>
</div>
</body>
"""))
