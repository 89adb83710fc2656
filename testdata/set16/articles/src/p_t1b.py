# Trap 1 (continued): AEM components, one <section> per h2.
PAGES = []

PAGES.append(dict(
name="nl-aem-provincie-utrecht-fietssnelweg-cmp",
comment="""Trap 1 (body split into parts, AEM components): nl provincial news page on
Adobe Experience Manager (Core Components). The story is spread over
cmp-title, cmp-text, cmp-image and cmp-container components, with a
cmp-teaser "Lees ook" and a newsletter cmp-container between the text
components. Text of every cmp-text is must, first and last. Real
boilerplate: date line, teaser, newsletter, share list, cookie dialog.""",
lang="nl-NL", site="Provincie Utrecht Nieuws", author="Redactie Provincie Utrecht",
date="2026-12-01T09:00:00+01:00",
url="https://nieuws.provincie-utrecht.example/content/pu/nl/nieuws/2026/12/fietssnelweg-amersfoort-utrecht-laatste-schakel.html",
title="Laatste schakel fietssnelweg Amersfoort–Utrecht gaat in 2027 open",
desc="De provincie investeert 14 miljoen euro in een fietsbrug over de A28 bij De Bilt.",
html="""
<body class="page basicpage">
<div class="cmp-cookie-dialog" role="dialog"><p>{{Wij gebruiken cookies om onze website te verbeteren en het gebruik ervan te meten.}}</p><button>Accepteren</button> <button>Alleen noodzakelijke</button></div>
<div class="root container responsivegrid"><div class="cmp-container">
<header class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--header"><div class="cmp-container"><div class="cmp-image cmp-logo"><a href="/content/pu/nl.html">Provincie Utrecht</a></div>
<nav class="cmp-navigation"><ul class="cmp-navigation__group"><li class="cmp-navigation__item"><a href="/content/pu/nl/nieuws.html">Nieuws</a></li><li class="cmp-navigation__item"><a href="/content/pu/nl/wegen.html">Wegen en vervoer</a></li><li class="cmp-navigation__item"><a href="/content/pu/nl/natuur.html">Natuur</a></li><li class="cmp-navigation__item"><a href="/content/pu/nl/bestuur.html">Bestuur</a></li></ul></nav></div></div></header>
<main class="container responsivegrid"><div id="container-main" class="cmp-container">
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">Laatste schakel fietssnelweg Amersfoort–Utrecht gaat in 2027 open</h1></div></div>
<div class="text cmp-text--meta"><div class="cmp-text"><p>{{Gepubliceerd op 1 december 2026}}</p></div></div>
<div class="text"><div class="cmp-text"><p>[[Wie van Amersfoort naar Utrecht fietst, moet bij De Bilt nog altijd afstappen.]] Op de kruising met de op- en afrit van de A28 staan fietsers gemiddeld anderhalve minuut voor een verkeerslicht. [[Over een jaar is dat voorbij:]] de provincie bouwt er een fietsbrug van 240 meter, de laatste ontbrekende schakel van de snelfietsroute.</p></div></div>
<div class="image"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/pu/nieuws/fietsbrug-a28.jpg" alt="Impressie van de fietsbrug"><span class="cmp-image__title">{{Impressie: Studio Brugwerk}}</span></div></div>
<div class="text"><div class="cmp-text"><p>[[De brug kost ruim 14 miljoen euro.]] [[De provincie betaalt het grootste deel,]] het Rijk draagt 3,5 miljoen bij uit het programma voor fietsparkeren en snelfietsroutes. De gemeenten De Bilt en Zeist leggen samen nog eens een miljoen euro in voor de aansluitende fietspaden langs de Utrechtseweg.</p></div></div>
<div class="teaser"><div class="cmp-teaser"><span class="cmp-teaser__pretitle">Lees ook</span> <a class="cmp-teaser__title-link" href="/content/pu/nl/nieuws/2026/11/laadpalen-carpoolplaatsen.html">{{Meer laadpalen op carpoolplaatsen langs provinciale wegen}}</a></div></div>
<div class="container"><div class="cmp-container cmp-container--story">
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Werkzaamheden vanaf maart</h2></div></div>
<div class="text"><div class="cmp-text"><p>[[De bouw begint in maart met het plaatsen van de pijlers]] naast de snelweg. Het brugdek wordt in delen aangevoerd en in twee nachten op zijn plek gehesen; de A28 gaat daarvoor twee weekenden deels dicht. Rijkswaterstaat maakt de precieze data in januari bekend, wanneer de aannemer zijn planning heeft ingediend.</p></div></div>
<div class="text"><div class="cmp-text"><p>[[Fietsers houden tijdens de bouw steeds een route beschikbaar]], belooft gedeputeerde Jolanda van Harskamp. „We sturen niemand om via een omweg van drie kilometer. Er komt een tijdelijke oversteek met verkeersregelaars in de spits, zodat scholieren uit Zeist gewoon op tijd in Utrecht zijn.”</p></div></div>
</div></div>
<div class="container"><div class="cmp-container cmp-container--newsletter"><div class="text"><div class="cmp-text"><p>{{Blijf op de hoogte van werkzaamheden bij u in de buurt. Meld u aan voor de maandelijkse nieuwsbrief.}}</p></div></div><div class="button"><a class="cmp-button" href="/content/pu/nl/nieuwsbrief.html"><span class="cmp-button__text">Aanmelden</span></a></div></div></div>
<div class="text"><div class="cmp-text"><p>Na de opening verwacht de provincie dat dagelijks zo'n 6.500 fietsers de route gebruiken, een kwart meer dan nu. [[Met een e-bike duurt de rit van station tot station straks 45 minuten.]] Dat is volgens de provincie op veel momenten van de dag sneller dan dezelfde reis met bus en trein, inclusief overstappen.</p></div></div>
<div class="text"><div class="cmp-text"><p>[[Omwonenden kunnen op 20 januari terecht op een inloopavond]] in het gemeentehuis van De Bilt. Daar zijn de bouwtekeningen te zien en beantwoorden medewerkers van de provincie en de aannemer vragen over geluid, bouwverkeer en de bomen die voor de brug moeten wijken.</p></div></div>
<div class="sharing"><div class="cmp-sharing"><span>{{Deel dit bericht}}</span> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div></div>
</div></main>
<footer class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="cmp-text"><p>{{Provincie Utrecht · Archimedeslaan 6 · 3584 BA Utrecht}}</p><p><a href="/content/pu/nl/privacy.html">Privacy</a> <a href="/content/pu/nl/toegankelijkheid.html">Toegankelijkheid</a></p></div></div></footer>
</div></div>
</body>
"""))

