# Trap 2: content that is not paragraphs.
PAGES = []

PAGES.append(dict(
name="en-hugo-blog-postgres-backup-restic-howto",
comment="""Trap 2 (not paragraphs): en-US personal tech blog built with Hugo. The key
content is an <ol> of 8 numbered steps and a <pre><code> block of
several lines (a shell script). Every step and two code lines are must.
Real boilerplate: date/reading time, tags, "Buy me a coffee" box,
newsletter form, webmention/comment note, footer licence.""",
lang="en-US", site="Notes from the Rack", author="Dana Whitcombe",
date="2026-11-29T20:10:00-05:00", ld={"@type": "BlogPosting"},
titlesep="·",
url="https://notesfromtherack.example/posts/postgres-backups-with-restic/",
title="Nightly Postgres backups with restic, in eight steps",
desc="How I back up a small Postgres database to object storage every night, with encryption and retention.",
headextra='<meta name="generator" content="Hugo 0.139.0">\n',
html="""
<body class="single">
<header class="site-header"><a class="site-title" href="/">Notes from the Rack</a>
<nav><a href="/posts/">Posts</a> <a href="/tags/">Tags</a> <a href="/about/">About</a> <a href="/index.xml">RSS</a></nav></header>
<main>
<article class="post h-entry">
<h1 class="post-title p-name">Nightly Postgres backups with restic, in eight steps</h1>
<div class="post-meta"><time class="dt-published" datetime="2026-11-29">{{November 29, 2026}}</time> · {{6 min read}}</div>
<div class="post-content e-content">
<p>My side project keeps its data in a single Postgres 16 instance on a small VPS. For two years the backup was a cron job that wrote a dump to the same disk, which is not a backup at all. [[This is the setup I moved to last month]], and it has restored cleanly twice in drills since.</p>
<p>The idea is simple: dump the database with pg_dump in custom format, pipe it straight into restic, and let restic handle encryption, deduplication and retention. [[Nothing is written to the local disk in between]], so a full disk cannot break the backup, and the dump never sits around unencrypted.</p>
<h2 id="steps">The steps</h2>
<ol class="steps">
<li>[[Create a bucket at your object storage provider]] and an access key limited to that bucket.</li>
<li>[[Install restic from your distribution's packages]] and check that the version is 0.16 or newer.</li>
<li>[[Write the repository password to /etc/restic/password]] and make it readable by root only.</li>
<li>[[Initialise the repository once with restic init]] using the bucket URL as the repository.</li>
<li>[[Save the script below as /usr/local/bin/pg-backup]] and make it executable.</li>
<li>[[Run the script by hand and check the snapshot]] with restic snapshots.</li>
<li>[[Add a systemd timer that runs the script at 03:15]] every night.</li>
<li>[[Restore into a scratch database once a month]] to prove the backups work.</li>
</ol>
<h2 id="script">The script</h2>
<pre><code class="language-bash">#!/bin/sh
set -eu
export RESTIC_REPOSITORY=s3:https://objects.example/rack-backups
export RESTIC_PASSWORD_FILE=/etc/restic/password
[[pg_dump --format=custom appdb | restic backup --stdin --stdin-filename appdb.dump]]
[[restic forget --keep-daily 14 --keep-weekly 8 --prune]]
</code></pre>
<p>The forget line keeps two weeks of dailies and two months of weeklies, which for a database of 300 MB costs me less than a dollar a month. [[If your database is bigger, run the prune step weekly instead]], because pruning rewrites pack files and can take a while on slow object storage.</p>
</div>
<div class="post-tags">{{Tagged: postgres, backups, restic, self-hosting}}</div>
<aside class="support-box"><p>{{If this saved you an afternoon, you can buy me a coffee. It keeps the server running.}}</p></aside>
<form class="newsletter"><label>{{Get new posts by email, about once a month.}}</label> <input type="email"> <button>Subscribe</button></form>
<p class="webmentions">{{No comments here. Reply by email or mention this post from your own site.}}</p>
</article>
</main>
<footer class="site-footer"><p>{{Text licensed CC BY 4.0 unless noted. Built with Hugo.}}</p></footer>
</body>
"""))

