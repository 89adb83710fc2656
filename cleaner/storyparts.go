package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/quickre"
)

// protectStoryParts keeps readability from dropping a part of the story
// that the site marks up like page chrome. Component systems wrap each
// paragraph of a story in a block of their own and name the block after
// its look: a Drupal "text-banner" paragraph, a Squarespace "banner-block",
// a Ghost card with a "popup-note" style, a Gutenberg cover block styled
// "header-banner". Readability drops such an element as an unlikely
// candidate before it scores anything, and drops an <aside> in the
// article, where a reporter's fact box sits.
//
// A part of the story is an element that holds prose (a paragraph or list
// item of proseRunWords words or more, mostly not links), sits next to a
// sibling that holds prose too, and whose parent is the story's element
// (the deepest that holds half of the page's prose) or that element's
// parent: one block in the story's run of blocks. Its chrome
// words are changed, in it and in the elements inside it that hold the
// prose; an <aside> among them, before the story's last paragraph, that
// holds a list of facts or prose, and few links, is read as a <div> and
// restored afterwards (restoreAsides).
//
// Words that name what a block holds rather than how it looks (comments,
// related stories, a sponsor, consent) are left to readability: such a
// block is not the story's, wherever it sits.
//
// protectStory calls it with the story's element (storyElement) and the
// prose each element holds (proseMap). A part sits in the story's element,
// or beside it when the story is split in two.
func protectStoryParts(doc, story *html.Node, prose map[*html.Node]int) {
	// The story's area, where a box of facts may sit: two levels above the
	// story's element (a page builder's column holds the story's module
	// and its facts' module), short of the page's own body.
	storyArea := story
	for range 2 {
		if p := storyArea.Parent; p != nil && p.DataAtom != atom.Body && p.DataAtom != atom.Html && p.DataAtom != atom.Main && p.Type == html.ElementNode {
			storyArea = p
		}
	}
	var parts, boxed []*html.Node
	inStory := func(n *html.Node) bool {
		p := n.Parent
		if p == nil || p != story && p != story.Parent && p.Parent != story {
			return false
		}
		return p.DataAtom != atom.Html && p.DataAtom != atom.Body && proseBeside(n, prose)
	}
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Figure && inStory(n) {
			// A photo's caption in the story's run of blocks is the
			// story's, though a gallery names it "popup-caption".
			if c := findFirst(n, atom.Figcaption); c != nil && chromeClass(c) {
				parts = append(parts, c)
			}
			return false
		}
		if storyBox(n) {
			facts := prose[n] == 0 && hasFactList(n) && findFirst(n, atom.A) == nil // a summary may close the story
			if inStory(n) && (proseAfter(n, prose) || facts) && (!blockKindWord.MatchString(attr(n, "class")+" "+attr(n, "id")) || unlinkedLines(n)) &&
				linkDensity(n) < 0.3 && findFirst(n, atom.Form) == nil && (hasFactList(n) || factLines(n) >= 3 || prose[n] > 0) {
				if facts {
					boxed = append(boxed, n) // a box of facts: read as a paragraph, as below
				} else {
					parts = append(parts, n)
				}
			}
			return false
		}
		if sideBlock(n, prose) && (inStory(n) || attached(n.Parent, storyArea)) {
			boxed = append(boxed, n)
			return false
		}
		if pullQuote(n) && inStory(n) {
			parts = append(parts, n)
			return false
		}
		quote := n.DataAtom == atom.Blockquote && wordsIn(n) >= quoteMinWords && linkDensity(n) < 0.3
		if prose[n] == 0 && !quote {
			return false
		}
		// A paragraph or a quotation among the story's paragraphs is the
		// story's whatever its class says, "comment-style-quote" too;
		// a block around paragraphs is judged by the words of its look.
		leaf := n.DataAtom == atom.P || n.DataAtom == atom.Blockquote
		if inStory(n) && (storyChrome(n) || leaf && chromeClass(n) || namedProse(n, prose)) {
			parts = append(parts, n)
		}
		return !leaf
	})
	for _, n := range boxed {
		// Readability keeps a sibling of its pick that scores, or a
		// paragraph with text; a box of facts or a quote's wrapper does
		// neither. Read as a paragraph, it is kept, and restored after
		// (restoreAsides).
		n.Attr = append(n.Attr, html.Attribute{Key: asideMark, Val: n.Data})
		n.DataAtom, n.Data = atom.P, "p"
		unscore(n)
	}
	for _, n := range parts {
		if n.DataAtom == atom.Aside {
			n.DataAtom, n.Data = atom.Div, "div"
			n.Attr = append(n.Attr, html.Attribute{Key: asideMark, Val: "aside"})
		}
		for i, a := range n.Attr {
			if a.Key == "role" && strings.EqualFold(a.Val, "complementary") {
				n.Attr[i].Key = "data-pith-role" // readability drops a complementary region
			}
		}
		unchrome(n)
		walkElements(n, func(c *html.Node) bool {
			if prose[c] == 0 && !hasFactList(c) {
				return false
			}
			names := attr(c, "class") + " " + attr(c, "id")
			// A wrapper that holds most of the part's prose keeps the
			// part's score: readability cleans a "promo-grid__item"
			// around its paragraphs away after its pick.
			wrapper := 2*prose[c] >= prose[n] && negativeWord.MatchString(names) && !blockKindWord.MatchString(names)
			if storyChrome(c) || wrapper {
				unchrome(c)
			}
			return true
		})
	}
}

