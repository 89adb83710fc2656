package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/quickre"
)

// Lede recovery. Readability picks the container with the best paragraphs
// and sometimes leaves out the story's first paragraphs when they sit in a
// box of their own above it: an introduction before a product table, an
// excerpt block under the headline, a definition box. The blocks between
// the headline and the article's first block are noted before extraction;
// after it, those right before the article that read as prose are put back
// at its start (the article's text rules then judge them like any block).

// Lede thresholds.
const (
	ledeScan     = 40  // blocks after the headline that are noted
	ledeMax      = 3   // paragraphs put back at most
	ledeMinWords = 12  // a paragraph of prose has at least this many words
	ledeMaxLinks = 0.3 // and at most this share of its text in links
	ledeSkip     = 4   // shorter blocks (labels, buttons) are passed over
)

// mediaClass names the boxes of photos and videos, whose text is a caption.
var mediaClass = quickre.MustCompile(`(?i)(^|[-_ ])(media|caption|credit|photo|image|img|gallery|video|figure)`)

type ledeBlock struct {
	text string
	node *html.Node // a copy, taken before readability changes the page
}

// noteLedes returns copies of the text blocks that follow the page's first
// <h1>, in document order.
func noteLedes(doc *html.Node) []ledeBlock {
	h1 := findFirst(doc, atom.H1)
	if h1 == nil {
		return nil
	}
	var out []ledeBlock
	seen := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool { // false stops the walk
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if c == h1 {
				seen = true
				continue
			}
			if seen && (chromeAtoms[c.DataAtom] || hidden(c) || c.DataAtom == atom.Figure || c.DataAtom == atom.Figcaption ||
				c.DataAtom == atom.Ul || c.DataAtom == atom.Ol || c.DataAtom == atom.Blockquote || isTeaser(c) ||
				mediaClass.MatchString(attr(c, "class")+" "+attr(c, "id"))) {
				continue // captions, lists of key points and standfirsts are not the lede
			}
			if seen && blockAtoms[c.DataAtom] && !hasBlockChild(c) {
				if t := collapseSpace(nodeText(c)); t != "" {
					out = append(out, ledeBlock{t, cloneTree(c)})
					if len(out) >= ledeScan {
						return false
					}
				}
				continue
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(doc)
	return out
}

// restoreLedes puts back at the start of the article under root the prose
// paragraphs that came right before its first block on the page.
func restoreLedes(root *html.Node, noted []ledeBlock) {
	if len(noted) == 0 {
		return
	}
	l := layoutOf(root)
	if len(l.texts) == 0 {
		return
	}
	first := collapseSpace(l.texts[0])
	at := -1
	for i, b := range noted {
		if b.text == first {
			at = i
			break
		}
	}
	if at <= 0 {
		return
	}
	in := map[string]bool{}
	for _, t := range l.texts {
		in[collapseSpace(t)] = true
	}
	var back []*html.Node
	for i := at - 1; i >= 0 && len(back) < ledeMax; i-- {
		b := noted[i]
		words := len(strings.Fields(b.text))
		if words < ledeSkip {
			continue
		}
		if in[b.text] || words < ledeMinWords || linkDensity(b.node) > ledeMaxLinks || isHeading(b.node) {
			break
		}
		back = append(back, b.node)
	}
	anchor := l.live[0]
	for anchor.Parent != nil && anchor.Parent != root {
		anchor = anchor.Parent
	}
	for i := len(back) - 1; i >= 0; i-- {
		p := back[i]
		if p.DataAtom != atom.P {
			p = &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p", FirstChild: nil}
			for c := back[i].FirstChild; c != nil; {
				next := c.NextSibling
				back[i].RemoveChild(c)
				p.AppendChild(c)
				c = next
			}
		}
		root.InsertBefore(p, anchor)
	}
}
