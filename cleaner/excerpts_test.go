package cleaner_test

import (
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// Cards of the site's other stories, each a section, a date and an excerpt
// cut off with an ellipsis, go with the story they follow; a list story's
// items, the story's own paragraphs and a table do not.
func TestExcerptCards(t *testing.T) {
	story := []string{
		"The ferry between the two harbours will run every forty minutes from May, the operator said on Tuesday, after a winter of reduced crossings.",
		"Crews have been trained on the second vessel, which returned from the shipyard in March with a new engine and a wider car deck.",
		"Passengers asked for an earlier first crossing in last year's survey, and the timetable now starts at a quarter past six on weekdays.",
		"The harbour board expects about a fifth more foot passengers over the summer, most of them commuters who park at the northern terminal.",
		"Fares stay at last year's prices until the end of September, when the board will review them with the county council.",
	}
	card := func(tag, section, excerpt, link string) string {
		title := ""
		if link != "" {
			title = `<h3><a href="` + link + `">Tickets and times</a></h3>`
		}
		return "<" + tag + ` class="post-card">` + title + `<div><p>` + section + `</p></div><p>Harbour desk</p><div><p>April 2, 2026</p></div><p>` + excerpt + "</p></" + tag + ">"
	}
	cards := []string{
		"THE LIFEBOAT STATION on the north quay opened its doors to visitors on Saturday, and more than three hundred people came to see the new i...",
		"A PLAN to widen the coastal path between the two villages has been sent back to the parish council for a second round of consultation after…",
		"VOLUNTEERS cleared almost two tonnes of litter from the shingle beach below the cliffs in a morning, the organisers of the spring clean s...",
	}
	var onSite, offSite, single strings.Builder
	offSite.WriteString(`<ul class="events">`)
	for i, c := range cards {
		onSite.WriteString(card("article", "Local news", c, ""))
		offSite.WriteString(card("li", "Event", c, "https://tickets.example/event/"+string(rune('a'+i))))
	}
	offSite.WriteString("</ul>")
	single.WriteString(card("article", "Local news", cards[0], ""))
	var paras strings.Builder
	for _, p := range story {
		paras.WriteString("<p>" + p + "</p>")
	}
	quotes := `<p><b>A commuter:</b> I have waited years for the <em>early boat</em>, and now that it is here I will not drive round the bay again, not even in the rain or when the wind is up...</p>` +
		`<p><b>Another:</b> We asked for it <em>twice</em>, and twice we were told the crew was too small for a crossing that early, so I will believe it when I see it...</p>`
	var table strings.Builder
	table.WriteString("<table><tbody>")
	for _, c := range cards {
		table.WriteString("<tr><td><b>Route</b></td><td>" + c + "</td></tr>")
	}
	table.WriteString("</tbody></table>")
	pageOf := func(body string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Ferry to run every forty minutes</h1>` + body + `</article></main>
<footer><p>Harbour Gazette, 2026.</p></footer></body></html>`
	}
	tests := []struct {
		name, page string
		cardsKept  bool
	}{
		{"the site's cards after the story", pageOf(paras.String() + onSite.String()), false},
		{"one card alone", pageOf(paras.String() + single.String()), true},
		{"cards that link to other sites: a list story's items", pageOf(paras.String() + offSite.String()), true},
		{"cards as table rows", pageOf(paras.String() + table.String()), true},
		{"cards that are most of the article", pageOf("<p>" + story[0] + "</p><p>" + story[1] + "</p>" + onSite.String()), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(tc.page), mustURL(t, "https://gazette.example/news/ferry-timetable"), cleaner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range story {
				if strings.Contains(tc.page, p) && !strings.Contains(a.Text, p) {
					t.Errorf("story paragraph lost: %q", p)
				}
			}
			for _, c := range cards {
				if !strings.Contains(tc.page, c) {
					continue
				}
				if got := strings.Contains(a.Text, c); got != tc.cardsKept {
					t.Errorf("card %.40q kept: %v, want %v\n%s", c, got, tc.cardsKept, a.Text)
				}
			}
		})
	}
	// Paragraphs that trail off, two in a row, are the story's.
	a, err := cleaner.Clean(strings.NewReader(pageOf(paras.String()+quotes)), mustURL(t, "https://gazette.example/news/ferry-timetable"), cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"I have waited years for the early boat", "We asked for it twice"} {
		if !strings.Contains(a.Text, q) {
			t.Errorf("paragraph lost: %q\n%s", q, a.Text)
		}
	}
}