// storyChrome reports whether readability would drop n for a class or id
// that says how it looks, not what it holds.
func storyChrome(n *html.Node) bool {
	return chromeClass(n) && !blockKindWord.MatchString(attr(n, "class")+" "+attr(n, "id"))
}

// blockKindWord are readability's unlikely words that name what a block
// holds: comments, other stories, a sponsor, a consent or age gate, ads,
// a pager.
var blockKindWord = quickre.MustCompile(`(?i)comment|disqus|replies|community|related|sponsor|gdpr|agegate|-ad-|ad-break|pagination|pager|rss|shoutbox|skyscraper|breadcrumbs`)

// namedProse reports whether n, named for a kind of block (a sponsor,
// related stories, a promo), holds the story's prose all the same:
// paragraphs of namedProseWords words or more, few links, and more of the
// story after it. Other stories and sponsors' notes are links or a line;
// comments come after the story, and are left to readability wherever
// they sit.
func namedProse(n *html.Node, prose map[*html.Node]int) bool {
	names := attr(n, "class") + " " + attr(n, "id")
	return prose[n] >= namedProseWords && (chromeClass(n) || negativeWord.MatchString(names)) && !commentWord.MatchString(names) &&
		linkDensity(n) < 0.1 && proseAfter(n, prose)
}

// sideBlock reports whether n is a <div> or <section> that holds no prose
// paragraph but a list of facts, and no link and no form: the figures of
// the story (a product box links to a shop).
func sideBlock(n *html.Node, prose map[*html.Node]int) bool {
	// The cheap tests first: the walk asks every element holding prose,
	// the page's wrappers included.
	if prose[n] != 0 || n.DataAtom != atom.Div && n.DataAtom != atom.Section {
		return false
	}
	return hasFactList(n) && findFirst(n, atom.A) == nil && findFirst(n, atom.Form) == nil
}

// pullQuote reports whether n is a wrapper, named like chrome or with a
// word readability scores down, of one quotation without a link: the
// story's pull quote, though its style is called "comments-style" or
// "teaser--quote" (readers' comments come with names and links).
func pullQuote(n *html.Node) bool {
	return n.DataAtom != atom.Blockquote && (chromeClass(n) || negativeWord.MatchString(attr(n, "class")+" "+attr(n, "id"))) &&
		wholly(n, atom.Blockquote) && findFirst(n, atom.A) == nil
}

// unscore changes, in n and the elements under it, every word of its
// class or id for which readability drops a block or lowers its score: a
// box of facts, which holds no prose, is cleaned away for a "widget" or
// "promo__list" class after readability's pick.
func unscore(n *html.Node) {
	lift := func(c *html.Node) {
		unchrome(c)
		for i, a := range c.Attr {
			if a.Key == "class" || a.Key == "id" {
				c.Attr[i].Val = scoreDownWord.ReplaceAllString(a.Val, "box")
			}
		}
	}
	lift(n)
	walkElements(n, func(c *html.Node) bool {
		lift(c)
		return true
	})
}

