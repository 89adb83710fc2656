KIND = "articles"

def cmp_text(h):
    return f'<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">{h}</div></div>\n'

def cmp_title(h, lvl=1):
    return f'<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h{lvl} class="cmp-title__text">{h}</h{lvl}></div></div>\n'

def cmp_image(alt, cap):
    return f'<div class="image aem-GridColumn aem-GridColumn--default--12"><div class="cmp-image" data-cmp-is="image"><img class="cmp-image__image" src="/content/dam/{alt}.jpg" alt="{alt}"><span class="cmp-image__title">{cap}</span></div></div>\n'

def teaser(href, t, d):
    return f'<div class="teaser aem-GridColumn aem-GridColumn--default--4"><div class="cmp-teaser"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{href}">{t}</a></h3><div class="cmp-teaser__description"><p>{d}</p></div></div></div></div>\n'

def grid(inner, cls="responsivegrid"):
    return f'<div class="{cls} aem-GridColumn aem-GridColumn--default--12"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">\n{inner}</div></div>\n'

def container(inner, extra=""):
    return f'<div class="container responsivegrid{extra}"><div class="cmp-container">\n{inner}</div></div>\n'

def page(header, crumbs, article, after, footer, pre=""):
    return f"""<body class="page basicpage">
{pre}<div class="root container responsivegrid"><div class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
{header}{crumbs}<main class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
{article}</div></div></main>
{after}{footer}</div></div></div>
</body>"""

def hdr(logo, links):
    a = "".join(f'<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="{h}">{t}</a></li>' for h, t in links)
    return f'<header class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header"><div class="cmp-container"><div class="image"><div class="cmp-image"><a class="cmp-image__link" href="/"><span class="cmp-image__title">{logo}</span></a></div></div><nav class="cmp-navigation"><ul class="cmp-navigation__group">{a}</ul></nav></div></div></header>\n'

def crumbs(items):
    li = "".join(f'<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="{h}"><span>{t}</span></a></li>' for h, t in items[:-1])
    li += f'<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>{items[-1][1]}</span></li>'
    return f'<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">{li}</ol></nav></div>\n'

PAGES = []

# 1. corporate newsroom, en, OneTrust
body = page(
    hdr("Halvorsen Marine", [("/about", "About us"), ("/products", "Products"), ("/newsroom", "Newsroom"), ("/careers", "Careers"), ("/investors", "Investors")]),
    crumbs([("/", "Home"), ("/newsroom", "Newsroom"), ("", "Hybrid ferry order")]),
    container(
        cmp_title("Halvorsen Marine wins order for four hybrid ferries on the Skagen strait")
        + cmp_text('<p class="cmp-text__date">{{Press release · 2 December 2026}}</p>')
        + cmp_image("ferry-render", "Rendering of the 90-metre hybrid ferry design")
        + cmp_text("<p>[[Halvorsen Marine has signed a contract to build four battery-hybrid ferries]] for Kattegat Linjen, the operator of the crossing between Skagen and the island of Hvidholm. The vessels will be built at the company's yard in Bergvik, with the first delivery planned for the spring of 2029 and the last a year later.</p>")
        + cmp_text("<p>[[Each ferry will be 90 metres long and carry up to 600 passengers]] and 140 cars. [[On the 38-minute crossing the ships will run on batteries alone]], charged at both ports through an automated plug that connects while cars are still driving off. Diesel generators stay on board as a reserve for storms and for the longer trip to the repair dock.</p>")
        + cmp_text("<p>“This is the largest single order in our history, and it came down to the charging design,” said chief executive Ingrid Solbakken. [[“The operator wanted a ship that never waits for its battery.”]] The contract value was not disclosed, but analysts at Nordfjell Securities put it at about 2.1 billion kroner.</p>")
        + cmp_title("What changes for the yard", 2)
        + cmp_text("<p>[[The order secures work for around 450 people at Bergvik until 2030]], according to the company. [[Halvorsen will hire 60 electricians and battery technicians]] over the next eighteen months and has agreed with the regional vocational college to run a two-year apprenticeship track starting next August.</p>")
        + cmp_text("<p>The hulls will be welded in sections at a partner yard in Gdańsk and towed north for outfitting. [[Solbakken said the split keeps delivery dates realistic]] while the Bergvik dry dock is still booked for two offshore supply vessels ordered last year.</p>")
        + cmp_text("<p>Kattegat Linjen expects the new ships to cut the route's carbon emissions by roughly 85 percent compared with the three diesel ferries they replace, which were built in the 1990s. [[The old vessels will be sold or scrapped once the fourth hybrid ferry enters service.]]</p>")
        + cmp_text("<p>The port of Skagen has applied for state funding to upgrade its grid connection, a condition for the charging plan. [[A decision from the energy agency is expected in March.]]</p>")
        + cmp_text('<div class="cmp-text__contact"><p><strong>{{Media contact:}}</strong> {{Kari Moen, head of communications, press@halvorsen-marine.example}}</p></div>')
    ),
    grid(cmp_title("{{More from the newsroom}}", 2)
         + teaser("/newsroom/q3-results", "{{Third-quarter results: order book at record level}}", "Revenue rose 14 percent.")
         + teaser("/newsroom/bergvik-solar", "{{Bergvik yard installs rooftop solar park}}", "Two hectares of panels.")
         + teaser("/newsroom/apprentices", "Forty new apprentices start at the yard", "The biggest intake in a decade.")),
    '<footer class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="cmp-text"><p>{{© 2026 Halvorsen Marine ASA. All rights reserved.}}</p><p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a></p></div></div></footer>\n',
    pre='<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">{{We value your privacy}}</h2><p id="onetrust-policy-text">{{We and our partners use cookies to measure site traffic and to personalise content on our pages.}} <a href="/cookies">Cookie policy</a></p></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">{{Cookies Settings}}</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">{{Accept All Cookies}}</button></div></div></div></div></div></div>\n',
)
PAGES.append(dict(name="en-aem-newsroom-hybrid-ferry-order", lang="en", site="Halvorsen Marine",
    url="https://www.halvorsen-marine.example/newsroom/2026/hybrid-ferries-skagen-order",
    title="Halvorsen Marine wins order for four hybrid ferries on the Skagen strait",
    desc="Shipbuilder signs contract with Kattegat Linjen for four battery-hybrid ferries, securing work at the Bergvik yard until 2030.",
    author="Halvorsen Marine", iso="2026-12-02T08:00:00+01:00", body=body,
    comment="""Trap 1: component CMS class names (AEM-style corporate newsroom, en).
Every block sits in cmp-container / cmp-text / cmp-title / cmp-teaser / aem-GridColumn / responsivegrid.
Real OneTrust banner (#onetrust-banner-sdk) is mustnot, with breadcrumb, press contact, teasers and footer."""))

