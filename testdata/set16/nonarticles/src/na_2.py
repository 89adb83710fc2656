PAGES = []

# 4. Italian shop product page
PAGES.append(dict(
name="it-negozio-scheda-moka-induzione", lang="it-IT",
comment="""it: shop product page (PrestaShop-like) for a fictional induction moka pot.
Breadcrumb, gallery, price, "Aggiungi al carrello", a 100-word
description paragraph, a specs table, four customer reviews with stars,
"Potrebbe piacerti anche" strip. JSON-LD: Product with Offer,
AggregateRating and Review. Cookie banner. No article.""",
url="https://www.casaecaffe.example/caffettiere/1184-moka-ferro-6-tazze-induzione.html",
site="Casa &amp; Caffè",
doctitle="Moka Ferro 6 tazze per induzione, acciaio inox | Casa &amp; Caffè",
desc="Caffettiera moka in acciaio inox 18/10 da 6 tazze, adatta a tutti i piani cottura compreso l’induzione. Spedizione gratuita sopra i 49 €.",
ogtype="product",
meta=['property="product:price:amount" content="42.90"', 'property="product:price:currency" content="EUR"'],
css="/themes/classic/assets/css/theme.css",
bodyclass="product-id-1184 product-moka-ferro-6-tazze",
jsonld={"@context":"https://schema.org","@type":"Product","name":"Moka Ferro 6 tazze per induzione","sku":"MF-06-INOX","brand":{"@type":"Brand","name":"Ferro Casalinghi"},"image":"https://www.casaecaffe.example/1184-large/moka-ferro-6.jpg","offers":{"@type":"Offer","price":"42.90","priceCurrency":"EUR","availability":"https://schema.org/InStock"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.5","reviewCount":"4"},"review":[{"@type":"Review","author":{"@type":"Person","name":"Giulia R."},"reviewRating":{"@type":"Rating","ratingValue":"5"}}]},
header="""<header id="header"><div class="header-banner">Spedizione gratuita sopra i 49 € · Reso entro 30 giorni</div><div class="header-top"><a href="/" id="_desktop_logo">Casa &amp; Caffè</a><form class="search-widget" action="/ricerca"><input name="s" placeholder="Cerca nel negozio"></form><a href="/carrello" class="blockcart">Carrello (0)</a><a href="/account">Accedi</a></div>
<nav id="_desktop_top_menu"><ul class="top-menu"><li><a href="/3-caffettiere">Caffettiere</a></li><li><a href="/4-macinacaffe">Macinacaffè</a></li><li><a href="/5-tazze">Tazze e tazzine</a></li><li><a href="/6-caffe">Caffè in grani</a></li><li><a href="/7-offerte">Offerte</a></li></ul></nav></header>""",
main="""<section id="wrapper"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/3-caffettiere">Caffettiere</a></li><li>Moka Ferro 6 tazze per induzione</li></ol></nav>
<div id="main" class="product-container"><div class="images-container"><img src="/1184-large/moka-ferro-6.jpg" alt="Moka Ferro 6 tazze"><ul class="product-images"><li><img src="/1185-small/moka-ferro-6-aperta.jpg" alt=""></li><li><img src="/1186-small/moka-ferro-6-fondo.jpg" alt=""></li></ul></div>
<div class="product-info"><h1 class="h1">Moka Ferro 6 tazze per induzione</h1><div class="product-reviews-summary">★★★★½ <a href="#recensioni">4 recensioni</a></div>
<div class="product-prices"><span class="regular-price">49,90 €</span> <span class="current-price">42,90 €</span> <span class="discount">-14%</span><div class="tax-shipping-delivery-label">IVA inclusa</div></div>
<div class="product-add-to-cart"><label>Quantità</label><input type="number" value="1"><button class="btn btn-primary add-to-cart">Aggiungi al carrello</button></div>
<p class="product-availability">Disponibile · consegna in 2-3 giorni lavorativi</p>
<div class="product-description"><h2>Descrizione</h2><p>La Moka Ferro nasce per chi cucina su piastra a induzione ma non vuole rinunciare al caffè della caffettiera. Il corpo è in acciaio inox 18/10 spazzolato, il fondo ha uno strato ferromagnetico che si scalda in modo uniforme anche sulle zone più piccole del piano. La valvola di sicurezza è tarata in fabbrica e si pulisce facilmente, la guarnizione in silicone alimentare non trattiene odori. Il manico in bachelite resta freddo durante l’erogazione. Si lava a mano con acqua calda, senza detersivo, per non alterare il gusto. Prodotta a Omegna, in Piemonte. Un classico da tenere sul fornello ogni mattina.</p></div>
<div class="product-features"><h2>Scheda tecnica</h2><table class="data-sheet"><tr><th>Capacità</th><td>6 tazze (300 ml)</td></tr><tr><th>Materiale</th><td>Acciaio inox 18/10</td></tr><tr><th>Piani cottura</th><td>Gas, elettrico, vetroceramica, induzione</td></tr><tr><th>Altezza</th><td>22 cm</td></tr><tr><th>Peso</th><td>780 g</td></tr><tr><th>Lavastoviglie</th><td>No</td></tr><tr><th>Garanzia</th><td>2 anni</td></tr></table></div>
</div></div>
<section id="recensioni" class="product-comments"><h2>Recensioni dei clienti</h2>
<div class="comment"><div class="rating">★★★★★</div><strong>Finalmente sull’induzione</strong><p>Funziona anche sulla zona piccola del mio piano. Caffè corposo.</p><span class="author">Giulia R. – 14/11/2026</span></div>
<div class="comment"><div class="rating">★★★★★</div><strong>Solida</strong><p>Pesante il giusto, la guarnizione chiude bene.</p><span class="author">Marco T. – 02/11/2026</span></div>
<div class="comment"><div class="rating">★★★★☆</div><strong>Buona ma lenta</strong><p>I primi caffè sapevano di metallo, dopo tre o quattro usi tutto a posto.</p><span class="author">Anna B. – 21/10/2026</span></div>
<div class="comment"><div class="rating">★★★★☆</div><strong>Manico comodo</strong><p>Mi aspettavo un prezzo più basso, ma la qualità c’è.</p><span class="author">Pietro L. – 09/10/2026</span></div>
<a class="btn btn-secondary" href="#scrivi">Scrivi una recensione</a></section>
<section class="featured-products"><h2>Potrebbe piacerti anche</h2><ul><li><a href="/caffettiere/1190-moka-ferro-3-tazze.html">Moka Ferro 3 tazze</a> 34,90 €</li><li><a href="/accessori/2201-guarnizioni-ricambio.html">Guarnizioni di ricambio (3 pz.)</a> 6,50 €</li><li><a href="/caffe/3012-miscela-omegna-250g.html">Miscela Omegna 250 g</a> 8,90 €</li><li><a href="/tazze/4104-tazzine-gres-set-6.html">Tazzine in gres, set da 6</a> 24,00 €</li></ul></section>
</section>""",
footer="""<footer id="footer"><div class="links"><h4>Informazioni</h4><a href="/content/1-spedizioni">Spedizioni</a><a href="/content/2-resi">Resi e rimborsi</a><a href="/content/3-chi-siamo">Chi siamo</a><a href="/contatti">Contatti</a></div><div class="block-newsletter"><p>Iscriviti alla newsletter e ricevi il 10% di sconto sul primo ordine</p><input type="email" placeholder="La tua email"><button>Iscriviti</button></div><p class="copyright">© 2026 Casa &amp; Caffè S.r.l. – P.IVA 00000000000</p></footer>""",
consent="""<div id="lgcookieslaw_banner"><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti.</p><button>Accetta</button><button>Rifiuta</button><a href="/content/6-cookie">Personalizza</a></div>"""))

# 5. Polish shop category page, 15 teas
teas = [("Sencha Kagoshima","Zielona, Japonia, 50 g","34,90 zł"),("Gyokuro Yame","Zielona, Japonia, 50 g","69,00 zł"),("Darjeeling First Flush Giddapahar","Czarna, Indie, 50 g","48,50 zł"),("Assam Halmari","Czarna, Indie, 100 g","29,90 zł"),("Earl Grey z bergamotką kalabryjską","Czarna aromatyzowana, 100 g","24,90 zł"),("Pu-erh Shou 2018","Ciemna, Chiny, prasowana 100 g","56,00 zł"),("Tie Guan Yin","Oolong, Chiny, 50 g","39,90 zł"),("Da Hong Pao","Oolong, Chiny, 50 g","62,00 zł"),("Bai Mu Dan","Biała, Chiny, 50 g","31,50 zł"),("Matcha ceremonialna Uji","Zielona sproszkowana, 30 g","79,00 zł"),("Genmaicha","Zielona z ryżem, 100 g","22,90 zł"),("Rooibos z pomarańczą","Napar ziołowy, 100 g","18,90 zł"),("Lapsang Souchong","Czarna wędzona, 50 g","27,50 zł"),("Jaśminowa perła","Zielona, Chiny, 50 g","44,00 zł"),("Hojicha","Zielona prażona, 50 g","26,90 zł")]
items = "\n".join(f'<li class="product-card"><a href="/herbaty/{i+101}-{n.lower().replace(" ","-")}"><img src="/img/p/{i+101}.jpg" alt="{n}" loading="lazy"><h3 class="product-card__name">{n}</h3></a><p class="product-card__meta">{m}</p><p class="product-card__price">{p}</p><button class="product-card__add">Do koszyka</button></li>' for i,(n,m,p) in enumerate(teas))
PAGES.append(dict(
name="pl-sklep-kategoria-herbaty-liscie", lang="pl-PL",
comment="""pl: tea shop category page (Shoper-like). Breadcrumb, h1 "Herbaty liściaste",
a two-sentence category intro, filter sidebar (type, origin, price),
sort select, grid of 15 products with names, short meta, prices and
"Do koszyka", pager, SEO text of two short sentences at the bottom.
JSON-LD: CollectionPage with ItemList + BreadcrumbList. Cookie bar.
No article.""",
url="https://www.czajniczek.example/herbaty-lisciaste",
site="Czajniczek",
doctitle="Herbaty liściaste – sklep Czajniczek",
desc="Herbaty liściaste z Japonii, Chin i Indii: zielone, czarne, oolong, białe i pu-erh. Wysyłka w 24 godziny, darmowa dostawa od 150 zł.",
css="/libraries/skins/czajniczek/style.css?v=2026-11",
bodyclass="shop_product_list",
jsonld={"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","name":"Herbaty liściaste","url":"https://www.czajniczek.example/herbaty-lisciaste","mainEntity":{"@type":"ItemList","numberOfItems":15,"itemListElement":[{"@type":"ListItem","position":i+1,"name":n} for i,(n,_,__) in enumerate(teas)]}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Strona główna","item":"https://www.czajniczek.example/"},{"@type":"ListItem","position":2,"name":"Herbaty liściaste"}]}]},
header="""<header class="header"><div class="topbar">Darmowa dostawa od 150 zł · Wysyłka w 24 h</div><a class="logo" href="/">Czajniczek</a><form class="search" action="/szukaj"><input name="q" placeholder="Szukaj herbaty"></form><a class="account" href="/konto">Moje konto</a><a class="basket" href="/koszyk">Koszyk: 0,00 zł</a>
<nav class="menu"><ul><li><a href="/herbaty-lisciaste">Herbaty liściaste</a></li><li><a href="/herbaty-w-saszetkach">W saszetkach</a></li><li><a href="/akcesoria">Akcesoria</a></li><li><a href="/czajniki-i-dzbanki">Czajniki i dzbanki</a></li><li><a href="/zestawy-prezentowe">Zestawy prezentowe</a></li><li><a href="/promocje">Promocje</a></li></ul></nav></header>""",
main=f"""<div class="main-wrap"><nav class="breadcrumbs"><a href="/">Strona główna</a> › <span>Herbaty liściaste</span></nav>
<aside class="filters"><h2>Filtruj</h2><fieldset><legend>Rodzaj</legend><label><input type="checkbox"> Zielona</label><label><input type="checkbox"> Czarna</label><label><input type="checkbox"> Oolong</label><label><input type="checkbox"> Biała</label><label><input type="checkbox"> Pu-erh</label></fieldset><fieldset><legend>Pochodzenie</legend><label><input type="checkbox"> Japonia</label><label><input type="checkbox"> Chiny</label><label><input type="checkbox"> Indie</label></fieldset><fieldset><legend>Cena</legend><input type="range" min="10" max="100"></fieldset></aside>
<main class="products-list"><h1>Herbaty liściaste</h1><p class="category-intro">Parzymy każdą herbatę, zanim trafi do sklepu. Poniżej znajdziesz 15 z 64 gatunków.</p>
<div class="sort"><label>Sortuj: <select><option>Popularność</option><option>Cena rosnąco</option><option>Cena malejąco</option><option>Nowości</option></select></label> <span>Produktów: 64</span></div>
<ul class="products">
{items}
</ul>
<nav class="pagination"><span class="current">1</span><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=5">5</a><a href="?page=2" rel="next">Następna</a></nav>
<div class="category-seo"><p>Herbaty liściaste pakujemy w torebki z zamknięciem strunowym. Każda ma na etykiecie temperaturę i czas parzenia.</p></div></main></div>""",
footer="""<footer class="footer"><div><h4>Zakupy</h4><a href="/dostawa">Dostawa i płatność</a><a href="/zwroty">Zwroty</a><a href="/regulamin">Regulamin</a></div><div><h4>Czajniczek</h4><a href="/o-nas">O nas</a><a href="/herbaciarnia">Herbaciarnia w Toruniu</a><a href="/kontakt">Kontakt</a></div><p>© 2026 Czajniczek sp. z o.o., Toruń</p></footer>""",
consent="""<div class="cookie-bar">Ta strona korzysta z plików cookie, aby zapamiętać zawartość koszyka i mierzyć ruch. <button>Rozumiem</button> <a href="/polityka-prywatnosci">Polityka prywatności</a></div>"""))

# 6. Portuguese hotel home page
PAGES.append(dict(
name="pt-hotel-pagina-inicial-boas-vindas", lang="pt-PT",
comment="""pt-PT: a boutique hotel's home page (custom theme). Hero slider with a booking
bar (dates, guests, "Reservar"), a 90-word welcome text, four room-type
cards with prices "desde", restaurant and spa teasers, guest review
quote with score, location box, Instagram strip, newsletter. JSON-LD:
Hotel with address, starRating, priceRange, aggregateRating. Cookie
banner. No article.""",
url="https://www.casadoscaixeiros.example/",
site="Casa dos Caixeiros",
doctitle="Casa dos Caixeiros – Hotel boutique no centro histórico de Évora",
desc="Hotel boutique de 18 quartos numa casa do século XVIII, a cinco minutos do Templo Romano. Pequeno-almoço alentejano, piscina no pátio e estacionamento.",
css="/wp-content/themes/caixeiros/dist/main.css?v=3.2",
bodyclass="home page-template-front-page",
jsonld={"@context":"https://schema.org","@type":"Hotel","name":"Casa dos Caixeiros","url":"https://www.casadoscaixeiros.example/","telephone":"+351 266 000 418","starRating":{"@type":"Rating","ratingValue":"4"},"priceRange":"€€","address":{"@type":"PostalAddress","streetAddress":"Rua dos Mercadores 27","postalCode":"7000-539","addressLocality":"Évora","addressCountry":"PT"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"9.2","bestRating":"10","reviewCount":"1148"},"amenityFeature":[{"@type":"LocationFeatureSpecification","name":"Piscina exterior","value":True},{"@type":"LocationFeatureSpecification","name":"Estacionamento","value":True}]},
header="""<header class="site-header"><a class="logo" href="/">Casa dos Caixeiros</a><nav class="main-nav"><ul><li><a href="/quartos/">Quartos</a></li><li><a href="/restaurante/">Restaurante</a></li><li><a href="/spa/">Spa</a></li><li><a href="/evora/">Descobrir Évora</a></li><li><a href="/ofertas/">Ofertas</a></li><li><a href="/contactos/">Contactos</a></li></ul></nav><div class="lang-switch"><a href="/" class="active">PT</a><a href="/en/">EN</a><a href="/es/">ES</a><a href="/fr/">FR</a></div><a class="btn-book" href="https://reservas.casadoscaixeiros.example/">Reservar</a></header>""",
main="""<main id="main">
<section class="hero-slider"><div class="slide"><img src="/wp-content/uploads/2026/03/patio-piscina.jpg" alt="Pátio com piscina"><p class="slide-caption">Uma casa antiga, um pátio com sombra</p></div>
<form class="booking-bar" action="https://reservas.casadoscaixeiros.example/search"><label>Chegada <input type="date" name="in"></label><label>Partida <input type="date" name="out"></label><label>Hóspedes <select name="g"><option>2 adultos</option><option>1 adulto</option><option>2 adultos + 1 criança</option></select></label><button>Reservar</button><span class="best-rate">Melhor preço garantido no site oficial</span></form></section>
<section class="welcome"><h1>Bem-vindo à Casa dos Caixeiros</h1><p>No século XVIII, esta casa da Rua dos Mercadores guardava fazendas e especiarias dos comerciantes de Évora. Hoje tem dezoito quartos, cada um com o nome de um antigo ofício da cidade, tetos abobadados e janelas para o pátio ou para as muralhas. De manhã servimos pão da padaria ao lado, queijos de Serpa e doces conventuais; à tarde, a piscina do pátio fica à sombra da laranjeira. Estamos a cinco minutos a pé do Templo Romano e da Sé, e a nossa equipa conhece a cidade como poucos.</p></section>
<section class="rooms"><h2>Os nossos quartos</h2>
<div class="room-card"><img src="/wp-content/uploads/quarto-classico.jpg" alt=""><h3>Quarto Clássico</h3><p>18 m² · cama de casal · vista pátio</p><p class="price">desde 115 €/noite</p><a href="/quartos/classico/">Ver quarto</a></div>
<div class="room-card"><img src="/wp-content/uploads/quarto-superior.jpg" alt=""><h3>Quarto Superior</h3><p>24 m² · varanda · vista muralhas</p><p class="price">desde 145 €/noite</p><a href="/quartos/superior/">Ver quarto</a></div>
<div class="room-card"><img src="/wp-content/uploads/suite-abobada.jpg" alt=""><h3>Suite Abóbada</h3><p>38 m² · sala · banheira</p><p class="price">desde 210 €/noite</p><a href="/quartos/suite/">Ver quarto</a></div>
<div class="room-card"><img src="/wp-content/uploads/quarto-familia.jpg" alt=""><h3>Quarto Família</h3><p>32 m² · até 4 pessoas</p><p class="price">desde 180 €/noite</p><a href="/quartos/familia/">Ver quarto</a></div></section>
<section class="teasers"><div class="teaser"><h3>Restaurante O Balcão</h3><p>Cozinha alentejana de mercado, de terça a sábado ao jantar.</p><a href="/restaurante/">Ver menu</a></div><div class="teaser"><h3>Spa da Cisterna</h3><p>Banho turco e massagens na antiga cisterna da casa.</p><a href="/spa/">Marcar tratamento</a></div></section>
<section class="review-quote"><blockquote>“O pequeno-almoço no pátio vale a viagem.”</blockquote><p>Helena V., Lisboa · 9,2/10 em 1148 avaliações</p></section>
<section class="location"><h2>Onde estamos</h2><p>Rua dos Mercadores 27, 7000-539 Évora</p><p>Estacionamento privado a 150 m (12 €/dia)</p><a href="https://maps.example/?q=Casa+dos+Caixeiros">Abrir no mapa</a></section>
<section class="instagram"><h2>@casadoscaixeiros</h2><div class="ig-grid"><img src="/ig/1.jpg" alt=""><img src="/ig/2.jpg" alt=""><img src="/ig/3.jpg" alt=""><img src="/ig/4.jpg" alt=""></div></section>
<section class="newsletter"><h2>Ofertas só para subscritores</h2><form><input type="email" placeholder="O seu e-mail"><button>Subscrever</button></form></section>
</main>""",
footer="""<footer class="site-footer"><p>Casa dos Caixeiros · Rua dos Mercadores 27 · Évora · +351 266 000 418 · reservas@casadoscaixeiros.example</p><p>RNET 0000 · <a href="/privacidade/">Política de privacidade</a> · <a href="/livro-de-reclamacoes/">Livro de Reclamações</a></p><p>© 2026 Casa dos Caixeiros, Lda.</p></footer>""",
consent="""<div class="cmplz-cookiebanner"><p>Utilizamos cookies para otimizar o nosso site e o nosso serviço.</p><button class="cmplz-accept">Aceitar</button><button class="cmplz-deny">Negar</button><button class="cmplz-view-preferences">Ver preferências</button></div>"""))
