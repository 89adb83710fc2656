# Trap 3: story sentences that open like calls to action (part 1).
PAGES = [
dict(
name="en-custom-farmers-tax-return-change",
comment="""trap 3 (CTA openers in the story): en-GB rural weekly, custom CMS. Story sentences open with
"Download", "Register", "Comment", "Advertisement", "Watch" (all must). Real: byline/date, share bar,
"Download our app" plug, newsletter line, related list, footer.""",
lang="en-GB", site="The Border Farmer", author="Eilidh Dunbar",
url="https://www.borderfarmer.example/news/farm-partnerships-tax-return-deadline-moves",
title="Farm partnerships face earlier tax deadline under revenue office pilot",
desc="Around 900 partnerships in the Borders will have to file by 31 October instead of January under a two-year trial.",
date="2026-11-24T06:00:00+00:00",
nav=["News", "Livestock", "Arable", "Machinery", "Markets"],
bodyclass="article-template",
footer="The Border Farmer, Market Street, Kelso. Published every Tuesday.",
article="""<main class="page-main"><article class="story">
<h1 class="story__headline">Farm partnerships face earlier tax deadline under revenue office pilot</h1>
<div class="story__byline">{{By Eilidh Dunbar, Rural Affairs Reporter}} <time>{{Tuesday 24 November 2026}}</time></div>
<div class="story__body">
<p>Around 900 farming partnerships in the Borders will have to file their tax returns three months earlier than usual under a pilot run by the revenue office in Galashiels. [[The trial moves the deadline from 31 January to 31 October]] for partnerships with more than two partners.</p>
<p>Partners were told of the change in a letter sent at the end of October. [[Download the new partnership form from the revenue office's website before the end of February]], the letter advises, because paper copies will no longer be posted out automatically to farms that filed on paper last year.</p>
<p>[[Register for the online service at least three weeks before filing]], accountants in Kelso and Duns are telling clients, since activation codes still arrive by post and have been taking up to 15 working days. Several firms say they have already had calls from worried clients.</p>
<p>[[Comment from the farming unions came within hours of the letters arriving.]] NFU Scotland's regional manager, Graeme Tait, said an October deadline fell "right on top of the tups going out and the last of the tatties coming in", and [[called for the pilot to be paused]].</p>
<p>[[Advertisement of the trial had been limited to a single notice]] in the revenue office's annual newsletter, according to the Scottish Tenant Farmers Association, which says most of its members had never heard of the plan until the letter came through the door.</p>
<p>The revenue office says the earlier deadline should bring refunds forward and spread the workload of its staff. [[Partnerships that miss the new date will not be fined in the first year]], a spokeswoman said, and the trial will be reviewed in 2028 before any decision on extending it.</p>
<p>Mr Tait's advice to farmers is simple. [[Watch for a second letter in January]], which will contain the partnership's reference number for the new form. Anyone who has not received it by 31 January should contact the helpline rather than wait, she said.</p>
</div>
<div class="share-tools"><span>{{Share this story}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<p class="app-plug">{{Download The Border Farmer app for market prices every morning.}}</p>
</article></main>""",
post="""<aside class="newsletter-strip"><p>{{Get the week's farming news every Tuesday: sign up to our free email.}}</p></aside>
<section class="related"><h2>{{Related stories}}</h2><ul><li><a href="/news/lamb-prices">{{Lamb prices hold firm at St Boswells}}</a></li><li><a href="/news/tenancy-reform">{{Tenancy reform bill passes first stage}}</a></li></ul></section>""",
),
dict(
name="de-custom-grundschule-anmeldung-rathaus",
comment="""trap 3 (CTA openers in the story): de local news, custom CMS. Story sentences open with
"Anmelden", "Herunterladen", "Anzeige", "Mehr erfahren", "Werbung" (all must). Real: breadcrumb,
byline/date, "Anzeige" ad label, share bar, "Mehr zum Thema" list, newsletter line, footer.""",
lang="de-DE", site="Kinzigtal-Bote", author="Sabine Hörmann",
url="https://www.kinzigtal-bote.example/lokales/gelnhausen/grundschule-anmeldung-rathaus-neue-regeln",
title="Gelnhausen: Schulanmeldung künftig im Rathaus statt in der Schule",
desc="Eltern der Erstklässler von 2027 melden ihre Kinder erstmals zentral an. Hintergrund ist Ärger um Sprengel-Grenzen.",
date="2026-11-25T14:30:00+01:00",
nav=["Lokales", "Region", "Hessen", "Sport", "Service"],
bodyclass="artikel-detail",
footer="Kinzigtal-Bote · Verlag Kinzigtal Medien GmbH · Impressum · Datenschutz · AGB",
pre="""<nav class="brotkrumen"><a href="/">{{Startseite</a> › <a href="/lokales">Lokales</a> › <a href="/lokales/gelnhausen">Gelnhausen}}</a></nav>""",
article="""<main><article class="artikel">
<h1 class="artikel-titel">Gelnhausen: Schulanmeldung künftig im Rathaus statt in der Schule</h1>
<div class="artikel-autor">{{Von Sabine Hörmann}} · <time>{{25.11.2026, 14:30 Uhr}}</time></div>
<div class="artikel-text">
<p>Eltern, deren Kinder im Sommer 2027 in die Schule kommen, müssen sich auf ein neues Verfahren einstellen. [[Anmelden können sie ihre Kinder ab Montag nur noch im Rathaus]], nicht mehr direkt bei den vier Grundschulen der Stadt. Die Frist läuft bis zum 22. Januar.</p>
<p>[[Herunterladen lässt sich das Anmeldeformular zwar auch auf der Seite der Stadt]], abgeben müssen Eltern es aber persönlich, zusammen mit Geburtsurkunde und Meldebescheinigung. Wer verhindert ist, kann eine andere Person mit einer schriftlichen Vollmacht schicken.</p>
<p>Hintergrund ist ein Streit aus dem vergangenen Jahr. Damals hatten Eltern aus dem Neubaugebiet am Hailerer Weg ihre Kinder an der beliebten Grundschule Mitte angemeldet, obwohl sie zum Sprengel der Grundschule Roth gehören. [[Anzeige erstattete die Schulleitung damals wegen zweier gefälschter Meldebescheinigungen.]]</p>
<div class="ad-slot"><span class="ad-label">{{Anzeige · Der Artikel wird unterhalb fortgesetzt}}</span></div>
<p>„Die Schulen sollen nicht mehr Detektiv spielen müssen“, sagt Bürgermeisterin Kerstin Vogt. [[Mehr erfahren wollten viele Eltern beim Infoabend in der Stadthalle]], zu dem am Dienstag rund 120 Mütter und Väter kamen. Die meisten Fragen drehten sich um Geschwisterkinder an anderen Schulen.</p>
<p>Hier bleibt es bei der bisherigen Regel: Geht ein älteres Geschwisterkind bereits auf eine Schule außerhalb des Sprengels, kann das jüngere nachziehen. [[Über alle anderen Ausnahmen entscheidet künftig das Staatliche Schulamt in Hanau.]]</p>
<p>[[Werbung für ihre Ganztagsangebote dürfen die Schulen weiter machen]], etwa bei Tagen der offenen Tür. Die Grundschule Roth lädt dazu am 10. Januar ein und will zeigen, dass sie seit dem Sommer eine neue Mensa und eine Betreuung bis 17 Uhr hat.</p>
<p>Die Elternbeiräte begrüßen das Verfahren grundsätzlich. [[Sie fordern aber längere Öffnungszeiten des Bürgerbüros]], weil berufstätige Eltern sonst Urlaub nehmen müssten. [[Die Stadt will das Bürgerbüro im Januar an zwei Abenden]] bis 19 Uhr öffnen.</p>
</div>
<div class="teilen"><span>{{Artikel teilen}}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">E-Mail</a></div>
</article></main>""",
post="""<section class="mehr-zum-thema"><h2>{{Mehr zum Thema}}</h2><ul><li><a href="/lokales/gelnhausen/mensa-roth">{{Grundschule Roth weiht neue Mensa ein}}</a></li></ul></section>
<aside class="newsletter-hinweis"><p>{{Der Kinzigtal-Bote am Morgen: Jetzt den kostenlosen Newsletter bestellen.}}</p></aside>""",
),
]
