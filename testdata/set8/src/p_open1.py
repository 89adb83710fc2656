from common import *
KIND = "articles"
PAGES = []

# 9. gardening, en
art = """<article class="post type-post category-vegetables">
<nav class="breadcrumb-trail">{{<a href="/">Home</a> › <a href="/grow/">Grow</a> › <a href="/grow/vegetables/">Vegetables</a>}}</nav>
<h1 class="entry-title">Why your carrots fork, and how to grow straight ones next spring</h1>
<div class="entry-meta"><span class="byline">{{by Rosalind Tuke}}</span> <span class="posted-on">{{October 28, 2026}}</span></div>
<div class="entry-content">
""" + ps(
"[[Forked, hairy or stunted carrots are one of the most common disappointments]] in a first vegetable bed. The good news is that almost every cause is under the gardener's control, and most of them come down to soil, spacing and patience rather than the variety you chose.",
"<h2>Start with the soil</h2>",
"[[Carrots fork when the tip of the root hits something it cannot push through]]: a stone, a lump of clay or a pocket of fresh manure. [[Dig the bed to a full spade's depth in autumn]], remove stones larger than a marble, and never add fresh manure in the year you sow carrots.",
"On heavy clay, a raised bed filled with sieved topsoil and old compost solves most of the problem in a single season. [[Short, round varieties such as Paris Market are more forgiving]] if you cannot dig deep.",
"<h2>Sow thinly</h2>",
"[[Follow the spacing rules on the back of the seed packet]], and then be a little stricter than they are. Crowded carrots compete for water and grow thin and twisted. Mixing the tiny seed with dry sand before sowing makes it far easier to spread evenly along the drill.",
"[[Subscribe to the idea that thinning is a kindness, not a waste.]] Pull out the extra seedlings when they are about five centimetres tall, ideally in the evening, and firm the soil back around the ones that remain so the smell does not draw carrot fly.",
"<h2>Water evenly</h2>",
"Irregular watering makes roots split. [[Share your watering can between the rows little and often]] rather than soaking the bed once a week, and mulch with grass clippings once the seedlings are established to keep moisture steady.",
"[[Sign up for a soil test at your local allotment society]] if the problems continue. Many societies offer one for a few pounds each spring, and it will tell you whether the bed needs lime or simply more organic matter.",
) + """
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{{Share this:}}</h3><ul><li><a href="#">Pinterest</a></li><li><a href="#">Facebook</a></li></ul></div>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{{Related}}</h3><p><a href="/grow/vegetables/parsnips">{{Parsnips from seed: the slow way is the best way}}</a></p></div>
</article>"""
body = wp("The Muddy Boots Gardener", [("/grow/", "Grow"), ("/seasonal/", "Seasonal jobs"), ("/wildlife/", "Wildlife"), ("/shop/", "Shop")], art,
    sidebar='<aside id="secondary" class="widget-area"><section class="widget widget_mc4wp_form_widget"><h2 class="widget-title">{{Monthly garden jobs}}</h2><p>{{Get the first-of-the-month checklist in your inbox.}}</p><form><input type="email"><input type="submit" value="Join"></form></section></aside>\n',
    footer="<p>{{© 2026 The Muddy Boots Gardener · Powered by WordPress}}</p>")
PAGES.append(dict(name="en-wp-garden-carrots-spacing", lang="en-GB", site="The Muddy Boots Gardener",
    url="https://muddybootsgardener.example/grow/vegetables/why-carrots-fork/",
    title="Why your carrots fork, and how to grow straight ones next spring",
    desc="Forked and stunted carrots come down to soil, spacing and watering. Here is how to fix each.", author="Rosalind Tuke", body=body,
    comment="""Trap 3: sentences that open like boilerplate (gardening how-to, en-GB, WordPress).
"Follow the spacing rules on the back of the seed packet", "Subscribe to the idea that thinning...",
"Share your watering can...", "Sign up for a soil test..." are article text.
Boilerplate: breadcrumb, byline, Jetpack-like share and related, MC4WP sidebar form, footer."""))

