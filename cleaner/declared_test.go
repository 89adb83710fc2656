package cleaner_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// The story a page declares in its JSON-LD, written for this test.
var declaredParas = []string{
	"The regional water board agreed on Monday to rebuild the pumping station at Millbrook, which flooded twice last winter and left four villages without clean water for a week.",
	"Engineers will raise the new building two metres above the old floor and fit pumps that can run from a generator, the board said, at a cost it put at eleven million.",
	"Residents who spent the floods queueing at a tanker in the church car park said they were relieved but wanted a date. The board promised one by the end of the month.",
	"Work on the foundations is due to begin in the spring, and the old station will keep running until the new one is tested through a full season of autumn rain.",
}

// declaredPage is a page whose HTML body is bodyHTML and whose JSON-LD
// declares a NewsArticle with the given articleBody; free is
// isAccessibleForFree's value, or nil for none.
func declaredPage(t *testing.T, bodyHTML, articleBody string, free any) string {
	t.Helper()
	ld := map[string]any{
		"@context":      "https://schema.org",
		"@type":         "NewsArticle",
		"headline":      "Water board to rebuild flooded pumping station",
		"datePublished": "2025-11-03T08:00:00Z",
		"author":        map[string]any{"@type": "Person", "name": "Ruth Calloway"},
		"articleBody":   articleBody,
	}
	if free != nil {
		ld["isAccessibleForFree"] = free
	}
	b, err := json.Marshal(ld)
	if err != nil {
		t.Fatal(err)
	}
	return `<!DOCTYPE html><html lang="en"><head><title>Water board to rebuild flooded pumping station | Vale Courier</title>
<script type="application/ld+json">` + string(b) + `</script></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
` + bodyHTML + `
<footer><p>© 2025 Vale Courier</p></footer></body></html>`
}

func TestDeclaredBody(t *testing.T) {
	full := strings.Join(declaredParas, "\n\n")
	first, last := declaredParas[0][:60], declaredParas[3][:60]
	shell := `<div id="app"></div><noscript>Please turn on JavaScript to read this page.</noscript>`
	lead := `<main><article><h1>Water board to rebuild flooded pumping station</h1><p>` + declaredParas[0] + `</p><div class="rest" data-src="/api/story/881"></div></article></main>`
	whole := `<main><article><h1>Water board to rebuild flooded pumping station</h1><p>` + strings.Join(declaredParas, "</p><p>") + `</p></article></main>`
	asHTML := "<p>" + strings.Join(declaredParas, "</p><p>") + "</p>"
	tests := []struct {
		name      string
		page      string
		want      []string // in the text
		notWant   []string // not in the text
		noArticle bool
	}{
		{name: "script-rendered page: the declared body", page: declaredPage(t, shell, full, nil), want: []string{first, last}, notWant: []string{"JavaScript"}},
		{name: "declared body in HTML", page: declaredPage(t, shell, asHTML, nil), want: []string{first, last}, notWant: []string{"<p>"}},
		{name: "only the lead in the HTML: the declared body", page: declaredPage(t, lead, full, nil), want: []string{first, last}},
		{name: "whole story in the HTML, a teaser declared", page: declaredPage(t, whole, declaredParas[0], nil), want: []string{first, last}},
		{name: "declared not free, nothing in the HTML", page: declaredPage(t, shell, full, false), noArticle: true},
		{name: "declared not free as text, the lead in the HTML", page: declaredPage(t, lead+`<p>Subscribe to read the rest of this story.</p>`, full, "False"), notWant: []string{last}},
		{name: "declared free", page: declaredPage(t, shell, full, true), want: []string{first, last}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(tc.page), mustURL(t, "https://valecourier.example/news/pumping-station"), cleaner.Options{})
			if tc.noArticle {
				if !errors.Is(err, cleaner.ErrNoArticle) {
					t.Fatalf("err = %v, want ErrNoArticle", err)
				}
				return
			}
			if err != nil && len(tc.want) > 0 {
				t.Fatal(err)
			}
			text := ""
			if a != nil {
				text = a.Text
			}
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(text, w) {
					t.Errorf("text holds %q:\n%s", w, text)
				}
			}
			if a != nil && len(tc.want) > 0 && a.Title != "Water board to rebuild flooded pumping station" {
				t.Errorf("title = %q", a.Title)
			}
		})
	}
}
