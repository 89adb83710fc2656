from core import build

build(dict(
 name='en-elementor-lido-reopening-factlist', lang='en-GB', type='NewsArticle',
 url='https://www.saltmarshpost.example/news/2026/12/cove-lido-reopens-after-repair',
 site='The Saltmarsh Post', author='Imogen Treharne', date='2026-12-04T08:30:00+00:00',
 title='Cove Lido reopens after three winters behind fences',
 desc='The tidal pool at Penwarren Cove has new walls, a new pump and a waiting list for winter swimmers.',
 comments=['Trap 1: WordPress + Elementor. Story paragraphs sit in Elementor widgets whose',
  'classes sound like chrome (header-banner-text, sidebar-story, promo-text, widget-teaser);',
  'a pull-out fact list in <aside class="elementor-widget promo-box"> in the middle of the',
  'story is article text. REAL boilerplate of the same family: an Elementor sidebar',
  'location (popular posts, newsletter form), a related-posts widget, a share bar,',
  'breadcrumbs, byline/date, a Complianz-like consent banner.'],
 body='''
<body class="post-template-default single elementor-default elementor-kit-7">
<header class="elementor elementor-location-header"><div class="elementor-section elementor-top-section"><a class="site-logo" href="/">The Saltmarsh Post</a>
<nav class="elementor-nav-menu"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/whats-on/">What's on</a> <a href="/property/">Property</a> <a href="/contact/">Contact</a></nav></div></header>
<div class="elementor-widget elementor-widget-breadcrumbs"><p id="breadcrumbs">{{Home » News » Penwarren Cove}}</p></div>
<main id="content" class="elementor elementor-location-single">
<section class="elementor-section elementor-top-section header-banner">
<h1 class="elementor-heading-title elementor-size-default">%H1%</h1>
<div class="elementor-widget elementor-widget-post-info"><span class="elementor-post-info__item--type-author">{{By Imogen Treharne}}</span> <span class="elementor-post-info__item--type-date">{{4 December 2026, 8.30am}}</span></div>
</section>
<section class="elementor-section elementor-inner-section">
<div class="elementor-column elementor-col-66 elementor-top-column">
<div class="elementor-widget elementor-widget-text-editor header-banner-text"><div class="elementor-widget-container">
<p>[[The tidal pool at Penwarren Cove filled with seawater on Wednesday morning]] for the first time since the storm of February 2024, when a section of the seaward wall slid onto the rocks and the town council fenced off the whole terrace. Around forty swimmers waited on the slipway in the rain to watch the sluice open.</p>
</div></div>
<div class="elementor-widget elementor-widget-text-editor sidebar-story"><div class="elementor-widget-container">
<p>The repair cost £1.3 million, most of it from a coastal resilience grant, and took longer than planned because the contractor could only pour concrete at low spring tides. [[On some weeks the crew had a working window of under two hours]], said the site manager, Dafydd Rowe, who has spent three winters commuting to the cove from Truro.</p>
</div></div>
<aside class="elementor-widget elementor-widget-icon-list promo-box" aria-label="Cove Lido in numbers">
<h3 class="elementor-heading-title">The lido in numbers</h3>
<ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">[[Built in 1931 by unemployed tin miners]]</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">[[Length 58 metres, depth up to 2.1 metres]]</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">[[Refilled by the sea twice a day through one sluice]]</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">About 600 regular swimmers before it closed</span></li>
</ul>
</aside>
<div class="elementor-widget elementor-widget-text-editor promo-text"><div class="elementor-widget-container">
<p>The new wall is thicker at its base and faced with granite reclaimed from the collapsed section. A pump will now top up the pool when calm weather means the sea does not reach the sluice, something the original design never needed. [[Engineers say the old wall had been undermined for decades]] by water seeping under its footings.</p>
</div></div>
<div class="elementor-widget elementor-widget-text-editor widget-teaser"><div class="elementor-widget-container">
<p>Not everyone is delighted. Residents of the terrace above the pool complained through the autumn about generator noise, and the swimming club has asked why changing huts promised in the first plan were dropped. The council says the huts will follow in spring if a second bid for money succeeds.</p>
<p>[[For the winter swimmers, the reopening could hardly have come later.]] Mags Penhale, 71, who swam in the lido every morning for nineteen years before it closed, said she had been making do with the open beach. “The sea out there doesn't care how old you are,” she said. “In here you can stand up whenever you want.”</p>
</div></div>
<div class="elementor-widget elementor-widget-text-editor sponsor-free-zone"><div class="elementor-widget-container">
<p>Entry remains free. The council will publish safe swimming times on a board at the top of the slipway, and [[a lifeguard will be on duty at weekends from Easter]]. Until then, swimmers are asked not to go in alone and to keep off the wall when waves break over it.</p>
</div></div>
</div>
<aside class="elementor-column elementor-col-33 elementor-location-sidebar widget-area" role="complementary">
<div class="elementor-widget elementor-widget-posts popular-posts"><h4>{{Most read this week}}</h4>
<ul><li><a href="/news/2026/12/harbour-car-park-charges/">{{Harbour car park charges to double in summer}}</a></li><li><a href="/whats-on/2026/12/lantern-parade-route/">Lantern parade route changed after bridge survey</a></li></ul></div>
<div class="elementor-widget elementor-widget-form newsletter-form"><h4>Get the Post in your inbox</h4><p>{{Every Friday: the week on the coast in ten minutes.}}</p><form><input type="email" placeholder="Email address"><button>Sign me up</button></form></div>
</aside>
</section>
<div class="elementor-widget elementor-widget-share-buttons"><span>{{Share this story}}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<section class="elementor-widget elementor-widget-posts related-posts"><h3>{{More from Penwarren Cove}}</h3>
<article class="elementor-post"><a href="/news/2026/10/cove-cafe-licence/">{{Cove café wins late licence despite objections}}</a></article>
<article class="elementor-post"><a href="/news/2026/09/slipway-survey/">Slipway survey finds cracks near lifeboat ramp</a></article></section>
</main>
<footer class="elementor elementor-location-footer"><p>© 2026 The Saltmarsh Post. Independent local news for West Cornwall.</p><a href="/privacy/">Privacy</a> <a href="/about/">About us</a></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">{{We use cookies to count visits and to remember your preferences.}}</div><button class="cmplz-accept">Accept</button> <button class="cmplz-deny">{{Only functional cookies}}</button></div></div>
</body>'''))

