package cleaner

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/machinery/blockmodel"
)

// maxRecorded caps the text kept in a Removal.
const maxRecorded = 300

// stripper removes boilerplate from a tree and records what it removed.
type stripper struct {
	rules   *ruleSet
	keep    map[string]bool
	removed []article.Removal
	scores  map[string]sentenceScore // by block text
	model   *blockmodel.Model        // nil when the embedded model cannot load
	// bigRemoval is set when a markup rule removed, before extraction, an
	// element holding much text: readability may then pick another block.
	bigRemoval bool
}

// bigRemovalChars is the text, in non-space bytes, of an element whose
// removal before extraction is checked against the extraction without it.
const bigRemovalChars = 400

func (s *stripper) noteRemoval(n *html.Node) {
	if !s.bigRemoval && textLen(n) >= bigRemovalChars {
		s.bigRemoval = true
	}
}

// standfirstMark is the attribute markStandfirsts puts on the standfirst:
// readability drops classes, and may rebuild the tree from a copy, so
// neither the class nor the node itself survives extraction; an attribute
// does. unmarkStandfirsts takes it off the article.
const standfirstMark = "data-pith-standfirst"

func (s *stripper) remove(n *html.Node, v verdict, text string) {
	s.removeScored(n, v, text, 0)
}

// removeScored is remove for a block the classifier judged, with its score.
func (s *stripper) removeScored(n *html.Node, v verdict, text string, score float64) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	if text = collapseSpace(text); text == "" {
		return
	}
	if utf8.RuneCountInString(text) > maxRecorded {
		r := []rune(text)
		text = string(r[:maxRecorded]) + "…"
	}
	s.removed = append(s.removed, article.Removal{Kind: v.kind, Rule: v.rule, Text: text, Score: math.Round(score*1000) / 1000})
}

// removeMarked removes an element that its markup identifies, recording it
// even when it shows no text yet (a consent dialog filled in by script, or
// one inside a <template>).
func (s *stripper) removeMarked(n *html.Node, v verdict) {
	text := collapseSpace(allText(n))
	if text == "" {
		text = "<" + n.Data + " " + strings.TrimSpace(attr(n, "id")+" "+attr(n, "class")) + ">"
	}
	s.remove(n, v, text)
}

