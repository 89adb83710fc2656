package cleaner

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/blockmodel"
	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
	"github.com/pith-news/pith/internal/machinery/quotes"
)

// Structural judgements of blocks by their markup, whatever their words:
// a call-to-action button, a lone navigation link at the article's edge, a
// table of contents.

// controlMaxWords is the longest text a button or a lone link may have.
const controlMaxWords = 6

var buttonClass = quickre.MustCompile(`(?i)(^|[-_ ])(btn|button|cta)([-_ ]|$)`)

// controlBlock judges block b of the article by its markup: a block that
// is nothing but a button (a <button>, or a link styled or marked as one),
// or, outside the story's middle, nothing but one short link ("Home",
// "Services", "Sign in").
func controlBlock(b *html.Node, text string, middle bool) (verdict, bool) {
	words := fields.Count(text)
	if words == 0 || words > controlMaxWords || strings.ContainsAny(text, ".!?:") && words > 3 {
		return verdict{}, false
	}
	only := soleElement(b)
	if only == nil {
		return verdict{}, false
	}
	switch {
	case only.DataAtom == atom.Button || strings.EqualFold(attr(only, "role"), "button"):
		return verdict{"button", "button-element"}, true
	case only.DataAtom == atom.A && buttonClass.MatchString(attr(only, "class")):
		return verdict{"button", "button-link"}, true
	case only.DataAtom == atom.A && !middle && words <= 4 && !isHeading(b) && b.DataAtom != atom.Li:
		return verdict{"nav", "lone-link"}, true
	}
	return verdict{}, false
}

// crossLinkMaxLabel is the longest label, in words, of a cross-link.
const crossLinkMaxLabel = 5

// crossLink recognises a cross-link set between a story's paragraphs: a
// block that is a short label ending in a colon and then one link to
// another story of the same site, whose headline it shows ("Related:
// <a>Council votes on the new depot</a>", "Lesen Sie auch: <a>…</a>"),
// whatever words the label uses. The link's address must look like an
// article's (a slug of words), not a home page, an anchor or a file, and
// be on host, the page's own as hostName gives it (a "Website: <a>Shop
// name</a>" fact is not a cross-link), and the block not a table's cell.
func crossLink(b *html.Node, text, host string) (verdict, bool) {
	colon := strings.IndexAny(text, ":：")
	if colon <= 0 || host == "" || inside(b, nil, atom.Td, atom.Th) {
		return verdict{}, false // a table's cells are its data
	}
	label := strings.TrimSpace(text[:colon])
	if n := fields.Count(label); n == 0 || n > crossLinkMaxLabel {
		return verdict{}, false
	}
	link := soleLink(b)
	if link == nil || strings.Contains(strings.ToLower(attr(link, "rel")), "tag") {
		return verdict{}, false // "Format: <a rel=tag>Textbook</a>" files the page
	}
	// The label is all the text before the link, and the link ends the
	// block.
	linked := nodeText(link)
	at := strings.Index(text, linked)
	if at <= colon || strings.TrimSpace(text[colon:at]) != string([]rune(text[colon:])[0]) ||
		strings.TrimSpace(text[at+len(linked):]) != "" || fields.Count(linked) < 3 {
		return verdict{}, false
	}
	u, err := url.Parse(attr(link, "href"))
	if err != nil || u.Host != "" && hostName(u) != host || !articlePath(u.Path) {
		return verdict{}, false
	}
	return verdict{"related", "cross-link"}, true
}

// Bounds of ctaPlug: the most words the block and its closing link may
// have.
const (
	ctaPlugMaxWords = 70
	ctaMaxWords     = 8
)

