package cleaner

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/pith-news/pith/internal/machinery/quickre"
	"golang.org/x/net/html"
)

func TestRulesCompile(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	if err := rs.checkPatterns(); err != nil {
		t.Fatal(err)
	}
	if len(rs.Selectors) == 0 || len(rs.Sentences) == 0 || len(rs.Exact) == 0 || len(rs.Patterns) == 0 || len(rs.Tokens) == 0 {
		t.Fatalf("rules missing a section: %d selectors, %d tokens, %d exact, %d patterns, %d sentences",
			len(rs.Selectors), len(rs.Tokens), len(rs.Exact), len(rs.Patterns), len(rs.Sentences))
	}
	names := map[string]bool{}
	for _, n := range ruleNames(rs) {
		if names[n] {
			t.Errorf("rule name %q used twice", n)
		}
		names[n] = true
	}
}

func ruleNames(rs *ruleSet) []string {
	var out []string
	for _, r := range rs.Selectors {
		out = append(out, r.Name)
	}
	for _, l := range [][]regexpRule{rs.Tokens, rs.Patterns, rs.Sentences} {
		for _, r := range l {
			out = append(out, r.Name)
		}
	}
	for _, r := range rs.Exact {
		out = append(out, r.Name)
	}
	return out
}

func TestCompileRulesErrors(t *testing.T) {
	tests := []struct{ name, json string }{
		{"bad json", `{`},
		{"unknown kind", `{"sentences": [{"name": "x", "kind": "nope", "pattern": "a"}]}`},
		{"no name", `{"sentences": [{"kind": "cookie", "pattern": "a"}]}`},
		{"bad regexp", `{"sentences": [{"name": "x", "kind": "cookie", "pattern": "("}]}`},
		{"bad selector", `{"selectors": [{"name": "x", "kind": "cookie", "css": "[["}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := compileRules([]byte(tc.json))
			if err == nil {
				err = rs.checkPatterns()
			}
			if err == nil {
				t.Errorf("compileRules(%s) = nil error, want one", tc.json)
			}
		})
	}
}

// ruleExamples are a rule's "match" and "keep" examples in rules.json.
// The cleaner does not load them; the tests read them here.
type ruleExamples struct {
	Name  string   `json:"name"`
	Match []string `json:"match"`
	Keep  []string `json:"keep"`
}

// ruleExamplesOf reads every text rule's examples from rules.json, keyed
// by section and name ("sentences/follow-us").
func ruleExamplesOf(t *testing.T) map[string]ruleExamples {
	t.Helper()
	var f map[string]json.RawMessage
	if err := json.Unmarshal(rulesJSON, &f); err != nil {
		t.Fatal(err)
	}
	out := map[string]ruleExamples{}
	for _, section := range []string{"tokens", "exact", "patterns", "sentences"} {
		var rules []ruleExamples
		if err := json.Unmarshal(f[section], &rules); err != nil {
			t.Fatalf("rules.json %s: %v", section, err)
		}
		for _, r := range rules {
			key := section + "/" + r.Name
			if _, dup := out[key]; dup {
				t.Fatalf("rules.json: two rules named %s", key)
			}
			out[key] = r
		}
	}
	return out
}

// TestRuleExamples checks every text rule against the examples it carries
// in rules.json: each "match" triggers that very rule, no "keep" triggers it.
func TestRuleExamples(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	examples := ruleExamplesOf(t)
	check := func(t *testing.T, r regexpRule, ex ruleExamples, hit func(string) bool) {
		if len(ex.Match) == 0 {
			t.Errorf("rule %s has no match examples", r.Name)
		}
		for _, e := range ex.Match {
			if !hit(e) {
				t.Errorf("rule %s does not match its example %q", r.Name, e)
			}
		}
		for _, e := range ex.Keep {
			if hit(e) {
				t.Errorf("rule %s matches its counter-example %q", r.Name, e)
			}
		}
	}
	for _, r := range rs.Sentences {
		t.Run("sentence/"+r.Name, func(t *testing.T) {
			check(t, r, examples["sentences/"+r.Name], func(s string) bool {
				for _, sen := range splitSentences(s) {
					if !r.triggered(strings.ToLower(sen)) {
						continue
					}
					if loc := r.re().FindStringIndex(sen); loc != nil && !insideQuotes(sen, loc[0]) {
						return true
					}
				}
				return false
			})
		})
	}
	for _, r := range rs.Patterns {
		t.Run("pattern/"+r.Name, func(t *testing.T) {
			check(t, r, examples["patterns/"+r.Name], func(s string) bool {
				return (r.MaxWords == 0 || len(strings.Fields(s)) <= r.MaxWords) && r.re().MatchString(s)
			})
		})
	}
	for _, r := range rs.Tokens {
		t.Run("token/"+r.Name, func(t *testing.T) {
			check(t, r, examples["tokens/"+r.Name], func(s string) bool { return r.tokenTriggered(strings.ToLower(s)) && r.re().MatchString(s) })
		})
	}
	for _, r := range rs.Exact {
		t.Run("exact/"+r.Name, func(t *testing.T) {
			ex := examples["exact/"+r.Name]
			if len(ex.Match) == 0 {
				t.Errorf("rule %s has no match examples", r.Name)
			}
			for _, ex := range ex.Match {
				if v, ok := rs.matchLabel(ex, len(strings.Fields(ex))); !ok || v.rule != r.Name {
					t.Errorf("rule %s: %q matched %v (%v), want this rule", r.Name, ex, v, ok)
				}
			}
			for _, ex := range ex.Keep {
				if r.set[normalizeLabel(ex)] {
					t.Errorf("rule %s matches its counter-example %q", r.Name, ex)
				}
			}
		})
	}
}

// simpleSelector matches the selector forms rules.json uses.
var simpleSelector = regexp.MustCompile(`^([a-z]+)?(#[\w-]+)?((?:\.[\w-]+)*)(\[([\w-]+)(\^=|\*=|=)?'?([^'\]]*)'?\])?$`)

// elementFor builds an element that the simple selector sel matches.
func elementFor(t *testing.T, sel string) string {
	m := simpleSelector.FindStringSubmatch(sel)
	if m == nil {
		t.Fatalf("selector %q is not of a form this test can build; extend elementFor", sel)
	}
	tag := m[1]
	if tag == "" {
		tag = "div"
	}
	var attrs []string
	id := strings.TrimPrefix(m[2], "#")
	classes := strings.Fields(strings.ReplaceAll(m[3], ".", " "))
	if m[4] != "" {
		name, val := m[5], m[7]
		if m[6] == "^=" || m[6] == "*=" {
			val += "x"
		}
		switch name {
		case "id":
			id = val
		case "class":
			classes = append(classes, val)
		default:
			attrs = append(attrs, name+`="`+val+`"`)
		}
	}
	if id != "" {
		attrs = append(attrs, `id="`+id+`"`)
	}
	if len(classes) > 0 {
		attrs = append(attrs, `class="`+strings.Join(classes, " ")+`"`)
	}
	return "<" + tag + " " + strings.Join(attrs, " ") + ">"
}

// TestSelectorRules builds, for every selector of every selector rule, a
// page with that element holding boilerplate text beside a real article,
// and checks the element is removed, recorded, and the article kept.
func TestSelectorRules(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	story := strings.Repeat("<p>The council voted on Tuesday to expand the harbour, a decision that officials said would create hundreds of jobs over the next decade and reshape the waterfront.</p>", 6)
	for _, r := range rs.Selectors {
		for _, sel := range strings.Split(r.CSS, ",") {
			sel = strings.TrimSpace(sel)
			t.Run(r.Name+"/"+sel, func(t *testing.T) {
				open := elementFor(t, sel)
				tag := strings.Fields(strings.TrimPrefix(open, "<"))[0]
				page := "<html><body><main><article><h1>Harbour plan</h1>" + story + "</article></main>" +
					open + "Boilerplate block text for the rule under test</" + tag + "></body></html>"
				doc, err := html.Parse(strings.NewReader(page))
				if err != nil {
					t.Fatal(err)
				}
				st := &stripper{rules: rs, keep: map[string]bool{}}
				st.stripPage(doc)
				found := false
				for _, rm := range st.removed {
					if rm.Rule == r.Name && strings.Contains(rm.Text, "Boilerplate block text") {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: element %s not removed by rule %s; removed %+v", sel, open, r.Name, st.removed)
				}
				if !strings.Contains(nodeText(doc), "reshape the waterfront") {
					t.Errorf("%s: the article was removed too", sel)
				}
			})
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two!", []string{"One.", "Two!"}},
		{"We'll assume you're ok with this. Accept Read More", []string{"We'll assume you're ok with this.", "Accept Read More"}},
		{"Amazon.com Inc. or its affiliates. The end", []string{"Amazon.com Inc. or its affiliates.", "The end"}},
		{`He said "Go." Then left.`, []string{`He said "Go."`, "Then left."}},
		{"", nil},
	}
	for _, tc := range tests {
		got := splitSentences(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitSentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestClassifyText(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	st := &stripper{rules: rs}
	tests := []struct {
		name string
		text string
		edge bool
		kind string // "" means: kept
	}{
		{"example affiliate block", "Readers like you help support The Tech Outlook. When you make a purchase using links on our site, we may earn an affiliate commission. We cannot guarantee the Product information shown is 100% accurate and we advise you to check the product listing on the original manufacturer website. Thetechoutlook is not responsible for price changes carried out by retailers. The discounted price or deal mentioned in this item was available at the time of writing and may be subject to time restrictions and/or limited unit availability. Amazon and the Amazon logo are trademarks of, Inc. or its affiliates Read More", true, "affiliate"},
		{"example cookie banner", "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More", true, "cookie"},
		{"cookie banner mid-article", "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More", false, "cookie"},
		{"german banner", "Diese Website verwendet Cookies. Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.", false, "cookie"},
		{"quoted banner in a story", `Regulators objected to banners that read "This website uses cookies to improve your experience" and offered no way to refuse.`, true, ""},
		{"story about commissions", "Publishers typically earn a commission of 4 to 8 percent on each sale, analysts said, and the share has fallen every year since 2019 as retailers cut rates.", true, ""},
		{"one disclosure sentence in a long paragraph", "The company, which was founded in 2009, now employs 400 people. Its founder said growth came from partnerships with bloggers. We may earn a commission, sites tell readers, but few readers notice. Revenue reached 80 million dollars last year, up from 50 million.", false, ""},
		{"baking", "Cream the butter and sugar, then fold in the chocolate. The cookies bake for twelve minutes, until the edges turn golden and the centres stay soft.", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, ok := st.classifyText(tc.text, tc.edge)
			got := ""
			if ok {
				got = v.kind
			}
			if got != tc.kind {
				t.Errorf("classifyText = %q (rule %q), want %q", got, v.rule, tc.kind)
			}
		})
	}
}

// TestRulePatternsFindWhatRegexpFinds checks the rules' patterns, which
// quickre matches through a prefilter and, when long, branch by branch,
// against the regexp package itself: the same match bounds on every
// rule's match and keep examples, whole and sentence by sentence.
func TestRulePatternsFindWhatRegexpFinds(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	lists := [][]regexpRule{rs.Tokens, rs.Patterns, rs.Sentences}
	for key, ex := range ruleExamplesOf(t) {
		if strings.HasPrefix(key, "exact/") {
			continue
		}
		for _, e := range append(append([]string(nil), ex.Match...), ex.Keep...) {
			texts = append(texts, e)
			texts = append(texts, splitSentences(e)...)
		}
	}
	slices.Sort(texts) // the map's order is random; the errors' order is not
	for _, l := range lists {
		for _, r := range l {
			re := regexp.MustCompile(r.Pattern)
			for _, s := range texts {
				if got, want := r.re().FindStringIndexLower(s, strings.ToLower(s)), re.FindStringIndex(s); !slices.Equal(got, want) {
					t.Errorf("rule %s on %q: %v, regexp %v", r.Name, s, got, want)
				}
			}
		}
	}
}

// TestPrefilterTable checks that quickre's table of prefilters, read ahead
// of time so that a one-page clean does not parse its patterns, holds
// every pattern of the rules and of this package, as parsing gives it.
// -update rewrites it.
func TestPrefilterTable(t *testing.T) {
	if _, err := loadRules(); err != nil {
		t.Fatal(err)
	}
	patterns := quickre.Registered()
	if len(patterns) < 100 {
		t.Fatalf("only %d patterns registered: the rules were not read", len(patterns))
	}
	const path = "../internal/machinery/quickre/table_gen.go"
	// -update is corpus_test.go's flag, in the same test binary.
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := quickre.WriteTable(path, patterns); err != nil {
			t.Fatal(err)
		}
		return
	}
	if stale := quickre.StaleTable(patterns); len(stale) > 0 {
		t.Errorf("%d patterns are missing from quickre's table or differ from their parse, first %q: run go test ./cleaner -run TestPrefilterTable -update", len(stale), stale[0])
	}
}

// compileRules compiles rules written as rules.json is: the binary builds
// them from rules_gen.go, the tests from JSON.
func compileRules(data []byte) (*ruleSet, error) {
	var rf ruleFile
	if err := json.Unmarshal(data, &rf); err != nil {
		return nil, fmt.Errorf("cleaner: rules: %w", err)
	}
	return buildRules(rf)
}

// TestTriggeredTokensAsEachRule checks that the one-pass trigger scan of
// the token rules answers as each rule's own check does, on the rules'
// examples and on class strings built from the triggers.
func TestTriggeredTokensAsEachRule(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	texts := triggerTexts(t, rs.Tokens, 3, "", "-", "_", " ", "x", "é", "Ad", "post")
	hits := 0
	for _, s := range texts {
		lower := strings.ToLower(s)
		got := rs.triggeredTokens(lower)
		for i := range rs.Tokens {
			want := rs.Tokens[i].tokenTriggered(lower)
			if got&(1<<i) != 0 != want {
				t.Errorf("%q: rule %s triggered %v, want %v", s, rs.Tokens[i].Name, !want, want)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 1000 {
		t.Errorf("only %d triggers hit: the check is too weak", hits)
	}
}

// TestSelectorIndexAsEverySelector checks that the selector index, which
// tests an element only against the selectors its id, classes and
// attributes could satisfy, finds the rule that testing every selector on
// every element finds, on the project's pages.
func TestSelectorIndexAsEverySelector(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../testdata/*/*.html")
	if err != nil || len(files) < 100 {
		t.Fatalf("%d pages (%v)", len(files), err)
	}
	matched := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		walkElements(doc, func(n *html.Node) bool {
			want := -1
			for i, r := range rs.Selectors {
				for _, sel := range r.sels {
					if want < 0 && sel.Match(n) {
						want = i
					}
				}
			}
			if got := rs.selectors.match(n); got != want {
				t.Errorf("%s: <%s class=%q id=%q>: rule %d, want %d", f, n.Data, attr(n, "class"), attr(n, "id"), got, want)
			}
			if want >= 0 {
				matched++
			}
			return true
		})
	}
	if matched < 50 {
		t.Errorf("only %d elements matched a selector: the check is too weak", matched)
	}
}

// TestSelectorKey checks the hand-written reading of a selector's key
// against the two patterns it replaced, on every part of the rules and on
// shapes they do not use.
func TestSelectorKey(t *testing.T) {
	keyRe := regexp.MustCompile(`^[a-z]*([#.])([\w-]+)`)
	attrRe := regexp.MustCompile(`^[a-z]*\[([\w-]+)`)
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{"", "div", "#", ".", "[", "div#", "nav.x y", "ol.comments", "#a_b-C9", "[class*='x']", "nav[aria-label*='y']",
		"DIV.x", "div.é", "*.x", ":not(.x)", "a > .x", "[data-x]", "#cookiebanner[data-cookieconsent]", ".x.y"}
	for _, r := range rs.Selectors {
		parts = append(parts, r.parts...)
	}
	for _, p := range parts {
		wantKey, wantAttr := "", ""
		if m := keyRe.FindStringSubmatch(p); m != nil {
			wantKey = m[1] + m[2]
		} else if a := attrRe.FindStringSubmatch(p); a != nil {
			wantAttr = a[1]
		}
		if key, attrName := selectorKey(p); key != wantKey || attrName != wantAttr {
			t.Errorf("selectorKey(%q) = %q, %q; want %q, %q", p, key, attrName, wantKey, wantAttr)
		}
	}
}

// TestSentenceTriggersAsEachRule checks that the one-pass trigger scan of
// the sentence rules answers as each rule's own check does, on the rules'
// examples and on texts built from the triggers and word edges.
func TestSentenceTriggersAsEachRule(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	texts := triggerTexts(t, rs.Sentences, 5, "", " ", "-", "x", "é", "1", "’", "«", "\u00a0", "\xff")
	hits := 0
	hit := make([]bool, len(rs.Sentences))
	for _, s := range texts {
		lower := strings.ToLower(s)
		clear(hit)
		rs.sentenceTriggers(lower, hit)
		for i := range rs.Sentences {
			want := rs.Sentences[i].triggered(lower)
			if hit[i] != want {
				t.Errorf("%q: rule %s triggered %v, want %v", s, rs.Sentences[i].Name, hit[i], want)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 1000 {
		t.Errorf("only %d triggers hit: the check is too weak", hits)
	}
}

// TestPatternsForAsEveryPattern checks that trying only the pattern rules
// a text's first byte allows answers as trying every pattern rule does.
func TestPatternsForAsEveryPattern(t *testing.T) {
	rs, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, ex := range ruleExamplesOf(t) {
		texts = append(texts, ex.Match...)
		texts = append(texts, ex.Keep...)
	}
	n := len(texts)
	rng := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		a, b := texts[rng.IntN(n)], texts[rng.IntN(n)]
		texts = append(texts, a+" "+b, strings.ToUpper(a), " "+b)
		// The long s and the Kelvin sign match "s" and "k" case-folded,
		// and lower-case to themselves.
		if l := strings.ToLower(a); strings.HasPrefix(l, "s") {
			texts = append(texts, "ſ"+a[1:])
		} else if strings.HasPrefix(l, "k") {
			texts = append(texts, "\u212a"+a[1:])
		}
	}
	texts = append(texts, "", " ", "ſee also", "\u212aeywords: x")
	matched := 0
	for _, s := range texts {
		want, wantOK := verdict{}, false
		for i := range rs.Patterns {
			if r := &rs.Patterns[i]; r.re().MatchString(s) {
				want, wantOK = verdict{r.Kind, r.Name}, true
				break
			}
		}
		if got, ok := rs.matchPattern(s, 0, nil, true); got != want || ok != wantOK {
			t.Errorf("%q: %v %v, want %v %v", s, got, ok, want, wantOK)
		}
		if wantOK {
			matched++
		}
	}
	if matched < 500 {
		t.Errorf("only %d texts matched a pattern: the check is too weak", matched)
	}
}

// triggerTexts returns the rules' examples and 5,000 texts of up to four
// pieces drawn, with the given seed, from the triggers of rules and the
// other pieces: word edges and the bytes around them.
func triggerTexts(t *testing.T, rules []regexpRule, seed uint64, other ...string) []string {
	t.Helper()
	var texts []string
	for _, ex := range ruleExamplesOf(t) {
		texts = append(texts, ex.Match...)
		texts = append(texts, ex.Keep...)
	}
	pieces := slices.Clone(other)
	for _, r := range rules {
		pieces = append(pieces, r.Triggers...)
	}
	rng := rand.New(rand.NewPCG(seed, seed+1))
	for range 5000 {
		s := ""
		for range rng.IntN(5) {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	return texts
}

// normalizeLabelByRune is normalizeLabel as it was first written, over the
// lower-cased string rune by rune: the specification the faster one keeps.
func normalizeLabelByRune(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

var labelSamples = []string{"", " ", "Accept »", "ACCEPT ALL", "Don't miss", "  Lire aussi :", "Ä Ö Ü ẞ", "İstanbul", "\u212Aelvin",
	"ſhare", "日本語 ニュース", "x\xffy", "\xc2", "a\u00a0b", "Ｆｕｌｌ", "Ⅻ", "٣ أيام", "O'Brien’s", "--", "z\u0301"}

func TestNormalizeLabel(t *testing.T) {
	for _, s := range labelSamples {
		if got, want := normalizeLabel(s), normalizeLabelByRune(s); got != want {
			t.Errorf("normalizeLabel(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalizeLabel(f *testing.F) {
	for _, s := range labelSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalizeLabel(s), normalizeLabelByRune(s); got != want {
			t.Errorf("normalizeLabel(%q) = %q, want %q", s, got, want)
		}
	})
}
