# Trap 2: article text with separators (part 2).
PAGES = [
dict(
name="nl-custom-brussel-buslijn-dienstregeling",
comment="""trap 2 (separators): nl-BE Brussels regional news site, custom CMS. Bilingual place names
("Brussel / Bruxelles", "Elsene / Ixelles") and timetable lines ("ma–vr / 06:10, 06:40") are article text.
Real: breadcrumb "Home / Mobiliteit / Bus" (one mustnot), byline/date, share bar, newsletter teaser, related, footer.""",
lang="nl-BE", site="Bruzz Op Straat", author="Wouter Claes",
url="https://www.bruzzopstraat.example/mobiliteit/nieuwe-buslijn-37-verbindt-elsene-en-jette",
title="Nieuwe buslijn 37 verbindt Elsene en Jette zonder overstap",
desc="Vanaf 5 januari rijdt de MIVB een nieuwe dwarsverbinding door het noordwesten en zuidoosten van de stad.",
date="2026-12-01T07:30:00+01:00",
nav=["Brussel", "Mobiliteit", "Wonen", "Cultuur", "Agenda"],
bodyclass="node-article",
footer="Bruzz Op Straat is een uitgave van vzw Stadsberichten. Verantwoordelijke uitgever: Lien Vermeulen.",
pre="""<div class="breadcrumb"><a href="/">{{Home</a> / <a href="/mobiliteit">Mobiliteit</a> / <a href="/mobiliteit/bus">Bus}}</a></div>""",
article="""<main><article class="article-full">
<h1>Nieuwe buslijn 37 verbindt Elsene en Jette zonder overstap</h1>
<p class="article-meta">{{Wouter Claes}} · <time>{{ma 1 december 2026, 07.30 uur}}</time></p>
<div class="article-body">
<p>[[Wie van Elsene naar Jette moet, kan vanaf 5 januari]] op één bus blijven zitten. De MIVB legt een nieuwe lijn 37 in, die in een grote boog langs de westkant van de Vijfhoek rijdt en onderweg drie metrostations aandoet.</p>
<p>De lijn vertrekt aan het Flageyplein en eindigt aan het station van Jette. [[Op de haltebordjes staat tweetalig: Elsene / Ixelles en Jette Station / Gare de Jette.]] In totaal telt de lijn 31 haltes, waarvan zes nieuw zijn, onder meer aan de Ninoofsepoort.</p>
<p>Volgens de MIVB gaat het om een verbinding waar al jaren om gevraagd wordt. [[Reizigers tussen beide gemeenten moesten nu twee keer overstappen]], meestal aan Kunst-Wet en aan Simonis. De rit duurt met de nieuwe bus ongeveer 48 minuten, een kwartier minder dan vandaag.</p>
<h2>Dienstregeling</h2>
<p>In de eerste maanden rijdt lijn 37 nog niet de hele dag in hoge frequentie. De eerste bussen vertrekken aan Flagey:</p>
<ul class="dienstregeling">
<li>[[ma–vr / 06:10, 06:40, daarna om de 12 minuten]]</li>
<li>[[za / 07:05, 07:35, daarna om de 20 minuten]]</li>
<li>[[zo en feestdagen / 08:00, daarna om het halfuur]]</li>
</ul>
<p>De laatste bus vertrekt elke dag om 22:50 aan Flagey en om 23:15 aan het station van Jette. [[Op de route ligt ook de halte Brussel / Bruxelles-Zuid]], waar de bus aansluit op de nachttreinen naar Luik en Antwerpen.</p>
<p>Niet iedereen is tevreden. [[Het comité Ninoofsepoort vreest dat de bussen door de smalle Vlaamsesteenweg]] moeten en daar de fietsers in de weg zullen zitten. De MIVB zegt dat de bus de steenweg maar over 200 meter volgt en dat de fietssuggestiestrook blijft.</p>
<p>[[De nieuwe lijn kost de MIVB jaarlijks ongeveer 2,8 miljoen euro]] aan personeel en brandstof. Er worden elf extra chauffeurs aangeworven, de opleiding is in november gestart in de stelplaats van Haren.</p>
</div>
<div class="share"><span>{{Deel dit artikel}}</span> <a href="#">Facebook</a> <a href="#">Bluesky</a> <a href="#">Mail</a></div>
</article></main>""",
post="""<aside class="nieuwsbrief-teaser"><p>{{Elke ochtend het Brusselse nieuws in je mailbox? Schrijf je in op onze nieuwsbrief.}}</p></aside>
<section class="gerelateerd"><h2>{{Lees ook}}</h2><ul><li><a href="/mobiliteit/tram-9">{{Tram 9 rijdt vanaf maart tot aan de Heizel}}</a></li></ul></section>""",
),
dict(
name="en-wp-raspberry-pi-dns-tutorial",
comment="""trap 2 (separators): en-US tech tutorial on a WordPress blog. File paths and commands with
slashes and pipes in the text (/etc/hosts, cd /var/log, journalctl | grep) are article text.
Real: breadcrumb "Home / Tutorials / Networking" (one mustnot), byline/date, share bar,
author box, related posts, comment note, footer.""",
lang="en-US", site="Homelab Notebook", author="Priya Raman",
url="https://homelabnotebook.example/tutorials/local-dns-raspberry-pi-without-docker/",
title="How to run a small local DNS server on a Raspberry Pi without Docker",
desc="A step-by-step guide to dnsmasq on Raspberry Pi OS: names for every device on the home network, and logs you can read.",
date="2026-11-26T15:00:00-05:00", ldtype="BlogPosting",
nav=["Tutorials", "Reviews", "Networking", "Storage", "About"],
bodyclass="post-template-default single single-post",
headextra='<meta name="generator" content="WordPress 6.7">',
footer="© 2026 Homelab Notebook. Some links are affiliate links.",
pre="""<nav class="rank-math-breadcrumb"><p><a href="/">{{Home</a><span class="separator"> / </span><a href="/tutorials/">Tutorials</a><span class="separator"> / </span><a href="/tutorials/networking/">Networking}}</a></p></nav>""",
article="""<main id="primary" class="site-main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">How to run a small local DNS server on a Raspberry Pi without Docker</h1>
<div class="entry-meta">{{By Priya Raman}} · <time class="published">{{November 26, 2026}}</time></div></header>
<div class="entry-content">
<p>I have eleven devices on my home network, and for years I reached most of them by typing IP addresses I could never remember. [[This guide sets up dnsmasq on a Raspberry Pi]] so that every box gets a name like printer.home, with nothing heavier than the package manager.</p>
<p>You need a Pi running Raspberry Pi OS Lite, a fixed address for it, and access to your router's settings. [[Give the Pi the address 192.168.1.2/24 in your router's DHCP reservations]] first; everything else depends on it staying put.</p>
<h2>Install and configure</h2>
<p>Install the package with sudo apt install dnsmasq, then open the main configuration file. [[Add your own names to /etc/hosts on the Pi]], one device per line, for example 192.168.1.20 printer.home. dnsmasq reads that file at start-up and answers for every name in it.</p>
<p>[[In /etc/dnsmasq.conf, set domain-needed, bogus-priv and server=9.9.9.9]] so that names the Pi does not know are passed on to an outside resolver. Restart the service with sudo systemctl restart dnsmasq and check that it came back with systemctl status dnsmasq.</p>
<h2>Read the logs</h2>
<p>Turning on log-queries is the quickest way to see what your devices are asking for. [[Run cd /var/log and then tail -f dnsmasq.log]] while you open a web page on your phone. On my network the smart TV alone made 340 lookups an hour, most of them to advertising servers.</p>
<p>To count the busiest names, [[pipe the log: grep query dnsmasq.log | sort | uniq -c]] and sort the result again by number. It is crude, but it told me within a minute which device was flooding the network after a firmware update.</p>
<h2>Point the router at the Pi</h2>
<p>[[Finally, set the Pi as the only DNS server handed out by DHCP.]] Leave your router as a second server and devices will quietly skip the Pi whenever it answers a little slowly, which makes problems very hard to trace. [[Renew the lease on one laptop and test with nslookup printer.home]] before you change anything else.</p>
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{{Share this:}}</h3><ul><li><a href="#">Mastodon</a></li><li><a href="#">Reddit</a></li></ul></div>
<div class="author-box"><p>{{Priya Raman is a network engineer in Columbus, Ohio, who writes about self-hosting on weekends.}}</p></div>
</article></main>""",
post="""<section class="related-posts"><h2>{{You might also like}}</h2><ul><li><a href="/tutorials/nas-backup/">{{Back up a NAS to a second NAS with rsync}}</a></li></ul></section>
<div id="comments" class="comments-area"><p class="comments-closed">{{Comments are closed on posts older than 30 days.}}</p></div>""",
),
dict(
name="pl-custom-brak-leku-dawkowanie",
comment="""trap 2 (separators): pl health news on a custom CMS. Dosages with slashes ("5 mg / dobę")
and a table of figures written with '|' (stock per voivodeship) are article text.
Real: breadcrumb "Strona główna › Zdrowie › Leki" (one mustnot), byline/date, share bar,
related list, medical disclaimer, footer, consent box.""",
lang="pl-PL", site="Puls Regionu", author="Magdalena Szczepańska",
url="https://www.pulsregionu.example/zdrowie/brakuje-leku-na-nadcisnienie-zamienniki",
title="W aptekach brakuje popularnego leku na nadciśnienie. Lekarze podpowiadają zamienniki",
desc="Producent wstrzymał dostawy amlodypiny w dawce 5 mg do końca stycznia. Ministerstwo zapewnia, że zamienników nie zabraknie.",
date="2026-12-02T12:15:00+01:00",
nav=["Region", "Zdrowie", "Gospodarka", "Sport", "Kultura"],
bodyclass="article-page",
footer="Puls Regionu sp. z o.o. · Regulamin · Polityka prywatności",
pre="""<nav class="okruszki"><a href="/">{{Strona główna</a> › <a href="/zdrowie">Zdrowie</a> › <a href="/zdrowie/leki">Leki}}</a></nav>""",
article="""<main><article class="artykul">
<h1>W aptekach brakuje popularnego leku na nadciśnienie. Lekarze podpowiadają zamienniki</h1>
<div class="artykul-meta"><span class="autor">{{Magdalena Szczepańska}}</span> <span class="data">{{2.12.2026, 12:15}}</span></div>
<div class="artykul-tresc">
<p>[[Pacjenci z nadciśnieniem od kilku dni szukają swojego leku w kolejnych aptekach.]] Producent jednego z najczęściej przepisywanych preparatów z amlodypiną wstrzymał dostawy dawki 5 mg do końca stycznia z powodu kłopotów z linią pakującą.</p>
<p>Lek przyjmuje w Polsce ponad milion osób. [[Najczęstsze dawkowanie to 5 mg / dobę, rano, niezależnie od posiłku]], a u części pacjentów lekarz zwiększa dawkę do 10 mg. Tabletki 10 mg są na razie dostępne, ale hurtownie ograniczają ich sprzedaż.</p>
<p>Lekarze przypominają, że tabletek nie należy dzielić bez porozumienia z lekarzem ani samodzielnie zmieniać leku. [[Farmaceuta może wydać zamiennik z tą samą substancją i dawką]], jeśli na recepcie nie ma adnotacji „nie zamieniać”. Takich preparatów jest na rynku kilkanaście.</p>
<p>Dr Paweł Nowicki, kardiolog ze szpitala w Rzeszowie, radzi, by nie czekać do ostatniej tabletki. [[Przy zmianie na 2 × 2,5 mg / dobę trzeba nowej recepty]], bo to inna postać leku. Według niego zamiana preparatu z tą samą dawką nie powinna zmienić ciśnienia.</p>
<h2>Zapasy w województwach</h2>
<p>Według danych przekazanych przez Ministerstwo Zdrowia w poniedziałek zapasy wyglądały następująco (liczba opakowań w hurtowniach):</p>
<p class="dane">[[podkarpackie | 4 200 | zapas na około 9 dni]]<br>[[małopolskie | 11 900 | zapas na około 14 dni]]<br>[[lubelskie | 3 100 | zapas na około 7 dni]]</p>
<p>Ministerstwo zapewnia, że braków nie będzie, bo dwóch innych producentów zwiększyło dostawy. [[Rzecznik resortu zapowiedział aktualizację listy leków zagrożonych brakiem]] na 15 grudnia. Pacjenci mogą sprawdzać dostępność leku w internetowej wyszukiwarce aptek.</p>
</div>
<p class="zastrzezenie">{{Artykuł ma charakter informacyjny i nie zastępuje porady lekarza lub farmaceuty.}}</p>
<div class="udostepnij"><span>{{Udostępnij artykuł}}</span> <a href="#">Facebook</a> <a href="#">X</a></div>
</article></main>""",
post="""<section class="powiazane"><h2>{{Przeczytaj także}}</h2><ul><li><a href="/zdrowie/szczepienia">{{Rusza sezon szczepień przeciw grypie w przychodniach}}</a></li></ul></section>""",
consent="""<div class="zgoda-cookies" role="dialog"><p>{{Ta strona korzysta z plików cookies w celach statystycznych i reklamowych.}}</p><button>Zgadzam się</button><button>Ustawienia</button></div>""",
),
]
