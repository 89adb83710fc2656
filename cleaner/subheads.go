package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// Subheading and table recovery. Readability joins to its best container
// only the siblings that score as content, so a subheading that a page
// builder wraps in a box of its own, between two boxes of the story's
// paragraphs, is dropped while the paragraphs around it are kept; so is a
// data table in a box of its own (a CMS's table element), whose cells are
// not paragraphs. The page's subheadings are noted before the page pass,
// and its data tables after it, with the blocks right before and after
// them; after extraction, one whose two neighbours are consecutive blocks
// of the article comes back between them (the article's rules then judge
// it like any heading or row). A heading over a box the page pass removed
// (a list of links) has that box's first line after it, which is not the
// article's; a table the page pass removed is not noted.

// subheadMaxWords is the longest subheading noted, in words.
const subheadMaxWords = 20

// tableMinRows is the fewest rows of cells a table noted holds.
const tableMinRows = 2

// A subhead is a heading or a data table noted for recovery.
type subhead struct {
	text, prev, next string     // the heading's text (a table's first row's), and the texts of the page's blocks around it
	node             *html.Node // a copy of the heading or the table
}

// noteSubheads returns copies of the subheadings in doc that sit between
// two text blocks, with those blocks' texts: not an <h1>, nor a heading
// that says the title (the headline, which readability leaves out).
func noteSubheads(doc *html.Node, title string) []subhead {
	pb := newPageBlocks(doc)
	headline := normalizeLabel(title)
	var out []subhead
	for i, b := range pb.blocks {
		if !isHeading(b) || b.DataAtom == atom.H1 || hidden(b) {
			continue
		}
		t := pb.text(i)
		if t == "" || fields.Count(t) > subheadMaxWords || normalizeLabel(t) == headline || linkDensity(b) > ledeMaxLinks {
			continue
		}
		p, n := pb.before(i), pb.after(i)
		if p < 0 || n == len(pb.blocks) || isHeading(pb.blocks[n]) {
			continue
		}
		out = append(out, subhead{text: t, prev: pb.text(p), next: pb.text(n), node: cloneTree(b)})
	}
	return out
}

// pageBlocks are a page's leaf blocks, whose collapsed texts are read only
// when asked for: a page has many blocks, and few of them are read, those
// near a heading or a table.
type pageBlocks struct {
	blocks []*html.Node
	texts  []*string
}

func newPageBlocks(doc *html.Node) *pageBlocks {
	blocks := leafBlocks(doc)
	return &pageBlocks{blocks: blocks, texts: make([]*string, len(blocks))}
}

func (pb *pageBlocks) text(i int) string {
	if pb.texts[i] == nil {
		t := collapseSpace(nodeText(pb.blocks[i]))
		pb.texts[i] = &t
	}
	return *pb.texts[i]
}

// before returns the index of the nearest block before i with text, or -1.
func (pb *pageBlocks) before(i int) int {
	for i--; i >= 0 && pb.text(i) == ""; i-- {
	}
	return i
}

// after returns the index of the nearest block after i with text, or
// len(pb.blocks).
func (pb *pageBlocks) after(i int) int {
	for i++; i < len(pb.blocks) && pb.text(i) == ""; i++ {
	}
	return i
}

// noteTables returns copies of the data tables in doc that sit between two
// text blocks, with those blocks' texts: tables whose rows are rows of
// cells (no paragraph or box inside a cell: a layout table is not one),
// tableMinRows of them or more, not hidden and not mostly links.
func noteTables(doc *html.Node) []subhead {
	if findFirst(doc, atom.Table) == nil {
		return nil // most pages: no walk of their blocks
	}
	pb := newPageBlocks(doc)
	var out []subhead
	for i := 0; i < len(pb.blocks); i++ {
		b := pb.blocks[i]
		if b.DataAtom != atom.Tr || !dataRow(b) {
			continue
		}
		table := b.Parent
		for table != nil && table.DataAtom != atom.Table {
			table = table.Parent
		}
		if table == nil {
			continue
		}
		// The table's rows are the blocks from i on that it holds.
		end, rows := i, 0
		for end < len(pb.blocks) && attached(pb.blocks[end], table) {
			if dataRow(pb.blocks[end]) {
				rows++
			}
			end++
		}
		first := pb.text(i)
		p, n := pb.before(i), pb.after(end-1)
		if rows < tableMinRows || first == "" || p < 0 || n == len(pb.blocks) || hidden(table) || linkDensity(table) > ledeMaxLinks {
			i = end - 1
			continue
		}
		next := pb.text(n)
		out = append(out, subhead{text: first, prev: pb.text(p), next: next, node: cloneTree(table)})
		// A table under its own heading, both in a box of their own, is
		// lost with it: the two come back together after the block before
		// the heading (the first noted that fits is restored).
		if h := p; isHeading(pb.blocks[h]) {
			if p = pb.before(h); p >= 0 {
				box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
				box.AppendChild(cloneTree(pb.blocks[h]))
				box.AppendChild(cloneTree(table))
				out = append(out, subhead{text: first, prev: pb.text(p), next: next, node: box})
			}
		}
		i = end - 1
	}
	return out
}

// restoreSubheads puts back under root the noted headings and tables whose
// blocks before and after are consecutive blocks of the article, and that
// the article lacks.
func restoreSubheads(root *html.Node, noted []subhead) {
	if len(noted) == 0 {
		return
	}
	// Most articles keep their subheadings and tables: the article's
	// headings and rows alone say whether any is missing, without the text
	// of every block.
	have := map[string]bool{}
	walkElements(root, func(n *html.Node) bool {
		if isHeading(n) || n.DataAtom == atom.Tr {
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
	done := map[[2]string]bool{} // a table and its heading's box share both
	for _, h := range noted {
		if done[[2]string{h.text, h.next}] {
			continue
		}
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
		done[[2]string{h.text, h.next}] = true
	}
}

// boldSubhead reports whether block b, of text, is a subheading set as a
// bold line rather than a heading: wholly bold, of two to
// boldSubheadMaxWords words opening with a letter or a digit, with no
// link and no closing stop, not a byline ("By Lena Park"), and with a
// long paragraph, next, under it, not a block of links (a "Don't miss"
// over a list of headlines is a box's label). The article's rules judge
// it as they do any heading; the classifier, which reads it as a short
// line in the story's middle, does not judge it.
func boldSubhead(b *html.Node, text string, next *html.Node) bool {
	t := strings.TrimSpace(text)
	if n := fields.Count(t); n < 2 || n > boldSubheadMaxWords || next == nil {
		return false // a word alone is a label ("RELATED", "Loading")
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".!?:;…,", r) {
		return false
	}
	if !wholly(b, atom.Strong, atom.B) || findFirst(b, atom.A) != nil || bylinePrefix.MatchString(t) {
		return false
	}
	return fields.Count(nodeText(next)) >= longBlockWords && linkDensity(next) < listMaxLinkShare
}

// boldSubheadMaxWords is the longest line boldSubhead takes, in words.
const boldSubheadMaxWords = 12
