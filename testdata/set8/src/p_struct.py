from common import *
KIND = "articles"
PAGES = []

# 17a. hidden second half
main = """<nav class="crumbs">{{<a href="/">News</a> › <a href="/environment/">Environment</a>}}</nav>
<article class="story" data-story-id="44120">
<h1 class="story-headline">The lake that keeps disappearing: why Lough Carrowbeg drains itself every few summers</h1>
<div class="story-byline">{{By Aoife Delaney}} <time>{{Sun 29 Nov 2026 07.00 GMT}}</time></div>
<div class="story-body">
""" + ps(
"[[Every few summers, Lough Carrowbeg simply vanishes.]] Over a week or two the water sinks into the limestone beneath it, leaving a grey bowl of mud, stranded pike and a rowing boat tied to a jetty in the middle of a field. Then, with the autumn rain, the lake comes back.",
"Scientists have known for decades that Carrowbeg is a turlough, a seasonal lake fed and drained by underground channels. [[What they did not know was why it has started draining more often]]: three times in the last six years, against once a decade in the twentieth century.",
"[[A team from the University of Galway has now mapped the channels beneath the lake]] using dye released into swallow holes on the lake bed. The dye reappeared at a spring near the coast, eleven kilometres away, after just 31 hours.",
"<h2>A shortcut through the rock</h2>",
"[[“The water is taking a faster route than it used to”]], said hydrogeologist Dr Ciarán Moloney, who led the study. He believes a collapse inside the limestone, perhaps during the storms of 2019, opened a wider passage that lets the lake empty whenever its level drops below a certain point.",
) + """
<div class="read-more-wrap"><button class="read-more-toggle" aria-expanded="false" aria-controls="rest-44120">Read more</button></div>
<div class="article-rest" id="rest-44120" hidden>
""" + ps(
"[[Farmers around the lake have noticed the change for years.]] Pádraig Hynes, whose cattle graze the shoreline, says the summer grass on the old lake bed is the best on his land. “When it drains, I get an extra field,” he said. “When it floods in October, I have to move the animals fast.”",
"[[Anglers are less pleased: each drainage kills most of the lake’s fish]], and the local club has twice restocked it with brown trout at its own expense. Its secretary, Maureen Kilbane, has asked the county council to consider blocking the largest swallow hole.",
"[[Moloney warns that plugging the hole could flood nearby homes]] during wet winters, because the water would have nowhere to go. Turloughs are also protected habitats under EU law, so any intervention would need a full environmental assessment.",
"[[The research team will install water-level sensors in the lake next spring]] and publish live readings online, so that farmers and anglers can see a drainage coming days in advance.",
) + """
</div>
</div>
<div class="story-footer"><p>{{This article was amended on 30 November 2026 to correct the distance to the coastal spring.}}</p></div>
<div class="share-tools">{{Share on Facebook}} · {{Share on WhatsApp}}</div>
</article>
""" + related("{{Most viewed}}", [("/environment/peat-fires", "{{Peat fires in Wicklow mountains under control}}"), ("/travel/west-coast", "{{Ten quiet beaches on the west coast}}")])
body = custom("The Western Observer", [("/news/", "News"), ("/environment/", "Environment"), ("/sport/", "Sport"), ("/culture/", "Culture")], main,
    footer="<p>{{© 2026 Western Observer Media DAC}}</p>",
    pre='<div class="cookie-modal" role="dialog"><p>{{We use cookies and similar tools to run this site and to understand what our readers like.}}</p><button>{{Yes, I’m happy}}</button><button>Manage</button></div>\n')
PAGES.append(dict(name="ie-custom-turlough-hidden-rest", lang="en-IE", site="The Western Observer",
    url="https://westernobserver.example/environment/2026/nov/29/lough-carrowbeg-turlough-drains",
    title="The lake that keeps disappearing: why Lough Carrowbeg drains itself every few summers",
    desc="Scientists traced the underground channels that empty Lough Carrowbeg every few summers.", author="Aoife Delaney", body=body,
    comment="""Trap 4a: second half of the story sits in <div class="article-rest" hidden>, opened by
<button aria-expanded="false">Read more</button> in the middle of the article (en-IE, custom CMS). Four musts are in the hidden half.
Boilerplate: breadcrumb, byline/date, amendment note, share tools, most viewed, cookie modal, footer."""))

