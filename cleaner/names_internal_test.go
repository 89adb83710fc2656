package cleaner

import (
	"math/rand/v2"
	"regexp"
	"slices"
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

// TestBylinePrefixAsWritten checks bylinePrefix, anchored once before its
// alternation, against the pattern as it was written with an anchor per
// branch, on bylines, look-alikes and texts built from their words.
func TestBylinePrefixAsWritten(t *testing.T) {
	old := regexp.MustCompile(`(?i)^\s*(?:(?:read\s+)?more\s+(?:about|from)|about|(?:view\s+)?all\s+(?:posts|articles|stories)\s+by)\s+|^\s*(?:(?:analysis|opinion|commentary|review|story|words|text|reporting|written|authored|posted|photos?|interview|articles?|posts|stories)\s+)?(?:by|von|par|por|di|door|av|oprac\.|opracowanie):?(?:\s+|$)|^\s*(?:autor|autorin|author|auteur|autore|автор|текст|yazan|yazar|texto?|tekst|redakcja|文|記者)\s*[:：]\s*|^\s*(?:autor|autorin|author|auteur|autore|автор)\s+`)
	pieces := []string{"", " ", "  ", "\t", "read", "more", "about", "from", "view", "all", "posts", "articles", "stories",
		"by", "By", "BY", "von", "par", "por", "di", "door", "av", "oprac.", "opracowanie", ":", "：", "analysis", "Opinion",
		"words", "text", "texto", "autor", "Autorin", "author", "автор", "文", "記者", "Jane", "Doe", "Byzantine", "ſ", "K"}
	texts := []string{"By Jane Doe", "  by jane", "Analysis by Ana Ruiz", "Autor: Jan", "Read more about Jane", "View all posts by Jane",
		"Byzantine Empire", "The byline By Jane", "Words: 300", "Text: Anna", "oprac. PAP", "記者：山田", ""}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		s := ""
		for range rng.IntN(6) {
			s += pieces[rng.IntN(len(pieces))]
			if rng.IntN(2) == 0 {
				s += " "
			}
		}
		texts = append(texts, s)
	}
	matched := 0
	for _, s := range texts {
		want := old.FindStringIndex(s)
		if got := bylinePrefix.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q: FindStringIndex %v, as written %v", s, got, want)
		}
		if got, want := bylinePrefix.ReplaceAllString(s, ""), old.ReplaceAllString(s, ""); got != want {
			t.Errorf("%q: ReplaceAllString %q, as written %q", s, got, want)
		}
		if want != nil {
			matched++
		}
	}
	if matched < 2000 {
		t.Errorf("only %d texts matched: the check is too weak", matched)
	}
}