// allText is the text under n, <template> content included.
func allText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// stripPage removes, before extraction, the page elements that are known
// boilerplate by their markup: consent platforms, share and related widgets,
// comment sections, newsletter forms, dialogs and fixed bars that ask for
// consent. An element holding much of the page's text is never removed by a
// class or id alone: a theme may name the article's wrapper "has-share-bar".
func (s *stripper) stripPage(doc *html.Node) {
	body := findFirst(doc, atom.Body)
	if body == nil {
		body = doc
	}
	total := textLen(body)
	// guard keeps the article safe from markup rules: never the page's
	// main containers, never an element with much of the page's text,
	// and for the looser rules never one holding the headline.
	guard := func(n *html.Node, share float64, headline bool) bool {
		if n == body || n.DataAtom == atom.Html || n.DataAtom == atom.Body || n.DataAtom == atom.Main || n.DataAtom == atom.Article {
			return false
		}
		if headline && findFirst(n, atom.H1) != nil {
			return false
		}
		return total == 0 || float64(textLen(n)) <= share*float64(total)
	}
	var hits []*html.Node
	var hitRules []int
	walkElements(body, func(n *html.Node) bool {
		i := s.rules.selectors.match(n)
		if i < 0 || s.keep[s.rules.Selectors[i].Kind] || !guard(n, 0.4, false) {
			return true
		}
		hits = append(hits, n)
		hitRules = append(hitRules, i)
		return false
	})
	for k, n := range hits {
		r := s.rules.Selectors[hitRules[k]]
		s.noteRemoval(n)
		s.removeMarked(n, verdict{r.Kind, r.Name})
	}
	// Dialogs, overlays and fixed bars that ask for consent or an email.
	var dialogs []*html.Node
	walkElements(body, func(n *html.Node) bool {
		role := strings.ToLower(attr(n, "role"))
		style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
		if role == "dialog" || role == "alertdialog" || attr(n, "aria-modal") == "true" ||
			strings.Contains(style, "position:fixed") || strings.Contains(style, "position:sticky") {
			dialogs = append(dialogs, n)
			return false
		}
		return true
	})
	for _, n := range dialogs {
		if !guard(n, 0.3, true) {
			continue
		}
		text := nodeText(n)
		if v, ok := s.classifyText(text, true); ok && !s.keep[v.kind] && (v.kind == "cookie" || v.kind == "newsletter") {
			s.noteRemoval(n)
			s.remove(n, verdict{v.kind, "dialog:" + v.rule}, text)
		}
	}
	s.stripTokens(body, total, 0.25, false)
	s.stripEmailForms(body, guard)

	// Text blocks anywhere on the page that are plainly boilerplate, judged
	// as strictly as the middle of an article; those inside the story are
	// judged again, with their position, after extraction.
	for _, b := range leafBlocks(body) {
		if inside(b, body, atom.Blockquote) || b.DataAtom == atom.Blockquote {
			continue
		}
		text := nodeText(b)
		text = collapseSpace(text)
		v, ok := s.classifySentences(text, false)
		if !ok {
			// Short blocks by pattern ("Lire aussi | …"); lone labels
			// such as "Newsletters" stay, they may be a menu's.
			v, ok = s.rules.matchPattern(text, len(strings.Fields(text)), pageKinds, false)
		}
		if !ok || s.keep[v.kind] || !pageKinds[v.kind] || !attached(b, body) {
			continue
		}
		following := next(b)
		s.remove(b, v, text)
		if v.kind == "related" && len(strings.Fields(text)) <= 6 || v.kind == "affiliate" && isHeading(b) {
			s.removeSection(b, v, following)
		}
	}
}

// emailBoxWords is the most text a box around an e-mail sign-up form may
// hold to go with the form: a heading, a line of pitch and a privacy note.
const emailBoxWords = 60

// stripEmailForms removes sign-up boxes: a form that asks for an e-mail
// address, with the small box around it (its label and pitch), whatever
// the box is called and in whatever language it is written. A comment
// form asks for more than an address and is left to the comment rules.
func (s *stripper) stripEmailForms(body *html.Node, guard func(*html.Node, float64, bool) bool) {
	if s.keep["newsletter"] {
		return
	}
	var forms []*html.Node
	walkElements(body, func(n *html.Node) bool {
		if n.DataAtom == atom.Form {
			forms = append(forms, n)
			return false
		}
		return true
	})
	for _, f := range forms {
		if !attached(f, body) || !asksOnlyEmail(f) {
			continue
		}
		box := f
		for p, k := f.Parent, 0; p != nil && p != body && k < 3; p, k = p.Parent, k+1 {
			if p.DataAtom == atom.Article || p.DataAtom == atom.Main || len(strings.Fields(nodeText(p))) > emailBoxWords {
				break
			}
			box = p
		}
		if !guard(box, 0.1, true) {
			continue
		}
		s.remove(box, verdict{"newsletter", "email-form"}, nodeText(box))
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
			t := strings.ToLower(attr(n, "type"))
			name := strings.ToLower(attr(n, "name") + " " + attr(n, "id") + " " + attr(n, "autocomplete"))
			if t == "email" || (t == "" || t == "text") && strings.Contains(name, "email") {
				email = true
			}
		}
		return true
	})
	return email && !text
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
		v, ok := s.rules.matchToken(attr(n, "class")+" "+id, inArticle)
		if !ok || s.keep[v.kind] {
			return true
		}
		if total > 0 && float64(textLen(n)) > share*float64(total) {
			return true
		}
		if findFirst(n, atom.H1) != nil {
			return true
		}
		hits = append(hits, n)
		verdicts = append(verdicts, verdict{v.kind, "class:" + v.rule})
		return false
	})
	for i, n := range hits {
		if !inArticle {
			s.noteRemoval(n)
		}
		s.remove(n, verdicts[i], nodeText(n))
	}
}

