# Trap 3 (continued).
PAGES = []

PAGES.append(dict(
name="en-gb-custom-norwich-river-wensum-standfirst",
comment="""Trap 3 (standfirst and headings): en-GB regional news site on a custom
CMS. A p.standfirst above the byline that is the article's first
paragraph and differs from the meta description (must); three h3
subheadings (must); the prose. Real boilerplate: byline/date, image
credit, "Read more" link line, newsletter sign-up, comment count, most
read list, cookie banner.""",
lang="en-GB", site="Broadland Evening Post", author="Tom Ellery",
date="2026-12-04T16:40:00+00:00",
url="https://www.broadlandeveningpost.example/news/norwich/river-wensum-swimming-trial-2027-10482233",
title="Wild swimmers win trial of a bathing spot on the Wensum",
desc="The Environment Agency will test water quality at a stretch of the River Wensum near Hellesdon from May.",
html="""
<body class="article-page">
<div class="cookie-notice" role="region"><p>{{We use cookies to give you the best experience and to show you relevant advertising.}}</p><button>Accept all</button> <button>Manage cookies</button></div>
<header class="site-header"><a class="site-header__logo" href="/">Broadland Evening Post</a><nav class="site-header__nav"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/whats-on/">What's On</a> <a href="/property/">Property</a> <a href="/announcements/">Announcements</a></nav></header>
<main>
<article class="article">
<h1 class="article__headline">Wild swimmers win trial of a bathing spot on the Wensum</h1>
<p class="standfirst">[[A stretch of river upstream of Norwich could become Norfolk's first designated inland bathing water]], after swimmers gathered more than 900 responses to a government consultation.</p>
<div class="article__byline"><span class="author">{{By Tom Ellery}}</span> <span class="date">{{Published 4 December 2026, 16:40}}</span></div>
<figure class="article__image"><img src="/images/wensum-swimmers.jpg" alt=""><figcaption>Swimmers at Hellesdon Mill. {{Image: Broadland Evening Post}}</figcaption></figure>
<div class="article__body">
<p>[[For years the Hellesdon Bathers have swum in the Wensum every weekend]], winter and summer, without knowing what was in the water. From May next year they should find out: the Environment Agency will take weekly samples at the stretch between Hellesdon Mill and the old railway bridge until the end of September.</p>
<h3>[[What bathing water status would mean]]</h3>
<p>If the site is designated, the agency has to test it throughout every bathing season and publish the results. [[Water companies and farmers upstream can then be required to cut pollution]] if the river fails the standards. Only a handful of river sites in England have the status so far.</p>
<p class="read-more-line"><strong>Read more:</strong> <a href="/news/norwich/sewage-overflow-figures-10431187">{{Sewage spilled into Norfolk rivers for 40,000 hours last year}}</a></p>
<h3>[[Concerns about sewage overflows]]</h3>
<p>The group's own tests last summer found high levels of E. coli after heavy rain. [[Two storm overflows discharge into the river within three miles of the spot]], and Anglian Water has said it will upgrade one of them by 2029. Swimmers say that is too slow.</p>
<p>"We're not asking for a lido," said Harriet Moss, who runs the group. [[We just want to know when it's safe to get in]], and we want someone to be responsible when it isn't." The group has around 250 members, from teenagers to a woman in her eighties.</p>
<h3>[[Landowners and anglers have their say]]</h3>
<p>[[The Wensum Fisheries Association said it did not oppose the trial]] but asked for swimming to be kept away from the spawning gravels upstream. The riverbank is owned by the county council, which said it would add a second access point and signs about cold water shock.</p>
</div>
<aside class="nl-signup"><p>{{Sign up to the Norwich Daily newsletter for the day's top stories, delivered free every evening.}}</p><input type="email"> <button>Sign me up</button></aside>
<p class="comment-count"><a href="#comments">{{12 comments}}</a></p>
<section class="most-read"><h2>{{Most read}}</h2><ol><li><a href="/news/norwich/prince-of-wales-road-closure">{{Prince of Wales Road to close for six weeks}}</a></li><li><a href="/news/north-norfolk/cromer-pier-winter">{{Cromer Pier show extended into January}}</a></li></ol></section>
</article>
</main>
<footer class="site-footer"><p>© 2026 Broadland Media Ltd. Registered in England.</p></footer>
</body>
"""))