// ctaPlug recognises a plug that ends in its call to action, whatever its
// words: one or more whole sentences, then one link to a sign-up,
// subscription, membership or donation page that closes the block ("Paying
// readers keep this free. <a href=/subscribe>Chip in</a>", a Ghost
// callout's "<a href=#/portal/signup>Become a member</a>"), to an app
// store (an app plug), or to an account on a social network (a follow
// prompt). The sentences
// must end before the link, and the link hold a few words without a full
// stop: a story's sentence that cites a subscription page runs through its
// link ("…according to its <a>subscription page</a>."). A block with a
// quotation is the story's.
//
// On host, the page's own site (hostName, or a subdomain of it), a closing
// link to any page but another story or a file is the site's plug for its
// own wares, in any language: a webinar, a course, a product, an open day,
// its vacancies ("We are hiring 38 developers. <a href=/jobs>See the
// openings</a>", "Den 9 april håller vi ett webbinarium. <a
// href=/webbinarier/onboarding>Anmäl er här.</a>"). A link to another of
// the site's stories (a slug of four words or more) is a cross-link, kept
// here; one to a file (a report, a form) is a source.
func ctaPlug(b *html.Node, text, host string) (verdict, bool) {
	words := fields.Count(text)
	if words > ctaPlugMaxWords || b.DataAtom == atom.Li || inside(b, nil, atom.Td, atom.Th, atom.Li) {
		return verdict{}, false
	}
	link := soleLink(b)
	if link == nil {
		return verdict{}, false
	}
	linked := strings.TrimSpace(nodeText(link))
	lw := fields.Count(linked)
	at := strings.LastIndex(text, linked)
	if lw == 0 || lw > ctaMaxWords || at < 0 || strings.TrimSpace(text[at+len(linked):]) != "" || words-lw < 6 {
		return verdict{}, false
	}
	before := strings.TrimRightFunc(text[:at], func(r rune) bool { return unicode.IsSpace(r) || r == '→' || r == '»' || r == '›' })
	if end, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?:", end) || quotesSpeech(before) {
		// A quotation and the link to its source ("“…” – Source: <a>…</a>")
		// are the story's.
		return verdict{}, false
	}
	href := strings.TrimSpace(attr(link, "href"))
	if !strings.HasSuffix(linked, ".") {
		for _, t := range blockmodel.LinkTargets([]string{href}) {
			switch {
			case t == "subscribe":
				return verdict{"membership", "cta-plug"}, true
			case t == "app":
				return verdict{"app", "cta-plug"}, true
			case t == "social" && profileLink(href):
				return verdict{"follow", "cta-plug"}, true
			}
		}
	}
	// A link's full stop ends the call ("Anmäl er här."), when the
	// sentences before it have ended.
	if ownPlugLink(href, host) {
		return verdict{"ad", "cta-plug"}, true
	}
	return verdict{}, false
}

// Bounds of buttonBox: the longest question a feedback box asks, and the
// longest label of its buttons.
const (
	feedbackMaxWords      = 12
	feedbackMaxLabelWords = 3
)

// buttonBox recognises a box that pairs block b, its one block of text,
// with buttons or links and nothing else but a title and pictures,
// whatever its words: a call to act, whole sentences and one or two
// buttons or links, each to a page of the site's own (ownPlugLink:
// "Facing a deduction? Our solicitors offer a free call." [Book your free
// call]; a product card's text and its [Add to cart]; "Open a savings
// account" / "You set it up in ten minutes." [Open now] [See the rates]),
// or a feedback box, a short question and two or more buttons of a word
// or two ("Was this guide useful?" [Yes] [No]). The box is b's parent, or
// the nearest ancestor with more in it when b is wrapped alone (a card's
// description). A box beside another of its tag and class is an item of
// a list (a roundup's products, each with its button): the story's. The
// buttons are judged as buttons in their turn (controlBlock). A story's
// paragraph sits beside other paragraphs, not alone with buttons. The
// box's title, when it has one, is returned: it goes with the plug.
func buttonBox(b *html.Node, text, host string) (verdict, *html.Node, bool) {
	words := fields.Count(text)
	if b.Parent == nil || words == 0 || words > ctaPlugMaxWords || b.DataAtom == atom.Li || inside(b, nil, atom.Td, atom.Th, atom.Li) || findFirst(b, atom.A) != nil {
		return verdict{}, nil, false
	}
	item, box := b, b.Parent
	for range boxMaxClimb {
		if box.Parent == nil || box.DataAtom == atom.Body || sameBoxBeside(box) || severalWordChildren(box) {
			break
		}
		item, box = box, box.Parent
	}
	for n, k := box, 0; n != nil && k < boxListDepth; n, k = n.Parent, k+1 {
		if sameBoxBeside(n) {
			return verdict{}, nil, false // an item of a list, or inside one
		}
	}
	var buttons []*html.Node
	var title *html.Node
	plain := false
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == item || c.Type == html.CommentNode || c.Type == html.TextNode && !hasWordText(c.Data):
		case c.Type == html.ElementNode && (skipAtom(c.DataAtom) || !hasWordChar(c)):
			// a picture, an icon, an empty wrapper
		case c.Type == html.ElementNode && len(buttons) == 0 && title == nil && boxTitle(c):
			title = c // a title above the text, not a link
		case c.Type == html.ElementNode:
			bs, anyLink, ok := controlsIn(c)
			if !ok {
				return verdict{}, nil, false
			}
			plain = plain || anyLink
			buttons = append(buttons, bs...)
		default:
			return verdict{}, nil, false
		}
	}
	if len(buttons) == 0 {
		return verdict{}, nil, false
	}
	// A feedback box's question sits beside its buttons: one wrapped
	// alone, whose box is found further up, may be a consent prompt's.
	if item == b && title == nil && !plain && strings.HasSuffix(strings.TrimSpace(text), "?") && words <= feedbackMaxWords && len(buttons) >= 2 {
		for _, bt := range buttons {
			if fields.Count(nodeText(bt)) > feedbackMaxLabelWords {
				return verdict{}, nil, false
			}
		}
		return verdict{"button", "feedback-box"}, nil, true
	}
	end, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	if len(buttons) > boxMaxLinks || words < 2 || !strings.ContainsRune(".!?", end) || quotesSpeech(text) {
		return verdict{}, nil, false
	}
	for _, bt := range buttons {
		if !ownPlugButton(bt, host) {
			return verdict{}, nil, false
		}
	}
	return verdict{"ad", "cta-plug"}, title, true
}

