from core import build

build(dict(
 name='de-custom-bezahlschranke-tageblatt', lang='de-DE', type='NewsArticle',
 url='https://www.medienbrief-mitte.example/zeitungen/2026/12/tageblatt-harte-bezahlschranke',
 site='Medienbrief Mitte', author='Ole Dannemann', date='2026-12-03T09:45:00+01:00',
 title='„Abonnieren oder gehen“: Das Kasseler Tageblatt schließt fast alle Texte weg',
 desc='Ab Januar gibt es beim Tageblatt online nur noch Polizeimeldungen und Wetter gratis. Der Chefredakteur verteidigt den Schritt.',
 comments=['Trap 3: media-trade report on a newspaper’s new hard paywall. The quoted paywall',
  'wording and the editor’s quotes ("Abonnieren oder gehen", "Jetzt abonnieren und',
  'weiterlesen", "Sie haben Ihr Gratiskontingent aufgebraucht") are article text (must).',
  'The page’s OWN plugs are mustnot: its trial offer box, newsletter box, "Das könnte Sie',
  'auch interessieren", byline/date, consent banner. Custom CMS.'],
 body='''
<body>
<header class="kopf"><a href="/" class="kopf__marke">Medienbrief Mitte</a>
<nav><a href="/zeitungen/">Zeitungen</a> <a href="/rundfunk/">Rundfunk</a> <a href="/digital/">Digital</a> <a href="/personalien/">Personalien</a></nav></header>
<main><article class="beitrag">
<h1>%H1%</h1>
<p class="beitrag__meta">{{Von Ole Dannemann}}, <time>{{3. Dezember 2026}}</time></p>
<div class="beitrag__text">
<p>Das Kasseler Tageblatt stellt sein Onlineangebot zum 1. Januar fast vollständig hinter eine Bezahlschranke. [[Frei lesbar bleiben nur Polizeimeldungen, Wetter und Verkehr.]] [[„Abonnieren oder gehen“, sagte Chefredakteur Matthias Krebber]] am Dienstag vor Verlagsmitarbeitern, wie mehrere Teilnehmer bestätigten.</p>
<p>Bisher konnten Leserinnen und Leser zehn Artikel im Monat kostenlos öffnen. Danach erschien ein Hinweis, der künftig schon beim ersten Text kommt: [[„Sie haben Ihr Gratiskontingent aufgebraucht.“]] Der Verlag will den Satz umformulieren, weil es dann kein Kontingent mehr gibt.</p>
<p>Krebber begründet den Schritt mit Zahlen. Nur 1,8 Prozent der Besucher hätten im vergangenen Jahr ein Digitalabo abgeschlossen, die Werbeerlöse pro Seitenaufruf seien um ein Drittel gesunken. [[„Wir verschenken Recherche, die uns Monate kostet“]], sagte er dem Medienbrief.</p>
<p>Im neuen Schrankenfenster steht nur noch eine Zeile: [[„Jetzt abonnieren und weiterlesen – ab 9,90 Euro im Monat.“]] Eine Probephase zum symbolischen Preis, wie sie fast alle Regionalzeitungen anbieten, soll es nicht mehr geben. Der Verlag hält sie für eine Einladung zum Kündigen nach vier Wochen.</p>
<p>Medienforscherin Lena Stoltz von der Hochschule Darmstadt hält das für riskant. Harte Schranken funktionierten bei Titeln mit starker Marke; regionale Häuser verlören damit oft die jüngeren Leser. [[„Wer nie einen Text gelesen hat, abonniert auch keinen“]], sagte sie.</p>
<p>In der Redaktion ist die Stimmung gemischt. Einige Lokalredakteure fürchten, dass ihre Texte kaum noch in sozialen Netzwerken geteilt werden. [[Der Betriebsrat hat um ein Gespräch gebeten]], weil Reichweitenziele Teil der Zielvereinbarungen sind.</p>
<p>[[Ob das Modell trägt, will der Verlag nach sechs Monaten prüfen.]] Bis dahin soll eine Arbeitsgruppe herausfinden, welche frei lesbaren Texte neue Abonnenten bringen.</p>
</div>
<aside class="abo-box"><h3>Medienbrief Plus</h3><p>{{Lesen Sie alle Hintergründe aus der Branche: 4 Wochen für 1 Euro testen.}}</p><a href="/abo/">Zum Angebot</a></aside>
<aside class="newsletter-box"><p>{{Der Medienbrief am Morgen: jeden Werktag um 7 Uhr in Ihrem Postfach.}}</p><input type="email"><button>Eintragen</button></aside>
<section class="verwandt"><h3>{{Das könnte Sie auch interessieren}}</h3><a href="/zeitungen/2026/11/nordkurier-druckerei/">{{Druckerei in Neubrandenburg schließt Ende März}}</a></section>
</article></main>
<footer><p>© 2026 Medienbrief Mitte · Impressum · Datenschutz</p></footer>
<div class="cmp"><p>{{Wir verwenden Cookies für Statistik und eingebettete Inhalte.}}</p><button>Zustimmen</button> <button>Ablehnen</button></div>
</body>'''))