// classifyText judges a block by what it says as a whole: a label or short
// pattern that is the whole block, or sentences that are mostly boilerplate.
// edge lowers the share needed, for blocks at the start or end of an article
// or in an aside, where disclosures and banners sit.
func (s *stripper) classifyText(text string, edge bool) (verdict, bool) {
	text = collapseSpace(text)
	if text == "" {
		return verdict{}, false
	}
	words := len(strings.Fields(text))
	if v, ok := s.rules.matchLabel(text, words); ok {
		return v, true
	}
	if words <= 8 && s.rules.allButtonWords(text) {
		return verdict{"button", "button-words"}, true
	}
	return s.classifySentences(text, edge)
}

// sentenceScore is what the sentence rules make of a block: how many of
// its bytes are boilerplate, and of which kind most.
type sentenceScore struct {
	matched int
	best    verdict
}

// classifySentences is the sentence half of classifyText. A block's score
// does not depend on where it sits, so it is computed once per text (the
// page is judged before extraction and the article's blocks again after).
func (s *stripper) classifySentences(text string, edge bool) (verdict, bool) {
	sc, ok := s.scores[text]
	if !ok {
		sc = s.scoreSentences(text)
		if s.scores == nil {
			s.scores = map[string]sentenceScore{}
		}
		s.scores[text] = sc
	}
	if sc.matched == 0 {
		return verdict{}, false
	}
	need := 0.7
	if edge {
		need = 0.5
	}
	if float64(sc.matched) < need*float64(len(text)) {
		return verdict{}, false
	}
	return sc.best, true
}