PAGES.append(dict(
name="pl-custom-wroclaw-odra-bulwary-sections",
comment="""Trap 1 (body split into parts, one <section> per h2): pl city news site on a
custom CMS. The lead sits in its own section; each h2 part of the story
is its own <section class="article-section">, with an ad slot and a
"Zobacz też" box between sections. Text of the first and last section
and of every part between is must. Real boilerplate: byline/date, ad
label, "Zobacz też" box, share bar, tags line, consent banner.""",
lang="pl-PL", site="Wrocławski Serwis Miejski", author="Bartosz Kędzierski",
date="2026-12-04T12:05:00+01:00",
url="https://www.wroclawski-serwis.example/miasto/bulwary-nad-odra-przebudowa-etap-drugi,a48817",
title="Bulwary nad Odrą: drugi etap przebudowy opóźniony o pół roku",
desc="Wykonawca tłumaczy się wysokim stanem wody. Miasto nalicza kary umowne.",
html="""
<body class="article-view">
<div id="rodo-banner" class="rodo"><p>{{Korzystamy z plików cookie i podobnych technologii w celach statystycznych i reklamowych.}}</p><button>Zgadzam się</button> <button>Ustawienia</button></div>
<header class="top"><a class="top__logo" href="/">Wrocławski Serwis Miejski</a><nav class="top__menu"><a href="/miasto/">Miasto</a> <a href="/komunikacja/">Komunikacja</a> <a href="/kultura/">Kultura</a> <a href="/sport/">Sport</a> <a href="/ogloszenia/">Ogłoszenia</a></nav></header>
<main class="content">
<article class="story">
<h1 class="story__title">Bulwary nad Odrą: drugi etap przebudowy opóźniony o pół roku</h1>
<div class="story__meta"><span class="story__author">{{Bartosz Kędzierski}}</span> <span class="story__date">{{4 grudnia 2026, 12:05}}</span></div>
<section class="article-section article-section--lead">
<p>[[Spacerowicze muszą poczekać dłużej na nowe bulwary przy Wyspie Słodowej.]] Drugi etap przebudowy nabrzeża, który miał się zakończyć w maju, potrwa co najmniej do listopada 2027 roku. Zarząd Zieleni Miejskiej potwierdził w środę, że wykonawca złożył wniosek o przesunięcie terminu.</p>
</section>
<section class="article-section">
<h2>[[Woda zalała plac budowy dwa razy]]</h2>
<p>Firma budowlana tłumaczy opóźnienie pogodą. [[We wrześniu i w październiku poziom Odry dwukrotnie przekroczył stan ostrzegawczy]], a wykop pod nowe schody zejściowe został zalany. Za każdym razem prace stały po kilka tygodni, bo trzeba było wypompować wodę i sprawdzić, czy nie ucierpiały fundamenty starego muru oporowego.</p>
</section>
<div class="ad-box"><span class="ad-box__label">{{Reklama}}</span><div id="div-gpt-ad-wsm-inarticle"></div></div>
<section class="article-section">
<h2>[[Miasto nie odpuści kar]]</h2>
<p>Urzędnicy nie są przekonani. [[Ich zdaniem wysoka woda była przewidywalna i ujęta w harmonogramie.]] Miasto już nalicza kary umowne w wysokości 12 tysięcy złotych za każdy dzień zwłoki. Do tej pory uzbierało się ich ponad 700 tysięcy, a wykonawca zapowiada, że będzie się od nich odwoływał w sądzie.</p>
</section>
<aside class="see-also"><strong>Zobacz też:</strong> <a href="/miasto/most-pomorski-remont,a48102">{{Remont Mostu Pomorskiego. Objazdy do końca lutego}}</a></aside>
<section class="article-section">
<h2>[[Co zostanie otwarte wiosną]]</h2>
<p>Część bulwaru będzie jednak dostępna wcześniej. [[Odcinek od Mostu Młyńskiego do przystani kajakowej ma zostać otwarty w kwietniu]], razem z nowymi ławkami, oświetleniem i ścieżką rowerową. Zamknięte pozostaną schody do wody i taras widokowy, na które mieszkańcy czekają najbardziej.</p>
<p>[[Łączny koszt drugiego etapu wynosi 38 milionów złotych.]] Połowę pokrywa dotacja z programu rewitalizacji nabrzeży, reszta pochodzi z budżetu miasta. Trzeci etap, obejmujący okolice Hali Targowej, ma ruszyć dopiero po zakończeniu obecnych prac.</p>
</section>
<div class="story__tags">{{Tagi: Odra, bulwary, inwestycje, Wyspa Słodowa}}</div>
<div class="story__share"><span>{{Udostępnij:}}</span> <a href="#">Facebook</a> <a href="#">X</a></div>
</article>
</main>
<footer class="bottom"><p>© 2026 Wrocławski Serwis Miejski</p><a href="/regulamin">Regulamin</a> <a href="/polityka-prywatnosci">Polityka prywatności</a></footer>
</body>
"""))
