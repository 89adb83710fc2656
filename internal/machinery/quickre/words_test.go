package quickre

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

func TestParseWordSet(t *testing.T) {
	tests := []struct {
		pattern       string
		words         int
		fold          bool
		before, after bool
	}{
		{`(?i)-ad-|banner|cover-wrap|menu`, 4, true, false, false},
		{`(?i)(^|[-_ ])(btn|button|cta)([-_ ]|$)`, 3, true, true, true},
		{`(?i)(^|[-_ ])(header|extra)`, 2, true, true, false},
		{`(?:promo|Sponsor)([-_ ]|$)`, 2, false, false, true},
		{`PM|AM`, 2, false, false, false},
		{`(?i)(^|[-_ ])header`, 0, false, false, false},              // the words must be a group
		{`(?i)(^|[-_ ])a|b`, 0, false, false, false},                 // "(^|[-_ ])a" or "b"
		{`(?i)ads?|banner`, 0, false, false, false},                  // a repeat
		{`(?i)\bmenu\b`, 0, false, false, false},                     // another edge
		{`(?i)(^|[-_ ])(Menu|nav)([-_ ]|$)`, 0, false, false, false}, // upper case under (?i)
		{`(?i)a||b`, 0, false, false, false},
		{`(?i)(a|b)|(c)`, 0, false, false, false},
	}
	for _, tt := range tests {
		w := parseWordSet(tt.pattern)
		if tt.words == 0 {
			if w != nil {
				t.Errorf("parseWordSet(%q) = %+v, want nil", tt.pattern, *w)
			}
			continue
		}
		if w == nil || len(w.words) != tt.words || w.fold != tt.fold || w.before != tt.before || w.after != tt.after {
			t.Errorf("parseWordSet(%q) = %+v, want %d words, fold %v, edges %v %v", tt.pattern, w, tt.words, tt.fold, tt.before, tt.after)
		}
	}
}

// TestWordSetsMatchAsRegexp checks that a word set answers as the regexp
// does, on class strings built from its words, its edges and the bytes
// around them, and on the rules' examples.
func TestWordSetsMatchAsRegexp(t *testing.T) {
	sets := []string{
		`(?i)-ad-|ai2html|banner|combx|comment|cover-wrap|menu|rss|yom-remote`,
		`(?i)and|article|body|column|content|main`,
		`(?i)(^|[-_ ])(standfirst|dek|deck|sub-title|subhead|sub-headline)([-_ ]|$)`,
		`(?i)(^|[-_ ])(ad|ads|ad-slot|gpt-ad)([-_ ]|$)`,
		`(?i)(^|[-_ ])(header|extra|remark)`,
		`(?:btn|Button)([-_ ]|$)`,
		`PM|AM`,
	}
	for _, r := range readRules(t) {
		if parseWordSet(r.Pattern) != nil {
			sets = append(sets, r.Pattern)
		}
	}
	pieces := []string{"", " ", "-", "_", "x", "X", "2", "ad", "AD", "Ad", "ads", "slot", "sub", "title", "deck", "DEK",
		"header", "Header", "extra", "btn", "Button", "button", "pm", "PM", "AM", "menu", "menus", "rss", "-ad-", "and",
		"cover", "wrap", "yom", "remote", "article", "main", "stand", "first", "\t", ".", "gpt"}
	rng := rand.New(rand.NewPCG(7, 8))
	var texts []string
	for range 20000 {
		s := ""
		for range rng.IntN(6) {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	for _, r := range readRules(t) {
		texts = append(texts, r.Match...)
		texts = append(texts, r.Keep...)
	}
	matched := 0
	for _, p := range sets {
		w, re := parseWordSet(p), regexp.MustCompile(p)
		if w == nil {
			t.Fatalf("%q is not read as a word set", p)
		}
		for _, s := range texts {
			if !isASCII(s) {
				continue
			}
			want := re.MatchString(s)
			if got := w.match(s, ""); got != want {
				t.Errorf("%q on %q: %v, regexp %v", p, s, got, want)
			}
			if got := MustCompile(p).MatchString(s); got != want {
				t.Errorf("%q on %q: MatchString %v, regexp %v", p, s, got, want)
			}
			if want {
				matched++
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d texts matched: the check is too weak", matched)
	}
}