func (s *stripper) scoreSentences(text string) sentenceScore {
	if len(strings.Fields(text)) > 250 {
		return sentenceScore{}
	}
	rules := s.rules.triggeredSentenceRules(strings.ToLower(text))
	if len(rules) == 0 {
		return sentenceScore{}
	}
	sentences := splitSentences(text)
	byKind := map[string]int{}
	firstRule := map[string]string{}
	matched := 0
	question := 0 // length of an unmatched question just before
	for _, sen := range sentences {
		v, ok := matchSentence(sen, rules)
		if ok {
			// "Enjoying this article? Subscribe…": the question leads
			// into the call to action and belongs to it.
			matched += question
		}
		question = 0
		if !ok && strings.HasSuffix(sen, "?") {
			question = len(sen)
		}
		if !ok {
			v, ok = s.rules.matchLabel(sen, len(strings.Fields(sen)))
			if ok && v.kind == "button" || !ok && len(strings.Fields(sen)) <= 8 && s.rules.allButtonWords(sen) {
				// "Accept Read More" after a banner belongs to the banner.
				matched += len(sen)
				continue
			}
		}
		if !ok {
			continue
		}
		n := len(sen)
		matched += n
		byKind[v.kind] += n
		if _, seen := firstRule[v.kind]; !seen {
			firstRule[v.kind] = v.rule
		}
	}
	if len(byKind) == 0 {
		return sentenceScore{}
	}
	best, bestN := "", 0
	for k, n := range byKind {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	return sentenceScore{matched: matched, best: verdict{best, firstRule[best]}}
}

// stripArticle removes boilerplate from the extracted article: elements
// named as boilerplate, then text blocks judged by what they say and where
// they sit, then link lists trailing the story.
func (s *stripper) stripArticle(root *html.Node, m *metadata) {
	s.stripTokens(root, textLen(root), 0.3, true)

	l := layoutOf(root)
	live, texts, firstLong, lastLong := l.live, l.texts, l.firstLong, l.lastLong
	for i, b := range live {
		if inside(b, root, atom.Blockquote) || b.DataAtom == atom.Blockquote {
			continue // a quotation is the story's, whatever it quotes
		}
		edge := i < 2 || i >= len(live)-4 || i > lastLong || inside(b, root, atom.Aside, atom.Footer)
		var v verdict
		ok := false
		// A subheading between the story's paragraphs is the story's:
		// "Download the app, sign up, turn on alerts" heads a section of a
		// story about news apps. Boxes' labels come after the story or go
		// with their box.
		if !isHeading(b) || i < firstLong || i > lastLong {
			v, ok = s.classifyText(texts[i], edge)
		}
		if !ok && navLike(b, root) {
			v, ok = s.rules.matchPattern(texts[i], len(strings.Fields(texts[i])), nil, true)
		}
		if !ok && (i > lastLong || i >= len(live)-3) {
			v, ok = authorTagline(texts[i], m)
		}
		if !ok && i <= firstLong+2 {
			v, ok = s.headerFurniture(texts[i], m)
			if !ok {
				v, ok = s.furnitureParts(b, m)
			}
		}
		if !ok && i <= firstLong && s.isMarkedStandfirst(b, root) && sameStandfirst(texts[i], m.description, true) {
			v, ok = verdict{"standfirst", "description"}, true
		}
		score := 0.0
		if !ok && (!isHeading(b) || i < firstLong || i > lastLong) {
			v, score, ok = s.modelVerdict(l, i, root, m.language)
		}
		if !ok || s.keep[v.kind] {
			continue
		}
		if b.Parent == nil {
			continue // went with an earlier section
		}
		following := next(b)
		s.removeScored(b, v, texts[i], score)
		if v.rule == "model" {
			continue // a section label is a rule's call
		}
		if sectionKinds[v.kind] && len(strings.Fields(texts[i])) <= 6 && (i >= len(live)*2/3 || v.kind == "related") ||
			v.kind == "affiliate" && isHeading(b) {
			s.removeSection(b, v, following)
		}
	}
	s.stripSponsoredTail(live, texts)
	s.stripTrailingLinkLists(root)
	pruneEmpty(root)
	unmarkStandfirsts(root)
}

// navLike reports whether b reads as navigation: it sits in a nav element
// or a container named or marked as a breadcrumb trail, or it is links
// only, the first of them to a home page ("Home › Money › Renting"). A
// caption or a spec line with a bar or a slash in it is none of these.
func navLike(b, root *html.Node) bool {
	for p, k := b, 0; p != nil && p != root && k < 4; p, k = p.Parent, k+1 {
		if p.DataAtom == atom.Nav {
			return true
		}
		marks := strings.ToLower(attr(p, "class") + " " + attr(p, "id") + " " + attr(p, "aria-label") + " " + attr(p, "itemtype"))
		if strings.Contains(marks, "breadcrumb") {
			return true
		}
	}
	if linkDensity(b) < navLinkShare {
		return false
	}
	first := findFirst(b, atom.A)
	return first != nil && homeLabels[normalizeLabel(nodeText(first))]
}

// navLinkShare is the share of a block's text that links must hold for it
// to read as a trail of links.
const navLinkShare = 0.7

// homeLabels are the words a breadcrumb trail starts with.
var homeLabels = map[string]bool{"home": true, "homepage": true, "start": true, "startseite": true, "accueil": true,
	"inicio": true, "início": true, "home page": true, "strona główna": true, "hem": true, "startsida": true,
	"domů": true, "úvod": true, "etusivu": true, "forside": true, "forsiden": true, "homepagina": true, "news": true}

// headerFurniture recognises, above the story's first paragraph, the
// headline repeated, a byline naming the article's author, a bare URL, and
// the standfirst when the page gives it as its description.
func (s *stripper) headerFurniture(text string, m *metadata) (verdict, bool) {
	norm := normalizeLabel(text)
	words := len(strings.Fields(text))
	if m.title != "" && (norm == normalizeLabel(m.title) || norm == normalizeLabel(cleanTitle(m.title, m.siteName))) {
		return verdict{"byline", "headline"}, true
	}
	if words <= 24 {
		byline := normalizeLabel(bylinePrefix.ReplaceAllString(text, ""))
		for _, a := range m.authors {
			na := normalizeLabel(a)
			if na != "" && strings.HasPrefix(byline, na) {
				return verdict{"byline", "author-line"}, true
			}
		}
	}
	if words == 1 && (strings.HasPrefix(text, "http://") || strings.HasPrefix(text, "https://")) {
		return verdict{"nav", "bare-url"}, true
	}
	if words <= 8 && isDateLine(text) {
		return verdict{"byline", "dateline"}, true
	}
	if site := normalizeLabel(m.siteName); site != "" && words <= 8 && !strings.ContainsAny(text, ".!?") &&
		(norm == site || strings.HasPrefix(norm, site+" ")) {
		return verdict{"byline", "affiliation"}, true // "BBC News, Yorkshire" under the byline
	}
	return verdict{}, false
}

var cjkDate = regexp.MustCompile(`^\d{4}年\d{1,2}月\d{1,2}日(\s*\d{1,2}時(\d{1,2}分)?)?$`)

// isDateLine reports whether text is a date (and maybe a time) and nothing
// else: "May 17, 2023", "15.12.2025, 05:30 Uhr", "06 may 2024 - 05:20 CEST",
// "2024年4月12日 6時00分".
func isDateLine(text string) bool {
	if !strings.ContainsAny(text, "0123456789") {
		return false
	}
	if cjkDate.MatchString(text) {
		return true
	}
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), "Uhr"))
	if !parseTime(t).IsZero() {
		return true
	}
	// A dateline may start with a place: "Madrid - 06 may 2024 - 05:20 CEST".
	if loc := placePrefix.FindStringIndex(text); loc != nil && loc[1] < len(text) {
		text = text[loc[1]:]
	}
	// Token by token: numbers, times, month and weekday names, time zones
	// and a few joining words, with at least one month name.
	months := 0
	for _, tok := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",·|–—-/()", r)
	}) {
		tok = strings.TrimSuffix(tok, ".")
		switch {
		case tok == "":
		case dateNumber.MatchString(tok):
		case isMonth(tok):
			months++
		case dateWords[tok] || timeZone.MatchString(tok):
		default:
			return false
		}
	}
	return months > 0
}

