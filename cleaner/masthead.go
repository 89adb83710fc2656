package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A site's masthead (its name, its motto, a line of links) sits in a
// <header> above the story, outside the <article> or <main> that holds
// it. Readability keeps it when it takes the page's wrapper for the
// article: a personal blog's motto came out as the story's first line.
// The masthead is marked before extraction (markMastheads) and whatever
// of it the extracted article holds is removed after (stripMastheads).

// mastheadMark marks a masthead; readability drops tags' names and
// classes, an attribute survives.
const mastheadMark = "data-pith-masthead"

// mastheadMaxWords is the most text a masthead holds.
const mastheadMaxWords = 80

// markMastheads marks the page's mastheads: a <header>, or an element
// with role "banner", outside any <article> or <main>, that links to the
// site's home page and holds no <h1> or <h2> (the story's title may sit
// in a header of its own), no run of prose, and at most mastheadMaxWords
// words.
func markMastheads(doc *html.Node) {
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			return false
		}
		if n.DataAtom != atom.Header && !strings.EqualFold(attr(n, "role"), "banner") {
			return true
		}
		if n.DataAtom == atom.Body || !linksHome(n) || findFirst(n, atom.H1) != nil || findFirst(n, atom.H2) != nil || findFirst(n, atom.Article) != nil ||
			findFirst(n, atom.Main) != nil || holdsProseRun(n) || wordsIn(n) > mastheadMaxWords || hasAttr(n, mastheadMark) {
			return false
		}
		n.Attr = append(n.Attr, html.Attribute{Key: mastheadMark, Val: "1"})
		return false
	})
}

// stripMastheads removes the marked mastheads under root, as navigation.
func (s *stripper) stripMastheads(root *html.Node) {
	for _, n := range marked(root, mastheadMark) {
		if s.keep["nav"] {
			dropAttr(n, mastheadMark)
			continue
		}
		s.remove(n, verdict{"nav", "masthead"}, nodeText(n))
	}
}

// linksHome reports whether n holds a link to its site's home page: "/",
// "./", or an absolute address with an empty path.
func linksHome(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.DataAtom != atom.A {
			return true
		}
		href := strings.TrimSpace(attr(c, "href"))
		switch {
		case href == "/" || href == "./" || href == "/index.html":
			found = true
		case strings.HasPrefix(href, "http://") || strings.HasPrefix(href, "https://"):
			rest := href[strings.Index(href, "//")+2:]
			i := strings.IndexAny(rest, "/?#")
			found = i < 0 || rest[i:] == "/"
		}
		return false
	})
	return found
}
