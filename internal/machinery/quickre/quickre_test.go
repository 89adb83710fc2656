package quickre

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"testing"
)

// patterns are shapes the cleaner uses: alternations of phrases, anchored
// labels, class words, case-folded and case-sensitive literals, repeats.
var patterns = []string{
	`(?i)\b(local|independent) journalism (needs|depends on) (your|readers)\b|\bplease consider (a gift|donating)\b`,
	`(?i)^(read more|see also|lesen sie auch|à lire aussi|leia também)\s*:?$`,
	`(?i)(^|[-_ ])header`,
	`(?i)(^|[\s_-])products?[-_]?(card|item|tile)`,
	`(?i)\((image|photo|foto)s?\s*(credit)?\s*:\s*[^)]{1,50}\)\s*$|\b(credit|photo)\s*:\s*(getty|ap)\b`,
	`^\d{4}年\d{1,2}月\d{1,2}日$`,
	`[$€£]\s?\d|\d\s?(?:€|zł|USD)(?:\s|$)`,
	`(?i)subscribe{2,3}|(?i:x)?stra(ße|sse)`,
	`(?i)kelvin|\bstraße\b|σοφία`,
	`PM|AM`,
	`a*b?`,
	`(?i)(news|blogs?){1,2}/page/\d+`,
	`(?i)\b(share|tweet|email|facebook|whatsapp|telegram|linkedin|reddit|teilen|partager|compartir|udostępnij)\b`,
	`^(?:[Bb]y|BY|[Vv]on|[Aa]utor(?:in)?:)\s+\p{Lu}[\p{L}.'’-]*`,
	`(?i)^(c|cat|category|products?|shop|don'?t miss|more [\p{L} ]{1,30} you[’']ll (love|like))$`,
	`^([$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?[$€£])(\s|$)`,
	`(?i)^((también )?te (puede|podría) interesar|[iİ]lginizi çekebilir|\bmore\b)`,
	`(?i)^\s*(?:(?:read\s+)?more\s+(?:about|from))`,
}

// samples hold matches, near misses and the odd runes of case folding: the
// long s, the Kelvin sign, the final sigma, a capital sharp s.
var samples = []string{
	"Our local journalism needs your support.", "LOCAL JOURNALISM DEPENDS ON READERS", "Please consider donating today",
	"Read more:", "READ MORE", "Lesen Sie auch", "À LIRE AUSSI", "leia também", "read mor",
	"site-header", "HEADER", "page_Header-top", "headers", "product-card", "PRODUCTS_TILE", "(Photo credit: A. B.)",
	"credit: Getty Images", "2024年5月12日", "$ 12", "12 zł ", "14 USD", "ſubscribe", "SUBSCRIBEE", "ſtraſſe",
	"STRASSE", "Straße", "STRAẞE", "ΣΟΦΊΑ", "σοφία", "ΣΟΦΙΑ", "ﬆraße", "\u212Aelvin", "KELVIN", "3 PM", "3 pm",
	"news/page/2", "BLOGS/page/12", "", "b", "\xff\xfeheader", "Share on Facebook", "UDOSTĘPNIJ", "via WhatsApp.",
	"By Jane Doe", "by Jane", "BY JANE", "Von Anna", "von anna", " By Jane", "Autorin: Ewa", "AUTOR: Ewa", "bY Jo",
	"Cat", "CATEGORY", "Products", "shop", "Don't miss", "DONT MISS", "more recipes you’ll love", "More stories you'll like",
	"$12", "12 $", "€ 5 off", "9,99€", "Privacy", "También te puede interesar", "te podría interesar", "İlginizi çekebilir",
	"ILGINIZI ÇEKEBILIR", "  read more about", "More from us", "After more", "Read  more from", "moreover",
}

// TestNeverMissesAMatch checks the one promise: when MayMatch says no, the
// regexp does not match. It runs every pattern on the samples and on
// random strings drawn from their runes.
func TestNeverMissesAMatch(t *testing.T) {
	var runes []rune
	for _, s := range samples {
		runes = append(runes, []rune(s)...)
	}
	texts := append(slices.Clone(samples), randomTexts(rand.New(rand.NewPCG(1, 2)), runes, 20000, 24)...)
	for _, p := range patterns {
		q, re := MustCompile(p), regexp.MustCompile(p)
		for _, s := range texts {
			if want := re.MatchString(s); q.MatchString(s) != want {
				t.Errorf("%q on %q: MatchString %v, regexp %v", p, s, !want, want)
			}
			if want := re.FindStringIndex(s); (q.FindStringIndexLower(s, strings.ToLower(s)) == nil) != (want == nil) {
				t.Errorf("%q on %q: FindStringIndexLower disagrees with regexp", p, s)
			}
			if want := re.FindAllStringIndex(s, -1); len(q.FindAllStringIndex(s, -1)) != len(want) {
				t.Errorf("%q on %q: FindAllStringIndex disagrees with regexp", p, s)
			}
			if want := re.ReplaceAllString(s, "<$0>"); q.ReplaceAllString(s, "<$0>") != want {
				t.Errorf("%q on %q: ReplaceAllString disagrees with regexp", p, s)
			}
		}
	}
}