// ownPlugButton reports whether control bt is a plug's call to act: a
// link of at most ctaMaxWords words to a page of the site's own
// (ownPlugLink). A <button> has no address: it opens or closes something
// on the page.
func ownPlugButton(bt *html.Node, host string) bool {
	return bt.DataAtom == atom.A && fields.Count(nodeText(bt)) <= ctaMaxWords && ownPlugLink(strings.TrimSpace(attr(bt, "href")), host)
}

// Bounds of buttonBox: how far it climbs from a block wrapped alone to its
// box, and the most links or buttons of a plug's box.
const (
	boxMaxClimb = 2
	boxMaxLinks = 2
	// boxListDepth is how many of the box's ancestors, the box included,
	// are asked whether they are a list's item (sameBoxBeside): a
	// roundup's card wraps its text box in two or three more.
	boxListDepth = 4
)

// sameBoxBeside reports whether the element next to box, before or after
// it, has box's tag and class: box is then one of a list's items (a
// roundup's products, each with its "Buy" button), where a plug's box is
// one of a kind.
func sameBoxBeside(box *html.Node) bool {
	class := strings.TrimSpace(attr(box, "class"))
	if class == "" {
		return false
	}
	same := func(sib *html.Node) bool {
		return sib != nil && sib.DataAtom == box.DataAtom && strings.TrimSpace(attr(sib, "class")) == class
	}
	prev := box.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	next := box.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	return same(prev) || same(next)
}

// severalWordChildren reports whether more than one of n's children shows
// words (an element or a text), stopping at the second.
func severalWordChildren(n *html.Node) bool {
	k := 0
	for c := n.FirstChild; c != nil && k < 2; c = c.NextSibling {
		if c.Type == html.ElementNode && !skipAtom(c.DataAtom) && hasWordChar(c) || c.Type == html.TextNode && hasWordText(c.Data) {
			k++
		}
	}
	return k > 1
}

// boxTitleMaxWords is the longest title a plug's box may have.
const boxTitleMaxWords = 12

// boxTitle reports whether n is a box's title: a heading, or an element
// holding only one, of a few words and no link.
func boxTitle(n *html.Node) bool {
	h := n
	if !isHeading(h) {
		h = soleElement(n)
		if h == nil || !isHeading(h) {
			return false
		}
	}
	return findFirst(n, atom.A) == nil && fields.Count(nodeText(n)) <= boxTitleMaxWords
}

