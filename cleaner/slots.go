package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page may wrap each paragraph of its story in a box of its own, with an
// empty ad or widget slot after it (<div><p>…</p><div id="slot-3"></div>
// </div>): the slot is filled by a script the cleaner does not run.
// Readability unwraps a box that holds one paragraph and nothing else, so
// that the paragraph counts as a paragraph of the box's parent, but the
// empty slot keeps the box whole: each paragraph then scores as a box of
// its own, too little to join the story, and the story's opening and end
// are lost around a block readability prefers. dropParagraphSlots removes
// such empty slots before readability runs, so that its own unwrapping
// sees a box with one paragraph.
func dropParagraphSlots(doc *html.Node) {
	var slots []*html.Node
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.Div && n.DataAtom != atom.Section {
			return true
		}
		var para *html.Node
		var empty []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
			case c.Type == html.ElementNode && c.DataAtom == atom.P && para == nil:
				para = c
			case c.Type == html.ElementNode && emptySlot(c):
				empty = append(empty, c)
			default:
				return true
			}
		}
		if para != nil && len(empty) > 0 {
			slots = append(slots, empty...)
		}
		return true
	})
	for _, s := range slots {
		s.Parent.RemoveChild(s)
	}
}

// emptySlot reports whether n is an element with no text and no media (as
// pruneEmpty reads them; both checks stop at the first they find): a
// placeholder that a script fills.
func emptySlot(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.Ins, atom.Aside, atom.Section:
	default:
		return false
	}
	return !hasWordChar(n) && !hasMedia(n)
}
