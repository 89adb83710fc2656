package cleaner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/blockmodel"
	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// stripPage removes, before extraction, the page elements that are known
// boilerplate by their markup: consent platforms, share and related widgets,
// comment sections, newsletter forms, dialogs and fixed bars that ask for
// consent, and any other dialog the page opens over itself. An element
// holding much of the page's text is never removed by a class or id alone:
// a theme may name the article's wrapper "has-share-bar".
func (s *stripper) stripPage(doc *html.Node) {
	body := findFirst(doc, atom.Body)
	if body == nil {
		body = doc
	}
	total := textLen(body)
	// guard keeps the article safe from markup rules: never the page's
	// main containers, never an element with much of the page's text,
	// and for the looser rules never one holding the headline.
	guard := func(n *html.Node, share float64, headline bool, rule string) bool {
		if n == body || n.DataAtom == atom.Html || n.DataAtom == atom.Body || n.DataAtom == atom.Main || n.DataAtom == atom.Article {
			s.refused(n, rule, "the page's main container")
			return false
		}
		if headline && findFirst(n, atom.H1) != nil {
			s.refused(n, rule, "holds the headline")
			return false
		}
		if total > 0 && float64(textLen(n)) > share*float64(total) {
			s.refused(n, rule, "holds %.0f%% of the page's text", 100*float64(textLen(n))/float64(total))
			return false
		}
		return true
	}
	var hits []*html.Node
	var hitRules []int
	walkElements(body, func(n *html.Node) bool {
		i := s.rules.selectors.match(n)
		if i < 0 || s.keep[s.rules.Selectors[i].Kind] || !guard(n, 0.4, false, s.rules.Selectors[i].Name) {
			return true
		}
		if r := s.rules.Selectors[i]; r.Kind == "ad" && holdsStory(n) {
			// An ad slot holds a script, a frame or a label, as the ad
			// class tokens' check says; one around the story's
			// paragraphs is a placeholder left open, which the parser
			// closed at the end of the story.
			s.refused(n, r.Name, "holds the story's prose")
			return true
		}
		hits = append(hits, n)
		hitRules = append(hitRules, i)
		return false
	})
	for k, n := range hits {
		r := s.rules.Selectors[hitRules[k]]
		if !attached(n, body) {
			continue // inside a sign-up box taken with an earlier hit
		}
		if r.Kind == "newsletter" {
			// A sign-up plugin's form goes with the question or pitch
			// the theme set above it, in a box of their own.
			if box := signUpBox(n, body); box != n && guard(box, 0.1, true, r.Name) {
				n = box
			}
		}
		s.noteRemoval(n)
		if r.Kind == "ad" {
			markBesideAd(n)
		}
		s.removeMarked(n, verdict{r.Kind, r.Name})
	}
	s.stripTemplates(body, guard)
	// Dialogs, overlays and fixed bars that ask for consent or an email.
	for _, n := range outermost(body, overlay) {
		text := nodeText(n)
		if v, ok := s.classifyText(text, true); ok && !s.keep[v.kind] && (v.kind == "cookie" || v.kind == "newsletter") && guard(n, 0.3, true, "dialog:"+v.rule) {
			s.noteRemoval(n)
			s.remove(n, verdict{v.kind, "dialog:" + v.rule}, text)
		}
	}
	s.stripTokens(body, total, 0.25, false)
	s.stripForms(body, guard)
	s.stripConsentGates(body, guard)
	// The dialogs left, once the rules above took those they name (a
	// consent platform's, a sign-up box).
	if !s.keep["dialog"] {
		for _, n := range outermost(body, modal) {
			if guard(n, 0.3, true, "dialog") {
				s.noteRemoval(n)
				s.remove(n, verdict{"dialog", "dialog"}, nodeText(n))
			}
		}
	}

	// Text blocks anywhere on the page that are plainly boilerplate, judged
	// as strictly as the middle of an article; those inside the story are
	// judged again, with their position, after extraction.
	for _, b := range leafBlocks(body) {
		if verbatim(b, body) {
			continue
		}
		text := nodeText(b)
		text = collapseSpace(text)
		v, ok := s.classifySentences(text, false)
		if !ok {
			// Short blocks by pattern ("Lire aussi | …"); lone labels
			// such as "Newsletters" stay, they may be a menu's.
			v, ok = s.rules.matchPattern(text, fields.Count(text), pageKinds, false)
		}
		if !ok {
			// A plug or a feedback question boxed with its buttons is
			// known here, while the buttons are there: readability drops
			// them and leaves the text alone, which the article pass
			// judges (boxed). Removing the box here instead would change
			// the block readability picks on some pages.
			if v, ok := buttonLead(b, text, s.host); ok {
				s.box(text, v)
			} else if v, title, ok := buttonBox(b, text, s.host); ok {
				s.box(text, v)
				if title != nil {
					if t := collapseSpace(nodeText(title)); fields.Count(t) >= 2 {
						s.box(t, v) // not a step's number
					}
				}
			}
			continue
		}
		if unlinkedRelated(v.kind, findFirst(b, atom.A) != nil, text) || s.keep[v.kind] || !pageKinds[v.kind] || !attached(b, body) {
			continue
		}
		following := next(b)
		if s.headsOwnSection(b, v, following) {
			continue
		}
		s.remove(b, v, text)
		if v.kind == "related" && fields.Count(text) <= 6 || v.kind == "affiliate" && isHeading(b) {
			s.removeSection(b, v, following)
		}
	}
}

