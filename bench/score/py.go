// Package score ports the two official scorers of pith's benchmarks to Go:
// ../shared/tools/aeb_eval.py (word 4-gram shingles, AEB) and
// ../shared/tools/bow_eval.py (bag of words, WITH and WITHOUT, WCXB).
//
// The ports follow the Python scripts step by step, including Python's
// string semantics: \w is Python's Unicode word class, str.lower() handles
// U+0130 and the final sigma, and str.split() splits on Python's whitespace.
package score

import (
	"strings"
	"unicode"
)

// isWord reports whether r is in Python's \w for str patterns: alphanumeric
// (str.isalnum: letters L*, and numbers N*) or the underscore. Combining marks
// are not word characters, as in Python.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isSpace reports whether r is whitespace for Python's str.split() and
// str.strip(): Go's unicode.IsSpace plus U+001C..U+001F, which Python counts
// as separators.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// Words returns the maximal runs of Python \w characters in s, as
// re.findall(r"\w+", s) does.
func Words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// split is Python's str.split() with no argument.
func split(s string) []string {
	return strings.FieldsFunc(s, isSpace)
}

// strip is Python's str.strip() with no argument.
func strip(s string) string {
	return strings.TrimFunc(s, isSpace)
}

// Lower is Python's str.lower(): the simple lower-case mapping, except that
// U+0130 becomes "i\u0307" and a capital sigma in final position becomes ς.
func Lower(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		switch {
		case r == 0x130:
			b.WriteString("i\u0307")
		case r == 0x3a3:
			if finalSigma(rs, i) {
				b.WriteRune(0x3c2)
			} else {
				b.WriteRune(0x3c3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma is CPython's handle_capital_sigma: the sigma at i follows a
// cased letter (skipping case-ignorable characters) and no cased letter
// follows it (skipping the same).
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

// cased is Unicode's Cased property.
func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// caseIgnorable is Unicode's Case_Ignorable property: Mn, Me, Cf, Lm, Sk, and
// the Word_Break classes MidLetter, MidNumLet and Single_Quote.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
