package cleaner

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// Subheading recovery. Readability joins to its best container only the
// siblings that score as content, so a subheading that a page builder wraps
// in a box of its own, between two boxes of the story's paragraphs, is
// dropped while the paragraphs around it are kept. The page's subheadings
// are noted before the page pass with the blocks right before and after
// them; after extraction, one whose two neighbours are consecutive blocks
// of the article comes back between them (the article's rules then judge it
// like any heading). A heading over a box the page pass removed (a list of
// links) has that box's first line after it, which is not the article's.

// subheadMaxWords is the longest subheading noted, in words.
const subheadMaxWords = 20

type subhead struct {
	text, prev, next string     // the heading's text, and the texts of the page's blocks around it
	node             *html.Node // a copy of the heading
}

// noteSubheads returns copies of the subheadings in doc that sit between
// two text blocks, with those blocks' texts: not an <h1>, nor a heading
// that says the title (the headline, which readability leaves out).
func noteSubheads(doc *html.Node, title string) []subhead {
	blocks := leafBlocks(doc)
	// The text of a block is read only near a heading: a page has many
	// blocks and few subheadings.
	texts := make([]*string, len(blocks))
	text := func(i int) string {
		if texts[i] == nil {
			t := collapseSpace(nodeText(blocks[i]))
			texts[i] = &t
		}
		return *texts[i]
	}
	headline := normalizeLabel(title)
	var out []subhead
	for i, b := range blocks {
		if !isHeading(b) || b.DataAtom == atom.H1 || hidden(b) {
			continue
		}
		t := text(i)
		if t == "" || fields.Count(t) > subheadMaxWords || normalizeLabel(t) == headline || linkDensity(b) > ledeMaxLinks {
			continue
		}
		p := i - 1
		for p >= 0 && text(p) == "" {
			p--
		}
		n := i + 1
		for n < len(blocks) && text(n) == "" {
			n++
		}
		if p < 0 || n == len(blocks) || isHeading(blocks[n]) {
			continue
		}
		out = append(out, subhead{text: t, prev: text(p), next: text(n), node: cloneTree(b)})
	}
	return out
}

// restoreSubheads puts back under root the noted headings whose blocks
// before and after are consecutive blocks of the article, and that the
// article lacks.
func restoreSubheads(root *html.Node, noted []subhead) {
	if len(noted) == 0 {
		return
	}
	// Most articles keep their subheadings: the article's headings alone
	// say whether any is missing, without the text of every block.
	have := map[string]bool{}
	walkElements(root, func(n *html.Node) bool {
		if isHeading(n) {
			have[collapseSpace(nodeText(n))] = true
			return false
		}
		return true
	})
	missing := noted[:0:0]
	for _, h := range noted {
		if !have[h.text] {
			missing = append(missing, h)
		}
	}
	if len(missing) == 0 {
		return
	}
	noted = missing
	l := layoutOf(root)
	at := map[string]int{} // a block's text, to its index (the first such)
	for i := len(l.texts) - 1; i >= 0; i-- {
		at[collapseSpace(l.texts[i])] = i
	}
	for _, h := range noted {
		i, ok := at[h.next]
		if !ok || i == 0 || collapseSpace(l.texts[i-1]) != h.prev {
			continue
		}
		if _, in := at[h.text]; in {
			continue
		}
		// Before the outermost element that opens with the block: a
		// heading goes before a list, not inside it before its first item.
		b := l.live[i]
		for b.Parent != root && b.Parent != nil && elementBefore(b) == nil {
			b = b.Parent
		}
		b.Parent.InsertBefore(h.node, b)
	}
}