# 2. university, de
body = page(
    hdr("Universität Albersfeld", [("/studium", "Studium"), ("/forschung", "Forschung"), ("/universitaet", "Universität"), ("/presse", "Presse"), ("/kontakt", "Kontakt")]),
    crumbs([("/", "Startseite"), ("/presse", "Presse"), ("/presse/meldungen", "Meldungen"), ("", "Moorforschung")]),
    container(
        cmp_title("Wie viel Kohlenstoff speichern wiedervernässte Moore? Albersfelder Team misst zehn Jahre lang")
        + cmp_text('<p class="cmp-text__meta">{{Pressemitteilung Nr. 214/2026}} · 3. Dezember 2026</p>')
        + cmp_text("<p>[[Ein Forschungsteam der Universität Albersfeld beginnt im Januar eine Langzeitmessung]] in drei wiedervernässten Mooren des Oberen Wümmetals. Zehn Jahre lang wollen die Fachleute beobachten, wie viel Kohlendioxid und Methan die Flächen abgeben oder aufnehmen, nachdem die Entwässerungsgräben verschlossen wurden.</p>")
        + cmp_text("<p>[[Geleitet wird das Projekt von der Bodenkundlerin Prof. Dr. Henrike Walbaum.]] [[„Kurze Messreihen haben uns in den letzten Jahren oft in die Irre geführt“]], sagt sie. Gerade im ersten Jahrzehnt nach der Wiedervernässung schwanke die Methanbilanz stark, weil abgestorbene Gräser unter Wasser zersetzt würden.</p>")
        + cmp_image("messturm-moor", "Ein Messturm im Ahlmoor")
        + cmp_text("<p>[[Auf jeder Fläche steht künftig ein zwölf Meter hoher Messturm]], der alle zehn Sekunden die Gaskonzentration in der Luft erfasst. Ergänzt werden die Türme durch Hauben, die Studierende einmal im Monat auf den Boden setzen, um einzelne Pflanzenarten getrennt zu untersuchen.</p>")
        + cmp_title("Landwirte sind beteiligt", 2)
        + cmp_text("<p>Zwei der drei Flächen gehören landwirtschaftlichen Betrieben, die dort künftig Rohrkolben und Torfmoos anbauen. [[Die Betriebe erhalten die Messdaten monatlich und ohne Verzögerung]], damit sie sehen, ob sich die nasse Bewirtschaftung auch im Emissionshandel rechnen könnte.</p>")
        + cmp_text("<p>Landwirt Jochen Brüning aus Ahlstedt hat seine Weiden vor zwei Jahren vernässen lassen. [[„Ich will wissen, ob das Klima tatsächlich etwas davon hat“]], sagt er. Seine Kühe stehen inzwischen auf einer Pachtfläche zwei Kilometer weiter.</p>")
        + cmp_text("<p>Die Messungen sollen auch eine alte Streitfrage klären: ob Moore, die früher als Acker genutzt wurden, sich anders verhalten als ehemalige Wiesen. Deshalb liegt eine der drei Flächen auf einem früheren Maisfeld, die beiden anderen auf jahrzehntelang beweideten Flächen am Rand des Tals.</p>")
        + cmp_text("<p>[[Das Land fördert das Vorhaben mit 3,4 Millionen Euro.]] [[Erste Ergebnisse will das Team im Herbst 2027 veröffentlichen]], die vollständigen Daten sollen frei zugänglich in einem Repositorium der Universität liegen.</p>")
        + cmp_text('<div class="cmp-text__contact"><p>{{Kontakt für Medien: Referat Hochschulkommunikation, Telefon 0421 555 20 14}}</p></div>')
    ),
    grid(cmp_title("{{Weitere Meldungen}}", 2)
         + teaser("/presse/meldungen/mensa", "{{Neue Mensa am Campus Nord öffnet im April}}", "")
         + teaser("/presse/meldungen/stipendien", "{{Deutschlandstipendium: 180 Förderungen vergeben}}", "")),
    '<footer class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="cmp-text"><p>{{© Universität Albersfeld}} · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></div></div></footer>\n',
    pre='<div class="cmp-cookie-notice" role="dialog"><div class="cmp-text"><p>{{Wir verwenden nur technisch notwendige Cookies und eine anonyme Reichweitenmessung.}}</p></div><button class="cmp-button">{{Verstanden}}</button></div>\n',
)
PAGES.append(dict(name="de-aem-uni-moor-messung", lang="de", site="Universität Albersfeld",
    url="https://www.uni-albersfeld.example/presse/meldungen/2026/moore-kohlenstoff-langzeitmessung",
    title="Wie viel Kohlenstoff speichern wiedervernässte Moore? Albersfelder Team misst zehn Jahre lang",
    desc="Ein Team der Universität Albersfeld misst zehn Jahre lang die Treibhausgasbilanz dreier wiedervernässter Moore.",
    author="Hochschulkommunikation", iso="2026-12-03T10:00:00+01:00", body=body,
    comment="""Trap 1: component CMS class names (AEM-style university press release, de).
Every block wrapped in cmp-container / cmp-text / cmp-title / cmp-image / cmp-teaser / aem-GridColumn.
Boilerplate: home-made cookie notice, breadcrumb, press-release number, media contact, teasers, footer."""))

