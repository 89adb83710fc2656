from core import build

build(dict(
 name='it-custom-raccolta-fondi-ambulanza-iban', lang='it-IT', type='NewsArticle',
 url='https://www.ilcorrieredelpasubio.example/cronaca/2026/12/01/croce-verde-raccolta-fondi-nuova-ambulanza',
 site='Il Corriere del Pasubio', author='Matteo Zanella', date='2026-12-01T18:00:00+01:00',
 title="La Croce Verde di Valdagno cerca 90 mila euro per un'ambulanza 4x4",
 desc="I volontari lanciano una raccolta fondi: il mezzo attuale ha 410 mila chilometri e d'inverno non sale in contrada.",
 comments=['Trap 3: report on a charity fundraiser that quotes the campaign and its bank details',
  '("IBAN IT 12 A 05034 60830 000000012345", "causale: ambulanza 4x4", "Dona ora, anche',
  'cinque euro fanno la differenza"): article text (must). The page’s OWN reader-support',
  'box ("Sostieni il Corriere del Pasubio"), breadcrumb, share bar, "Leggi anche", comment',
  'rules and consent banner are mustnot. Custom CMS.'],
 body='''
<body>
<header class="testata"><a class="logo" href="/">Il Corriere del Pasubio</a>
<nav><a href="/cronaca/">Cronaca</a> <a href="/politica/">Politica</a> <a href="/economia/">Economia</a> <a href="/sport/">Sport</a> <a href="/eventi/">Eventi</a></nav></header>
<div class="briciole">{{Home › Cronaca › Valdagno}}</div>
<main><article>
<h1>%H1%</h1>
<p class="firma">{{di Matteo Zanella}} – <time>{{1 dicembre 2026}}</time></p>
<div class="corpo">
<p>[[La Croce Verde di Valdagno ha lanciato una raccolta fondi]] per comprare un'ambulanza a trazione integrale. Il mezzo che oggi copre le contrade di montagna ha 410 mila chilometri e lo scorso inverno, con la neve, è rimasto due volte bloccato sulla salita di Castelvecchio.</p>
<p>Servono 90 mila euro, allestimento compreso. [[L'associazione ne ha già messi da parte 35 mila]] grazie a un lascito e alle feste estive, e conta di raccogliere il resto entro la primavera. Sul volantino distribuito nei bar e nelle farmacie c'è scritto: [[«Dona ora, anche cinque euro fanno la differenza»]].</p>
<p>Per chi vuole contribuire, i volontari indicano il conto dell'associazione presso la banca di credito cooperativo: [[IBAN IT 12 A 05034 60830 000000012345]], [[con la causale «ambulanza 4x4»]]. Le donazioni sono detraibili, precisa il tesoriere, e la ricevuta arriva per email entro un mese.</p>
<p>[[«Ogni bonifico lo annotiamo su un tabellone in sede»]], racconta la presidente Sonia Cracco, 58 anni, volontaria da trenta. Sul tabellone, appeso accanto alla radio, ci sono già duecento nomi: famiglie, ditte della zona, una classe della scuola media che ha venduto biscotti.</p>
<p>Il problema non è solo il mezzo. Le contrade sopra i seicento metri sono abitate soprattutto da anziani, e d'inverno un'ambulanza normale non garantisce i tempi d'intervento. [[Nel 2025 i volontari hanno fatto 212 uscite in quota]], quasi il doppio di dieci anni fa.</p>
<p>Il Comune ha promesso un contributo di diecimila euro nel bilancio del prossimo anno. [[Una cena di beneficenza è in programma il 17 gennaio al palazzetto]], con i cuochi degli alpini; i biglietti si trovano in sede e nelle edicole del centro.</p>
</div>
<aside class="sostegno"><h3>{{Sostieni il Corriere del Pasubio}}</h3><p>{{Il giornalismo locale costa. Con un contributo libero ci aiuti a restare gratuiti.}}</p><a href="/sostienici/">Contribuisci</a></aside>
<div class="condividi"><span>{{Condividi su}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<section class="leggi-anche"><h3>Leggi anche</h3><a href="/cronaca/2026/11/neve-contrade-isolate/">{{Neve, tre contrade isolate per una notte}}</a></section>
<p class="regole-commenti">{{I commenti sono moderati. Non pubblichiamo insulti né link pubblicitari.}}</p>
</article></main>
<footer><p>© 2026 Il Corriere del Pasubio – Reg. Trib. Vicenza n. 00/2019</p></footer>
<div class="consenso"><p>{{Usiamo cookie tecnici e, con il tuo consenso, cookie di statistica.}}</p><button>Accetto</button> <button>Solo tecnici</button></div>
</body>'''))

