package cleaner

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/machinery/quickre"
)

// The boilerplate rules are data: to add a rule, add an entry with examples
// to rules.json; rules_test.go checks every rule against its own examples.
// The binary does not read rules.json: rules_gen.go holds the same rules as
// a Go value (rulesTable), written from it by
// go test ./cleaner -run TestRulesTable -update, so that a one-page pith
// clean does not decode 90 kB of JSON before it reads its page (that was
// about 2.5 ms of its start). TestRulesTable fails while the two differ.

type ruleFile struct {
	Selectors []selectorRule `json:"selectors"`
	Tokens    []regexpRule   `json:"tokens"`
	Exact     []exactRule    `json:"exact"`
	Patterns  []regexpRule   `json:"patterns"`
	Sentences []regexpRule   `json:"sentences"`
}

type selectorRule struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	CSS  string `json:"css"`
	// parts are the comma-separated selectors of CSS, and sels their
	// compiled form.
	parts []string
	sels  []cascadia.Sel
}

// selectorIndex finds the elements that the selector rules match in one
// walk of the page: each selector is filed under the id or class it needs,
// or else under the attribute it tests ("[class*='breadcrumb']" needs a
// class), so an element is tested only against the selectors its own id,
// classes and attributes could satisfy. Selectors with none of these are
// tested on every element.
type selectorIndex struct {
	byKey  map[string][]indexedSel
	byAttr map[string][]indexedSel
	other  []indexedSel
}

type indexedSel struct {
	rule int // index into ruleSet.Selectors
	sel  cascadia.Sel
}

// selectorKey reads what a selector part is filed under: after a tag name,
// an id or a class ("#cookie-bar", ".share"), as key, or else the name of
// the attribute it tests first ("class" in "[class*='breadcrumb']"). It is
// read by hand: two regexps, compiled at start and run on every part, were
// a fifth of loading the rules.
func selectorKey(part string) (key, attrName string) {
	i := 0
	for i < len(part) && 'a' <= part[i] && part[i] <= 'z' {
		i++
	}
	if i == len(part) {
		return "", ""
	}
	j := i + 1
	for j < len(part) && nameByte(part[j]) {
		j++
	}
	if j == i+1 {
		return "", ""
	}
	switch part[i] {
	case '#', '.':
		return part[i:j], ""
	case '[':
		return "", part[i+1 : j]
	}
	return "", ""
}

// nameByte reports whether c may be part of a CSS name as the rules write
// them: a letter, a digit, "_" or "-".
func nameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

func buildSelectorIndex(rules []selectorRule) selectorIndex {
	idx := selectorIndex{byKey: map[string][]indexedSel{}, byAttr: map[string][]indexedSel{}}
	for i, r := range rules {
		for k, part := range r.parts {
			sel := r.sels[k]
			key, attrName := selectorKey(part)
			switch {
			case key != "":
				idx.byKey[key] = append(idx.byKey[key], indexedSel{i, sel})
			case attrName != "" && !strings.ContainsAny(part, " >+~"):
				// One compound selector only: in "div [class*='x']" the
				// attribute is another element's.
				attrName = strings.ToLower(attrName)
				idx.byAttr[attrName] = append(idx.byAttr[attrName], indexedSel{i, sel})
			default:
				idx.other = append(idx.other, indexedSel{i, sel})
			}
		}
	}
	return idx
}

// match returns the index of the first selector rule that matches n, or -1.
func (idx *selectorIndex) match(n *html.Node) int {
	best := -1
	try := func(list []indexedSel) {
		for _, is := range list {
			if (best < 0 || is.rule < best) && is.sel.Match(n) {
				best = is.rule
			}
		}
	}
	for _, a := range n.Attr {
		try(idx.byAttr[a.Key])
		switch a.Key {
		case "id":
			try(idx.byKey["#"+a.Val])
		case "class":
			for _, c := range strings.Fields(a.Val) {
				try(idx.byKey["."+c])
			}
		}
	}
	try(idx.other)
	return best
}

