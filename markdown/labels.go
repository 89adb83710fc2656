package markdown

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// joinLabels writes a definition list whose terms are all labels
// ("Photo:", "Source:"), each with one definition, as lines "label
// definition": the converter would put each term and definition in a
// paragraph of its own, the label alone on a line.
func joinLabels(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Dl {
				if pairs := labelPairs(c); pairs != nil {
					for _, pr := range pairs {
						// <dt>Label:</dt><dd>x</dd> becomes <p>Label: x</p>.
						p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
						moveChildren(p, pr[0])
						p.AppendChild(&html.Node{Type: html.TextNode, Data: " "})
						moveChildren(p, pr[1])
						n.InsertBefore(p, c)
					}
					n.RemoveChild(c)
				}
			} else {
				joinLabels(c)
			}
		}
		c = next
	}
}

// labelPairs returns the (dt, dd) pairs of a definition list when every
// term is a label and has one definition; nil otherwise.
func labelPairs(dl *html.Node) [][2]*html.Node {
	var pairs [][2]*html.Node
	var dt *html.Node
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.Dt && dt == nil:
			t, whole := textUpTo(c, maxLabelBytes)
			t = strings.TrimSpace(t)
			if !whole || !strings.HasSuffix(t, ":") || wordCount(t) > maxLabelWords {
				return nil
			}
			dt = c
		case c.Type == html.ElementNode && c.DataAtom == atom.Dd && dt != nil:
			pairs = append(pairs, [2]*html.Node{dt, c})
			dt = nil
		default:
			return nil
		}
	}
	if dt != nil {
		return nil
	}
	return pairs
}

func moveChildren(to, from *html.Node) {
	for k := from.FirstChild; k != nil; {
		next := k.NextSibling
		from.RemoveChild(k)
		to.AppendChild(k)
		k = next
	}
}

// maxLabelWords bounds a lone label: "Photo:", "Source:", "Read more:".
const maxLabelWords = 3

// dropLoneLabels removes labels left with nothing to label: a block or a
// definition term whose whole text is a few words ending in a colon, with
// no text after it in its parent (what it labelled was removed).
func dropLoneLabels(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if isLoneLabel(c) {
				removePruning(c)
			} else {
				dropLoneLabels(c)
			}
		}
		c = next
	}
}

func isLoneLabel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Dt, atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Figcaption, atom.Li:
	default:
		return false
	}
	t, whole := textUpTo(n, maxLabelBytes)
	t = strings.TrimSpace(t)
	if !whole || !strings.HasSuffix(t, ":") || wordCount(t) > maxLabelWords || hasDescendant(n, atom.Img, atom.Picture) {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if hasText(s) {
			return false
		}
		if s.Type == html.ElementNode && (s.DataAtom == atom.Img || s.DataAtom == atom.Picture || s.DataAtom == atom.Table ||
			hasDescendant(s, atom.Img, atom.Picture, atom.Table)) {
			return false
		}
	}
	return true
}

// maxLabelBytes bounds the text read to tell a label: a few words.
const maxLabelBytes = 256
