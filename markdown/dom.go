package markdown

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// removeKeepingSpace removes n; when it sat between two pieces of text, a
// space takes its place so that they do not run together.
func removeKeepingSpace(n *html.Node) {
	p := n.Parent
	if p == nil {
		return
	}
	if n.PrevSibling != nil && n.NextSibling != nil && n.PrevSibling.Type == html.TextNode && n.NextSibling.Type == html.TextNode {
		p.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, n)
	}
	p.RemoveChild(n)
}

// removePruning removes n, then each ancestor left with no text and no
// picture, up to the root.
func removePruning(n *html.Node) {
	p := n.Parent
	if p == nil {
		return
	}
	removeKeepingSpace(n)
	for p.Parent != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && isEmpty(p) {
		up := p.Parent
		up.RemoveChild(p)
		p = up
	}
}

// isEmpty reports whether n holds no text and nothing that shows.
func isEmpty(n *html.Node) bool {
	return !hasText(n) && !hasDescendant(n, atom.Img, atom.Picture, atom.Hr, atom.Table)
}

// unwrap replaces n by its children.
func unwrap(n *html.Node) {
	p := n.Parent
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		p.InsertBefore(c, n)
		c = next
	}
	p.RemoveChild(n)
}

func hasDescendant(n *html.Node, atoms ...atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for _, a := range atoms {
			if c.DataAtom == a {
				return true
			}
		}
		if hasDescendant(c, atoms...) {
			return true
		}
	}
	return false
}

// textOf is the text under n, as it is, skipping what holds no text.
func textOf(n *html.Node) string {
	t, _ := textUpTo(n, -1)
	return t
}

// textUpTo is textOf read no further than about limit bytes (all of it
// when limit < 0); whole reports whether it is all of the text. Deep
// trees are asked about their first words many times over: the bound keeps
// that linear.
func textUpTo(n *html.Node, limit int) (text string, whole bool) {
	if n.Type == html.TextNode {
		return n.Data, true
	}
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				if limit >= 0 && b.Len() > limit {
					return false
				}
			case c.Type == html.ElementNode && !noContent[c.DataAtom]:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	whole = walk(n)
	return b.String(), whole
}

// hasText reports whether n holds any text but white space.
func hasText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	if n.Type != html.ElementNode || noContent[n.DataAtom] {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

func wordCount(s string) int { return fields.Count(s) }

// fewWords reports whether n's text has at most max words.
func fewWords(n *html.Node, max int) bool {
	t, whole := textUpTo(n, 64*max)
	return whole && wordCount(t) <= max
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}
