from common import *
KIND = "articles"
PAGES = []

# 5. scooter review
art = """<article id="post-8812" class="post-8812 post type-post status-publish format-standard category-scooters">
<nav class="breadcrumbs" aria-label="Breadcrumb">{{<a href="/">Home</a> / <a href="/reviews/">Reviews</a> / <a href="/reviews/scooters/">Scooters</a>}}</nav>
<header class="entry-header"><h1 class="entry-title">Velox Strada 2 review: a commuter scooter that finally folds small</h1>
<div class="entry-meta">By <span class="author vcard">{{Dominic Ashworth}}</span> · <time class="entry-date published">{{November 30, 2026}}</time> · {{9 min read}}</div></header>
<div class="affiliate-note"><p>{{We may earn a commission when you buy through links on this page.}}</p></div>
<div class="entry-content">
""" + ps(
"[[The Velox Strada 2 is the first scooter in its price class]] that I could carry up three flights of stairs without stopping on the landing. That alone will matter more to many commuters than top speed, and it is the main reason this model has replaced last year's favourite in my daily rotation.",
'<h2>Specifications</h2>',
'<ul class="specs"><li>[[Range: 40-55 km | 25-34 miles]]</li><li>[[Weight: 14 kg / 31 lb]]</li><li>[[Top speed: 25 km/h | 15.5 mph]]</li><li>[[Folded size: 108 x 44 x 48 cm]]</li><li>Charging time: 5.5 hours</li><li>[[Tyres: 9-inch tubeless / self-sealing]]</li><li>Price: £649 / $699</li></ul>',
"I rode the Strada 2 for three weeks on a mixed route of cycle lanes, cobbled side streets and one steep hill. [[In cold weather I got 41 km from a full charge]], close to the bottom of the claimed range, with a 90 kg rider and the eco mode switched off.",
"The folding latch is the best I have used. [[It locks with a single downward push and never rattled loose]], even on the cobbles. The stem folds onto a hook on the rear mudguard, and the whole scooter can be pulled along on its front wheel like a suitcase.",
'<h2>What could be better</h2>',
"The brakes are the weak spot. [[The rear drum brake needs a firm squeeze]] and the electronic front brake cuts in a little late, which makes emergency stops on wet tarmac less reassuring than on heavier rivals. The display is also hard to read in bright sunshine.",
"Suspension is limited to a small rubber block at the front. On smooth surfaces the tubeless tyres absorb enough, but anyone whose route runs over old setts will feel every stone by the end of the week.",
"Battery life over time is harder to judge in three weeks, but Velox offers a two-year warranty on the pack and sells replacements for £189. [[Swapping the battery takes four screws / ten minutes]], according to the manual, which is rare at this price and could keep the scooter on the road far longer than its rivals.",
"[[For a rider who must carry the scooter every day]], the Strada 2 is easy to recommend. Heavier riders, or anyone facing long hills, should look at a model with a larger battery and accept the extra kilos.",
) + """
</div>
<div class="share-buttons">{{Share this review:}} <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
""" + related("{{You might also like}}", [("/reviews/scooters/urbo-x", "{{Urbo X review: big battery, big bulk}}"), ("/guides/scooter-law", "{{Where can you legally ride an e-scooter in 2026?}}")])
body = wp("Kerbside", [("/reviews/", "Reviews"), ("/news/", "News"), ("/guides/", "Guides"), ("/deals/", "Deals")], art,
          footer="<p>{{© 2026 Kerbside Media Ltd. Prices correct at time of publishing.}}</p>",
          pre='<div class="cookie-notice-container" id="cn-notice"><span id="cn-notice-text">{{We use cookies to improve your experience and to show you relevant deals.}}</span><a id="cn-accept-cookie" class="cn-button">Accept</a></div>\n')
