# Trap 5: hidden or collapsed text.
PAGES = []

PAGES.append(dict(
name="de-custom-freiburg-dreisam-weiterlesen-collapsed",
comment="""Trap 5 (hidden or collapsed text): de regional news site on a custom CMS.
The first three paragraphs are visible; the rest of the story sits in a
div.article-body__rest with class "is-collapsed" (display:none in the
site CSS), revealed by a "Weiterlesen" button and a script. The hidden
paragraphs are must like the visible ones. Real boilerplate: byline/date,
"Weiterlesen" button label, audio line, "Auch interessant" list,
newsletter box, consent layer.""",
lang="de-DE", site="Breisgau Aktuell", author="Lukas Hässler",
date="2026-12-03T14:20:00+01:00",
url="https://www.breisgau-aktuell.example/freiburg/dreisam-hochwasserschutz-ebnet-deich-2027-558120",
title="Hochwasserschutz an der Dreisam: Ebnet bekommt einen neuen Deich",
desc="Nach dem Hochwasser im Juni baut das Land den Deich in Freiburg-Ebnet zwei Jahre früher als geplant.",
headextra='<style>.is-collapsed{display:none}</style>\n',
html="""
<body class="artikel">
<div class="consent-layer" role="dialog"><p>{{Wir nutzen Cookies und vergleichbare Technologien, um unser Angebot zu verbessern und zu finanzieren.}}</p><button>Zustimmen</button> <button>Ablehnen</button></div>
<header class="kopf"><a class="kopf__logo" href="/">Breisgau Aktuell</a><nav class="kopf__nav"><a href="/freiburg/">Freiburg</a> <a href="/breisgau/">Breisgau</a> <a href="/schwarzwald/">Schwarzwald</a> <a href="/sport/">Sport</a></nav></header>
<main>
<article class="artikel__inhalt">
<h1>Hochwasserschutz an der Dreisam: Ebnet bekommt einen neuen Deich</h1>
<div class="artikel__meta">{{Lukas Hässler}} · <time>{{03.12.2026, 14:20 Uhr}}</time></div>
<p class="audio-line">{{Artikel anhören (4 Minuten)}}</p>
<div class="article-body">
<p>[[Im Juni stand das Wasser in Ebnet bis an die Kellerfenster.]] Nach tagelangem Regen war die Dreisam an mehreren Stellen über die Ufer getreten, in dem Freiburger Ortsteil liefen mehr als sechzig Keller voll. Jetzt reagiert das Land: Der Deich entlang der Schwarzwaldstraße wird schon ab dem kommenden Herbst erneuert, zwei Jahre früher als geplant.</p>
<p>[[Der alte Deich stammt in Teilen aus den 1950er-Jahren]] und ist nach Angaben des Regierungspräsidiums an mehreren Stellen durchlässig. Bei dem Hochwasser im Juni drückte Wasser unter dem Damm hindurch und trat hinter ihm wieder aus, ein Vorgang, den Fachleute als Qualmwasser bezeichnen.</p>
<p>[[Der neue Deich soll auf 1,4 Kilometern Länge entstehen]] und gut einen halben Meter höher werden als der bisherige. Er wird für ein Hochwasser ausgelegt, wie es statistisch einmal in hundert Jahren vorkommt, zuzüglich eines Aufschlags für den Klimawandel.</p>
<div class="article-body__rest is-collapsed" id="rest-558120" aria-hidden="true">
<p>[[Die Kosten schätzt das Land auf rund 11 Millionen Euro.]] Die Stadt Freiburg beteiligt sich an den Planungen für die Wege entlang des Deichs, der Dreisamuferweg soll auf der Krone verlaufen und damit bei Hochwasser länger nutzbar bleiben als heute.</p>
<p>[[Für den Bau müssen etwa 80 Bäume gefällt werden]], vor allem Pappeln und Eschen, von denen viele ohnehin vom Eschentriebsterben befallen sind. [[Der Naturschutzbund hat angekündigt, die Pläne genau zu prüfen,]] und fordert Ersatzpflanzungen im Verhältnis drei zu eins.</p>
<p>[[Anwohnerinnen und Anwohner sind erleichtert, aber auch ungeduldig.]] „Wir haben im Juni zwei Tage lang Wasser geschöpft“, sagt Gisela Brender, deren Haus nur wenige Meter hinter dem Deich steht. „Bis der neue Damm fertig ist, vergehen noch zwei Winter. Hoffentlich bleibt es so lange ruhig.“</p>
<p>[[Bis dahin lagert die Feuerwehr in Ebnet mobile Schutzwände ein]], die im Ernstfall innerhalb weniger Stunden aufgebaut werden können. [[Eine Informationsveranstaltung zu dem Projekt findet am 16. Januar]] in der Ebneter Festhalle statt.</p>
</div>
<button class="article-body__more" data-target="rest-558120" aria-expanded="false">{{Weiterlesen}}</button>
</div>
<script>document.querySelectorAll('.article-body__more').forEach(function(b){b.addEventListener('click',function(){document.getElementById(b.dataset.target).classList.remove('is-collapsed');b.remove();});});</script>
<section class="auch-interessant"><h3>Auch interessant</h3><ul><li><a href="/freiburg/hochwasser-juni-bilanz-551002">{{Hochwasser im Juni: Die Schäden sind größer als gedacht}}</a></li><li><a href="/breisgau/elz-renaturierung-556219">{{Die Elz bekommt mehr Platz}}</a></li></ul></section>
<aside class="newsletter"><p>{{Der Freiburg-Newsletter: Jeden Morgen das Wichtigste aus der Stadt.}}</p><input type="email"> <button>Anmelden</button></aside>
</article>
</main>
<footer class="fuss"><p>© 2026 Breisgau Aktuell · Impressum · Datenschutz</p></footer>
</body>
"""))