# 17b. h2 repeats the headline, es
main = """<div class="breadcrumbs">{{<a href="/">Inicio</a> / <a href="/local/">Local</a> / <a href="/local/zaragoza/">Zaragoza</a>}}</div>
<article class="nota">
<h1>Zaragoza amplía el tranvía hasta el barrio de Valdefierro con seis nuevas paradas</h1>
<div class="meta">{{Por Andrés Lacasa}} | {{Zaragoza | 3 de diciembre de 2026}}</div>
<div class="texto">
""" + ps(
"[[El Ayuntamiento de Zaragoza aprobó este miércoles el proyecto]] para prolongar la línea 1 del tranvía hacia el oeste, hasta el barrio de Valdefierro. La ampliación tendrá 3,8 kilómetros y seis paradas nuevas, y las obras comenzarán, si no hay recursos, en otoño de 2027.",
"<h2>[[El tranvía de Zaragoza se amplía hasta Valdefierro con seis paradas]]</h2>",
"[[El trazado saldrá de la actual parada de Plaza de Europa]] y seguirá por la avenida de Valdefierro y la calle Lagos de Coronas. Según el proyecto, un tranvía pasará cada seis minutos en hora punta y el trayecto hasta el centro durará unos veinte minutos.",
"[[La inversión prevista es de 96 millones de euros]], de los que la mitad llegarían de fondos europeos. La concejala de Movilidad, Pilar Esteban, defendió que el barrio «lleva veinte años esperando una conexión digna» y que los autobuses actuales van llenos.",
"[[Los vecinos de Valdefierro celebran el proyecto, aunque con reservas.]] [[La asociación vecinal teme que las obras corten]] durante meses el acceso a los comercios de la avenida. «Queremos el tranvía, pero también queremos que las tiendas sigan abiertas», dijo su presidenta, Rosa Aznar.",
"La oposición municipal votó a favor, pero pidió un estudio sobre el impacto en el tráfico de la Ronda Oeste, que ya soporta atascos cada mañana en el cruce con la carretera de Madrid. [[El gobierno local se comprometió a presentarlo antes del verano.]]",
"Los comerciantes de la zona centro, donde el tranvía ya circula desde 2013, recuerdan que las obras de entonces redujeron sus ventas durante casi un año. Por eso la Federación de Comercio pide que las obras en Valdefierro se hagan por tramos cortos y que el Ayuntamiento pague la señalización de los negocios afectados.",
"[[El proyecto sale ahora a información pública durante 30 días]], periodo en el que cualquier ciudadano puede presentar alegaciones en la sede electrónica del Ayuntamiento. Después, la redacción del proyecto de construcción llevará al menos un año, según los plazos que maneja el área de Movilidad.",
) + """
</div>
<div class="tags">{{Temas: Tranvía, Movilidad, Valdefierro}}</div>
<div class="social">{{Comparte esta noticia}} <a href="#">Facebook</a> <a href="#">X</a></div>
</article>"""
body = custom("El Heraldo del Ebro", [("/local/", "Local"), ("/aragon/", "Aragón"), ("/deportes/", "Deportes"), ("/opinion/", "Opinión")], main,
    footer="<p>{{El Heraldo del Ebro · Aviso legal · Política de privacidad}}</p>",
    aside='<aside class="sidebar">' + related("{{Últimas noticias}}", [("/local/zaragoza/bus-nocturno", "{{Nuevas líneas de bus nocturno desde enero}}"), ("/deportes/basket", "{{El Casademont gana en Burgos}}")]) + '<div class="newsletter-side"><p>{{Apúntate a nuestro boletín diario}}</p></div></aside>\n')
PAGES.append(dict(name="es-custom-zaragoza-tranvia-subtitulo", lang="es", site="El Heraldo del Ebro",
    url="https://www.heraldodelebro.example/local/zaragoza/tranvia-ampliacion-valdefierro-seis-paradas",
    title="Zaragoza amplía el tranvía hasta el barrio de Valdefierro con seis nuevas paradas",
    desc="El proyecto prolonga la línea 1 del tranvía 3,8 kilómetros hacia el oeste.", author="Andrés Lacasa", body=body,
    comment="""Trap 4b: an <h2> subheading that repeats most of the headline's words (es, custom CMS).
The h2 "El tranvía de Zaragoza se amplía hasta Valdefierro con seis paradas" is article text.
Boilerplate: breadcrumb, byline/date, tags, share line, latest news, newsletter side box, footer."""))

