package markdown

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minGallery is the length of a run of linked pictures, with no text
// between them, that is taken for a gallery of thumbnails.
const minGallery = 3

// dropGalleries removes each run of minGallery or more links that hold a
// picture and no text, with nothing but white space between them: links to
// other pages (thumbnails of a gallery or of related stories) go, pictures
// linked to their own larger file stay, unlinked.
func dropGalleries(root *html.Node) {
	var run, drop []*html.Node
	end := func() {
		if len(run) >= minGallery {
			drop = append(drop, run...)
		}
		run = run[:0]
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					end()
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.A && hasDescendant(c, atom.Img, atom.Picture) && !hasText(c):
				run = append(run, c)
			case c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.DataAtom == atom.Table:
				end()
			default:
				walk(c)
			}
		}
	}
	walk(root)
	end()
	for _, a := range drop {
		if isImageFile(attr(a, "href")) {
			unwrap(a)
		} else {
			removePruning(a)
		}
	}
}

// isImageFile reports whether an address names a picture file by its
// extension.
func isImageFile(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	switch strings.ToLower(path.Ext(u.Path)) {
	case ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif":
		return true
	}
	return false
}

// fixLinks removes links with nothing to click (no text, no picture), and
// unwraps those that lead nowhere (no address, a fragment, javascript:) or
// from a picture to a picture file, or every link when all is set, keeping
// what they hold.
func fixLinks(n *html.Node, all bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			fixLinks(c, all)
			if c.DataAtom == atom.A {
				href := strings.TrimSpace(attr(c, "href"))
				switch {
				case !hasText(c) && !hasDescendant(c, atom.Img, atom.Picture):
					removePruning(c)
				case all || href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:"):
					unwrap(c)
				case isImageFile(href) && !hasText(c) && hasDescendant(c, atom.Img, atom.Picture):
					// A picture linked to its own larger file: the link
					// adds an address and nothing to read.
					unwrap(c)
				}
			}
		}
		c = next
	}
}
