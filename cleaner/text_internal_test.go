package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestMarkedText: the article's text marks a list's items as plain text
// does, and the text the cleaner judges does not.
func TestMarkedText(t *testing.T) {
	tests := []struct {
		name, body, marked, plain string
	}{
		{
			name:   "numbered steps from a start",
			body:   `<p>Method:</p><ol start="3"><li>Soak the beans.</li><li>Drain them.</li></ol>`,
			marked: "Method:\n\n3. Soak the beans.\n\n4. Drain them.",
			plain:  "Method:\n\nSoak the beans.\n\nDrain them.",
		},
		{
			name:   "bullets, an item in paragraphs, a link inside",
			body:   `<ul><li><p>Flour</p><p>sifted twice</p></li><li>Eggs from <a href="/farm">the farm</a></li></ul>`,
			marked: "- Flour\n\nsifted twice\n\n- Eggs from the farm",
			plain:  "Flour\n\nsifted twice\n\nEggs from the farm",
		},
		{
			name:   "a nested list counts its own items",
			body:   `<ol><li>Prepare<ul><li>the pan</li><li>the oven</li></ul></li><li>Bake</li></ol>`,
			marked: "1. Prepare\n\n- the pan\n\n- the oven\n\n2. Bake",
			plain:  "Prepare\n\nthe pan\n\nthe oven\n\nBake",
		},
		{
			name:   "an empty item leaves no mark behind",
			body:   `<ul><li><img src="a.png"></li><li>Only this</li></ul><p>After.</p>`,
			marked: "- Only this\n\nAfter.",
			plain:  "Only this\n\nAfter.",
		},
		{
			name:   "a table's cells are not marked",
			body:   `<table><tr><td>Tide</td><td>06:10</td></tr></table>`,
			marked: "Tide 06:10",
			plain:  "Tide 06:10",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body><div>" + tc.body + "</div></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := textOf(doc, false, true); got != tc.marked {
				t.Errorf("marked:\n%q\nwant\n%q", got, tc.marked)
			}
			if got := renderText(doc); got != tc.plain {
				t.Errorf("plain:\n%q\nwant\n%q", got, tc.plain)
			}
		})
	}
}