// TestSkips checks that the prefilter does its work: text without the
// literals is answered without the regexp.
func TestSkips(t *testing.T) {
	tests := []struct {
		pattern, text string
		may           bool
	}{
		{patterns[0], "The council met on Tuesday.", false},
		{patterns[0], "needs your local journalism readers", true}, // all literals, no match
		{patterns[0], "Please consider the gift", false},
		{patterns[1], "Read the report", false},
		{patterns[2], "article-body", false},
		{patterns[3], "product", false},
		{patterns[3], "Product-Tiles", true},
		{patterns[6], "12 apples", true}, // no literal every match needs
		{patterns[8], "ſtraſſe", true},   // the long s lower-cases to itself
		{patterns[9], "3 pm", true},      // the lower-cased text is all it sees
		{patterns[10], "anything", true},
		{patterns[12], "Read the report", false},
		{patterns[12], "Teilen", true},
		{patterns[13], "The byline By Jane", false}, // anchored: it must begin so
		{patterns[13], "Byzantine Empire", true},    // begins with a start, fails later
		{patterns[14], "Most popular", false},
		{patterns[14], "Dont miss", true},
		{patterns[15], "Privacy", false}, // a small class at the start: a digit or a currency sign
		{patterns[15], "12 apples", true},
		{patterns[16], "Te puede interesar", true}, // the optional part left out
		{patterns[16], "Ilginizi çekebilir", true}, // a class's runes, lower-cased
		{patterns[16], "The more, the better", false},
		{patterns[17], "After more about it", false}, // \s* may match nothing: the rest must start the text
		{patterns[17], " more about", true},
	}
	for _, tt := range tests {
		if got := MustCompile(tt.pattern).MayMatch(tt.text, ""); got != tt.may {
			t.Errorf("MayMatch(%q, %q) = %v, want %v", tt.pattern, tt.text, got, tt.may)
		}
	}
}

// TestFilesLongAlternations checks that an or of many literals is filed by
// first byte, the path TestNeverMissesAMatch then covers.
func TestFilesLongAlternations(t *testing.T) {
	q := MustCompile(patterns[12])
	q.prep()
	var filed func(n *need) bool
	filed = func(n *need) bool {
		if n.byFirst != nil {
			return true
		}
		for i := range n.subs {
			if filed(&n.subs[i]) {
				return true
			}
		}
		return false
	}
	if !filed(&q.need) {
		t.Fatalf("%q: no or filed by first byte", patterns[12])
	}
}

// TestFilesStarts checks that anchored patterns get their starts filed.
func TestFilesStarts(t *testing.T) {
	for _, i := range []int{1, 13, 14, 15, 16, 17} {
		q := MustCompile(patterns[i])
		q.prep()
		if q.starts == nil {
			t.Errorf("%q: no starts filed", patterns[i])
		}
	}
	for _, i := range []int{0, 2, 10} {
		q := MustCompile(patterns[i])
		q.prep()
		if q.starts != nil {
			t.Errorf("%q: starts filed for a pattern not anchored", patterns[i])
		}
	}
}

func FuzzNeverMissesAMatch(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	compiled := make([]*Regexp, len(patterns))
	for i, p := range patterns {
		compiled[i] = MustCompile(p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, q := range compiled {
			if q.MatchString(s) != regexp.MustCompile(patterns[i]).MatchString(s) {
				t.Fatalf("%q on %q: MatchString disagrees with regexp", patterns[i], s)
			}
		}
	})
}