// scoreDownWord is readability's whole list of the words that lower a
// block's score for its class or id.
var scoreDownWord = quickre.MustCompile(`(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|meta|outbrain|promo|related|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget`)

// negativeWord are the words among readability's that lower a block's
// score for its class or id and name a box for what it sells or points to
// ("promo", "banner", "sponsor", "related", "share"): a story's block so
// named loses to a teaser, or is cleaned away after the pick. Readability's
// other such words name a place or a kind of component ("widget", "meta",
// "footer"), which page builders give to everything; lifting their penalty
// moved readability's pick on real pages.
var negativeWord = quickre.MustCompile(`(?i)promo|banner|sponsor|related|share`)

// namedProseWords is the prose a block named for its kind must hold to be
// read as the story's.
const namedProseWords = 40

// commentWord are readability's unlikely words for readers' comments.
var commentWord = quickre.MustCompile(`(?i)comment|disqus|replies|community|shoutbox`)

// proseBeside reports whether one of the element siblings next to n (two
// on each side) holds prose.
func proseBeside(n *html.Node, prose map[*html.Node]int) bool {
	seen := 0
	for s := n.PrevSibling; s != nil && seen < 2; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			seen++
			if prose[s] > 0 {
				return true
			}
		}
	}
	seen = 0
	for s := n.NextSibling; s != nil && seen < 2; s = s.NextSibling {
		if s.Type == html.ElementNode {
			seen++
			if prose[s] > 0 {
				return true
			}
		}
	}
	return false
}

// quoteMinWords: a quotation among the story's paragraphs of this many
// words or more is one of its parts, however short for a paragraph.
const quoteMinWords = 8

// storyBox reports whether n is a box readability drops whatever it holds:
// an <aside> or a complementary region, where a reporter's fact box sits.
func storyBox(n *html.Node) bool {
	return n.DataAtom == atom.Aside || strings.EqualFold(strings.TrimSpace(attr(n, "role")), "complementary")
}

// factLines counts the short lines of text under n (paragraphs and list
// items of one to factLineWords words, mostly not links): the figures of
// a fact box.
func factLines(n *html.Node) int {
	count := 0
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom != atom.P && c.DataAtom != atom.Li {
			return true
		}
		if w := wordsIn(c); w > 0 && w <= factLineWords && linkDensity(c) < 0.3 {
			count++
		}
		return false
	})
	return count
}

// factLineWords is the longest line of a fact box, in words.
const factLineWords = 25

// proseAfter reports whether a later sibling of n holds prose: n sits
// within the story, not after it.
func proseAfter(n *html.Node, prose map[*html.Node]int) bool {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if prose[s] > 0 {
			return true
		}
	}
	return false
}

// asideMark marks an element read as another, with its own tag as the
// value: an <aside> read as a <div>, a box of facts read as a <p>.
const asideMark = "data-pith-aside"

// restoreAsides turns the marked elements under root back into what they
// were: an <aside>, or a box read as a paragraph.
func restoreAsides(root *html.Node) {
	if root == nil {
		return
	}
	walkElements(root, func(n *html.Node) bool {
		tag := attr(n, asideMark)
		if dropAttr(n, asideMark) {
			if tag == "" || tag == "aside" {
				n.DataAtom, n.Data = atom.Aside, "aside"
			} else {
				n.DataAtom, n.Data = atom.Lookup([]byte(tag)), tag
			}
		}
		return true
	})
}

// storyElement returns the story's element in doc: the deepest that holds
// half of the prose, as proseMap counts it.
func storyElement(doc *html.Node, prose map[*html.Node]int, total int) *html.Node {
	story := doc
	for {
		var next *html.Node
		for c := story.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && 2*prose[c] >= total {
				next = c
				break
			}
		}
		if next == nil {
			return story
		}
		story = next
	}
}