build(dict(
 name='en-custom-newsletter-shutting-down', lang='en-US', type='NewsArticle',
 url='https://www.prairiepressreport.example/2026/12/valley-ledger-newsletter-ends-after-nine-years',
 site='Prairie Press Report', author='Dana Kowalczyk', date='2026-12-02T07:00:00-06:00',
 title='The Valley Ledger, a one-woman newsletter, will stop publishing after nine years',
 desc='Rhoda Felder covered three county boards by email for nine years. Her last issue goes out on Dec. 18.',
 comments=['Trap 3: report on a local newsletter shutting down. Quotes from its farewell issue',
  'and its sign-up page ("Subscribe to get every board meeting in your inbox", "Thanks for',
  'reading, and you can unsubscribe anytime", "Forward this to a neighbor who should be',
  'reading it") are article text (must). The page’s OWN newsletter form, share bar,',
  '"More from Prairie Press Report", donation plug and footer are mustnot.'],
 body='''
<body>
<header class="masthead"><a href="/" class="masthead-title">Prairie Press Report</a>
<nav><a href="/local-news/">Local News</a> <a href="/newsrooms/">Newsrooms</a> <a href="/funding/">Funding</a> <a href="/jobs/">Jobs</a></nav></header>
<main><article class="post">
<h1>%H1%</h1>
<p class="byline">{{By Dana Kowalczyk}} | <time>{{December 2, 2026}}</time></p>
<div class="post-body">
<p>For nine years, [[Rhoda Felder has sat through nearly every public meeting in Hollis County]], typed up what happened that night and sent it to about 4,100 inboxes before breakfast. On Dec. 18, the Valley Ledger will publish its last issue.</p>
<p>Felder, 67, announced the decision in a short note to readers on Monday. [[“Thanks for reading, and you can unsubscribe anytime,” she wrote]] in her first issue in 2017; this week she wrote that she had meant it as a joke and that almost nobody ever did.</p>
<p>The Ledger began after the county's weekly paper closed. Felder, a retired court reporter, started going to school board meetings because nobody else was. [[Her sign-up page still reads: “Subscribe to get every board meeting in your inbox.”]] At its peak, nearly a third of the county's households received it.</p>
<p>[[The newsletter was free.]] About 600 readers paid $5 a month voluntarily, enough to cover mileage and software but never a salary. [[“I did the math once and stopped doing the math,”]] Felder said in an interview. She is stepping back to care for her husband, who had surgery in the fall.</p>
<p>Readers have responded by asking who will take over. Felder said two people had offered, and that she would hand over her meeting notes and the subscriber list only with readers' permission. Each issue ended with the same line: [[“Forward this to a neighbor who should be reading it.”]]</p>
<p>Researchers who track local news say single-person newsletters have filled gaps in many rural counties but rarely outlast their founders. [[“They are built on one person's stamina,”]] said Teresa Vang of the Center for Community Journalism in Lincoln.</p>
<p>[[The county commission plans to honor Felder at its meeting on Dec. 15]], which she said she will cover herself.</p>
</div>
<div class="share-bar"><span>{{Share this article}}</span> <a href="#">Email</a> <a href="#">LinkedIn</a></div>
<aside class="signup"><h3>Get Prairie Press Report</h3><p>{{News about local newsrooms across the Plains, every Tuesday.}}</p><input type="email"><button>Subscribe</button></aside>
<aside class="donate"><p>{{Prairie Press Report is a nonprofit. Support our reporting with a tax-deductible gift.}}</p></aside>
<section class="more"><h3>{{More from Prairie Press Report}}</h3><a href="/2026/11/weekly-closes-after-merger/">{{A 120-year-old weekly prints its final edition}}</a></section>
</article></main>
<footer><p>{{© 2026 Prairie Press Report. Republish our stories for free under Creative Commons.}}</p></footer>
</body>'''))

