from core import build

build(dict(
 name='cs-custom-audio-vyzva-uprostred', lang='cs-CZ', type='NewsArticle',
 url='https://www.jihlavskelisty.example/zpravy/2026/12/nemocnice-parkovaci-dum-stavba',
 site='Jihlavské listy', author='Ondřej Kratochvíl', date='2026-12-03T11:15:00+01:00',
 title='Parkovací dům u nemocnice bude hotový o rok později, než kraj sliboval',
 desc='Stavba parkovacího domu pro 420 aut se zdrží kvůli spodní vodě. Pacienti dál parkují v ulicích.',
 comments=['Trap 4: boilerplate as plain paragraphs INSIDE the story: an audio-player label',
  '("Článek si můžete také poslechnout...") after the lead, a reader-funding appeal in the',
  'site’s own words mid-story, and a share-with-a-friend prompt near the end; all mustnot.',
  'The story is must. Ordinary boilerplate outside: breadcrumb, byline, related, cookie bar.'],
 body='''
<body>
<header class="hlavicka"><a href="/" class="logo">Jihlavské listy</a>
<nav><a href="/zpravy/">Zprávy</a> <a href="/doprava/">Doprava</a> <a href="/kultura/">Kultura</a> <a href="/sport/">Sport</a></nav></header>
<div class="drobecky">{{Domů › Zprávy › Doprava}}</div>
<main><article>
<h1>%H1%</h1>
<p class="meta">{{Ondřej Kratochvíl}}, <time>{{3. 12. 2026}}</time></p>
<div class="clanek-text">
<p>[[Parkovací dům u jihlavské nemocnice nebude hotový letos, ale nejdříve v prosinci 2027.]] Kraj Vysočina to potvrdil po jednání se stavební firmou, která při hloubení základů narazila na spodní vodu ve větším množství, než ukázal průzkum.</p>
<p>{{Článek si můžete také poslechnout v audioverzi, kterou načetl náš hlasový asistent.}}</p>
<p>[[Dům má mít pět podlaží a 420 parkovacích míst.]] [[Stavba za 186 milionů korun začala loni v březnu]] na místě bývalé prádelny. Firma teď musí jámu utěsnit a odčerpávat vodu, což podle kraje prodlouží práce zhruba o dvanáct měsíců.</p>
<p>Pacienti a návštěvníci mezitím parkují v okolních ulicích. [[„Kroužím tu dvacet minut a pak stejně stojím na trávníku“]], popisuje Jana Vomelová, která jezdí s otcem na dialýzu třikrát týdně. Městská policie v okolí nemocnice rozdává pokuty téměř denně.</p>
<p>{{Jihlavské listy nemají majitele v politice ani v byznysu.}} {{Podpořte nás částkou, kterou uznáte za vhodnou.}}</p>
<p>Vedení nemocnice chce situaci zmírnit dočasně. [[Od ledna otevře zaměstnancům parkoviště u bývalých kasáren]] a bude k němu vypravovat kyvadlový autobus. Uvolněná místa v areálu mají připadnout pacientům.</p>
<p>Náměstek hejtmana pro dopravu Miloš Bártů připouští, že průzkum podloží byl nedostatečný. [[„Tady jsme šetřili na špatném místě“]], řekl. Vícenáklady zatím kraj odhaduje na dvacet milionů korun a chce je částečně vymáhat po projektantovi.</p>
<p>[[Opozice žádá, aby kraj zveřejnil původní geologický průzkum]] a smlouvu s projektantem. Krajský úřad slibuje, že dokumenty vyvěsí na svém webu do konce roku. Zastupitel Radek Nechvíle tvrdí, že o problémech se spodní vodou věděli stavbaři už při prvních sondách a kraj je dlouho přecházel mlčením.</p>
<p>{{Znáte někoho, kdo do nemocnice jezdí? Pošlete mu tento článek.}}</p>
<p>[[Parkování v areálu nemocnice zůstává pro pacienty první hodinu zdarma.]] Každá další hodina stojí dvacet korun. Nemocnice zvažuje, že po otevření parkovacího domu zavede pro zaměstnance měsíční poplatek, aby místa v areálu zůstala volná pro pacienty a jejich doprovod.</p>
</div>
<section class="souvisejici"><h3>{{Související články}}</h3><a href="/zpravy/2026/09/nemocnice-nova-jidelna/">{{Nemocnice otevřela novou jídelnu pro veřejnost}}</a></section>
</article></main>
<footer><p>© 2026 Jihlavské listy, o. p. s. | Kontakt | Ochrana osobních údajů</p></footer>
<div class="cookie-lista"><p>{{Používáme cookies pro měření návštěvnosti.}}</p><button>Souhlasím</button> <button>Odmítnout</button></div>
</body>'''))