PAGES.append(dict(
name="sv-custom-hyror-studentbostader-tabell",
comment="""Trap 2 (not paragraphs): sv regional news site, data story whose key
content is a <table> with a header row (student rents per city). Five
rows are must, each phrase within one row (spanning its cells; cells are
separated by whitespace in the HTML). Real boilerplate: byline/date,
"Läs också" list, source line under the table is article text and carries
no phrase, ad label, newsletter line, consent.""",
lang="sv-SE", site="Norrlandsposten", author="Elin Sjöberg",
date="2026-12-02T06:00:00+01:00",
url="https://www.norrlandsposten.example/nyheter/studentbostader-hyror-jamforelse-2027/",
title="Så mycket höjs hyran för studentbostäder nästa år",
desc="Umeå och Luleå sticker ut när studentbostadsbolagen redovisar hyrorna för 2027.",
html="""
<body class="article">
<div class="consent" role="dialog"><p>{{Vi använder kakor för att anpassa innehåll och annonser och för att analysera trafiken.}}</p><button>Godkänn alla</button> <button>Hantera val</button></div>
<header class="masthead"><a href="/" class="masthead__logo">Norrlandsposten</a><nav class="masthead__nav"><a href="/nyheter/">Nyheter</a> <a href="/sport/">Sport</a> <a href="/noje/">Nöje</a> <a href="/asikter/">Åsikter</a> <a href="/e-tidning/">E-tidning</a></nav></header>
<main>
<article class="article-main">
<h1>Så mycket höjs hyran för studentbostäder nästa år</h1>
<p class="byline">{{Elin Sjöberg}} · <time>{{2 december 2026 06.00}}</time></p>
<div class="article-text">
<p>[[Studenter i Norrland får räkna med dyrare boende från januari.]] Alla fem studentbostadsbolag som Norrlandsposten har frågat höjer hyran, men skillnaderna är stora: i Umeå stiger en korridorsrum med drygt fem procent, i Sundsvall med knappt två. Förhandlingarna med Hyresgästföreningen avslutades i slutet av november.</p>
<p>Bolagen pekar på samma orsaker som förra året, dyrare el och räntor, men också på eftersatt underhåll. [[I Luleå ska nästan hälften av studentlägenheterna få nya badrum]] under de kommande fem åren, och den kostnaden läggs till stor del på hyran.</p>
<div class="ad-label">{{Annons}}</div>
<table class="data-table">
<caption>Månadshyra för ett korridorsrum, kronor</caption>
<thead><tr><th>Ort</th> <th>Hyra 2026</th> <th>Hyra 2027</th> <th>Förändring</th></tr></thead>
<tbody>
<tr>[[<td>Umeå</td> <td>4 310</td> <td>4 540</td> <td>+5,3 procent</td>]]</tr>
<tr>[[<td>Luleå</td> <td>4 180</td> <td>4 370</td> <td>+4,5 procent</td>]]</tr>
<tr>[[<td>Östersund</td> <td>3 950</td> <td>4 070</td> <td>+3,0 procent</td>]]</tr>
<tr>[[<td>Sundsvall</td> <td>4 020</td> <td>4 095</td> <td>+1,9 procent</td>]]</tr>
<tr>[[<td>Härnösand</td> <td>3 640</td> <td>3 720</td> <td>+2,2 procent</td>]]</tr>
</tbody>
</table>
<p class="table-source">Källa: respektive studentbostadsbolag</p>
<p>Sundsvalls låga höjning förklaras av att bolaget redan förra året genomförde en större justering. [[Där betalar studenterna i dag nästan lika mycket som i Luleå]], trots att rummen i genomsnitt är tre kvadratmeter mindre, enligt Hyresgästföreningens egen genomgång.</p>
<p>Studentkåren i Umeå är kritisk. [[Ett rum för över 4 500 kronor tar nästan hälften av studiemedlet]], säger ordföranden Amir Haddad. Kåren vill att kommunen ska ställa krav på kommunala Bostaden att bygga fler små, billigare rum i stället för de större lägenheter som byggts på senare år.</p>
</div>
<section class="read-more"><h3>{{Läs också}}</h3><ul><li><a href="/nyheter/bostadsko-umea-rekord/">{{Bostadskön i Umeå längre än någonsin}}</a></li><li><a href="/nyheter/elpris-vinter-prognos/">{{Elpriset i vinter: det här väntar hushållen}}</a></li></ul></section>
<p class="nl-line">{{Få de viktigaste nyheterna från Norrland direkt i mejlen varje morgon.}} <a href="/nyhetsbrev/">Anmäl dig här</a></p>
</article>
</main>
<footer class="site-footer"><p>Norrlandsposten · Ansvarig utgivare: Karin Holm</p><a href="/kontakt/">Kontakt</a> <a href="/integritet/">Integritet</a></footer>
</body>
"""))

