package markdown

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropOrphanCaptions removes the figures that no longer hold anything but
// a caption and a few words: the picture or player they described is gone.
func dropOrphanCaptions(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Figure && !figureHasBody(c) {
				removePruning(c)
			} else {
				dropOrphanCaptions(c)
			}
		}
		c = next
	}
}

// figureHasBody reports whether a figure holds something besides its
// caption: a picture, a table, a quote or code, or more text than a
// picture's furniture ("Image copyright Agency") holds.
func figureHasBody(fig *html.Node) bool {
	words := 0
	for c := fig.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			words += wordCount(c.Data)
		case c.Type != html.ElementNode || c.DataAtom == atom.Figcaption:
		case c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.DataAtom == atom.Table ||
			c.DataAtom == atom.Pre || c.DataAtom == atom.Blockquote:
			return true
		case hasDescendant(c, atom.Img, atom.Picture, atom.Table, atom.Pre, atom.Blockquote):
			return true
		default:
			words += wordCount(textOf(c))
		}
	}
	return words > maxFurnitureWords
}

// dropFigureFurniture removes, in each figure that holds a picture, the
// short text beside the picture outside its caption (a player's message,
// a "1 of 4" counter, an "Enlarge" button's label), and a label glued to
// the start of the caption with no space ("Image captionThe harbour"):
// text hidden from the eye runs into the caption that way.
func dropFigureFurniture(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Figure && hasDescendant(c, atom.Img, atom.Picture) {
				dropTextBeside(c)
				for k := c.FirstChild; k != nil; k = k.NextSibling {
					if k.Type == html.ElementNode && k.DataAtom == atom.Figcaption {
						dropGluedLabel(k)
					}
				}
			} else {
				dropFigureFurniture(c)
			}
		}
		c = next
	}
}

// dropTextBeside removes the text of fig outside its caption, quotes,
// tables, code and lists, when it is short.
func dropTextBeside(fig *html.Node) {
	var texts []*html.Node
	words := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if w := wordCount(c.Data); w > 0 {
					texts = append(texts, c)
					words += w
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Figcaption || c.DataAtom == atom.Blockquote || c.DataAtom == atom.Table ||
				c.DataAtom == atom.Pre || c.DataAtom == atom.Ul || c.DataAtom == atom.Ol:
			default:
				walk(c)
			}
		}
	}
	walk(fig)
	if words == 0 || words > maxFurnitureWords {
		return
	}
	for _, t := range texts {
		removePruning(t)
	}
}

// dropGluedLabel removes a caption's first element when it is a few words
// run into the text after it, letter against letter.
func dropGluedLabel(cap *html.Node) {
	first := cap.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || first.NextSibling == nil || first.NextSibling.Type != html.TextNode {
		return
	}
	label, after := textOf(first), first.NextSibling.Data
	if wordCount(label) == 0 || wordCount(label) > maxLabelWords || hasDescendant(first, atom.Img, atom.Picture) {
		return
	}
	last, _ := utf8.DecodeLastRuneInString(label)
	next, _ := utf8.DecodeRuneInString(after)
	if unicode.IsLetter(last) && unicode.IsLetter(next) {
		cap.RemoveChild(first)
	}
}

// foldCaptions moves each figure's caption into its picture's alt text,
// when the figure holds one picture with none, and drops the caption: the
// article's text leaves captions out, and the caption says what the picture
// shows.
func foldCaptions(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Figcaption {
				if img := onlyImage(c.Parent); img != nil && strings.TrimSpace(attr(img, "alt")) == "" {
					setAttr(img, "alt", oneLine(textOf(c)))
				}
				removePruning(c)
			} else {
				foldCaptions(c)
			}
		}
		c = next
	}
}

// onlyImage returns the one <img> under a figure, or nil when it holds
// none or several.
func onlyImage(fig *html.Node) *html.Node {
	if fig == nil || fig.DataAtom != atom.Figure {
		return nil
	}
	var found *html.Node
	n := 0
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		for c := x.FirstChild; c != nil && n < 2; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Figcaption {
				continue
			}
			if c.DataAtom == atom.Img {
				found = c
				n++
				continue
			}
			walk(c)
		}
	}
	walk(fig)
	if n != 1 {
		return nil
	}
	return found
}
