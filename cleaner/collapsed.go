package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// Collapsed sections. A story, a guide or a review often folds its parts
// under headings that open with one click (an accordion, a "Show more"
// section, a FAQ): the text is in the page, hidden until the reader asks
// for it, and it is the article's. Readability skips hidden elements, so
// such a part is revealed before extraction when the page marks it as a
// collapsed section: it is the target of a button's aria-controls (or of
// the data-target a script reads), or it sits next to a button marked
// aria-expanded="false": after it (directly, or after the heading that
// holds the button), or before it, as the rest of a story does above its
// "Read more" button. It must hold prose, and sit outside the page's
// chrome (menus, headers, footers, asides, forms) and outside a dialog:
// a menu or a consent dialog, collapsed the same way, stays hidden.

// collapsedMinWords is the prose a collapsed section must hold: a
// paragraph or list item of at least this many words.
const collapsedMinWords = 8

// collapsedWrapperLevels is how many single-child wrappers above a
// collapsed panel may be the element that hides it.
const collapsedWrapperLevels = 2

// revealCollapsed shows the collapsed sections of doc.
func revealCollapsed(doc *html.Node) {
	// A page built of components can repeat an id (two accordions that
	// both number their panels from 0): each button's id names all of its
	// elements, and each is revealed on its own merits.
	ids := map[string][]*html.Node{}
	var buttons []*html.Node
	walkElements(doc, func(n *html.Node) bool {
		if chromeAtoms[n.DataAtom] || n.DataAtom == atom.Dialog || attr(n, "role") == "dialog" || attr(n, "aria-modal") == "true" {
			return false
		}
		if id := attr(n, "id"); id != "" {
			ids[id] = append(ids[id], n)
		}
		if n.DataAtom == atom.Button || attr(n, "role") == "button" {
			buttons = append(buttons, n)
		}
		return true
	})
	reveal := func(n *html.Node) {
		if n == nil || !holdsProse(n) {
			return
		}
		// The panel itself, or a wrapper that holds it alone (a
		// collapse animation's box around the panel) is what hides it.
		for w, up := n, 0; w != nil && up <= collapsedWrapperLevels; w, up = w.Parent, up+1 {
			if hidden(w) {
				show(w)
				return
			}
			if w.Parent == nil || !onlyElementChild(w.Parent, w) {
				return
			}
		}
	}
	for _, b := range buttons {
		if id := controlled(b); id != "" {
			for _, n := range ids[id] {
				reveal(n)
			}
			continue
		}
		if attr(b, "aria-expanded") == "false" {
			reveal(sectionAfter(b))
			reveal(sectionBefore(b))
		}
	}
	// Readability drops every <button>, and with it the question an
	// accordion's toggle holds: its answer would stand alone. A toggle
	// whose answer is shown becomes a plain element; one whose answer is
	// not in the page (a script fetches it) stays, so that no question
	// is kept without its answer.
	for _, b := range buttons {
		if !isQuestionToggle(b) {
			continue
		}
		panels := ids[controlled(b)]
		if len(panels) == 0 {
			panels = []*html.Node{sectionAfter(b)}
		}
		for _, p := range panels {
			if p != nil && !hidden(p) && wordsBesideControls(p, collapsedMinWords) >= collapsedMinWords && linkDensity(p) < 0.5 {
				b.Data, b.DataAtom = "div", atom.Div
				break
			}
		}
	}
}

// toggleMinWords is the shortest label of a question toggle: "Menu" and
// "Show more" open sections too, and say nothing of their own.
const toggleMinWords = 3

// isQuestionToggle reports whether b is the <button> that opens one part
// of an accordion or a FAQ and names it: it says what it opens
// (aria-expanded, aria-controls or a script's data-target) and holds a
// heading, or a label of toggleMinWords words or more that is a question.
func isQuestionToggle(b *html.Node) bool {
	if b.DataAtom != atom.Button || !hasAttr(b, "aria-expanded") && controlled(b) == "" {
		return false
	}
	label := collapseSpace(nodeText(b))
	if fields.Count(label) < toggleMinWords {
		return false
	}
	return strings.HasSuffix(label, "?") || strings.HasSuffix(label, "？") || findHeading(b)
}

// controlled returns the id of the element that button b opens: its
// aria-controls, or the data-target a script reads (Bootstrap's
// data-target="#rest", data-bs-target).
func controlled(b *html.Node) string {
	if ctl := strings.Fields(attr(b, "aria-controls")); len(ctl) > 0 {
		return ctl[0]
	}
	for _, key := range []string{"data-target", "data-bs-target"} {
		if t := strings.TrimPrefix(strings.TrimSpace(attr(b, key)), "#"); t != "" && !strings.ContainsAny(t, " .[>") {
			return t
		}
	}
	return ""
}

// sectionBefore returns the element before a "Read more" button b (or
// before the wrapper that holds only it): the rest of a story folded
// above the button that unfolds it.
func sectionBefore(b *html.Node) *html.Node {
	n := b
	if p := b.Parent; p != nil && onlyElementChild(p, b) {
		n = p
	}
	return elementBefore(n)
}

// sectionAfter returns the element that a disclosure button b opens: the
// element after it, or after the heading (or wrapper) that holds only it.
func sectionAfter(b *html.Node) *html.Node {
	n := b
	if p := b.Parent; p != nil && (isHeading(p) || onlyElementChild(p, b)) {
		n = p
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

func onlyElementChild(p, c *html.Node) bool {
	for s := p.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && s != c {
			return false
		}
	}
	return true
}

// holdsProse reports whether n holds a paragraph or list item of
// collapsedMinWords words or more, not mostly links.
func holdsProse(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if found || c.DataAtom == atom.Form || c.DataAtom == atom.Input {
			return false
		}
		if (c.DataAtom == atom.P || c.DataAtom == atom.Li) && fields.Count(nodeText(c)) >= collapsedMinWords && linkDensity(c) < 0.5 {
			found = true
		}
		return !found
	})
	return found
}

// show takes away what hides n: the hidden attribute, aria-hidden, and
// display:none or visibility:hidden in its style.
func show(n *html.Node) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			continue
		case "aria-hidden":
			if a.Val == "true" {
				continue
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				continue
			}
		}
		kept = append(kept, a)
	}
	n.Attr = kept
}
