package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRevealCollapsed(t *testing.T) {
	const answer = "The ferry runs twice a day in winter, at eight in the morning and at four in the afternoon."
	tests := []struct {
		name, page string
		shown      bool // whether the answer is visible after revealCollapsed
	}{
		{"the target of aria-controls",
			`<main><h2><a role="button" aria-controls="s1">When does it run?</a></h2><div id="s1" style="display:none"><p>` + answer + `</p></div></main>`, true},
		{"the first of two panels that share an id",
			`<main><div class="faq"><a role="button" aria-controls="q_0">When does it run?</a><div id="q_0" style="display:none"><p>` + answer + `</p></div></div>` +
				`<div class="faq"><a role="button" aria-controls="q_0">Where does it stop?</a><div id="q_0" style="display:none"><p>It stops at the north quay and at the island's pier, weather permitting.</p></div></div></main>`, true},
		{"the target of aria-controls, hidden by its wrapper",
			`<main><h2><button aria-expanded="false" aria-controls="p1">When does it run?</button></h2><div class="collapse" style="overflow:hidden;display:none;height:0px"><div role="region" id="p1"><p>` + answer + `</p></div></div></main>`, true},
		{"a wrapper that holds more than the panel stays hidden",
			`<main><button aria-controls="p2">When does it run?</button><div style="display:none"><div id="p2"><p>` + answer + `</p></div><div><p>Another part that no button names, about the harbour and its crews.</p></div></div></main>`, false},
		{"after a collapsed button in a heading",
			`<main><h3><button aria-expanded="false">When does it run?</button></h3><div hidden aria-hidden="true"><p>` + answer + `</p></div></main>`, true},
		{"after a collapsed button",
			`<main><button aria-expanded="false">Show more</button><div hidden><p>` + answer + `</p></div></main>`, true},
		{"before a read-more button",
			`<main><p>Story.</p><div class="rest" aria-hidden="true"><p>` + answer + `</p></div><div><button aria-expanded="false">Read more</button></div></main>`, true},
		{"the target of a script's data-target",
			`<main><p>Story.</p><div id="rest-1" aria-hidden="true"><p>` + answer + `</p></div><p>More story.</p><button data-target="#rest-1">Read more</button></main>`, true},
		{"an open button's section is left as it is",
			`<main><h3><button aria-expanded="true">When does it run?</button></h3><div hidden><p>` + answer + `</p></div></main>`, false},
		{"a menu in the header stays hidden",
			`<header><button aria-expanded="false" aria-controls="m">Menu</button><div id="m" hidden><ul><li>` + answer + `</li></ul></div></header><main><p>Story.</p></main>`, false},
		{"a dialog stays hidden",
			`<main><button aria-controls="d">Settings</button><div role="dialog" id="d" hidden><p>` + answer + `</p></div></main>`, false},
		{"a section of links only stays hidden",
			`<main><button aria-expanded="false">More</button><div hidden><p><a href="/a">One story of the day about the ferry and the harbour and its crews</a></p></div></main>`, false},
		{"a hidden element no button opens stays hidden",
			`<main><p>Story.</p><div hidden><p>` + answer + `</p></div></main>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := revealed(t, tc.page)
			shown := false
			walkElements(doc, func(n *html.Node) bool {
				if hidden(n) {
					return false
				}
				if strings.Contains(nodeText(n), answer) && (n.Data == "p" || n.Data == "li") {
					shown = true
				}
				return true
			})
			if shown != tc.shown {
				t.Errorf("answer shown = %v, want %v", shown, tc.shown)
			}
		})
	}
}

// TestCleanRevealsCollapsed checks that Clean keeps a guide's folded
// sections.
func TestCleanRevealsCollapsed(t *testing.T) {
	folded := []string{
		"Check the tide table the evening before, because the causeway floods twice a day and the times move by about an hour each day.",
		"Park at the village hall rather than on the lane, which the farmers need for their tractors during the harvest weeks.",
	}
	page := `<!DOCTYPE html><html lang="en"><head><title>Walking to the island</title></head><body><main><article><h1>Walking to the island</h1>
<p>The walk across the sands to the island takes about an hour each way, and it is one of the finest half days out on this coast in any season.</p>
<p>It is easy walking on firm sand, but the sea comes in faster than a person can run, and every year the lifeboat is called out to walkers who set off too late.</p>
<h2><button aria-expanded="false" aria-controls="tides">Before you go</button></h2><div id="tides" hidden><p>` + folded[0] + `</p></div>
<h2><button aria-expanded="false">Where to park</button></h2><div style="display: none"><p>` + folded[1] + `</p></div>
<p>On the island there is a café that opens when the causeway does, and a small museum about the monks who lived there twelve centuries ago.</p>
</article></main></body></html>`
	a, err := Clean(strings.NewReader(page), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range folded {
		if !strings.Contains(a.Text, f) {
			t.Errorf("folded section lost: %q\n%s", f, a.Text)
		}
	}
}

// TestCleanRevealsReadMore checks that the rest of a story folded behind a
// "Read more" button is kept: the page pass removes such buttons as
// furniture, so the folded part must be shown before it runs.
func TestCleanRevealsReadMore(t *testing.T) {
	rest := []string{
		"The second half of the survey, published on Friday, found that two thirds of the town's street trees are younger than twenty years.",
		"The council plans to plant four hundred more next winter, mostly limes and field maples, along the roads into the centre.",
	}
	page := `<!DOCTYPE html><html lang="en"><head><title>Street trees</title></head><body><main><article><h1>The town counts its street trees</h1>
<p>Volunteers spent three weekends in October counting every tree on the town's streets, from the station to the last houses on the ring road.</p>
<p>They found 2,140 trees of 31 species, far more than the council's own map, which had not been updated since the bypass was built.</p>
<p>The count was organised by the civic society, which wants the trees protected when the water company digs up the pavements next year.</p>
<div class="more"><button aria-expanded="false" aria-controls="rest">Read more</button></div>
<div id="rest" hidden><p>` + rest[0] + `</p><p>` + rest[1] + `</p></div>
</article></main></body></html>`
	cleanKeeps(t, page, rest)
}

// A toggle that names its part of an accordion keeps its words when its
// answer is in the page: readability drops every <button>.
func TestQuestionToggles(t *testing.T) {
	const answer = "Yes: the harbour office sells day tickets until noon, and the kiosk on the pier after that."
	tests := []struct {
		name, page string
		kept       bool // whether the toggle is no longer a <button>
	}{
		{"a question with its collapsed panel",
			`<main><button aria-expanded="false" aria-controls="a1">Can I buy a ticket on the day?</button><div id="a1" hidden><p>` + answer + `</p></div></main>`, true},
		{"a question with its open panel",
			`<main><button aria-expanded="true" aria-controls="a1">Can I buy a ticket on the day?</button><div id="a1"><div>` + answer + `</div></div></main>`, true},
		{"a heading in a toggle, the answer after it",
			`<main><div><button aria-expanded="true"><h3>Day tickets and where to buy them</h3></button><div><p>` + answer + `</p></div></div></main>`, true},
		{"a question whose answer a script fetches",
			`<main><div><button aria-expanded="false">Can I buy a ticket on the day?</button></div><div><button aria-expanded="false">Are dogs allowed on the ferry deck?</button></div></main>`, false},
		{"a short label",
			`<main><button aria-expanded="false">Show more</button><div><p>` + answer + `</p></div></main>`, false},
		{"a statement without a heading",
			`<main><button aria-expanded="false">Tickets and timetables for the winter season</button><div><p>` + answer + `</p></div></main>`, false},
		{"a button that opens nothing",
			`<main><button>Can I buy a ticket on the day?</button><div><p>` + answer + `</p></div></main>`, false},
		{"a question in the page's header",
			`<header><button aria-expanded="false" aria-controls="h1">Can I buy a ticket on the day?</button><div id="h1"><p>` + answer + `</p></div></header><main><p>Story.</p></main>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := revealed(t, tc.page)
			buttons := 0
			walkElements(doc, func(n *html.Node) bool {
				if n.Data == "button" {
					buttons++
				}
				return true
			})
			want := 1
			if strings.Count(tc.page, "<button") == 2 {
				want = 2
			}
			if tc.kept {
				want--
			}
			if buttons != want {
				t.Errorf("%d buttons left, want %d", buttons, want)
			}
		})
	}
}

// revealed parses body, a page's body, and runs revealCollapsed on it.
func revealed(t *testing.T, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	revealCollapsed(doc)
	return doc
}
