package cleaner

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/article"
)

func TestWordingOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"See the price (about 39 €)", "see the price (about # €)"},
		{"  Check   PRICE\n 1,299 $ ", "check price #,# $"},
		{"Advertisement", "advertisement"},
	} {
		if got := wordingOf(c.in); got != c.want {
			t.Errorf("wordingOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A short block worded like two or more blocks the article already lost
// goes with them, when they outnumber its kept mates; a second copy of the
// story (kind "repeated") says nothing of the first.
func TestStripTemplateMates(t *testing.T) {
	cases := []struct {
		name    string
		removed []article.Removal
		gone    []string
	}{
		{
			name: "two removed buttons take the third",
			removed: []article.Removal{
				{Kind: "affiliate", Rule: "model", Text: "See the price (about 55 €)"},
				{Kind: "affiliate", Rule: "model", Text: "See the price (about 129 €)"},
			},
			gone: []string{"See the price (about 89 €)"},
		},
		{
			name: "one removal is not a pattern",
			removed: []article.Removal{
				{Kind: "affiliate", Rule: "model", Text: "See the price (about 55 €)"},
			},
		},
		{
			name: "kept mates outnumber the removed",
			removed: []article.Removal{
				{Kind: "notice", Rule: "model", Text: "Score: 3 out of 5"},
				{Kind: "notice", Rule: "model", Text: "Score: 2 out of 5"},
			},
		},
		{
			name: "copies of the story",
			removed: []article.Removal{
				{Kind: "repeated", Rule: "copy", Text: "See the price (about 55 €)"},
				{Kind: "repeated", Rule: "copy", Text: "See the price (about 129 €)"},
			},
		},
	}
	page := `<div><p>The lamp lasted four hours and forty minutes in the cold, and it charges over USB-C in two hours.</p>
<p>See the price (about 89 €)</p><p>Score: 4 out of 5</p><p>Score: 5 out of 5</p><p>Score: 1 out of 5</p>
<p>The second lamp is lighter and simpler, with a single button that even gloved hands can find.</p></div>`
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			root := doc
			s := &stripper{removed: append([]article.Removal(nil), c.removed...)}
			l := layoutOf(root)
			s.stripTemplateMates(l.live, l.texts, root, 0)
			text := renderText(root)
			for _, g := range c.gone {
				if strings.Contains(text, g) {
					t.Errorf("kept %q", g)
				}
			}
			for _, k := range []string{"See the price (about 89 €)", "Score: 4 out of 5", "The second lamp"} {
				if !strings.Contains(text, k) && !slices.Contains(c.gone, k) {
					t.Errorf("removed %q:\n%s", k, text)
				}
			}
			if got := len(s.removed) - len(c.removed); got != len(c.gone) {
				t.Errorf("%d removals listed, want %d", got, len(c.gone))
			}
		})
	}
}
