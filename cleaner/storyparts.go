package cleaner

import (
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
func protectStoryParts(doc *html.Node) {
	prose := map[*html.Node]int{}
	var count func(n *html.Node) int
	count = func(n *html.Node) int {
		if w := proseWords(n); w > 0 {
			prose[n] = w
			return w
		}
		sum := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !skipAtoms[c.DataAtom] {
				sum += count(c)
			}
		}
		if sum > 0 {
			prose[n] = sum
		}
		return sum
	}
	total := count(doc)
	if total < storyMinWords {
		return
	}
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
		if n.DataAtom == atom.Aside {
			if inStory(n) && proseAfter(n, prose) && !blockKindWord.MatchString(attr(n, "class")+" "+attr(n, "id")) &&
				linkDensity(n) < 0.3 && findFirst(n, atom.Form) == nil && (hasFactList(n) || prose[n] > 0) {
				parts = append(parts, n)
			}
			return false
		}
		if prose[n] == 0 {
			return false
		}
		if storyChrome(n) && inStory(n) {
			parts = append(parts, n)
		}
		return true
	})
	for _, n := range parts {
		if n.DataAtom == atom.Aside {
			n.DataAtom, n.Data = atom.Div, "div"
			n.Attr = append(n.Attr, html.Attribute{Key: asideMark, Val: "aside"})
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
		for i, a := range n.Attr {
			if a.Key == asideMark {
				n.DataAtom, n.Data = atom.Aside, "aside"
				n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
				break
			}
		}
		return true
	})
}
