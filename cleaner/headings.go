package cleaner

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// protectHeadings hides from readability the <h2> subheadings whose words
// mostly repeat the title ("Why rest the dough?" under "… and why you should
// rest the dough"): readability drops the first heading that resembles the
// title, which is meant for the headline but takes a subheading when the
// headline sits outside the story. They become <h3> during extraction and
// restoreHeadings turns them back. The headline itself is left alone.
func protectHeadings(doc *html.Node, title string) {
	titleWords := wordSet(title)
	if len(titleWords) == 0 {
		return
	}
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.H2 {
			return true
		}
		text := nodeText(n)
		if normalizeLabel(text) == normalizeLabel(title) || similarity(titleWords, text) <= 0.75 {
			return false
		}
		n.DataAtom, n.Data = atom.H3, "h3"
		n.Attr = append(n.Attr, html.Attribute{Key: headingMark, Val: "h2"})
		return false
	})
}

// headingMark marks a protected heading. An attribute, not the node: when
// readability retries with looser settings it works on a copy of the page.
const headingMark = "data-pith-h2"

// restoreHeadings turns the protected headings under root back into <h2>,
// and gives the headings their anchors back (protectHeadingAnchors).
func restoreHeadings(root *html.Node) {
	if root == nil {
		return
	}
	walkElements(root, func(n *html.Node) bool {
		if dropAttr(n, headingMark) {
			n.DataAtom, n.Data = atom.H2, "h2"
		}
		renameAttr(n, anchorMark, "id")
		return true
	})
}

// protectHeadingAnchors keeps readability from dropping a subheading, or
// the section it heads, for its anchor. Readability removes an <h1> or <h2>
// whose class or id holds a word it reads as page chrome ("share",
// "related", "shopping", "meta", "contact", "tags"…), and any element whose
// id reads as an unlikely candidate ("community", "extra", "social"…). A
// subheading's id, or its section's, is often the heading's own words made
// an anchor for a table of contents: "How to share files safely" is
// id="how-to-share-files-safely". Such an id (anchorOf) is renamed
// anchorMark during extraction; restoreHeadings gives it back.
func protectHeadingAnchors(doc *html.Node) {
	walkElements(doc, func(n *html.Node) bool {
		id := attr(n, "id")
		if id == "" {
			return true
		}
		h := n
		if !isHeading(n) {
			h = leadingHeading(n)
		}
		if h == nil || !anchorOf(id, nodeText(h)) {
			return true
		}
		renameAttr(n, "id", anchorMark)
		return true
	})
}

// leadingHeading returns the heading n opens with: the first element under
// n that holds text, or the heading around it; nil when that is not a
// heading, or when no text comes within leadingMaxElements elements (a
// page of nested wrappers with ids is not walked once per wrapper).
func leadingHeading(n *html.Node) *html.Node {
	var found *html.Node
	done, seen := false, 0
	walkElements(n, func(c *html.Node) bool {
		if seen++; done || seen > leadingMaxElements {
			done = true
			return false
		}
		if isHeading(c) {
			found, done = c, true
			return false
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.TextNode && strings.TrimSpace(k.Data) != "" {
				done = true // text before any heading
				return false
			}
		}
		return true
	})
	return found
}

// leadingMaxElements is how far leadingHeading looks for a section's
// first text.
const leadingMaxElements = 32

// anchorMark holds a protected heading's id during extraction.
const anchorMark = "data-pith-id"

// anchorMinWords is the fewest words an id must have to be read as its
// heading's words: "comments" over "3 Comments" is a section's name.
const anchorMinWords = 3

// anchorOf reports whether id is text's words made an anchor: it has
// anchorMinWords words or more, and most of them are text's.
func anchorOf(id, text string) bool {
	ws := words(id)
	if len(ws) < anchorMinWords {
		return false
	}
	own := wordSet(text)
	in := 0
	for _, w := range ws {
		if own[w] {
			in++
		}
	}
	return 3*in >= 2*len(ws)
}