type regexpRule struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Lang     string `json:"lang"`
	Pattern  string `json:"pattern"`
	MaxWords int    `json:"maxWords"`
	// ArticleOnly, for a token rule, applies it inside the extracted
	// article only: bylines, for one, help readability find the story.
	ArticleOnly bool `json:"articleOnly"`
	// NeedsLinks, for a pattern rule, applies it only to a block that is
	// mostly links or sits in a navigation or breadcrumb container: "Home
	// › Money" is a breadcrumb, "Range: 40-55 km | 25-34 miles" is not.
	NeedsLinks bool `json:"needsLinks"`
	// Triggers, for a sentence rule, are lower-case words one of which a
	// sentence must contain for the rule to be tried: a cheap gate in
	// front of the regexp.
	Triggers []string `json:"triggers"`
	// A rule's "match" and "keep" examples in rules.json are not read
	// here: rules_test.go reads them. Decoding them cost a one-page
	// clean about a third of loading the rules.
	lazy *quickre.Regexp
}

// re returns the rule's pattern. It is compiled on first use, so a
// one-page pith clean compiles only the patterns its page reaches, and a
// sentence rule no block triggers is never compiled. Loading does not even
// parse the patterns (that alone cost a one-page clean 11 ms): the rules are
// constant data, and checkPatterns, run by rules_test.go, compiles each one.
func (r *regexpRule) re() *quickre.Regexp { return r.lazy }

type exactRule struct {
	Name  string   `json:"name"`
	Kind  string   `json:"kind"`
	Texts []string `json:"texts"`
	set   map[string]bool
}

// ruleSet is the compiled form of rules.json.
type ruleSet struct {
	ruleFile
	selectors selectorIndex
	// buttonWords are the words of the button labels: a short run made of
	// them only ("Akzeptieren Mehr erfahren") is a row of buttons.
	buttonWords   map[string]bool
	triggers      triggerIndex
	tokenTriggers tokenTriggers
	// leads files the pattern rules by the first byte of the lower-cased
	// text they may match (see patternsFor); built on first use.
	leadsOnce sync.Once
	leads     patternLeads
}

// patternLeads files the pattern rules, by index and in order, under each
// first byte a text they may match can begin with: the rules anchored at
// the text's start begin with a few literals ("^(read more|see also)"),
// and most texts can match only a few of them. Rules not so anchored are
// filed under every byte. odd holds the runes in whose presence the
// filing does not hold (quickre.Regexp.Leads).
type patternLeads struct {
	byFirst [256][]int
	empty   []int // the rules an empty text may match
	all     []int
	odd     map[rune]bool
}

func buildPatternLeads(rules []regexpRule) patternLeads {
	pl := patternLeads{odd: map[rune]bool{}}
	for i := range rules {
		pl.all = append(pl.all, i)
		leads, odd, ok := rules[i].re().Leads()
		for c := range 256 {
			if !ok || leads[c] {
				pl.byFirst[c] = append(pl.byFirst[c], i)
			}
		}
		if !ok {
			pl.empty = append(pl.empty, i)
		}
		for _, r := range odd {
			pl.odd[r] = true
		}
	}
	return pl
}

// patternsFor returns the indices, in order, of the pattern rules that
// may match a text whose lower-cased form is lower.
func (rs *ruleSet) patternsFor(lower string) []int {
	rs.leadsOnce.Do(func() { rs.leads = buildPatternLeads(rs.Patterns) })
	pl := &rs.leads
	for i := 0; i < len(lower); i++ {
		if lower[i] >= utf8.RuneSelf {
			if strings.ContainsFunc(lower[i:], func(r rune) bool { return pl.odd[r] }) {
				return pl.all
			}
			break
		}
	}
	if lower == "" {
		return pl.empty
	}
	return pl.byFirst[lower[0]]
}

// loadRules compiles the rules of rules_gen.go once. The rules are constant data,
// so a failure is a build defect, reported by rules_test.go.
var loadRules = sync.OnceValues(func() (*ruleSet, error) {
	return buildRules(rulesTable())
})

