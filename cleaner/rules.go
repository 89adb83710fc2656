package cleaner

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/andybalholm/cascadia"
)

// rulesJSON holds the boilerplate rules. They are data: to add a rule, add
// an entry with examples to rules.json; rules_test.go checks every rule
// against its own examples.
//
//go:embed rules.json
var rulesJSON []byte

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
	sel  cascadia.SelectorGroup
}

type regexpRule struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Lang     string   `json:"lang"`
	Pattern  string   `json:"pattern"`
	MaxWords int      `json:"maxWords"`
	Match    []string `json:"match"`
	Keep     []string `json:"keep"`
	re       *regexp.Regexp
}

type exactRule struct {
	Name  string   `json:"name"`
	Kind  string   `json:"kind"`
	Texts []string `json:"texts"`
	Match []string `json:"match"`
	Keep  []string `json:"keep"`
	set   map[string]bool
}

// ruleSet is the compiled form of rules.json.
type ruleSet struct {
	ruleFile
}

// loadRules compiles the embedded rules once. The rules are constant data,
// so a failure is a build defect, reported by rules_test.go.
var loadRules = sync.OnceValues(func() (*ruleSet, error) {
	return compileRules(rulesJSON)
})

func compileRules(data []byte) (*ruleSet, error) {
	var rf ruleFile
	if err := json.Unmarshal(data, &rf); err != nil {
		return nil, fmt.Errorf("cleaner: rules: %w", err)
	}
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
		sel, err := cascadia.ParseGroup(r.CSS)
		if err != nil {
			return nil, fmt.Errorf("cleaner: rule %s: %w", r.Name, err)
		}
		r.sel = sel
	}
	for _, list := range [][]regexpRule{rf.Tokens, rf.Patterns, rf.Sentences} {
		for i := range list {
			r := &list[i]
			if err := valid(r.Name, r.Kind); err != nil {
				return nil, err
			}
			re, err := regexp.Compile(r.Pattern)
			if err != nil {
				return nil, fmt.Errorf("cleaner: rule %s: %w", r.Name, err)
			}
			r.re = re
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
	return &ruleSet{rf}, nil
}

// normalizeLabel lower-cases s and drops punctuation and extra space, so
// "Accept »" and "accept" compare equal.
func normalizeLabel(s string) string {
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
	for _, r := range rs.Patterns {
		if r.MaxWords > 0 && words > r.MaxWords {
			continue
		}
		if r.re.MatchString(text) {
			return verdict{r.Kind, r.Name}, true
		}
	}
	return verdict{}, false
}

// matchSentence checks one sentence against the sentence rules, ignoring a
// match that sits inside quotation marks (an article quoting a banner).
func (rs *ruleSet) matchSentence(s string) (verdict, bool) {
	for _, r := range rs.Sentences {
		loc := r.re.FindStringIndex(s)
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

// matchToken checks an element's class and id against the token rules.
func (rs *ruleSet) matchToken(classID string) (verdict, bool) {
	if classID == "" {
		return verdict{}, false
	}
	for _, r := range rs.Tokens {
		if r.re.MatchString(classID) {
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
