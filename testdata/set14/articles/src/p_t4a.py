# Trap 4: structure traps (part 1).
PAGES = [
dict(
name="de-custom-talsperre-sanierung-factbox",
comment="""trap 4a (fact box): de regional news, custom CMS. An <aside class="factbox"> inside the article
body holds the reporter's own facts (numbers, dates): all must. Real: breadcrumb, byline/date,
an aside.teaser-box cross-link, share bar, "Das könnte Sie auch interessieren" list, footer, consent.""",
lang="de-DE", site="Sauerland Kurier", author="Thomas Brinkmann",
url="https://www.sauerlandkurier.example/region/sorpetalsperre-sanierung-pegel-gesenkt",
title="Sorpetalsperre wird saniert: Pegel sinkt um zwölf Meter",
desc="Ab Februar lässt der Ruhrverband Wasser ab, um die Staumauer abzudichten. Segler und Gastronomen sind besorgt.",
date="2026-11-28T08:15:00+01:00",
nav=["Region", "Arnsberg", "Meschede", "Sport", "Freizeit"],
bodyclass="artikel",
footer="Sauerland Kurier · Impressum · Datenschutz · Kontakt",
pre="""<nav class="breadcrumb">{{Start › Region › Sundern}}</nav>""",
article="""<main><article class="artikel-detail">
<h1>Sorpetalsperre wird saniert: Pegel sinkt um zwölf Meter</h1>
<p class="meta">{{Thomas Brinkmann}} | <time>{{28.11.2026 – 08:15}}</time></p>
<div class="artikel-body">
<p>[[Der Ruhrverband beginnt im Februar mit der Sanierung der Sorpetalsperre.]] Damit Arbeiter an die wasserseitige Dichtung des Damms kommen, wird der Pegel bis Mai um rund zwölf Meter abgesenkt. Am Ufer von Langscheid werden dann breite Schlammflächen frei liegen.</p>
<p>Der Damm aus dem Jahr 1935 ist nach Angaben des Verbands sicher, an einigen Stellen sickert aber mehr Wasser durch als zulässig. [[Messungen hatten 2024 an drei Punkten erhöhte Sickerwassermengen ergeben.]] Eine neue Dichtwand soll das Problem für die nächsten Jahrzehnte lösen.</p>
<aside class="factbox"><h2 class="factbox__title">Die Sorpetalsperre in Zahlen</h2><ul>
<li>[[Stauinhalt: 70 Millionen Kubikmeter]]</li>
<li>[[Dammhöhe: 69 Meter, Baujahr 1926 bis 1935]]</li>
<li>[[Geplante Kosten der Sanierung: 38 Millionen Euro]]</li>
<li>[[Wiederbefüllung: voraussichtlich ab Oktober 2027]]</li>
</ul></aside>
<p>Für die Segelvereine am See ist das eine schlechte Nachricht. [[Die Steganlagen in Amecke müssen bis Ende Januar ausgebaut werden]], die Saison 2027 fällt für Jollen weitgehend aus. Der Ruhrverband will den Vereinen einen Teil der Kosten für Winterlager erstatten.</p>
<div class="teaser-box"><p>{{Lesen Sie auch:}} <a href="/region/sorpesee-badestelle">{{Neue Badestelle am Sorpesee bleibt umstritten}}</a></p></div>
<p>Auch die Gastronomie rechnet mit Einbußen. „Wer kommt schon, um auf Schlamm zu schauen?“, fragt Petra Schulte, die am Ufer ein Café betreibt. [[Die Stadt Sundern plant deshalb geführte Wanderungen über den trockenen Seegrund]], auf dem dann Reste der alten Dorfstraße von Langscheid zu sehen sein sollen.</p>
<p>Die Arbeiten selbst sollen vom Wasser aus und von der Dammkrone erfolgen. [[Rund 40 Lastwagenfahrten pro Tag erwartet der Ruhrverband]] auf der Landstraße nach Langscheid, vor allem in den ersten drei Monaten. Die Stadt prüft, ob die Ortsdurchfahrt in dieser Zeit auf Tempo 30 beschränkt wird.</p>
<p>Für die Trinkwasserversorgung im Ruhrgebiet hat die Absenkung nach Angaben des Verbands keine Folgen. [[Die Bigge- und die Möhnetalsperre sollen den Ausfall ausgleichen]], solange der Sommer nicht extrem trocken wird.</p>
</div>
<div class="share"><span>{{Jetzt teilen}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
</article></main>""",
post="""<section class="empfehlungen"><h2>{{Das könnte Sie auch interessieren}}</h2><ul><li><a href="/region/winterberg-lifte">{{Winterberg: Lifte starten mit Kunstschnee}}</a></li></ul></section>""",
consent="""<div class="cmp-layer" role="dialog"><p>{{Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.}}</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>""",
),
dict(
name="it-wp-teatro-restauro-details",
comment="""trap 4b (details/summary): it culture news on WordPress. Part of the story sits in a
<details><summary> section ("La storia del teatro") that is closed by default: article text, must.
Real: byline/date, reading time, share bar, author box, related list, cookie banner, footer.""",
lang="it-IT", site="Cronache Marchigiane", author="Francesca Lodi",
url="https://www.cronachemarchigiane.example/cultura/teatro-pergolesi-jesi-riapre-restauro/",
title="Jesi, il Teatro Pergolesi riapre dopo diciotto mesi di restauro",
desc="Nuove poltrone, un impianto antincendio e il sipario storico pulito a mano: il teatro torna in attività il 19 dicembre.",
date="2026-12-02T17:00:00+01:00",
nav=["Ancona", "Jesi", "Cultura", "Sport", "Economia"],
bodyclass="post-template-default single single-post",
headextra='<meta name="generator" content="WordPress 6.7">',
footer="Cronache Marchigiane · Registrazione Tribunale di Ancona n. 00/2019 · Privacy",
article="""<main id="primary"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Jesi, il Teatro Pergolesi riapre dopo diciotto mesi di restauro</h1>
<div class="entry-meta"><span class="author vcard">{{di Francesca Lodi}}</span> <time>{{2 dicembre 2026}}</time> <span class="reading-time">{{Tempo di lettura: 4 minuti}}</span></div></header>
<div class="entry-content">
<p>[[Il Teatro Pergolesi di Jesi riaprirà il 19 dicembre]] con un concerto dell'orchestra regionale, dopo diciotto mesi di lavori. Il restauro, costato 4,6 milioni di euro, ha riguardato gli impianti, le poltrone della platea e le decorazioni dei quattro ordini di palchi.</p>
<p>Il cantiere si è allungato di sei mesi rispetto al previsto. [[Sotto il pavimento della platea sono emerse le fondazioni di un edificio medievale]], che la Soprintendenza ha voluto documentare prima che i lavori potessero proseguire. Alcuni reperti saranno esposti nel foyer.</p>
<p>La novità più visibile è il sipario storico, dipinto nel 1850, che era stato arrotolato per quasi vent'anni. [[Tre restauratrici lo hanno pulito a mano con spugne in lattice]], centimetro per centimetro, per togliere la fuliggine delle vecchie lampade a gas.</p>
<details class="approfondimento"><summary>La storia del teatro</summary>
<p>[[Il teatro fu inaugurato nel 1798 con il nome di Teatro della Concordia]] e prese il nome del compositore Giovanni Battista Pergolesi, nato a Jesi, solo nel 1883. Nel corso dell'Ottocento ospitò prime rappresentazioni di opere oggi dimenticate.</p>
<p>[[Durante la seconda guerra mondiale la platea fu usata come deposito di grano]], e il teatro riaprì soltanto nel 1951. L'ultimo grande restauro risaliva al 1968, quando furono sostituite le poltrone e rifatto il palcoscenico.</p>
</details>
<p>Con le nuove poltrone i posti scendono da 770 a 712. [[La fondazione ha scelto sedute più larghe e distanziate]], spiega il direttore Marco Santini, perché il pubblico si lamentava da anni dello spazio tra le file. I palchi restano invece com'erano.</p>
<p>[[I biglietti per il concerto inaugurale sono già esauriti]], ma la fondazione organizza visite guidate gratuite nei due fine settimana successivi. [[La stagione lirica comincerà a febbraio con il Barbiere di Siviglia.]]</p>
</div>
<div class="share-buttons"><span>{{Condividi questo articolo}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<div class="author-bio"><p>{{Francesca Lodi scrive di teatro e musica per Cronache Marchigiane dal 2020.}}</p></div>
</article></main>""",
post="""<section class="related"><h3>{{Potrebbe interessarti anche}}</h3><ul><li><a href="/cultura/spontini/">{{Maiolati Spontini, riapre la casa museo del compositore}}</a></li></ul></section>""",
consent="""<div class="cky-consent-container" role="region"><div class="cky-notice"><p>{{Utilizziamo i cookie per offrirti una migliore esperienza di navigazione.}}</p><button class="cky-btn-accept">Accetta tutto</button><button class="cky-btn-reject">Rifiuta</button></div></div>""",
),
]
