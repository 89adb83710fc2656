package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestResolveStreamedBoundaries(t *testing.T) {
	story := `<article><h1>Tram line opens</h1><p>The new tram line opened on Sunday with free rides all day.</p></article>`
	tests := []struct {
		name, page string
		want       string // the text of <main>
	}{
		{"with the boundary comments",
			`<body><main><!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$--></main>` +
				`<div hidden id="S:0">` + story + `</div></body>`,
			"Tram line opens The new tram line opened on Sunday with free rides all day."},
		{"comments dropped by the saver: the skeleton stays",
			`<body><main><template id="B:1"></template><div class="skeleton"></div></main>` +
				`<div hidden id="S:1">` + story + `</div></body>`,
			"Tram line opens The new tram line opened on Sunday with free rides all day."},
		{"no segment for the placeholder",
			`<body><main><template id="B:2"></template><p>Fallback text.</p></main></body>`,
			"Fallback text."},
		{"segment placeholders, one inside a part streamed earlier",
			`<body><main><template id="B:3"></template><div>Loading paragraph...</div></main>` +
				`<div hidden id="S:3"><h1>Tram line opens</h1><template id="P:4"></template><template id="P:5"></template></div>` +
				`<div hidden id="S:5"><p>Rides are free all day.</p></div>` +
				`<div hidden id="S:4"><p>The new tram line opened on Sunday.</p></div></body>`,
			"Tram line opens The new tram line opened on Sunday. Rides are free all day. Loading paragraph..."},
		{"a part that would hold its own placeholder stays where it is",
			`<body><main><p>Visible.</p></main><div hidden id="S:6"><template id="P:6"></template><p>Loop</p></div></body>`,
			"Visible."},
		{"a hidden div that is not a segment stays hidden",
			`<body><main><p>Visible.</p></main><div hidden id="menu"><p>Menu</p></div></body>`,
			"Visible."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			resolveStreamedBoundaries(doc)
			got := collapseSpace(nodeText(findFirst(doc, atom.Main)))
			if got != tc.want {
				t.Errorf("main holds %q, want %q", got, tc.want)
			}
			if n := findFirst(doc, atom.Template); n != nil && (strings.HasPrefix(attr(n, "id"), "B:") || strings.HasPrefix(attr(n, "id"), "P:")) &&
				!strings.HasPrefix(tc.name, "no segment") && !strings.HasPrefix(tc.name, "a part that would hold") {
				t.Errorf("placeholder %s left in the page", attr(n, "id"))
			}
		})
	}
}