build(dict(
 name='fr-divi-marais-salants-complementary', lang='fr-FR', type='NewsArticle',
 url='https://www.lecho-des-etiers.example/actualite/2026/12/marais-salants-recolte-record',
 site="L'Écho des Étiers", author='Gaëlle Le Bihan', date='2026-12-03T07:15:00+01:00',
 title='Marais salants : une récolte record, mais des paludiers inquiets',
 desc="Avec un été sec et venteux, les paludiers de la presqu'île ont récolté deux fois plus de sel qu'en 2025.",
 comments=['Trap 1: WordPress + Divi. Story paragraphs in et_pb_text modules with chrome-sounding',
  'extra classes (et_pb_promo-like "banner-intro", "social-quote", "footer-lead", "popup-note");',
  'the key figures sit in <section role="complementary" class="et_pb_section sidebar-chiffres">',
  'in the middle of the story: article text. REAL Divi boilerplate: et_pb_sidebar widget area,',
  'an et_pb_newsletter module, et_pb_social_media_follow, breadcrumbs, byline, tarteaucitron-like banner.'],
 body='''
<body class="post-template-default single et_divi_theme et_pb_pagebuilder_layout">
<div id="page-container"><header id="main-header"><div class="logo_container"><a href="/">L'Écho des Étiers</a></div>
<nav id="top-menu-nav"><ul id="top-menu"><li><a href="/actualite/">Actualité</a></li><li><a href="/mer/">Mer</a></li><li><a href="/agenda/">Agenda</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
<div id="et-main-area"><div id="main-content">
<div class="et_pb_module et_pb_text breadcrumbs-module"><p>{{Accueil › Actualité › Mer et littoral}}</p></div>
<article class="et_pb_post">
<div class="et_pb_section et_pb_section_0 banner-section">
<h1 class="entry-title">%H1%</h1>
<p class="post-meta">{{par Gaëlle Le Bihan}} | <span class="published">{{3 décembre 2026}}</span></p>
</div>
<div class="entry-content">
<div class="et_pb_section et_pb_section_1"><div class="et_pb_row"><div class="et_pb_column et_pb_column_2_3">
<div class="et_pb_module et_pb_text et_pb_text_0 banner-intro"><div class="et_pb_text_inner">
<p>[[Les paludiers de la presqu'île n'avaient pas vu ça depuis 1976.]] Entre juin et septembre, les œillets ont livré près de 18 000 tonnes de gros sel et de fleur de sel, soit le double de la saison précédente, selon la coopérative qui en commercialise l'essentiel.</p>
</div></div>
<div class="et_pb_module et_pb_text et_pb_text_1 social-quote"><div class="et_pb_text_inner">
<p>« [[On a récolté jusqu'au 28 septembre, du jamais-vu]] », raconte Yannick Guérin, paludier depuis trente ans sur le marais de Kervalet. Il a dû louer un hangar supplémentaire à Saillé pour stocker les tas, faute de place dans sa salorge.</p>
</div></div>
<section role="complementary" class="et_pb_section et_pb_section_2 sidebar-chiffres" aria-label="Les chiffres de la saison">
<div class="et_pb_module et_pb_text et_pb_text_2"><div class="et_pb_text_inner">
<h3>Les chiffres de la saison</h3>
<p>[[18 000 tonnes de sel récoltées, contre 9 200 en 2025]]</p>
<p>[[1 200 tonnes de fleur de sel, un record absolu]]</p>
<p>[[Un prix payé au producteur en baisse de 15 %]]</p>
</div></div>
</section>
<div class="et_pb_module et_pb_text et_pb_text_2b"><div class="et_pb_text_inner">
<p>La météo explique l'essentiel. Un printemps sec a permis d'ouvrir les bassins dès la fin mai, et le vent de nord-est, qui accélère l'évaporation, a soufflé presque tout l'été. Les orages d'août, qui ruinent souvent une semaine de travail, ont épargné la presqu'île cette année.</p>
</div></div>
<div class="et_pb_module et_pb_text et_pb_text_3 footer-lead"><div class="et_pb_text_inner">
<p>Mais l'abondance a un revers. La coopérative a baissé le prix d'achat pour la première fois depuis dix ans, et [[plusieurs producteurs craignent de ne pas couvrir leurs frais]]. Les stocks invendus devraient peser sur les cours au moins jusqu'à l'été prochain.</p>
</div></div>
<div class="et_pb_module et_pb_text et_pb_text_4 popup-note"><div class="et_pb_text_inner">
<p>Les jeunes installés sont les plus exposés. Anaïs Tual, qui a repris quatre-vingts œillets en 2023, a emprunté pour restaurer les talus. « [[Une grosse année aurait dû m'aider à rembourser.]] Avec les prix actuels, je gagne à peine plus que l'an dernier », dit-elle.</p>
<p>La chambre d'agriculture propose de stocker une partie de la récolte sous contrat et de la vendre par tranches. [[Une réunion avec les paludiers est prévue le 12 décembre à Guérande.]]</p>
</div></div>
</div>
<div class="et_pb_column et_pb_column_1_3 et_pb_sidebar_0">
<div class="et_pb_module et_pb_widget_area et_pb_sidebar_0"><div class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">{{Derniers articles}}</h4><ul><li><a href="/mer/2026/12/passe-du-croisic-dragage/">{{Le dragage de la passe du Croisic reporté}}</a></li><li><a href="/agenda/2026/12/marche-noel-batz/">Marché de Noël de Batz : le programme</a></li></ul></div></div>
<div class="et_pb_module et_pb_newsletter et_pb_subscribe"><h2 class="et_pb_module_header">La lettre du vendredi</h2><p>{{Recevez chaque vendredi l'essentiel de l'actualité de la presqu'île.}}</p><input type="email" placeholder="Votre e-mail"><a class="et_pb_newsletter_button">Je m'inscris</a></div>
</div></div></div>
<div class="et_pb_module et_pb_social_media_follow"><span>{{Suivez-nous sur les réseaux}}</span> <a href="#">Facebook</a> <a href="#">Instagram</a></div>
</div></article></div>
<footer id="main-footer"><div id="footer-bottom"><p>{{© 2026 L'Écho des Étiers – Tous droits réservés}}</p><a href="/mentions-legales/">Mentions légales</a></div></footer>
</div></div>
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><span id="tarteaucitronDisclaimerAlert">{{Ce site utilise des cookies pour mesurer son audience.}}</span><button id="tarteaucitronPersonalize2">Tout accepter</button> <button id="tarteaucitronAllDenied2">Tout refuser</button></div></div>
</body>'''))

