PAGES = []

# 1. English SaaS company blog how-to
PAGES.append(dict(
name="en-saas-blog-how-to-estimate-projects", lang="en-US",
comment="""en-US: a project-management SaaS company's blog post (HubSpot-CMS-like), a
how-to of about 500 words with numbered steps as h2s. A product CTA box
inside the body after step 2 ("Try it in Plotboard") and a CTA band at
the end; author box; "Related posts"; newsletter; footer. JSON-LD:
BlogPosting with date. Cookie banner. The CTA boxes, author box,
newsletter and footer are mustnot; the steps are must.""",
url="https://www.plotboard.example/blog/how-to-estimate-a-project-when-you-have-never-done-one-like-it",
title="How to estimate a project when you’ve never done one like it",
site="Plotboard",
doctitle="How to estimate a project when you’ve never done one like it | Plotboard Blog",
desc="Reference classes, ranges instead of single numbers and a short pilot: a practical way to estimate work you have no history for.",
ogtype="article",
meta=['property="article:published_time" content="2026-11-18T14:00:00Z"','property="article:section" content="Planning"'],
css="/hs-fs/hub/0000000/hub_generated/template_assets/blog-post.min.css",
bodyclass="blog-post",
jsonld={"@context":"https://schema.org","@type":"BlogPosting","headline":"How to estimate a project when you’ve never done one like it","datePublished":"2026-11-18T14:00:00Z","author":{"@type":"Person","name":"Dana Whitcombe"},"publisher":{"@type":"Organization","name":"Plotboard","logo":{"@type":"ImageObject","url":"https://www.plotboard.example/logo.png"}},"mainEntityOfPage":"https://www.plotboard.example/blog/how-to-estimate-a-project-when-you-have-never-done-one-like-it"},
header="""<header class="header"><a class="header__logo" href="/">Plotboard</a><nav class="header__menu"><a href="/product">Product</a><a href="/templates">Templates</a><a href="/pricing">Pricing</a><a href="/customers">Customers</a><a class="active" href="/blog">Blog</a></nav><a class="header__login" href="https://app.plotboard.example/login">Log in</a><a class="btn btn--primary" href="/signup">Get started free</a></header>""",
main="""<main class="body-container">
<article class="blog-post">
<a class="blog-post__tag" href="/blog/tag/planning">Planning</a>
<h1 class="blog-post__title">How to estimate a project when you’ve never done one like it</h1>
<div class="blog-post__meta"><span class="blog-post__author">{{By Dana Whitcombe}}</span> · <time datetime="2026-11-18">November 18, 2026</time> · 7 min read</div>
<div class="blog-post__body">
<p>[[Every team eventually gets asked for a date on something new.]] A first mobile app, a move to another warehouse system, a product launch in a country where nobody on the team speaks the language. There is no last time to copy, and the person asking still wants a number by Friday.</p>
<p>Guessing feels unprofessional, so people either pad wildly or refuse to answer. Neither helps. Here is the approach we use with our own projects, and the one we see working best among the teams we talk to.</p>
<h2>1. Find the nearest reference class</h2>
<p>You have never built this exact thing, but somebody has built something like it. [[Look for projects that share the riskiest part of yours]], not the ones that look the same from the outside. A payroll migration has more in common with a bank’s data migration than with another HR tool rollout. Ask colleagues, suppliers and forums how long theirs took, and how far they overran.</p>
<h2>2. Estimate in ranges, not points</h2>
<p>Write down three figures for each chunk of work: the fastest you can imagine if everything goes right, the most likely, and the figure you would be embarrassed to exceed. [[The distance between the first and the last is information]]: a wide gap tells you where the uncertainty lives, and that is where you should spend your first week.</p>
<aside class="cta-box"><p class="cta-box__title">{{Plan in ranges with Plotboard}}</p><p>{{Plotboard’s three-point estimates roll up into a forecast your stakeholders can actually read.}}</p><a class="btn btn--primary" href="/signup?utm_source=blog&amp;utm_content=inline">{{Try it free for 14 days}}</a></aside>
<h2>3. Run a short pilot before you commit</h2>
<p>Pick the piece of work you understand least and do a real slice of it, time-boxed to a week or two. [[A pilot turns the widest range into a narrower one]] faster than any meeting can. If the pilot takes twice as long as you thought, that is not a failure: it is the cheapest moment to learn it.</p>
<h2>4. Separate effort from calendar time</h2>
<p>Forty hours of work rarely means one week. People are on other projects, reviews wait in queues, suppliers answer on Tuesdays. [[Estimate the effort first, then convert it with your real availability]], not the availability you wish you had. Teams that skip this step are the ones who are always “nearly done”.</p>
<h2>5. Say what would change the number</h2>
<p>An estimate is only useful if people know when to stop trusting it. [[List the two or three assumptions your range depends on]], such as a supplier delivering an API on time or a decision being made by a certain date, and agree who will tell whom if one of them breaks.</p>
<h2>Give the number, and give it again</h2>
<p>Share your range, your reference class and your assumptions together. Then re-estimate at fixed points: after the pilot, at the halfway mark, and whenever an assumption changes. [[The first estimate of a new kind of project is always wrong.]] What makes you trustworthy is how quickly the second and third ones get better.</p>
</div>
<div class="blog-post__author-box"><img src="/hubfs/authors/dana-whitcombe.jpg" alt=""><p>{{Dana Whitcombe leads customer education at Plotboard.}} She spent ten years running delivery teams at agencies before that.</p></div>
</article>
<section class="cta-band"><h2>{{Stop guessing. Start forecasting.}}</h2><p>Join 9,000 teams who plan their projects in Plotboard.</p><a class="btn btn--primary" href="/signup?utm_source=blog&amp;utm_content=footer">Get started free</a></section>
<section class="related-posts"><h2>Related posts</h2><ul><li><a href="/blog/why-your-gantt-chart-is-lying">{{Why your Gantt chart is lying to you}}</a></li><li><a href="/blog/running-a-project-retrospective">How to run a retrospective people don’t dread</a></li></ul></section>
<section class="newsletter"><h2>The Plotboard Letter</h2><p>One practical planning idea, every other Tuesday.</p><form><input type="email" placeholder="you@company.com"><button>Subscribe</button></form></section>
</main>""",
footer="""<footer class="footer"><nav><a href="/product">Product</a><a href="/pricing">Pricing</a><a href="/security">Security</a><a href="/careers">Careers</a><a href="/privacy">Privacy</a></nav><p>{{© 2026 Plotboard Inc. All rights reserved.}}</p></footer>""",
consent="""<div id="hs-eu-cookie-confirmation"><p>This website stores cookies on your computer to improve your experience and for analytics.</p><a id="hs-eu-confirmation-button">Accept</a><a id="hs-eu-decline-button">Decline</a></div>"""))