PAGES.append(dict(
name="cs-wp-slovnicek-tepelna-cerpadla-dl",
comment="""Trap 2 (not paragraphs): cs energy explainer on WordPress; the key content
is a glossary <dl> of eight terms (<dt>) with definitions (<dd>). The
definitions (and two terms long enough for a phrase) are must. Real
boilerplate: byline/date, author box, related posts, share buttons,
comments-closed note, cookie bar.""",
lang="cs-CZ", site="Teplo doma", author="Ondřej Vavřinec",
date="2026-11-27T14:00:00+01:00", ld={"@type": "Article"},
url="https://www.teplodoma.example/clanky/slovnicek-tepelna-cerpadla/",
title="Slovníček pojmů: čemu rozumět, než si pořídíte tepelné čerpadlo",
desc="Topný faktor, bod bivalence, ekvitermní regulace: vysvětlujeme pojmy z nabídek na tepelná čerpadla.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="post-template-default single single-post">
<div id="cookie-law-bar" class="cli-bar"><span>{{Tento web používá soubory cookie ke zlepšení služeb a k měření návštěvnosti.}}</span> <a class="cli-accept" href="#">Přijmout</a> <a href="#">Nastavení</a></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Teplo doma</a></p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/clanky/">Články</a></li><li><a href="/kalkulacky/">Kalkulačky</a></li><li><a href="/dotace/">Dotace</a></li><li><a href="/poradna/">Poradna</a></li></ul></nav></header>
<main id="primary" class="site-main">
<article id="post-4471" class="post-4471 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Slovníček pojmů: čemu rozumět, než si pořídíte tepelné čerpadlo</h1>
<div class="entry-meta"><span class="byline">{{Ondřej Vavřinec}}</span> <span class="posted-on">{{27. listopadu 2026}}</span></div></header>
<div class="entry-content">
<p>Nabídky firem na tepelná čerpadla jsou plné zkratek a technických výrazů, ve kterých se laik snadno ztratí. [[Přitom právě podle nich se dají nabídky porovnat]] a poznat, jestli vám firma nenavrhuje zbytečně velký nebo naopak slabý stroj. Sepsali jsme proto pojmy, na které se v nabídkách nejčastěji ptáte v naší poradně.</p>
<dl class="glossary">
<dt>Topný faktor (COP)</dt>
<dd>[[Poměr mezi vyrobeným teplem a spotřebovanou elektřinou]] v jednom konkrétním bodě měření, například při venkovní teplotě 7 °C.</dd>
<dt>Sezónní topný faktor (SCOP)</dt>
<dd>[[Průměrná účinnost za celou topnou sezonu]], a proto mnohem lepší vodítko pro odhad ročních nákladů než samotný COP.</dd>
<dt>Bod bivalence</dt>
<dd>[[Venkovní teplota, pod kterou už čerpadlo samo nestačí]] a musí mu pomáhat elektrokotel nebo jiný zdroj.</dd>
<dt>Ekvitermní regulace</dt>
<dd>[[Řízení teploty vody v topení podle venkovní teploty]], díky kterému čerpadlo zbytečně nehřeje v mírných dnech.</dd>
<dt>[[Systém vzduch–voda a země–voda]]</dt>
<dd>[[Označení podle toho, odkud čerpadlo bere teplo a kam ho předává]]; první typ je levnější, druhý stabilnější v mrazu.</dd>
<dt>Akumulační nádrž</dt>
<dd>[[Zásobník teplé vody, který vyrovnává rozdíly mezi výkonem a spotřebou]] a snižuje počet startů kompresoru.</dd>
<dt>Hladina akustického výkonu</dt>
<dd>[[Hlučnost venkovní jednotky v decibelech]]; pro řadové domy se vyplatí hledat hodnoty pod 55 dB.</dd>
<dt>Nízký tarif D56d</dt>
<dd>[[Sazba elektřiny určená pro domácnosti s tepelným čerpadlem]], s levnější elektřinou po dobu 22 hodin denně.</dd>
</dl>
<p>Pokud si nejste jistí, co některá položka v nabídce znamená, chtějte po firmě vysvětlení písemně. [[Seriózní dodavatel vám ukáže i výpočet tepelných ztrát domu]], ze kterého by měl navržený výkon čerpadla vycházet.</p>
</div>
<div class="sharedaddy"><h3 class="sd-title">{{Sdílejte článek:}}</h3> <a href="#">Facebook</a> <a href="#">E-mail</a></div>
<div class="author-box"><p>{{Autor je nezávislý energetický poradce a o vytápění rodinných domů píše od roku 2015.}}</p></div>
<section class="related-posts"><h3>Související články</h3><ul><li><a href="/clanky/dotace-nova-zelena-usporam-2027/">{{Nová zelená úsporám v roce 2027: co se mění}}</a></li><li><a href="/clanky/cerpadlo-v-radovem-dome/">{{Tepelné čerpadlo v řadovém domě a sousedé}}</a></li></ul></section>
<p class="no-comments">{{Komentáře jsou u tohoto článku uzavřeny.}}</p>
</article>
</main>
<footer id="colophon" class="site-footer"><p>© 2026 Teplo doma</p></footer>
</body>
"""))