// protectContentBoxes keeps readability from dropping a part of the story
// that a theme's class names like page chrome: readability removes any
// element whose class says "header", "extra", "remark", "legends" or
// "supplemental" as an unlikely candidate, which takes a recipe card's
// times and yield, a review's spec list, or a guide's accordion of
// "pane-header-…" panes with it. Such an element has that class word
// changed when it is inside the <article> or <main> and holds a list of
// three or more plain-text items or a sentence of prose (a recipe card's
// summary, a step's tip in "step-supplemental", a note in "card-extra"),
// or when it holds a run of prose
// paragraphs (holdsProseRun) wherever it is. Site headers hold links, not
// plain facts or prose. The <html> and <body> elements, whose classes
// carry a theme's state ("avada-header-position-top"), are left alone.
//
// A heading is never a page header either, whatever its class ("Supply" in
// Substack's <h3 class="header-anchor-post">), so it loses the word too.
func protectContentBoxes(doc *html.Node) {
	walkElements(doc, func(n *html.Node) bool {
		class := attr(n, "class")
		if !headerWord.MatchString(class) {
			return true
		}
		if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
			return true // a theme's state, not an unlikely candidate
		}
		if !isHeading(n) && (n.DataAtom == atom.Header || !(inside(n, doc, atom.Article, atom.Main) && (hasFactList(n) || holdsProse(n)) || holdsProseRun(n))) {
			return true
		}
		for i, a := range n.Attr {
			if a.Key == "class" {
				n.Attr[i].Val = headerWord.ReplaceAllString(a.Val, "${1}box")
			}
		}
		return true
	})
}

// headerWord is a class word readability reads as page chrome, at the
// start of a class or after a hyphen, underscore or space.
var headerWord = quickre.MustCompile(`(?i)(^|[-_ ])(header|extra|remark|legends|supplemental)`)

// holdsProseRun reports whether n holds prose a page header never does:
// three or more paragraphs or list items of proseRunWords words or more,
// not mostly links. An accordion whose panes a theme marks
// "pane-header-…" is such an element.
func holdsProseRun(n *html.Node) bool {
	found := 0
	walkElements(n, func(c *html.Node) bool {
		if found >= 3 || c.DataAtom == atom.Form || c.DataAtom == atom.Nav {
			return false
		}
		if c.DataAtom == atom.P || c.DataAtom == atom.Li {
			if proseWords(c) > 0 {
				found++
			}
			return false
		}
		return true
	})
	return found >= 3
}

// proseRunWords is the length of a paragraph of prose, in words.
const proseRunWords = 20

// proseWords returns the words of the paragraph or list item n when it is
// prose: proseRunWords words or more, not mostly links; 0 otherwise.
func proseWords(n *html.Node) int {
	if n.DataAtom != atom.P && n.DataAtom != atom.Li {
		return 0
	}
	if w := wordsIn(n); w >= proseRunWords && linkDensity(n) < 0.3 {
		return w
	}
	return 0
}

// hasFactList reports whether n holds a list of three or more items that
// are mostly plain text, not links.
func hasFactList(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.DataAtom != atom.Ul && c.DataAtom != atom.Ol && c.DataAtom != atom.Dl {
			return true
		}
		items := 0
		for li := c.FirstChild; li != nil; li = li.NextSibling {
			if li.Type == html.ElementNode && textLen(li) > 0 {
				items++
			}
		}
		found = items >= 3 && linkDensity(c) < 0.3
		return false
	})
	return found
}

