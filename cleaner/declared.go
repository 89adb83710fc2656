package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// The story the page declares. Many news pages put the whole story in
// their JSON-LD (schema.org's articleBody) for search engines, while the
// HTML a script will fill holds none of it, or only the first lines: a
// page rendered in the browser, or one that sends its lead and fetches
// the rest. When readability finds no article, or one much shorter than
// the declared body, the declared body is the article: its paragraphs go
// through the same article pass and page-kind judgement as an extracted
// story. A page that declares its story not free to read
// (isAccessibleForFree false, schema.org's mark for paywalled text) keeps
// what its HTML shows: pith does not lift a paywall the publisher set.

// declaredMinWords is the fewest words a declared body must hold to stand
// in for the extraction: a shorter one is a teaser or a description.
const declaredMinWords = 80

// declaredShare: the declared body stands in when the extraction holds
// fewer than this share of its words.
const declaredShare = 1.0 / 3

// useDeclared reports whether the page's declared body should stand in for
// the extraction read (nil when there is none). The extraction's words are
// counted only on a page that declares a body.
func useDeclared(m *metadata, read *html.Node) bool {
	if m.body == "" || !m.bodyFree {
		return false
	}
	n := fields.Count(m.body)
	if n < declaredMinWords {
		return false
	}
	readWords := 0
	if read != nil {
		readWords = wordsIn(read)
	}
	return float64(readWords) < declaredShare*float64(n)
}

// declaredArticle returns the declared body as an article's root: a <div>
// of paragraphs, split at line breaks; a body written in HTML is parsed
// as such and prepared as an extracted container is.
func declaredArticle(body string) *html.Node {
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	if declaredInHTML(body) {
		nodes, err := html.ParseFragment(strings.NewReader(body), root)
		if err == nil {
			for _, n := range nodes {
				root.AppendChild(n)
			}
			return asArticle(root)
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: line})
		root.AppendChild(p)
	}
	return root
}

// declaredInHTML reports whether a declared body is written in HTML: it
// holds a paragraph or line-break tag.
func declaredInHTML(body string) bool {
	lower := strings.ToLower(body)
	return strings.Contains(lower, "<p>") || strings.Contains(lower, "<p ") || strings.Contains(lower, "<br")
}