var (
	placePrefix = regexp.MustCompile(`^\p{Lu}[\p{L}.]*( \p{Lu}[\p{L}.]*)?\s*[-–—,:]\s+`)
	dateNumber  = regexp.MustCompile(`^\d{1,4}([.:h]\d{1,2}){0,2}(st|nd|rd|th|er|e|º)?\.?$`)
	timeZone    = regexp.MustCompile(`^(utc|gmt|[ecmp][sd]t|ce[s]?t|bst|ist|aest|aedt|sast|nzst|nzdt|eet|eest|wet|west)$`)
	dateWords   = map[string]bool{"am": true, "pm": true, "a.m": true, "p.m": true, "at": true, "um": true, "à": true,
		"le": true, "el": true, "de": true, "del": true, "kl": true, "uhr": true, "h": true, "of": true, "the": true,
		"on": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}
	monthPrefixes = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
		"mär", "mai", "okt", "dez", "fév", "févr", "avr", "juin", "juil", "août", "déc", "ene", "abr", "ago", "dic",
		"gen", "mag", "giu", "lug", "set", "ott", "mei", "maa", "maj", "sty", "lut", "kwi", "cze", "lip", "sie",
		"wrz", "paź", "lis", "gru", "out", "fev"}
)

func isMonth(tok string) bool {
	if len(tok) < 3 || len(tok) > 10 {
		return false
	}
	for _, p := range monthPrefixes {
		if strings.HasPrefix(tok, p) {
			return true
		}
	}
	return false
}

// markStandfirsts finds, in the page before extraction, the elements that
// are the standfirst: placed or classed as one, and saying what the page's
// description says.
func (s *stripper) markStandfirsts(doc *html.Node, description string) {
	if description == "" {
		return
	}
	walkElements(doc, func(n *html.Node) bool {
		if !blockAtoms[n.DataAtom] || hasBlockChild(n) {
			return true
		}
		text := nodeText(n)
		// The cheap test first: most blocks say something else.
		if !sameStandfirst(text, description, true) || !isStandfirst(n, doc) {
			return false
		}
		if sameStandfirst(text, description, isTeaser(n)) {
			n.Attr = append(n.Attr, html.Attribute{Key: standfirstMark, Val: "1"})
		}
		return false
	})
}

