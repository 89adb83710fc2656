package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestDropParagraphSlots checks which empty slots go before readability:
// those beside a box's only paragraph, and no other element.
func TestDropParagraphSlots(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a paragraph and its ad slot",
			`<div><p>The ferry runs again from Monday.</p><div id="slot-2"></div></div>`,
			`<div><p>The ferry runs again from Monday.</p></div>`},
		{"two empty slots, one a span",
			`<div><p>The ferry runs again from Monday.</p><div class="ad"> </div><span></span></div>`,
			`<div><p>The ferry runs again from Monday.</p></div>`},
		{"a slot holding a picture stays",
			`<div><p>The ferry runs again from Monday.</p><div><img src="/ferry.jpg"></div></div>`,
			`<div><p>The ferry runs again from Monday.</p><div><img src="/ferry.jpg"/></div></div>`},
		{"a box of two paragraphs keeps its slot",
			`<div><p>The ferry runs again from Monday.</p><p>Tickets cost the same.</p><div id="slot-3"></div></div>`,
			`<div><p>The ferry runs again from Monday.</p><p>Tickets cost the same.</p><div id="slot-3"></div></div>`},
		{"a box with text of its own keeps its slot",
			`<div>Updated <p>The ferry runs again from Monday.</p><div id="slot-4"></div></div>`,
			`<div>Updated <p>The ferry runs again from Monday.</p><div id="slot-4"></div></div>`},
		{"a box without a paragraph keeps its slot",
			`<div><h2>Timetable</h2><div id="slot-5"></div></div>`,
			`<div><h2>Timetable</h2><div id="slot-5"></div></div>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.in + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			dropParagraphSlots(doc)
			var b strings.Builder
			body := findFirst(doc, atom.Body)
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				if err := html.Render(&b, c); err != nil {
					t.Fatal(err)
				}
			}
			if got := b.String(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}