// similarity is the share of text's characters, in words, that are words of
// the title: readability's measure.
func similarity(titleWords map[string]bool, text string) float64 {
	total, shared := 0, 0
	for _, w := range words(text) {
		total += len(w)
		if titleWords[w] {
			shared += len(w)
		}
	}
	if total == 0 {
		return 0
	}
	return float64(shared) / float64(total)
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words(s) {
		m[w] = true
	}
	return m
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// protectStory keeps readability from dropping the story's own container
// because its class or id holds a word readability reads as chrome
// ("page-footer", "layout-with-sidebar", "hero-banner", "menucontainer"):
// an element that holds at least half of the page's prose, and some prose,
// is the story or holds it, whatever its class says. Readability would
// retry without its unlikely-candidate pass when the first pass finds
// little, but only then; a page with a longer teaser elsewhere loses the
// story. The element's chrome words are changed in its class and id.
//
// Nor is an inline element directly in a paragraph chrome (a quotation in
// <span class="contextmenu …">): readability would drop its words from
// the sentence.
//
// In the story's element, or its parent, the items of a list story on
// host are marked as content too (protectListItems).
func protectStory(doc *html.Node, host string) {
	walkElements(doc, func(n *html.Node) bool {
		if phrasing[n.DataAtom] && n.Parent != nil && n.Parent.DataAtom == atom.P && chromeClass(n) {
			unchrome(n) // words of a sentence ("contextmenu"), never page chrome
		}
		return true
	})
	prose, total := proseMap(doc)
	if total < storyPartsMinWords {
		return
	}
	if total >= storyMinWords {
		for n, w := range prose {
			if 2*w < total || n.DataAtom == atom.Html || n.DataAtom == atom.Body || !chromeClass(n) {
				continue
			}
			unchrome(n)
		}
	}
	story := storyElement(doc, prose, total)
	protectStoryParts(doc, story, prose)
	// A list story's items sit in the story's element or beside it; a
	// feed of other stories elsewhere on the page is not protected, nor
	// is anything when no element below the body holds the story.
	scope := story
	if scope.Type != html.ElementNode || scope.DataAtom == atom.Body || scope.DataAtom == atom.Html {
		return
	}
	if p := scope.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html {
		scope = p
	}
	protectListItems(scope, host)
}

// proseMap returns the prose words (proseWords) each element under doc
// holds, for those holding any, and the page's total.
func proseMap(doc *html.Node) (map[*html.Node]int, int) {
	prose := map[*html.Node]int{}
	var count func(n *html.Node) int
	count = func(n *html.Node) int {
		if w := proseWords(n); w > 0 {
			prose[n] = w
			return w
		}
		sum := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !skipAtom(c.DataAtom) {
				sum += count(c)
			}
		}
		if sum > 0 {
			prose[n] = sum
		}
		return sum
	}
	return prose, count(doc)
}

// unchrome changes the chrome words of n's class and id, and the words
// that lower its score.
func unchrome(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			n.Attr[i].Val = negativeWord.ReplaceAllString(unlikelyWord.ReplaceAllString(a.Val, "box"), "box")
		}
	}
}

// phrasing are the elements that mark words inside a paragraph.
var phrasing = map[atom.Atom]bool{atom.Span: true, atom.Em: true, atom.Strong: true, atom.B: true, atom.I: true,
	atom.U: true, atom.Mark: true, atom.Small: true, atom.Q: true, atom.Cite: true, atom.Abbr: true, atom.Time: true,
	atom.Font: true, atom.Sub: true, atom.Sup: true, atom.Code: true}

// wordsIn counts the words of n's text without building it: the words of
// each text node (a word split by inline markup counts twice, which a
// count of prose can bear).
func wordsIn(n *html.Node) int {
	if n.Type == html.TextNode {
		return fields.Count(n.Data)
	}
	if n.Type == html.ElementNode && skipAtom(n.DataAtom) {
		return 0
	}
	w := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w += wordsIn(c)
	}
	return w
}

// storyMinWords is the prose a page must hold for protectStory to judge
// what holds most of it: on a page with less, a sidebar can hold half of
// it. storyPartsMinWords is the prose a page must hold for its story's
// parts to be judged (protectStoryParts): a short story of four
// paragraphs and a box of facts.
const (
	storyMinWords      = 150
	storyPartsMinWords = 80
)

// unlikelyWord and maybeWord are readability's patterns for an element's
// class and id: an element matching the first and not the second is
// dropped as an unlikely candidate.
var (
	unlikelyWord = quickre.MustCompile(`(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote`)
	maybeWord    = quickre.MustCompile(`(?i)and|article|body|column|content|main|mathjax|shadow`)
)

// chromeClass reports whether readability would drop n as an unlikely
// candidate for its class and id.
func chromeClass(n *html.Node) bool {
	s := attr(n, "class") + " " + attr(n, "id")
	return unlikelyWord.MatchString(s) && !maybeWord.MatchString(s)
}
