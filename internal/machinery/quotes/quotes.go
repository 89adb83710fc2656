// Package quotes finds the quotations in a sentence, in the marks of the
// languages pith reads, so that a block can be judged by the words around
// what it quotes: a report that quotes a cookie banner is not one, and a
// story's "we" inside a quotation is not the publisher's.
package quotes

import (
	"strings"
	"unicode"
)

// pairs are the opening and closing quotation marks of a sentence: ”…”
// and »…» are Swedish and Finnish.
var pairs = [][2]rune{{'“', '”'}, {'„', '“'}, {'„', '”'}, {'«', '»'}, {'»', '«'}, {'»', '»'}, {'”', '”'}, {'"', '"'}, {'‹', '›'}, {'「', '」'}, {'‘', '’'}}

// openers are the first marks of pairs.
const openers = "“„«»”\"‹「‘"

// maxRunes bounds a quotation: an opening mark with no close within it is
// no quotation.
const maxRunes = 200

// Strip returns text with each quotation replaced by a space, and whether
// it held any. A closing mark before a letter is an apostrophe ("it’s"),
// not the end of a quotation.
func Strip(text string) (string, bool) {
	if !strings.ContainsAny(text, openers) {
		return text, false // most sentences: no rune to walk
	}
	var b strings.Builder
	rs := []rune(text)
	found := false
	for i := 0; i < len(rs); i++ {
		closeAt := -1
		for _, q := range pairs {
			if rs[i] != q[0] {
				continue
			}
			for j := i + 1; j < len(rs) && j-i <= maxRunes; j++ {
				if rs[j] == q[1] && (j+1 == len(rs) || !unicode.IsLetter(rs[j+1])) {
					closeAt = j
					break
				}
			}
			if closeAt > 0 {
				break
			}
		}
		if closeAt > 0 {
			found = true
			b.WriteRune(' ')
			i = closeAt
			continue
		}
		b.WriteRune(rs[i])
	}
	if !found {
		return text, false
	}
	return b.String(), true
}