// unmarkStandfirsts removes the marks of markStandfirsts under root.
func unmarkStandfirsts(root *html.Node) {
	walkElements(root, func(n *html.Node) bool {
		for i, a := range n.Attr {
			if a.Key == standfirstMark {
				n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
				break
			}
		}
		return true
	})
}

// isMarkedStandfirst reports whether n, or an element around it below
// root, was marked as the standfirst.
func (s *stripper) isMarkedStandfirst(n, root *html.Node) bool {
	for p := n; p != nil && p != root; p = p.Parent {
		if attr(p, standfirstMark) != "" {
			return true
		}
	}
	return false
}

// isStandfirst reports whether n sits where a standfirst does: in the
// article's header, or in an element whose class or id says so. A first
// paragraph that merely repeats the meta description is the story's lede
// and stays.
func isStandfirst(n, root *html.Node) bool {
	if isTeaser(n) {
		return true
	}
	for p, k := n, 0; p != nil && p != root && k < 4; p, k = p.Parent, k+1 {
		if p.DataAtom == atom.Header || p.DataAtom == atom.H2 && p == n {
			return true
		}
	}
	return false
}

var teaserClass = regexp.MustCompile(`(?i)(^|[-_ ])(standfirst|dek|deck|subtitle|sub-title|subhead|subheadline|sub-headline|strapline|teaser|description|tagline|excerpt)([-_ ]|$)`)

// isTeaser reports whether n itself (or its parent) is marked as the
// standfirst by its class or itemprop.
func isTeaser(n *html.Node) bool {
	for p, k := n, 0; p != nil && k < 2; p, k = p.Parent, k+1 {
		if teaserClass.MatchString(attr(p, "class") + " " + attr(p, "id")) {
			return true
		}
		if ip := strings.ToLower(attr(p, "itemprop")); ip == "description" || ip == "abstract" {
			return true
		}
	}
	return false
}

// furnitureParts recognises a block above the story made of inline parts
// that are each header furniture: "Author of the article: J. Tremblay ·
// Published May 15, 2024 • Last updated 1 hour ago • 3 minute read".
func (s *stripper) furnitureParts(b *html.Node, m *metadata) (verdict, bool) {
	parts := 0
	for c := b.FirstChild; c != nil; c = c.NextSibling {
		var text string
		switch {
		case c.Type == html.TextNode:
			text = strings.Trim(collapseSpace(c.Data), "·•|–—-, ")
		case c.Type == html.ElementNode && !blockAtoms[c.DataAtom]:
			text = nodeText(c)
		default:
			return verdict{}, false
		}
		if text == "" {
			continue
		}
		v, ok := s.headerFurniture(text, m)
		if !ok {
			v, ok = s.classifyText(text, true)
			ok = ok && (v.kind == "byline" || v.kind == "nav")
		}
		if !ok {
			return verdict{}, false
		}
		parts++
	}
	if parts < 2 {
		return verdict{}, false
	}
	return verdict{"byline", "byline-parts"}, true
}

// stripSponsoredTail removes the story's last block when it is a short
// call to action around a link marked rel="sponsored": the advertiser's
// sign-off at the end of paid content.
func (s *stripper) stripSponsoredTail(live []*html.Node, texts []string) {
	if s.keep["affiliate"] {
		return
	}
	for i := len(live) - 1; i >= 0; i-- {
		b := live[i]
		if b.Parent == nil {
			continue // removed already
		}
		if len(strings.Fields(texts[i])) > 40 || !hasSponsoredLink(b) {
			return
		}
		s.remove(b, verdict{"affiliate", "sponsored-link"}, texts[i])
		return
	}
}

