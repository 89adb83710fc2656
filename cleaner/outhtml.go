package cleaner

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderHTML renders the article under root as the record's html field,
// tidied: without readability's page wrapper (<div id="readability-page-1"
// class="page">), and without elements that hold nothing a reader sees,
// such as <meta itemprop> and <link>, or a <span>, <div> or <a> with no
// text and no picture, and without the site's class attributes, which
// readability is told to keep so that the article's own rules can read
// them. The text is made before, from the same tree; none of this changes
// it.
func renderHTML(root *html.Node) (string, error) {
	tidyOutput(root)
	var buf bytes.Buffer
	nodes := []*html.Node{root}
	if isPageWrapper(root) {
		nodes = nodes[:0]
		for c := root.FirstChild; c != nil; c = c.NextSibling {
			nodes = append(nodes, c)
		}
	}
	for _, n := range nodes {
		if err := html.Render(&buf, n); err != nil {
			return "", fmt.Errorf("cleaner: render html: %w", err)
		}
	}
	return strings.TrimSpace(buf.String()), nil
}

// isPageWrapper reports whether n is the div readability puts around the
// article.
func isPageWrapper(n *html.Node) bool {
	return n.Type == html.ElementNode && n.DataAtom == atom.Div && strings.HasPrefix(attr(n, "id"), "readability-page-")
}

// metadataAtoms are elements that carry data for machines, never for the
// reader, in an article's body.
var metadataAtoms = map[atom.Atom]bool{atom.Meta: true, atom.Link: true}

// emptiable are the elements that go when they hold no text and nothing
// that shows; inline ones among them leave a space if they held one.
var emptiable = map[atom.Atom]bool{
	atom.Div: true, atom.P: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Figure: true,
	atom.Figcaption: true, atom.Blockquote: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Center: true, atom.Address: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Span: true, atom.A: true, atom.B: true, atom.Strong: true, atom.I: true, atom.Em: true,
	atom.U: true, atom.S: true, atom.Small: true, atom.Font: true, atom.Mark: true, atom.Label: true,
	atom.Time: true, atom.Abbr: true, atom.Cite: true, atom.Sup: true, atom.Sub: true, atom.Q: true,
}

// inlineAtoms are the emptiable elements that sit inside a line of text.
var inlineAtoms = map[atom.Atom]bool{
	atom.Span: true, atom.A: true, atom.B: true, atom.Strong: true, atom.I: true, atom.Em: true,
	atom.U: true, atom.S: true, atom.Small: true, atom.Font: true, atom.Mark: true, atom.Label: true,
	atom.Time: true, atom.Abbr: true, atom.Cite: true, atom.Sup: true, atom.Sub: true, atom.Q: true,
}

// visibleAtoms show something without text.
var visibleAtoms = map[atom.Atom]bool{
	atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true, atom.Iframe: true,
	atom.Embed: true, atom.Object: true, atom.Svg: true, atom.Canvas: true, atom.Hr: true,
	atom.Table: true, atom.Input: true, atom.Math: true, atom.Pre: true,
}

// tidyOutput removes, under n, comments, the metadata elements and, from
// the leaves up, the emptiable elements left with nothing to show; runs of
// white space with a line break become one line break. It reports whether
// n itself shows something.
func tidyOutput(n *html.Node) bool {
	shows := false
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				shows = true
			} else if strings.Contains(c.Data, "\n") {
				c.Data = "\n" // indentation of the page's source; <pre> is not entered
			}
		case html.CommentNode:
			n.RemoveChild(c)
		case html.ElementNode:
			dropAttr(c, "class") // the site's styling; kept through extraction for the article's rules
			switch {
			case metadataAtoms[c.DataAtom]:
				n.RemoveChild(c)
			case visibleAtoms[c.DataAtom]:
				shows = true
			case tidyOutput(c):
				shows = true
			case emptiable[c.DataAtom]:
				if inlineAtoms[c.DataAtom] && c.FirstChild != nil {
					// It held white space or a line break between two
					// words: keep one.
					sep := &html.Node{Type: html.TextNode, Data: " "}
					if holdsBreak(c) {
						sep = &html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}
					}
					n.InsertBefore(sep, c)
				}
				n.RemoveChild(c)
			}
		}
		c = next
	}
	return shows
}

func holdsBreak(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Br || holdsBreak(c)) {
			return true
		}
	}
	return false
}
