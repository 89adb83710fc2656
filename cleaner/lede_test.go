package cleaner

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestRestoreLedes(t *testing.T) {
	intro := "A good bread knife is the one tool most home cooks put off buying, and it is the one they use every day."
	second := "We sliced forty loaves with twelve knives over three weeks to find the one worth your money this year."
	tested := "Each knife cut the same white loaf, a rye with a hard crust and a soft brioche, in that order."
	scored := "Two cooks scored every slice for crumbs and tearing without knowing which knife had cut it."
	bio := "Ana Lind has tested kitchen tools for ten years. She cooks for a family of five in Uppsala."
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
		{"an introduction above the byline and the date",
			`<body><h1>The best bread knives</h1><p>` + intro + ` ` + second + `</p><div class="byline">By Ana Lind</div><div>Updated 3 March 2026 · 6 min read</div>` + story + `</body>`,
			[]string{intro + " " + second}, nil},
		{"a one-sentence deck above the byline is not the lede",
			`<body><h1>The best bread knives</h1><p>` + intro + `</p><div class="byline">By Ana Lind</div><div>Updated 3 March 2026 · 6 min read</div>` + story + `</body>`,
			nil, []string{intro}},
		{"the author's bio above the date is not the lede",
			`<body><h1>The best bread knives</h1><div class="author-box"><p>` + bio + `</p></div><div>Updated 3 March 2026 · 6 min read</div>` + story + `</body>`,
			nil, []string{bio}},
		{"an opening section with its own heading above the story",
			`<body><h1>The best bread knives</h1><div class="intro"><p>` + intro + `</p><p>` + second + `</p><h2>How we tested</h2><p>` + tested + `</p><p>` + scored + `</p></div>` + story + `</body>`,
			[]string{intro, second, "How we tested", tested, scored}, nil},
		{"a heading above the byline is not put back",
			`<body><h1>The best bread knives</h1><h2>Kitchen</h2><div>Updated 3 March 2026 · 6 min read</div><p>` + intro + ` ` + second + `</p>` + story + `</body>`,
			[]string{intro + " " + second}, []string{"Kitchen"}},
		{"a linked headline above the opening is not its heading",
			`<body><h1>The best bread knives</h1><h2><a href="/knives/guide">Read our full buying guide</a></h2><p>` + second + `</p>` + story + `</body>`,
			[]string{second}, []string{"buying guide"}},
		{"a drop cap set apart before the story",
			`<body><h1>The best bread knives</h1><div class="first-letter">T</div>` + strings.Replace(story, "<p>The serrations", "<p>he serrations", 1) + `</body>`,
			[]string{"The serrations on the winning blade"}, nil},
		{"no headline, nothing restored",
			`<body><p>` + intro + `</p>` + story + `</body>`,
			nil, []string{intro}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			noted, root := ledeCase(t, tc.page)
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

// ledeCase parses page and notes its ledes, and returns them with the
// element #story taken out of the page: the article as readability would
// return it, the story alone.
func ledeCase(t *testing.T, page string) ([]ledeBlock, *html.Node) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	noted := noteLedes(doc)
	var root *html.Node
	walkElements(doc, func(n *html.Node) bool {
		if attr(n, "id") == "story" {
			root = n
		}
		return root == nil
	})
	root.Parent.RemoveChild(root)
	return noted, root
}

// TestStandfirstKept checks that a standfirst above the story's container
// opens the article when it says more than the page's description, and
// stays out when it repeats the description or is an author's bio.
func TestStandfirstKept(t *testing.T) {
	const (
		dek   = "Na drie natte zomers vraagt de gemeente bewoners om regenwater op te vangen, en ze betaalt mee aan de tonnen."
		desc  = "Subsidie voor regentonnen vanaf maart."
		bio   = "Sanne de Wit schrijft sinds 2015 over klimaat en wonen en woont zelf aan de rand van de polder."
		title = "Gemeente betaalt mee aan regentonnen"
	)
	paras := []string{
		"Wie een regenton van minstens tweehonderd liter plaatst, krijgt vanaf maart de helft van de aankoopprijs terug, tot een bedrag van zestig euro per huishouden.",
		"De wethouder zei dinsdag in de raad dat de riolering bij zware buien nu al te vaak overloopt, vooral in de oudere wijken rond het centrum.",
		"Bewoners kunnen de subsidie aanvragen met een foto van de aangesloten ton en het aankoopbewijs; de gemeente controleert steekproefsgewijs.",
		"De regeling loopt twee jaar en wordt daarna geëvalueerd, samen met de proef met groene daken op scholen en sporthallen.",
	}
	story := `<div class="entry-content"><p>` + strings.Join(paras, `</p><p>`) + `</p></div>`
	for _, tc := range []struct {
		name, header string
		first        string // the article's first words
		absent       string
	}{
		{"subtitle after the headline", `<h1>` + title + `</h1><h2 class="subtitle">` + dek + `</h2>`, dek, ""},
		{"dek repeating the description", `<h1>` + title + `</h1><p class="dek">` + desc + `</p>`, paras[0], desc},
		{"bio in the byline", `<h1>` + title + `</h1><div class="byline"><a href="/auteur/sanne"><div class="author-description">` + bio + `</div></a></div>`, paras[0], bio},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html lang="nl"><head><title>` + title + `</title><meta name="description" content="` + desc + `"></head><body><main><article><header>` + tc.header + `</header>` + story + `</article></main></body></html>`
			u, _ := url.Parse("https://polderkrant.example/nieuws/regentonnen")
			a, err := Clean(strings.NewReader(page), u, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Text, tc.first) {
				t.Errorf("article opens %.100q, want %.100q; removed %v", a.Text, tc.first, a.Removed)
			}
			if tc.absent != "" && strings.Contains(a.Text, tc.absent) {
				t.Errorf("article holds %.60q", tc.absent)
			}
			for _, p := range paras {
				if !strings.Contains(a.Text, p) {
					t.Errorf("story paragraph lost: %.60q", p)
				}
			}
		})
	}
}

// TestRestoreLedesList checks that a list between the opening's paragraphs
// and the story comes back with them, that a list above them (key points)
// or alone above the story does not, and that the story's first block is
// found when the page's copy of it also held a button the page pass took.
func TestRestoreLedesList(t *testing.T) {
	intro := "We insulated the attic of our cottage ourselves last winter, and this is what it cost us in money and weekends."
	before := "The roof is about ninety square metres, and we chose two layers of mineral wool. Here is everything we bought:"
	items := []string{"Mineral wool between the rafters, 21,400", "Vapour barrier with its tapes, 4,300", "Plasterboard for damp rooms, 9,900"}
	first := "All of it came to 74,500, against the 186,000 a builder quoted for the same job with materials."
	story := `<div id="story"><p>` + first + `</p><p>` + strings.Repeat("The work took seven weekends instead of three, and four days of leave. ", 4) + `</p></div>`
	list := "<ul><li>" + strings.Join(items, "</li><li>") + "</li></ul>"
	tests := []struct {
		name, page string
		button     bool // the story's first paragraph holds a button on the page
		want, not  []string
	}{
		{"a list between the opening and the story", `<body><h1>Insulating the attic</h1><p>` + intro + `</p><p>` + before + `</p>` + list + story + `</body>`,
			false, append([]string{intro, before}, items...), nil},
		{"a list of key points above the opening", `<body><h1>Insulating the attic</h1>` + list + `<p>` + intro + `</p><p>` + before + `</p>` + story + `</body>`,
			false, []string{intro, before}, items},
		{"a list alone above the story", `<body><h1>Insulating the attic</h1><div>Updated 3 March 2026</div>` + list + story + `</body>`,
			false, nil, items},
		{"the story's first paragraph held a read-more button", `<body><h1>Insulating the attic</h1><p>` + intro + `</p><p>` + before + `</p>` + list +
			strings.Replace(story, first+`</p>`, first+` <button>Read more</button></p>`, 1) + `</body>`,
			true, append([]string{intro, before}, items...), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			noted, root := ledeCase(t, tc.page)
			if tc.button {
				b := findFirst(root, atom.Button)
				b.Parent.RemoveChild(b)
			}
			restoreLedes(root, noted)
			got := collapseSpace(renderText(root))
			last := -1
			for _, w := range tc.want {
				i := strings.Index(got, w)
				if i < 0 || i < last {
					t.Errorf("article lacks %.60q, or holds it out of order: %.300q", w, got)
				}
				last = i
			}
			if len(tc.want) > 0 && strings.Index(got, first) < last {
				t.Errorf("what came back is not above the story's first paragraph: %.300q", got)
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("article holds %.60q", n)
				}
			}
		})
	}
}
