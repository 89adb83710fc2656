package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
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
				if c.Type == html.ElementNode && !skipAtom(c.DataAtom) && strings.Contains(text(c), q) {
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

// A FAQ the page does not declare. Many pages put their questions and
// answers under a heading that says what they are ("FAQ", "Frequently
// asked questions", "Häufige Fragen") without JSON-LD. Such a section is
// found by that heading, outside the page's chrome (an aside's FAQ is the
// site's): the smallest element around it (a few levels up) that holds,
// after it, at least faqMinQuestions questions, and no more than
// faqLabelledMaxWords words. It is then added as a declared FAQ is, with
// the same checks: only when the article holds none of its questions and
// none of its blocks.

// faqLabel matches a heading naming a FAQ section, in the languages the
// cleaner knows. It is compiled only when a heading holds one of its
// words.
var faqLabel = quickre.MustCompile(`(?i)(^|[^\pL\pN])(faqs?|q ?& ?a)([^\pL\pN]|$)|frequently asked questions|common questions|` +
	`häufig(e|en)? (gestellte )?fragen|questions (fréquentes|courantes)|foire aux questions|preguntas (más )?frecuentes|` +
	`domande frequenti|veelgestelde vragen|perguntas frequentes|często zadawane pytania|vanliga frågor|` +
	`ofte stillede spørgsmål|ofte stilte spørsmål|usein kysytyt kysymykset|întrebări frecvente|` +
	`s[ıi]kça sorulan sorular|gyakori kérdések|často kladené dotazy|najczęstsze pytania`)

const (
	// faqLabelMaxWords is the longest heading read as a FAQ's label
	// ("Frequently asked questions about online degrees").
	faqLabelMaxWords = 10
	// faqQuestionMaxWords is the longest question.
	faqQuestionMaxWords = 30
	// faqLabelledMaxWords bounds the section: more is a page.
	faqLabelledMaxWords = 3000
	// faqLabelLevels is how far above its heading the section may start.
	faqLabelLevels = 4
)

// labelledFAQ returns the element of doc holding a FAQ under a heading
// that names it, and its questions; nil when there is none.
func labelledFAQ(doc *html.Node) (*html.Node, []string) {
	body := findFirst(doc, atom.Body)
	if body == nil {
		return nil, nil
	}
	var box *html.Node
	var questions []string
	walkElements(body, func(n *html.Node) bool {
		if box != nil {
			return false
		}
		switch n.DataAtom {
		case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Dialog, atom.Script, atom.Style, atom.Template:
			return false // a site's own FAQ sits in its chrome
		case atom.H2, atom.H3, atom.H4:
		default:
			return true
		}
		label := nodeText(n)
		if fields.Count(label) > faqLabelMaxWords || !faqLabel.MatchString(label) {
			return false
		}
		up := n
		for range faqLabelLevels {
			if up = up.Parent; up == nil || up == body {
				break
			}
			if fields.Count(nodeText(up)) > faqLabelledMaxWords {
				break
			}
			if qs := questionsAfter(up, n); len(qs) >= faqMinQuestions {
				box, questions = up, qs
				break
			}
		}
		return false
	})
	return box, questions
}

// questionsAfter returns the questions under box that come after the
// heading label: the innermost elements whose whole text is a question of
// at most faqQuestionMaxWords words.
func questionsAfter(box, label *html.Node) []string {
	var qs []string
	after := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c == label {
				after = true
				continue
			}
			if c.Type != html.ElementNode || skipAtom(c.DataAtom) {
				continue
			}
			if after && isQuestion(c) {
				qs = append(qs, questionText(c))
				continue
			}
			walk(c)
		}
	}
	walk(box)
	return qs
}

// questionText is n's text without its icons (an icon font's ligature,
// "chevron_right", is text).
func questionText(n *html.Node) string {
	return textSkipping(n, func(c *html.Node) bool {
		return strings.Contains(strings.ToLower(attr(c, "class")), "icon")
	})
}

// isQuestion reports whether n's text is one question, held by no single
// child of n (the innermost element holding it is the question).
func isQuestion(n *html.Node) bool {
	t := questionText(n)
	if !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？") {
		return false
	}
	if w := fields.Count(t); w < 2 || w > faqQuestionMaxWords || strings.Count(t, "?") > 1 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && questionText(c) == t {
			return false
		}
	}
	return true
}
