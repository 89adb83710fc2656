package cleaner_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// A blog's masthead (its name linked home and its motto) is not the
// post's first line, even when readability takes the page's wrapper for
// the post; a story's own header outside its <article> (a title in a
// <div> and a standfirst, no link home) stays.
func TestMasthead(t *testing.T) {
	paras := []string{
		"Last spring a neighbour gave me two small colonies, and all summer I was sure I would lose them before the first frost arrived.",
		"The most useful advice came from the beekeepers' club: start feeding straight after the last honey harvest, not in October when nights are cold.",
		"I treated both hives for mites in early December, when there was no brood, and counted the fallen mites on a sheet of card every morning.",
		"Next year the mouse guards go on in September, together with the feeding, and I will weigh the hives before the winter instead of guessing.",
	}
	motto := "Vegetables, hens, bees and the mistakes I learn from"
	standfirst := "What a first-year beekeeper learnt about feeding, mites and mice before her first winter."
	for _, c := range []struct {
		name, head string
		keep, gone []string
	}{
		{
			name: "site masthead",
			head: `<header class="blog-head"><a class="blog-name" href="/">Notes from the garden</a><p class="blog-motto">` + motto + `</p>
<nav><a href="/">Home</a> <a href="/blog/">Blog</a> <a href="/about">About</a></nav></header>`,
			gone: []string{motto},
		},
		{
			name: "the story's own header",
			head: `<header class="post-head"><div class="post-title">How I wintered my bees for the first time</div><p class="standfirst">` + standfirst + `</p></header>`,
			keep: []string{standfirst},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html lang="en"><head><title>How I wintered my bees for the first time</title></head><body><div class="wrap">` + c.head +
				`<div class="cols"><div class="post"><p>` + strings.Join(paras, "</p><p>") + `</p></div></div></div></body></html>`
			u, _ := url.Parse("https://gardennotes.example/blog/wintering-bees")
			a, err := cleaner.Clean(strings.NewReader(page), u, cleaner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range append(paras, c.keep...) {
				if !strings.Contains(a.Text, p) {
					t.Errorf("lost %q:\n%s", p, a.Text)
				}
			}
			for _, p := range c.gone {
				if strings.Contains(a.Text, p) {
					t.Errorf("kept %q:\n%s", p, a.Text)
				}
			}
		})
	}
}