// box records text as a boxed plug's, for the article pass to remove
// with verdict v (see buttonBox).
func (s *stripper) box(text string, v verdict) {
	if s.boxed == nil {
		s.boxed = map[string]verdict{}
	}
	s.boxed[text] = v
}

// overlay reports whether n is a dialog by its role or aria-modal, or an
// element fixed or stuck to the screen: where a consent or sign-up prompt
// sits. (modal, below, knows more dialogs; the consent pass reads only
// these.)
func overlay(n *html.Node) bool {
	role := strings.ToLower(attr(n, "role"))
	if role == "dialog" || role == "alertdialog" || attr(n, "aria-modal") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "position:fixed") || strings.Contains(style, "position:sticky")
}

// modal reports whether n is a layer the page opens over itself, by the
// markup of the web platform and of the two front-end kits that name their
// modals: a <dialog>, role dialog or alertdialog, aria-modal; Bootstrap's
// class modal; Foundation's data-reveal (version 6; its class "reveal" alone
// is also a scroll-animation library's, so it does not count) and class
// reveal-modal (version 5).
func modal(n *html.Node) bool {
	if n.DataAtom == atom.Dialog || hasAttr(n, "data-reveal") || attr(n, "aria-modal") == "true" {
		return true
	}
	if role := strings.ToLower(attr(n, "role")); role == "dialog" || role == "alertdialog" {
		return true
	}
	class := attr(n, "class")
	return hasToken(class, "modal") || hasToken(class, "reveal-modal")
}

// emailBoxWords is the most text a box around an e-mail sign-up form may
// hold to go with the form: a heading, a line of pitch and a privacy note.
const emailBoxWords = 60

// stripForms removes the page's forms that are boilerplate, from one walk
// of the page: sign-up boxes (stripEmailForms), then polls (stripPolls).
// A script-run sign-up form has no <form> element: the element around an
// e-mail field outside any form stands for it.
func (s *stripper) stripForms(body *html.Node, guard func(*html.Node, float64, bool, string) bool) {
	var forms, fields []*html.Node
	walkElements(body, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Form:
			forms = append(forms, n)
			return false
		case n.DataAtom == atom.Input && emailField(n) && n.Parent != nil:
			fields = append(fields, n.Parent)
		}
		return true
	})
	s.stripEmailForms(body, append(forms[:len(forms):len(forms)], fields...), guard)
	s.stripPolls(body, forms, guard)
}

