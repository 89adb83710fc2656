package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRestoreLedes(t *testing.T) {
	intro := "A good bread knife is the one tool most home cooks put off buying, and it is the one they use every day."
	second := "We sliced forty loaves with twelve knives over three weeks to find the one worth your money this year."
	story := `<div id="story"><p>` + strings.Repeat("The serrations on the winning blade stayed sharp after every test loaf. ", 4) + `</p><p>` +
		strings.Repeat("Cheaper knives tore soft crumb and crushed the crust of sourdough. ", 4) + `</p></div>`
	tests := []struct {
		name, page string
		want       []string // paragraphs that must open the article
		not        []string
	}{
		{"intro in its own box above the story",
			`<body><h1>The best bread knives</h1><div class="intro"><p>` + intro + `</p><p>` + second + `</p></div>` + story + `</body>`,
			[]string{intro, second}, nil},
		{"a caption and a standfirst are not the lede",
			`<body><h1>The best bread knives</h1><p class="standfirst">` + intro + `</p><figure><figcaption>` + second + `</figcaption></figure>` + story + `</body>`,
			nil, []string{intro, second}},
		{"a short label between is passed over",
			`<body><h1>The best bread knives</h1><p>` + intro + `</p><div>Our pick</div>` + story + `</body>`,
			[]string{intro}, nil},
		{"no headline, nothing restored",
			`<body><p>` + intro + `</p>` + story + `</body>`,
			nil, []string{intro}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			noted := noteLedes(doc)
			// The article as readability would return it: the story alone.
			var root *html.Node
			walkElements(doc, func(n *html.Node) bool {
				if attr(n, "id") == "story" {
					root = n
				}
				return root == nil
			})
			root.Parent.RemoveChild(root)
			restoreLedes(root, noted)
			got := collapseSpace(renderText(root))
			prefix := ""
			for _, w := range tc.want {
				prefix += w + " "
			}
			if !strings.HasPrefix(got, strings.TrimSpace(prefix)) {
				t.Errorf("article opens %.120q, want %.120q", got, prefix)
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("article holds %.60q", n)
				}
			}
		})
	}
}