# 17c. unclosed ad container before a long numbered list
items = [
 "[[Check the age of your boiler before anything else.]] Most last 12 to 15 years.",
 "Bleed every radiator until water, not air, comes out of the valve.",
 "[[Set the flow temperature to 60 degrees or lower]] on a condensing boiler.",
 "Fit thermostatic valves to radiators in rooms you rarely use.",
 "[[Lag the pipes in the loft and under the floor]] with foam sleeves.",
 "Test the pressure gauge: it should read between 1 and 1.5 bar when cold.",
 "Clear leaves from the condensate pipe outside the house.",
 "[[Book the annual service before the first cold snap]], when engineers are busy.",
 "Keep the carbon monoxide alarm within three metres of the boiler.",
 "Write down the model number so that an engineer can bring the right parts.",
 "[[Run the heating for an hour in September to catch faults early.]]",
 "Know where the stopcock is and check that it turns.",
]
main = """<div class="bc">{{<a href="/">Home</a> / <a href="/home-energy/">Home energy</a>}}</div>
<article class="feature">
<h1>Twelve things to check on your central heating before winter</h1>
<p class="byline">{{Written by Sunil Chaudhry}} · {{December 1, 2026}}</p>
<div class="feature-body">
""" + ps(
"[[A boiler that breaks down in January can leave a household cold for a week]], because that is when heating engineers have the longest waiting lists. Most breakdowns, though, are announced weeks in advance by small signs that owners can spot themselves.",
"Demand for repairs peaks in the first cold week of the season. Last year one national repair network logged three times its usual number of call-outs in the week the temperature first dropped below freezing, and average waiting times for a visit rose from two days to nine, leaving some families without hot water for over a week.",
"We asked three Gas Safe engineers in Leeds, Bristol and Norwich which checks they would do on their own homes. [[Their answers overlapped almost completely]], and none of the checks requires tools beyond a radiator key and a torch. Together they take about an hour, and the engineers agreed that doing them in October rather than December makes the biggest difference.",
) + """
<div class="ad-container" data-slot="inarticle-1"><div class="ad-label">{{Advertisement}}</div><div id="gpt-inarticle-1"></div>
<ol class="checklist">
""" + "\n".join(f"<li>{i}</li>" for i in items) + """
</ol>
""" + ps(
"Engineers also warned against a common winter shortcut. Turning the boiler off completely while the house is empty for a weekend can save a little gas, but in a cold snap it risks frozen condensate pipes, and the cost of an emergency call-out is far higher than the gas saved. A low setting of 12 degrees is safer.",
"[[If a radiator stays cold at the bottom after bleeding, sludge is the likely cause.]] A power flush costs between £300 and £600, and engineers say it is only worth doing on systems that are otherwise sound.",
"[[None of these checks replaces a yearly service by a registered engineer]], which is also a condition of most boiler warranties. Landlords must also have gas appliances checked every year and give tenants a copy of the safety certificate within 28 days.",
) + """
</div>
<div class="affiliate-disclosure">{{Prices and offers were correct at the time of writing. We may earn a commission from links.}}</div>
<div class="share">{{Share via email}}</div>
</article>"""
body = custom("Home Sense", [("/home-energy/", "Home energy"), ("/diy/", "DIY"), ("/money/", "Money"), ("/garden/", "Garden")], main,
    footer="<p>{{© Home Sense Publishing 2026}}</p>",
    aside='<aside class="side">' + related("{{Popular now}}", [("/money/energy-cap", "{{Energy price cap: what January means for bills}}"), ("/diy/draught-proofing", "{{Draught-proofing sash windows on a budget}}")]) + "</aside>\n")
PAGES.append(dict(name="uk-custom-heating-checklist-unclosed-ad", lang="en-GB", site="Home Sense",
    url="https://homesense.example/home-energy/central-heating-checks-before-winter",
    title="Twelve things to check on your central heating before winter",
    desc="Heating engineers share the twelve checks they do on their own boilers before winter.", author="Sunil Chaudhry", body=body,
    comment="""Trap 4c: an in-article ad slot written as an UNCLOSED <div class="ad-container"> just before a 12-item
numbered list (en-GB, custom CMS); the parser nests the list and the rest of the body inside it. List items are article text.
Boilerplate: breadcrumb, byline/date, ad label, affiliate disclosure, share line, popular now, footer."""))

