package cleaner

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A second opinion on readability's choice. Readability scores candidates
// paragraph by paragraph and sometimes settles on a part of the story: the
// introduction above a product table, a sponsor box, a recipe's summary. The
// text-dense container is found another way: from the body down, step into
// the child that holds most of the page's paragraph text, and stop where no
// child does. When readability's article holds much less text than that
// container, the container is the article.

// Thresholds of the second opinion.
const (
	// denseChildShare is the share of an element's paragraph text that one
	// child must hold for the walk to step into it.
	denseChildShare = 0.75
	// denseMinChars is the paragraph text, in non-space bytes, that the
	// container must hold for its opinion to count.
	denseMinChars = 1500
	// denseReadShare: readability's article is too short when it holds less
	// than this share of the container's paragraph text (so, with
	// denseMinChars, at least 600 bytes less).
	denseReadShare = 0.6
	// denseMaxLinks is the most of its text a container may hold in links.
	// A technical post links its logs, issues and pull requests in a third
	// of its prose (and its paragraph text, links aside, is then two
	// thirds of its text: denseMinPurity); at 0.3 and 0.7, a progress
	// report on wcxb-dev split into sections lost four fifths of its text
	// to readability's pick of one section. Loosened to 0.35 and 0.65, no
	// other page of wcxb-dev, the Scrapinghub set or the held-out sets
	// changed.
	denseMaxLinks = 0.35
	// denseMaxChars bounds the second opinion's cost: a container holding
	// more paragraph text than this (a megabyte) is not copied, and
	// readability's choice stands. Such pages are reports and logs, where
	// readability seldom errs, and a copy would raise the peak memory.
	denseMaxChars = 1 << 20
	// denseMaxTeasers is the most headings made of a link (a teaser's
	// headline) a container may hold: a list of other stories is not one.
	denseMaxTeasers = 2
	// denseMinPurity is the least share of a container's text that must be
	// paragraph text: a container that also holds menus, teaser cards and
	// labels is a page, not a story.
	denseMinPurity = 0.65
)

// paraAtoms are the elements whose text counts as paragraph text.
var paraAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Pre: true, atom.Blockquote: true, atom.Dd: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.Td: true,
}

// chromeAtoms are the elements whose text is never the story's.
var chromeAtoms = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Select: true,
}

// denseContainer returns the text-dense container of doc and its paragraph
// text, or nil when the page has too little paragraph text.
func (s *stripper) denseContainer(doc *html.Node) (*html.Node, int) {
	body := findFirst(doc, atom.Body)
	if body == nil || textLen(body) > 2*denseMaxChars {
		return nil, 0
	}
	para := map[*html.Node]int{}
	var walk func(n *html.Node) int
	walk = func(n *html.Node) int {
		sum := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || chromeAtoms[c.DataAtom] || hidden(c) || s.notStory(c) {
				continue
			}
			if paraAtoms[c.DataAtom] && !hasParaChild(c) {
				t := textLen(c) - linkTextLen(c)
				if t < 0 {
					t = 0
				}
				para[c] = t
				sum += t
				continue
			}
			sum += walk(c)
		}
		para[n] = sum
		return sum
	}
	total := walk(body)
	if total < denseMinChars {
		return nil, 0
	}
	n := body
	for {
		var next *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && float64(para[c]) >= denseChildShare*float64(para[n]) {
				next = c
				break
			}
		}
		if next == nil || paraAtoms[next.DataAtom] {
			break
		}
		n = next
	}
	if para[n] < denseMinChars || para[n] > denseMaxChars || linkDensity(n) > denseMaxLinks || float64(para[n]) < denseMinPurity*float64(textLen(n)) ||
		teaserHeadings(n, s.host) > denseMaxTeasers {
		return nil, 0
	}
	return n, para[n]
}

// notStory reports whether n's class or id names a comment thread or a
// list of other stories: text the second opinion must not count, however
// long (the page pass leaves such an element alone when it holds much of
// the page's text).
func (s *stripper) notStory(n *html.Node) bool {
	v, ok := s.matchToken(attr(n, "class")+" "+attr(n, "id"), false)
	return ok && (v.kind == "comments" || v.kind == "related")
}

// teaserHeadings counts the headings under n whose text is mostly a link
// to another page of the site on host (a list of the site's other
// stories). A heading that links elsewhere heads an item of a list story
// (a shop, a school, a tool), and one that links within the page is an
// anchor.
func teaserHeadings(n *html.Node, host string) int {
	count := 0
	walkElements(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if linkDensity(c) >= 0.5 && linksOnSite(c, host) {
				count++
			}
			return false
		}
		return true
	})
	return count
}

// linksOnSite reports whether n holds a link to another page of the site
// on host: a relative address, or one on that host.
func linksOnSite(n *html.Node, host string) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom != atom.A || found {
			return !found
		}
		href := strings.TrimSpace(attr(c, "href"))
		if href == "" || strings.HasPrefix(href, "#") {
			return true
		}
		u, err := url.Parse(href)
		found = err == nil && (u.Host == "" || host == "" || hostName(u) == host)
		return !found
	})
	return found
}

func hasParaChild(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if paraAtoms[c.DataAtom] {
			found = true
		}
		return !found
	})
	return found
}

// hidden reports whether n is hidden by its markup.
func hidden(n *html.Node) bool {
	if hasAttr(n, "hidden") {
		return true
	}
	if attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// tooShort reports whether readability's article, with text of read bytes,
// holds much less than the dense container's paragraph text.
func tooShort(read, dense int) bool {
	return float64(read) < denseReadShare*float64(dense)
}

// asArticle prepares a container taken by the second opinion the way
// readability leaves its article: without scripts, styles, forms, hidden
// elements and page chrome; an <aside> that holds a list of facts with
// few links stays.
func asArticle(n *html.Node) *html.Node {
	var drop []*html.Node
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom == atom.Aside && hasFactList(c) && linkDensity(c) < 0.3 && findFirst(c, atom.Form) == nil {
			return false // the story's box of facts, as protectStoryParts keeps it
		}
		if chromeAtoms[c.DataAtom] || hidden(c) || c.DataAtom == atom.Button || c.DataAtom == atom.Input {
			drop = append(drop, c)
			return false
		}
		return true
	})
	for _, c := range drop {
		c.Parent.RemoveChild(c)
	}
	return n
}
