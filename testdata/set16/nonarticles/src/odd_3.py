PAGES = []

def tile(name, price, href):
    return f'<div class="product-tile"><a href="{href}"><img src="/media/catalog/{href.split("/")[-1]}.jpg" alt=""><span class="product-tile__name">{name}</span></a><span class="product-tile__price">{price}</span><button class="product-tile__cart">Do koszyka</button></div>'

# 6. Polish shop buying guide: hiking boots
PAGES.append(dict(
name="pl-sklep-poradnik-jak-wybrac-buty-trekkingowe", lang="pl-PL",
comment="""pl: an outdoor shop's buying guide (Magento-like "Poradnik"): h1, no date,
no author, about 400 words in five sections (du/ty register); rows of
three product tiles with prices and "Do koszyka" between sections;
"Sprawdź całą kategorię" buttons; newsletter with a discount code;
free-shipping bar; footer. No JSON-LD. No consent banner. Product
tiles and buttons are mustnot, guide text must.""",
url="https://www.szlakowy.example/poradnik/jak-wybrac-buty-trekkingowe",
title="Jak wybrać buty trekkingowe? Poradnik na każdy szlak",
site="Szlakowy.pl",
doctitle="Jak wybrać buty trekkingowe? Poradnik na każdy szlak | Szlakowy.pl",
desc="Cholewka, podeszwa, membrana i rozmiar: na co zwrócić uwagę przy wyborze butów w góry.",
ogtype="article",
css="/static/frontend/Szlakowy/default/pl_PL/css/styles-m.css",
bodyclass="cms-page-view cms-poradnik-jak-wybrac-buty-trekkingowe",
header="""<div class="panel header"><p class="promo-bar">Darmowa dostawa od 199 zł · 60 dni na zwrot</p></div>
<header class="page-header"><a class="logo" href="/">Szlakowy.pl</a><div class="block-search"><input placeholder="Czego szukasz?"></div><a class="minicart" href="/checkout/cart/">Koszyk</a>
<nav class="navigation"><ul><li><a href="/buty">Buty</a></li><li><a href="/odziez">Odzież</a></li><li><a href="/plecaki">Plecaki</a></li><li><a href="/namioty">Namioty</a></li><li><a href="/wyprzedaz">Wyprzedaż</a></li><li><a href="/poradnik">Poradnik</a></li></ul></nav></header>""",
main=f"""<main id="maincontent" class="page-main">
<nav class="breadcrumbs"><a href="/">Strona główna</a> / <a href="/poradnik">Poradnik</a> / Buty trekkingowe</nav>
<div class="cms-content">
<h1>Jak wybrać buty trekkingowe? Poradnik na każdy szlak</h1>
<p>[[Dobre buty to połowa udanej wycieczki w góry.]] Źle dobrane potrafią zepsuć nawet najpiękniejszy szlak: obcierają, przemakają albo nie trzymają kostki na kamienistym zejściu. Zanim wybierzesz model, odpowiedz sobie na trzy pytania: dokąd chodzisz, kiedy i z jakim plecakiem. Ten poradnik pomoże ci przejść przez najważniejsze decyzje krok po kroku.</p>
<h2>Wysoka czy niska cholewka?</h2>
<p>Buty niskie, tzw. podejściowe, sprawdzą się na dobrze utrzymanych szlakach w Beskidach czy Sudetach, zwłaszcza latem. Są lekkie i szybko schną. [[Jeśli nosisz ciężki plecak albo chodzisz po piargach]], wybierz cholewkę za kostkę: lepiej stabilizuje staw i chroni przed kamieniami. W Tatrach Wysokich to rozsądne minimum.</p>
<div class="product-row">{tile("Buty Granit Mid GTX damskie","589,00 zł","/buty/granit-mid-gtx-damskie")}{tile("Buty Halny Low męskie","419,00 zł","/buty/halny-low-meskie")}{tile("Buty Rysy Pro Mid","749,00 zł","/buty/rysy-pro-mid")}</div>
<a class="action secondary" href="/buty/trekkingowe">{{{{Sprawdź całą kategorię butów trekkingowych}}}}</a>
<h2>Podeszwa, czyli przyczepność i sztywność</h2>
<p>[[Głęboki, rozstawiony bieżnik lepiej oczyszcza się z błota]], a twardsza guma dłużej wytrzymuje na skałach. Zwróć też uwagę na sztywność: miękka podeszwa jest wygodna na leśnej ścieżce, ale na długim zejściu z kamieni stopa szybko się męczy. Sprawdź, czy but zgina się tylko w okolicy palców, a nie w połowie długości.</p>
<h2>Membrana: kiedy warto?</h2>
<p>Membrana chroni przed wodą z zewnątrz, ale gorzej odprowadza pot. [[Na jesień, wiosnę i mokre szlaki membrana się opłaca.]] Jeśli chodzisz głównie latem, w upale, lepsze mogą być buty bez niej, z siateczką, które po ulewie wyschną w kilka godzin. Pamiętaj też, że membrana działa dobrze tylko wtedy, gdy regularnie impregnujesz cholewkę: przemoczony zamsz przestaje oddychać, nawet jeśli woda nie dostaje się do środka.</p>
<div class="product-row">{tile("Buty Pieniny Air bez membrany","379,00 zł","/buty/pieniny-air")}{tile("Impregnat do butów 250 ml","39,90 zł","/akcesoria/impregnat-250")}{tile("Skarpety trekkingowe merino","64,00 zł","/odziez/skarpety-merino")}</div>
<h2>A co z zimą?</h2>
<p>Na zimowe wyjścia potrzebujesz butów z ociepleniem i twardą podeszwą, do której da się przypiąć raczki albo raki koszykowe. Zwykłe buty z membraną wystarczą na przetarte szlaki w dolinach, ale [[na graniach i stromych podejściach lepiej postawić na model kategorii B]], przystosowany do raków półautomatycznych.</p>
<h2>Rozmiar i przymierzanie</h2>
<p>[[Przymierzaj buty po południu, kiedy stopy są lekko spuchnięte]], i zawsze w skarpetach, w których będziesz chodzić. Między palcami a czubkiem buta powinno zostać około centymetra luzu, inaczej na zejściu zaczną boleć paznokcie. Pięta nie może się unosić przy chodzeniu po schodach.</p>
<h2>Zanim wyjdziesz na pierwszy szlak</h2>
<p>[[Nowe buty rozchodź najpierw w mieście i na krótkich spacerach.]] Zaimpregnuj je przed pierwszym deszczem, a po każdej wycieczce wyjmij wkładki i susz z dala od kaloryfera. Dobrze traktowane buty trekkingowe posłużą ci przez kilka sezonów.</p>
</div>
<section class="newsletter"><h2>Zapisz się do newslettera</h2><p>{{{{Odbierz 10% rabatu na pierwsze zakupy z kodem SZLAK10.}}}}</p><form><input type="email" placeholder="Twój e-mail"><button>Zapisuję się</button></form></section>
</main>""",
footer="""<footer class="page-footer"><div><h4>Obsługa klienta</h4><a href="/dostawa">Dostawa</a><a href="/zwroty">{{Zwroty i reklamacje}}</a><a href="/kontakt">Kontakt</a></div><div><h4>Sklepy stacjonarne</h4><a href="/sklepy">Kraków, Zakopane, Wrocław</a></div><p>© 2026 Szlakowy.pl sp. z o.o.</p></footer>"""))