// buildRules checks and compiles rf, which it changes: each call needs a
// ruleFile of its own.
func buildRules(rf ruleFile) (*ruleSet, error) {
	valid := func(name, kind string) error {
		if name == "" {
			return fmt.Errorf("cleaner: rules: a rule has no name")
		}
		if !ValidKind(kind) {
			return fmt.Errorf("cleaner: rule %s: unknown kind %q", name, kind)
		}
		return nil
	}
	for i := range rf.Selectors {
		r := &rf.Selectors[i]
		if err := valid(r.Name, r.Kind); err != nil {
			return nil, err
		}
		for _, part := range strings.Split(r.CSS, ",") {
			part = strings.TrimSpace(part)
			sel, err := cascadia.Parse(part)
			if err != nil {
				return nil, fmt.Errorf("cleaner: rule %s: selector %q: %w", r.Name, part, err)
			}
			r.parts = append(r.parts, part)
			r.sels = append(r.sels, sel)
		}
	}
	for _, list := range [][]regexpRule{rf.Tokens, rf.Patterns, rf.Sentences} {
		for i := range list {
			r := &list[i]
			if err := valid(r.Name, r.Kind); err != nil {
				return nil, err
			}
			r.lazy = quickre.MustCompile(r.Pattern)
		}
	}
	for i := range rf.Exact {
		r := &rf.Exact[i]
		if err := valid(r.Name, r.Kind); err != nil {
			return nil, err
		}
		r.set = make(map[string]bool, len(r.Texts))
		for _, t := range r.Texts {
			r.set[normalizeLabel(t)] = true
		}
	}
	if len(rf.Tokens) > maxTokenRules {
		return nil, fmt.Errorf("cleaner: rules: %d token rules, at most %d", len(rf.Tokens), maxTokenRules)
	}
	rs := &ruleSet{ruleFile: rf, selectors: buildSelectorIndex(rf.Selectors), buttonWords: map[string]bool{},
		triggers: buildTriggerIndex(rf.Sentences), tokenTriggers: buildTokenTriggers(rf.Tokens)}
	for _, r := range rf.Exact {
		if r.Kind != "button" {
			continue
		}
		for t := range r.set {
			for _, w := range strings.Fields(t) {
				rs.buttonWords[w] = true
			}
		}
	}
	return rs, nil
}

// checkPatterns compiles every pattern of the rules, which loading leaves
// to each rule's first use, and reports the first that does not compile.
func (rs *ruleSet) checkPatterns() error {
	for _, list := range [][]regexpRule{rs.Tokens, rs.Patterns, rs.Sentences} {
		for _, r := range list {
			if _, err := regexp.Compile(r.Pattern); err != nil {
				return fmt.Errorf("cleaner: rule %s: %w", r.Name, err)
			}
		}
	}
	return nil
}

