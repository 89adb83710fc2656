package cleaner_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// TestTableInItsOwnBox checks a story whose CMS sets a table, under its
// own heading, in a box between two boxes of paragraphs: readability joins
// the paragraphs' boxes and drops the table's, which comes back with its
// heading; a table of links in the same place (a list of other stories)
// does not.
func TestTableInItsOwnBox(t *testing.T) {
	story := []string{
		"The river authority has measured the water temperature at four points along the Lowen every week since the spring of 2020.",
		"Its report, published on Tuesday, finds the river warmer by more than a degree at three of them, most of all below the power station.",
		"The authority wants the station to return its cooling water further downstream, where the river is deeper and the water mixes faster.",
		"Anglers’ clubs have asked for the fishing season on the lower river to start two weeks later while the trout spawn in colder water upstream.",
		"The station’s owner said it would study the proposal and answer the authority before the end of the year.",
	}
	rows := []string{
		"Below the dam at Hessing, shaded by the old beech wood",
		"Below the power station, where the cooling water returns",
		"At the ferry landing, after the two tributaries join",
	}
	const heading = "The four measuring points"
	frame := func(inner string) string { return `<div class="frame frame-default">` + inner + `</div>` }
	text := func(ps ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="ce-bodytext">`)
		for _, p := range ps {
			b.WriteString("<p>" + p + "</p>")
		}
		b.WriteString("</div>")
		return frame(b.String())
	}
	table := `<header><h2>` + heading + `</h2></header><table class="ce-table"><thead><tr><th>Point</th><th>2020 (°C)</th><th>2024 (°C)</th><th>Note</th></tr></thead><tbody>` +
		`<tr><td>Hessing</td><td>14.1</td><td>14.3</td><td>` + rows[0] + `</td></tr>` +
		`<tr><td>Power station</td><td>16.8</td><td>18.2</td><td>` + rows[1] + `</td></tr>` +
		`<tr><td>Ferry landing</td><td>15.9</td><td>17.0</td><td>` + rows[2] + `</td></tr></tbody></table>`
	links := `<table class="ce-table"><tr><td><a href="/news/1">Flood barrier tested at Hessing</a></td><td><a href="/news/2">Trout stocks counted again</a></td></tr>` +
		`<tr><td><a href="/news/3">New footbridge over the Lowen</a></td><td><a href="/news/4">Power station sold to new owner</a></td></tr></table>`
	for _, tc := range []struct {
		name, box string
		back      []string // the box's text that must come back
	}{
		{"data table", frame(table), append([]string{heading}, rows...)},
		{"table of links", frame(links), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html lang="en"><head><title>Lowen warmer below the power station</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
				`<div class="news-single"><h1>Lowen warmer below the power station</h1><div class="news-text-wrap">` +
				text(story[:3]...) + tc.box + text(story[3:]...) + `</div></div><footer><p>River Authority of the Lowen valley</p></footer></body></html>`
			u, _ := url.Parse("https://lowen-river.example/news/warmer-river")
			a, err := cleaner.Clean(strings.NewReader(page), u, cleaner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range story {
				if !strings.Contains(a.Text, s) {
					t.Errorf("story paragraph lost: %q", s)
				}
			}
			for _, s := range tc.back {
				if !strings.Contains(a.Text, s) {
					t.Errorf("table text lost: %q\n%s", s, a.Text)
				}
			}
			if tc.back == nil && strings.Contains(a.Text, "Trout stocks counted again") {
				t.Errorf("the table of links came back:\n%s", a.Text)
			}
			if i, j := strings.Index(a.Text, story[2]), strings.Index(a.Text, story[3]); len(tc.back) > 0 && !(i < strings.Index(a.Text, tc.back[1]) && strings.Index(a.Text, tc.back[1]) < j) {
				t.Errorf("the table is not between the paragraphs around it:\n%s", a.Text)
			}
		})
	}
}