build(dict(
 name='pl-wp-kara-uodo-baner-cookies', lang='pl-PL', type='NewsArticle',
 url='https://www.prawoisiec.example/2026/12/kara-dla-sklepu-za-baner-cookies/',
 site='Prawo i Sieć', author='Agnieszka Lewandowicz', date='2026-12-02T13:30:00+01:00',
 title='Sklep internetowy ukarany za baner cookies, który nie pozwalał odmówić',
 desc='Prezes UODO nałożył 410 tys. zł kary na sklep z artykułami dziecięcymi. Chodzi o wygląd banera zgód.',
 comments=['Trap 3: report on a fine for a cookie-consent banner; the quoted banner labels',
  '("Akceptuję wszystkie i przechodzę do serwisu", "Ustawienia zaawansowane") and regulator',
  'quotes are article text (must). The page’s OWN consent dialog (labels "Zgadzam się",',
  '"Dostosuj") plus breadcrumb, author box, related, newsletter are mustnot. WordPress.'],
 body='''
<body class="single">
<header class="site-header"><a href="/" class="site-title">Prawo i Sieć</a>
<nav><a href="/rodo/">RODO</a> <a href="/e-handel/">E-handel</a> <a href="/orzecznictwo/">Orzecznictwo</a> <a href="/poradniki/">Poradniki</a></nav></header>
<div class="breadcrumbs">{{Strona główna » RODO » Decyzje}}</div>
<main><article>
<h1 class="entry-title">%H1%</h1>
<div class="entry-meta">{{Agnieszka Lewandowicz}} · <time>{{2 grudnia 2026}}</time></div>
<div class="entry-content">
<p>Prezes Urzędu Ochrony Danych Osobowych nałożył 410 tys. zł kary na spółkę prowadzącą sklep internetowy z artykułami dziecięcymi. [[Powodem był baner cookies, w którym nie dało się łatwo odmówić zgody.]] [[To pierwsza tak wysoka kara w Polsce]] dotycząca wyłącznie wyglądu okna zgód.</p>
<p>Z uzasadnienia decyzji wynika, że na pierwszej warstwie banera był tylko jeden duży przycisk: [[„Akceptuję wszystkie i przechodzę do serwisu”]]. Możliwość odmowy była ukryta pod szarym linkiem na dole okna.</p>
<p>Po kliknięciu linku klient widział kolejne okno z listą czterdziestu dwóch partnerów reklamowych. [[Przycisk „Ustawienia zaawansowane” prowadził do suwaków włączonych domyślnie]], co urząd uznał za sprzeczne z zasadą dobrowolności zgody.</p>
<p>[[„Odmowa musi być równie łatwa jak akceptacja”]] – czytamy w decyzji. Urząd zwrócił też uwagę, że sklep zbierał zgody również od osób, które zamknęły okno krzyżykiem, traktując to jako akceptację.</p>
<p>Spółka tłumaczyła, że korzystała z gotowego rozwiązania dostawcy i nie miała wpływu na jego wygląd. Urząd tego nie przyjął: odpowiedzialność spoczywa na administratorze, niezależnie od tego, kto napisał kod. [[Sklep zapowiedział skargę do Wojewódzkiego Sądu Administracyjnego.]]</p>
<p>Zdaniem radczyni prawnej Moniki Zaręby decyzja będzie miała znaczenie dla całej branży. [[„Wiele polskich sklepów ma dziś niemal identyczne banery”]] – mówi. Radzi sprawdzić, czy przycisk odmowy jest na pierwszej warstwie i czy nie jest mniejszy ani bledszy od przycisku zgody.</p>
<p>[[Decyzja nie jest prawomocna.]] Kara została wyliczona na podstawie obrotu spółki za ubiegły rok, który wyniósł około 60 mln zł.</p>
</div>
<div class="author-box"><p>{{Autorka jest radczynią prawną i od 2018 roku pisze o ochronie danych.}}</p></div>
<section class="related"><h3>{{Przeczytaj również}}</h3><a href="/2026/10/wyrok-nsa-monitoring/">{{NSA o monitoringu w szatniach zakładu pracy}}</a></section>
<aside class="newsletter"><p>{{Co tydzień przegląd orzeczeń i decyzji w sprawie danych osobowych.}}</p><input type="email"><button>Zapisz mnie</button></aside>
</article></main>
<footer><p>© 2026 Prawo i Sieć. Treści nie stanowią porady prawnej.</p></footer>
<div class="cky-consent-container"><div class="cky-notice-des">{{Ta strona korzysta z plików cookie, aby liczyć odwiedziny.}}</div><button class="cky-btn-accept">Zgadzam się</button> <button class="cky-btn-customize">Dostosuj</button></div>
</body>'''))

