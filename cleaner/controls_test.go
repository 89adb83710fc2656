package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func firstOf(t *testing.T, page string, a atom.Atom) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	n := findFirst(doc, a)
	if n == nil {
		t.Fatalf("no %s in %q", a, page)
	}
	return n
}

func TestControlBlock(t *testing.T) {
	tests := []struct {
		name   string
		block  string
		middle bool
		want   string // rule, "" for none
	}{
		{"button element", `<p><button>Request a quote</button></p>`, true, "button-element"},
		{"link styled as a button", `<p><a class="btn btn-primary" href="/demo">Book a demo</a></p>`, true, "button-link"},
		{"lone link at the edge", `<p><a href="/services">Services</a></p>`, false, "lone-link"},
		{"lone link in the middle", `<p><a href="/report">Read the report</a></p>`, true, ""},
		{"a list of resources", `<ul><li><a href="https://a.example/">Zero-waste kitchen</a></li></ul>`, false, ""},
		{"text beside the link", `<p>See <a href="/services">our services</a></p>`, false, ""},
		{"a sentence in a link", `<p><a class="cta" href="/x">The council voted on Tuesday. It passed.</a></p>`, true, ""},
		{"a heading link", `<h2><a href="/x">Services</a></h2>`, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := atom.P
			switch {
			case strings.HasPrefix(tc.block, "<ul"):
				a = atom.Li
			case strings.HasPrefix(tc.block, "<h2"):
				a = atom.H2
			}
			b := firstOf(t, tc.block, a)
			v, ok := controlBlock(b, nodeText(b), tc.middle)
			got := ""
			if ok {
				got = v.rule
			}
			if got != tc.want {
				t.Errorf("rule %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCrossLink checks the shape of a cross-link, a label and a link to
// another story of the site, in several languages, beside blocks that
// share part of the shape and are the story's or the page's facts.
func TestCrossLink(t *testing.T) {
	const host = "harbour.example" // hostName of the page https://www.harbour.example/…
	tests := []struct {
		name, block string
		want        bool
	}{
		{"english label", `<p>Related: <a href="/city/council-votes-on-new-depot">Council votes on the new bus depot</a></p>`, true},
		{"german label in bold", `<p><strong>Auch spannend:</strong> <a href="https://harbour.example/stadt/neue-faehre-ab-mai">Neue Fähre fährt ab Mai jede Stunde</a></p>`, true},
		{"czech label", `<p>Přečtěte si také: <a href="/zpravy/novy-most-pres-reku-otevren">Nový most přes řeku je otevřen</a></p>`, true},
		{"spanish label, absolute link", `<p>Te recomendamos: <a href="https://www.harbour.example/local/el-puerto-amplia-su-horario">El puerto amplía su horario de verano</a></p>`, true},
		{"polish label, full-width colon", `<p>Zobacz również：<a href="/miasto/remont-dworca-potrwa-dluzej">Remont dworca potrwa dłużej niż planowano</a></p>`, true},
		{"another site's page", `<p>Website: <a href="https://shop.example/oral-care-kits-for-kids">Bright Smile oral care kits</a></p>`, false},
		{"a tag link", `<p>Format: <a rel="tag" href="/format/open-text-books-series">Open text books series</a></p>`, false},
		{"a table cell", `<table><tr><td><p>Pictured: <a href="/plants/fern-silver-lace-variety">Silver Lace fern variety</a></p></td></tr></table>`, false},
		{"a link whose text has the colon", `<p><a href="/money/fuel-prices-what-to-expect-now">Fuel prices: what to expect this winter</a></p>`, false},
		{"a sentence around the link", `<p>The report: <a href="/docs/annual-harbour-report-2026">the annual harbour report</a> says traffic rose.</p>`, false},
		{"a label too long to be one", `<p>This is what the mayor told us last week: <a href="/city/mayor-interview-full-text">the full interview with the mayor</a></p>`, false},
		{"a short link", `<p>Source: <a href="/data/ferry-timetable-data">Timetable</a></p>`, false},
		{"a home page", `<p>More from us: <a href="/">Harbour Daily News front page</a></p>`, false},
		{"an id after the slug", `<p>Czytaj dalej: <a href="/miasto/remont-dworca-potrwa-dluzej/ar/c1-2031">Remont dworca potrwa dłużej</a></p>`, true},
		{"a two-word slug under a section", `<p><strong>Zum Thema:</strong> <a href="/verkehr/tramdepot-erweiterung">Das Tramdepot wird grösser als geplant</a></p>`, true},
		{"a two-word slug at the root", `<p>Contact: <a href="/contact-us">Write to the harbour desk</a></p>`, false},
		{"an id for a path", `<p>Related: <a href="/news/c1-20377120">Council votes on the new bus depot</a></p>`, false},
		{"a file", `<p>Download: <a href="/files/harbour-budget-plan-2026.pdf">Harbour budget plan 2026</a></p>`, false},
		{"two links", `<p>Related: <a href="/a/one-two-three">One two three</a> and <a href="/b/four-five-six">four five six</a></p>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := firstOf(t, tc.block, atom.P)
			v, ok := crossLink(b, nodeText(b), host)
			if ok != tc.want {
				t.Fatalf("crossLink = %v, want %v", ok, tc.want)
			}
			if ok && (v.kind != "related" || v.rule != "cross-link") {
				t.Errorf("verdict %+v, want related/cross-link", v)
			}
		})
	}
}

// TestCTAPlug checks the shape of a plug that ends in its call to action,
// in several languages and on several platforms' sign-up links, beside
// story sentences that cite a subscription or membership page.
func TestCTAPlug(t *testing.T) {
	tests := []struct {
		name, block string
		want        string // the kind, or "" when the block is not a plug
	}{
		{"english, subscribe page", `<p>The Ledger runs on its readers, not on ads. Keep it going for the price of a sandwich a month. <a href="/subscribe?plan=monthly">Join them today</a></p>`, "membership"},
		{"ghost portal, arrow", `<div class="kg-callout-text">Wir zeigen keine Werbung und keine Bezahlschranke. Getragen wird das von Mitgliedern. <a href="#/portal/signup">Jetzt Mitglied werden →</a></div>`, "membership"},
		{"french donation", `<p><strong>Le Courrier du Lac ne vit que de vos dons, sans publicité ni actionnaire.</strong> <a href="https://lecourrier.example/donate">Je soutiens</a></p>`, "membership"},
		{"polish, label after a colon", `<p>Chcesz czytać wszystkie teksty bez limitu? Pierwszy miesiąc kosztuje 1 zł: <a href="/prenumerata">sprawdź ofertę</a></p>`, "membership"},
		{"a sentence through its link", `<p>The paper now counts 12,000 paying readers, according to figures on its <a href="/subscribe">subscription page</a>.</p>`, ""},
		{"a link mid-sentence", `<p>Readers who <a href="/membership">joined the club</a> before May keep the old price, the publisher said on Tuesday.</p>`, ""},
		{"a story's link elsewhere", `<p>The council published the tender on Monday. Bids close on 12 January. <a href="/city/tender-for-the-new-bus-depot">Read the tender</a></p>`, ""},
		{"a list item", `<ul><li><p>Digital plan: every article, the app and the archive. <a href="/subscribe/digital">Choose digital</a></p></li></ul>`, ""},
		{"the link alone", `<p><a href="/subscribe">Subscribe now</a></p>`, ""},
		{"two links", `<p>Support our work. <a href="/donate">Donate once</a> or <a href="/membership">become a member</a></p>`, ""},
		{"follow prompt, a profile", `<p>Wij posten elke ochtend de files en omleidingen. Volg ons op Instagram: <a href="https://www.instagram.com/ringwegkrant">@ringwegkrant</a></p>`, "follow"},
		{"app plug", `<p>Recibe los avisos de cortes de agua en tu móvil. Descarga nuestra aplicación: <a href="https://apps.apple.com/es/app/el-diario-del-valle/id123456">App Store</a></p>`, "app"},
		{"a quotation and its source", `<p>“More people train at home than ever, because the gym is full after work.” – Source: <a href="https://www.instagram.com/fitdata">FitData</a></p>`, ""},
		{"a post the story cites", `<p>The mayor answered the critics within the hour. She wrote: <a href="https://x.com/mayorofport/status/1861234567890">Not one bus will be cut</a></p>`, ""},
		{"a long link", `<p>The union said the deal was fair. <a href="/subscribe/info">Here is what the new subscription terms say about cancelling</a></p>`, ""},
		// The site's own wares: any page of its own but a story or a file.
		{"own webinar, english", `<p>Our planning team walks through the new zoning rules live on 3 March, with time for questions. <a href="/events/zoning-webinar">Save your seat</a></p>`, "ad"},
		{"own vacancies, italian", `<p>Cerchiamo undici tecnici per i cantieri della provincia, anche alla prima esperienza. <a href="https://www.ledger.example/lavora-con-noi?area=tecnica">Candidati ora</a></p>`, "ad"},
		{"own course, a subdomain", `<p>Interesujesz się robotyką? Zapisy na studia inżynierskie trwają do końca czerwca. <a href="https://rekrutacja.ledger.example/kierunki">Sprawdź kierunki</a></p>`, "ad"},
		{"own demo, a full stop in the link", `<p>Vill du se hur det fungerar i praktiken? Vi visar verktyget den 12 maj. <a href="/demo">Anmäl dig här.</a></p>`, "ad"},
		{"own product, french, a colon", `<p>Toutes nos courbes sont tirées du même tableau de bord, inclus dans chaque formule : <a href="/produit/tableau-de-bord">voir le tableau de bord</a></p>`, "ad"},
		{"another site's page", `<p>The regulator published its findings on Monday after a year of hearings. <a href="https://regulator.example/findings">Read the findings</a></p>`, ""},
		{"a file of the site's", `<p>The council's budget for next year runs to 212 pages and was approved on Tuesday. <a href="/files/budget.pdf">Download it</a></p>`, ""},
		{"a sentence through its own-site link", `<p>From Monday, tickets for the autumn season are sold only at the theatre's own <a href="/box-office">box office</a>.</p>`, ""},
		{"own webinar, a quoted title", `<p>Zapraszamy na bezpłatne spotkanie „Jak czytać rachunek za prąd” w czwartek o 18:00. <a href="/spotkania">Zapisz się</a></p>`, "ad"},
		{"own webinar, a title in spaced guillemets", `<p>Atelier gratuit le 3 juin : « Un budget clair en trois étapes », une heure en direct avec nos conseillers. <a href="/ateliers/budget">Je réserve</a></p>`, "ad"},
		{"own page, a full stop after the link", `<p>Wil je zien hoe andere teams het aanpakken? Op 4 juni laten we het live zien. <a href="/live-demo">Meld je hier aan</a>.</p>`, ""},
		{"a quotation and the site's page", `<p>“We have waited eleven years for a bus that stops at the clinic,” said a resident of the estate. <a href="/transport">More on transport</a></p>`, ""},
		{"a link to a place on the page", `<p>The figures for each district follow the map. They were collected by volunteers. <a href="#districts">Jump to the table</a></p>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tag := atom.P
			if strings.Contains(tc.block, "kg-callout-text") {
				tag = atom.Div
			}
			b := firstOf(t, tc.block, tag)
			v, ok := ctaPlug(b, nodeText(b), "ledger.example")
			if ok != (tc.want != "") || ok && (v.kind != tc.want || v.rule != "cta-plug") {
				t.Fatalf("ctaPlug = %+v, %v; want kind %q", v, ok, tc.want)
			}
		})
	}
}

// TestButtonBox checks a box that pairs one block of text with buttons:
// a feedback question, a plug whose button leads to the site's own page,
// beside boxes that hold more than that or lead elsewhere.
func TestButtonBox(t *testing.T) {
	tests := []struct {
		name, box string
		want      string // the rule, or "" when the block is kept
	}{
		{"feedback, english", `<div class="wp-block-group"><p>Was this page useful to you?</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="#">Yes</a></div><div class="wp-block-button"><a class="wp-block-button__link" href="#">No</a></div></div></div>`, "feedback-box"},
		{"feedback, german, buttons", `<section><p>Hat Ihnen dieser Ratgeber geholfen?</p><div><button type="button">👍 Ja</button> <button type="button">👎 Nein</button></div></section>`, "feedback-box"},
		{"plug, a button to the site's contact page", `<div class="callout"><p>Not sure where you stand? Our advisers look over your contract for free and call you back within a day.</p><div class="buttons"><a class="btn btn-primary" href="https://www.ledger.example/contact?topic=contracts">Book a call</a></div></div>`, "cta-plug"},
		{"plug, a button to another site", `<div class="callout"><p>The regulator has published a checklist for tenants who want to dispute a charge.</p><div class="buttons"><a class="btn" href="https://regulator.example/checklist">Open the checklist</a></div></div>`, ""},
		{"survey invitation, one button", `<div class="box"><p>Is the new timetable better for you?</p><div><a class="btn" href="/survey">Take our two-minute survey</a></div></div>`, "cta-plug"},
		{"a button to another story", `<div class="box"><p>The northern lines change their times from Sunday.</p><div><a class="btn" href="/city/new-timetable-for-the-northern-lines">See the new times</a></div></div>`, ""},
		{"a story's paragraphs beside a button", `<div class="story"><p>The depot opens in March and will hold forty buses, the council said on Monday.</p><p>Work on the second hall starts next year.</p><div><a class="btn" href="/jobs">Apply</a></div></div>`, ""},
		{"product card, a picture and a cart button", `<div class="card"><img src="/p/scale.jpg" alt=""><div class="card__body"><span class="card__title">Kitchen scale 0.1 g</span> <span class="card__price">€29</span> <span class="card__text">Weighs beans and water to a tenth of a gram.</span></div><a class="button" href="/cart/add?id=42">Add to cart</a></div>`, "cta-plug"},
		{"a card's plain link to the site's trial page", `<aside class="card"><p>Our planner shows every deadline of the quarter on one screen, with no spreadsheet to keep.</p><a class="card__link" href="/trial?from=blog">Try it free for 14 days →</a></aside>`, "cta-plug"},
		{"a question and two plain links of the site's: a plug, no feedback box", `<div><p>Was this answer what you needed?</p><a href="/faq">More answers</a> <a href="/contact">Contact</a></div>`, "cta-plug"},
		{"a titled box, two buttons to the site's pages", `<div class="mb"><div class="mb__inner"><h3>Open a savings account</h3><p>You set it up in ten minutes with your ID and our app.</p><div class="mb__actions"><a class="btn" href="/savings/open">Open now</a> <a class="btn btn--ghost" href="/savings/rates">See the rates</a></div></div></div>`, "cta-plug"},
		{"a card's description wrapped alone", `<div class="card"><h4 class="card__title">Vocabulary notebook</h4><div class="card__description"><p>Ninety pages of revision sheets and room for your own sentences.</p></div><a class="card__button" href="https://www.ledger.example/shop/notebook/">Buy for 12 euros</a></div>`, "cta-plug"},
		{"links field under a line of text", `<div class="paragraph"><div class="field--text"><p>An adviser calls you back for free within a day, Monday to Saturday.</p></div><div class="field--links"><div class="field__item"><a href="/call-back">Get a call back</a></div><div class="field__item"><a href="/branches">Find a branch</a></div></div></div>`, "cta-plug"},
		{"a roundup's card beside another", `<div class="grid"><div class="item"><h3>Walnut desk lamp</h3><div class="item__text"><p>A warm light for late reading, with a dimmer in the base.</p></div><a class="btn" href="/go/walnut-lamp">Buy now</a></div><div class="item"><h3>Brass clip lamp</h3><div class="item__text"><p>Clips to any shelf and turns on a hinge.</p></div><a class="btn" href="/go/clip-lamp">Buy now</a></div></div>`, ""},
		{"three links are a menu's", `<div class="box"><p>Everything about your contract is on one page.</p><div><a href="/a">Terms</a> · <a href="/b">Prices</a> · <a href="/c">Help</a></div></div>`, ""},
		{"a title with a link is no title", `<div class="box"><h3><a href="/city/the-new-depot-opens-in-march">The new depot opens</a></h3><p>Forty buses will park there from March.</p><a class="btn" href="/depot">Visit</a></div>`, ""},
		{"a paragraph with its own link", `<div class="callout"><p>Read the <a href="/guide">full guide</a> before you sign anything.</p><div><a class="btn" href="/contact">Contact us</a></div></div>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tag := atom.P
			if strings.Contains(tc.box, "card__body\"") {
				tag = atom.Div // the card's text sits in spans of a div
			}
			b := firstOf(t, tc.box, tag)
			if tag == atom.Div {
				b = b.FirstChild.NextSibling
			}
			v, _, ok := buttonBox(b, collapseSpace(nodeText(b)), "ledger.example")
			if ok != (tc.want != "") || ok && v.rule != tc.want {
				t.Fatalf("buttonBox = %+v, %v; want rule %q", v, ok, tc.want)
			}
		})
	}
}

func TestInPageLinks(t *testing.T) {
	toc := `<ul><li><a href="#a">Costs</a></li><li><a href="#b">Rates</a></li><li><a href="#c">Tips</a></li></ul>`
	links := `<ul><li><a href="/a">Costs</a></li><li><a href="/b">Rates</a></li><li><a href="#c">Tips</a></li></ul>`
	prose := `<ul><li>Costs rose by a third, <a href="#a">see</a></li><li><a href="#b">b</a> and more words here</li><li><a href="#c">c</a></li></ul>`
	for _, tc := range []struct {
		page string
		want bool
	}{{toc, true}, {links, false}, {prose, false}} {
		if got := inPageLinks(firstOf(t, tc.page, atom.Ul)); got != tc.want {
			t.Errorf("inPageLinks(%s) = %v, want %v", tc.page, got, tc.want)
		}
	}
}

// TestButtonBoxTitle checks the title buttonBox returns with a plug, which
// goes with it: the heading above the plug's text, or none; and that a
// heading alone with its button is a plug's text itself.
func TestButtonBoxTitle(t *testing.T) {
	tests := []struct {
		name, box string
		tag       atom.Atom
		title     string // "" when the plug has none
	}{
		{"a heading above the text", `<div class="box"><h3>Garden rooms in every season</h3><p>Our designers draw your plans for free and call you back within a day.</p><a class="btn" href="/contact">Book a call</a></div>`, atom.P, "Garden rooms in every season"},
		{"no title", `<div class="box"><p>Our designers draw your plans for free and call you back within a day.</p><a class="btn" href="/contact">Book a call</a></div>`, atom.P, ""},
		{"a heading alone with its button", `<div class="box"><h2>Every booking on one screen, with our planner!</h2><a class="btn" href="/demo">Get a demo</a></div>`, atom.H2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := firstOf(t, tc.box, tc.tag)
			v, title, ok := buttonBox(b, collapseSpace(nodeText(b)), "ledger.example")
			if !ok || v.rule != "cta-plug" {
				t.Fatalf("buttonBox = %+v, %v; want a cta-plug", v, ok)
			}
			got := ""
			if title != nil {
				got = collapseSpace(nodeText(title))
			}
			if got != tc.title {
				t.Errorf("title = %q, want %q", got, tc.title)
			}
		})
	}
}

// TestButtonLead checks a call to act set as a line of its own above its
// button: a bold line or a question or exclamation, then one link styled
// as a button to the site's own page; not a line before a <button> (a
// toggle), an icon, a plain link or another site's page, nor a story's
// sentence or a line with a link of its own.
func TestButtonLead(t *testing.T) {
	button := `<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/contact">Talk to us</a></div></div>`
	tests := []struct {
		name, html string
		want       bool
	}{
		{"bold line", `<p><strong>Stop guessing. Our planners map your move for free</strong></p>` + button, true},
		{"question", `<p>Ready to plan your garden room?</p>` + button, true},
		{"german, exclamation", `<p>Jetzt unverbindlich beraten lassen!</p><div><a class="btn btn-primary" href="https://ledger.example/kontakt">Termin buchen</a></div>`, true},
		{"a toggle button", `<p>What is a heat pump?</p><button class="faq-toggle">Show the answer</button>`, false},
		{"an icon link", `<p>Ready to plan your garden room?</p><div><a class="btn" href="/contact"><svg></svg></a></div>`, false},
		{"a plain link", `<p>Ready to plan your garden room?</p><div><a href="/contact">Talk to us</a></div>`, false},
		{"another site's page", `<p>Want the regulator's checklist?</p><div><a class="btn" href="https://regulator.example/checklist">Open it</a></div>`, false},
		{"a story's sentence", `<p>The council published the plans on Monday.</p>` + button, false},
		{"a line with a link", `<p>Ready to plan <a href="/rooms">your garden room</a>?</p>` + button, false},
		{"a quotation", `<p>“Why would anyone wait?” she asked.</p>` + button, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := firstOf(t, tc.html, atom.P)
			v, ok := buttonLead(b, collapseSpace(nodeText(b)), "ledger.example")
			if ok != tc.want || ok && v.rule != "cta-plug" {
				t.Errorf("buttonLead = %+v, %v; want %v", v, ok, tc.want)
			}
		})
	}
}