// controlsIn returns the buttons and links under n when n shows no word
// outside them (a separator between two links is no word), and whether
// one of them is a plain link rather than a button.
func controlsIn(n *html.Node) (controls []*html.Node, plainLink, ok bool) {
	if n.DataAtom == atom.A || n.DataAtom == atom.Button || strings.EqualFold(attr(n, "role"), "button") {
		return []*html.Node{n}, n.DataAtom == atom.A && !buttonClass.MatchString(attr(n, "class")), true
	}
	var walk func(*html.Node) bool
	walk = func(m *html.Node) bool {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if hasWordText(c.Data) {
					return false
				}
			case c.Type != html.ElementNode || skipAtom(c.DataAtom) || !hasWordChar(c):
			case c.DataAtom == atom.A || c.DataAtom == atom.Button || strings.EqualFold(attr(c, "role"), "button"):
				controls = append(controls, c)
				plainLink = plainLink || c.DataAtom == atom.A && !buttonClass.MatchString(attr(c, "class"))
			default:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	if !walk(n) {
		return nil, false, false
	}
	return controls, plainLink, len(controls) > 0
}

// ctaMaxTitleWords is the longest quotation a plug may hold: the title of
// what it offers (a webinar's „Healthy back in the home office”), where a
// longer one is someone's words, and the story's.
const ctaMaxTitleWords = 7

// quotesSpeech reports whether text quotes more than a title, or holds a
// quotation mark that opens or closes nothing.
func quotesSpeech(text string) bool {
	if !strings.ContainsAny(text, "“”«»„\"") {
		return false
	}
	out, _ := quotes.Strip(text)
	return strings.ContainsAny(out, "“”«»„\"") || len(words(text))-len(words(out)) > ctaMaxTitleWords
}

// ownPlugLink reports whether href leads to a page of host's site, or of
// one of its subdomains, that is neither another story (a path segment
// that is a slug of four words or more) nor a file, nor a place on the
// page itself. Shorter slugs, which articlePath reads as a story's, name
// the site's own pages as often: "/events/spring-webinar",
// "/lavora-con-noi", "/produit/tableau-de-bord".
func ownPlugLink(href, host string) bool {
	if host == "" || href == "" || strings.HasPrefix(href, "#") {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	if h := hostName(u); u.Host != "" && h != host && !strings.HasSuffix(h, "."+host) {
		return false
	}
	// The site's consent and privacy pages are where its prompts
	// lead, not its wares.
	for _, t := range blockmodel.LinkTargets([]string{href}) {
		if t == "privacy" || t == "cookie" {
			return false
		}
	}
	if strings.Contains(strings.ToLower(u.Path), "consen") {
		return false // consent, consentement, consentimiento, consenso
	}
	return u.Path != "" && u.Path != "/" && maxSlugWords(u.Path) < 4 && !filePath(u.Path)
}

// profileLink reports whether href points at an account on a social
// network (one path segment: "instagram.com/citydesk", "x.com/citydesk",
// "youtube.com/@citydesk"), not at one of its posts, which a story
// cites ("instagram.com/p/…", "x.com/citydesk/status/…").
func profileLink(href string) bool {
	u, err := url.Parse(href)
	if err != nil || u.Host == "" {
		return false
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	return len(segs) == 1 || len(segs) == 2 && (segs[0] == "channel" || segs[0] == "c" || segs[0] == "user" || segs[1] == "featured")
}

// soleLink returns the one link in b, or nil when b holds none or more
// than one.
func soleLink(b *html.Node) *html.Node {
	var link *html.Node
	links := 0
	walkElements(b, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			link = c
			links++
			return false
		}
		return true
	})
	if links != 1 {
		return nil
	}
	return link
}

// articlePath reports whether path names an article: one of its segments
// is a slug of three or more words ("/city/new-depot-opens/ar/c1-2031"),
// or its last is a slug of two under a section ("/verkehr/velostreifen-
// seefeldquai": languages that join words make short slugs), and its last
// is not a file.
func articlePath(path string) bool {
	segs := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return false
	}
	if filePath(path) {
		return false
	}
	for i, seg := range segs {
		words := slugWords(seg)
		if words >= 3 || words == 2 && i > 0 && i == len(segs)-1 {
			return true
		}
	}
	return false
}