build(dict(
 name='nl-custom-gemeente-fietsapp-lancering', lang='nl-NL', type='NewsArticle',
 url='https://www.dedijkpost.example/nieuws/2026/12/gemeente-lanceert-app-tegen-fietsdiefstal',
 site='De Dijkpost', author='Femke Hoogendijk', date='2026-12-04T14:05:00+01:00',
 title='Gemeente lanceert app tegen fietsdiefstal: „Download de app en registreer je fiets”',
 desc='Met de app FietsTerug wil Zeevenaar het aantal gestolen fietsen terugdringen. Niet iedereen is overtuigd.',
 comments=['Trap 3: report about a city launching a bike-registration app; the city’s campaign',
  'lines ("Download de app en registreer je fiets", "Scan de QR-code op de sticker", "Maak',
  'een account aan met je DigiD") are article text (must). The page’s OWN app plug ("Download',
  'de Dijkpost-app"), WhatsApp channel plug, breadcrumb, share, related and cookie bar are mustnot.'],
 body='''
<body>
<header class="top"><a href="/" class="logo">De Dijkpost</a>
<nav><a href="/nieuws/">Nieuws</a> <a href="/sport/">Sport</a> <a href="/uit/">Uit</a> <a href="/112/">112</a></nav></header>
<nav class="kruimel">{{Home > Nieuws > Zeevenaar}}</nav>
<main><article>
<h1>%H1%</h1>
<p class="meta">{{Femke Hoogendijk}} · <time>{{4 december 2026, 14:05}}</time></p>
<div class="artikel">
<p>De gemeente Zeevenaar heeft donderdag een eigen app gelanceerd om fietsdiefstal tegen te gaan. [[„Download de app en registreer je fiets”, riep wethouder Sander Mulder]] op het stationsplein, waar hij de eerste sticker op zijn eigen oude opoefiets plakte.</p>
<p>[[In 2025 werden in de gemeente ruim 1.400 fietsen als gestolen opgegeven]], bijna vier per dag. Slechts een op de tien kwam bij de eigenaar terug. [[Dat komt vooral doordat gevonden fietsen niet aan een eigenaar te koppelen zijn]], zegt de gemeente, omdat mensen hun framenummer niet kennen.</p>
<p>De app, FietsTerug, moet dat veranderen. Op de campagneposters staat het stappenplan: [[„Scan de QR-code op de sticker en maak een foto van je frame.”]] Daarna koppelt de app de sticker aan het framenummer en aan de eigenaar.</p>
<p>[[„Maak een account aan met je DigiD”]], staat er verder. Dat stuit op kritiek. De Fietsersbond afdeling Zeevenaar vindt het overdreven om voor een fietsregistratie in te loggen met je burgerservicenummer. „Een e-mailadres zou genoeg zijn,” zegt voorzitter Ineke Bos.</p>
<p>De gemeente zegt dat DigiD nodig is om te voorkomen dat dieven gestolen fietsen op hun eigen naam zetten. [[De gegevens worden na vijf jaar zonder gebruik automatisch verwijderd]], belooft Mulder. Ook de politie kan de registratie inzien als een fiets wordt aangetroffen.</p>
<p>Wie geen smartphone heeft, kan de fiets laten registreren bij de fietsenstalling op het station. [[Daar zitten op werkdagen medewerkers die de stickers gratis aanbrengen.]] [[De gemeente heeft twintigduizend stickers laten maken.]]</p>
<p>Of de app werkt, moet blijken. In Dordrecht, waar een vergelijkbare app sinds 2023 draait, steeg het aantal teruggevonden fietsen van 9 naar 14 procent.</p>
</div>
<div class="app-plug"><p>{{Download de Dijkpost-app voor het laatste nieuws uit de regio.}}</p></div>
<div class="whatsapp-plug"><p>{{Volg De Dijkpost ook op ons WhatsApp-kanaal.}}</p></div>
<div class="deel"><span>{{Deel dit artikel}}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
<section class="gerelateerd"><h3>{{Meer nieuws uit Zeevenaar}}</h3><a href="/nieuws/2026/11/fietsenstalling-vol/">{{Fietsenstalling station al om acht uur vol}}</a></section>
</article></main>
<footer><p>De Dijkpost is onderdeel van Rivierland Media. Colofon · Privacy</p></footer>
<div class="cookiebalk"><p>{{Wij gebruiken cookies om de site te verbeteren.}}</p><button>Oké</button> <button>Weigeren</button></div>
</body>'''))
