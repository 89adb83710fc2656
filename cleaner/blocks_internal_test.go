package cleaner

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestShortSentence checks which edge blocks need the classifier's higher
// bar: short sentences with a full stop, not labels, prompts or questions.
func TestShortSentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Silence is not consent.", true},
		{"Las empresas tienen quince días para presentar alegaciones.", true},
		{"„Schweigen ist keine Zustimmung.“", true},
		{"The council meets again in March (the date is not yet set.)", false}, // ten words
		{"More from the newsroom", false},
		{"What do you think?", false},
		{"Read next:", false},
		{"Loading...", false},
		{"", false},
		{"Die Eigentümer werden im Mai schriftlich über die neuen Beträge informiert.", false}, // eleven words
	}
	for _, tc := range tests {
		if got := shortSentence(tc.text); got != tc.want {
			t.Errorf("shortSentence(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestDataRow checks that a table's rows of two or more cells are data the
// classifier leaves alone, and nothing else is.
func TestDataRow(t *testing.T) {
	tests := []struct {
		name, html string
		want       bool
	}{
		{"a row of a results table", `<table><tr><td>5</td><td>Lena Park</td><td>2380</td></tr></table>`, true},
		{"a header row", `<table><tr><th>Pos</th><th>Driver</th></tr></table>`, true},
		{"a row of one cell", `<table><tr><td>Sign up for our newsletter</td></tr></table>`, false},
		{"a paragraph", `<p>5 Lena Park 2380</p>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			b := findFirst(doc, atom.Tr)
			if b == nil {
				b = findFirst(doc, atom.P)
			}
			if got := dataRow(b); got != tc.want {
				t.Errorf("dataRow = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPriceLine checks the labelled prices of a review that the
// classifier does not judge: a fact line with no link, in several
// languages; not an offer that opens on its verb, a price with a shop's
// link, or a sentence that mentions a price.
func TestPriceLine(t *testing.T) {
	tests := []struct {
		name, html string
		want       bool
	}{
		{"english, two prices", `<p>Price: $649 / $699 with the larger battery</p>`, true},
		{"english, a longer label", `<p>Price as tested: £1,249</p>`, true},
		{"german, amount first", `<p>Preis: 2.390 € inklusive Ladegerät</p>`, true},
		{"french", `<p>Prix : 189 € (coloris gris ou sable)</p>`, true},
		{"polish", `<p>Cena: 1 150 zł | raty 0% na 10 miesięcy</p>`, true},
		{"swedish", `<p>Pris: 3 495 kr</p>`, true},
		{"with a shop's link", `<p>Price: $649 at <a href="https://shop.example/p/1">Gearhouse</a></p>`, false},
		{"an offer opening on its verb", `<p>Subscribe today: $1 a week for your first year</p>`, false},
		{"a sentence mentioning the price", `<p>The price of $649 puts it above its rivals, though the battery lasts longer than theirs.</p>`, false},
		{"a label without an amount", `<p>Price: ask the dealer for the regional list</p>`, false},
		{"too long for a fact line", `<p>Price: $649, which is what we paid in March, before the spring sale cut it by a hundred dollars for two weeks</p>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			b := findFirst(doc, atom.P)
			if got := priceLine(textOf(b, false, false), b); got != tc.want {
				t.Errorf("priceLine = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestAuthorTagline checks the lines after a story that are about its
// author: a tagline, or the author's name alone, as an author's card shows
// it; not a sentence that quotes the author, nor a one-word name.
func TestAuthorTagline(t *testing.T) {
	m := &metadata{authors: []string{"Mara Lindqvist", "Tove"}}
	tests := []struct {
		text string
		rule string // "" when the line is the story's
	}{
		{"Mara Lindqvist", "author-name"},
		{"MARA LINDQVIST", "author-name"},
		{"Mara Lindqvist is the Courier's transport reporter, based in Malmö.", "author-tagline"},
		{"Mara Lindqvist contributed to this story from the harbour office.", ""},
		{"Tove", ""},
		{"Lindqvist", ""},
	}
	for _, tc := range tests {
		v, ok := authorTagline(tc.text, m)
		if got := map[bool]string{true: v.rule}[ok]; got != tc.rule {
			t.Errorf("authorTagline(%q) = %q, want %q", tc.text, got, tc.rule)
		}
	}
}

func TestTrailingByline(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Written by Lena Park", true},
		{"By Lena Marie Park.", true},
		{"Von Jan Berger", true},
		{"Par Claire Dumas", true},
		{"Reviewed by Dr. Ana Ruiz", false}, // a title's full stop: not read as a name
		{"By the way, the ferry is free on Sundays.", false},
		{"By Tuesday the council had voted", false},
		{"Por favor lea las instrucciones", false},
		{"Written by Lena Park, who covers transport for the paper", false},
		{"Lena Park", false}, // no byline word: authorTagline's case
	}
	for _, tc := range tests {
		if _, got := trailingByline(tc.text); got != tc.want {
			t.Errorf("trailingByline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestNamesWhole(t *testing.T) {
	tests := []struct {
		text, site string
		want       bool
	}{
		{"The Harbour Ledger has no paywall.", "Harbour Ledger", true},
		{"Subscribe to Harbour Ledger, from 3 € a month", "Harbour Ledger", true},
		{"Owens told the Harbour Ledgers' editors", "Harbour Ledger", false}, // not whole words
		{"the harbour ledger is open", "Harbour Ledger", false},              // as written: a proper name
		{"Vox populi", "Vox", false},                                         // too short to look for
		{"The Beacon, the Beacon Hill", "Beacon", true},
		{"", "Harbour Ledger", false},
	}
	for _, tc := range tests {
		if got := namesWhole(tc.text, tc.site); got != tc.want {
			t.Errorf("namesWhole(%q, %q) = %v, want %v", tc.text, tc.site, got, tc.want)
		}
	}
}

func TestOwnNames(t *testing.T) {
	names := ownNames{site: siteNames("The Harbour Ledger"), authors: []string{"Mara Lindqvist", "Tove"}}
	tests := []struct {
		text string
		want bool
	}{
		{"Support The Harbour Ledger from 3 € a month.", true},
		{"Harbour Ledger members read every story first.", true},
		{"the Ledger has no paywall, and never will.", true},
		{"Mara Lindqvist is a freelance writer based in Malmö.", true},
		{"Tove said the ferry was late again.", false}, // a one-word author
		{"The ferry was late again.", false},
	}
	for _, tc := range tests {
		if got := names.in(tc.text); got != tc.want {
			t.Errorf("in(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestSiteNames(t *testing.T) {
	tests := []struct {
		site string
		want []string
	}{
		{"The Forks Dispatch", []string{"The Forks Dispatch", "Forks Dispatch", "the Dispatch", "The Dispatch"}},
		{"Il Corriere delle Due Torri", []string{"Il Corriere delle Due Torri", "Corriere delle Due Torri"}},
		{"The Beacon", []string{"The Beacon", "Beacon"}},
		{"Västerås Idag", []string{"Västerås Idag"}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := siteNames(tc.site); !slices.Equal(got, tc.want) {
			t.Errorf("siteNames(%q) = %q, want %q", tc.site, got, tc.want)
		}
	}
}

func TestAgencyCredit(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"(Belga)", true},
		{"dpa/AFP", true},
		{"Quelle: APA", true},
		{"(ČTK)", true},
		{"Reuters", true},
		{"With Reuters and AFP", true},
		{"This story is based in part on reporting from the news agencies AP and Reuters.", true},
		{"Der Artikel basiert teilweise auf Material der Nachrichtenagentur dpa.", true},
		{"Artikeln bygger på uppgifter från TT.", true},
		{"Este texto fue elaborado con información de la agencia EFE.", true},
		{"Hanno collaborato all'articolo le agenzie ANSA e Adnkronos.", true},
		{"The report is based on data from the national statistics agency and the tax office.", false},
		{"The article is based on reporting from AP and on interviews with six residents.", false},
		{"Reuters reported the deal on Monday.", false},
		{"(Harbour Ledger)", false},
		{"Source: the council", false},
		{"", false},
	}
	for _, tc := range tests {
		if _, got := agencyCredit(tc.text); got != tc.want {
			t.Errorf("agencyCredit(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestCodeBlock(t *testing.T) {
	tests := []struct {
		name, html string
		want       bool
	}{
		{"a pre", `<pre>const std = @import("std");</pre>`, true},
		{"a paragraph of code", `<p><code>npm install --save left-pad</code></p>`, true},
		{"a paragraph naming a function", `<p>Call <code>init()</code> before you subscribe to events.</p>`, false},
		{"a paragraph", `<p>Subscribe for 3 € a month.</p>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			b := findFirst(doc, atom.Pre)
			if b == nil {
				b = findFirst(doc, atom.P)
			}
			if got := codeBlock(b, doc); got != tc.want {
				t.Errorf("codeBlock = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestWithoutQuotes(t *testing.T) {
	tests := []struct {
		text, want string
		ok         bool
	}{
		{"The note asks sites to show “Accept all” and “Reject all” with the same weight.", "The note asks sites to show   and   with the same weight.", true},
		{"Der Hinweis „Jetzt abonnieren“ erscheint nach zehn Texten, sagt der Verlag.", "Der Hinweis   erscheint nach zehn Texten, sagt der Verlag.", true},
		{"«Abonnez-vous» apparaît en bas de chaque article depuis mardi, selon la direction.", "  apparaît en bas de chaque article depuis mardi, selon la direction.", true},
		{"“Accept all”", " ", false}, // nothing but the quotation
		{"Subscribe for 3 € a month to read on.", "Subscribe for 3 € a month to read on.", false}, // no quotation
		{"The mayor’s office said it’s “still looking”", "The mayor’s office said it’s  ", false}, // too few words left
	}
	for _, tc := range tests {
		got, ok := withoutQuotes(tc.text)
		if got != tc.want || ok != tc.ok {
			t.Errorf("withoutQuotes(%q) = %q, %v; want %q, %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}

// TestSignature checks which lines sign a letter off: the block before
// one is the author's last words, which the classifier may not take.
func TestSignature(t *testing.T) {
	authors := []string{"Maren Holt", "Tomás Ortega"}
	tests := []struct {
		text string
		want bool
	}{
		{"— Maren", true},
		{"—Maren", true},
		{"– M. H.", true},
		{"Until next week, Maren", true},
		{"Hasta pronto, Tomás Ortega.", true},
		{"Tomás", true},
		{"— and then the lights went out", false},                 // a dash, but no name
		{"Maren Holt covers the harbour for the Courier.", false}, // a tagline, too long
		{"Photo: Anna Berg", false},                               // not an author of the page
		{"", false},
	}
	for _, tc := range tests {
		if got := signature(tc.text, authors); got != tc.want {
			t.Errorf("signature(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestOpensWithAuthor checks which blocks open with an author's first
// name: the tagline of a paper's own writer.
func TestOpensWithAuthor(t *testing.T) {
	o := ownNames{authors: []string{"Rita Moreira", "Jo Park", "Lena"}}
	tests := []struct {
		text string
		want bool
	}{
		{"Rita covers Coimbra for the paper.", true},
		{"A Rita escreve sobre Coimbra desde 2019.", true}, // after an article
		{"Rita, who lives in the old town, writes on housing.", true},
		{"Ritaville council met on Tuesday evening.", false}, // not the whole word
		{"Jo rides the tram to work.", false},                // a first name of two letters
		{"Lena writes about schools.", false},                // a one-word author: no byline names her whole
		{"Rita Moreira", false},                              // too short for a tagline
	}
	for _, tc := range tests {
		if got := o.opensWithAuthor(tc.text); got != tc.want {
			t.Errorf("opensWithAuthor(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestStripRuns checks that a near miss goes when the blocks on both sides
// of it were removed or are near misses too, and stays otherwise.
func TestStripRuns(t *testing.T) {
	tests := []struct {
		name string
		// one letter per block: s story, r removed before, n near miss
		blocks string
		gone   string // the blocks stripRuns takes, as indexes into blocks
	}{
		{"between two removed blocks", "srnrs", "2"},
		{"a run of near misses", "snnns", "2"},
		{"a run of near misses to the end", "snnn", "2"},
		{"next to the story on one side", "snrs", "-"},
		{"alone", "ssnss", "-"},
		{"first and last have one neighbour", "nrn", "-"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body><article></article></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			root := findFirst(doc, atom.Article)
			s := &stripper{removedKinds: map[*html.Node]string{}}
			near := map[int]nearMiss{}
			var live []*html.Node
			var texts []string
			for i, c := range tc.blocks {
				p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
				root.AppendChild(p)
				live = append(live, p)
				texts = append(texts, string(c))
				switch c {
				case 'r':
					root.RemoveChild(p)
					s.removedKinds[p] = "newsletter"
				case 'n':
					near[i] = nearMiss{"newsletter", 0.75}
				}
			}
			s.stripRuns(live, texts, root, near)
			var gone []string
			for i, p := range live {
				if tc.blocks[i] != 'r' && !attached(p, root) {
					gone = append(gone, strconv.Itoa(i))
				}
			}
			if got := strings.Join(gone, ","); got != tc.gone && !(got == "" && tc.gone == "-") {
				t.Errorf("removed %q, want %q", got, tc.gone)
			}
		})
	}
}

// TestLeadIn checks the lines that lead into the story's own list, table,
// code or picture, which the classifier needs to be sure of: a line with
// a colon before a list of facts, a code block or a picture, found past
// the wrappers a page builder sets around them; not a line before a list
// of links, a row of icons or a paragraph, nor a line with a link.
func TestLeadIn(t *testing.T) {
	tests := []struct {
		name, html string
		want       bool
	}{
		{"before a list", `<p id="l">In this guide, we look at:</p><ul><li>Why the ferry timetable changed in May</li><li>What the new fares are</li></ul>`, true},
		{"before a wrapped list", `<div><p id="l">The plug-in does three things:</p></div><div class="ulist"><ul><li>Queues the request before it is sent</li><li>Times the answer</li></ul></div>`, true},
		{"before code", `<p id="l">Install it like this:</p><pre>go install example.org/tool@latest</pre>`, true},
		{"before a picture in a paragraph", `<p id="l">After signing in, the screen looks like this:</p><p><img src="/screen.png" alt=""></p>`, true},
		{"before a list of links", `<p id="l">Read more from our archive:</p><ul><li><a href="/a">The harbour's new crane arrives</a></li><li><a href="/b">Ferry fares rise in May</a></li></ul>`, false},
		{"before a row of icons", `<p id="l">You can also follow me here:</p><p><a href="https://social.example/me"><img src="/i.png" alt=""></a><a href="https://video.example/me"><img src="/v.png" alt=""></a></p>`, false},
		{"before a list of icons", `<p id="l">Find us on:</p><ul><li><a href="https://social.example/us"><img src="/s.png" alt=""></a></li><li><a href="https://video.example/us"><img src="/v.png" alt=""></a></li></ul>`, false},
		{"before a paragraph", `<p id="l">Sign up for our newsletter:</p><p>Every Friday, the week's stories from the harbour, in your inbox.</p>`, false},
		{"with a link", `<p id="l">See <a href="/list">our full list</a> of the steps:</p><ul><li>Measure the wall before you buy the panels</li><li>Cut along the line</li></ul>`, false},
		{"no colon", `<p id="l">The council agreed three changes.</p><ul><li>Longer opening hours at the pool in summer</li><li>A new crossing</li></ul>`, false},
		{"last in its parent, nothing after", `<div><p id="l">Here is what changes:</p></div>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, body := parseMarked(t, tc.html)
			if got := leadIn(b, textOf(b, false, false), body); got != tc.want {
				t.Errorf("leadIn = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestItemList checks which blocks are items of a list for listMean: a
// list item, a definition, a list item's only paragraph; not a paragraph
// beside another element in its item, nor a paragraph outside a list.
func TestItemList(t *testing.T) {
	tests := []struct {
		name, html string
		want       bool
	}{
		{"a list item", `<ul><li id="l">Stay off your feet as much as possible</li></ul>`, true},
		{"a definition", `<dl><dt>Fare</dt><dd id="l">Two euros a ride</dd></dl>`, true},
		{"an item's only paragraph", `<ol><li><p id="l">Handles errors and logs the request</p></li></ol>`, true},
		{"a paragraph beside a list in its item", `<ol><li><p id="l">Step one:</p><ul><li>Open the lid</li></ul></li></ol>`, false},
		{"a paragraph", `<div><p id="l">Handles errors and logs the request</p></div>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := parseMarked(t, tc.html)
			if got := itemList(b) != nil; got != tc.want {
				t.Errorf("itemList != nil is %v, want %v", got, tc.want)
			}
		})
	}
}

// TestBoldSubhead checks the bold lines that head a section of the story
// as a heading would, which the classifier does not judge: a short bold
// line over a long paragraph; not a bold sentence, a bold link, a byline,
// a bold line over a short one, nor a line only partly bold.
func TestBoldSubhead(t *testing.T) {
	long := `<p>The ferry company said on Tuesday that the new timetable would add two crossings each morning, and that fares would stay the same until the end of the year at least.</p>`
	links := `<ul><li><a href="/a">Ferry fares rise in May as the operator blames fuel costs and wages</a></li><li><a href="/b">The harbour's new crane arrives from Rotterdam after a week at sea</a></li></ul>`
	tests := []struct {
		name, html string
		next       string
		want       bool
	}{
		{"a bold line over a paragraph", `<p id="l"><strong>Ask someone to read your draft</strong></p>`, long, true},
		{"german, b", `<p id="l"><b>2. Die Garage zuerst</b></p>`, long, true},
		{"a bold sentence", `<p id="l"><strong>We never share your address.</strong></p>`, long, false},
		{"a bold link", `<p id="l"><strong><a href="/guide">Our complete guide to ferries</a></strong></p>`, long, false},
		{"a byline", `<p id="l"><strong>By Lena Park</strong></p>`, long, false},
		{"over a short line", `<p id="l"><strong>Ask someone to read your draft</strong></p>`, "<p>Then revise it.</p>", false},
		{"over a list of links", `<p id="l"><strong>Do not miss</strong></p>`, links, false},
		{"a word alone", `<p id="l"><strong>Related</strong></p>`, long, false},
		{"partly bold", `<p id="l"><strong>Note</strong> the fares stay the same</p>`, long, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := parseMarked(t, `<div>`+tc.html+tc.next+`</div>`)
			if got := boldSubhead(b, textOf(b, false, false), next(b)); got != tc.want {
				t.Errorf("boldSubhead = %v, want %v", got, tc.want)
			}
		})
	}
}

// parseMarked parses src and returns its element of id "l", the one a
// test asks about, and the document's body.
func parseMarked(t *testing.T, src string) (marked, body *html.Node) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	walkElements(doc, func(c *html.Node) bool {
		if marked == nil && attr(c, "id") == "l" {
			marked = c
		}
		return marked == nil
	})
	if marked == nil {
		t.Fatal("no element of id l")
	}
	return marked, findFirst(doc, atom.Body)
}
