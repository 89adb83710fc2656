package cleaner

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtom reports whether a is an element that starts a new paragraph
// in plain text. It and skipAtom are switches, not maps: the text walks ask
// them of every node of a page.
func blockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main,
		atom.Header, atom.Footer, atom.Aside, atom.Nav,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd,
		atom.Blockquote, atom.Pre, atom.Figure, atom.Figcaption,
		atom.Table, atom.Tr, atom.Hr, atom.Form, atom.Fieldset,
		atom.Details, atom.Summary, atom.Address, atom.Center,
		atom.Caption, atom.Thead, atom.Tbody, atom.Tfoot:
		return true
	}
	return false
}

// skipAtom reports whether a is an element that holds no readable text.
func skipAtom(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Svg, atom.Math, atom.Iframe, atom.Object,
		atom.Select, atom.Textarea, atom.Head:
		return true
	}
	return false
}

// renderText returns the plain text of n: paragraphs separated by a blank
// line, <br> as a line break, runs of white space collapsed; figure
// captions are left out.
func renderText(n *html.Node) string {
	return textOf(n, false, false)
}

// renderTextCaptions is renderText with the figures' captions.
func renderTextCaptions(n *html.Node) string {
	return textOf(n, true, false)
}

// textOf is the plain text of n, with the figures' captions when captions
// is set. With marks, list items are marked as plain text marks them: "- "
// before an item of a list, "3. " before the third item of a numbered one.
// That is the article's text, so that a step keeps its number and an item
// reads as one; the cleaner's judgements read the unmarked text, and
// article.CountWords does not count a mark.
func textOf(n *html.Node, captions, marks bool) string {
	var paras []string
	var cur strings.Builder
	// mark is written before the next text: a list item's bullet or number.
	mark := ""
	var next map[*html.Node]int // a numbered list's next item number
	if marks {
		next = map[*html.Node]int{}
	}
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if mark != "" && strings.TrimSpace(n.Data) != "" {
				if cur.Len() == 0 {
					cur.WriteString(mark)
				}
				mark = ""
			}
			if pre {
				cur.WriteString(n.Data)
				return
			}
			writeCollapsed(&cur, n.Data)
			return
		case html.ElementNode:
			if skipAtom(n.DataAtom) || n.DataAtom == atom.Figcaption && !captions {
				return
			}
			if n.DataAtom == atom.Br {
				trimTrailingSpace(&cur)
				cur.WriteByte('\n')
				return
			}
			if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				if cur.Len() > 0 {
					cur.WriteByte(' ')
				}
			}
			if marks && n.DataAtom == atom.Li {
				mark = itemMark(n, next)
			}
		}
		block := n.Type == html.ElementNode && blockAtom(n.DataAtom)
		if block {
			flush()
		}
		inPre := pre || n.DataAtom == atom.Pre
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inPre)
		}
		if block {
			flush()
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Li {
			mark = ""
		}
	}
	walk(n, false)
	for i, p := range paras {
		// Lines inside a paragraph come from <br>: trim each.
		lines := strings.Split(p, "\n")
		kept := lines[:0]
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				kept = append(kept, l)
			}
		}
		paras[i] = strings.Join(kept, "\n")
	}
	return strings.Join(paras, "\n\n")
}

// writeCollapsed writes s to b with each run of spaces (space, tab, line
// breaks, form feed, no-break space) as one space, and none at b's start
// or after a space or line break already there. Text between the spaces
// is copied a run at a time, not rune by rune: this is how every block's
// text is built. A byte that is not UTF-8 is written as U+FFFD, as
// ranging over the string would.
func writeCollapsed(b *strings.Builder, s string) {
	space := false
	start := -1 // where the current run of text began
	flush := func(end int) {
		if start >= 0 {
			b.WriteString(s[start:end])
			start = -1
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		width := 0 // of a space at i
		size := 1  // of the rune at i
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			width = 1
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			width = 2
		case c >= utf8.RuneSelf:
			var r rune
			if r, size = utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && size == 1 {
				flush(i)
				if space {
					writeSpace(b)
					space = false
				}
				b.WriteRune(utf8.RuneError)
				i++
				continue
			}
		}
		if width > 0 {
			flush(i)
			space = true
			i += width
			continue
		}
		if start < 0 {
			if space {
				writeSpace(b)
				space = false
			}
			start = i
		}
		i += size
	}
	flush(len(s))
	if space {
		writeSpace(b)
	}
}

// writeSpace writes one space to b, unless b is empty or ends with one.
func writeSpace(b *strings.Builder) {
	if b.Len() > 0 && !endsWithSpace(b) {
		b.WriteByte(' ')
	}
}

func endsWithSpace(b *strings.Builder) bool {
	s := b.String()
	return len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n')
}

func trimTrailingSpace(b *strings.Builder) {
	s := b.String()
	t := strings.TrimRight(s, " ")
	if len(t) != len(s) {
		b.Reset()
		b.WriteString(t)
	}
}

// nodeText is the collapsed text of n.
func nodeText(n *html.Node) string {
	return textSkipping(n, nil)
}

// textSkipping is the collapsed text of n without the elements under it
// that skip reports (nil: none).
func textSkipping(n *html.Node, skip func(*html.Node) bool) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			writeCollapsed(&b, n.Data)
			return
		}
		if n.Type == html.ElementNode && (skipAtom(n.DataAtom) || skip != nil && skip(n)) {
			return
		}
		if n.Type == html.ElementNode && (blockAtom(n.DataAtom) || n.DataAtom == atom.Br) && b.Len() > 0 && !endsWithSpace(&b) {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

// itemMark is the mark of the list item li in plain text: "- ", or "N. "
// for the Nth item of an ordered list (counted from its start attribute).
// next holds each ordered list's next number, so that the items of a long
// list, met in order, are not counted again each.
func itemMark(li *html.Node, next map[*html.Node]int) string {
	list := li.Parent
	if list == nil || list.DataAtom != atom.Ol {
		return "- "
	}
	num, seen := next[list]
	if !seen {
		num = 1
		if v, err := strconv.Atoi(strings.TrimSpace(attr(list, "start"))); err == nil {
			num = v
		}
		for c := list.FirstChild; c != nil && c != li; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				num++
			}
		}
	}
	next[list] = num + 1
	return strconv.Itoa(num) + ". "
}