build(dict(
 name='it-wpbakery-frantoio-olio-nuovo', lang='it-IT', type='NewsArticle',
 url='https://www.gazzettadellevalli.example/economia/2026/12/frantoio-sociale-olio-nuovo-resa',
 site='Gazzetta delle Valli', author='Lorenza Pieri', date='2026-12-02T11:00:00+01:00',
 title="Il frantoio sociale di Colle Alto chiude la campagna: olio buono, resa bassa",
 desc="Molta qualità e poca quantità: i soci del frantoio sociale fanno i conti con una stagione difficile.",
 comments=['Trap 1: WordPress + WPBakery (Visual Composer). Story text in wpb_text_column',
  'elements inside vc_row rows whose extra classes sound like chrome (vc_custom_header-teaser,',
  'row-footer-story, social-box-text, ad-free-zone, extra-info). REAL boilerplate of the same',
  'family: a vc_widget_sidebar with "Più letti", a related grid (vc_gitem), share bar,',
  'breadcrumbs, byline/date, an iubenda-like consent banner.'],
 body='''
<body class="post-template-default single wpb-js-composer js-comp-ver-7.4 vc_responsive">
<header class="site-header"><a class="brand" href="/">Gazzetta delle Valli</a>
<nav class="main-nav"><a href="/cronaca/">Cronaca</a> <a href="/economia/">Economia</a> <a href="/cultura/">Cultura</a> <a href="/sport/">Sport</a></nav></header>
<div class="breadcrumb-wrap"><span>{{Home / Economia / Agricoltura}}</span></div>
<main class="site-main"><article class="post">
<div class="vc_row wpb_row vc_row-fluid vc_custom_header-teaser"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
<h1 class="entry-title">%H1%</h1>
<div class="entry-meta"><span class="author">{{di Lorenza Pieri}}</span> · <time>{{2 dicembre 2026, ore 11:00}}</time></div>
<div class="wpb_text_column wpb_content_element header-teaser-text"><div class="wpb_wrapper">
<p>[[Le macine del frantoio sociale di Colle Alto si sono fermate sabato sera]], dopo sei settimane di lavoro quasi senza pause. [[I 212 soci hanno portato 3.100 quintali di olive]], un terzo in meno della media degli ultimi dieci anni, e la resa si è fermata poco sopra il dodici per cento.</p>
</div></div>
</div></div></div></div>
<div class="vc_row wpb_row vc_row-fluid row-footer-story"><div class="wpb_column vc_column_container vc_col-sm-8"><div class="vc_column-inner"><div class="wpb_wrapper">
<div class="wpb_text_column wpb_content_element social-box-text"><div class="wpb_wrapper">
<p>Colpa della primavera: una gelata tardiva ad aprile ha bruciato parte della fioritura e poi è arrivata la mosca, favorita da un settembre umido. [[«Abbiamo raccolto presto per salvare il salvabile»]], spiega il presidente della cooperativa, Ettore Bandini, che coltiva quattrocento piante sui terrazzamenti sopra il paese.</p>
<p>La qualità però ha sorpreso tutti. [[Le analisi danno un'acidità media dello 0,2 per cento]], valori da olio di pregio, e i primi assaggiatori parlano di un fruttato intenso con note di carciofo. Il prezzo ai soci è stato fissato a 11 euro al litro, due in più dell'anno scorso.</p>
</div></div>
<div class="wpb_text_column wpb_content_element ad-free-zone"><div class="wpb_wrapper">
<p>Chi compra al dettaglio se ne accorge. Allo spaccio del frantoio la latta da cinque litri costa 68 euro e [[le scorte, dicono al banco, basteranno forse fino a marzo]]. Diversi ristoranti della zona hanno già prenotato l'intera quota per il prossimo anno.</p>
</div></div>
<div class="wpb_text_column wpb_content_element extra-info"><div class="wpb_wrapper">
<p>Il problema, per Bandini, è l'età dei soci. Metà ha più di settant'anni e molti oliveti sui terrazzi più ripidi non vengono più potati. [[«Se non arrivano giovani, fra dieci anni macineremo la metà»]], dice. La cooperativa ha chiesto alla Regione un contributo per potature collettive.</p>
<p>Intanto il consiglio di amministrazione ha deciso di [[rinnovare la seconda linea di estrazione entro la prossima estate]], con una spesa prevista di 240 mila euro, in parte coperta da un bando per l'agricoltura di montagna. I lavori dovrebbero ridurre i tempi d'attesa dei soci nelle settimane di punta.</p>
<p>[[La festa dell'olio nuovo è confermata per il 13 dicembre]] nella piazza del paese, con assaggi su pane abbrustolito e una visita guidata alle macine storiche, conservate nel vecchio mulino accanto alla chiesa.</p>
</div></div>
</div></div></div>
<div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner"><div class="wpb_wrapper">
<div class="wpb_widgetised_column wpb_content_element vc_widget_sidebar"><div class="widget widget_popular"><h4 class="widget-title">{{Più letti}}</h4><ul><li><a href="/cronaca/2026/12/frana-strada-provinciale/">{{Frana sulla provinciale, riapre una sola corsia}}</a></li><li><a href="/cultura/2026/11/presepe-vivente/">Presepe vivente, cercasi comparse</a></li></ul></div></div>
</div></div></div>
</div>
<div class="share-bar"><span>{{Condividi questo articolo}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
<div class="vc_row wpb_row related-row"><div class="vc_grid-container vc_basic_grid"><h3>{{Potrebbe interessarti anche}}</h3>
<div class="vc_grid-item vc_gitem"><a href="/economia/2026/10/castagne-prezzi/">{{Castagne, prezzi su del trenta per cento}}</a></div><div class="vc_grid-item vc_gitem"><a href="/economia/2026/09/vendemmia-colle-alto/">Vendemmia, a Colle Alto uva sana e poca</a></div></div></div>
</article></main>
<footer class="site-footer"><p>Gazzetta delle Valli – testata registrata presso il Tribunale di Lucca. P.IVA 00000000000</p></footer>
<div id="iubenda-cs-banner"><div class="iubenda-cs-content"><p class="iubenda-cs-text">{{Noi e terze parti selezionate utilizziamo cookie per finalità tecniche e di misurazione.}}</p><button class="iubenda-cs-accept-btn">Accetta</button> <button class="iubenda-cs-reject-btn">Rifiuta</button></div></div>
</body>'''))

