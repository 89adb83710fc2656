package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// Lede recovery. Readability picks the container with the best paragraphs
// and sometimes leaves out the story's first paragraphs when they sit in a
// box of their own above it: an introduction before a product table, an
// excerpt block under the headline, a definition box. The blocks between
// the headline and the article's first block are noted before extraction;
// after it, those right before the article that read as prose are put back
// at its start (the article's text rules then judge them like any block).
// An opening may be a section of its own, an introduction with a
// subheading or two: a heading right above paragraphs that are put back
// comes back with them.
//
// An introduction may also sit above the byline: the story opens, then the
// author's name, the date and the reading time, then the container
// readability picks. A few such short lines are passed over, but what lies
// beyond them is put back only when it reads as the story's opening: two
// sentences or more (a deck is one), and not a box about a person (the
// author's bio sits with the byline).

// Lede thresholds.
const (
	ledeScan     = 40  // blocks after the headline that are noted
	ledeMax      = 12  // paragraphs put back at most (an opening section's, headings aside)
	ledeMinWords = 12  // a paragraph of prose has at least this many words
	ledeMaxLinks = 0.3 // and at most this share of its text in links
	ledeSkip     = 4   // shorter blocks (labels, buttons) are passed over
	// ledeSkipLines is how many short lines of ledeSkip words or more
	// (a byline, a date, a reading time) are passed over at most.
	ledeSkipLines = 6
)

// mediaClass names the boxes of photos and videos, whose text is a caption.
var mediaClass = quickre.MustCompile(`(?i)(^|[-_ ])(media|caption|credit|photo|image|img|gallery|video|figure)`)

