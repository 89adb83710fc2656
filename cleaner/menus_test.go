package cleaner

import (
	"strings"
	"testing"
)

func TestStripMenus(t *testing.T) {
	story := `<p>The library on the square reopened on Saturday after a year of building work, with a new children's room and longer opening hours on weekdays.</p>
<p>Readers queued before the doors opened, and the first book borrowed was a guide to the town's old mills, the librarian said.</p>
<p>The council paid for most of the work, and a local trust raised the rest through a book sale that ran for three summers.</p>`
	menu := `<nav id="siteNav"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li><li><a href="/contact">Contact us</a></li></ul></nav>`
	tests := []struct {
		name, article string
		keep          []string
		gone, kept    []string
	}{
		{"a nav above the story", menu + story, nil, []string{"Contact us"}, []string{"first book borrowed"}},
		{"a menu by its role", `<ul role="menubar"><li><a href="/a">Home</a></li><li><a href="/b">Weather</a></li></ul>` + story, nil, []string{"Weather"}, nil},
		{"kept with --keep nav", menu + story, []string{"nav"}, nil, []string{"Contact us"}},
		{"a navigation landmark of prose stays", `<div role="navigation"><p>This guide has three parts: the opening, the money, and what readers can borrow now.</p></div>` + story, nil, nil, []string{"This guide has three parts"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<!DOCTYPE html><html lang="en"><head><title>Library reopens</title></head><body><article><h1>Library reopens</h1>` + tc.article + `</article></body></html>`
			a, err := Clean(strings.NewReader(page), nil, Options{Keep: tc.keep})
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tc.gone {
				if strings.Contains(a.Text, g) {
					t.Errorf("%q left in the text:\n%s", g, a.Text)
				}
			}
			for _, k := range tc.kept {
				if !strings.Contains(a.Text, k) {
					t.Errorf("%q lost:\n%s", k, a.Text)
				}
			}
		})
	}
}