build(dict(
 name='sv-wp-idrottsklubb-medlemsvarvning', lang='sv-SE', type='NewsArticle',
 url='https://www.norrstrandsbladet.example/sport/2026/12/03/bandyklubben-medlemskampanj/',
 site='Norrstrandsbladet', author='Johan Lindqvist', date='2026-12-03T16:30:00+01:00',
 title='Bandyklubben vill dubbla antalet medlemmar – ”Bli medlem för en hundralapp”',
 desc='Efter två tunga säsonger satsar Norrstrands BK på medlemmar i stället för sponsorer.',
 comments=['Trap 3: report on a sports club’s membership drive; the club’s campaign lines',
  '("Bli medlem för en hundralapp", "Swisha 100 kr till 123 456 78 90", "Anmäl dig på',
  'kansliet eller vid entrén") are article text (must). The page’s OWN subscription plug',
  '("Bli prenumerant"), breadcrumb, share, related list and cookie banner are mustnot. WordPress.'],
 body='''
<body class="single">
<header class="site-header"><a href="/" class="logo">Norrstrandsbladet</a>
<nav><a href="/nyheter/">Nyheter</a> <a href="/sport/">Sport</a> <a href="/noje/">Nöje</a> <a href="/familj/">Familj</a></nav></header>
<div class="breadcrumbs">{{Start / Sport / Bandy}}</div>
<main><article>
<h1 class="entry-title">%H1%</h1>
<p class="meta">{{Johan Lindqvist}} · <time>{{3 december 2026 16.30}}</time></p>
<div class="entry-content">
<p>Norrstrands BK har i dag drygt 700 medlemmar. [[Till våren vill klubben ha 1 500.]] Kampanjen, som presenterades på onsdagskvällen i klubbstugan vid isbanan, ska ersätta en del av de sponsorpengar som försvann när två lokala företag drog sig ur förra året.</p>
<p>Budskapet är enkelt och står på affischer i hela stan: [[”Bli medlem för en hundralapp.”]] Medlemskapet ger ingen rabatt på entrén, men rösträtt på årsmötet och en klubbhalsduk till de första fem hundra.</p>
<p>– [[Vi vill att folk ska känna att det är deras klubb]], inte ett företags, säger ordföranden Maria Sjöberg. Hon räknar med att kampanjen kan ge omkring 80 000 kronor i år, ungefär lika mycket som den största sponsorn betalade.</p>
<p>Betalningen ska vara så lätt som möjligt. [[”Swisha 100 kr till 123 456 78 90 och skriv ditt namn”]], står det på affischen. [[För den som inte har Swish gäller: ”Anmäl dig på kansliet eller vid entrén.”]]</p>
<p>[[Klubben har haft två tunga säsonger.]] A-laget åkte ur allsvenskan 2025 och publiken har sjunkit till i snitt 640 per match. [[Ungdomsverksamheten har däremot vuxit till tolv lag]], och det är föräldrarna klubben hoppas mest på.</p>
<p>Kommunens fritidschef Lars Enberg tror på idén. [[– Medlemmar ger en stabilitet som sponsorer aldrig gör]], säger han. Kommunen har tidigare gått in med pengar till isbanans kylanläggning men kan inte betala löpande driftskostnader för en enskild förening.</p>
<p>Första avstämningen görs vid hemmapremiären mot Tranås den 13 december.</p>
</div>
<aside class="prenumeration"><p>{{Bli prenumerant – läs allt från Norrstrandsbladet för 1 krona första månaden.}}</p></aside>
<div class="dela"><span>{{Dela artikeln}}</span> <a href="#">Facebook</a> <a href="#">Messenger</a></div>
<section class="relaterat"><h3>{{Mer om bandy}}</h3><a href="/sport/2026/11/isbanan-kylaggregat/">{{Nytt kylaggregat räddar isbanan}}</a></section>
</article></main>
<footer><p>Norrstrandsbladet · Ansvarig utgivare: Karin Holm · Kontakta redaktionen</p></footer>
<div class="cookie-notis"><p>{{Vi använder kakor för att förbättra din upplevelse.}}</p><button>Godkänn alla</button> <button>Hantera</button></div>
</body>'''))
