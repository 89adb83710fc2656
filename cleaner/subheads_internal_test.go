package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestRestoreSubheads checks that a subheading dropped from between two
// consecutive blocks of the article comes back between them, once, and
// that one over a list of links, or over a block the article lacks, or
// the headline, does not.
func TestRestoreSubheads(t *testing.T) {
	paras := []string{
		"The water board will replace the lead pipes under the old town's forty streets over the next three summers.",
		"About 1,900 homes still draw their water through lead, most of them built before 1930.",
		"Each street will be closed to cars for about two weeks while the new pipes go in.",
		"The board says the work will cost 14 million euros, which the national government will pay in full.",
		"Homeowners will still have to pay for the pipes inside their own walls.",
		"A public meeting on the timetable will be held at the town hall in March.",
	}
	const title, first, second, related, kept = "Lead pipes to go from the old town", "Which streets come first", "Who pays for the work", "More on the water supply", "What the tests found"
	box := func(tag, s string) string { return `<div class="box"><` + tag + `>` + s + `</` + tag + `></div>` }
	page := `<body><div class="grid">` + box("h1", title) + box("h2", title) + box("p", paras[0]) + box("h2", kept) + box("p", paras[1]) + box("h2", first) + box("p", paras[2]) +
		box("h3", related) + `<div class="box"><ul><li><a href="/news/reservoir">Reservoir levels back to normal</a></li></ul></div>` +
		box("p", paras[3]) + box("h2", second) + box("p", paras[4]) + box("h2", "Pictures") + `<div class="box"><p>Photo gallery</p></div>` + box("p", paras[5]) + `</div></body>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	noted := noteSubheads(doc, title)
	// The article as readability might return it: the paragraphs and one
	// of the headings, the others dropped with their boxes.
	art := `<div><p>` + paras[0] + `</p><h2>` + kept + `</h2><p>` + paras[1] + `</p><p>` + paras[2] + `</p><p>` + paras[3] + `</p><p>` + paras[4] + `</p><p>` + paras[5] + `</p></div>`
	adoc, err := html.Parse(strings.NewReader(art))
	if err != nil {
		t.Fatal(err)
	}
	root := findFirst(adoc, atom.Div)
	restoreSubheads(root, noted)
	got := renderText(root)
	want := []string{paras[0], kept, paras[1], first, paras[2], paras[3], second, paras[4], paras[5]}
	last := -1
	for _, s := range want {
		i := strings.Index(got, s)
		if i < 0 || i < last {
			t.Errorf("%q missing or out of place in:\n%s", s, got)
		}
		last = i
	}
	for _, s := range []string{related, "Pictures", title} {
		if strings.Contains(got, s) {
			t.Errorf("%q came back:\n%s", s, got)
		}
	}
	if strings.Count(got, kept) != 1 {
		t.Errorf("%q is in the article %d times", kept, strings.Count(got, kept))
	}
}

// TestRestoreSubheadsBeforeList checks that a subheading over a list comes
// back before the list, not inside it.
func TestRestoreSubheadsBeforeList(t *testing.T) {
	const intro, head = "The ferry timetable changes on Monday for the winter months.", "New departures"
	items := "<li>Harbour to island: 7:10, 9:40, 13:15</li><li>Island to harbour: 8:05, 10:30, 14:20</li>"
	page := `<body><div class="box"><p>` + intro + `</p></div><div class="box"><h2>` + head + `</h2></div><div class="box"><ul>` + items + `</ul></div></body>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	noted := noteSubheads(doc, "Winter ferry timetable")
	adoc, err := html.Parse(strings.NewReader(`<div><p>` + intro + `</p><ul>` + items + `</ul></div>`))
	if err != nil {
		t.Fatal(err)
	}
	root := findFirst(adoc, atom.Div)
	restoreSubheads(root, noted)
	h := findFirst(root, atom.H2)
	if h == nil || nodeText(h) != head {
		t.Fatalf("subheading not put back: %s", renderText(root))
	}
	next := h.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	if h.Parent != root || next == nil || next.DataAtom != atom.Ul {
		t.Errorf("subheading put back inside %s, not before the list", h.Parent.Data)
	}
}
