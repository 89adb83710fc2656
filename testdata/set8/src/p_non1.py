import json
from common import nav
KIND = "nonarticles"
PAGES = []

def head(lang, title, desc, url, ogtype="website", ld=None, extra=""):
    ldj = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n' if ld else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{desc}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="{ogtype}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="{url}">
{extra}{ldj}</head>
"""

# N1. product page, de
url = "https://www.bergwerk-outdoor.example/p/daunenjacke-kaltenberg-herren-12044"
desc = "Leichte Daunenjacke Kaltenberg für Herren mit 700-cuin-Daune, verstaubar in die eigene Brusttasche."
reviews = [("Thomas K.", "★★★★★", "Sehr warm für das Gewicht, passt in jede Rucksackecke. Größe fällt normal aus."),
           ("Anja R.", "★★★★☆", "Gute Jacke, die Kapuze könnte etwas enger anliegen. Farbe wie auf dem Bild."),
           ("Mehmet Y.", "★★★★★", "Seit zwei Wintern im Einsatz, noch keine Feder verloren."),
           ("Lukas P.", "★★★☆☆", "Für Skitouren zu warm, für die Stadt top. Reißverschluss etwas hakelig.")]
html = head("de", "Daunenjacke Kaltenberg Herren – 229,00 € | Bergwerk Outdoor", desc, url, "product",
    {"@context": "https://schema.org", "@type": "Product", "name": "Daunenjacke Kaltenberg Herren", "sku": "12044",
     "offers": {"@type": "Offer", "price": "229.00", "priceCurrency": "EUR", "availability": "https://schema.org/InStock"},
     "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.5", "reviewCount": "87"}},
    '<meta property="product:price:amount" content="229.00">\n<meta property="product:price:currency" content="EUR">\n') + f"""<body class="pdp">