// normalizeLabel lower-cases s and drops punctuation and extra space, so
// "Accept »" and "accept" compare equal.
func normalizeLabel(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	keep := func() {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, the most of a label, without a rune's decoding.
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				keep()
				b.WriteByte(c + 'a' - 'A')
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'':
				keep()
				b.WriteByte(c)
			default:
				space = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			keep()
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// verdict is what the rules say of a block of text.
type verdict struct {
	kind, rule string
}

// matchLabel checks the whole-block rules: exact labels and short patterns.
func (rs *ruleSet) matchLabel(text string, words int) (verdict, bool) {
	norm := normalizeLabel(text)
	if norm == "" {
		return verdict{}, false
	}
	for _, r := range rs.Exact {
		if r.set[norm] {
			return verdict{r.Kind, r.Name}, true
		}
	}
	return rs.matchPattern(text, words, nil, false)
}

// matchPattern checks the short-block patterns, of the given kinds only
// when kinds is not nil.
// Rules that need links apply only when navLike is set.
func (rs *ruleSet) matchPattern(text string, words int, kinds map[string]bool, navLike bool) (verdict, bool) {
	lower := strings.ToLower(text)
	for _, i := range rs.patternsFor(lower) {
		r := &rs.Patterns[i]
		if r.MaxWords > 0 && words > r.MaxWords || kinds != nil && !kinds[r.Kind] || r.NeedsLinks && !navLike {
			continue
		}
		if r.re().MatchLower(text, lower) {
			return verdict{r.Kind, r.Name}, true
		}
	}
	return verdict{}, false
}

// triggeredSentenceRules returns the indices of the sentence rules that
// lower, a lower-cased block, holds a trigger of: most paragraphs hold none
// and skip the regexps.
func (rs *ruleSet) triggeredSentenceRules(lower string) []int {
	hit := make([]bool, len(rs.Sentences))
	rs.sentenceTriggers(lower, hit)
	var out []int
	for i, h := range hit {
		if h {
			out = append(out, i)
		}
	}
	return out
}

// sentenceTriggers sets hit[i] when the sentence rule i is triggered by
// lower (regexpRule.triggered), for every rule at once: it reads lower once,
// looking up each word start in the trigger index. hit must be
// len(rs.Sentences) long and all false.
func (rs *ruleSet) sentenceTriggers(lower string, hit []bool) {
	found := 0
	for _, i := range rs.triggers.always {
		hit[i] = true
		found++
	}
	for _, t := range rs.triggers.other {
		if !hit[t.rule] && strings.Contains(lower, t.text) {
			hit[t.rule] = true
			found++
		}
	}
	for _, t := range rs.triggers.short {
		if !hit[t.rule] && containsWordStart(lower, t.text) {
			hit[t.rule] = true
			found++
		}
	}
	prevWord := false
	for i := 0; i < len(lower) && found < len(hit); {
		r, size := utf8.DecodeRuneInString(lower[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && !prevWord && i+2 <= len(lower) {
			for _, t := range rs.triggers.byPrefix[lower[i:i+2]] {
				if !hit[t.rule] && strings.HasPrefix(lower[i:], t.text) {
					hit[t.rule] = true
					found++
				}
			}
		}
		prevWord = word
		i += size
	}
}

// triggerIndex files the sentence rules' triggers by their first two
// bytes; triggers that start with no letter ("@") are looked for anywhere,
// and those of one byte at any word start.
type triggerIndex struct {
	byPrefix map[string][]triggerRef
	other    []triggerRef
	short    []triggerRef
	always   []int // the rules with no trigger, which every text triggers
}

type triggerRef struct {
	rule int
	text string
}

func buildTriggerIndex(rules []regexpRule) triggerIndex {
	idx := triggerIndex{byPrefix: map[string][]triggerRef{}}
	for i, r := range rules {
		if len(r.Triggers) == 0 {
			idx.always = append(idx.always, i)
		}
		for _, t := range r.Triggers {
			first, _ := utf8.DecodeRuneInString(t)
			switch {
			case !unicode.IsLetter(first) && !unicode.IsDigit(first):
				idx.other = append(idx.other, triggerRef{i, t})
				continue
			case len(t) < 2:
				idx.short = append(idx.short, triggerRef{i, t})
				continue
			}
			idx.byPrefix[t[:2]] = append(idx.byPrefix[t[:2]], triggerRef{i, t})
		}
	}
	return idx
}

// triggered reports whether lower holds one of the rule's triggers at the
// start of a word ("abonn" in "abonnez-vous", not "app" in "happen").
func (r *regexpRule) triggered(lower string) bool {
	if len(r.Triggers) == 0 {
		return true
	}
	for _, t := range r.Triggers {
		if containsWordStart(lower, t) {
			return true
		}
	}
	return false
}

// maxTokenRules is how many token rules triggeredTokens can answer for.
const maxTokenRules = 64

// tokenTriggers files the token rules' triggers by first byte; always
// holds, as bits by rule, the rules that any string triggers (no trigger,
// or an empty one).
type tokenTriggers struct {
	byFirst *[256][]triggerRef
	always  uint64
}

func buildTokenTriggers(rules []regexpRule) tokenTriggers {
	idx := tokenTriggers{byFirst: new([256][]triggerRef)}
	for i, r := range rules {
		if len(r.Triggers) == 0 {
			idx.always |= 1 << i
		}
		for _, t := range r.Triggers {
			if t == "" {
				idx.always |= 1 << i
				continue
			}
			idx.byFirst[t[0]] = append(idx.byFirst[t[0]], triggerRef{i, t})
		}
	}
	return idx
}

// triggeredTokens returns, as bits by rule, the token rules that lower,
// a lower-cased class and id string, holds a trigger of anywhere (a
// trigger may sit inside a token: "article__newsletter"), and those that
// have none. The string is read once, not once per trigger.
func (rs *ruleSet) triggeredTokens(lower string) uint64 {
	hit := rs.tokenTriggers.always
	for i := 0; i < len(lower); i++ {
		for _, t := range rs.tokenTriggers.byFirst[lower[i]] {
			if hit&(1<<t.rule) == 0 && strings.HasPrefix(lower[i:], t.text) {
				hit |= 1 << t.rule
			}
		}
	}
	return hit
}

// tokenTriggered reports whether lower holds one of the token rule's
// triggers anywhere: triggeredTokens for one rule.
func (r *regexpRule) tokenTriggered(lower string) bool {
	if len(r.Triggers) == 0 {
		return true
	}
	for _, t := range r.Triggers {
		if strings.Contains(lower, t) {
			return true
		}
	}
	return false
}

func containsWordStart(s, sub string) bool {
	if first, _ := utf8.DecodeRuneInString(sub); !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return strings.Contains(s, sub) // "@" starts no word
	}
	for off := 0; ; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return false
		}
		i += off
		if i == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
		off = i + 1
	}
}

// matchSentence checks one sentence against the sentence rules in rules
// (the indices of those its block triggered), ignoring a match that sits
// inside quotation marks (an article quoting a banner). hit is a buffer of
// len(rs.Sentences), all false, and is left so.
func (rs *ruleSet) matchSentence(s string, rules []int, hit []bool) (verdict, bool) {
	lower := strings.ToLower(s)
	rs.sentenceTriggers(lower, hit)
	defer clear(hit)
	for _, i := range rules {
		if !hit[i] {
			continue
		}
		r := &rs.Sentences[i]
		loc := r.re().FindStringIndexLower(s, lower)
		if loc == nil || insideQuotes(s, loc[0]) {
			continue
		}
		return verdict{r.Kind, r.Name}, true
	}
	return verdict{}, false
}

// insideQuotes reports whether position i of s is inside an open quotation.
func insideQuotes(s string, i int) bool {
	before := s[:i]
	open := strings.Count(before, "“") + strings.Count(before, "«") + strings.Count(before, "„")
	closed := strings.Count(before, "”") + strings.Count(before, "»")
	if open > closed {
		return true
	}
	return strings.Count(before, `"`)%2 == 1
}

// allButtonWords reports whether every word of text is a button label's.
func (rs *ruleSet) allButtonWords(text string) bool {
	words := strings.Fields(normalizeLabel(text))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !rs.buttonWords[w] {
			return false
		}
	}
	return true
}

