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
// protectStory calls it with the prose each element holds (proseMap).
func protectStoryParts(doc *html.Node, prose map[*html.Node]int, total int) {
	// The story's element is the deepest that holds half of the prose; a
	// part sits in it, or beside it when the story is split in two.
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
			break
		}
		story = next
	}
	var parts []*html.Node
	inStory := func(n *html.Node) bool {
		p := n.Parent
		if p == nil || p != story && p != story.Parent {
			return false
		}
		return p.DataAtom != atom.Html && p.DataAtom != atom.Body && proseBeside(n, prose)
	}
	walkElements(doc, func(n *html.Node) bool {
		if storyBox(n) {
			if inStory(n) && proseAfter(n, prose) && !blockKindWord.MatchString(attr(n, "class")+" "+attr(n, "id")) &&
				linkDensity(n) < 0.3 && findFirst(n, atom.Form) == nil && (hasFactList(n) || factLines(n) >= 3 || prose[n] > 0) {
				parts = append(parts, n)
			}
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
		if inStory(n) && (storyChrome(n) || leaf && chromeClass(n)) {
			parts = append(parts, n)
		}
		return !leaf
	})
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
			if storyChrome(c) {
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

// asideMark marks an <aside> read as a <div>.
const asideMark = "data-pith-aside"

// restoreAsides turns the marked elements under root back into <aside>.
func restoreAsides(root *html.Node) {
	if root == nil {
		return
	}
	walkElements(root, func(n *html.Node) bool {
		if dropAttr(n, asideMark) {
			n.DataAtom, n.Data = atom.Aside, "aside"
		}
		return true
	})
}