// stripEmailForms removes sign-up boxes: a form that asks for an e-mail
// address, with the small box around it (its label and pitch), whatever
// the box is called and in whatever language it is written. A comment
// form asks for more than an address and is left to the comment rules.
func (s *stripper) stripEmailForms(body *html.Node, forms []*html.Node, guard func(*html.Node, float64, bool, string) bool) {
	if s.keep["newsletter"] {
		return
	}
	for _, f := range forms {
		if !attached(f, body) || !asksOnlyEmail(f) {
			continue
		}
		box := signUpBox(f, body)
		if !guard(box, 0.1, true, "email-form") {
			continue
		}
		s.remove(box, verdict{"newsletter", "email-form"}, nodeText(box))
	}
}

// signUpBox is the box around sign-up form f: f, or the element up to
// three levels above it that holds no more than emailBoxWords words (the
// form's heading, its question, its pitch), below the page's article or
// main element.
func signUpBox(f, body *html.Node) *html.Node {
	box := f
	for p, k := f.Parent, 0; p != nil && p != body && k < 3; p, k = p.Parent, k+1 {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main || fields.Count(nodeText(p)) > emailBoxWords {
			break
		}
		box = p
	}
	return box
}

// pollMaxWords is the most text a poll's box holds: its question, its
// options and its button.
const pollMaxWords = 80

// stripPolls removes the polls and quizzes among forms: a form that
// offers two or more radio buttons and asks for no text, with little
// text around it ("Poll: do you back the new opening hours? ◯ Yes ◯ No
// Vote"). The box is the form, or the element around it that holds only
// its heading and links besides it.
func (s *stripper) stripPolls(body *html.Node, forms []*html.Node, guard func(*html.Node, float64, bool, string) bool) {
	if s.keep["button"] {
		return
	}
	for _, f := range forms {
		if !attached(f, body) || wordsIn(f) > pollMaxWords {
			continue
		}
		radios, text := 0, false
		walkElements(f, func(c *html.Node) bool {
			switch {
			case c.DataAtom == atom.Textarea:
				text = true
			case c.DataAtom == atom.Input:
				switch strings.ToLower(attr(c, "type")) {
				case "radio":
					radios++
				case "", "text", "email", "search", "password":
					text = true
				}
			}
			return true
		})
		if radios < 2 || text {
			continue
		}
		box := f
		for p := f.Parent; p != nil && p != body && p.DataAtom != atom.Article && p.DataAtom != atom.Main && wordsIn(p) <= pollMaxWords && findFirst(p, atom.P) == nil; p = p.Parent {
			box = p
		}
		if guard(box, 0.1, true, "poll") {
			s.remove(box, verdict{"button", "poll"}, nodeText(box))
		}
	}
}

// asksOnlyEmail reports whether form f asks for an e-mail address and for
// no long text (a comment form has a textarea).
func asksOnlyEmail(f *html.Node) bool {
	email, text := false, false
	walkElements(f, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Textarea:
			text = true
		case atom.Input:
			if emailField(n) {
				email = true
			}
		}
		return true
	})
	return email && !text
}

// emailField reports whether input n asks for an e-mail address.
func emailField(n *html.Node) bool {
	t := strings.ToLower(attr(n, "type"))
	name := strings.ToLower(attr(n, "name") + " " + attr(n, "id") + " " + attr(n, "autocomplete"))
	return t == "email" || (t == "" || t == "text") && strings.Contains(name, "email")
}

// byAdMark marks the blocks next to an ad slot that was removed: the line
// before or after it ("The story continues after the ad.") is the ad's.
const byAdMark = "data-pith-by-ad"

