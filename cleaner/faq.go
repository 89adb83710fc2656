package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// A page's questions and answers. A guide or a review often ends with a
// FAQ, which its JSON-LD declares (schema.org's FAQPage and Question) and
// which readers read as the article's last part. It often sits in a
// section of its own after the story's container, or in accordions whose
// toggles are buttons, and readability leaves it out. When the page
// declares faqMinQuestions questions or more, the element that holds them
// on the page is found before extraction (the smallest one that holds at
// least half of them, outside menus, headers, forms and dialogs, and not
// much longer than the declared questions and answers: not the story's
// own container); when the extracted article holds none of the
// questions and none of its answers, a copy of it is added at the
// article's end, its collapsed answers shown.

// faqMinQuestions is the fewest declared questions that make a FAQ.
const faqMinQuestions = 2

// faqSlackWords is how much longer than the declared questions and
// answers (twice their words) the element holding them may be: a heading,
// an introduction, labels.
const faqSlackWords = 100

// findFAQ returns the element of doc that holds the page's declared
// questions, or nil; words is the length of the questions and answers.
func findFAQ(doc *html.Node, questions []string, words int) *html.Node {
	if len(questions) < faqMinQuestions {
		return nil
	}
	body := findFirst(doc, atom.Body)
	if body == nil {
		return nil
	}
	texts := map[*html.Node]string{}
	text := func(n *html.Node) string {
		t, ok := texts[n]
		if !ok {
			t = wordKey(nodeText(n))
			texts[n] = t
		}
		return t
	}
	var found []*html.Node
	for _, q := range questions {
		q = wordKey(q) // the JSON-LD and the element differ in quotes, punctuation and spaces
		if q == "" || !strings.Contains(text(body), q) {
			continue
		}
		n := body
		for {
			var next *html.Node
			for c := n.FirstChild; c != nil && next == nil; c = c.NextSibling {
				if c.Type == html.ElementNode && !skipAtoms[c.DataAtom] && strings.Contains(text(c), q) {
					next = c
				}
			}
			if next == nil {
				break
			}
			n = next
		}
		found = append(found, n)
	}
	if len(found) < faqMinQuestions || 2*len(found) < len(questions) {
		return nil
	}
	box := found[0]
	for _, f := range found[1:] {
		box = commonAncestor(box, f)
	}
	if box == nil || box == body || box.DataAtom == atom.Html {
		return nil
	}
	for a := box; a != nil; a = a.Parent {
		if a.DataAtom == atom.Nav || a.DataAtom == atom.Header || a.DataAtom == atom.Form || a.DataAtom == atom.Dialog || attr(a, "role") == "dialog" {
			return nil
		}
	}
	if fields.Count(nodeText(box)) > 2*words+faqSlackWords {
		return nil
	}
	return box
}

// addFAQ adds faq, a copy of the page's FAQ, at the end of the article
// root, its hidden answers shown and its toggles made plain elements,
// when root holds none of its questions and none of its blocks.
func addFAQ(root, faq *html.Node, questions []string) {
	have := wordKey(nodeText(root))
	for _, q := range questions {
		if q = wordKey(q); q != "" && strings.Contains(have, q) {
			return
		}
	}
	walkElements(faq, func(n *html.Node) bool {
		if hidden(n) {
			show(n)
		}
		if n.DataAtom == atom.Button {
			n.Data, n.DataAtom = "div", atom.Div
		}
		return true
	})
	asArticle(faq)
	for _, b := range leafBlocks(faq) {
		if t := wordKey(nodeText(b)); fields.Count(t) >= faqSeenWords && strings.Contains(have, t) {
			return // the answers are in the article: its questions would stand apart from them
		}
	}
	if wordKey(nodeText(faq)) != "" {
		root.AppendChild(faq)
	}
}

// faqSeenWords is the shortest block of the FAQ that counts as held by
// the article when the article holds its words.
const faqSeenWords = 5

// commonAncestor returns the deepest element that holds both a and b
// (either may hold the other), or nil.
func commonAncestor(a, b *html.Node) *html.Node {
	seen := map[*html.Node]bool{}
	for n := a; n != nil; n = n.Parent {
		seen[n] = true
	}
	for n := b; n != nil; n = n.Parent {
		if seen[n] {
			return n
		}
	}
	return nil
}
