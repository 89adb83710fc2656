package markdown

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// unboldHeadings unwraps <b> and <strong> inside headings: a heading is
// already strong, and "## **x**" reads as noise.
func unboldHeadings(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			unboldHeadings(c)
			if (c.DataAtom == atom.B || c.DataAtom == atom.Strong) && insideHeading(c) {
				unwrap(c)
			}
		}
		c = next
	}
}

func insideHeading(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if headingLevel(p) > 0 {
			return true
		}
	}
	return false
}

// headingLevel is 1 to 6 for h1 to h6, else 0.
func headingLevel(n *html.Node) int {
	if n.Type != html.ElementNode {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// dropOrphanHeadings removes headings with nothing under them: those
// followed, in reading order, by the end of the article or by a heading of
// the same or a higher rank. It works from the end, so a heading whose
// only subsection was empty goes too.
func dropOrphanHeadings(root *html.Node) {
	// items is the reading order of headings and of content (text or a
	// picture or a table), as heading levels and 0.
	type item struct {
		n     *html.Node
		level int
	}
	var items []item
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if l := headingLevel(c); l > 0 {
				items = append(items, item{c, l})
				continue
			}
			switch {
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					items = append(items, item{c, 0})
				}
			case c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.DataAtom == atom.Table):
				items = append(items, item{c, 0})
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(root)
	next := 7 // the end: every heading is an orphan before it
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		switch {
		case it.level == 0:
			next = 0
		case next != 0 && next <= it.level || next == 7:
			removePruning(it.n)
		default:
			next = it.level
		}
	}
}