// markBesideAd marks the elements before and after ad slot n (or its ad
// label, or the wrappers that hold nothing else with text), and the blocks
// of theirs that touch the slot: the last one before it, the first one
// after it, since readability may unwrap their wrappers.
func markBesideAd(n *html.Node) {
	for w := wordsIn(n); n.Parent != nil && n.Parent.DataAtom != atom.Body; n = n.Parent {
		pw := wordsIn(n.Parent)
		if pw != w && !onlyElement(n) {
			break
		}
		w = pw
	}
	mark := func(c *html.Node, last bool) {
		if blocks := leafBlocks(c); len(blocks) > 0 {
			c = blocks[0]
			if last {
				c = blocks[len(blocks)-1]
			}
		}
		if attr(c, byAdMark) == "" {
			c.Attr = append(c.Attr, html.Attribute{Key: byAdMark, Val: "1"})
		}
	}
	if c := elementBefore(n); c != nil {
		mark(c, true)
	}
	if c := next(n); c != nil {
		mark(c, false)
	}
}

// onlyElement reports whether n is the only element among its siblings.
func onlyElement(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode {
			return false
		}
	}
	return true
}

// besideAd reports whether block b stood next to a removed ad slot:
// markBesideAd marks the block on each side.
func besideAd(b *html.Node) bool {
	return attr(b, byAdMark) != ""
}

// consentGateWords is the most text, besides its controls, that the box
// of an embed held back for consent may hold.
const consentGateWords = 50

// cookieWords are the words of cookies, consent and the laws that ask for
// it, in the languages the cleaner meets most: a consent gate's, and the
// first part of consentWords.
const cookieWords = `cookie|kakor|ciastecz|sušen|consent|einwillig|zustimm|consentiment|consenso|toestemming|zgod[aeyzę]|samtycke|souhlas|gdpr|dsgvo|rgpd|lgpd`

// gateWords match cookieWords alone: a product's box with a button speaks
// of tracking and privacy too.
var gateWords = quickre.MustCompile(`(?i)` + cookieWords)

// stripConsentGates removes the placeholders of embeds held back until the
// reader consents, by what they are rather than by their wording: a small
// box with a control (a button, or a link made one) whose other text
// speaks of cookies or consent ("The video is hidden because you have not
// allowed social media cookies. [Load it]"), in any language gateWords
// know, and is not mostly links. The box is the control's nearest ancestor with text of its
// own; a story that reports on consent has its words in prose, not beside
// a button.
func (s *stripper) stripConsentGates(body *html.Node, guard func(*html.Node, float64, bool, string) bool) {
	if s.keep["cookie"] {
		return
	}
	controls := outermost(body, isControl)
	judged := map[*html.Node]bool{} // a menu's buttons share their box
	for _, c := range controls {
		if !attached(c, body) {
			continue
		}
		box := c.Parent
		for box != nil && box != body && wordsBesideControls(box, 3) < 4 {
			box = box.Parent
		}
		if box == nil || box == body || box.DataAtom == atom.Article || box.DataAtom == atom.Main || judged[box] {
			continue
		}
		judged[box] = true
		if wordsBesideControls(box, consentGateWords) > consentGateWords || linkDensity(box) > 0.3 || !gateWords.MatchString(textBesideControls(box)) {
			continue // a menu, a product's box, a footer of links
		}
		if guard(box, 0.1, true, "consent-gate") {
			text := textBesideControls(box)
			walkElements(box, func(n *html.Node) bool {
				if isControl(n) {
					text += " " + nodeText(n) // its label, after the notice
					return false
				}
				return true
			})
			s.remove(box, verdict{"cookie", "consent-gate"}, text)
		}
	}
}

// isControl reports whether n is a control: a button, or a link marked or
// styled as one.
func isControl(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Button:
		return true
	case atom.Input:
		t := strings.ToLower(attr(n, "type"))
		return t == "button" || t == "submit"
	case atom.A:
		return strings.EqualFold(attr(n, "role"), "button") || buttonClass.MatchString(attr(n, "class"))
	}
	return false
}

// textBesideControls is n's text without its controls' labels.
func textBesideControls(n *html.Node) string {
	return textSkipping(n, isControl)
}

