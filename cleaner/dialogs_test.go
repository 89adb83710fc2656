package cleaner_test

import (
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// A dialog is a layer the page opens over itself: an exit notice, a share
// or log-in box, a glossary pop-up. It is not the article, whatever its
// words, when its markup says what it is: a <dialog>, role dialog,
// aria-modal, Bootstrap's class modal, Foundation's data-reveal or class
// reveal-modal. A section that a scroll-animation library classes "reveal"
// is not one, and neither is a dialog that holds the story.
func TestDialogs(t *testing.T) {
	story := []string{
		"The credit union will close its branch on the market square at the end of May, after forty years, and move its counter into the library across the road.",
		"Members can still pay in cash and cheques at the new counter, which will open on the same days as the library, the union's manager said on Tuesday.",
		"The union said fewer than thirty members a day had used the branch last year, against more than two hundred a day when it opened in the eighties.",
		"The library will keep its opening hours, and the union will pay the town a rent for the counter and for a small room where members can meet an adviser.",
	}
	// The dialog's text: an exit notice in paragraphs long enough for
	// readability to keep it beside the story.
	const notice = "You are about to leave the credit union's website for a site that it does not run, and whose privacy and security policies differ from its own."
	const notice2 = "The union is not responsible for the content of the site you are going to, nor for the products and services that it offers to you there."
	// readabilityDrops: readability drops an element of role dialog by
	// itself; the rule lists what it removes.
	dialogs := []struct {
		name, open, close         string
		removed, readabilityDrops bool
	}{
		{"Bootstrap's modal", `<div class="modal fade" id="leaving" tabindex="-1">`, `</div>`, true, false},
		{"Foundation 6's reveal", `<div class="reveal reveal--compact" id="leaving" data-reveal>`, `</div>`, true, false},
		{"Foundation 5's reveal-modal", `<div id="leaving" class="reveal-modal">`, `</div>`, true, false},
		{"a dialog element", `<dialog id="leaving">`, `</dialog>`, true, false},
		{"role dialog", `<div role="dialog" aria-labelledby="leaving-title">`, `</div>`, true, true},
		{"aria-modal", `<div class="overlay" aria-modal="true">`, `</div>`, true, false},
		{"a scroll animation's reveal class", `<div class="reveal fade-up">`, `</div>`, false, false},
	}
	pageOf := func(open, close string) string {
		var b strings.Builder
		b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Credit union moves its counter into the library</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Credit union moves its counter into the library</h1><div class="entry-content">`)
		for i, p := range story {
			b.WriteString("<p>" + p + "</p>")
			if i == 1 {
				b.WriteString(open + "<p>" + notice + "</p><p>" + notice2 + "</p>" + close)
			}
		}
		b.WriteString(`</div></article></main><footer><p>Market Square Herald, 2026.</p></footer></body></html>`)
		return b.String()
	}
	clean := func(t *testing.T, page string, keep []string) cleanResult {
		t.Helper()
		a, err := cleaner.Clean(strings.NewReader(page), mustURL(t, "https://herald.example/2026/04/credit-union-library-counter/"), cleaner.Options{Keep: keep})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range story {
			if !strings.Contains(a.Text, p) {
				t.Errorf("story paragraph lost: %.50q\n%s", p, a.Text)
			}
		}
		listed := false
		for _, r := range a.Removed {
			listed = listed || r.Kind == "dialog" && r.Rule == "dialog" && strings.Contains(r.Text, notice)
		}
		return cleanResult{kept: strings.Contains(a.Text, notice) && strings.Contains(a.Text, notice2), listed: listed}
	}
	for _, d := range dialogs {
		t.Run(d.name, func(t *testing.T) {
			page := pageOf(d.open, d.close)
			got := clean(t, page, nil)
			if got.kept == d.removed || got.listed != d.removed {
				t.Errorf("dialog kept %v, listed as dialog %v; want removed %v", got.kept, got.listed, d.removed)
			}
			// On request the dialog stays: what removed it was the dialog
			// rule, not readability or a text rule (but for role dialog).
			if kept := clean(t, page, []string{"dialog"}); kept.kept == d.readabilityDrops || kept.listed {
				t.Errorf("with --keep dialog: kept %v, listed %v; want kept and not listed", kept.kept, kept.listed)
			}
		})
	}
	t.Run("a dialog holding the story", func(t *testing.T) {
		var b strings.Builder
		b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Credit union moves its counter into the library</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="modal" aria-modal="true"><article><h2>Credit union moves its counter into the library</h2>`)
		for _, p := range story {
			b.WriteString("<p>" + p + "</p>")
		}
		b.WriteString(`</article></div><footer><p>Market Square Herald, 2026.</p></footer></body></html>`)
		clean(t, b.String(), nil)
	})
}

type cleanResult struct{ kept, listed bool }
