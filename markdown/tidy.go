package markdown

import (
	"net/url"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

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
	atom.Svg: true, atom.Math: true, atom.Dialog: true, atom.Menu: true,
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

// joinLabels writes a definition list whose terms are all labels
// ("Photo:", "Source:"), each with one definition, as lines "label
// definition": the converter would put each term and definition in a
// paragraph of its own, the label alone on a line.
func joinLabels(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Dl {
				if pairs := labelPairs(c); pairs != nil {
					for _, pr := range pairs {
						// <dt>Label:</dt><dd>x</dd> becomes <p>Label: x</p>.
						p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
						moveChildren(p, pr[0])
						p.AppendChild(&html.Node{Type: html.TextNode, Data: " "})
						moveChildren(p, pr[1])
						n.InsertBefore(p, c)
					}
					n.RemoveChild(c)
				}
			} else {
				joinLabels(c)
			}
		}
		c = next
	}
}

// labelPairs returns the (dt, dd) pairs of a definition list when every
// term is a label and has one definition; nil otherwise.
func labelPairs(dl *html.Node) [][2]*html.Node {
	var pairs [][2]*html.Node
	var dt *html.Node
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.Dt && dt == nil:
			t, whole := textUpTo(c, maxLabelBytes)
			t = strings.TrimSpace(t)
			if !whole || !strings.HasSuffix(t, ":") || wordCount(t) > maxLabelWords {
				return nil
			}
			dt = c
		case c.Type == html.ElementNode && c.DataAtom == atom.Dd && dt != nil:
			pairs = append(pairs, [2]*html.Node{dt, c})
			dt = nil
		default:
			return nil
		}
	}
	if dt != nil {
		return nil
	}
	return pairs
}

func moveChildren(to, from *html.Node) {
	for k := from.FirstChild; k != nil; {
		next := k.NextSibling
		from.RemoveChild(k)
		to.AppendChild(k)
		k = next
	}
}

// maxLabelWords bounds a lone label: "Photo:", "Source:", "Read more:".
const maxLabelWords = 3

// dropLoneLabels removes labels left with nothing to label: a block or a
// definition term whose whole text is a few words ending in a colon, with
// no text after it in its parent (what it labelled was removed).
func dropLoneLabels(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if isLoneLabel(c) {
				removePruning(c)
			} else {
				dropLoneLabels(c)
			}
		}
		c = next
	}
}

func isLoneLabel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Dt, atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Figcaption, atom.Li:
	default:
		return false
	}
	t, whole := textUpTo(n, maxLabelBytes)
	t = strings.TrimSpace(t)
	if !whole || !strings.HasSuffix(t, ":") || wordCount(t) > maxLabelWords || hasDescendant(n, atom.Img, atom.Picture) {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if hasText(s) {
			return false
		}
		if s.Type == html.ElementNode && (s.DataAtom == atom.Img || s.DataAtom == atom.Picture || s.DataAtom == atom.Table ||
			hasDescendant(s, atom.Img, atom.Picture, atom.Table)) {
			return false
		}
	}
	return true
}

// maxLabelBytes bounds the text read to tell a label: a few words.
const maxLabelBytes = 256

// unboldHeadings unwraps <b> and <strong> inside headings: a heading is
// already strong, and "## **x**" reads as noise.
func unboldHeadings(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			unboldHeadings(c)
			if (c.DataAtom == atom.B || c.DataAtom == atom.Strong) && insideHeading(c) {
				unwrap(c)
			}
		}
		c = next
	}
}

func insideHeading(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if headingLevel(p) > 0 {
			return true
		}
	}
	return false
}

// headingLevel is 1 to 6 for h1 to h6, else 0.
func headingLevel(n *html.Node) int {
	if n.Type != html.ElementNode {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// dropOrphanHeadings removes headings with nothing under them: those
// followed, in reading order, by the end of the article or by a heading of
// the same or a higher rank. It works from the end, so a heading whose
// only subsection was empty goes too.
func dropOrphanHeadings(root *html.Node) {
	// items is the reading order of headings and of content (text or a
	// picture or a table), as heading levels and 0.
	type item struct {
		n     *html.Node
		level int
	}
	var items []item
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if l := headingLevel(c); l > 0 {
				items = append(items, item{c, l})
				continue
			}
			switch {
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					items = append(items, item{c, 0})
				}
			case c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.DataAtom == atom.Table):
				items = append(items, item{c, 0})
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(root)
	next := 7 // the end: every heading is an orphan before it
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		switch {
		case it.level == 0:
			next = 0
		case next != 0 && next <= it.level || next == 7:
			removePruning(it.n)
		default:
			next = it.level
		}
	}
}

// removeKeepingSpace removes n; when it sat between two pieces of text, a
// space takes its place so that they do not run together.
func removeKeepingSpace(n *html.Node) {
	p := n.Parent
	if p == nil {
		return
	}
	if n.PrevSibling != nil && n.NextSibling != nil && n.PrevSibling.Type == html.TextNode && n.NextSibling.Type == html.TextNode {
		p.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, n)
	}
	p.RemoveChild(n)
}

// removePruning removes n, then each ancestor left with no text and no
// picture, up to the root.
func removePruning(n *html.Node) {
	p := n.Parent
	if p == nil {
		return
	}
	removeKeepingSpace(n)
	for p.Parent != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && isEmpty(p) {
		up := p.Parent
		up.RemoveChild(p)
		p = up
	}
}

// isEmpty reports whether n holds no text and nothing that shows.
func isEmpty(n *html.Node) bool {
	return !hasText(n) && !hasDescendant(n, atom.Img, atom.Picture, atom.Hr, atom.Table)
}

// unwrap replaces n by its children.
func unwrap(n *html.Node) {
	p := n.Parent
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		p.InsertBefore(c, n)
		c = next
	}
	p.RemoveChild(n)
}

func hasDescendant(n *html.Node, atoms ...atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for _, a := range atoms {
			if c.DataAtom == a {
				return true
			}
		}
		if hasDescendant(c, atoms...) {
			return true
		}
	}
	return false
}

// textOf is the text under n, as it is, skipping what holds no text.
func textOf(n *html.Node) string {
	t, _ := textUpTo(n, -1)
	return t
}

// textUpTo is textOf read no further than about limit bytes (all of it
// when limit < 0); whole reports whether it is all of the text. Deep
// trees are asked about their first words many times over: the bound keeps
// that linear.
func textUpTo(n *html.Node, limit int) (text string, whole bool) {
	if n.Type == html.TextNode {
		return n.Data, true
	}
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				if limit >= 0 && b.Len() > limit {
					return false
				}
			case c.Type == html.ElementNode && !noContent[c.DataAtom]:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	whole = walk(n)
	return b.String(), whole
}

// hasText reports whether n holds any text but white space.
func hasText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	if n.Type != html.ElementNode || noContent[n.DataAtom] {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// fewWords reports whether n's text has at most max words.
func fewWords(n *html.Node, max int) bool {
	t, whole := textUpTo(n, 64*max)
	return whole && wordCount(t) <= max
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}