// TestCheapClassesKeepThePrefilter checks that the prefilter read from a
// pattern with its Unicode classes written as \d is the one read from the
// pattern itself, for the shapes above, for escapes that look like classes,
// and for every pattern of the cleaner's rules.
func TestCheapClassesKeepThePrefilter(t *testing.T) {
	all := append([]string{
		`(?i)^[\p{L}\p{N} ’'.&-]{2,40} on\s*:?$`,
		`\pL+\PN|x[^\p{Lu}]y`,
		`(?i)\\p{L}ost|\\\p{Lu}ay`, // a literal backslash, then "p{L}ost"; then a backslash and a class
		`^\p{Lu}\p{Ll}+ \p{Lu}\.$`,
		`(?i)\bfoo\P{L}bar\b`,
	}, patterns...)
	for _, r := range readRules(t) {
		if r.Pattern != "" {
			all = append(all, r.Pattern)
		}
	}
	if len(all) < 50 {
		t.Fatalf("read %d patterns, want the rules' too", len(all))
	}
	read := func(p string) (need, *[256][]string, map[rune]bool) {
		tree, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatalf("%q: %v", p, err)
		}
		odd := map[rune]bool{}
		return build(tree, odd), fileStarts(tree, odd), odd
	}
	for _, p := range all {
		n1, s1, o1 := read(p)
		n2, s2, o2 := read(cheapClasses(p))
		if !reflect.DeepEqual(n1, n2) || !reflect.DeepEqual(s1, s2) || !reflect.DeepEqual(o1, o2) {
			t.Errorf("%q: the prefilter differs when read from %q", p, cheapClasses(p))
		}
	}
	if got := cheapClasses(`a\\p{L}b\p{Lu}c\PNd\pLe`); got != `a\\p{L}b\wc\Wd\we` {
		t.Errorf("cheapClasses = %q", got)
	}
}