# 3. insurer, fr
body = page(
    hdr("Mutuelle Armorique", [("/particuliers", "Particuliers"), ("/professionnels", "Professionnels"), ("/conseils", "Conseils"), ("/actualites", "Actualités"), ("/espace-client", "Espace client")]),
    crumbs([("/", "Accueil"), ("/actualites", "Actualités"), ("", "Grêle")]),
    container(
        cmp_title("Grêle de juillet : Mutuelle Armorique a indemnisé 11 000 sinistres en cinq mois")
        + cmp_text('<p class="cmp-text__meta">Publié le 1er décembre 2026 · {{Lecture 4 min}}</p>')
        + cmp_text("<p>[[Cinq mois après les orages de grêle du 14 juillet]], Mutuelle Armorique annonce avoir clos 11 000 dossiers sur les 12 400 déclarés par ses sociétaires dans le Morbihan et les Côtes-d’Armor. Toitures, vérandas, voitures et serres agricoles représentent l’essentiel des dégâts, pour un montant total de 46 millions d’euros.</p>")
        + cmp_text("<p>[[Le délai moyen de règlement a été de 38 jours]], contre 61 jours lors de l’épisode de grêle de 2022. [[La mutuelle attribue ce gain à l’expertise à distance]] : pour les dégâts inférieurs à 3 000 euros, une vidéo filmée par le sociétaire a suffi dans deux cas sur trois.</p>")
        + cmp_image("grele-toiture", "Une toiture endommagée à Pontivy")
        + cmp_text("<p>« Nous avions envoyé tous nos experts sur le terrain en 2022 et ils n’arrivaient plus à suivre », explique Anne-Laure Guivarc’h, directrice des sinistres. [[« Cette fois, ils se sont concentrés sur les maisons vraiment touchées. »]]</p>")
        + cmp_title("Les serristes toujours en attente", 2)
        + cmp_text("<p>[[Les 1 400 dossiers encore ouverts concernent surtout des exploitations maraîchères]], dont les serres en verre ont été détruites. Leur reconstruction nécessite des devis d’entreprises spécialisées, elles-mêmes débordées jusqu’au printemps. [[La mutuelle a versé des acomptes de 30 %]] pour permettre aux producteurs de relancer une partie des cultures.</p>")
        + cmp_text("<p>Le syndicat des maraîchers du Pays de Lorient juge pourtant ces avances trop faibles. [[« Une serre, c’est un outil de travail, pas une véranda »]], rappelle sa présidente, Maïwenn Le Goff, qui demande un acompte de 50 %.</p>")
        + cmp_text("<p>Pour les particuliers, la mutuelle a aussi testé un service de bâchage d’urgence : dans les 48 heures suivant l’orage, des couvreurs partenaires ont protégé 900 toitures percées. Le coût, environ 400 euros par maison, a été pris en charge sans franchise, une mesure que l’assureur dit vouloir généraliser.</p>")
        + cmp_text("<p>[[La mutuelle dit étudier la demande d’ici la fin de l’année.]] Elle rappelle que les sociétaires qui n’ont pas encore déclaré de sinistre peuvent toujours le faire, le délai légal étant dépassé mais toléré jusqu’au 31 décembre.</p>")
        + cmp_text('<div class="cmp-text__disclaimer"><p>{{Mutuelle Armorique, société d’assurance mutuelle à cotisations variables, entreprise régie par le Code des assurances.}}</p></div>')
    ),
    grid(cmp_title("{{À lire aussi}}", 2)
         + teaser("/conseils/toiture-grele", "{{Grêle : les bons réflexes pour protéger sa toiture}}", "")
         + teaser("/conseils/declarer-sinistre", "{{Comment déclarer un sinistre en ligne ?}}", "")),
    '<footer class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="cmp-text"><p><a href="/mentions-legales">Mentions légales</a> · <a href="/cookies">Gestion des cookies</a> · {{© Mutuelle Armorique 2026}}</p></div></div></footer>\n',
    pre='<div class="cmp-consent" role="dialog" aria-modal="true"><div class="cmp-text"><p>{{Avec votre accord, nous utilisons des traceurs pour mesurer l’audience de notre site.}}</p></div><button class="cmp-button">{{Tout accepter}}</button><button class="cmp-button">{{Continuer sans accepter}}</button></div>\n',
)
PAGES.append(dict(name="fr-aem-assureur-grele-indemnisation", lang="fr", site="Mutuelle Armorique",
    url="https://www.mutuelle-armorique.example/actualites/2026/grele-juillet-indemnisations-bilan",
    title="Grêle de juillet : Mutuelle Armorique a indemnisé 11 000 sinistres en cinq mois",
    desc="Cinq mois après les orages de grêle, la mutuelle a clos 11 000 dossiers. Les serristes attendent encore.",
    author="Mutuelle Armorique", iso="2026-12-01T11:00:00+01:00", body=body,
    comment="""Trap 1: component CMS class names (AEM-style insurer news page, fr).
Every block in cmp-container / cmp-text / cmp-title / cmp-image / cmp-teaser / aem-GridColumn.
Boilerplate: consent dialog, breadcrumb, reading time, legal disclaimer, "À lire aussi" teasers, footer."""))