# 2. German law firm legal update
PAGES.append(dict(
name="de-kanzlei-rechtsupdate-arbeitszeiterfassung", lang="de-DE",
comment="""de: a law firm's "Legal Update" on its own site (TYPO3-like): practice-area
kicker, h1, date, authors with titles, a standfirst, five sections of
legal prose, a grey "Hinweis" disclaimer box at the end, author contact
cards, "Weitere Legal Updates" list, newsletter box. JSON-LD: none (the
firm's pages carry only Organization, which is left out here). Date
shown. Cookie banner. No product CTA; disclaimer and contact cards are
mustnot.""",
url="https://www.rieger-solms.example/de/wissen/legal-updates/arbeitszeiterfassung-vertrauensarbeitszeit-2026",
title="Arbeitszeiterfassung: Was jetzt für Vertrauensarbeitszeit gilt",
site="Rieger Solms Rechtsanwälte",
doctitle="Arbeitszeiterfassung: Was jetzt für Vertrauensarbeitszeit gilt | Rieger Solms",
desc="Der Referentenentwurf zur Änderung des Arbeitszeitgesetzes liegt vor. Was Arbeitgeber mit Vertrauensarbeitszeit jetzt prüfen sollten.",
ogtype="article",
css="/typo3temp/assets/compressed/merged-2b8f1c.css",
bodyclass="page-legal-update",
header="""<header class="page-header"><a class="logo" href="/de/">Rieger Solms</a><nav class="mainnav"><ul><li><a href="/de/kanzlei/">Kanzlei</a></li><li><a href="/de/anwaelte/">Anwälte</a></li><li><a href="/de/rechtsgebiete/">Rechtsgebiete</a></li><li class="active"><a href="/de/wissen/">Wissen</a></li><li><a href="/de/karriere/">Karriere</a></li><li><a href="/de/kontakt/">Kontakt</a></li></ul></nav><a href="/en/">EN</a></header>""",
main="""<main id="content">
<nav class="breadcrumb"><a href="/de/">Start</a> › <a href="/de/wissen/">Wissen</a> › <a href="/de/wissen/legal-updates/">Legal Updates</a></nav>
<article class="legal-update">
<p class="kicker">Arbeitsrecht</p>
<h1>Arbeitszeiterfassung: Was jetzt für Vertrauensarbeitszeit gilt</h1>
<p class="meta"><time datetime="2026-11-26">26.11.2026</time> · {{Dr. Katharina Solms, Fachanwältin für Arbeitsrecht}} · Felix Amrhein, LL.M.</p>
<p class="teaser">[[Seit dem Beschluss des Bundesarbeitsgerichts von 2022 steht fest]], dass Arbeitgeber die Arbeitszeit ihrer Beschäftigten erfassen müssen. Nun liegt ein neuer Referentenentwurf vor, der das Wie regeln soll.</p>
<h2>Was der Entwurf vorsieht</h2>
<p>[[Die Arbeitszeit soll grundsätzlich elektronisch und am selben Tag aufgezeichnet werden]]. Erfasst werden Beginn, Ende und Dauer der täglichen Arbeitszeit. Die Aufzeichnung darf an die Beschäftigten delegiert werden; verantwortlich bleibt aber der Arbeitgeber. Für Kleinbetriebe mit bis zu zehn Beschäftigten sind Ausnahmen von der elektronischen Form vorgesehen, nicht aber von der Aufzeichnung als solcher.</p>
<h2>Vertrauensarbeitszeit bleibt möglich</h2>
<p>Viele Unternehmen haben befürchtet, dass Vertrauensarbeitszeit mit der Erfassungspflicht endet. Der Entwurf stellt klar, dass das nicht der Fall ist. [[Der Arbeitgeber darf weiterhin auf die Kontrolle der Zeiten verzichten]], muss aber sicherstellen, dass Verstöße gegen Höchstarbeitszeiten und Ruhezeiten auffallen. In der Praxis bedeutet das: Die Daten müssen vorhanden sein, auch wenn niemand sie täglich ansieht.</p>
<h2>Tarifverträge können abweichen</h2>
<p>Tarifvertragsparteien sollen abweichende Regelungen treffen dürfen, etwa eine nicht elektronische Erfassung oder längere Fristen für die Aufzeichnung. [[Auch leitende Angestellte und bestimmte Wissenschaftler können ausgenommen werden]], wenn ihre Arbeitszeit wegen der Art der Tätigkeit nicht gemessen oder nicht im Voraus festgelegt wird.</p>
<h2>Was Arbeitgeber jetzt tun sollten</h2>
<p>Auch wenn der Entwurf noch geändert werden kann, lohnt sich eine Bestandsaufnahme. [[Prüfen Sie, welche Systeme Sie bereits nutzen]] und ob sie Beginn, Ende und Pausen revisionssicher speichern. Bestehende Betriebsvereinbarungen zur Vertrauensarbeitszeit sollten daraufhin gelesen werden, ob sie eine Erfassung ausschließen. Der Betriebsrat hat bei der Einführung technischer Erfassungssysteme ein Mitbestimmungsrecht nach § 87 Abs. 1 Nr. 6 BetrVG.</p>
<h2>Ausblick</h2>
<p>[[Mit einem Kabinettsbeschluss wird im ersten Quartal 2027 gerechnet.]] Wir halten Sie über das weitere Gesetzgebungsverfahren auf dem Laufenden.</p>
<div class="disclaimer-box"><strong>Hinweis</strong><p>{{Dieses Legal Update dient ausschließlich der allgemeinen Information und ersetzt keine Rechtsberatung im Einzelfall.}}</p></div>
</article>
<section class="author-cards"><h2>Ansprechpartner</h2><div class="card"><h3>Dr. Katharina Solms</h3><p>Partnerin · München</p><p>{{T +49 89 000 218 40}}</p></div><div class="card"><h3>Felix Amrhein, LL.M.</h3><p>Associate · München</p><p>T +49 89 000 218 47</p></div></section>
<section class="more-updates"><h2>Weitere Legal Updates</h2><ul><li><a href="/de/wissen/legal-updates/hinweisgeberschutz-bilanz">{{Zwei Jahre Hinweisgeberschutzgesetz: eine Bilanz}}</a></li><li><a href="/de/wissen/legal-updates/mindestlohn-2027">Mindestlohn 2027: Was sich ändert</a></li></ul></section>
<section class="newsletter-box"><h2>Newsletter Arbeitsrecht</h2><p>{{Einmal im Monat die wichtigsten Entscheidungen und Gesetzesvorhaben.}}</p><a class="btn" href="/de/newsletter/">Jetzt anmelden</a></section>
</main>""",
footer="""<footer class="page-footer"><p>Rieger Solms Rechtsanwälte PartG mbB · Maximiliansplatz 9 · 80333 München</p><nav><a href="/de/impressum/">Impressum</a><a href="/de/datenschutz/">Datenschutz</a></nav></footer>""",
consent="""<div class="cookie-consent" role="dialog"><p>Wir setzen auf unserer Website nur technisch notwendige Cookies und, mit Ihrer Einwilligung, ein Analysewerkzeug ein.</p><button>Einverstanden</button><button>Ablehnen</button></div>"""))