build(dict(
 name='sv-shopify-blog-kafferosteri-flytt', lang='sv-SE', type='BlogPosting',
 url='https://www.brannmastarna.example/blogs/nyheter/rosteriet-flyttar-till-hamnen',
 site='Brännmästarna Kafferosteri', author='Elin Waldén', date='2026-11-30T09:00:00+01:00',
 title='Rosteriet flyttar till gamla tullhuset i hamnen',
 desc='Efter tolv år i källaren på Storgatan flyttar vi rosteriet till tullhuset. Här är vad det betyder för dig.',
 comments=['Trap 1: Shopify blog (Dawn-like theme). The article body is in the theme sections',
  'with chrome-sounding classes (announcement-banner__story, footer-block__text,',
  'sidebar-cart-drawer-note, related-content-wrapper, promo-popup__body). REAL Shopify',
  'boilerplate: announcement bar with shipping plug, newsletter section, "Du kanske också',
  'gillar" product strip, share buttons, a blog sidebar, cookie banner.'],
 body='''
<body class="template-article">
<div class="announcement-bar" role="region"><p class="announcement-bar__message">{{Fri frakt på beställningar över 450 kr}}</p></div>
<header class="header header--middle-left"><a class="header__heading-link" href="/">Brännmästarna Kafferosteri</a>
<nav class="header__inline-menu"><a class="header__menu-item" href="/collections/kaffe">Kaffe</a> <a class="header__menu-item" href="/collections/utrustning">Utrustning</a> <a class="header__menu-item" href="/blogs/nyheter">Nyheter</a> <a class="header__menu-item" href="/pages/om-oss">Om oss</a></nav></header>
<main id="MainContent" class="content-for-layout">
<article class="article-template">
<div class="article-template__hero-container"><h1 class="article-template__title">%H1%</h1>
<span class="circle-divider caption-with-letter-spacing"><time>{{30 november 2026}}</time></span> <span class="caption-with-letter-spacing">{{Av Elin Waldén}}</span></div>
<div class="article-template__content page-width page-width--narrow rte">
<div class="announcement-banner__story">
<p>[[Efter tolv år i källaren på Storgatan flyttar rosteriet]] i februari till gamla tullhuset vid inre hamnen. Där får vi tre gånger så stor yta, takhöjd nog för en andra rostare och, för första gången, fönster.</p>
</div>
<div class="footer-block__text">
<p>[[Huset stod tomt i sex år innan kommunen sålde det förra våren]]. Vi hyr bottenvåningen av den nya ägaren, en stiftelse som ska göra om övervåningen till ateljéer. [[Rostern flyttas med kran genom en lastport mot kajen]], eftersom den väger nästan ett ton och inte går in genom dörrarna.</p>
</div>
<div class="sidebar-cart-drawer-note">
<p>För dig som köper vårt kaffe betyder flytten [[en paus på ungefär tio dagar i början av februari]]. Vi rostar i förväg så att prenumeranter får sina påsar som vanligt, men nya beställningar i webbutiken kan dröja en vecka.</p>
<p>Den största förändringen är rostern. Vi har köpt en begagnad trumrostare på femton kilo från ett nedlagt rosteri i Tammerfors, som nu renoveras. [[Med den kan vi rosta mörkare kaffe utan att bränna de ljusa sorterna]], något som varit svårt med en enda maskin.</p>
</div>
<div class="related-content-wrapper">
<p>I tullhuset blir det också ett litet kafé med sex bord. [[Kaféet öppnar tidigast i maj]], när bygglovet för den nya ventilationen är klart. Tills dess kan man hämta beställningar vid lastporten tisdagar och fredagar.</p>
<p>Vi har fått frågor om källaren. [[Lokalen på Storgatan tas över av en cykelreparatör]] som har varit vår granne på gården i många år. Det känns bra att den stannar i kvarteret.</p>
</div>
<div class="promo-popup__body">
<p>[[Tack till alla som burit säckar i trappan sedan 2014.]] Vi bjuder in till flyttfika i tullhuset lördagen den 7 mars, med provsmakning från den nya rostern om allt går enligt plan.</p>
</div>
</div>
<div class="article-template__social-sharing"><span>{{Dela den här artikeln}}</span> <a href="#">Facebook</a> <a href="#">Pinterest</a></div>
</article>
<aside class="blog-sidebar"><h2>{{Senaste inläggen}}</h2><ul><li><a href="/blogs/nyheter/julkaffe-2026">{{Årets julkaffe: Etiopien möter Sumatra}}</a></li><li><a href="/blogs/nyheter/bryggguide-aeropress">Bryggguide: Aeropress</a></li></ul></aside>
<section class="related-products"><h2 class="related-products__heading">{{Du kanske också gillar}}</h2>
<ul class="grid product-grid"><li class="grid__item"><a href="/products/hamnblandning">{{Hamnblandningen, 500 g – 149 kr}}</a></li><li class="grid__item"><a href="/products/kvarn">Handkvarn Trä</a></li></ul></section>
<section class="newsletter center"><h2>Nyhetsbrev</h2><p>{{Få rabattkoder och nyheter om nya skördar först.}}</p><input type="email" placeholder="E-post"><button>Prenumerera</button></section>
</main>
<footer class="footer"><p class="copyright__content">{{© 2026, Brännmästarna Kafferosteri AB}}</p></footer>
<div class="cookie-banner"><p>Vi använder cookies för att varukorgen ska fungera och för statistik.</p><button>Godkänn</button> <button>Endast nödvändiga</button></div>
</body>'''))