func hasSponsoredLink(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			for _, rel := range strings.Fields(strings.ToLower(attr(c, "rel"))) {
				if rel == "sponsored" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

var taglineVerb = regexp.MustCompile(`^(is|covers|has covered|reports|writes|joined|has been|was|es|ist|est|är|jest) `)

// authorTagline recognises, after the story, a line about its author:
// "Caleb Whitt is WKVR's eastern Kentucky reporter…".
func authorTagline(text string, m *metadata) (verdict, bool) {
	if len(strings.Fields(text)) > 60 {
		return verdict{}, false
	}
	lower := strings.ToLower(text)
	for _, a := range m.authors {
		name := strings.ToLower(strings.TrimSpace(a))
		if name == "" || !strings.HasPrefix(lower, name+" ") {
			continue
		}
		if taglineVerb.MatchString(lower[len(name)+1:]) {
			return verdict{"author-bio", "author-tagline"}, true
		}
	}
	return verdict{}, false
}

// sameStandfirst reports whether a block says what the page's description
// says: the same words, or one holding the other (a teaser that goes on for
// a sentence more than the meta description).
//
// Only the exact match counts unless teaser is set: a story's lede often
// begins with what the description says, and stays.
func sameStandfirst(text, description string, teaser bool) bool {
	a, b := normalizeLabel(text), normalizeLabel(description)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if !teaser {
		return false
	}
	short := a
	if len(b) < len(a) {
		short = b
	}
	if len(strings.Fields(short)) >= 6 && (strings.Contains(a, b) || strings.Contains(b, a)) {
		return true
	}
	// A teaser edited from the description: most of the description's
	// words, in a block not much longer than it.
	dw := strings.Fields(b)
	tw := wordSet(a)
	if len(dw) < 6 || len(strings.Fields(a)) > 2*len(dw)+10 {
		return false
	}
	shared := 0
	for _, w := range dw {
		if tw[w] {
			shared++
		}
	}
	return float64(shared) >= 0.75*float64(len(dw))
}

// sectionKinds are the kinds whose label ("About the author", "Related")
// heads a section of the same kind.
var sectionKinds = map[string]bool{"author-bio": true, "newsletter": true, "related": true}

// next returns the element after n, captured before n is detached.
func next(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// removeSection removes, from first on, the elements that follow a section
// label in the story's tail: up to three of them and 150 words, stopping at
// the next heading.
func (s *stripper) removeSection(label *html.Node, v verdict, first *html.Node) {
	words := 0
	for c, k := first, 0; c != nil && k < 3; k++ {
		if isHeading(c) || findHeading(c) {
			return
		}
		text := nodeText(c)
		words += len(strings.Fields(text))
		if words > 150 {
			return
		}
		if other, ok := s.classifyText(text, true); ok && other.kind != v.kind {
			return // a block of another kind: judged on its own
		}
		if v.kind == "related" && linkDensity(c) < 0.8 {
			return // a "Read more" label heads links, not the story's text
		}
		following := next(c)
		s.remove(c, verdict{v.kind, "section:" + v.rule}, text)
		c = following
	}
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func findHeading(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if isHeading(c) {
			found = true
		}
		return !found
	})
	return found
}

// stripTrailingLinkLists removes lists after the last paragraph of the story
// whose text is nearly all links: related stories, tags, "more from".
func (s *stripper) stripTrailingLinkLists(root *html.Node) {
	if s.keep["related"] {
		return
	}
	var lists []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol {
			lists = append(lists, n)
			return false
		}
		return true
	})
	for _, l := range lists {
		if !afterLastParagraph(l, root) {
			continue
		}
		text := nodeText(l)
		if text == "" || linkDensity(l) < 0.8 || len(strings.Fields(text)) > 200 {
			continue
		}
		s.remove(l, verdict{"related", "trailing-link-list"}, text)
	}
}

