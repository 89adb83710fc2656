package cleaner_test

import (
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// A list story's items, each a heading that links to the item's page and
// a short description, stay whole; the same shape linking to the site's
// own stories, or with excerpts cut off, is not protected.
func TestListItems(t *testing.T) {
	intro := []string{
		"Winter is the season for small projects at the workbench, when the garden needs nothing and the evenings are long enough to finish something.",
		"We asked readers which weekend builds they had kept using for years, and these are the ones that came up again and again in their letters.",
		"None of them needs more than a saw, a drill and a free afternoon, and most can be made from offcuts left over from bigger jobs.",
	}
	items := [][2]string{
		{"A pegboard for the shed door", "Hang every hand tool where you can see it, and never hunt for a chisel again this winter."},
		{"A bench from one scaffold board", "Two cuts and four brackets give you a seat for the porch that survives rain and boots."},
		{"A box for seed packets", "Sort seeds by month in a shallow drawer with dividers made from the lid of an old crate."},
		{"A rack for drying herbs", "Dowels in a frame under the kitchen shelf dry a whole summer's thyme and sage in a week."},
		{"A stand for the old radio", "Lift the set off the bench and onto a tilted shelf that keeps sawdust out of its speaker."},
	}
	outro := "Most of the timber for these came from a single pallet, and the rest from what was left after the new fence went up."
	list := func(site bool, cut bool) string {
		var b strings.Builder
		for i, it := range items {
			href := "https://maker" + string(rune('a'+i)) + ".example/how-to"
			if site {
				href = "https://workshop.example/projects/" + string(rune('a'+i))
			}
			desc := it[1]
			if cut {
				desc = strings.TrimSuffix(desc, ".") + " and then..."
			}
			b.WriteString(`<div class="card-item"><div class="card-img"><img src="/p` + string(rune('a'+i)) + `.jpg" alt=""></div><div class="card-body"><h2><a href="` + href + `">` + it[0] + `</a></h2><div class="card-text"><p>` + desc + `</p></div></div></div>`)
		}
		return b.String()
	}
	pageOf := func(body string) string {
		var b strings.Builder
		for _, p := range intro {
			b.WriteString("<p>" + p + "</p>")
		}
		return `<!DOCTYPE html><html lang="en"><head><title>Five weekend builds</title></head><body>
<header><nav><a href="/">Home</a> <a href="/projects">Projects</a></nav></header>
<main><article><h1>Five weekend builds readers still use</h1>` + b.String() + body + `<p>` + outro + `</p></article></main>
<footer><p>Workshop Monthly, 2026.</p></footer></body></html>`
	}
	tests := []struct {
		name, page string
		kept       bool
	}{
		{"items linking to other sites", pageOf(list(false, false)), true},
		{"the site's own stories", pageOf(list(true, false)), false},
		{"excerpts cut off", pageOf(list(false, true)), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(tc.page), mustURL(t, "https://workshop.example/projects/weekend-builds"), cleaner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range append(intro, outro) {
				if !strings.Contains(a.Text, p) {
					t.Errorf("story paragraph lost: %q", p)
				}
			}
			kept := 0
			for _, it := range items {
				if strings.Contains(a.Text, strings.TrimSuffix(it[1], ".")[:40]) {
					kept++
				}
			}
			if tc.kept && kept != len(items) || !tc.kept && kept == len(items) {
				t.Errorf("%d of %d item descriptions kept, want all: %v\n%s", kept, len(items), tc.kept, a.Text)
			}
		})
	}
}