<div class="usp-bar"><span>Kostenloser Versand ab 50 €</span> · <span>30 Tage Rückgabe</span> · <span>Klimaneutraler Versand</span></div>
<header class="shop-header"><a class="logo" href="/">Bergwerk Outdoor</a>
{nav([("/herren", "Herren"), ("/damen", "Damen"), ("/kinder", "Kinder"), ("/ausruestung", "Ausrüstung"), ("/sale", "Sale %")], "mega-nav", "nav-l1")}
<form class="search"><input type="search" placeholder="Suche nach Produkten, Marken …"></form>
<a class="cart" href="/warenkorb">Warenkorb (0)</a></header>
<main class="pdp-main">
<nav class="breadcrumb"><a href="/">Start</a> / <a href="/herren">Herren</a> / <a href="/herren/jacken">Jacken</a> / <a href="/herren/jacken/daunenjacken">Daunenjacken</a></nav>
<div class="pdp-grid">
<div class="pdp-gallery"><img src="/img/12044-1.jpg" alt="Daunenjacke Kaltenberg, Farbe Petrol"><img src="/img/12044-2.jpg" alt="Rückansicht"><img src="/img/12044-3.jpg" alt="Verstaut in der Brusttasche"></div>
<div class="pdp-buybox">
<p class="brand">Bergwerk</p>
<h1 class="product-name">Daunenjacke Kaltenberg Herren</h1>
<div class="rating">★★★★½ <a href="#reviews">87 Bewertungen</a></div>
<p class="price"><span class="price-now">229,00 €</span> <span class="price-vat">inkl. MwSt., zzgl. Versand</span></p>
<fieldset class="variant-color"><legend>Farbe: Petrol</legend><button>Petrol</button><button>Schwarz</button><button>Senfgelb</button></fieldset>
<fieldset class="variant-size"><legend>Größe</legend><button>S</button><button>M</button><button>L</button><button disabled>XL – ausverkauft</button><button>XXL</button></fieldset>
<a class="size-guide" href="#">Größentabelle</a>
<p class="stock">Auf Lager – Lieferung in 2–3 Werktagen</p>
<button class="add-to-cart">In den Warenkorb</button>
<button class="wishlist">♡ Auf den Merkzettel</button>
</div></div>
<section class="pdp-details"><h2>Produktbeschreibung</h2>
<p>Die Kaltenberg ist unsere leichteste Daunenjacke für kalte Tage am Berg und in der Stadt. Die Füllung aus 700-cuin-Entendaune stammt aus zertifizierter Haltung, das Außenmaterial aus recyceltem Nylon ist winddicht und leicht wasserabweisend. Die Jacke lässt sich in die eigene Brusttasche verstauen und wiegt in Größe M nur 340 Gramm. Zwei Handwärmertaschen mit Reißverschluss, elastische Bündchen und eine verstellbare Kapuze halten den Wind draußen.</p>
<ul class="facts"><li>Füllung: 90 % Daune, 10 % Federn</li><li>Gewicht: 340 g (Gr. M)</li><li>Pflege: Waschbar bei 30 °C</li><li>Artikelnummer: 12044</li></ul></section>
<section id="reviews" class="pdp-reviews"><h2>Kundenbewertungen (87)</h2>
""" + "\n".join(f'<div class="review"><p class="review-stars">{s}</p><p class="review-author">{a}</p><p class="review-text">{t}</p></div>' for a, s, t in reviews) + """
<a href="#">Alle Bewertungen anzeigen</a></section>
<section class="cross-sell"><h2>Passt dazu</h2><ul><li><a href="/p/12051">Fleecemütze Ahornboden – 29,95 €</a></li><li><a href="/p/12077">Handschuhe Grat – 39,95 €</a></li><li><a href="/p/12090">Rucksack Zinne 28 – 119,00 €</a></li></ul></section>
</main>
<footer class="shop-footer"><p>Hilfe &amp; Kontakt · Versand · Rückgabe · AGB · Datenschutz · Impressum</p><p>© 2026 Bergwerk Outdoor GmbH</p></footer>
</body>
</html>
"""
PAGES.append(dict(name="de-shop-produktseite-daunenjacke", url=url, html=html, comment="""NON-ARTICLE: a shop's product page (de): product name, price, colour/size variants, add-to-cart,
a 60-word description, fact list, four customer reviews, cross-sell. Must be refused ("no article found")."""))

# N2. category grid, en
url = "https://www.kettleandcrumb.example/collections/teapots"
prods = [("Hollin stoneware teapot, 1 l", "£34.00"), ("Glass infuser pot, 600 ml", "£22.50"), ("Cast-iron tetsubin, 800 ml", "£58.00"),
         ("Brown Betty, 6 cup", "£27.00"), ("Speckled enamel pot", "£19.99"), ("Porcelain gaiwan set", "£31.00"),
         ("Travel tea flask with strainer", "£24.00"), ("Double-walled glass pot", "£29.50"), ("Yixing clay pot, 200 ml", "£45.00"),
         ("Cosy-ready round pot, 4 cup", "£21.00"), ("Tea-for-one set, sage", "£18.50"), ("Cold-brew tea bottle", "£16.00"),
         ("Kyusu side-handle pot", "£39.00"), ("Stovetop kettle pot, 1.2 l", "£42.00")]
html = head("en-GB", "Teapots | Kettle & Crumb", "Shop stoneware, glass, cast-iron and clay teapots. Free UK delivery over £40.", url) + """<body class="template-collection">
<div class="announcement-bar">Free UK delivery on orders over £40</div>
<header class="site-header"><a class="header__logo" href="/">Kettle &amp; Crumb</a>
""" + nav([("/collections/tea", "Tea"), ("/collections/teapots", "Teapots"), ("/collections/cups", "Cups"), ("/collections/gifts", "Gifts"), ("/pages/about", "Our story")], "header__nav", "list-menu") + """
<a href="/cart" class="header__cart">Basket</a></header>
<main id="MainContent">
<div class="collection-hero"><h1 class="collection-hero__title">Teapots</h1><p class="collection-hero__description">Pots for every brew, from a quick mug’s worth to a Sunday pot.</p></div>
<div class="facets"><span>Filter:</span><button>Material</button><button>Capacity</button><button>Price</button><span>Sort by:</span><select><option>Best selling</option><option>Price, low to high</option><option>Price, high to low</option></select><span class="product-count">14 products</span></div>
<ul id="product-grid" class="grid product-grid">
""" + "\n".join(f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__media"><img src="/cdn/shop/products/tp{i}.jpg" alt=""></div><div class="card__content"><h3 class="card__heading"><a href="/products/tp-{i}">{n}</a></h3><div class="price"><span class="price-item price-item--regular">{p}</span></div><button class="quick-add__submit">Add to basket</button></div></div></li>' for i, (n, p) in enumerate(prods)) + """
</ul>
<nav class="pagination"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=2">Next</a></nav>
</main>
<footer class="footer"><div class="footer-block"><h2>Join the Kettle Club</h2><p>New teas and 10% off your first order.</p><input type="email"><button>Subscribe</button></div><p>© 2026 Kettle &amp; Crumb Ltd · Powered by Shopify</p></footer>
</body>
</html>
"""
PAGES.append(dict(name="en-shop-category-teapots", url=url, html=html, comment="""NON-ARTICLE: a shop category grid (en-GB, Shopify-like theme): 14 products with prices and
add-to-basket buttons, filters, sort, pagination. Must be refused."""))

# N3. news home page, en
url = "https://www.lakeshoreherald.example/"
teasers = [
 ("news", "City council delays vote on downtown parking rates", "Members want a study of weekend demand before the January hearing."),
 ("news", "Snow plows to run on new routes this winter", "The public works department redrew 40 routes after last year’s complaints."),
 ("news", "Harbor ferry adds an evening crossing", "The 8.30 p.m. boat will run Thursdays to Sundays from May."),
 ("news", "School board names interim superintendent", "Dr. Alma Reyes will serve until a national search ends in spring."),
 ("business", "Brewery on Pier Street to double its taproom", "Owners say the expansion will add 25 jobs."),
 ("business", "Grocery co-op reaches 5,000 members", "The store plans a second location on the east side."),
 ("business", "Mortgage rates dip for third straight week", "Local lenders report a rush of refinancing calls."),
 ("sports", "Lakers win sectional final in double overtime", "Senior guard Dev Patel scored 31 points."),
 ("sports", "Marathon route changes to avoid bridge repairs", "The course now loops twice through Riverside Park."),
 ("sports", "High school hockey season preview", "Six teams to watch as the puck drops on Friday."),
 ("opinion", "Editorial: The library deserves a real budget", "Branch hours have been cut three years running."),
 ("opinion", "Letters: Bike lanes, bus fares and a missing cat", "Readers respond to last week’s coverage."),
 ("life", "Ten holiday markets worth the drive", "From lantern fairs to a lakeside craft show."),
 ("life", "A baker’s guide to the perfect rye loaf", "Patience, a hot oven and a well-fed starter."),
 ("life", "New exhibit pairs old maps with drone photos", "The history museum show runs through March."),
 ("weather", "Lake-effect snow warning for northern suburbs", "Up to 20 centimetres possible by Thursday night."),
 ("obituaries", "Remembering Walt Hennessey, longtime harbor master", "He guided ships into port for 38 years."),
 ("news", "Water main break closes part of Elm Avenue", "Repairs are expected to last until Wednesday."),
 ("news", "County to test emergency sirens on Saturday", "The test will begin at noon and last three minutes."),
 ("business", "Downtown theater sold to nonprofit group", "The new owners promise films and live music."),
 ("sports", "Curling club opens doors to beginners", "Free sessions every Sunday in December."),
 ("life", "Where to see the winter solstice sunrise", "Five spots along the shore with a clear horizon."),
]
html = head("en-US", "Lakeshore Herald | Local news, sports and weather", "Local news, sports, business and weather for the Lakeshore region.", url,
    ld={"@context": "https://schema.org", "@type": "WebSite", "name": "Lakeshore Herald", "url": url}) + """<body class="home">