PAGES.append(dict(name="en-wp-review-scooter-specs", lang="en-GB", site="Kerbside",
    url="https://kerbside.example/reviews/scooters/velox-strada-2-review/",
    title="Velox Strada 2 review: a commuter scooter that finally folds small",
    desc="The Velox Strada 2 weighs 14 kg and folds with one push. We rode it for three weeks.", author="Dominic Ashworth",
    ldtype="Review", body=body,
    comment="""Trap 2: slashes and pipes as article text (product review spec list, en-GB, WordPress).
Spec lines such as "Range: 40-55 km | 25-34 miles" and "Weight: 14 kg / 31 lb" are article text.
Real breadcrumb "Home / Reviews / Scooters" (links) is mustnot, with byline, affiliate note, share line, related, cookie notice."""))

# 6. software pricing comparison
art = """<article class="post type-post">
<div class="crumbs">{{<a href="/">Home</a> | <a href="/guides/">Guides</a> | <a href="/guides/video/">Video</a>}}</div>
<h1 class="entry-title">Which cheap video editor is worth paying for? We compared four plans</h1>
<p class="byline">{{Words by Priya Menon}} — <time>{{Updated December 1, 2026}}</time></p>
<div class="entry-content">
""" + ps(
"[[Free video editors have become good enough for most family clips]], but almost all of them stamp a watermark on the export or cap the length of what you can save. We looked at what the cheapest paid tier of four popular tools actually unlocks, and whether it is worth the monthly fee.",
"<h2>ClipLoom</h2>",
"ClipLoom's free version is generous with effects but limits exports to 720p. Its single paid plan is simple: [[$18 / month: remove watermark and export up to 25 minutes]] in full HD. Yearly billing brings that down to $12 a month, which makes it the cheapest option here for people who edit regularly.",
"<h2>Framewise</h2>",
"[[Framewise splits its offer into Creator / Pro tiers]]. The Creator tier, at $9 a month, removes the watermark but keeps the 10-minute export limit, which rules it out for anyone cutting talks or school plays. [[Pro costs $24 a month and lifts the limit to two hours / 4K]].",
"<h2>Reelsmith and Cutline</h2>",
"[[Reelsmith charges per export rather than per month.]] [[One export costs $4; a pack of ten / $29 never expires]], which suits people who edit a handful of videos a year. Cutline is the only one of the four with a one-time licence, at $79, but updates after the first year cost extra.",
"All four tools run in a browser as well as on Windows / macOS, but only ClipLoom and Cutline work offline. That matters more than it seems: exporting a 20-minute video over a slow connection took us almost an hour with Framewise, against six minutes locally with Cutline on the same laptop.",
"[[Our verdict depends on how often you edit.]] For a weekly vlog, ClipLoom's yearly plan wins. For a wedding video or two a year, Reelsmith's pack costs less than three months of any subscription. Framewise's Creator tier is the one we would avoid: it looks cheap, but the export cap is what most people are paying to remove.",
"Prices were checked on 1 December and exclude sales tax. [[Several of the companies change their prices around the new year]], so check the current plan page before you subscribe.",
) + """
</div>
<div class="post-share">{{Share:}} <a href="#">Copy link</a> <a href="#">Reddit</a></div>
<div class="newsletter-box"><h3>{{The Cutting Room}}</h3><p>{{One email a week with editing tips and software deals.}}</p><form><input type="email" placeholder="Email address"><button>{{Sign me up}}</button></form></div>
</article>"""
body = wp("Pixel Tinker", [("/guides/", "Guides"), ("/reviews/", "Reviews"), ("/how-to/", "How-to")], art,
          footer="<p>{{Pixel Tinker is reader-supported. © 2026}}</p>")
PAGES.append(dict(name="en-wp-video-editor-pricing-compare", lang="en-US", site="Pixel Tinker",
    url="https://pixeltinker.example/guides/video/cheap-video-editor-paid-plans-compared/",
    title="Which cheap video editor is worth paying for? We compared four plans",
    desc="We compared the cheapest paid plans of ClipLoom, Framewise, Reelsmith and Cutline.", author="Priya Menon", body=body,
    comment="""Trap 2: slashes and pipes as article text (software pricing comparison, en-US, WordPress).
Prices like "$18 / month: remove watermark and export up to 25 minutes" and "Creator / Pro" are article text.
Real breadcrumb "Home | Guides | Video" (links) is mustnot, with byline, updated line, share line, newsletter box, footer."""))