// slugParts is the number of hyphen- or underscore-separated parts from
// which an id is a slug of text (a heading's anchor, "how-to-add-ads-to-
// your-shop") rather than a name a widget gives itself.
const slugParts = 5

// isSlugID reports whether id is a slug of text.
func isSlugID(id string) bool {
	return len(strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' })) >= slugParts
}

// matchToken checks an element's class and id against the token rules.
func (rs *ruleSet) matchToken(classID string, inArticle bool) (verdict, bool) {
	if classID == "" {
		return verdict{}, false
	}
	classID = strings.TrimSpace(classID)
	lower := strings.ToLower(classID)
	hit := rs.triggeredTokens(lower)
	for i := range rs.Tokens {
		r := &rs.Tokens[i]
		if (inArticle || !r.ArticleOnly) && hit&(1<<i) != 0 && r.re().MatchLower(classID, lower) {
			return verdict{r.Kind, r.Name}, true
		}
	}
	return verdict{}, false
}

// splitSentences cuts text after ., !, ? or … when the next word starts
// with a capital letter, a digit or a quotation mark.
func splitSentences(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.', '!', '?', '…':
		default:
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] == '"' || rs[j] == '”' || rs[j] == '\'' || rs[j] == ')') {
			j++
		}
		if j >= len(rs) || !unicode.IsSpace(rs[j]) {
			continue
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k < len(rs) && (unicode.IsUpper(rs[k]) || unicode.IsDigit(rs[k]) || strings.ContainsRune("\"“'(¿¡«", rs[k])) {
			if s := strings.TrimSpace(string(rs[start:j])); s != "" {
				out = append(out, s)
			}
			start = k
			i = k - 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}
