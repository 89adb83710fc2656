package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// A list story (ten projects, twelve tools, the best shops) gives each item
// a heading that links to the item's page and a few lines about it.
// Readability drops any <div> whose class says nothing of content when a
// fifth of its text is links, which takes such an item whole when its
// description is short. A run of such items whose headings link mostly to
// other sites, in the story's element or beside it, is a list story's (a
// list of the site's own stories, which readability rightly drops, links
// within the site; an aggregator's feed of other sites' stories sits
// apart from its story): its elements get a class word readability reads
// as content.

// Bounds of a list story's item.
const (
	listItemMinRun   = 3   // items side by side
	listItemMaxWords = 150 // longer is a section, weighed by its prose
	listItemMinProse = 10  // the fewest words of an item's description
)

// listItemClass is the class word added to a list story's items and the
// boxes in them: readability weighs "entry" as content.
const listItemClass = "pith-entry"

// protectListItems marks the items of the list stories in scope, on host.
func protectListItems(scope *html.Node, host string) {
	walkElements(scope, func(n *html.Node) bool {
		var run, headings []*html.Node
		flush := func() {
			if len(run) >= listItemMinRun && mostlyOffSite(headings, host) {
				for _, it := range run {
					markListItem(it)
				}
			}
			run, headings = nil, nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				flush()
				continue
			}
			if c.Type != html.ElementNode {
				continue
			}
			if h := listItemHeading(c); h != nil {
				run, headings = append(run, c), append(headings, h)
			} else if hasWordChar(c) {
				flush() // an empty ad slot between two items does not end the run
			}
		}
		flush()
		return true
	})
}

// listItemHeading returns the heading of n when n is an item of a list
// story: a short box holding one heading, mostly a link, and a
// description of listItemMinProse words or more, mostly not links, that is
// not cut off with an ellipsis (a teaser's excerpt is).
func listItemHeading(n *html.Node) *html.Node {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Li:
	default:
		return nil
	}
	if w := wordsBesideControls(n, listItemMaxWords); w < listItemMinProse || w > listItemMaxWords {
		return nil
	}
	var heading *html.Node
	headings, described := 0, false
	walkElements(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4:
			headings++
			heading = c
			return false
		case atom.P, atom.Div:
			if ownText(c) {
				t := nodeText(c)
				if fields.Count(t) >= listItemMinProse && linkDensity(c) < 0.3 && !hasEllipsis(t, true) {
					described = true
				}
			}
		}
		return true
	})
	if headings != 1 || !described || linkDensity(heading) < 0.5 {
		return nil
	}
	return heading
}

// mostlyOffSite reports whether most of the items' headings link to other
// sites than host.
func mostlyOffSite(headings []*html.Node, host string) bool {
	off := 0
	for _, h := range headings {
		if linksOffSite(h, host) {
			off++
		}
	}
	return 2*off > len(headings)
}

// markListItem adds listItemClass to n and to the boxes in it.
func markListItem(n *html.Node) {
	mark := func(c *html.Node) {
		for i, a := range c.Attr {
			if a.Key == "class" {
				c.Attr[i].Val = strings.TrimSpace(a.Val + " " + listItemClass)
				return
			}
		}
		c.Attr = append(c.Attr, html.Attribute{Key: "class", Val: listItemClass})
	}
	mark(n)
	walkElements(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Div, atom.Section, atom.Article:
			mark(c)
		}
		return true
	})
}