# 7. HR / payroll explainer
main = """<nav class="breadcrumb">{{<a href="/">Home</a> / <a href="/business/">Business</a> / <a href="/business/payroll/">Payroll</a>}}</nav>
<article class="story">
<h1>Payroll service, HR software or a PEO? How small firms choose</h1>
<div class="story-meta"><span class="author">{{By Marcus Ebbeson}}</span> <span class="date">{{Dec. 2, 2026}}</span></div>
<div class="story-body">
""" + ps(
"[[When a company hires its fifth or sixth employee, payroll stops being a weekend chore]]. Owners then face three broad options, and the names can be confusing: a payroll service, an HR software platform, or [[full-service HR outsourcing (PEO / co-employment)]]. Each shifts a different amount of work, and legal risk, off the owner's desk.",
"<h2>Payroll services</h2>",
"[[A payroll service calculates wages, withholds taxes and files the quarterly returns.]] It does little else. Prices usually run from $40 to $80 a month plus a few dollars per employee, and the owner still handles hiring paperwork, benefits and workplace policies.",
"<h2>HR software</h2>",
"HR platforms add onboarding, time-off tracking and document storage on top of payroll. They suit firms of 10 to 50 people [[with an office manager / part-time HR lead]] who can run the system. The software reminds you of deadlines, but it does not take responsibility for meeting them.",
"<h2>PEOs</h2>",
"[[Under a PEO arrangement, the provider becomes the employer of record for tax purposes]]. Staff keep working for the business day to day, but their wages, benefits and workers' compensation run through the PEO. Because a PEO pools thousands of employees, it can often offer health plans a small firm could not buy alone.",
"The trade-off is cost and control. [[PEO fees typically amount to 2 to 12 percent of total payroll]], and leaving one later means rebuilding benefits from scratch. “Owners underestimate the exit,” said Lorna Whitcombe, a benefits consultant in Columbus. [[“Read the termination clause before the price sheet.”]]",
"Switching between models is common. Many firms start with a payroll service, move to software as they add managers, and only later look at a PEO when health insurance premiums start to bite. Providers usually need four to six weeks’ notice to move payroll data, and switching mid-quarter creates extra tax filings.",
"Accountants we spoke with suggest a simple rule of thumb: payroll service below ten staff, software between ten and fifty, and a PEO when benefits become the main hiring problem. [[None of the three removes the owner's duty to classify workers correctly.]]",
) + """
</div>
<aside class="inline-promo"><p>{{Get our Small Business Brief every Tuesday.}} <a href="/newsletters">{{Subscribe free}}</a></p></aside>
<div class="tags">{{Filed under: Payroll, Benefits, Small business}}</div>
</article>"""
body = custom("Main Street Ledger", [("/business/", "Business"), ("/money/", "Money"), ("/tech/", "Tech"), ("/careers/", "Careers")], main,
    footer="<p>{{Main Street Ledger does not provide legal or tax advice.}}</p><p>© 2026 Main Street Ledger</p>",
    aside='<aside class="rail">' + related("{{Most read}}", [("/money/s-corp", "{{Is an S corp still worth it for freelancers?}}"), ("/business/minimum-wage-2027", "{{State minimum wages rising on January 1}}")], "most-read") + "</aside>\n")