# 7. Dutch municipality news item about road works (150 words)
PAGES.append(dict(
name="nl-gemeente-nieuws-wegwerkzaamheden-brug", lang="nl-NL",
comment="""nl: a municipality's news item (about 150 words) on road works: breadcrumb,
h1, date, four short paragraphs, a diversion list, "Meer informatie"
line, "Deel dit bericht" links, "Ander nieuws" list, the municipal
footer with opening hours and 14 0xxx number. No JSON-LD. Cookie
notice. Footer, share links, related are mustnot.""",
url="https://www.gemeente-lingehoven.example/nieuws/brug-over-het-kanaal-drie-weken-dicht",
title="Brug over het Pannerdensch Kanaal drie weken dicht voor onderhoud",
site="Gemeente Lingehoven",
doctitle="Brug over het Pannerdensch Kanaal drie weken dicht voor onderhoud | Gemeente Lingehoven",
desc="Van 12 januari tot en met 1 februari is de Kanaalbrug afgesloten voor alle verkeer. Fietsers en voetgangers kunnen met een pendelbus mee.",
ogtype="article",
css="/static/css/gemeente.min.css",
bodyclass="nieuwsbericht",
header="""<a class="skiplink" href="#main">Direct naar inhoud</a><header class="header"><a class="logo" href="/">Gemeente Lingehoven</a><form class="zoek" action="/zoeken"><input name="q" placeholder="Waar bent u naar op zoek?"><button>Zoeken</button></form>
<nav class="hoofdmenu"><a href="/afval">Afval</a><a href="/paspoort-en-id-kaart">Paspoort en ID-kaart</a><a href="/verhuizen">Verhuizen</a><a href="/parkeren">Parkeren</a><a href="/melding-openbare-ruimte">Melding openbare ruimte</a><a href="/nieuws">Nieuws</a></nav><a class="inloggen" href="/mijn-gemeente">Mijn Lingehoven</a></header>""",
main="""<main id="main">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/nieuws">Nieuws</a> › Brug over het Pannerdensch Kanaal</nav>
<article class="nieuws">
<h1>Brug over het Pannerdensch Kanaal drie weken dicht voor onderhoud</h1>
<p class="datum">{{Gepubliceerd op 3 december 2026}}</p>
<p>[[Van maandag 12 januari tot en met zondag 1 februari]] is de Kanaalbrug tussen Hulhuizen en Doornenburg dicht voor alle verkeer. [[De provincie vervangt de voegovergangen en het asfalt]] op het brugdek.</p>
<p>[[Automobilisten rijden om via de brug bij Loo]]. Dat kost ongeveer twaalf minuten extra. Vrachtverkeer naar het bedrijventerrein wordt met gele borden omgeleid.</p>
<p>[[Fietsers en voetgangers kunnen gratis met een pendelbus mee]]. Die rijdt elke vijftien minuten tussen de haltes aan beide kanten van de brug, van 6.00 tot 23.00 uur. Fietsen mogen mee.</p>
<p>[[Buslijn 16 rijdt in deze periode een andere route]] en stopt niet bij de halte Kanaalweg. Scholieren van het Lingecollege krijgen een brief met de reistijden.</p>
<p>De werkzaamheden gaan ook bij vorst door, tenzij het langer dan twee dagen onder min vijf graden is. Omwonenden kunnen ’s nachts het geluid van de freesmachines horen.</p>
<p>Meer informatie staat op de website van de provincie.</p>
<div class="delen">{{Deel dit bericht:}} <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
</article>
<section class="ander-nieuws"><h2>Ander nieuws</h2><ul><li><a href="/nieuws/kerstbomen-inzamelen">{{Kerstbomen inzamelen op 10 januari}}</a></li><li><a href="/nieuws/subsidie-isolatie">Nieuwe ronde isolatiesubsidie</a></li></ul></section>
</main>""",
footer="""<footer class="footer"><div><h2>Contact</h2><p>{{Bel 14 0481, maandag tot en met vrijdag van 8.30 tot 17.00 uur}}</p><p>Raadhuisplein 1, Bemmel-West</p></div><nav><a href="/privacy">Privacy</a><a href="/toegankelijkheid">Toegankelijkheid</a><a href="/proclaimer">Proclaimer</a></nav></footer>""",
consent="""<div class="cookiemelding"><p>Deze website gebruikt alleen functionele en analytische cookies.</p><button>Sluiten</button></div>"""))