// slugWords counts the words of a path segment, a slug joined by hyphens
// or underscores; a part without a letter (an id, a year) is no word.
func slugWords(seg string) int {
	words := 0
	for _, part := range strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' }) {
		if strings.IndexFunc(part, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words
}

// maxSlugWords is the most words of any segment of path (slugWords).
func maxSlugWords(path string) int {
	most := 0
	for _, seg := range strings.FieldsFunc(path, func(r rune) bool { return r == '/' }) {
		most = max(most, slugWords(seg))
	}
	return most
}

// filePath reports whether path's last segment names a file: a document,
// an image, an archive, a recording.
func filePath(path string) bool {
	last := strings.TrimRight(path, "/")
	last = last[strings.LastIndexByte(last, '/')+1:]
	dot := strings.LastIndexByte(last, '.')
	if dot <= 0 {
		return false
	}
	switch strings.ToLower(last[dot+1:]) {
	case "pdf", "jpg", "jpeg", "png", "gif", "webp", "zip", "mp3", "mp4", "doc", "docx", "xls", "xlsx":
		return true
	}
	return false
}

// soleElement returns the one element that holds all of b's text, following
// single wrappers down ("<p><strong><a>Sign in</a></strong></p>" gives the
// link), or nil when text sits outside it.
func soleElement(b *html.Node) *html.Node {
	n := b
	for {
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return nil
			case c.Type == html.ElementNode && !skipAtom(c.DataAtom) && hasWordChar(c):
				if only != nil {
					return nil
				}
				only = c
			}
		}
		if only == nil {
			return nil
		}
		if only.DataAtom == atom.A || only.DataAtom == atom.Button || strings.EqualFold(attr(only, "role"), "button") {
			return only
		}
		n = only
	}
}

// stripTablesOfContents removes in-page tables of contents: lists whose
// links nearly all point into the page itself ("#section-2"), with a short
// label just before them.
func (s *stripper) stripTablesOfContents(root *html.Node) {
	if s.keep["nav"] {
		return
	}
	for _, l := range outerLists(root) {
		if l.Parent == nil || !inPageLinks(l) {
			continue
		}
		label := prevElement(l)
		text := nodeText(l)
		s.remove(l, verdict{"nav", "table-of-contents"}, text)
		if label != nil && fields.Count(nodeText(label)) <= controlMaxWords && linkDensity(label) < 0.5 {
			s.remove(label, verdict{"nav", "table-of-contents"}, nodeText(label))
		}
	}
}

// inPageLinks reports whether list l is nearly all links (by text) and at
// least three of them, and nearly all of them, point into the page.
func inPageLinks(l *html.Node) bool {
	if linkDensity(l) < 0.8 {
		return false
	}
	links, anchors := 0, 0
	walkElements(l, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			links++
			if strings.HasPrefix(attr(c, "href"), "#") {
				anchors++
			}
			return false
		}
		return true
	})
	return anchors >= 3 && anchors*10 >= links*9
}

// prevElement returns the element before n, if it is a heading or a short
// paragraph: a list's label.
func prevElement(n *html.Node) *html.Node {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			if isHeading(c) || c.DataAtom == atom.P || c.DataAtom == atom.Div && !hasBlockChild(c) {
				return c
			}
			return nil
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

// buttonLeadMaxWords is the longest call to act that buttonLead takes.
const buttonLeadMaxWords = 25

// buttonLead recognises a call to act set as a line of its own right
// above its button: a short block without a link, wholly bold or closing
// on "?" or "!", whose next element holds nothing but one link styled as
// a button, with words, to a page of the site's own (a <button> opens or
// closes something on the page: a question's answer, a pop-up)
// ("Stop searching. Talk to our experts" [Talk to us!]; "Ready to plan
// your event?" [Book a tour]). The button goes as a button; its line is
// the same plug. A story's line before a link of its own is no button's.
func buttonLead(b *html.Node, text, host string) (verdict, bool) {
	t := strings.TrimSpace(text)
	words := fields.Count(t)
	if words < 2 || words > buttonLeadMaxWords || findFirst(b, atom.A) != nil || quotesSpeech(t) {
		return verdict{}, false
	}
	end, _ := utf8.DecodeLastRuneInString(t)
	if end != '?' && end != '!' && !wholly(b, atom.Strong, atom.B) {
		return verdict{}, false
	}
	n := next(b)
	if n == nil {
		return verdict{}, false
	}
	buttons, plain, ok := controlsIn(n)
	if !ok || plain || len(buttons) != 1 {
		return verdict{}, false
	}
	// controlsIn passes over an icon.
	if !ownPlugButton(buttons[0], host) {
		return verdict{}, false
	}
	return verdict{"ad", "cta-plug"}, true
}
