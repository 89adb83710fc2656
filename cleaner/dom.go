package cleaner

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func linkDensity(n *html.Node) float64 {
	total := textLen(n)
	if total == 0 {
		return 0
	}
	return float64(linkTextLen(n)) / float64(total)
}

// linkTextLen is the number of non-space bytes of text inside links under n.
func linkTextLen(n *html.Node) int {
	links := 0
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			links += textLen(c)
			return false
		}
		return true
	})
	return links
}

// outerLists returns the lists under root that no other list holds.
func outerLists(root *html.Node) []*html.Node {
	return outermost(root, func(n *html.Node) bool { return n.DataAtom == atom.Ul || n.DataAtom == atom.Ol })
}

// outermost returns the elements under root, in document order, for which
// match holds and that no such element holds.
func outermost(root *html.Node, match func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if match(n) {
			found = append(found, n)
			return false
		}
		return true
	})
	return found
}

func hasBlockChild(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if blockAtom(c.DataAtom) {
			found = true
		}
		return !found
	})
	return found
}

// leafBlocks returns the block elements under root that have no block
// element below them: the paragraphs, list items, headings and captions
// that carry the text.
func leafBlocks(root *html.Node) []*html.Node {
	var out []*html.Node
	var visit func(n *html.Node) bool // reports whether n holds a block
	visit = func(n *html.Node) bool {
		hasBlock := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtom(c.DataAtom) {
				continue
			}
			if visit(c) {
				hasBlock = true
			}
		}
		isBlock := n.Type == html.ElementNode && blockAtom(n.DataAtom) && n != root
		if isBlock && !hasBlock {
			out = append(out, n)
		}
		if hasBlock {
			// A container mixing blocks with inline elements: each inline
			// element with text is a block of its own (a dateline <span>).
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && !blockAtom(c.DataAtom) && !skipAtom(c.DataAtom) && !hasBlockChild(c) {
					out = append(out, c)
				}
			}
		}
		return hasBlock || isBlock
	}
	visit(root)
	return out
}

// sortByDocument orders nodes under root as they appear in the document.
func sortByDocument(root *html.Node, nodes []*html.Node) []*html.Node {
	want := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		want[n] = true
	}
	out := make([]*html.Node, 0, len(nodes))
	walkElements(root, func(c *html.Node) bool {
		if want[c] {
			out = append(out, c)
			return false
		}
		return true
	})
	return out
}

// pruneEmpty removes elements left with no text and no media.
func pruneEmpty(root *html.Node) {
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				visit(c)
				if blockAtom(c.DataAtom) && c.DataAtom != atom.Hr && !hasWordChar(c) && !hasMedia(c) {
					n.RemoveChild(c)
				}
			}
			c = next
		}
	}
	visit(root)
}

// hasWordChar reports whether the text under n holds a letter or a digit:
// a block left with only an emoji or a bullet once its text was removed
// goes too.
func hasWordChar(n *html.Node) bool {
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				found = hasWordText(c.Data)
			case html.ElementNode:
				if !skipAtom(c.DataAtom) {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return found
}

// hasWordText reports whether s holds a letter or a digit.
func hasWordText(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func hasMedia(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Iframe, atom.Svg, atom.Table, atom.Embed, atom.Object:
			found = true
		}
		return !found
	})
	return found
}

// walkElements calls fn for each element under n in document order; fn
// returns false to skip the element's children.
func walkElements(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if fn(c) {
			walkElements(c, fn)
		}
	}
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walkElements(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.DataAtom == a {
			found = c
			return false
		}
		return true
	})
	return found
}

func attached(n, root *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

func inside(n, root *html.Node, atoms ...atom.Atom) bool {
	for p := n.Parent; p != nil && p != root; p = p.Parent {
		for _, a := range atoms {
			if p.DataAtom == a {
				return true
			}
		}
	}
	return false
}

// verbatim reports whether n is, or sits in, a quotation or preformatted
// text under root: the story's words as written, which no rule judges
// ("Accept all cookies", quoted from a banner; a grid of dots and crosses
// that reads like a row of share icons).
func verbatim(n, root *html.Node) bool {
	return n.DataAtom == atom.Blockquote || inside(n, root, atom.Blockquote) || preformatted(n, root)
}

// preformatted reports whether n is, or sits in, a <pre>: a program, a
// terminal session, ASCII art.
func preformatted(n, root *html.Node) bool {
	return n.DataAtom == atom.Pre || inside(n, root, atom.Pre)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// dropAttr removes n's attribute key and reports whether n had it.
func dropAttr(n *html.Node, key string) bool {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			return true
		}
	}
	return false
}

// renameAttr gives n's attribute from the key to, keeping its value.
func renameAttr(n *html.Node, from, to string) {
	for i, a := range n.Attr {
		if a.Key == from {
			n.Attr[i].Key = to
		}
	}
}

// marked returns the elements under root that carry the attribute key,
// outermost first; those inside a marked element are not listed.
func marked(root *html.Node, key string) []*html.Node {
	var found []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if hasAttr(n, key) {
			found = append(found, n)
			return false
		}
		return true
	})
	return found
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textLen is the number of non-space bytes of text under n.
func textLen(n *html.Node) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				// strings.Count of one byte runs in vector code: four
				// passes cost less than one byte by byte.
				d := c.Data
				count += len(d) - strings.Count(d, " ") - strings.Count(d, "\n") - strings.Count(d, "\t") - strings.Count(d, "\r")
			case html.ElementNode:
				if !skipAtom(c.DataAtom) {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return count
}

// elementBefore returns the element sibling before n, or nil.
func elementBefore(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}