# 17d. recipe with recipe-header / card-extra / step-supplemental, it
art = """<article class="post type-post category-primi">
<div class="breadcrumbs">{{<a href="/">Home</a> » <a href="/ricette/">Ricette</a> » <a href="/ricette/primi/">Primi piatti</a>}}</div>
<h1 class="entry-title">Pasta e ceci alla romana, la versione della nonna Elvira</h1>
<div class="entry-meta">{{Pubblicato da Chiara Ottaviani}} · {{30 novembre 2026}}</div>
<div class="entry-content">
""" + ps(
"[[La pasta e ceci è il piatto che mia nonna Elvira preparava ogni venerdì]], quando a Trastevere il pesce costava troppo e i legumi erano già in ammollo dalla sera prima. È una minestra densa, quasi cremosa, che si mangia col cucchiaio e migliora se riposa cinque minuti.",
"Molti la fanno con i ceci in scatola, e va benissimo per una sera di fretta. Ma con i ceci secchi la minestra prende un sapore più pieno, e l’acqua di cottura, ricca di amido, diventa la base del brodo. [[Conviene cuocerne il doppio e congelare metà dei ceci con la loro acqua]], così la volta dopo si risparmia tutta l’attesa.",
"[[Il segreto è il rosmarino soffritto nell’olio e poi tolto]], così che resti il profumo ma non gli aghi. La nonna aggiungeva anche un’acciuga, che si scioglie completamente: chi non lo sa non se ne accorge.",
) + """
<div class="wprm-recipe-container"><div class="recipe-card">
<div class="recipe-header"><h2 class="recipe-name">Pasta e ceci</h2><p class="recipe-summary">[[Per 4 persone, pronta in un’ora e un quarto]] con i ceci già cotti.</p>
<ul class="recipe-times"><li>Preparazione: 15 minuti</li><li>Cottura: 60 minuti</li></ul></div>
<div class="card-extra"><h3>Ingredienti</h3><ul>
<li>[[400 g di ceci secchi, in ammollo per una notte]]</li><li>200 g di ditalini rigati</li><li>[[2 rametti di rosmarino e 1 spicchio d’aglio]]</li><li>1 filetto di acciuga sott’olio</li><li>2 cucchiai di concentrato di pomodoro</li><li>olio extravergine, sale, pepe</li></ul></div>
<div class="recipe-steps"><h3>Procedimento</h3><ol>
<li class="recipe-step"><p>Lessate i ceci in acqua non salata per circa due ore, finché sono teneri. Conservate l’acqua di cottura.</p><div class="step-supplemental"><p>[[Se usate ceci in barattolo, sciacquateli bene e usate brodo vegetale.]]</p></div></li>
<li class="recipe-step"><p>[[In una pentola alta scaldate l’olio con aglio e rosmarino]], poi toglieteli quando l’aglio è dorato e sciogliete l’acciuga nell’olio.</p></li>
<li class="recipe-step"><p>Aggiungete il concentrato, i ceci e un litro di acqua di cottura. Frullate metà dei ceci con il minipimer.</p><div class="step-supplemental"><p>[[Frullarne metà dà la consistenza cremosa senza panna.]]</p></div></li>
<li class="recipe-step"><p>[[Buttate la pasta direttamente nella minestra]] e cuocetela mescolando spesso, aggiungendo acqua se serve.</p></li>
</ol></div>
<div class="card-extra recipe-notes"><h3>Note</h3><p>[[La minestra si conserva in frigo per due giorni]], ma la pasta assorbe il liquido: allungatela con un po’ d’acqua calda.</p></div>
<div class="recipe-rating">{{Vota questa ricetta}}</div>
<div class="recipe-print"><a href="#">{{Stampa la ricetta}}</a></div>
</div></div>
""" + ps("[[Servitela con un filo d’olio crudo e pepe nero macinato al momento.]] Il parmigiano, per la nonna, era vietato.") + """
</div>
<div class="social-share">{{Condividi la ricetta su Pinterest}}</div>
</article>
""" + related("{{Potrebbe piacerti anche}}", [("/ricette/primi/pasta-patate", "{{Pasta e patate con la provola}}"), ("/ricette/zuppe/lenticchie", "{{Zuppa di lenticchie e castagne}}")])
body = wp("La Cucina di Chiara", [("/ricette/", "Ricette"), ("/dolci/", "Dolci"), ("/menu/", "Menu delle feste"), ("/chi-sono/", "Chi sono")], art,
    footer="<p>{{© 2026 La Cucina di Chiara · P.IVA 01234560789}}</p>",
    pre='<div class="cky-consent-container"><div class="cky-notice-des">{{Utilizziamo i cookie per migliorare la tua esperienza di navigazione e analizzare il traffico.}}</div><button class="cky-btn-accept">Accetta tutto</button></div>\n')