build(dict(
 name='en-ghost-tip-line-share-inline', lang='en-GB', type='NewsArticle',
 url='https://www.thetynesideledger.example/council-leaves-library-roof-tarpaulin-fourth-winter/',
 site='The Tyneside Ledger', author='Callum Ridley', date='2026-12-04T07:30:00+00:00',
 title='Walker library roof to spend a fourth winter under tarpaulin',
 desc='The council says repairs to the listed building will not start before summer. Staff work around buckets.',
 comments=['Trap 4: boilerplate as plain <p> paragraphs INSIDE the story (Ghost site, no card',
  'markup): a newsletter plug in the site’s voice after paragraph 2, an italic-free tip-line',
  'line from the author mid-story, and a share prompt near the end; all mustnot. The story',
  'is must. Outside: byline, reading time, members CTA, related posts, footer.'],
 body='''
<body class="post-template">
<header class="gh-head"><a class="gh-head-logo" href="/">The Tyneside Ledger</a>
<nav class="gh-head-menu"><a href="/tag/council/">Council</a> <a href="/tag/housing/">Housing</a> <a href="/tag/culture/">Culture</a> <a href="/about/">About</a></nav></header>
<main class="gh-main"><article class="gh-article post">
<header class="gh-article-header"><h1 class="gh-article-title">%H1%</h1>
<div class="gh-article-meta"><span class="gh-article-author-name">{{Callum Ridley}}</span> <time>{{4 Dec 2026}}</time> <span>{{5 min read}}</span></div></header>
<section class="gh-content gh-canvas">
<p>[[The roof of Walker library will stay under blue tarpaulin for a fourth winter]], after Newcastle City Council confirmed that repairs to the Grade II listed building will not begin before next summer.</p>
<p>Staff have been working around buckets since a storm lifted part of the slate roof in January 2023. [[The reading room upstairs has been closed ever since]], and the children's section moved to a corner of the ground floor that used to hold the newspapers.</p>
<p>Get stories like this in your inbox every Thursday morning. The Ledger’s newsletter is free and takes five minutes to read.</p>
<p>The council says the delay is down to the building's listing. [[Heritage officers asked for the original Welsh slate to be reused where possible]], which means every tile has to be lifted, sorted and stored before the timbers underneath can be assessed.</p>
<p>[[“We have bought more buckets than books this year,” one librarian said]], asking not to be named because staff are not allowed to speak to the press. [[Two computers used for job searches were moved]] after water dripped onto a desk in October.</p>
<p>If you work for the council or use the library and know more about the repairs, message me in confidence on Signal at 07700 900318.</p>
<p>Users are frustrated. [[Margaret Ellison, 79, has visited the library every Tuesday for forty years]] and now reads in a room where she can hear the tarpaulin flapping. “It's still the warmest place I can sit for free,” she said.</p>
<p>The cabinet member for culture, Cllr Yasmin Akhtar, said [[the council had set aside £640,000 for the roof]] and that the contract would go out to tender in February. She said closing the library during the work would be a last resort.</p>
<p>Know someone who uses Walker library? Send them this story.</p>
<p>[[A public meeting on the repairs is planned for 20 January at the library itself.]] The council has promised to bring the architect.</p>
</section>
</article>
<aside class="gh-cta"><p>{{Become a member of the Ledger and help pay for reporting like this.}}</p><a href="#/portal/signup">Join for £4 a month</a></aside>
<section class="gh-read-next"><h3>{{Read next}}</h3><a href="/byker-pool-changing-rooms/">{{Byker pool reopens with half its changing rooms}}</a></section>
</main>
<footer class="gh-foot"><p>{{The Tyneside Ledger © 2026. Published with Ghost.}}</p></footer>
</body>'''.replace('<p>Get stories like this in your inbox every Thursday morning. The Ledger’s newsletter is free and takes five minutes to read.</p>',
 '<p>{{Get stories like this in your inbox every Thursday morning.}} {{The Ledger’s newsletter is free and takes five minutes to read.}}</p>').replace(
 '<p>If you work for the council or use the library and know more about the repairs, message me in confidence on Signal at 07700 900318.</p>',
 '<p>{{If you work for the council or use the library}} and know more about the repairs, {{message me in confidence on Signal at 07700 900318.}}</p>').replace(
 '<p>Know someone who uses Walker library? Send them this story.</p>', '<p>{{Know someone who uses Walker library? Send them this story.}}</p>')))
