package cleaner_test

import (
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// A saved template or a global widget that Elementor renders inside a
// post's own content is the site's, whatever its words; the post's own
// sections, and a template that holds the story, are not.
func TestEmbeddedTemplates(t *testing.T) {
	story := []string{
		"The allotment society on the river meadow will open twelve new plots in March, after the town agreed to lease it the old nursery beds beside the footbridge.",
		"Members have waited up to four years for a plot, the society's secretary said, and the waiting list passed ninety names at the last count in January.",
		"The new plots are smaller than the old ones, about half the usual size, so that beginners can start with a patch they can keep on top of.",
		"Water will come from two tanks fed by the roof of the tool shed, which volunteers rebuilt over the winter with timber from a fallen oak.",
		"The society will hold an open morning on the first Saturday of March for anyone who wants to see the plots before signing a lease.",
	}
	section := func(p string) string {
		return `<div class="elementor-element elementor-element-3fa1c2e e-con-full e-flex e-con e-parent"><div class="elementor-element elementor-element-77b0d1a elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>` + p + `</p></div></div></div>`
	}
	const tip = "Spring is the season for planting onions, garlic and early potatoes in the valley's light, sandy soil."
	const blurb = "The valley's gardens are at their best in late spring, when the orchards along the river are in blossom."
	template := func(id string) string {
		return `<div data-elementor-type="section" data-elementor-id="` + id + `" class="elementor elementor-` + id + `"><div class="elementor-element elementor-element-91c0aa2 e-con-boxed e-con e-parent"><div class="elementor-widget-container"><p>` + tip + `</p></div></div></div>`
	}
	global := `<div class="elementor-element elementor-element-5d2e7f0 elementor-widget elementor-widget-global elementor-global-2231 elementor-widget-text-editor"><div class="elementor-widget-container"><p>` + blurb + `</p></div></div>`
	post := func(id, inner string) string {
		return `<div data-elementor-type="wp-post" data-elementor-id="` + id + `" class="elementor elementor-` + id + `">` + inner + `</div>`
	}
	var sections strings.Builder
	for i, p := range story {
		sections.WriteString(section(p))
		if i == 2 {
			sections.WriteString(template("977"))
		}
	}
	sections.WriteString(global)
	pageOf := func(bodyClass, content string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Twelve new allotment plots</title></head><body class="` + bodyClass + `">
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Twelve new allotment plots on the river meadow</h1><div class="entry-content">` + content + `</div></article></main>
<footer><p>Meadow Post, 2026.</p></footer></body></html>`
	}
	var whole strings.Builder
	for _, p := range story {
		whole.WriteString("<p>" + p + "</p>")
	}
	tests := []struct {
		name, page          string
		keep                []string
		tipKept, globalKept bool
	}{
		{"a template and a global widget in the post", pageOf("wp-singular post-template-default single single-post postid-412", post("412", sections.String())), nil, false, false},
		{"a page's post", pageOf("page-template-default page page-id-412", post("412", sections.String())), nil, false, false},
		{"kept on request", pageOf("single single-post postid-412", post("412", sections.String())), []string{"repeated"}, true, true},
		{"no post id: the post's content is not known", pageOf("single single-post", post("412", sections.String())), nil, true, true},
		{"the story in a template of its own", pageOf("single single-post postid-412", post("412", `<div class="elementor elementor-977">`+whole.String()+`<p>`+tip+`</p></div>`+global)), nil, true, false},
		{"the post's own content in the theme's post-content widget", pageOf("single single-post postid-412", `<div class="elementor elementor-1650 elementor-location-single"><div class="elementor-widget-theme-post-content">`+post("412", sections.String())+`</div></div>`), nil, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(tc.page), mustURL(t, "https://meadowpost.example/2026/02/allotment-plots-river-meadow/"), cleaner.Options{Keep: tc.keep})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range story {
				if !strings.Contains(a.Text, p) {
					t.Errorf("story paragraph lost: %.50q\n%s", p, a.Text)
				}
			}
			if got := strings.Contains(a.Text, tip); got != tc.tipKept {
				t.Errorf("template's tip kept: %v, want %v", got, tc.tipKept)
			}
			if got := strings.Contains(a.Text, blurb); got != tc.globalKept {
				t.Errorf("global widget kept: %v, want %v", got, tc.globalKept)
			}
			if !tc.tipKept || !tc.globalKept {
				found := false
				for _, r := range a.Removed {
					found = found || r.Kind == "repeated" && r.Rule == "embedded-template"
				}
				if !found {
					t.Errorf("no removal listed as repeated / embedded-template: %+v", a.Removed)
				}
			}
		})
	}
}
