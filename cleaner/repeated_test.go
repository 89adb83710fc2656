package cleaner_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
)

// repeatedPage is a story whose last paragraph is the site's sign-off;
// the same words also stand, as a paragraph of their own, in the middle
// of the story, where they are the story's.
func repeatedPage() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Harbour lights</title></head><body><article><h1>Harbour lights</h1>`)
	for i := range 6 {
		fmt.Fprintf(&b, "<p>The harbour lights were switched back on in part %d of the work, after a winter in which the quay stood dark and the fishing crews unloaded by torchlight, which the council had promised would never happen again.</p>", i)
		if i == 2 {
			b.WriteString("<p>Mended by hand at the boatyard, one plank at a time.</p>")
		}
	}
	b.WriteString("<p>Mended by hand at the boatyard, one plank at a time.</p></article></body></html>")
	return b.String()
}

func TestSiteBlocks(t *testing.T) {
	u, _ := url.Parse("http://127.0.0.1/harbour-lights")
	signOff := "Mended by hand at the boatyard, one plank at a time."
	tests := []struct {
		name      string
		site      []cleaner.SiteBlock
		keep      []string
		wantCount int // occurrences of the sign-off left in the text
		wantRem   []article.Removal
	}{
		{"no site blocks", nil, nil, 2, nil},
		{"learned at the end: the middle copy stays", []cleaner.SiteBlock{{Text: signOff, Position: "end", Count: 33}}, nil, 1,
			[]article.Removal{{Kind: "repeated", Rule: "site", Text: signOff, Count: 33}}},
		{"case and punctuation do not matter", []cleaner.SiteBlock{{Text: "MENDED by hand at the boatyard one plank at a time", Position: "end", Count: 5}}, nil, 1,
			[]article.Removal{{Kind: "repeated", Rule: "site", Text: signOff, Count: 5}}},
		{"learned at the start: not there", []cleaner.SiteBlock{{Text: signOff, Position: "start", Count: 33}}, nil, 2, nil},
		{"kept with --keep repeated", []cleaner.SiteBlock{{Text: signOff, Position: "end", Count: 33}}, []string{"repeated"}, 2, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(repeatedPage()), u, cleaner.Options{SiteBlocks: tc.site, Keep: tc.keep})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(a.Text, signOff); got != tc.wantCount {
				t.Errorf("sign-off %d times in the text, want %d:\n%s", got, tc.wantCount, a.Text)
			}
			var rem []article.Removal
			for _, r := range a.Removed {
				if r.Kind == "repeated" {
					rem = append(rem, r)
				}
			}
			if fmt.Sprint(rem) != fmt.Sprint(tc.wantRem) {
				t.Errorf("removed %+v, want %+v", rem, tc.wantRem)
			}
			if strings.Count(a.Text, "harbour lights were switched") != 6 {
				t.Errorf("story paragraphs lost:\n%s", a.Text)
			}
		})
	}
}