PAGES.append(dict(name="en-custom-payroll-peo-explainer", lang="en-US", site="Main Street Ledger",
    url="https://mainstreetledger.example/business/payroll/payroll-service-hr-software-or-peo",
    title="Payroll service, HR software or a PEO? How small firms choose",
    desc="A plain guide to payroll services, HR platforms and PEOs for growing small businesses.", author="Marcus Ebbeson", body=body,
    comment="""Trap 2: slashes as article text (HR/payroll explainer, en-US, custom CMS).
"full-service HR outsourcing (PEO / co-employment)" and "office manager / part-time HR lead" are article text.
Real breadcrumb "Home / Business / Payroll" (links) is mustnot, with byline, date, newsletter plug, tags, most-read, disclaimer."""))

# 8. opinion piece with and/or prose
main = """<div class="crumbtrail">{{<a href="/">Home</a> | <a href="/opinion/">Opinion</a> | <a href="/opinion/columns/">Columns</a>}}</div>
<article class="column">
<p class="kicker">Column</p>
<h1>The research budget is not a zero-sum game</h1>
<p class="author-line">{{By Helena Strand, science columnist}}</p>
<div class="column-body">
""" + ps(
"[[Every autumn the same argument returns to the budget committee]]: if the state spends more on basic research, it must spend less on something people can see and touch. This year the target is the university grant pool, which the finance minister wants to freeze for three years.",
"[[The logic sounds tidy, but it misreads how laboratories grow.]] In research, more jobs / funding mean more projects / resources, and those in turn bring in outside money. A lab that hires two postdocs this year is the lab that wins a European grant in three.",
"[[Freezing the pool does not save money so much as move it abroad.]] Our neighbours are raising their budgets by four to six percent a year. Young researchers notice. When the national council surveyed its fellows last spring, a third said they would consider leaving within two years.",
"Critics say universities should first show results. [[That is fair, and/or it is a demand]] that should apply to every line of the budget. [[Road projects are not asked to prove their worth before the asphalt is laid]], yet they regularly run over cost by a third.",
"[[A smarter approach would tie part of the increase to teaching and/or industry partnerships]], so that the public sees where the money goes. Denmark did something similar in 2019, and the share of doctoral graduates working in private firms rose from 41 to 52 percent.",
"There is also a cost to stopping and starting. A laboratory that loses its technicians during a three-year freeze does not simply pick up where it left off when the money returns. Equipment ages, collaborations lapse, and the students who would have trained there have already gone elsewhere, often for good.",
"None of this means the budget should be unlimited. It means that the choice is not between research and hospitals, or research and roads. [[It is between a country that trains its own scientists and one that imports them]], usually at a higher price.",
"[[The committee votes on 15 December.]] Its members still have time to choose the first kind.",
) + """
</div>
<p class="column-disclaimer">{{Views expressed in columns are the author's own.}}</p>
<div class="share-row">{{Share this column}} <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
</article>"""
body = custom("The Northern Courier", [("/news/", "News"), ("/opinion/", "Opinion"), ("/business/", "Business"), ("/culture/", "Culture")], main,
    footer="<p>{{The Northern Courier, 14 Quay Street, Aberlinn}}</p>",
    aside='<aside class="rail">' + related("{{More columns}}", [("/opinion/columns/ferries", "{{Why the ferry timetable keeps failing islanders}}"), ("/opinion/columns/libraries", "{{Libraries are the last free indoor space}}")]) + "</aside>\n",
    pre='<div class="consent-bar">{{This site uses cookies for analytics and advertising.}} <button>{{OK, got it}}</button></div>\n')
PAGES.append(dict(name="en-custom-opinion-research-budget", lang="en-GB", site="The Northern Courier",
    url="https://northerncourier.example/opinion/columns/research-budget-not-zero-sum",
    title="The research budget is not a zero-sum game",
    desc="Freezing the university grant pool will not save money, argues Helena Strand.", author="Helena Strand",
    ldtype="OpinionNewsArticle", body=body,
    comment="""Trap 2: slashes and "and/or" as article text (opinion column, en-GB, custom CMS).
"more jobs / funding mean more projects / resources" is article text.
Real breadcrumb "Home | Opinion | Columns" (links) is mustnot, with author line, disclaimer, share row, more columns, consent bar."""))