// TestTableIsParsed checks every entry of the table written ahead of time
// against the parse of its pattern: a prefilter read from the table is the
// one prep would read.
func TestTableIsParsed(t *testing.T) {
	var patterns []string
	for _, e := range table {
		patterns = append(patterns, e.pattern)
	}
	if stale := StaleTable(patterns); len(stale) > 0 {
		t.Errorf("%d table entries differ from their parse, first %q", len(stale), stale[0])
	}
	if !sort.SliceIsSorted(table, func(i, j int) bool { return table[i].pattern < table[j].pattern }) {
		t.Error("the table is not sorted: lookup cannot find its entries")
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string // nil: not split
	}{
		{`(?i)ab|cd`, []string{`(?i)ab`, `(?i)cd`}},
		{`a(b|c)|d`, []string{`a(b|c)`, `d`}},
		{`(?i:a|b)|c`, []string{`(?i:a|b)`, `c`}}, // a group with flags, not a flag group
		{`[|]|x`, []string{`[|]`, `x`}},
		{`[]|]x|y`, []string{`[]|]x`, `y`}},
		{`[^]|]x|y`, []string{`[^]|]x`, `y`}},
		{`[[:alpha:]|]|z`, []string{`[[:alpha:]|]`, `z`}},
		{`[\]|]|z`, []string{`[\]|]`, `z`}},
		{`\||y`, []string{`\|`, `y`}},
		{`\Qa|b\E|c`, []string{`\Qa|b\E`, `c`}},
		{`(?is)^a$|b`, []string{`(?is)^a$`, `(?is)b`}},
		{`(?i)^(read more|see also|related)\s*:`, []string{`(?i)^(read more)\s*:`, `(?i)^(see also)\s*:`, `(?i)^(related)\s*:`}},
		{`(?:a|b)c`, []string{`(?:a)c`, `(?:b)c`}},
		{`^(a|b)`, []string{`^(a)`, `^(b)`}},
		{`\b(a|[)|]b)\b`, []string{`\b(a)\b`, `\b([)|]b)\b`}},
		{`^(a|b)|c`, []string{`^(a|b)`, `c`}},
		{`^(a|b)+c`, nil},   // a repeated group
		{`^(a|b){2}c`, nil}, // a repeated group
		{`x(a|b)`, nil},     // more than an anchor before the group: its choices would come first
		{`(?i:a|b)c`, nil},  // a group with flags
		{`^(a|(?i)b)c`, nil},
		{`^(a|b)c)`, nil},
		{`^(ab)c`, nil},
		{`abc`, nil},
		{`a(?i)b|c`, nil}, // flags set mid-pattern reach into the next alternative
		{`a||b`, nil},
		{`a|(b`, nil},
		{`[a|b`, nil},
	}
	for _, tt := range tests {
		if got := split(tt.pattern); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("split(%q) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// TestBranchesMatchTheWhole checks that a split pattern answers as the
// whole one does: every long pattern of the cleaner's rules, on the rules'
// examples, on pairs of them (the leftmost match must win) and on random
// strings of their runes.
func TestBranchesMatchTheWhole(t *testing.T) {
	var long, texts []string
	for _, r := range readRules(t) {
		if len(r.Pattern) >= splitMinLen {
			long = append(long, r.Pattern)
		}
		texts = append(texts, r.Match...)
		texts = append(texts, r.Keep...)
	}
	// A pattern whose branches match at the same place: the earlier one
	// wins, as in regexp, though a later one is longer.
	var b strings.Builder
	b.WriteString(`(?i)\bfoo|foobar|bar(baz)?|\d+ bars?`)
	for i := 0; b.Len() < splitMinLen; i++ {
		fmt.Fprintf(&b, "|filler%d word", i)
	}
	long = append(long, b.String())
	// The same as one group after an anchor, then more pattern.
	long = append(long, `(?i)\b(`+strings.TrimPrefix(b.String(), `(?i)\b`)+`)[a-z]?`)
	texts = append(texts, "a foobar b", "FOOBAR", "barbaz 3 bars foo", "x 12 bar foo", "foobarx", "a foobar", "barbazz", "12 barsy")
	split := 0
	for _, p := range long {
		if MustCompile(p).parts() != nil {
			split++
		}
	}
	if split < 5 {
		t.Fatalf("%d of the rules' %d long patterns split, want at least 5", split, len(long))
	}
	rng := rand.New(rand.NewPCG(5, 6))
	n := len(texts)
	for range 3000 {
		texts = append(texts, texts[rng.IntN(n)]+" "+texts[rng.IntN(n)])
	}
	var runes []rune
	for _, s := range texts[:n] {
		runes = append(runes, []rune(s)...)
	}
	texts = append(texts, randomTexts(rng, runes, 3000, 30)...)
	matched := 0
	for _, p := range long {
		q, re := MustCompile(p), regexp.MustCompile(p)
		for _, s := range texts {
			want := re.FindStringIndex(s)
			if got := q.FindStringIndex(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%.60q on %q: FindStringIndex %v, regexp %v", p, s, got, want)
			}
			if got := q.MatchString(s); got != (want != nil) {
				t.Errorf("%.60q on %q: MatchString %v, regexp %v", p, s, got, want != nil)
			}
			if want != nil {
				matched++
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d texts matched: the check is too weak", matched)
	}
}

// rule is what the tests read of one of the cleaner's rules.
type rule struct {
	Pattern string   `json:"pattern"`
	Match   []string `json:"match"`
	Keep    []string `json:"keep"`
}

// readRules reads every rule of the cleaner's rules.json, of every list.
func readRules(t *testing.T) []rule {
	t.Helper()
	raw, err := os.ReadFile("../../../cleaner/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	var lists map[string]json.RawMessage
	if err := json.Unmarshal(raw, &lists); err != nil {
		t.Fatal(err)
	}
	var all []rule
	for _, list := range lists {
		var rs []rule
		if json.Unmarshal(list, &rs) != nil {
			continue // the comment
		}
		all = append(all, rs...)
	}
	return all
}

// randomTexts returns n strings of up to maxLen runes drawn from runes.
func randomTexts(rng *rand.Rand, runes []rune, n, maxLen int) []string {
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range rng.IntN(maxLen) {
			b.WriteRune(runes[rng.IntN(len(runes))])
		}
		out[i] = b.String()
	}
	return out
}

// TestLeadsNeverMissAMatch checks Leads' promise on the patterns and
// samples of TestNeverMissesAMatch and on random strings of their runes.
func TestLeadsNeverMissAMatch(t *testing.T) {
	var runes []rune
	for _, s := range samples {
		runes = append(runes, []rune(s)...)
	}
	texts := append(slices.Clone(samples), randomTexts(rand.New(rand.NewPCG(9, 10)), runes, 20000, 24)...)
	anchored := 0
	for _, p := range patterns {
		q, re := MustCompile(p), regexp.MustCompile(p)
		leads, odd, ok := q.Leads()
		if !ok {
			continue
		}
		anchored++
		for _, s := range texts {
			lower := strings.ToLower(s)
			if (lower == "" || !leads[lower[0]]) && !strings.ContainsFunc(lower, func(r rune) bool { return slices.Contains(odd, r) }) && re.MatchString(s) {
				t.Errorf("%q matches %q, which its leads skip", p, s)
			}
		}
	}
	if anchored < 5 {
		t.Errorf("only %d of the patterns have leads: the check is too weak", anchored)
	}
}