# 10. how-to with subheadings like ads, en
main = """<div class="doc-breadcrumbs">{{<a href="/">Blog</a> › <a href="/ecommerce/">Ecommerce</a>}}</div>
<article class="guide">
<h1>Getting product ratings into Google Shopping: a step-by-step guide for small shops</h1>
<div class="guide-meta"><img src="/a/jm.jpg" alt=""><span>{{Jonah Merriweather}}</span> · <span>{{Last reviewed 2 December 2026}}</span></div>
<div class="guide-body">
""" + ps(
"[[Star ratings under a product in Google Shopping can lift clicks noticeably]], yet many small shops never see them, even after collecting hundreds of reviews. The process involves three separate systems, and a gap in any one of them keeps the stars hidden.",
"<h2>[[How to Add Product Reviews to Shopping Ads]]</h2>",
"[[Google does not read reviews from your product pages directly.]] It needs a review feed: a file that lists each review with the product's GTIN, the rating and the date. Most review apps can produce this feed, but it is often switched off by default.",
"<h2>[[Get Started With Your Merchant Center Account]]</h2>",
"Open Merchant Center, go to the growth section and look for product ratings. [[You will need at least 50 reviews across your whole catalogue]] before Google accepts the programme, and the form asks for a link to your review feed.",
"Some review apps send reviews to Google automatically once you connect your account, while others expect you to upload the feed yourself. If you are unsure which kind you have, look in the app’s settings for an export or a Merchant Center option; if neither exists, you may need to switch providers before going further.",
"<h2>[[Click Here to Check Your GTINs First]]</h2>",
"The title of this section is literal advice: [[the most common reason for missing stars is a mismatched product identifier]]. If your shopping feed lists a GTIN but the review feed uses your internal SKU, Google cannot connect the two.",
"<h2>Wait, and watch the diagnostics</h2>",
"[[Approval usually takes between one and four weeks.]] During that time the diagnostics tab shows how many reviews were matched. A match rate below 80 percent almost always points back to identifiers rather than to the reviews themselves.",
"Once stars appear, keep the feed fresh. [[Reviews older than three years are dropped from the average]], so a shop that stops collecting them will slowly lose its stars again.",
) + """
</div>
<div class="guide-cta"><p>{{Try ShopPilot free for 14 days}}</p><a class="btn" href="/signup">{{Start free trial}}</a></div>
</article>"""
body = custom("ShopPilot Blog", [("/ecommerce/", "Ecommerce"), ("/marketing/", "Marketing"), ("/product-updates/", "Product updates"), ("https://shoppilot.example", "ShopPilot")], main,
    footer="<p>{{ShopPilot is not affiliated with Google.}} © 2026 ShopPilot Inc.</p>",
    aside='<aside class="toc"><p class="toc-title">{{On this page}}</p></aside>\n',
    pre='<div id="cookie-law-info-bar">{{We use cookies to understand how visitors use our blog.}} <a class="cli_action_button">{{Accept}}</a></div>\n')
PAGES.append(dict(name="en-custom-howto-shopping-ads-reviews", lang="en-US", site="ShopPilot Blog",
    url="https://blog.shoppilot.example/ecommerce/product-ratings-google-shopping-guide",
    title="Getting product ratings into Google Shopping: a step-by-step guide for small shops",
    desc="Why your star ratings do not appear in Google Shopping, and how to fix the review feed.", author="Jonah Merriweather", body=body,
    comment="""Trap 3: subheadings that read like ad/CTA boilerplate (how-to, en-US, custom SaaS blog).
"How to Add Product Reviews to Shopping Ads", "Get Started With Your Merchant Center Account",
"Click Here to Check Your GTINs First" are article subheadings.
Boilerplate: breadcrumb, author/date, trial CTA, TOC label, cookie bar, footer."""))

