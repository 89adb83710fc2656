# Trap 1: component-CMS class names that sound like chrome (part 1).
PAGES = [
dict(
name="en-drupal-heritage-trust-boat-shed",
comment="""trap 1 (component CMS classes): en-GB heritage trust news on Drupal 10 Paragraphs.
The story paragraphs sit in div.paragraph--type--text-banner, paragraph--type--promo-text,
paragraph--type--teaser-body and a block--sidebar-quote. REAL EU Cookie Compliance banner
(#sliding-popup) is mustnot, with breadcrumb, date, share links, related list, footer note.""",
lang="en-GB", site="Solent Maritime Heritage Trust", author="Imogen Frayling",
url="https://www.solentheritage.example/news/gosport-boat-shed-reopens-after-restoration",
title="Gosport boat shed reopens after four-year restoration",
desc="The Victorian timber shed at Haslar Creek has been rebuilt with original joinery techniques and will open to visitors on Saturday.",
date="2026-11-27T09:30:00+00:00",
nav=["Visit", "Collections", "Learning", "News", "Support us"],
bodyclass="path-node page-node-type-news-article",
headextra='<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
headerclass="site-header region region--header",
footer="Solent Maritime Heritage Trust is a registered charity in England and Wales. Registered office: Haslar Creek, Gosport.",
pre="""<div class="region region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol><li><a href="/">{{Home</a></li> <li>› <a href="/news">News</a></li> <li>› Gosport boat shed}}</li></ol></nav></div>""",
article="""<main role="main"><div class="region region--content"><article class="node node--type-news-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Gosport boat shed reopens after four-year restoration</span></h1>
<div class="node__meta"><span class="field field--name-created">{{Published 27 November 2026}}</span></div>
<div class="field field--name-field-components field--type-entity-reference-revisions">
<div class="paragraph paragraph--type--text-banner paragraph--view-mode--default"><div class="text-banner__body clearfix">
<p>[[The Victorian boat shed at Haslar Creek will open to visitors]] on Saturday after a restoration that took four years, twice as long as planned. The timber building, put up in 1871 to store the launches of the naval hospital, had lost most of its roof in the storms of early 2022.</p>
</div></div>
<div class="paragraph paragraph--type--promo-text paragraph--view-mode--default"><div class="promo-text__inner">
<p>Volunteers and two apprentice shipwrights did much of the work. [[Every rotten post was replaced with oak from a Hampshire estate]], cut and pegged by hand rather than bolted, so that the frame would move with the weather as the original did. About a third of the old timber could be kept.</p>
</div></div>
<div class="paragraph paragraph--type--teaser-body paragraph--view-mode--default"><div class="teaser-body">
<p>"We argued for a long time about the roof," said project lead Callum Ashdown. [[Slate would have been cheaper to maintain, but the photographs]] from the 1890s show tarred felt over boards, [[and the trust decided to follow them.]] The felt will need renewing every twelve to fifteen years.</p>
</div></div>
<div class="paragraph paragraph--type--sidebar-quote block--sidebar-quote"><blockquote class="sidebar-quote__text">
<p>[[We found a pencilled tally of oars on the back of a door]], dated 1904, and we have left it where it was.</p>
</blockquote></div>
<div class="paragraph paragraph--type--text-banner paragraph--view-mode--default"><div class="text-banner__body clearfix">
<p>The restoration cost £1.18 million, of which £740,000 came from the National Lottery Heritage Fund. [[The rest was raised from members, two local firms and a county grant.]] [[Overspending was held to about £90,000]], mostly on scaffolding that had to stay up through two winters instead of one.</p>
</div></div>
<div class="paragraph paragraph--type--promo-text paragraph--view-mode--default"><div class="promo-text__inner">
<p>Inside, the shed now holds four small boats from the trust's collection, including a 1920s clinker-built harbour launch. [[Visitors can watch the workshop through a glass screen]] on Tuesdays and Thursdays, when the apprentices will be finishing a replica of a hospital rowing gig.</p>
</div></div>
<div class="paragraph paragraph--type--teaser-body paragraph--view-mode--default"><div class="teaser-body">
<p>Entry is free for the opening weekend. From December the shed will open Wednesday to Sunday, 10am to 4pm, with a charge of £4 for adults. Children under 16 and Gosport residents with a library card will continue to get in free, the trust said.</p>
</div></div>
</div>
<div class="social-share"><span>{{Share this page}}</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</article></div></main>""",
post="""<section class="block block-views block--related"><h2>{{More from the trust}}</h2><ul><li><a href="/news/gig-club">{{Haslar gig club wins its first regatta}}</a></li><li><a href="/news/archive-digitised">{{Hospital ledgers go online after digitisation}}</a></li></ul></section>""",
consent="""<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-popup" role="alertdialog"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{{We use cookies on this site to enhance your user experience}}. {{By clicking any link on this page you are giving your consent}}.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>""",
),
dict(
name="sv-squarespace-folkhogskola-batbygge",
comment="""trap 1 (component CMS classes): sv news on a Squarespace 7.1 site of a folk high school.
Story text sits in section.sqs-block promo-block, div.sqs-block html-block banner-block,
a summary-block card, sqs-block-content. Real: byline/date, share buttons, a related list,
a footer address line, a Squarespace cookie banner.""",
lang="sv-SE", site="Västerås Folkhögskola", author="Elin Bergqvist",
url="https://www.vasterasfolkhogskola.example/nyheter/eleverna-bygger-en-eka",
title="Eleverna bygger en eka – och ska ro den till Mälaren i maj",
desc="Linjen för träbåtsbygge har börjat på en fem meter lång eka efter ritningar från 1930-talet.",
date="2026-11-30T08:00:00+01:00", ldtype="BlogPosting",
nav=["Utbildningar", "Ansök", "Om skolan", "Nyheter", "Kontakt"],
bodyclass="collection-type-blog view-item sqs-site",
headextra='<!-- This is Squarespace. --><!-- vasteras-folkhogskola -->',
headerclass="header theme-col--primary",
footer="Västerås Folkhögskola, Bäckbyvägen 12, 722 19 Västerås. Tel. 021-40 12 00.",
article="""<main id="page" class="container" role="main"><article class="sections"><section class="page-section"><div class="content-wrapper"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper">
<h1 class="entry-title" data-content-field="title">Eleverna bygger en eka – och ska ro den till Mälaren i maj</h1>
<div class="blog-meta-section"><span class="blog-author">{{Text: Elin Bergqvist}}</span> <time class="blog-date">{{30 nov. 2026}}</time></div></div>
<div class="blog-item-content-wrapper"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="sqs-block html-block banner-block sqs-block-html"><div class="sqs-block-content">
<p>[[I verkstaden bakom skolans matsal luktar det tjära och nysågad furu.]] Här har sju elever på linjen för träbåtsbygge börjat på en fem meter lång eka, byggd efter ritningar som en båtbyggare i Köping gjorde på 1930-talet.</p>
</div></div>
<section class="sqs-block promo-block sqs-block-html"><div class="sqs-block-content">
<p>Ritningarna hittades i en låda på Västerås stadsarkiv förra vintern. [[Läraren Tomas Lindgren kände igen signaturen på första bladet]] och bad om att få kopiera dem. [[Det visade sig att bara två ekor]] av den modellen finns kvar, och ingen av dem går att ro.</p>
</div></section>
<div class="sqs-block summary-block card-block sqs-block-summary-v2"><div class="sqs-block-content summary-item-card">
<p>Eleverna har valt att göra det mesta för hand. [[Bordgångarna klinkas med kopparnitar som nitas en och en]], och köl och stävar har hyvlats ur samma furustock. – [[Vi hade kunnat fräsa delarna på en dag]], men då lär man sig ingenting, säger Lindgren.</p>
</div></div>
<section class="sqs-block promo-block sqs-block-html"><div class="sqs-block-content">
<p>För Amira Hassan, som gick ut gymnasiet som elektriker, är det första gången hon arbetar med trä. [[Hon tycker att det svåraste är att läsa virket]], att se åt vilket håll det vill slå sig innan man sågar. Hon har redan sökt praktik på ett varv i Arholma.</p>
</div></section>
<div class="sqs-block html-block banner-block sqs-block-html"><div class="sqs-block-content">
<p>Båten ska vara färdig i april. [[Planen är att ro den från skolan till Mälaren den 16 maj]], en sträcka på ungefär sex kilometer längs Svartån, med en övernattning vid Johannisberg. Kommunen har lovat att öppna slussen vid Kraftverket för dem.</p>
</div></div>
<div class="sqs-block summary-block card-block sqs-block-summary-v2"><div class="sqs-block-content summary-item-card">
<p>Linjen tar in tolv elever per år och har ansökningstid till den 15 mars. [[Efter två år kan eleverna bygga en mindre båt på egen hand]], och flera av de tidigare eleverna arbetar i dag på varv i Stockholms skärgård och på Gotland.</p>
</div></div>
</div></div>
<div class="blog-item-sharing"><div class="squarespace-social-buttons"><span>{{Dela inlägget}}</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div></div>
</div></div></section></article></main>""",
post="""<section class="blog-item-pagination"><h2>{{Fler nyheter från skolan}}</h2><ul><li><a href="/nyheter/kor">{{Skolans kör sjunger in julen i domkyrkan}}</a></li><li><a href="/nyheter/internat">{{Nytt internat klart till hösten}}</a></li></ul></section>""",
consent="""<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog"><div class="sqs-cookie-banner-v2-text">{{Den här webbplatsen använder cookies för att förbättra din upplevelse.}}</div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Godkänn</button><button class="sqs-cookie-banner-v2-deny">Avböj</button></div></div>""",
),
]
