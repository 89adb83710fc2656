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
	tests := []struct {
		in   string
		want int
	}{
		{"  one two\n\nthree ", 3},
		{"", 0},
		{"東京で会議", 5},
		{"iPhone 15を発売", 5},
		{"Grüße aus Köln", 3},
		// A dash or a list's mark is no word; a number is one.
		{"Tide times — see below", 4},
		{"- Flour\n\n- Eggs\n\n2. Whisk", 4},
	}
	for _, tc := range tests {
		if got := CountWords(tc.in); got != tc.want {
			t.Errorf("CountWords(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
