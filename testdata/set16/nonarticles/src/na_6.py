PAGES = []

# 16. Polish app download landing page
PAGES.append(dict(
name="pl-aplikacja-pobierz-bilety-komunikacja", lang="pl-PL",
comment="""pl: a transit-ticket app's download landing page: hero with App Store /
Google Play badges and QR code, rating line, "Jak to działa" three
steps, four short feature tiles, supported cities list, phone
screenshots with captions, FAQ of three items. JSON-LD:
MobileApplication with aggregateRating and offers 0 PLN. Cookie bar.
No article.""",
url="https://www.jedziesz.example/pobierz",
site="Jedziesz",
doctitle="Pobierz aplikację Jedziesz – bilety komunikacji miejskiej w telefonie",
desc="Kupuj bilety na tramwaj, autobus i pociąg aglomeracyjny w 38 miastach. Pobierz Jedziesz za darmo z App Store lub Google Play.",
css="/assets/landing.9a1f.css",
bodyclass="landing-download",
jsonld={"@context":"https://schema.org","@type":"MobileApplication","name":"Jedziesz","operatingSystem":"iOS 15+, Android 9+","applicationCategory":"TravelApplication","offers":{"@type":"Offer","price":"0","priceCurrency":"PLN"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","ratingCount":"126400"},"downloadUrl":["https://apps.apple.example/pl/app/jedziesz/id0000000000","https://play.google.example/store/apps/details?id=pl.jedziesz.app"]},
header="""<header class="nav"><a class="nav__logo" href="/">Jedziesz</a><nav><a href="/miasta">Miasta</a><a href="/dla-firm">Dla firm</a><a href="/pomoc">Pomoc</a><a href="/blog">Blog</a></nav><a class="nav__cta" href="/pobierz">Pobierz</a></header>""",
main="""<main>
<section class="hero"><h1>Bilet kupisz, zanim podjedzie tramwaj</h1><p>Jedna aplikacja, 38 miast, płatność BLIK-iem albo kartą.</p>
<div class="badges"><a href="https://apps.apple.example/pl/app/jedziesz/id0000000000"><img src="/img/app-store-pl.svg" alt="Pobierz z App Store"></a><a href="https://play.google.example/store/apps/details?id=pl.jedziesz.app"><img src="/img/google-play-pl.svg" alt="Pobierz z Google Play"></a></div>
<div class="qr"><img src="/img/qr-pobierz.png" alt="Kod QR"><span>Zeskanuj telefonem</span></div><p class="rating">★ 4,8 · ponad 126 tys. ocen</p></section>
<section class="steps"><h2>Jak to działa</h2><ol><li><strong>Pobierz i załóż konto</strong> – wystarczy numer telefonu.</li><li><strong>Wybierz miasto i bilet</strong> – jednorazowy, czasowy lub miesięczny.</li><li><strong>Pokaż kod kontrolerowi</strong> – bilet działa także bez internetu.</li></ol></section>
<section class="features"><div class="tile"><h3>Bilet na cały przejazd</h3><p>Przesiadasz się z pociągu do autobusu? Kupisz jeden bilet.</p></div><div class="tile"><h3>Ulgi w aplikacji</h3><p>Dodaj legitymację i kupuj bilety ulgowe.</p></div><div class="tile"><h3>Przypomnienie o końcu biletu</h3><p>Powiadomimy cię 5 minut przed końcem ważności.</p></div><div class="tile"><h3>Faktury dla firm</h3><p>Jedno kliknięcie i faktura trafia do księgowości.</p></div></section>
<section class="cities"><h2>Gdzie działa Jedziesz</h2><ul><li>Warszawa</li><li>Kraków</li><li>Wrocław</li><li>Poznań</li><li>Gdańsk, Gdynia, Sopot</li><li>Łódź</li><li>Lublin</li><li>Białystok</li><li>Rzeszów</li><li>Szczecin</li><li>i 28 innych miast</li></ul><a href="/miasta">Pełna lista miast</a></section>
<section class="screens"><figure><img src="/img/screen-1.png" alt=""><figcaption>Wybór biletu</figcaption></figure><figure><img src="/img/screen-2.png" alt=""><figcaption>Bilet z kodem QR</figcaption></figure><figure><img src="/img/screen-3.png" alt=""><figcaption>Historia zakupów</figcaption></figure></section>
<section class="faq"><h2>Pytania</h2><details><summary>Czy aplikacja jest darmowa?</summary><p>Tak, płacisz tylko za bilety, bez prowizji.</p></details><details><summary>Co jeśli rozładuje mi się telefon?</summary><p>Podaj kontrolerowi numer telefonu, bilet sprawdzimy w systemie.</p></details><details><summary>Czy mogę kupić bilet dla kogoś?</summary><p>Tak, do pięciu biletów na jedno konto naraz.</p></details></section>
<section class="final-cta"><h2>Pobierz Jedziesz za darmo</h2><a href="https://apps.apple.example/pl/app/jedziesz/id0000000000">App Store</a><a href="https://play.google.example/store/apps/details?id=pl.jedziesz.app">Google Play</a><a href="https://appgallery.example/app/jedziesz">AppGallery</a></section>
</main>""",
footer="""<footer class="footer"><p>© 2026 Jedziesz sp. z o.o. · ul. Piotrkowska 120, 90-006 Łódź</p><nav><a href="/regulamin">Regulamin</a><a href="/prywatnosc">Polityka prywatności</a><a href="/kontakt">Kontakt</a><a href="/kariera">Kariera</a></nav></footer>""",
consent="""<div class="cookies">Używamy cookies do analizy ruchu i dopasowania reklam aplikacji. <a href="/prywatnosc#cookies">Szczegóły</a> <button>Akceptuję</button> <button>Tylko niezbędne</button></div>"""))

# 17. Czech event ticket page
PAGES.append(dict(
name="cs-festival-vstupenky-program", lang="cs-CZ",
comment="""cs: a folk-music festival's ticket page: dates and venue, one-line claim,
day-by-day programme (two days, times and acts), price table (early,
regular, at the gate; one-day, weekend, children, camping), "Koupit
vstupenky" buttons (GoOut-like embed), practical info bullets,
partners logos. JSON-LD: MusicEvent with offers and performers. Cookie
bar. No article.""",
url="https://www.festival-podhradi.example/vstupenky",
site="Festival Podhradí",
doctitle="Vstupenky a program – Festival Podhradí 2027",
desc="Festival Podhradí 2027, 16.–17. července pod hradem Bouzov. Program obou dnů, ceny vstupenek a praktické informace.",
css="/static/festival.css?2027",
bodyclass="page-tickets",
jsonld={"@context":"https://schema.org","@type":"MusicEvent","name":"Festival Podhradí 2027","startDate":"2027-07-16T14:00:00+02:00","endDate":"2027-07-17T23:59:00+02:00","eventStatus":"https://schema.org/EventScheduled","location":{"@type":"Place","name":"Louka pod hradem Bouzov","address":{"@type":"PostalAddress","addressLocality":"Bouzov","addressCountry":"CZ"}},"performer":[{"@type":"MusicGroup","name":n} for n in ["Modrá Stopa","Kapela Vrbí","Hana Pelikánová & trio","Dechovka Zelená Hora"]],"offers":[{"@type":"Offer","name":"Permanentka","price":"1190","priceCurrency":"CZK","url":"https://www.festival-podhradi.example/vstupenky"},{"@type":"Offer","name":"Jednodenní","price":"690","priceCurrency":"CZK"}]},
header="""<header class="top"><a class="logo" href="/">Festival Podhradí</a><nav><a href="/program">Program</a><a class="active" href="/vstupenky">Vstupenky</a><a href="/info">Info</a><a href="/kemp">Kemp</a><a href="/dobrovolnici">Dobrovolníci</a><a href="/en/tickets">EN</a></nav><a class="btn" href="#koupit">Koupit vstupenky</a></header>""",
main="""<main>
<section class="hero"><h1>Festival Podhradí 2027</h1><p class="when">16.–17. července 2027 · louka pod hradem Bouzov</p><p>Dva dny folku, bluegrassu a dechovky pod hradbami.</p><a class="btn" href="#koupit">Koupit vstupenky</a></section>
<section class="program"><h2>Program</h2>
<h3>Pátek 16. 7.</h3><table><tr><td>14:00</td><td>Otevření areálu</td></tr><tr><td>16:00</td><td>Dechovka Zelená Hora</td></tr><tr><td>18:00</td><td>Kapela Vrbí</td></tr><tr><td>20:30</td><td>Hana Pelikánová &amp; trio</td></tr><tr><td>22:30</td><td>Noční jam u ohně</td></tr></table>
<h3>Sobota 17. 7.</h3><table><tr><td>11:00</td><td>Dětské odpoledne s loutkami</td></tr><tr><td>14:00</td><td>Banjo workshop</td></tr><tr><td>17:00</td><td>Sešlost</td></tr><tr><td>19:30</td><td>Modrá Stopa</td></tr><tr><td>22:00</td><td>Ohňostroj nad hradem</td></tr></table><p class="note">Program se může změnit.</p></section>
<section id="koupit" class="prices"><h2>Vstupenky</h2><table><thead><tr><th></th><th>Do 31. 3.</th><th>Od 1. 4.</th><th>Na místě</th></tr></thead><tbody><tr><th>Permanentka (oba dny)</th><td>990 Kč</td><td>1 190 Kč</td><td>1 390 Kč</td></tr><tr><th>Jednodenní</th><td>590 Kč</td><td>690 Kč</td><td>790 Kč</td></tr><tr><th>Děti 6–15 let</th><td>290 Kč</td><td>290 Kč</td><td>350 Kč</td></tr><tr><th>Děti do 6 let</th><td colspan="3">zdarma</td></tr><tr><th>Stan v kempu</th><td colspan="3">200 Kč</td></tr><tr><th>Parkování auta</th><td colspan="3">150 Kč / den</td></tr></tbody></table>
<a class="btn" href="https://goout.example/cs/festival-podhradi-2027/">Koupit permanentku</a><a class="btn btn-outline" href="https://goout.example/cs/festival-podhradi-2027/?typ=den">Koupit jednodenní</a><p class="small">Vstupenky jsou nepřenosné jen pro děti. Vstupné se nevrací, kromě zrušení festivalu.</p></section>
<section class="info"><h2>Praktické informace</h2><ul><li>Areál je bezbariérový, kemp je 300 m od pódia.</li><li>Psi jsou vítáni na vodítku.</li><li>V areálu platíte kartou i hotově.</li><li>Z Litovle jezdí festivalový autobus každou hodinu.</li></ul></section>
<section class="partners"><h2>Partneři</h2><ul><li>Olomoucký kraj</li><li>Obec Bouzov</li><li>Pivovar Litovel</li><li>Radio Haná</li></ul></section>
</main>""",
footer="""<footer><p>Pořádá spolek Podhradí, z. s. · IČ 00000000 · info@festival-podhradi.example</p><p><a href="/obchodni-podminky">Obchodní podmínky</a> · <a href="/gdpr">Ochrana osobních údajů</a> · <a href="https://instagram.example/festivalpodhradi">Instagram</a></p></footer>""",
consent="""<div class="cookiebar">Tento web používá soubory cookie k analýze návštěvnosti. <button>Přijmout vše</button> <button>Odmítnout</button></div>"""))

# 18. Swedish company press page with 10 releases
rels = [("2026-12-01","Nordvind Energi tecknar avtal om 40 vindkraftverk i Västernorrland","Avtalet omfattar service i femton år och skapar ett trettiotal jobb i Sollefteå."),
("2026-11-19","Delårsrapport januari–september 2026","Omsättningen ökade med 12 procent och rörelseresultatet blev 318 miljoner kronor."),
("2026-11-04","Nordvind Energi utser ny ekonomidirektör","Sara Lindqvist tillträder den 1 februari och kommer närmast från ett börsnoterat fastighetsbolag."),
("2026-10-22","Nytt serviceflygplan för inspektion av rotorblad","Drönare och flygplan ska halvera tiden för höstens inspektioner."),
("2026-09-30","Nordvind Energi öppnar utbildningscenter i Östersund","Centret ska utbilda 120 vindkrafttekniker per år tillsammans med yrkeshögskolan."),
("2026-08-21","Halvårsrapport januari–juni 2026","Stark produktion under en blåsig vår men lägre elpriser i elområde 2."),
("2026-07-03","Kommunen säger ja till vindparken Storberget","Kommunfullmäktige i Ånge tillstyrkte ansökan med 31 röster mot 18."),
("2026-06-12","Nordvind Energi och samebyn tecknar samverkansavtal","Avtalet reglerar byggtider under kalvningen och ersättning för renbete."),
("2026-05-15","Årsstämma i Nordvind Energi AB","Stämman beslutade om utdelning på 2,40 kronor per aktie."),
("2026-04-24","Delårsrapport januari–mars 2026","Rekordhög produktion under första kvartalet tack vare nya turbiner i Jämtland.")]
lis = "\n".join(f'<li class="release"><time datetime="{d}">{d}</time><a class="release__title" href="/press/pressmeddelanden/{d.replace("-","")}-{i}">{t}</a><p class="release__summary">{s}</p></li>' for i,(d,t,s) in enumerate(rels))
PAGES.append(dict(
name="sv-foretag-pressrum-pressmeddelanden", lang="sv-SE",
comment="""sv: an energy company's press room: intro line, press contacts with phone
numbers, filter tabs (Alla, Pressmeddelanden, Regulatoriska, Rapporter),
10 press releases with dates, linked titles and one-line summaries,
pager, image bank and "Prenumerera" box. JSON-LD: CollectionPage +
Organization. Cookie banner. No article.""",
url="https://www.nordvindenergi.example/press",
site="Nordvind Energi",
doctitle="Press – Nordvind Energi",
desc="Pressmeddelanden, rapporter, bilder och presskontakter för Nordvind Energi AB.",
css="/dist/css/main.7ab21.css",
bodyclass="page-press",
jsonld={"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","name":"Pressmeddelanden","url":"https://www.nordvindenergi.example/press"},{"@type":"Organization","name":"Nordvind Energi AB","url":"https://www.nordvindenergi.example/","address":{"@type":"PostalAddress","addressLocality":"Sundsvall","addressCountry":"SE"}}]},
header="""<header class="header"><a class="header__logo" href="/">Nordvind Energi</a><nav class="header__nav"><a href="/verksamhet">Verksamhet</a><a href="/hallbarhet">Hållbarhet</a><a href="/investerare">Investerare</a><a class="active" href="/press">Press</a><a href="/karriar">Karriär</a><a href="/kontakt">Kontakt</a></nav><a class="header__lang" href="/en/press">English</a></header>""",
main=f"""<main class="press">
<h1>Press</h1><p class="press__intro">Här hittar du våra pressmeddelanden, rapporter och pressbilder.</p>
<aside class="press__contacts"><h2>Presskontakter</h2><p>Johan Ekstedt, kommunikationschef<br>070-000 12 40<br>johan.ekstedt@nordvindenergi.example</p><p>Presstjänst, vardagar 8–17<br>060-000 05 00<br>press@nordvindenergi.example</p></aside>
<nav class="press__tabs"><a class="active" href="/press">Alla</a><a href="/press?typ=pressmeddelanden">Pressmeddelanden</a><a href="/press?typ=regulatoriska">Regulatoriska</a><a href="/press?typ=rapporter">Rapporter</a></nav>
<ul class="press__list">
{lis}
</ul>
<nav class="pager"><span>1</span><a href="/press?sida=2">2</a><a href="/press?sida=3">3</a><a href="/press?sida=2">Nästa</a></nav>
<section class="press__media"><h2>Bildbank</h2><p>Pressbilder och logotyper i högupplöst format.</p><a href="/press/bildbank">Till bildbanken</a></section>
<section class="press__subscribe"><h2>Prenumerera</h2><form><input type="email" placeholder="Din e-postadress"><label><input type="checkbox" checked> Pressmeddelanden</label><label><input type="checkbox"> Rapporter</label><button>Prenumerera</button></form></section>
</main>""",
footer="""<footer class="footer"><p>Nordvind Energi AB (publ) · Org.nr 556000-0000 · Storgatan 14, 852 30 Sundsvall</p><nav><a href="/integritet">Integritetspolicy</a><a href="/cookies">Cookies</a><a href="/visselblasning">Visselblåsning</a></nav></footer>""",
consent="""<div id="CybotCookiebotDialog" role="dialog"><h2>Den här webbplatsen använder kakor</h2><p>Vi använder kakor för att anpassa innehållet och analysera vår trafik.</p><button>Tillåt alla</button><button>Neka</button><button>Visa detaljer</button></div>"""))