PAGES.append(dict(
name="es-wp-valencia-zona-bajas-emisiones-faq-details",
comment="""Trap 5 (hidden or collapsed text): es-ES city news site on WordPress
(Gutenberg). After the story, inside div.entry-content, an accordion of
four <details> FAQ items (Gutenberg details blocks, closed); each
<summary> question and each answer is must. Real boilerplate:
byline/date, "Relacionado" link, Telegram plug, share buttons, related
posts, cookie banner.""",
lang="es-ES", site="Valencia Plaza Mayor", author="Jordi Sanchis",
date="2026-12-02T09:05:00+01:00",
url="https://valenciaplazamayor.example/movilidad/zona-bajas-emisiones-valencia-preguntas/",
title="Zona de bajas emisiones de Valencia: qué cambia el 1 de enero",
desc="Desde enero, los coches sin etiqueta empadronados fuera de la ciudad no podrán circular por el interior de la ronda.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="single single-post">
<div class="cookie-banner-wp" role="dialog"><p>{{Utilizamos cookies propias y de terceros con fines analíticos y publicitarios.}}</p><button>Aceptar todas</button> <button>Solo necesarias</button></div>
<header class="site-header"><a class="site-title" href="/">Valencia Plaza Mayor</a><nav class="main-menu"><a href="/valencia/">València</a> <a href="/movilidad/">Movilidad</a> <a href="/comunitat/">Comunitat</a> <a href="/deportes/">Deportes</a></nav></header>
<main class="site-main">
<article class="post type-post">
<h1 class="entry-title">Zona de bajas emisiones de Valencia: qué cambia el 1 de enero</h1>
<div class="entry-meta">{{Jordi Sanchis}} · {{2 de diciembre de 2026}}</div>
<div class="entry-content">
<p>[[La zona de bajas emisiones de Valencia empieza a multar el 1 de enero.]] Tras un año de avisos sin sanción, las cámaras instaladas en los accesos a la ronda interior comenzarán a tramitar denuncias contra los vehículos que no cumplan los requisitos, con multas de 200 euros.</p>
<p>[[La restricción afecta sobre todo a coches sin etiqueta ambiental]] matriculados fuera del municipio: gasolina anteriores a 2001 y diésel anteriores a 2006. El Ayuntamiento calcula que cada día entran en el área unos 9.000 vehículos en esas condiciones, la mayoría desde l'Horta Sud y el Camp de Túria.</p>
<p><strong>Relacionado:</strong> <a href="/movilidad/emt-nuevas-lineas-2027/">{{La EMT estrena tres líneas exprés desde el área metropolitana}}</a></p>
<p>Los vecinos empadronados en València podrán seguir circulando con cualquier vehículo hasta 2028. [[El consistorio defiende que el calendario es el más suave de las grandes ciudades]], y recuerda que hay ayudas de hasta 3.000 euros por achatarrar un coche antiguo y comprar un bono de transporte anual.</p>
<h2>Preguntas frecuentes</h2>
<details class="wp-block-details"><summary>[[¿Cómo sé qué etiqueta tiene mi coche?]]</summary><p>[[La etiqueta figura en la web de la DGT introduciendo la matrícula]]; si el coche no tiene ninguna, no está autorizado a entrar en la zona desde enero. Los distintivos perdidos se pueden volver a pedir en cualquier oficina de Correos por unos seis euros.</p></details>
<details class="wp-block-details"><summary>[[¿Puedo entrar si voy a un aparcamiento público?]]</summary><p>[[Sí, siempre que el aparcamiento esté adherido al sistema]] y comunique la matrícula al Ayuntamiento el mismo día de la entrada. La lista de aparcamientos adheridos se publica en la web municipal y hoy incluye veintitrés de los treinta del centro.</p></details>
<details class="wp-block-details"><summary>[[¿Hay excepciones para personas con movilidad reducida?]]</summary><p>[[Los titulares de la tarjeta de estacionamiento para discapacidad están exentos]], igual que los vehículos de servicios de emergencia, los taxis y las furgonetas de reparto con autorización. La tarjeta debe estar registrada previamente con la matrícula del coche que se use.</p></details>
<details class="wp-block-details"><summary>[[¿Qué pasa si vengo de otra provincia solo un día?]]</summary><p>[[Se pueden pedir hasta doce permisos diarios al año en la sede electrónica municipal]], con un mínimo de 48 horas de antelación. Quien supere ese número deberá usar los aparcamientos disuasorios de la periferia y seguir el trayecto en metro o autobús.</p></details>
</div>
<p class="telegram-plug">{{Únete a nuestro canal de Telegram y recibe las noticias de movilidad al momento.}}</p>
<div class="share"><span>{{Comparte:}}</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<section class="related-posts"><h3>Más noticias</h3><ul><li><a href="/valencia/carril-bici-ronda-sur/">{{El carril bici de la ronda sur, listo en primavera}}</a></li></ul></section>
</article>
</main>
<footer class="site-footer"><p>© 2026 Valencia Plaza Mayor</p></footer>
</body>
"""))

PAGES.append(dict(
name="it-custom-bari-lungomare-noscript-copia",
comment="""Trap 5 (hidden or collapsed text): it regional news site on a custom CMS
that renders the article body with a script from a JSON payload; the
server also repeats the whole body in a <noscript> block, and the
visible div#article-body holds the same paragraphs (pre-rendered).
noscript-twice: every must phrase occurs twice in the raw text (once in
<noscript>, once in the body); the checker allows exactly two. Real
boilerplate: byline/date, "Leggi anche", subscription plug, share bar,
most-read, cookie banner.""",
lang="it-IT", site="Corriere del Levante", author="Annalisa De Giosa",
date="2026-12-04T18:00:00+01:00",
url="https://www.corrieredellevante.example/bari/lungomare-san-girolamo-pista-ciclabile-2027_41129",
title="Bari, il lungomare di San Girolamo avrà la pista ciclabile fino a Santo Spirito",
desc="Il Comune ha approvato il progetto definitivo: 4,3 chilometri di ciclabile lungo la costa nord.",
html="""
<body class="article">
<div id="cookie-bar" class="cookie-bar"><p>{{Questo sito usa cookie di terze parti per statistiche e pubblicità personalizzata.}}</p><button>Accetto</button> <button>Personalizza</button></div>
<header class="testata"><a class="testata__logo" href="/">Corriere del Levante</a><nav class="testata__nav"><a href="/bari/">Bari</a> <a href="/puglia/">Puglia</a> <a href="/sport/">Sport</a> <a href="/spettacoli/">Spettacoli</a></nav></header>
<main>
<article class="articolo">
<h1 class="articolo__titolo">Bari, il lungomare di San Girolamo avrà la pista ciclabile fino a Santo Spirito</h1>
<div class="articolo__firma">{{di Annalisa De Giosa}} · <time>{{4 dicembre 2026, ore 18:00}}</time></div>
<noscript><div class="articolo__testo articolo__testo--noscript">
<p>[[Il lungomare nord di Bari avrà finalmente una pista ciclabile continua.]] [[La giunta ha approvato il progetto definitivo del tratto]] che va da San Girolamo a Santo Spirito: 4,3 chilometri di percorso in sede propria, separato dalla carreggiata con un cordolo e illuminato per tutta la lunghezza.</p>
<p>[[I lavori dovrebbero partire in primavera e durare quattordici mesi]], secondo il cronoprogramma dell'assessorato ai Lavori pubblici. [[Il costo complessivo è di 6,8 milioni di euro,]] finanziati in gran parte con fondi europei per la mobilità sostenibile.</p>
<p>[[Per fare spazio alla ciclabile spariranno circa 220 posti auto]] lungo la strada costiera. [[I commercianti di Palese temono ripercussioni sugli affari estivi,]] mentre il Comune promette un nuovo parcheggio di scambio vicino alla stazione ferroviaria di Santo Spirito.</p>
<p>[[Le associazioni di ciclisti chiedono di collegare il tratto con la ciclovia Adriatica]], che oggi si interrompe alle porte della città. «[[Senza quel raccordo resta una bella passeggiata, non una vera infrastruttura]]», osserva Michele Lorusso della Fiab di Bari.</p>
<p>[[Il progetto prevede anche sei piazzole di sosta con fontanelle]] e rastrelliere, e il rifacimento dei marciapiedi nel tratto di San Girolamo dove si sono verificati diversi incidenti tra pedoni e monopattini.</p>
</div></noscript>
<div id="article-body" class="articolo__testo" data-hydrate="article-41129">
<p>Il lungomare nord di Bari avrà finalmente una pista ciclabile continua. La giunta ha approvato il progetto definitivo del tratto che va da San Girolamo a Santo Spirito: 4,3 chilometri di percorso in sede propria, separato dalla carreggiata con un cordolo e illuminato per tutta la lunghezza.</p>
<p>I lavori dovrebbero partire in primavera e durare quattordici mesi, secondo il cronoprogramma dell'assessorato ai Lavori pubblici. Il costo complessivo è di 6,8 milioni di euro, finanziati in gran parte con fondi europei per la mobilità sostenibile.</p>
<p class="leggi-anche"><strong>Leggi anche:</strong> <a href="/bari/monopattini-regole-nuove_40988">{{Monopattini, da gennaio casco obbligatorio anche a Bari}}</a></p>
<p>Per fare spazio alla ciclabile spariranno circa 220 posti auto lungo la strada costiera. I commercianti di Palese temono ripercussioni sugli affari estivi, mentre il Comune promette un nuovo parcheggio di scambio vicino alla stazione ferroviaria di Santo Spirito.</p>
<p>Le associazioni di ciclisti chiedono di collegare il tratto con la ciclovia Adriatica, che oggi si interrompe alle porte della città. «Senza quel raccordo resta una bella passeggiata, non una vera infrastruttura», osserva Michele Lorusso della Fiab di Bari.</p>
<div class="abbonamento-box">{{Sostieni l'informazione locale: abbonati al Corriere del Levante digitale a 1 euro per tre mesi.}}</div>
<p>Il progetto prevede anche sei piazzole di sosta con fontanelle e rastrelliere, e il rifacimento dei marciapiedi nel tratto di San Girolamo dove si sono verificati diversi incidenti tra pedoni e monopattini.</p>
</div>
<script type="application/json" id="article-41129-data">{"id":41129,"blocks":5}</script>
<div class="condividi"><span>{{Condividi l'articolo}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<section class="piu-letti"><h3>{{I più letti}}</h3><ol><li><a href="/bari/stadio-san-nicola-copertura_41002">{{San Nicola, la copertura dello stadio slitta ancora}}</a></li></ol></section>
</article>
</main>
<footer class="piede"><p>© 2026 Corriere del Levante · P.IVA 09876543210</p></footer>
</body>
"""))
