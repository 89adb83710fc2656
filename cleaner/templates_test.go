package cleaner_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// A saved template or a global widget that Elementor renders inside a
// post's own content is the site's, whatever its words; the post's own
// sections are not, and when templates hold much of the post (the story
// in one, or a post built of them) none of them is removed.
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
	// A post written in the classic editor, with a template dropped in by
	// shortcode and a global widget.
	var classic strings.Builder
	for i, p := range story {
		classic.WriteString("<p>" + p + "</p>")
		if i == 2 {
			classic.WriteString(template("977"))
		}
	}
	classic.WriteString(global)
	var plain strings.Builder
	for _, p := range story {
		plain.WriteString(section(p))
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
		{"a post built of templates", pageOf("single single-post postid-412", post("412", template("901")+section(story[0])+`<div class="elementor elementor-902">`+section(story[1])+`</div><div class="elementor elementor-903">`+section(story[2])+`</div><div class="elementor elementor-904">`+section(story[3])+`</div>`+section(story[4])+global)), nil, true, true},
		{"the story in a template of its own", pageOf("single single-post postid-412", post("412", `<div class="elementor elementor-977">`+whole.String()+`<p>`+tip+`</p></div>`+global)), nil, true, true},
		{"the post's own content in the theme's post-content widget", pageOf("single single-post postid-412", `<div class="elementor elementor-1650 elementor-location-single"><div class="elementor-widget-theme-post-content">`+post("412", sections.String())+`</div></div>`), nil, false, false},
		{"a classic post in the theme's post-content widget", pageOf("single single-post postid-412", `<div class="elementor elementor-1650 elementor-location-single"><div class="elementor-widget-theme-post-content">`+classic.String()+`</div></div>`), nil, false, false},
		{"a classic post in the widget, no post id: only the global widget is known", pageOf("single single-post", `<div class="elementor elementor-1650 elementor-location-single"><div class="elementor-widget-theme-post-content">`+classic.String()+`</div></div>`), nil, true, false},
		{"a template holding the headline", pageOf("single single-post postid-412", post("412", `<div class="elementor elementor-977"><h1>The plots, in pictures</h1><p>`+tip+`</p></div>`+plain.String()+global)), nil, true, false},
		{"a loop grid's items", pageOf("single single-post postid-412", post("412", plain.String()+`<div class="elementor-loop-container elementor-grid"><div data-elementor-type="loop-item" class="elementor elementor-2210 e-loop-item"><p>`+tip+`</p></div></div>`+global)), nil, true, false},
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

// A theme's header, footer and popup templates are the site's on every
// page, even when the story sits loose in the page's body and readability
// keeps the whole body.
func TestThemeTemplates(t *testing.T) {
	story := []string{
		"The ferry to the outer islands will carry bicycles free of charge from April, the operator said, after a trial last summer filled every rack on the deck.",
		"Cyclists made up a fifth of foot passengers on the Saturday crossings in August, and the islands' shops reported their busiest weekends in a decade.",
		"The operator will fit a second rack on the lower deck and ask riders to board first, so that cars can load without waiting for them.",
		"Islanders asked for the free crossings to run all year, but the operator said it would judge the winter months on this summer's numbers.",
	}
	// A footer's blurbs and a popup's announcement, each in paragraphs long
	// enough for readability to take them for the story's siblings.
	footer := []string{
		"Harbour Cycles has repaired bikes on the quay since the old boatyard closed, and every repair comes with a free safety check.",
		"Our workshop is open from Tuesday to Saturday, and in the summer we rent out touring bikes, tandems and trailers for children by the day.",
		"We are a cooperative of five mechanics, and every member of the shop has ridden the island loop in every season, in every weather.",
	}
	popup := []string{
		"Our second workshop opens at the ferry terminal on the first of June, with a repair stand that riders can use while they wait.",
		"It will stay open until the last crossing of the evening on Fridays and Saturdays, from the start of June to the end of August.",
	}
	var body strings.Builder
	body.WriteString(`<div class="site"><div class="elementor elementor-40 elementor-location-header"><nav><a href="/">Home</a> <a href="/rides">Rides</a> <a href="/shop">Shop</a></nav></div>`)
	body.WriteString(`<div class="site-main"><h1>Bicycles to cross free to the islands</h1>`)
	for _, p := range story {
		body.WriteString("<p>" + p + "</p>")
	}
	body.WriteString(`<div class="elementor elementor-41 elementor-location-footer">`)
	for _, p := range footer {
		body.WriteString("<p>" + p + "</p>")
	}
	body.WriteString(`</div><div class="elementor elementor-77 elementor-location-popup" data-elementor-type="popup">`)
	for _, p := range popup {
		body.WriteString("<p>" + p + "</p>")
	}
	body.WriteString(`</div></div></div>`)
	page := `<!DOCTYPE html><html lang="en"><head><title>Bicycles to cross free</title></head><body class="single single-post postid-903">` + body.String() + `</body></html>`
	for _, keep := range []bool{false, true} {
		t.Run(fmt.Sprintf("keep repeated %v", keep), func(t *testing.T) {
			opts := cleaner.Options{}
			if keep {
				opts.Keep = []string{"repeated"}
			}
			a, err := cleaner.Clean(strings.NewReader(page), mustURL(t, "https://islandwheels.example/2026/03/bicycles-free-ferry/"), opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range story {
				if !strings.Contains(a.Text, p) {
					t.Errorf("story paragraph lost: %.50q", p)
				}
			}
			for _, s := range append(footer, popup...) {
				if got := strings.Contains(a.Text, s); got != keep {
					t.Errorf("%.40q kept: %v\n%s", s, got, a.Text)
				}
			}
		})
	}
	// A header template that holds the headline is not the site's chrome
	// alone: it stays.
	headed := strings.Replace(page, `<nav><a href="/">Home</a>`, `<h1>Bicycles to cross free to the islands</h1><nav><a href="/">Home</a>`, 1)
	headed = strings.Replace(headed, `<div class="site-main"><h1>Bicycles to cross free to the islands</h1>`, `<div class="site-main">`, 1)
	a, err := cleaner.Clean(strings.NewReader(headed), mustURL(t, "https://islandwheels.example/2026/03/bicycles-free-ferry/"), cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.Removed {
		if r.Rule == "theme-template" && strings.Contains(r.Text, "Bicycles to cross free") {
			t.Errorf("the header template holding the headline was removed: %+v", r)
		}
	}
}
