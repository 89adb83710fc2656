package cleaner_test

import (
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// TestCleanRepairsMojibake checks that a page served double-encoded
// ("â€™" for "’") comes out in the characters it was written in, title
// included, and that a page with a single such sequence is left as it is.
func TestCleanRepairsMojibake(t *testing.T) {
	body := `<p>The harbourâ€™s new crane arrived on Tuesday â€” two weeks late â€” and will be working by the end of the month, the port said.</p>
<p>It cost â‚¬4 million and can lift forty tonnes, twice what the old one managed, which means the larger cargo ships can call again.</p>
<p>Dockers welcomed it, but said the portâ€™s roads still cannot take the lorries that the bigger ships will bring to the quay.</p>`
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The harbourâ€™s new crane</title></head><body><main><article><h1>The harbourâ€™s new crane</h1>` + body + `</article></main></body></html>`
	a, err := cleaner.Clean(strings.NewReader(page), nil, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The harbour’s new crane arrived on Tuesday — two weeks late —", "It cost €4 million", "the port’s roads"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if a.Title != "The harbour’s new crane" {
		t.Errorf("title %q", a.Title)
	}

	one := strings.NewReplacer("â€™", "’", "â€”", "—", "â‚¬", "€").Replace(page)
	one = strings.Replace(one, "forty tonnes", "forty tonnes (Ã©)", 1)
	a, err = cleaner.Clean(strings.NewReader(one), nil, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "(Ã©)") {
		t.Errorf("a single sequence was changed:\n%s", a.Text)
	}
}
