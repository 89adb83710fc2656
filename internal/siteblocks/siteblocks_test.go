package siteblocks_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/siteblocks"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Written at the Quay desk — 2026.", "written at the quay desk 0"},
		{"  Écrit au   bureau du port (3/12)!", "écrit au bureau du port 0 0"},
		{"„Wir warten nicht“", "wir warten nicht"},
		{"...", ""},
	}
	for _, tc := range tests {
		if got := siteblocks.Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := siteblocks.Normalize(siteblocks.Normalize(tc.in)); got != tc.want {
			t.Errorf("Normalize is not idempotent on %q: %q", tc.in, got)
		}
	}
}

func TestSegmentPositions(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div><h2>Head</h2><p>One.</p><div><p>Two.</p><ul><li>Three</li><li>Four</li></ul></div><p>Five.</p><aside><p>Six.</p></aside><p> </p><script>x()</script></div>`))
	if err != nil {
		t.Fatal(err)
	}
	blocks := siteblocks.Segment(doc)
	var texts []string
	for _, b := range blocks {
		texts = append(texts, b.Text)
	}
	if want := []string{"Head", "One.", "Two.", "Three", "Four", "Five.", "Six."}; !slices.Equal(texts, want) {
		t.Fatalf("Segment: %q, want %q", texts, want)
	}
	tests := []struct {
		i    int
		want []string
	}{
		{0, []string{siteblocks.Start}},
		{2, []string{siteblocks.Start, siteblocks.After(blocks[1].Key)}},
		{3, []string{siteblocks.After(blocks[2].Key)}},
		{6, []string{siteblocks.End, siteblocks.After(blocks[5].Key)}},
	}
	for _, tc := range tests {
		if got := siteblocks.Positions(blocks, tc.i); !slices.Equal(got, tc.want) {
			t.Errorf("Positions(%d) = %q, want %q", tc.i, got, tc.want)
		}
	}
}

// sig is the signature of an article about topic: twenty words of its
// own, each said three times, as a story repeats its subject, among words
// every article has, said once.
func sig(topic string) []string {
	var b strings.Builder
	b.WriteString("Yesterday's meeting was reported by several newspapers. ")
	for range 3 {
		for i := range 20 {
			fmt.Fprintf(&b, "%sword%c ", topic, 'a'+i)
		}
	}
	return siteblocks.Signature(b.String())
}

func TestDecide(t *testing.T) {
	unrelated := [][]string{sig("alpha"), sig("bravo"), sig("charlie"), sig("delta"), sig("echo"), sig("foxtrot")}
	related := [][]string{sig("alpha"), sig("alpha"), sig("alpha"), sig("alpha")}
	th := siteblocks.Thresholds{}
	tests := []struct {
		name    string
		c       siteblocks.Counts
		wantPos string
		want    bool
	}{
		{"sign-off in every article", siteblocks.Counts{Articles: 40, Positions: map[string]int{siteblocks.End: 40, "after:aa": 40}, Signatures: unrelated}, siteblocks.End, true},
		{"too few articles yet", siteblocks.Counts{Articles: 19, Positions: map[string]int{siteblocks.End: 19}, Signatures: unrelated}, "", false},
		{"at 30 %", siteblocks.Counts{Articles: 100, Positions: map[string]int{siteblocks.End: 30}, Signatures: unrelated}, siteblocks.End, true},
		{"below 30 %", siteblocks.Counts{Articles: 100, Positions: map[string]int{siteblocks.End: 29}, Signatures: unrelated}, "", false},
		{"spread over places", siteblocks.Counts{Articles: 100, Positions: map[string]int{siteblocks.End: 20, siteblocks.Start: 20, "after:aa": 20}, Signatures: unrelated}, "", false},
		{"a story's background paragraph: frequent, but related articles", siteblocks.Counts{Articles: 40, Positions: map[string]int{"after:bb": 30}, Signatures: related}, "", false},
		{"one sample", siteblocks.Counts{Articles: 40, Positions: map[string]int{siteblocks.End: 40}, Signatures: unrelated[:1]}, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pos, ok := th.Decide(tc.c)
			if pos != tc.wantPos || ok != tc.want {
				t.Errorf("Decide = %q, %v; want %q, %v", pos, ok, tc.wantPos, tc.want)
			}
		})
	}
	if r := siteblocks.Relatedness(unrelated); r > 0.25 {
		t.Errorf("unrelated articles: relatedness %.2f", r)
	}
	if r := siteblocks.Relatedness(related); r < 0.9 {
		t.Errorf("one story: relatedness %.2f", r)
	}
}

func TestThresholdsValidate(t *testing.T) {
	for _, th := range []siteblocks.Thresholds{{MinArticles: -1}, {MinShare: 1.5}, {MaxRelated: -0.1}} {
		if th.Validate() == nil {
			t.Errorf("%+v: no error", th)
		}
	}
	if err := (siteblocks.Thresholds{}).Validate(); err != nil {
		t.Errorf("zero thresholds: %v", err)
	}
}
