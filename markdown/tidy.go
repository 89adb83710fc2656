package markdown

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tidy takes out of the article tree under root what reads as noise in
// Markdown, by structure alone: controls and players, screen-reader and
// credit furniture, empty links, galleries of linked thumbnails, captions
// left without a picture, lone labels, bold inside headings and headings
// with nothing under them. It also drops links or images when opts say so.
func tidy(root *html.Node, opts Options) {
	dropFurniture(root, false)
	if opts.OmitImages {
		dropImages(root)
	}
	dropGalleries(root)
	fixLinks(root, opts.OmitLinks)
	dropOrphanCaptions(root)
	dropFigureFurniture(root)
	foldCaptions(root)
	joinLabels(root)
	dropLoneLabels(root)
	unboldHeadings(root)
	dropOrphanHeadings(root)
}

// noContent are elements that carry no article text in Markdown.
var noContent = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true,
	atom.Source: true, atom.Track: true, atom.Canvas: true, atom.Button: true, atom.Input: true,
	atom.Select: true, atom.Textarea: true, atom.Form: true, atom.Meta: true, atom.Link: true,
	atom.Svg: true, atom.Dialog: true, atom.Menu: true,
}

// controlRoles are ARIA roles of controls and widgets, not of text.
var controlRoles = map[string]bool{
	"button": true, "toolbar": true, "dialog": true, "alertdialog": true, "progressbar": true,
	"slider": true, "menu": true, "menubar": true, "tablist": true, "search": true, "status": true,
}

// screenReaderOnly are class tokens that hide text from the eye and keep it
// for screen readers: a label such as "Image caption" glued to the caption.
var screenReaderOnly = map[string]bool{
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true, "off-screen": true,
	"offscreen": true, "screen-reader-text": true, "screen-reader-only": true, "screenreader-only": true,
	"element-invisible": true, "u-visually-hidden": true, "a11y-hidden": true,
}

// creditProps are schema.org properties of a picture's credit line.
var creditProps = map[string]bool{
	"copyrightholder": true, "copyrightnotice": true, "credittext": true, "copyrightyear": true,
}

// mediaWords mark a player as one for media when its class or id says so.
var mediaWords = map[string]bool{"media": true, "video": true, "audio": true, "podcast": true, "embed": true}

// maxFurnitureWords bounds the text of an element taken for a player's or a
// credit's furniture: more than that is article text whatever its class.
const maxFurnitureWords = 20

// dropFurniture removes, under n, the elements that are furniture rather
// than text; inFigure is set inside a figure or its caption, where text
// hidden from the eye or from screen readers is a label or a duplicate.
func dropFurniture(n *html.Node, inFigure bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else if c.Type == html.ElementNode {
			if isFurniture(c, inFigure) {
				removeKeepingSpace(c)
			} else {
				dropFurniture(c, inFigure || c.DataAtom == atom.Figure || c.DataAtom == atom.Figcaption)
			}
		}
		c = next
	}
}

func isFurniture(n *html.Node, inFigure bool) bool {
	if noContent[n.DataAtom] || hasAttr(n, "hidden") || controlRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	for _, p := range strings.Fields(strings.ToLower(attr(n, "itemprop"))) {
		if creditProps[p] {
			return true
		}
	}
	if inFigure {
		if attr(n, "aria-hidden") == "true" {
			return true
		}
		for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
			if screenReaderOnly[c] {
				return true
			}
		}
	}
	words := nameWords(n)
	if words["credit"] || words["credits"] || words["copyright"] {
		return fewWords(n, maxFurnitureWords)
	}
	if words["player"] {
		media := n.DataAtom == atom.Figure || hasDescendant(n, atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Iframe, atom.Object, atom.Embed)
		for w := range mediaWords {
			media = media || words[w]
		}
		return media && !hasDescendant(n, atom.Table) && fewWords(n, maxFurnitureWords)
	}
	return false
}

// nameWords splits n's class and id into lower-case words:
// "media-player__caption" gives media, player and caption.
func nameWords(n *html.Node) map[string]bool {
	s := attr(n, "class") + " " + attr(n, "id")
	if strings.TrimSpace(s) == "" {
		return nil
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words[w] = true
	}
	return words
}

// dropImages removes every picture; a figure that held one goes whole, its
// caption with it.
func dropImages(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch {
			case c.DataAtom == atom.Img || c.DataAtom == atom.Picture:
				removePruning(c)
			case c.DataAtom == atom.Figure && hasDescendant(c, atom.Img, atom.Picture):
				removePruning(c)
			default:
				dropImages(c)
			}
		}
		c = next
	}
}