build(dict(
 name='pl-arc-kolej-waskotorowa-teaser', lang='pl-PL', type='NewsArticle',
 url='https://www.kurierpomorza.example/region/2026/12/04/kolejka-waskotorowa-wraca-na-tory/',
 site='Kurier Pomorza', author='Bartosz Rymkiewicz', date='2026-12-04T06:40:00+01:00',
 title='Kolejka wąskotorowa wraca na trasę do Dębek po dwudziestu latach',
 desc='Samorząd powiatu kupił tory i dwa wagony. Pierwsze kursy w czerwcu.',
 comments=['Trap 1: Arc XP-like article page. Story paragraphs carry chrome-sounding Arc-ish',
  'classes (b-article-body c-teaser-text, sidebar-chain__text, default-social-quote,',
  'c-header-strip__text, comment-style-quote). REAL Arc boilerplate: b-right-rail chain',
  '(most read, newsletter promo), results-list "Czytaj także", share bar, paywall teaser',
  'line, byline/date, Didomi-like banner.'],
 body='''
<body>
<div id="fusion-app" class="layout-section">
<header class="b-header-nav-chain"><a class="b-header-nav-chain__logo" href="/">Kurier Pomorza</a>
<nav class="b-header-nav-chain__nav"><a href="/region/">Region</a> <a href="/kraj/">Kraj</a> <a href="/sport/">Sport</a> <a href="/kultura/">Kultura</a> <a href="/opinie/">Opinie</a></nav></header>
<main class="b-right-rail-advanced"><div class="b-right-rail-advanced__main">
<article class="b-article">
<h1 class="b-headline">%H1%</h1>
<div class="b-byline"><span>{{Bartosz Rymkiewicz}}</span> <time class="b-date">{{04.12.2026, 06:40}}</time></div>
<div class="b-article-body">
<p class="c-paragraph c-teaser-text">[[Zarząd powiatu podpisał w środę umowę kupna torowiska]] między Krokową a Dębkami wraz z dwoma drewnianymi wagonami, które od 2006 roku stały pod plandeką na bocznicy w Swarzewie. Kolejka ma znów wozić turystów od czerwca.</p>
<p class="c-paragraph sidebar-chain__text">[[Linia o rozstawie 750 milimetrów powstała przed wojną]] do wywozu drewna i torfu. Po jej zamknięciu tory zarosły, a w kilku miejscach rozkradziono podkłady. [[Naprawa jedenastu kilometrów toru ma kosztować 9,4 mln zł]], z czego większość pokryje program odbudowy kolei lokalnych.</p>
<blockquote class="c-paragraph default-social-quote"><p>[[– Nie budujemy muzeum, tylko połączenie, którym da się dojechać nad morze]] – mówi starosta Grażyna Wenta.</p></blockquote>
<p class="c-paragraph c-teaser-text">Pomysł reaktywacji wracał co kilka lat, ale za każdym razem rozbijał się o własność torów, które należały do spółki w likwidacji. Dopiero po zakończeniu likwidacji syndyk zgodził się sprzedać torowisko za symboliczną kwotę, pod warunkiem że zostanie wykorzystane zgodnie z przeznaczeniem.</p>
<p class="c-paragraph c-header-strip__text">W sezonie pociąg ma kursować cztery razy dziennie, a w weekendy poza sezonem dwa razy. [[Lokomotywę spalinową powiat wydzierżawi od stowarzyszenia miłośników kolei]], które od lat opiekuje się taborem i prowadziło zbiórkę na remont wagonów.</p>
<p class="c-paragraph comment-style-quote">Nie wszyscy mieszkańcy są zachwyceni. [[Trzy przejazdy przez drogę wojewódzką trzeba będzie wyposażyć w rogatki]], a właściciele domków letniskowych w Białogórze obawiają się hałasu. Powiat zapowiada konsultacje w styczniu.</p>
<p class="c-paragraph c-teaser-text">Ceny biletów nie są jeszcze ustalone. Według wstępnych wyliczeń przejazd w jedną stronę ma kosztować od 12 do 15 zł, a [[dzieci do siódmego roku życia pojadą za darmo]]. Rowery mają być przewożone w osobnym wagonie platformie.</p>
<p class="c-paragraph comment-style-quote">Przy stacji w Dębkach ma powstać parking dla samochodów i zadaszona wiata dla rowerzystów. Wójt gminy Krokowa liczy, że kolejka choć trochę rozładuje letnie korki na jedynej drodze prowadzącej nad morze, gdzie w lipcu i sierpniu auta stoją czasem po kilka kilometrów.</p>
<p class="c-paragraph sidebar-chain__text">[[Stowarzyszenie szuka wolontariuszy do obsługi pociągu w sezonie.]] Zgłoszenia przyjmuje w swojej siedzibie na dworcu w Krokowej, gdzie w maju ma też ruszyć mała wystawa o historii linii.</p>
</div>
<div class="b-share-bar"><span>{{Udostępnij artykuł}}</span> <a href="#">Facebook</a> <a href="#">X</a></div>
<div class="b-results-list"><h2>{{Czytaj także}}</h2><a href="/region/2026/11/most-na-redzie/">{{Most na Redzie do remontu. Objazdy od lutego}}</a> <a href="/region/2026/10/plaza-debki/">Plaża w Dębkach znowu węższa</a></div>
</article></div>
<aside class="b-right-rail-advanced__rail"><div class="b-top-table-list"><h3>{{Najczęściej czytane}}</h3><ol><li><a href="/kraj/2026/12/ceny-pradu/">{{Ceny prądu w 2027 roku. Co się zmieni}}</a></li><li><a href="/sport/2026/12/arka-trener/">Nowy trener w Gdyni</a></li></ol></div>
<div class="b-newsletter-promo"><p>{{Zapisz się na poranny newsletter Kuriera}}</p><input type="email"><button>Zapisz</button></div></aside>
</main>
<footer class="b-footer"><p>© 2026 Kurier Pomorza sp. z o.o. Wszelkie prawa zastrzeżone.</p></footer>
</div>
<div id="didomi-host"><div class="didomi-popup-notice"><p>{{Twoja prywatność jest dla nas ważna. Używamy plików cookie.}}</p><button id="didomi-notice-agree-button">Zgadzam się</button> <button>Ustawienia</button></div></div>
</body>'''))
