# Trap 5: short real articles (correction notice, photo story).
PAGES = [
dict(
name="en-us-custom-correction-school-bus-contract",
comment="""trap 5 (short real article): en-US correction notice published as its own article, one paragraph,
custom CMS. It is the article: the cleaner must return it. Real: byline/date, "Corrections policy" link line,
share bar, "Latest news" list, newsletter line, footer.""",
lang="en-US", site="Tarrant Valley Ledger", author="Ledger Staff",
url="https://www.tarrantvalleyledger.example/corrections/2026/12/school-bus-contract-figures",
title="Correction: school bus contract figures in Nov. 30 story",
desc="A story about the Tarrant Valley school district's bus contract gave the wrong annual cost and number of routes.",
date="2026-12-02T10:00:00-06:00",
nav=["News", "Schools", "Business", "Sports", "Obituaries"],
bodyclass="article-correction",
footer="Tarrant Valley Ledger · 214 Main St. · Contact the newsroom · Privacy policy",
article="""<main><article class="story story--correction">
<h1>Correction: school bus contract figures in Nov. 30 story</h1>
<div class="story-meta">{{By Ledger Staff}} · <time>{{Dec. 2, 2026}}</time></div>
<div class="story-body">
<p>[[A story published Nov. 30 about the Tarrant Valley Independent School District's new bus contract]] gave the wrong annual cost and the wrong number of routes. [[The five-year contract with Lone Oak Transit costs $3.2 million a year, not $4.1 million]], and covers 46 daily routes, not 64. The story also said the board approved the contract unanimously; [[the vote was 6-1, with trustee Rosa Villanueva voting against]]. The online version of the story has been updated.</p>
</div>
<p class="policy-line">{{The Ledger corrects errors of fact. Report one at corrections@tarrantvalleyledger.example.}}</p>
<div class="share"><span>{{Share this}}</span> <a href="#">Facebook</a> <a href="#">Email</a></div>
</article></main>""",
post="""<section class="latest"><h2>{{Latest news}}</h2><ul><li><a href="/news/water-tower">{{Water tower repainting to close Elm Street}}</a></li><li><a href="/sports/eagles-playoffs">{{Eagles fall in regional semifinal}}</a></li></ul></section>
<p class="newsletter-cta">{{Get the Ledger's morning briefing free in your inbox.}}</p>""",
),
dict(
name="pl-wp-fotoreportaz-jarmark-torun",
comment="""trap 5 (short real article): pl photo story on WordPress; its whole text is five captions
(figcaption, 20-40 words each). It is the article: the cleaner must return it. Real: byline/date,
photo credits inside the figcaptions ("Fot. ..."), share bar, "Zobacz także" galleries, cookie bar, footer.""",
lang="pl-PL", site="Nowości Toruńskie Online", author="Anna Zielińska",
url="https://www.nowoscitorunskie.example/galerie/jarmark-bozonarodzeniowy-torun-pierwszy-weekend/",
title="Pierwszy weekend jarmarku na Rynku Staromiejskim. Zobacz zdjęcia",
desc="Pierniki, grzaniec i kolejka do karuzeli: tak wyglądał pierwszy weekend jarmarku bożonarodzeniowego w Toruniu.",
date="2026-11-30T19:00:00+01:00", ldtype="NewsArticle",
nav=["Toruń", "Region", "Galerie", "Sport", "Kultura"],
bodyclass="single single-post post-format-gallery",
headextra='<meta name="generator" content="WordPress 6.7">',
footer="Nowości Toruńskie Online · Regulamin · Polityka prywatności · Kontakt",
article="""<main id="main"><article class="post format-gallery">
<header class="entry-header"><h1 class="entry-title">Pierwszy weekend jarmarku na Rynku Staromiejskim. Zobacz zdjęcia</h1>
<div class="entry-meta">{{Galerię przygotowała Anna Zielińska}} · <time>{{30 listopada 2026}}</time></div></header>
<div class="entry-content">
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/11/jarmark-1.jpg" alt=""><figcaption>[[W sobotę po południu Rynek Staromiejski wypełnił się tak]], że straż miejska na godzinę zamknęła wejście od ulicy Szerokiej. Według organizatorów przez pierwszy dzień jarmark odwiedziło około 30 tysięcy osób. <span class="credit">{{Fot. Anna Zielińska}}</span></figcaption></figure>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/11/jarmark-2.jpg" alt=""><figcaption>[[Najdłuższa kolejka ustawiła się do stoiska z piernikami]] z toruńskiej manufaktury przy ulicy Rabiańskiej. Kto chciał sam ozdobić piernik lukrem, czekał nawet czterdzieści minut. <span class="credit">{{Zdjęcie: A. Zielińska}}</span></figcaption></figure>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/11/jarmark-3.jpg" alt=""><figcaption>[[Po raz pierwszy na jarmarku stanęła zabytkowa karuzela]] z lat trzydziestych, wypożyczona z muzeum w Chełmnie. Przejażdżka kosztuje 8 złotych, a dochód trafi do hospicjum Nadzieja. <span class="credit">{{Fot. Marek Lewandowski}}</span></figcaption></figure>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/11/jarmark-4.jpg" alt=""><figcaption>[[Uczniowie szkoły muzycznej grali kolędy pod pomnikiem Kopernika]] przez całą niedzielę, zmieniając się co godzinę. Zebrane do futerałów pieniądze przeznaczą na wyjazd na konkurs do Wiednia. <span class="credit">{{Fot. M. Lewandowski}}</span></figcaption></figure>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/11/jarmark-5.jpg" alt=""><figcaption>[[Wieczorem na ratuszu po raz pierwszy wyświetlono iluminację]] przygotowaną przez studentów UMK. Pokazy odbywają się codziennie o 17 i 19, aż do zamknięcia jarmarku 22 grudnia. <span class="credit">{{Fot. Nowości / AZ}}</span></figcaption></figure>
</div>
<div class="share-buttons"><span>{{Udostępnij galerię}}</span> <a href="#">Facebook</a> <a href="#">Messenger</a></div>
</article></main>""",
post="""<section class="related-galleries"><h2>{{Zobacz także}}</h2><ul><li><a href="/galerie/mikolajki-motocyklowe/">{{Mikołaje na motocyklach przejechali przez Toruń}}</a></li></ul></section>""",
consent="""<div class="cookie-notice-container"><p>{{Korzystamy z plików cookie, aby zapewnić prawidłowe działanie serwisu.}}</p><button>Akceptuję</button></div>""",
),
]