// wordsBesideControls counts the words of textBesideControls(n), as
// strings.Fields would, but stops once the count passes limit: the consent
// gate asks "fewer than 4?" and "more than 50?" of every box that holds a
// button, the page's largest wrappers included, and building their text
// for that was a twentieth of a page's clean.
func wordsBesideControls(n *html.Node, limit int) int {
	words, inWord := 0, false
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			for i := 0; i < len(n.Data); {
				space := false
				if c := n.Data[i]; c < utf8.RuneSelf {
					space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
					i++
				} else {
					r, size := utf8.DecodeRuneInString(n.Data[i:])
					space = unicode.IsSpace(r)
					i += size
				}
				if space {
					inWord = false
				} else if !inWord {
					inWord = true
					if words++; words > limit {
						return false
					}
				}
			}
			return true
		case n.Type == html.ElementNode && (skipAtom(n.DataAtom) || isControl(n)):
			return true
		case n.Type == html.ElementNode && (blockAtom(n.DataAtom) || n.DataAtom == atom.Br):
			inWord = false // textSkipping puts a space before a block
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(n)
	return words
}

// pageKinds are the kinds that the text rules remove before extraction;
// the others (bylines, captions) need to know where the story is.
var pageKinds = map[string]bool{"cookie": true, "affiliate": true, "newsletter": true, "comments": true, "related": true}

// stripTokens removes elements whose class or id names boilerplate, if they
// hold at most share of the text under root.
func (s *stripper) stripTokens(root *html.Node, total int, share float64, inArticle bool) {
	var hits []*html.Node
	var verdicts []verdict
	walkElements(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Html, atom.Body, atom.Main, atom.Article, atom.Img, atom.Picture, atom.Video, atom.Figure:
			return true
		}
		id := attr(n, "id")
		if isSlugID(id) || isHeading(n) {
			id = "" // a heading's anchor says what the text says, not what the element is
		}
		v, ok := s.matchToken(attr(n, "class")+" "+id, inArticle)
		if !ok || s.keep[v.kind] {
			return true
		}
		rule := "class:" + v.rule
		if total > 0 && float64(textLen(n)) > share*float64(total) {
			s.refused(n, rule, "holds %.0f%% of the text", 100*float64(textLen(n))/float64(total))
			return true
		}
		if findFirst(n, atom.H1) != nil {
			s.refused(n, rule, "holds the headline")
			return true
		}
		if inlineInProse(n) {
			// A link styled as a button in the middle of a sentence
			// ("you can <a class=cta>read the report</a> online") is
			// the sentence's words.
			s.refused(n, rule, "inside a sentence")
			return true
		}
		if (v.kind == "ad" || v.kind == "related") && holdsStory(n) {
			// An ad slot or a list of other stories holds no prose with
			// few links: a theme's "related-content-wrapper" or
			// "ad-free-zone" around the story's paragraphs does.
			s.refused(n, rule, "holds the story's prose")
			return true
		}
		if v.kind == "comments" && findFirst(n, atom.A) == nil && wholly(n, atom.Blockquote) && findFirst(n, atom.Form) == nil {
			// Readers' comments come with names, links and a form; one
			// quotation without them is the story's pull quote.
			s.refused(n, rule, "a quotation")
			return false
		}
		if v.kind == "related" && unlinkedLines(n) {
			// Other stories are links: a box of lines without one (a
			// timeline, the story's key points) is the story's.
			s.refused(n, rule, "holds lines without links")
			return false // and its title, named the same way
		}
		if v.kind == "cookie" && !speaksOfConsent(n) {
			// A consent banner or a blocked embed's placeholder speaks of
			// cookies, consent or privacy, or offers a control to
			// accept or load: a design system's "consent-" or "cmp-"
			// components around the story's text do neither.
			s.refused(n, rule, "says nothing of consent")
			return false
		}
		hits = append(hits, n)
		verdicts = append(verdicts, verdict{v.kind, rule})
		return false
	})
	for i, n := range hits {
		if !inArticle {
			s.noteRemoval(n)
		}
		if verdicts[i].kind == "ad" {
			markBesideAd(n)
		}
		s.remove(n, verdicts[i], nodeText(n))
	}
}