<div class="top-strip"><time>Thursday, December 3, 2026</time> · 2°C, light snow · <a href="/subscribe">Subscribe</a> · <a href="/login">Log in</a></div>
<header class="masthead"><a class="logo" href="/">Lakeshore Herald</a>
""" + nav([("/news", "News"), ("/business", "Business"), ("/sports", "Sports"), ("/opinion", "Opinion"), ("/life", "Life"), ("/obituaries", "Obituaries"), ("/weather", "Weather")], "site-nav", "site-nav__list") + """</header>
<main class="homepage">
<section class="breaking"><span>Breaking</span> <a href="/news/highway-closure">Highway 41 closed near Port Ridge after jackknifed truck</a></section>
<section class="lead-package"><article class="teaser teaser--lead"><a href="/news/harbor-dredging"><img src="/img/dredge.jpg" alt=""><h2>Harbor dredging finally approved after six-year wait</h2></a><p>Federal money will clear the channel for larger grain ships by 2028.</p></article></section>
<section class="river">
""" + "\n".join(f'<article class="teaser teaser--{s}"><span class="teaser__section">{s.title()}</span><h3><a href="/{s}/{i}">{t}</a></h3><p class="teaser__summary">{d}</p></article>' for i, (s, t, d) in enumerate(teasers)) + """
</section>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/news/parking">City council delays vote on downtown parking rates</a></li><li><a href="/weather/snow">Lake-effect snow warning</a></li><li><a href="/life/markets">Ten holiday markets</a></li></ol></aside>
<aside class="promo"><p>Get unlimited local news for $1 a week.</p><a href="/subscribe">Start now</a></aside>
</main>
<footer class="site-footer"><p>About us · Contact · Advertise · Careers · Terms · Privacy</p><p>© 2026 Lakeshore Herald Media</p></footer>
</body>
</html>
"""
PAGES.append(dict(name="en-news-home-page", url=url, html=html, comment="""NON-ARTICLE: a local news site's home page (en-US): a lead teaser and 22 teasers with one-line
summaries, breaking strip, most-read, subscription promo. No story text. Must be refused."""))

# N4. section front, es
url = "https://www.diariodelsur.example/deportes/"
ts = [("Fútbol", "El Recreativo ficha a un central uruguayo hasta 2028", "Llega libre tras rescindir con el Danubio."),
      ("Fútbol", "La Diputación renovará el césped del estadio municipal", "Las obras empezarán cuando acabe la liga."),
      ("Baloncesto", "El Ciudad de Huelva suma su quinta victoria seguida", "Gana en Jaén con 24 puntos de Mario Sosa."),
      ("Atletismo", "Récord de inscritos en la media maratón de enero", "Ya hay 4.200 corredores apuntados."),
      ("Remo", "El club de remo del Odiel estrena embarcación", "Un ocho con timonel comprado con ayuda municipal."),
      ("Tenis", "Lucía Mora, a cuartos en el ITF de Sevilla", "La onubense no ha cedido un set."),
      ("Fútbol sala", "El Smurfit cae en la prórroga ante el Jumilla", "Un gol en el último minuto deja al equipo sexto."),
      ("Balonmano", "El Lepe busca entrenador tras la dimisión de Rafa Gil", "La directiva quiere un relevo antes de Navidad."),
      ("Ciclismo", "La vuelta a la provincia tendrá cinco etapas", "La salida será en Aracena el 14 de febrero."),
      ("Golf", "Isla Canela acoge el circuito andaluz", "Más de 120 jugadores en el campo de la costa."),
      ("Fútbol", "El filial gana el derbi con un doblete de Nico", "Tres puntos que lo acercan a la zona alta."),
      ("Vela", "Regata de Navidad en Punta Umbría", "Se espera viento de poniente el domingo.")]
html = head("es", "Deportes | Diario del Sur", "Toda la actualidad deportiva de Huelva y provincia.", url) + """<body class="seccion deportes">
<header class="cabecera"><a class="logo" href="/">Diario del Sur</a>
""" + nav([("/huelva/", "Huelva"), ("/provincia/", "Provincia"), ("/deportes/", "Deportes"), ("/opinion/", "Opinión"), ("/cultura/", "Cultura")], "menu-principal", "menu") + """</header>
<main class="portada-seccion">
<h1 class="titulo-seccion">Deportes</h1>
<nav class="subsecciones"><a href="/deportes/futbol/">Fútbol</a> <a href="/deportes/baloncesto/">Baloncesto</a> <a href="/deportes/polideportivo/">Polideportivo</a></nav>
<div class="rejilla">
""" + "\n".join(f'<article class="pieza"><span class="antetitulo">{a}</span><h2><a href="/deportes/n{i}">{t}</a></h2><p class="sumario">{d}</p></article>' for i, (a, t, d) in enumerate(ts)) + """
</div>
<div class="paginacion"><a href="/deportes/?p=2">Más noticias de Deportes</a></div>
<aside class="clasificacion"><h2>Clasificación</h2><table><tr><td>1</td><td>Recreativo</td><td>34</td></tr><tr><td>2</td><td>Cartagena B</td><td>31</td></tr><tr><td>3</td><td>Xerez</td><td>29</td></tr></table></aside>
</main>
<footer class="pie"><p>© Diario del Sur · Aviso legal · Cookies · Contacto</p></footer>
</body>
</html>
"""
PAGES.append(dict(name="es-news-section-front-deportes", url=url, html=html, comment="""NON-ARTICLE: a news site's section front (es, sports): 12 teasers with kicker and one-line summary,
sub-section links, league table, pagination. Must be refused."""))

# N5. search results, fr
url = "https://www.lecourrierdulac.example/recherche?q=piste+cyclable"
rs = [("Annecy : la piste cyclable du Pâquier enfin reliée au centre", "12 nov. 2026", "… la nouvelle piste cyclable longe le canal du Vassé sur 800 mètres …"),
      ("Sevrier : les riverains contestent le tracé de la voie verte", "3 nov. 2026", "… une piste cyclable bidirectionnelle qui supprimerait 40 places …"),
      ("Vélo : le nombre de cyclistes a doublé sur la rive ouest", "21 oct. 2026", "… les compteurs installés sur la piste cyclable enregistrent …"),
      ("Talloires : la route du col fermée aux voitures le dimanche", "9 oct. 2026", "… à l’image de la piste cyclable de Menthon …"),
      ("Budget 2027 : 6 millions d’euros pour les mobilités douces", "30 sept. 2026", "… dont 2 millions pour la piste cyclable de Seynod …"),
      ("Cran-Gevrier : un carrefour jugé dangereux pour les vélos", "14 sept. 2026", "… la piste cyclable s’interrompt brutalement …"),
      ("Tour du lac à vélo : nos conseils pour une journée réussie", "2 juil. 2026", "… suivre la piste cyclable jusqu’à Doussard …"),
      ("Faverges : inauguration de la liaison vers Marlens", "18 juin 2026", "… une piste cyclable de 4 km sur l’ancienne voie ferrée …")]
html = head("fr", "Recherche : piste cyclable – Le Courrier du Lac", "Résultats de recherche pour « piste cyclable ».", url,
    extra='<meta name="robots" content="noindex, follow">\n') + """<body class="search-results">
