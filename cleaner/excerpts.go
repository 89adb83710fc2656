package cleaner

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// A list of other stories is often shown as cards: each gives a story's
// section, author or date and the start of its text, cut off with an
// ellipsis. Readability keeps such a list when it sits in the story's
// container, and its cards need not hold a link (a script opens them). A
// story's own paragraphs are not cut off that way, two in a row, each
// under a line of its own. A list story's items may be (events, courses,
// shops), but they link to other sites, are table rows, or are most of
// the story.

// Bounds of an excerpt card.
const (
	cardMinWords    = 10 // fewer is a button or a label, not a card
	excerptMinWords = 8  // fewer is a "Read more..." button, not a story's start
	cardMaxWords    = 80 // more is a section of the story
	cardMinRun      = 2  // cards side by side; one alone is not a list
	// cardMaxShare is the largest share of the article's words that the
	// cards may hold: more, and they are the article, a list.
	cardMaxShare = 0.5
)

// stripExcerptCards removes the runs of excerpt cards in root.
func (s *stripper) stripExcerptCards(root *html.Node) {
	if s.keep["related"] {
		return
	}
	inRun := map[*html.Node]bool{}
	var runs [][]*html.Node
	// scan finds the runs among n's children.
	scan := func(n *html.Node) {
		var run []*html.Node
		flush := func() {
			if len(run) >= cardMinRun {
				runs = append(runs, run)
				for _, c := range run {
					inRun[c] = true
				}
			}
			run = nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				flush()
				continue
			}
			if c.Type != html.ElementNode {
				continue
			}
			if !isExcerptCard(c, s.host) {
				flush()
				continue
			}
			if len(run) > 0 && run[0].DataAtom != c.DataAtom {
				flush() // cards of one list are alike
			}
			run = append(run, c)
		}
		flush()
	}
	scan(root)
	walkElements(root, func(n *html.Node) bool {
		if inRun[n] {
			return false
		}
		scan(n)
		return true
	})
	total, cards := fields.Count(nodeText(root)), 0
	for _, run := range runs {
		for _, c := range run {
			cards += fields.Count(nodeText(c))
		}
	}
	if float64(cards) > cardMaxShare*float64(total) {
		return
	}
	for _, run := range runs {
		for _, c := range run {
			s.remove(c, verdict{"related", "excerpt-cards"}, nodeText(c))
		}
	}
}

// isExcerptCard reports whether n is a card of another story of the site
// on host: a short box of two or more lines, one of which is a story's
// start cut off with an ellipsis (a date or a button may follow it), and
// which links to no other site.
func isExcerptCard(n *html.Node, host string) bool {
	switch n.DataAtom {
	case atom.P, atom.Blockquote, atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Table,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false
	}
	if w := wordsBesideControls(n, cardMaxWords); w < cardMinWords || w > cardMaxWords {
		return false
	}
	return textElements(n, 2) >= 2 && holdsExcerpt(n) && !linksOffSite(n, host)
}

// holdsExcerpt reports whether an element under n ends its text of
// excerptMinWords or more with an ellipsis.
func holdsExcerpt(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if ownText(c) {
			t := nodeText(c)
			found = hasEllipsis(t, true) && fields.Count(t) >= excerptMinWords
		}
		return !found
	})
	return found
}

// textElements counts the elements under n that hold text of their own,
// up to limit.
func textElements(n *html.Node, limit int) int {
	count := 0
	walkElements(n, func(c *html.Node) bool {
		if count >= limit {
			return false
		}
		if ownText(c) {
			count++
		}
		return true
	})
	return count
}

// ownText reports whether n has a text child that is not blank.
func ownText(n *html.Node) bool {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.TextNode && strings.TrimSpace(k.Data) != "" {
			return true
		}
	}
	return false
}

// linksOffSite reports whether n holds a link to a site other than host.
func linksOffSite(n *html.Node, host string) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A && !found {
			u, err := url.Parse(strings.TrimSpace(attr(c, "href")))
			found = err == nil && u.Host != "" && host != "" && hostName(u) != host
		}
		return !found
	})
	return found
}
