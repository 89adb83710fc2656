package article

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestContentHash(t *testing.T) {
	a := &Article{Title: "T", Text: "body", FetchedAt: time.Unix(1, 0)}
	b := &Article{Title: "T", Text: "body", FetchedAt: time.Unix(2, 0), Removed: []Removal{{Kind: "cookie"}}}
	if a.ContentHash() != b.ContentHash() {
		t.Errorf("hash differs for same title and text")
	}
	c := &Article{Title: "T", Text: "body changed"}
	if a.ContentHash() == c.ContentHash() {
		t.Errorf("hash same for different text")
	}
	// The separator keeps "ab"+"c" apart from "a"+"bc".
	if (&Article{Title: "ab", Text: "c"}).ContentHash() == (&Article{Title: "a", Text: "bc"}).ContentHash() {
		t.Errorf("hash ignores the title/text boundary")
	}
}

func TestJSONFields(t *testing.T) {
	b, err := json.Marshal(&Article{URL: "u", Title: "t"})
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{`"url":"u"`, `"source_url"`, `"site_name"`, `"word_count"`, `"removed"`} {
		if !strings.Contains(got, want) {
			t.Errorf("json %s lacks %s", got, want)
		}
	}
	if strings.Contains(got, "published") || strings.Contains(got, "fetched_at") {
		t.Errorf("zero times not omitted: %s", got)
	}
}

func TestCountWords(t *testing.T) {
	if got := CountWords("  one two\n\nthree "); got != 3 {
		t.Errorf("got %d, want 3", got)
	}
}
