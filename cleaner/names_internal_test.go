package cleaner

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestGluedScans checks splitGluedWords and splitGluedMonth against the
// regexps they stand for, on bylines and on random strings of capitals,
// small letters, digits, spaces and stops.
func TestGluedScans(t *testing.T) {
	words := regexp.MustCompile(`(\p{Lu}{2,})(\p{Lu}\p{Ll}+)`)
	month := regexp.MustCompile(`\p{Ll}(\p{Lu}\p{Ll}+)\.?\s+\d`)
	wantMonth := func(s string) string {
		m := month.FindStringSubmatchIndex(s)
		if m == nil || monthNames[strings.ToLower(s[m[2]:m[3]])] == 0 {
			return s
		}
		return s[:m[2]] + " " + s[m[2]:]
	}
	texts := []string{
		"IDA MORROWAssociated Press", "Ana RuizMarch 3, 2021", "Ana RuizMarch. 3", "Ana RuizMarch3", "Ana Ruiz March 3",
		"JO LEEReutersMAY 2", "ÉLODIE DURANDÉdition 4", "KarolinaStyczeń 12", "ABc", "ABCd", "AB-CDe", "x", "",
		"Lee KimOn 3 March", "Lee KimMay\t7", "ŁUKASZ NOWAKPolska Agencja",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("ABMÉŁacehmrsyńé .\t19,")
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := splitGluedWords(s), words.ReplaceAllString(s, "$1 $2"); got != want {
			t.Errorf("splitGluedWords(%q) = %q, want %q", s, got, want)
		}
		if got, want := splitGluedMonth(s), wantMonth(s); got != want {
			t.Errorf("splitGluedMonth(%q) = %q, want %q", s, got, want)
		}
	}
	// Hand-written: the cases the scans are for.
	for _, tt := range []struct{ in, want string }{
		{"IDA MORROWAssociated Press", "IDA MORROW Associated Press"},
		{"Ana RuizMarch 3, 2021", "Ana Ruiz March 3, 2021"},
		{"Ana RuizMaple 3", "Ana RuizMaple 3"}, // not a month
	} {
		if got := splitGluedMonth(splitGluedWords(tt.in)); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}