PAGES.append(dict(
name="pl-wp-gdansk-brzezno-molo-h2-jak-tytul",
comment="""Trap 3 (standfirst, and an h2 that resembles the title): pl local news site
on WordPress. An h2.subtitle dek above the byline (must, differs from
the meta description); in the body an h2 that nearly repeats the h1
(must) and a second h2 (must). Real boilerplate: byline/date, "Czytaj
także" link, ad label, share buttons, Facebook follow line, related
posts, cookie bar.""",
lang="pl-PL", site="Trójmiasto Bliżej", author="Agnieszka Formela",
date="2026-12-01T13:10:00+01:00",
url="https://trojmiastoblizej.example/gdansk/molo-w-brzeznie-remont-zamkniete/",
title="Molo w Brzeźnie zamknięte do wiosny",
desc="Gdańskie molo przejdzie pilny remont po listopadowym sztormie. Koszt to 6,2 mln zł.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="post-template-default single single-post">
<div id="cookie-notice" class="cookie-notice-container"><span id="cn-notice-text">{{Strona korzysta z plików cookies w celu realizacji usług zgodnie z Polityką Prywatności.}}</span> <a class="cn-button">Rozumiem</a></div>
<header class="site-header"><div class="site-branding"><a href="/">Trójmiasto Bliżej</a></div><nav class="main-navigation"><ul><li><a href="/gdansk/">Gdańsk</a></li><li><a href="/gdynia/">Gdynia</a></li><li><a href="/sopot/">Sopot</a></li><li><a href="/wydarzenia/">Wydarzenia</a></li></ul></nav></header>
<main class="site-main">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Molo w Brzeźnie zamknięte do wiosny</h1>
<h2 class="subtitle">[[Listopadowy sztorm wyrwał kilkanaście przęseł pokładu]], a nurkowie znaleźli pęknięcia w trzech podporach. Miasto ogłasza przetarg w trybie pilnym.</h2>
<div class="entry-meta">{{Agnieszka Formela}} · {{1 grudnia 2026}}</div></header>
<div class="entry-content">
<p>[[Spacer na końcu mola w Brzeźnie nie będzie możliwy co najmniej do kwietnia.]] Gdański Zarząd Dróg i Zieleni zamknął konstrukcję po sztormie z 22 listopada, kiedy fale przelewały się przez pokład, a wiatr w porywach dochodził do 110 kilometrów na godzinę.</p>
<h2>[[Molo w Brzeźnie zamknięte, remont do wiosny]]</h2>
<p>[[Oględziny wykazały, że fale wyrwały czternaście przęseł drewnianego pokładu]] na ostatnich stu metrach. Gorsza wiadomość przyszła po badaniu nurków: trzy stalowe podpory mają pęknięcia przy dnie. Według urzędników nie grozi to zawaleniem, ale wykluczają wpuszczenie ludzi przed naprawą.</p>
<p><strong>Czytaj także:</strong> <a href="/gdansk/sztorm-plaze-straty/">{{Sztorm zabrał piasek z plaż. Miasto liczy straty}}</a></p>
<p>[[Koszt remontu oszacowano na 6,2 miliona złotych.]] Miasto chce ogłosić przetarg jeszcze przed świętami, w trybie pilnym, tak by prace ruszyły w lutym. Część pieniędzy ma pochodzić z rezerwy na usuwanie skutków klęsk żywiołowych, o którą Gdańsk wystąpił do wojewody.</p>
<div class="ad-inline"><span class="ad-inline__label">{{Reklama}}</span></div>
<h2>[[Pierwsza część mola otwarta jeszcze w grudniu]]</h2>
<p>Nie całe molo pozostanie zamknięte. [[Pierwsze 130 metrów od strony plaży ma zostać udostępnione przed sylwestrem]], po wymianie barierek i kilku desek. Na końcu tego odcinka stanie tymczasowe ogrodzenie, a straż miejska zapowiada kontrole, zwłaszcza wieczorami.</p>
<p>Mieszkańcy Brzeźna przyjmują decyzję ze zrozumieniem, choć nie bez żalu. [[Bez mola ta dzielnica zimą po prostu zasypia]], mówi Krystyna Lewandowska, która od czterdziestu lat prowadzi kawiarnię przy deptaku. Ma nadzieję, że remont nie przeciągnie się na wakacje.</p>
</div>
<div class="share-buttons"><span>{{Udostępnij ten wpis}}</span> <a href="#">Facebook</a> <a href="#">Messenger</a></div>
<p class="fb-follow">{{Polub nas na Facebooku, żeby nie przegapić wiadomości z Trójmiasta.}}</p>
<section class="related-posts"><h3>Podobne wpisy</h3><ul><li><a href="/gdansk/tramwaj-na-nowa-warszawska/">{{Tramwaj na Nowej Warszawskiej coraz bliżej}}</a></li></ul></section>
</article>
</main>
<footer class="site-footer"><p>© 2026 Trójmiasto Bliżej · Kontakt · Współpraca</p></footer>
</body>
"""))