# 11. banking app guide, de
art = """<article class="post">
<div class="breadcrumbs">{{<a href="/">Startseite</a> » <a href="/ratgeber/">Ratgeber</a> » <a href="/ratgeber/smartphone/">Smartphone</a>}}</div>
<h1 class="entry-title">Banking-App auf dem neuen Handy einrichten: So gehen Sie sicher vor</h1>
<p class="post-meta">{{von Gisela Hartung}} | {{27. November 2026}}</p>
<div class="entry-content">
""" + ps(
"[[Wer ein neues Smartphone kauft, muss auch die Banking-App neu einrichten]] – und genau in diesem Moment versuchen Betrüger besonders häufig, an Zugangsdaten zu kommen. Wir erklären Schritt für Schritt, wie die Umstellung gelingt, ohne dass Sie sich angreifbar machen.",
"<h2>Die App aus dem richtigen Store laden</h2>",
"[[Laden Sie die App ausschließlich aus dem offiziellen App-Store Ihres Geräts.]] Suchen Sie dort nach dem genauen Namen Ihrer Bank und prüfen Sie den Anbieter: Steht dort nicht Ihre Bank oder deren Rechenzentrum, lassen Sie die Finger davon.",
"[[Klicken Sie anschließend auf „Weiter“, um die Banking-App zu installieren]], und erlauben Sie nur die Berechtigungen, die die App wirklich braucht. Zugriff auf Kontakte oder den Standort ist für Überweisungen nicht nötig.",
"<h2>Das alte Gerät erst zum Schluss abmelden</h2>",
"[[Die meisten Banken verknüpfen die App mit genau einem Gerät.]] [[Melden Sie das alte Handy erst ab, wenn die neue App funktioniert]], sonst stehen Sie womöglich ohne Freigabeverfahren da und müssen auf einen Aktivierungsbrief warten.",
"[[Teilen Sie Ihren Bildschirm mit dem Techniker nur, nachdem Sie selbst]] bei der Bank angerufen haben. Echte Mitarbeiter fordern Sie nie ungefragt auf, eine Fernwartungs-App zu installieren. Genau diesen Trick nutzen Betrüger, die sich am Telefon als Support ausgeben.",
"<h2>Wenn etwas schiefgeht</h2>",
"[[Melden Sie sich im Zweifel sofort über die Sperr-Notrufnummer 116 116]], wenn Sie Ihre Daten auf einer verdächtigen Seite eingegeben haben. Die Nummer ist rund um die Uhr erreichbar und sperrt Karten und Onlinezugang.",
"Wer das alte Gerät verkaufen oder verschenken will, sollte es anschließend vollständig auf Werkseinstellungen zurücksetzen. Bei manchen Banken bleibt sonst ein sogenanntes Gerätezertifikat gespeichert, das zwar allein keine Überweisung erlaubt, Betrügern aber die Arbeit erleichtern kann, wenn sie an weitere Daten gelangen.",
"Die Verbraucherzentrale rät außerdem, nach dem Umzug die Benachrichtigungen der App einzuschalten. [[So sehen Sie jede Buchung sofort auf dem Sperrbildschirm.]]",
) + """
</div>
<div class="shariff">{{Artikel teilen:}} <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
<div class="author-box"><p>{{Gisela Hartung schreibt seit 2015 über Verbraucherthemen und digitale Sicherheit.}}</p></div>
</article>
""" + related("{{Das könnte Sie auch interessieren}}", [("/ratgeber/phishing-sms", "{{Phishing per SMS: Diese Nachrichten sind gerade im Umlauf}}"), ("/ratgeber/passwort-manager", "{{Passwort-Manager im Vergleich}}")])
body = wp("Digital-Ratgeber", [("/ratgeber/", "Ratgeber"), ("/tests/", "Tests"), ("/news/", "News")], art,
    footer="<p>{{© 2026 Digital-Ratgeber – Impressum – Datenschutz}}</p>",
    pre='<div class="borlabs-cookie"><p>{{Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website zu verbessern.}}</p><button>Alle akzeptieren</button><button>Nur essenzielle Cookies akzeptieren</button></div>\n')
PAGES.append(dict(name="de-wp-banking-app-neues-handy", lang="de", site="Digital-Ratgeber",
    url="https://www.digital-ratgeber.example/ratgeber/smartphone/banking-app-neues-handy-einrichten/",
    title="Banking-App auf dem neuen Handy einrichten: So gehen Sie sicher vor",
    desc="Beim Handywechsel muss die Banking-App neu eingerichtet werden. So vermeiden Sie Betrugsfallen.", author="Gisela Hartung", body=body,
    comment="""Trap 3: sentences that open like boilerplate (software guide, de, WordPress).
"Klicken Sie anschließend auf „Weiter“, um die Banking-App zu installieren", "Teilen Sie Ihren Bildschirm mit dem Techniker nur...",
"Melden Sie sich im Zweifel sofort...", "Laden Sie die App..." are article text.
Boilerplate: breadcrumb, byline/date, Shariff share line, author box, related, Borlabs-like cookie box, footer."""))