<header class="entete"><a class="logo" href="/">Le Courrier du Lac</a>
""" + nav([("/annecy/", "Annecy"), ("/agglomeration/", "Agglomération"), ("/sports/", "Sports"), ("/sortir/", "Sortir")], "nav-principale", "nav") + """</header>
<main class="recherche">
<form class="search-form" role="search"><input type="search" name="q" value="piste cyclable"><button>Rechercher</button></form>
<h1>86 résultats pour « piste cyclable »</h1>
<div class="filtres"><span>Trier par :</span> <a href="?q=piste+cyclable&amp;tri=date" class="actif">Date</a> <a href="?q=piste+cyclable&amp;tri=pertinence">Pertinence</a> <span>Période :</span> <select><option>Toutes</option><option>Dernier mois</option><option>Dernière année</option></select></div>
<ol class="resultats">
""" + "\n".join(f'<li class="resultat"><h2><a href="/annecy/r{i}">{t}</a></h2><p class="date">{d}</p><p class="extrait">{e}</p></li>' for i, (t, d, e) in enumerate(rs)) + """
</ol>
<nav class="pagination"><span>Page 1 sur 11</span> <a href="?q=piste+cyclable&amp;page=2">Suivante ›</a></nav>
</main>
<footer class="pied"><p>© Le Courrier du Lac – Mentions légales – Nous contacter</p></footer>
</body>
</html>
"""
PAGES.append(dict(name="fr-news-search-results", url=url, html=html, comment="""NON-ARTICLE: a news site's search results page (fr): query form, result count, sort/filter,
8 results with date and snippet, pagination. Must be refused."""))
