package cleaner

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// protectHeadings hides from readability the <h2> subheadings whose words
// mostly repeat the title ("Why rest the dough?" under "… and why you should
// rest the dough"): readability drops the first heading that resembles the
// title, which is meant for the headline but takes a subheading when the
// headline sits outside the story. They become <h3> during extraction and
// restoreHeadings turns them back. The headline itself is left alone.
func protectHeadings(doc *html.Node, title string) map[*html.Node]bool {
	titleWords := wordSet(title)
	if len(titleWords) == 0 {
		return nil
	}
	protected := map[*html.Node]bool{}
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.H2 {
			return true
		}
		text := nodeText(n)
		if normalizeLabel(text) == normalizeLabel(title) || similarity(titleWords, text) <= 0.75 {
			return false
		}
		n.DataAtom, n.Data = atom.H3, "h3"
		protected[n] = true
		return false
	})
	return protected
}

// restoreHeadings turns the protected headings under root back into <h2>.
func restoreHeadings(root *html.Node, protected map[*html.Node]bool) {
	if len(protected) == 0 || root == nil {
		return
	}
	walkElements(root, func(n *html.Node) bool {
		if protected[n] {
			n.DataAtom, n.Data = atom.H2, "h2"
		}
		return true
	})
}

// similarity is the share of text's characters, in words, that are words of
// the title: readability's measure.
func similarity(titleWords map[string]bool, text string) float64 {
	total, shared := 0, 0
	for _, w := range words(text) {
		total += len(w)
		if titleWords[w] {
			shared += len(w)
		}
	}
	if total == 0 {
		return 0
	}
	return float64(shared) / float64(total)
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words(s) {
		m[w] = true
	}
	return m
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