PAGES.append(dict(name="it-wp-ricetta-pasta-ceci-card", lang="it", site="La Cucina di Chiara",
    url="https://www.lacucinadichiara.example/ricette/primi/pasta-e-ceci-alla-romana/",
    title="Pasta e ceci alla romana, la versione della nonna Elvira",
    desc="La ricetta della pasta e ceci romana con rosmarino e acciuga, cremosa senza panna.", author="Chiara Ottaviani",
    ldtype="Recipe", body=body,
    comment="""Trap 4d: recipe card whose summary, ingredients, steps and notes sit in recipe-header, card-extra and
step-supplemental elements (it, WordPress with a WPRM-like card). Their text is article text.
Boilerplate: breadcrumb, byline/date, rating and print links, share line, related, CookieYes-like banner, footer."""))

# 17e. liveblog, de
entries = [
 ("16:42", "[[Die Stadtwerke melden: Alle Haushalte in Lindenau haben wieder Strom.]] Die Ursache soll morgen untersucht werden."),
 ("16:05", "[[Nur noch rund 300 Haushalte sind ohne Strom]], vor allem in der Merseburger Straße."),
 ("15:20", "Die Straßenbahnlinien 7 und 15 fahren wieder nach Fahrplan. [[Die Ersatzbusse werden abgezogen.]]"),
 ("14:48", "[[Ein Sprecher der Stadtwerke bestätigt einen Kabelbrand im Umspannwerk West.]] Verletzt wurde niemand."),
 ("14:10", "[[Die Feuerwehr ist mit drei Fahrzeugen am Umspannwerk.]] Anwohner berichten von Rauch."),
 ("13:35", "[[Auch die Ampeln an der Lützner Straße sind ausgefallen]], die Polizei regelt den Verkehr per Hand."),
 ("13:02", "[[Seit etwa 12.50 Uhr ist in Teilen von Lindenau und Leutzsch der Strom weg]]. Betroffen sind nach ersten Angaben rund 8.000 Haushalte."),
]
main = """<nav class="breadcrumb">{{<a href="/">Startseite</a> › <a href="/leipzig/">Leipzig</a>}}</nav>
<article class="liveblog">
<h1>Liveticker: Stromausfall im Leipziger Westen – 8.000 Haushalte betroffen</h1>
<p class="live-badge">LIVE · {{Zuletzt aktualisiert: 16:42 Uhr}}</p>
<div class="liveblog-intro"><p>[[Ein Kabelbrand in einem Umspannwerk hat am Mittwochmittag im Leipziger Westen den Strom abgeschaltet.]] Wir berichten laufend.</p></div>
<div class="liveblog-feed">
""" + "\n".join(f'<div class="live-entry"><time class="live-time">{t} Uhr</time><div class="live-text"><p>{x}</p></div></div>' for t, x in entries) + """
</div>
<div class="live-share">{{Ticker teilen}} <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
<div class="push-hint"><p>{{Aktivieren Sie Push-Mitteilungen, um keine Eilmeldung zu verpassen.}}</p></div>
</article>"""
body = custom("Leipziger Abendblatt", [("/leipzig/", "Leipzig"), ("/sachsen/", "Sachsen"), ("/sport/", "Sport"), ("/kultur/", "Kultur")], main,
    footer="<p>{{© Leipziger Abendblatt GmbH · Impressum · Datenschutz}}</p>",
    aside='<aside class="rail">' + related("{{Meistgelesen}}", [("/leipzig/weihnachtsmarkt", "{{Weihnachtsmarkt: Die neuen Öffnungszeiten}}"), ("/sport/rb", "{{RB Leipzig ohne Stürmer nach Dortmund}}")]) + "</aside>\n",
    pre='<div class="sp_message_container"><p>{{Wir und unsere Partner verarbeiten Daten für personalisierte Anzeigen und Inhalte.}}</p><button>{{Zustimmen}}</button><button>Einstellungen</button></div>\n')
PAGES.append(dict(name="de-custom-liveticker-stromausfall", lang="de", site="Leipziger Abendblatt",
    url="https://www.leipziger-abendblatt.example/leipzig/liveticker-stromausfall-leipzig-west",
    title="Liveticker: Stromausfall im Leipziger Westen – 8.000 Haushalte betroffen",
    desc="Ein Kabelbrand im Umspannwerk West hat tausende Haushalte vom Strom abgeschnitten.", author="Redaktion",
    ldtype="LiveBlogPosting", iso="2026-12-02T13:02:00+01:00", body=body,
    comment="""Trap 4e: liveblog with timestamps and short entries (de, custom CMS). Entries are article text.
Boilerplate: breadcrumb, LIVE badge / updated line, share line, push hint, most-read, Sourcepoint-like consent, footer."""))