type ledeBlock struct {
	text    string
	heading bool       // an <h1>–<h6>
	list    bool       // a <ul> or <ol> with few links, its items' text joined
	person  bool       // in a box about a person (aboutPerson)
	node    *html.Node // a copy, taken before readability changes the page; nil for a block under ledeMinWords words that is no heading
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
			if c.Type != html.ElementNode || skipAtom(c.DataAtom) {
				continue
			}
			if c == h1 {
				seen = true
				continue
			}
			if seen && (chromeAtoms[c.DataAtom] || hidden(c) || c.DataAtom == atom.Figure || c.DataAtom == atom.Figcaption ||
				c.DataAtom == atom.Ul || c.DataAtom == atom.Ol || c.DataAtom == atom.Blockquote || isTeaser(c) ||
				mediaClass.MatchString(attr(c, "class")+" "+attr(c, "id"))) {
				if (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) && !hidden(c) && linkDensity(c) <= ledeMaxLinks {
					// Noted, but put back only between paragraphs that
					// are (restoreLedes): a list of key points above the
					// story is not the lede.
					if t := collapseSpace(nodeText(c)); t != "" {
						out = append(out, ledeBlock{text: t, list: true, node: cloneTree(c)})
						if len(out) >= ledeScan {
							return false
						}
					}
				}
				continue // captions, lists of key points and standfirsts are not the lede
			}
			if seen && blockAtom(c.DataAtom) && !hasBlockChild(c) {
				if t := collapseSpace(nodeText(c)); t != "" {
					heading := isHeading(c)
					var copied *html.Node // only a block that may be put back (a paragraph long enough, a heading) is copied
					if heading || fields.Count(t) >= ledeMinWords {
						copied = cloneTree(c)
					}
					out = append(out, ledeBlock{text: t, heading: heading, person: aboutPerson(c), node: copied})
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
// paragraphs that came right before its first block on the page, with a
// list of few links that sat between two of them (or between them and the
// article).
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
		if b.text == first || sameBlockTrimmed(b.text, first) {
			at = i
			break
		}
	}
	if at <= 0 {
		return
	}
	joinDropCap(l.live[0], noted[at-1].text)
	in := map[string]bool{}
	for _, t := range l.texts {
		in[collapseSpace(t)] = true
	}
	var back []*html.Node
	skipped := 0 // short lines passed over: what lies beyond them must open the story
	paras := 0   // paragraphs in back
	// pending is a list right above what is put back so far: it comes
	// back only with the paragraph above it, as the story's list.
	var pending *html.Node
	for i := at - 1; i >= 0 && paras < ledeMax; i-- {
		b := noted[i]
		if b.list {
			if pending == nil && skipped == 0 && (len(back) > 0 || i == at-1) {
				pending = b.node
			}
			continue
		}
		words := fields.Count(b.text)
		if b.heading && len(back) > 0 && skipped == 0 && !in[b.text] && linkDensity(b.node) <= ledeMaxLinks {
			back = append(back, b.node) // the heading of the paragraphs below it (not a teaser's linked headline)
			continue
		}
		if words < ledeSkip {
			continue
		}
		if words < ledeMinWords && !b.heading && skipped < ledeSkipLines {
			skipped++
			continue
		}
		if in[b.text] || words < ledeMinWords || linkDensity(b.node) > ledeMaxLinks || b.heading {
			break
		}
		if skipped > 0 && (b.person || countSentences(b.text) < 2) {
			break
		}
		if pending != nil {
			back = append(back, pending)
			pending = nil
		}
		back = append(back, b.node)
		paras++
	}
	anchor := l.live[0]
	for anchor.Parent != nil && anchor.Parent != root {
		anchor = anchor.Parent
	}
	for i := len(back) - 1; i >= 0; i-- {
		p := back[i]
		if p.DataAtom != atom.P && !isHeading(p) {
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

// Standfirst recovery. A standfirst (a dek, a subtitle) that says more
// than the page's description is the article's first words, but it sits
// in the article's header, above the container readability picks. The
// first one after the headline is noted before extraction (a block whose
// class says standfirst, or an <h2> right after the <h1>) and put back at
// the article's start when the article lacks it. One that repeats the
// description was marked by markStandfirsts and stays out: the
// description holds it.

// Standfirst bounds, in words.
const (
	standfirstMinWords = 8
	standfirstMaxWords = 80
)

// noteStandfirst returns a copy of the standfirst that follows the page's
// first <h1> before the story's first paragraph of prose, or nil. The
// <h1> must be the headline, not the site's name (a blog's title linking
// home, with its tagline under it): it does not link home, and it says
// what the page's title says when that is known.
func noteStandfirst(doc *html.Node, title string) *html.Node {
	h1 := findFirst(doc, atom.H1)
	if h1 == nil || linksHome(h1) || title != "" && similarity(wordSet(title), nodeText(h1)) < 0.5 {
		return nil
	}
	var found *html.Node
	seen, done := false, false
	walkElements(doc, func(n *html.Node) bool {
		if done {
			return false
		}
		if n == h1 {
			seen = true
			return false
		}
		if !seen || skipAtom(n.DataAtom) {
			return true
		}
		if chromeAtoms[n.DataAtom] && n.DataAtom != atom.Header || hidden(n) {
			return false
		}
		if !blockAtom(n.DataAtom) || hasBlockChild(n) {
			return true
		}
		words := wordsIn(n)
		sub := (isTeaser(n) || n.DataAtom == atom.H2 && elementBefore(n) == h1) && !aboutPerson(n)
		switch {
		case sub && words >= standfirstMinWords && words <= standfirstMaxWords && linkDensity(n) <= ledeMaxLinks && !hasAttr(n, standfirstMark):
			found, done = cloneTree(n), true
		case words >= ledeMinWords && !isHeading(n):
			done = true // the story has begun
		}
		return false
	})
	return found
}

// personBox matches the class of a box about a person: a byline's pop-up
// with the author's bio is not the story's standfirst.
var personBox = quickre.MustCompile(`(?i)byline|author|contributor|editor|(^|[-_ ])bio([-_ ]|$)|popover|tooltip`)

// aboutPerson reports whether n sits in a link or in a box about a person,
// within four levels.
func aboutPerson(n *html.Node) bool {
	for p, k := n, 0; p != nil && k < 5; p, k = p.Parent, k+1 {
		if p.DataAtom == atom.A || personBox.MatchString(attr(p, "class")+" "+attr(p, "id")) {
			return true
		}
	}
	return false
}

// restoreStandfirst puts the noted standfirst sf at the start of the
// article under root, as a paragraph, unless the article holds its text.
func restoreStandfirst(root, sf *html.Node) {
	if root == nil || sf == nil {
		return
	}
	text := collapseSpace(nodeText(sf))
	if strings.Contains(collapseSpace(nodeText(root)), text) {
		return
	}
	l := layoutOf(root)
	if len(l.live) == 0 {
		return
	}
	anchor := l.live[0]
	for anchor.Parent != nil && anchor.Parent != root {
		anchor = anchor.Parent
	}
	p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
	for c := sf.FirstChild; c != nil; {
		next := c.NextSibling
		sf.RemoveChild(c)
		p.AppendChild(c)
		c = next
	}
	root.InsertBefore(p, anchor)
}

// joinDropCap puts back a drop cap set in an element of its own before
// the story's container: the block before the article's first block is
// one capital letter, and the article's first block starts with a small
// letter ("D", then "uring the pandemic…").
func joinDropCap(first *html.Node, before string) {
	r, size := utf8.DecodeRuneInString(before)
	if size == 0 || size != len(before) || !unicode.IsUpper(r) {
		return
	}
	t := firstText(first)
	if t == nil {
		return
	}
	trimmed := strings.TrimLeft(t.Data, " \t\n\r")
	if r2, _ := utf8.DecodeRuneInString(trimmed); !unicode.IsLower(r2) {
		return
	}
	t.Data = before + trimmed
}

// firstText is the first text node under n that is not blank, or nil.
func firstText(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return c
		}
		if t := firstText(c); t != nil {
			return t
		}
	}
	return nil
}

// sameBlockTrimmed reports whether the article's first block, with text
// first, is the noted block with text noted less a short tail: a paragraph
// left unclosed holds the button or label after it on the page, which the
// page pass removed before extraction.
func sameBlockTrimmed(noted, first string) bool {
	return fields.Count(first) >= ledeMinWords && strings.HasPrefix(noted, first) && fields.Count(noted[len(first):]) <= ledeSkip
}