# 12. news about affiliate links, es
main = """<nav class="migas">{{<a href="/">Portada</a> > <a href="/tecnologia/">Tecnología</a>}}</nav>
<article class="noticia">
<h1>Consumo investiga a doce webs de reseñas por ocultar sus enlaces de afiliado</h1>
<p class="entradilla">El ministerio pide a los portales que avisen de forma clara cuando cobran comisión por una compra.</p>
<div class="firma">{{Lucía Arrieta}} · {{Madrid, 2 dic 2026 - 12:40}}</div>
<div class="cuerpo">
""" + ps(
"[[El Ministerio de Consumo ha abierto expedientes a doce páginas web de reseñas]] por no advertir a sus lectores de que cobran una comisión cuando estos compran un producto recomendado. Según fuentes del departamento, las multas podrían alcanzar los 100.000 euros por portal.",
"[[Los enlaces de afiliado no son ilegales]], recuerda el ministerio, pero deben identificarse. La investigación se centra en webs de comparativas de electrodomésticos, colchones y aspiradoras que aparecían en los primeros puestos de los buscadores.",
"[[«Este artículo contiene enlaces de afiliado» debe leerse antes de la primera recomendación]], no al pie de la página, explicó la directora general de Consumo, Marta Ibarguren, en una rueda de prensa. «Si el lector ya ha hecho clic, el aviso llega tarde».",
"<h2>Las webs se defienden</h2>",
"La asociación que agrupa a los editores digitales sostiene que la mayoría de sus miembros ya incluye el aviso. [[«Recomendamos lo que probamos, con o sin comisión»]], afirmó su portavoz, Íñigo Salcedo, que pidió al ministerio una guía con ejemplos concretos.",
"[[Compra a través de nuestros enlaces y apoya nuestro trabajo]]: esa frase, habitual en muchos portales, es según el ministerio insuficiente si aparece en letra pequeña o en un color apenas visible sobre el fondo.",
"[[Las organizaciones de consumidores celebran la investigación.]] [[La OCU calcula que uno de cada tres rankings de productos incluye afiliación]] sin avisarlo claramente, según un análisis de 400 páginas publicado en verano.",
"No es la primera vez que Consumo se fija en las reseñas en internet. En 2025 el ministerio ya sancionó a tres tiendas por publicar opiniones falsas de clientes, y prepara ahora una guía conjunta con la Comisión Nacional de los Mercados y la Competencia sobre publicidad encubierta en redes sociales.",
"[[Los portales tienen diez días hábiles para presentar alegaciones.]] Después, el ministerio decidirá si impone sanciones o archiva los expedientes.",
) + """
</div>
<div class="compartir">{{Compartir en}} <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">Facebook</a></div>
<div class="boletin"><p>{{Recibe cada mañana las claves de la actualidad tecnológica.}}</p><button>{{Suscríbete gratis}}</button></div>
</article>"""
body = custom("La Crónica Digital", [("/espana/", "España"), ("/economia/", "Economía"), ("/tecnologia/", "Tecnología"), ("/cultura/", "Cultura")], main,
    footer="<p>{{© La Crónica Digital S.L. Todos los derechos reservados.}}</p>",
    aside='<aside class="lateral">' + related("{{Lo más leído}}", [("/tecnologia/estafa-bizum", "{{La nueva estafa de Bizum que llega por SMS}}"), ("/economia/ipc", "{{El IPC baja al 2,1 % en noviembre}}")]) + "</aside>\n",
    pre='<div class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p>{{Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, como cookies.}}</p></div><button mode="primary">{{ACEPTO}}</button><button mode="secondary">MÁS OPCIONES</button></div>\n')
PAGES.append(dict(name="es-custom-consumo-enlaces-afiliado", lang="es", site="La Crónica Digital",
    url="https://www.cronicadigital.example/tecnologia/consumo-investiga-webs-resenas-enlaces-afiliado",
    title="Consumo investiga a doce webs de reseñas por ocultar sus enlaces de afiliado",
    desc="El ministerio pide a los portales que avisen de forma clara cuando cobran comisión por una compra.", author="Lucía Arrieta", body=body,
    comment="""Trap 3: news report ABOUT affiliate links (es, custom CMS). Quoted disclosure wording
("Este artículo contiene enlaces de afiliado", "Compra a través de nuestros enlaces y apoya nuestro trabajo") is article text.
Boilerplate: breadcrumb, byline/date, share line, newsletter box, most-read, Quantcast-like dialog, footer."""))