// afterLastParagraph reports whether n is in the tail of root: fewer than
// 150 characters of text outside links follow it.
func afterLastParagraph(n, root *html.Node) bool {
	seen := false
	after := 0
	var walk func(c *html.Node, inLink bool)
	walk = func(c *html.Node, inLink bool) {
		for k := c.FirstChild; k != nil && after < 150; k = k.NextSibling {
			switch {
			case k == n:
				seen = true
			case k.Type == html.TextNode:
				if seen && !inLink {
					after += len(strings.TrimSpace(k.Data))
				}
			case k.Type == html.ElementNode && !skipAtoms[k.DataAtom]:
				walk(k, inLink || k.DataAtom == atom.A)
			}
		}
	}
	walk(root, false)
	return seen && after < 150
}

func linkDensity(n *html.Node) float64 {
	total := textLen(n)
	if total == 0 {
		return 0
	}
	links := 0
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			links += textLen(c)
			return false
		}
		return true
	})
	return float64(links) / float64(total)
}

func hasBlockChild(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		if blockAtoms[c.DataAtom] {
			found = true
		}
		return !found
	})
	return found
}

// leafBlocks returns the block elements under root that have no block
// element below them: the paragraphs, list items, headings and captions
// that carry the text.
func leafBlocks(root *html.Node) []*html.Node {
	var out []*html.Node
	var visit func(n *html.Node) bool // reports whether n holds a block
	visit = func(n *html.Node) bool {
		hasBlock := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if visit(c) {
				hasBlock = true
			}
		}
		isBlock := n.Type == html.ElementNode && blockAtoms[n.DataAtom] && n != root
		if isBlock && !hasBlock {
			out = append(out, n)
		}
		if hasBlock {
			// A container mixing blocks with inline elements: each inline
			// element with text is a block of its own (a dateline <span>).
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && !blockAtoms[c.DataAtom] && !skipAtoms[c.DataAtom] && !hasBlockChild(c) {
					out = append(out, c)
				}
			}
		}
		return hasBlock || isBlock
	}
	visit(root)
	return out
}

// sortByDocument orders nodes under root as they appear in the document.
func sortByDocument(root *html.Node, nodes []*html.Node) []*html.Node {
	want := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		want[n] = true
	}
	out := make([]*html.Node, 0, len(nodes))
	walkElements(root, func(c *html.Node) bool {
		if want[c] {
			out = append(out, c)
			return false
		}
		return true
	})
	return out
}

// pruneEmpty removes elements left with no text and no media.
func pruneEmpty(root *html.Node) {
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				visit(c)
				if blockAtoms[c.DataAtom] && c.DataAtom != atom.Hr && !hasWordChar(c) && !hasMedia(c) {
					n.RemoveChild(c)
				}
			}
			c = next
		}
	}
	visit(root)
}

// hasWordChar reports whether the text under n holds a letter or a digit:
// a block left with only an emoji or a bullet once its text was removed
// goes too.
func hasWordChar(n *html.Node) bool {
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for _, r := range c.Data {
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						found = true
						return
					}
				}
			case html.ElementNode:
				if !skipAtoms[c.DataAtom] {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return found
}

func hasMedia(n *html.Node) bool {
	found := false
	walkElements(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Iframe, atom.Svg, atom.Table, atom.Embed, atom.Object:
			found = true
		}
		return !found
	})
	return found
}

// walkElements calls fn for each element under n in document order; fn
// returns false to skip the element's children.
func walkElements(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if fn(c) {
			walkElements(c, fn)
		}
	}
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walkElements(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.DataAtom == a {
			found = c
			return false
		}
		return true
	})
	return found
}

func attached(n, root *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

func inside(n, root *html.Node, atoms ...atom.Atom) bool {
	for p := n.Parent; p != nil && p != root; p = p.Parent {
		for _, a := range atoms {
			if p.DataAtom == a {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textLen is the number of non-space bytes of text under n.
func textLen(n *html.Node) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for i := 0; i < len(c.Data); i++ {
					if b := c.Data[i]; b != ' ' && b != '\n' && b != '\t' && b != '\r' {
						count++
					}
				}
			case html.ElementNode:
				if !skipAtoms[c.DataAtom] {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return count
}