// signUpPitch reports whether n is a pitch with a sign-up link: a link to
// a sign-up, subscription, membership or donation page, and one paragraph
// of prose at most (Ghost's "footer-cta": a heading, a line of pitch, an
// e-mail field that links to the portal's sign-up).
func signUpPitch(n *html.Node) bool {
	var links []string
	paras := 0
	walkElements(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.A:
			links = append(links, attr(c, "href"))
		case atom.P, atom.Li:
			if proseWords(c) > 0 {
				paras++
			}
		}
		return true
	})
	return paras <= 1 && slices.Contains(blockmodel.LinkTargets(links), "subscribe")
}

// unlinkedLines reports whether n holds three lines of text or more
// (paragraphs or list items of fact-box length or longer) and no link.
func unlinkedLines(n *html.Node) bool {
	if findFirst(n, atom.A) != nil {
		return false
	}
	lines := 0
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom != atom.P && c.DataAtom != atom.Li {
			return true
		}
		if wordsIn(c) >= 3 {
			lines++
		}
		return false
	})
	return lines >= 3
}

// consentWords are the words a consent banner or a blocked embed's
// placeholder uses: cookieWords, and privacy and data protection,
// tracking, accepting. Matched in lower case anywhere in a word.
var consentWords = quickre.MustCompile(`(?i)` + cookieWords + `|privacy|datenschutz|confidentialit|privacidad|riservatezza|prywatno|integritet|soukrom|tracking|accept|akzept|acept|accett|aceit|akcept|godkänn|přijm|personali[sz]|tracker`)

// speaksOfConsent reports whether n's text uses a consent word, or n holds
// a control (a button, a form field, a link styled as a button), or no
// text at all (an empty placeholder).
func speaksOfConsent(n *html.Node) bool {
	text := nodeText(n)
	if strings.TrimSpace(text) == "" || consentWords.MatchString(text) {
		return true
	}
	found := false
	walkElements(n, func(c *html.Node) bool {
		if found {
			return false
		}
		found = isControl(c) || c.DataAtom == atom.Input || c.DataAtom == atom.Select || c.DataAtom == atom.Form
		return !found
	})
	return found
}

// inlineInProse reports whether n is phrasing content (a link, a span)
// inside a paragraph or list item that has at least eight words more
// than n: removing it would cut words out of a sentence.
func inlineInProse(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Span, atom.Strong, atom.Em, atom.B, atom.I, atom.U, atom.Mark, atom.Small:
	default:
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.P, atom.Li, atom.Dd, atom.Td, atom.Blockquote:
			return wordsIn(p) >= wordsIn(n)+8
		case atom.Div, atom.Section, atom.Article, atom.Aside, atom.Body, atom.Ul, atom.Ol:
			return false
		}
	}
	return false
}

// holdsStory reports whether n, named an ad slot (or, by its class, a
// list of other stories), holds the story's prose instead: a paragraph of
// prose with few links, and no sign-up pitch around it. The page pass
// leaves such an element alone, whichever rule named it.
func holdsStory(n *html.Node) bool {
	return holdsStoryProse(n) && !signUpPitch(n)
}

// holdsStoryProse reports whether n holds a paragraph of prose
// (proseWords) and few links overall.
func holdsStoryProse(n *html.Node) bool {
	if linkDensity(n) >= 0.2 {
		return false
	}
	if proseWords(n) > 0 {
		return true // a paragraph itself: readability turns a wrapper of one paragraph into the paragraph, class and all
	}
	found := false
	walkElements(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.DataAtom == atom.P || c.DataAtom == atom.Li {
			found = proseWords(c) > 0
			return false
		}
		return true
	})
	return found
}
