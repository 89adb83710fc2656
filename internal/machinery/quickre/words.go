package quickre

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// wordSet is a pattern that is an alternation of plain words, alone
// ("(?i)banner|footer|menu") or between a class token's edges
// ("(?i)(^|[-_ ])(btn|button|cta)([-_ ]|$)"): the shape of the cleaner's
// class and id patterns, which are asked of every element of a page. On
// ASCII text it gives regexp's answer by looking the words up, which the
// backtracker did at many times the cost.
type wordSet struct {
	words []string
	// fold is set for a case-insensitive pattern; its words are then
	// lower-case and are looked for in the lower-cased text.
	fold bool
	// before and after require a token's edge on that side: the text's
	// start or end, or one of "-", "_", " ".
	before, after bool
	// The words are sorted by first byte, and those beginning with byte c
	// are words[first[c]:first[c+1]]: the text is read once, not once per
	// word.
	first [257]uint8
}

// Edges of a class token, as the patterns write them.
const (
	edgeBefore = `(^|[-_ ])`
	edgeAfter  = `([-_ ]|$)`
)

// parseWordSet returns the word set pattern is, or nil when it is any
// other shape.
func parseWordSet(pattern string) *wordSet {
	var w wordSet
	p := pattern
	if rest, ok := strings.CutPrefix(p, "(?i)"); ok {
		w.fold, p = true, rest
	}
	if rest, ok := strings.CutPrefix(p, edgeBefore); ok {
		w.before, p = true, rest
	}
	if rest, ok := strings.CutSuffix(p, edgeAfter); ok {
		w.after, p = true, rest
	}
	if inner, ok := strings.CutPrefix(p, "(?:"); ok {
		p, ok = strings.CutSuffix(inner, ")")
		if !ok {
			return nil
		}
	} else if inner, ok := strings.CutPrefix(p, "("); ok {
		p, ok = strings.CutSuffix(inner, ")")
		if !ok {
			return nil
		}
	} else if w.before || w.after {
		return nil // "(^|[-_ ])a|b" is "(^|[-_ ])a" or "b"
	}
	for word := range strings.SplitSeq(p, "|") {
		if word == "" {
			return nil
		}
		for i := 0; i < len(word); i++ {
			c := word[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == ' ' ||
				!w.fold && 'A' <= c && c <= 'Z') {
				return nil
			}
		}
		w.words = append(w.words, word)
	}
	if len(w.words) > math.MaxUint8 {
		return nil
	}
	slices.SortStableFunc(w.words, func(a, b string) int { return int(a[0]) - int(b[0]) })
	k := 0
	for c := range 256 {
		w.first[c] = uint8(k)
		for k < len(w.words) && int(w.words[k][0]) == c {
			k++
		}
	}
	w.first[256] = uint8(k)
	return &w
}

// match reports whether s, which is ASCII, matches; lower is s lower-cased,
// or "" to have it computed.
func (w *wordSet) match(s, lower string) bool {
	if w.fold {
		if lower == "" {
			lower = toLower(s)
		}
		s = lower
	}
	for i := 0; i < len(s); i++ {
		if w.before && i > 0 && !tokenEdge(s[i-1]) {
			continue
		}
		c := s[i]
		for _, word := range w.words[w.first[c]:w.first[int(c)+1]] {
			end := i + len(word)
			if strings.HasPrefix(s[i:], word) && (!w.after || end == len(s) || tokenEdge(s[end])) {
				return true
			}
		}
	}
	return false
}

func tokenEdge(c byte) bool { return c == '-' || c == '_' || c == ' ' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