# 4. city council, nl
body = page(
    hdr("Gemeente Heeswijkerveen", [("/wonen", "Wonen en leven"), ("/ondernemen", "Ondernemen"), ("/bestuur", "Bestuur"), ("/nieuws", "Nieuws"), ("/contact", "Contact")]),
    crumbs([("/", "Home"), ("/nieuws", "Nieuws"), ("", "Brug Havenkade")]),
    container(
        cmp_title("Brug over de Havenkade gaat vijf maanden dicht voor renovatie")
        + cmp_text('<p class="cmp-text__date">Nieuwsbericht · 4 december 2026</p>')
        + cmp_text("<p>[[De ophaalbrug over de Havenkade is vanaf 12 januari vijf maanden gesloten]] voor auto’s, fietsers en voetgangers. De gemeente vervangt het brugdek en de bewegingswerken, die na bijna zestig jaar versleten zijn. Schepen kunnen de brug in die periode alleen in het weekend passeren.</p>")
        + cmp_text("<p>[[Fietsers en voetgangers kunnen gebruikmaken van een tijdelijke pontverbinding]] tussen de Visserstraat en de Lindeweg. [[De pont vaart op werkdagen van zes uur ’s ochtends]] tot elf uur ’s avonds en is gratis. Automobilisten rijden om via de Zuidelijke Randweg, wat zo’n vier minuten extra kost.</p>")
        + cmp_image("havenkade-brug", "De brug over de Havenkade")
        + cmp_text("<p>Wethouder Sanne Kuipers noemt de renovatie onvermijdelijk. [[„Bij de laatste inspectie vonden we scheuren in de hoofdliggers”]], zegt ze. „Uitstellen zou betekenen dat we de brug over een paar jaar helemaal moeten vervangen, en dat kost het viervoudige.”</p>")
        + cmp_title("Ondernemers krijgen compensatie", 2)
        + cmp_text("<p>[[Winkeliers aan de Havenkade kunnen een tegemoetkoming aanvragen]] als hun omzet tijdens de werkzaamheden met meer dan een kwart daalt. [[De gemeenteraad heeft daarvoor 250.000 euro gereserveerd.]] Volgens de ondernemersvereniging zijn vooral de twee bakkers en de fietsenmaker afhankelijk van het verkeer over de brug.</p>")
        + cmp_text("<p>[[De aannemer werkt op werkdagen tussen zeven uur ’s ochtends en zeven uur ’s avonds.]] Omwonenden krijgen deze maand een brief met de planning; voor het heien van de nieuwe damwand, dat naar verwachting twee weken duurt, komt een aparte informatieavond.</p>")
        + cmp_text("<p>De brug is in 1967 gebouwd en gaat gemiddeld veertig keer per dag open voor de pleziervaart. Omdat het beweegwerk straks elektrisch wordt aangedreven, verwacht de gemeente dat een brugopening in de toekomst ruim een minuut korter duurt, wat de wachtrijen in de zomer moet verkleinen.</p>")
        + cmp_text("<p>Die informatieavond is op dinsdag 16 december om half acht in buurthuis De Kaai. [[Medewerkers van de gemeente en de aannemer beantwoorden daar vragen.]] Wie niet kan komen, kan de tekeningen en de planning vanaf die dag ook inzien in het stadskantoor, op werkdagen tussen negen en vijf uur.</p>")
    ),
    grid(cmp_title("{{Meer nieuws}}", 2)
         + teaser("/nieuws/afvalkalender-2027", "{{Afvalkalender 2027 staat online}}", "")
         + teaser("/nieuws/subsidie-groene-daken", "{{Subsidie voor groene daken weer open}}", "")
         + teaser("/nieuws/raadsvergadering", "Agenda raadsvergadering 18 december", "")),
    '<footer class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="cmp-text"><p>{{Bel 14 0412 of stuur een bericht via het contactformulier.}}</p><p><a href="/privacy">Privacyverklaring</a> · <a href="/toegankelijkheid">Toegankelijkheid</a></p></div></div></footer>\n',
    pre='<div class="cmp-cookiebar"><div class="cmp-text"><p>{{Wij gebruiken analytische cookies om de website te verbeteren. Mogen wij ook cookies van derden plaatsen?}}</p></div><button class="cmp-button">{{Ja, prima}}</button><button class="cmp-button">{{Nee, liever niet}}</button></div>\n',
)
PAGES.append(dict(name="nl-aem-gemeente-brug-havenkade", lang="nl", site="Gemeente Heeswijkerveen",
    url="https://www.heeswijkerveen.example/nieuws/brug-havenkade-dicht-renovatie",
    title="Brug over de Havenkade gaat vijf maanden dicht voor renovatie",
    desc="De ophaalbrug over de Havenkade gaat vanaf 12 januari dicht. Er vaart een gratis pont.",
    author="Gemeente Heeswijkerveen", iso="2026-12-04T09:30:00+01:00", body=body,
    comment="""Trap 1: component CMS class names (AEM-style city council news page, nl).
Every block in cmp-container / cmp-text / cmp-title / cmp-image / cmp-teaser / aem-GridColumn.
Boilerplate: cookie bar, breadcrumb, "Meer nieuws" teasers, footer contact line."""))
