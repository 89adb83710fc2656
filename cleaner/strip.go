package cleaner

import (
	"fmt"
	"log/slog"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/machinery/blockmodel"
	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// maxRecorded caps the text kept in a Removal.
const maxRecorded = 300

// stripper removes boilerplate from a tree and records what it removed.
type stripper struct {
	rules   *ruleSet
	keep    map[string]bool
	removed []article.Removal
	scores  map[string]sentenceScore // by block text
	// labelled holds matchLabel's answers by text: the page pass and the
	// article pass ask of the same blocks and sentences.
	labelled map[string]ruleAnswer
	model    *blockmodel.Model // nil when the embedded model cannot load
	labels   *blockmodel.Model // the label model; nil when it cannot load
	// before is a copy of the page taken just before a markup rule first
	// removed an element holding much text: readability may then pick
	// another block, and the extraction of this copy says whether it did.
	before *html.Node
	// bigRemoved is the text, in non-space bytes, of the largest element a
	// markup rule removed before extraction.
	bigRemoved int
	// host is the page's site host (hostName), for telling its own links
	// from others.
	host string
	// tokens holds the token rules' answers by class and id: a page
	// repeats a few class strings on most of its elements.
	tokens map[tokenQuery]ruleAnswer
	// removedKinds holds the kind of each element removed, for the
	// headings left over nothing (stripOrphanHeadings).
	removedKinds map[*html.Node]string
	// log takes the removals a guard refused (Options.Logger); nil logs
	// nothing.
	log *slog.Logger
	// boxed holds buttonBox's verdicts on the page before extraction, by
	// the block's text with its spaces collapsed: readability drops the
	// buttons of a box and keeps its text.
	boxed map[string]verdict
}

// fresh returns a stripper with s's rules, models and settings and none of
// its state: for cleaning another copy of the page.
func (s *stripper) fresh() *stripper {
	return &stripper{rules: s.rules, keep: s.keep, model: s.model, labels: s.labels, host: s.host, log: s.log}
}

// refused logs, at debug level, that a guard kept n from rule's removal;
// why is a format for args. Nothing is formatted without a logger: the
// guards sit on the page pass's path.
func (s *stripper) refused(n *html.Node, rule, why string, args ...any) {
	if s.log == nil {
		return
	}
	s.log.Debug("cleaner: removal refused", "rule", rule, "element", describe(n), "why", fmt.Sprintf(why, args...), "text", clip(collapseSpace(nodeText(n)), 80))
}

// describe names element n as a selector would: "div#main.story-body".
func describe(n *html.Node) string {
	d := n.Data
	if id := attr(n, "id"); id != "" {
		d += "#" + id
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		d += "." + c
	}
	return clip(d, 80)
}

// clip cuts s to its first n characters, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

type tokenQuery struct {
	classID   string
	inArticle bool
}

// ruleAnswer is what a rule said of a query, remembered for the page.
type ruleAnswer struct {
	v  verdict
	ok bool
}

// matchToken is the rules' matchToken, remembered for the page.
func (s *stripper) matchToken(classID string, inArticle bool) (verdict, bool) {
	if classID == " " {
		return verdict{}, false // no class, no id
	}
	q := tokenQuery{classID, inArticle}
	if a, ok := s.tokens[q]; ok {
		return a.v, a.ok
	}
	v, ok := s.rules.matchToken(classID, inArticle)
	if s.tokens == nil {
		s.tokens = map[tokenQuery]ruleAnswer{}
	}
	s.tokens[q] = ruleAnswer{v, ok}
	return v, ok
}

// bigRemovalChars is the text, in non-space bytes, of an element whose
// removal before extraction is checked against the extraction without it.
const bigRemovalChars = 400

func (s *stripper) noteRemoval(n *html.Node) {
	size := textLen(n)
	s.bigRemoved = max(s.bigRemoved, size)
	if s.before != nil || size < bigRemovalChars {
		return
	}
	top := n
	for top.Parent != nil {
		top = top.Parent
	}
	s.before = cloneTree(top)
}

// standfirstMark is the attribute markStandfirsts puts on the standfirst:
// readability drops classes, and may rebuild the tree from a copy, so
// neither the class nor the node itself survives extraction; an attribute
// does. unmark takes it off the article.
const standfirstMark = "data-pith-standfirst"

func (s *stripper) remove(n *html.Node, v verdict, text string) {
	s.removeScored(n, v, text, 0)
}

// removeScored is remove for a block the classifier judged, with its score.
func (s *stripper) removeScored(n *html.Node, v verdict, text string, score float64) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	if s.removedKinds == nil {
		s.removedKinds = map[*html.Node]string{}
	}
	s.removedKinds[n] = v.kind
	if text = collapseSpace(text); text == "" {
		return
	}
	text = clip(text, maxRecorded)
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

// classifyText judges a block by what it says as a whole: a label or short
// pattern that is the whole block, or sentences that are mostly boilerplate.
// edge lowers the share needed, for blocks at the start or end of an article
// or in an aside, where disclosures and banners sit.
func (s *stripper) classifyText(text string, edge bool) (verdict, bool) {
	text = collapseSpace(text)
	if text == "" {
		return verdict{}, false
	}
	words := fields.Count(text)
	if v, ok := s.matchLabel(text, words); ok {
		return v, true
	}
	if words <= 8 && s.rules.allButtonWords(text) {
		return verdict{"button", "button-words"}, true
	}
	return s.classifySentences(text, edge)
}

// matchLabel is the rules' matchLabel, asked once per text; words is the
// text's word count.
func (s *stripper) matchLabel(text string, words int) (verdict, bool) {
	if a, seen := s.labelled[text]; seen {
		return a.v, a.ok
	}
	v, ok := s.rules.matchLabel(text, words)
	if s.labelled == nil {
		s.labelled = map[string]ruleAnswer{}
	}
	s.labelled[text] = ruleAnswer{v, ok}
	return v, ok
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
	if fields.Count(text) > 250 {
		return sentenceScore{}
	}
	rules := s.rules.triggeredSentenceRules(strings.ToLower(text))
	if len(rules) == 0 {
		return sentenceScore{}
	}
	sentences := splitSentences(text)
	hit := make([]bool, len(s.rules.Sentences))
	byKind := map[string]int{}
	firstRule := map[string]string{}
	matched := 0
	question := 0 // length of an unmatched question just before
	for _, sen := range sentences {
		judged := sen
		if uq, quoted := withoutQuotes(sen); quoted {
			judged = uq // a sentence quoting a notice reports on it: the words around the quotation decide
		}
		v, ok := s.rules.matchSentence(judged, rules, hit)
		if ok && attributed(sen, "") {
			// "Leave a comment on the app's page, the developer said.": a
			// notice speaks in the site's own voice and never says who
			// said it; a reported sentence is the story's.
			ok = false
		}
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
			v, ok = s.matchLabel(sen, fields.Count(sen))
			if ok && v.kind == "button" || !ok && fields.Count(sen) <= 8 && s.rules.allButtonWords(sen) {
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
	before := len(s.removed)
	s.stripMastheads(root)
	s.stripTokens(root, textLen(root), 0.3, true)
	s.stripTablesOfContents(root)
	s.stripMenus(root)
	s.stripExcerptCards(root) // whole, before their labels are judged one by one

	l := layoutOf(root)
	s.stripCopies(l)
	s.readTopics(&l, root, m.language)
	live, texts, firstLong, lastLong := l.live, l.texts, l.firstLong, l.lastLong
	own := ownNames{siteNames(m.siteName), m.authors}
	near := map[int]nearMiss{}
	for i, b := range live {
		if !attached(b, root) {
			continue // a copy, or gone with an earlier section (an item of its list too)
		}
		if verbatim(b, root) {
			continue // a quotation or code is the story's, whatever it says
		}
		edge := !l.inMiddle(i, root)
		var v verdict
		ok := false
		// A subheading between the story's paragraphs is the story's:
		// "Download the app, sign up, turn on alerts" heads a section of a
		// story about news apps. Boxes' labels come after the story or go
		// with their box.
		if !isHeading(b) || i < firstLong || i > lastLong {
			v, ok = s.classifyText(texts[i], edge)
			ok = ok && !unlinkedRelated(v.kind, findFirst(b, atom.A) != nil, texts[i]) && !s.loneRuleItem(l, i, edge)
		}
		if !ok && navLike(b, root) {
			v, ok = s.rules.matchPattern(texts[i], fields.Count(texts[i]), nil, true)
		}
		var adSection []*html.Node
		if !ok && !s.keep["ad"] {
			if adSection, ok = adHeading(b, next(b), texts[i], root); ok {
				v = verdict{"ad", "ad-heading"}
			}
		}
		if !ok {
			v, ok = controlBlock(b, texts[i], !edge)
		}
		if !ok && !isHeading(b) {
			v, ok = crossLink(b, texts[i], s.host)
		}
		if !ok && !isHeading(b) {
			v, ok = ctaPlug(b, texts[i], s.host)
		}
		if !ok && len(s.boxed) > 0 {
			v, ok = s.boxed[collapseSpace(texts[i])]
		}
		if !ok && (i > lastLong || i >= len(live)-3) {
			v, ok = authorTagline(texts[i], m)
		}
		if !ok && lastLong >= 0 && (i > lastLong || i >= len(live)-4) && i > firstLong {
			v, ok = trailingByline(texts[i])
		}
		if !ok && !isHeading(b) {
			v, ok = agencyCredit(texts[i])
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
		heading := isHeading(b) || i+1 < len(live) && boldSubhead(b, texts[i], live[i+1])
		if !ok && (!heading || i < firstLong || i > lastLong) && !(s.keep["nav"] && inMenu(b, root)) {
			// A menu kept with --keep nav is the page's navigation, whatever
			// kind the classifier would take a link of it for.
			v, score, ok = s.modelVerdict(l, i, root, m.language, own)
		}
		if !ok && !s.keep["related"] && i > firstLong && i < lastLong && !isHeading(b) && b.DataAtom != atom.Li &&
			longBlock(texts[i-1]) && longBlock(texts[i+1]) {
			v, ok = s.labelledCrossLink(l, i, m.language, own)
		}
		if !ok && !isHeading(b) && !s.keep["ad"] && fields.Count(texts[i]) <= byAdMaxWords &&
			(v.kind != "" && score >= runLean || adWords.MatchString(texts[i])) && besideAd(b) {
			// A short line next to an ad slot that went, which the
			// classifier leans to as it would in a run of boilerplate, or
			// which speaks of the ad: the ad's own "the story continues
			// below".
			v, ok = verdict{"ad", "beside-ad"}, true
		}
		if !ok && v.kind != "" && score >= runLean && i > firstLong && !isHeading(b) && !l.topics[v.kind] {
			near[i] = nearMiss{v.kind, score}
		}
		if !ok || s.keep[v.kind] {
			continue
		}
		following := next(b)
		if v.rule != "model" && s.headsOwnSection(b, v, following) {
			continue
		}
		if v.kind == "ad" {
			markBesideAd(b)
		}
		s.removeScored(b, v, texts[i], score)
		for _, c := range adSection {
			s.remove(c, verdict{"ad", "section:ad-heading"}, nodeText(c))
		}
		if v.rule == "model" {
			continue // a section label is a rule's call
		}
		if sectionKinds[v.kind] && fields.Count(texts[i]) <= 6 && (i >= len(live)*2/3 || v.kind == "related") ||
			v.kind == "affiliate" && isHeading(b) {
			s.removeSection(b, v, following)
		}
	}
	s.stripRuns(live, texts, root, near)
	s.stripTemplateMates(live, texts, root, before)
	s.stripTrailingLinkLists(root)
	s.stripOrphanHeadings(live, root)
	pruneEmpty(root)
	unmark(root)
}

// templateMaxWords: the longest block stripTemplateMates judges.
const templateMaxWords = 12

// stripTemplateMates removes a short block that has the wording, numbers
// aside, of two or more blocks of the article already removed, when those
// outnumber the blocks of that wording still kept: the first "See the
// price (about 39 €)" button, kept under the bar at the story's edge while
// the same button further down went, or a fourth "Advertisement" label.
// Only the removals since before (the article's, not the page's) count.
func (s *stripper) stripTemplateMates(live []*html.Node, texts []string, root *html.Node, before int) {
	removed := map[string]int{}
	kinds := map[string]string{}
	for _, r := range s.removed[before:] {
		if fields.Count(r.Text) > templateMaxWords || r.Kind == "repeated" {
			continue // a second copy of the story says nothing of the first
		}
		t := wordingOf(r.Text)
		removed[t]++
		if kinds[t] == "" {
			kinds[t] = r.Kind
		}
	}
	if len(removed) == 0 {
		return
	}
	kept := map[string]int{}
	type mate struct {
		i       int
		wording string
	}
	var mates []mate
	for i, b := range live {
		if !attached(b, root) || fields.Count(texts[i]) > templateMaxWords {
			continue
		}
		t := wordingOf(texts[i])
		if removed[t] == 0 {
			continue
		}
		kept[t]++
		mates = append(mates, mate{i, t})
	}
	for _, m := range mates {
		i, t := m.i, m.wording
		if removed[t] < 2 || removed[t] <= kept[t] || s.keep[kinds[t]] || verbatim(live[i], root) {
			continue
		}
		s.remove(live[i], verdict{kinds[t], "template"}, texts[i])
	}
}

// wordingOf is text in lower case with its runs of digits as "#" and its
// spaces collapsed.
func wordingOf(text string) string {
	var b strings.Builder
	digit := false
	for _, r := range strings.ToLower(strings.Join(strings.Fields(text), " ")) {
		if unicode.IsDigit(r) {
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(r)
	}
	return b.String()
}

// stripOrphanHeadings removes a heading whose whole section went as
// boilerplate: "Keep the Ledger free for everyone" over a donation
// appeal, "Related posts" over a list of links. A heading's section is the
// blocks after it up to the next heading of its level or higher; when none
// of them is left, and at least one was removed, the heading goes as the
// kind of the first one removed.
func (s *stripper) stripOrphanHeadings(live []*html.Node, root *html.Node) {
	for i := len(live) - 1; i >= 0; i-- {
		h := live[i]
		if !isHeading(h) || !attached(h, root) {
			continue
		}
		kind, orphan := "", i+1 < len(live)
		for _, b := range live[i+1:] {
			if attached(b, root) {
				// Only a heading of the same level or higher ends the
				// section; a subsection left means the section is not gone.
				orphan = isHeading(b) && headingLevel(b) <= headingLevel(h)
				break
			}
			if kind == "" {
				kind = s.removedKindOf(b)
			}
		}
		if orphan && kind != "" && !s.keep[kind] {
			s.remove(h, verdict{kind, "orphan-heading"}, nodeText(h))
		}
	}
}

// removedKindOf is the kind under which n, or the element it went with,
// was removed; "" when the stripper did not remove it.
func (s *stripper) removedKindOf(n *html.Node) string {
	for p := n; p != nil; p = p.Parent {
		if k, ok := s.removedKinds[p]; ok {
			return k
		}
	}
	return ""
}

// headingLevel is 1 for <h1> to 6 for <h6>.
func headingLevel(n *html.Node) int {
	return int(n.Data[1] - '0')
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

// A section under a label ends at the next heading; removeSection takes at
// most sectionMaxBlocks elements and sectionMaxWords words of it.
const (
	sectionMaxBlocks = 3
	sectionMaxWords  = 150
)

// removeSection removes, from first on, the elements that follow a section
// label in the story's tail: up to sectionMaxBlocks of them and
// sectionMaxWords words, stopping at the next heading.
func (s *stripper) removeSection(label *html.Node, v verdict, first *html.Node) {
	words := 0
	for c, k := first, 0; c != nil && k < sectionMaxBlocks; k++ {
		if isHeading(c) || findHeading(c) {
			return
		}
		text := nodeText(c)
		words += fields.Count(text)
		if words > sectionMaxWords {
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

// headsOwnSection reports whether the block b, which v calls a
// disclosure's heading ("Why you can trust us"), heads the article's own
// account of how it was made: the section that starts at first, up to the
// next heading, is longer than removeSection takes (more than
// sectionMaxBlocks elements or sectionMaxWords words) and does not open
// with a notice of its own. Such a heading and its section stay.
func (s *stripper) headsOwnSection(b *html.Node, v verdict, first *html.Node) bool {
	return v.kind == "affiliate" && isHeading(b) && s.longSection(first)
}

// longSection is headsOwnSection's measure of the section from first.
func (s *stripper) longSection(first *html.Node) bool {
	if first == nil {
		return false
	}
	if _, ok := s.classifyText(nodeText(first), true); ok {
		return false // the heading's notice itself
	}
	_, fits := sectionFrom(first, false, sectionMaxBlocks, sectionMaxWords)
	return !fits
}

// sectionFrom returns the elements of the section that starts at first,
// up to the next heading (or horizontal rule, with atRule) or the end of
// their parent, and whether it fits in maxBlocks elements and maxWords
// words; a section that does not fit is returned cut where it overflowed.
func sectionFrom(first *html.Node, atRule bool, maxBlocks, maxWords int) ([]*html.Node, bool) {
	var section []*html.Node
	words := 0
	for c := first; c != nil; c = next(c) {
		if isHeading(c) || findHeading(c) || atRule && (c.DataAtom == atom.Hr || findFirst(c, atom.Hr) != nil) {
			break
		}
		section = append(section, c)
		words += fields.Count(nodeText(c))
		if len(section) > maxBlocks || words > maxWords {
			return section, false
		}
	}
	return section, true
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
	for _, l := range outerLists(root) {
		if !afterLastParagraph(l, root) {
			continue
		}
		text := nodeText(l)
		if text == "" || linkDensity(l) < 0.8 || fields.Count(text) > 200 {
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
			case k.Type == html.ElementNode && !skipAtom(k.DataAtom):
				walk(k, inLink || k.DataAtom == atom.A)
			}
		}
	}
	walk(root, false)
	return seen && after < 150
}

// byAdMaxWords is the longest line next to an ad slot that may go with it.
const byAdMaxWords = 12

// adWords are the words for an advertisement, in the languages the
// cleaner meets most.
var adWords = quickre.MustCompile(`(?i)\b(ads?|adverts?|advertis\w*|anzeigen?|werbung|reklam\w*|annons\w*|publicit\w*|publicidad\w*|pubblicit\w*|advertenties?|reclame\w*|inzer\w*|ann?[uú]nci\w*|mainos\w*)\b`)

// runLean is the least score of a block kept under its bar that a run of
// boilerplate around it takes with it.
const runLean = 0.7

// nearMiss is a block the classifier leant toward but kept.
type nearMiss struct {
	kind  string
	score float64
}

// stripRuns removes a near miss whose neighbours on both sides were
// removed or are near misses too: a plug, a list of courses or a job board
// after a newsletter's story is made of blocks that each score a little
// under the bar, and together are no story.
func (s *stripper) stripRuns(live []*html.Node, texts []string, root *html.Node, near map[int]nearMiss) {
	bad := func(i int) bool {
		if i < 0 || i >= len(live) {
			return false
		}
		_, n := near[i]
		return n || !attached(live[i], root) && s.removedKinds[live[i]] != ""
	}
	var take []int
	for i := range live {
		if _, ok := near[i]; ok && attached(live[i], root) && bad(i-1) && bad(i+1) {
			take = append(take, i)
		}
	}
	for _, i := range take {
		nm := near[i]
		s.removeScored(live[i], verdict{nm.kind, "model-run"}, texts[i], nm.score)
	}
}

// crossLabelLean is the score a labelled line's label (blockmodel.LabelOf)
// must reach, read alone by the label model, for the line to be taken as
// a cross-link when it stands between two of the story's long paragraphs
// ("From our archive: How the night train lost its sleeper cars"), linked
// or not. The label's words are the site's own, in any language, while
// the headline's are a story's, which is why the block classifier, which
// reads the line whole, scores it low. Steps, questions and facts ("Step
// 2:", "Q:", "Capacity:") are labels the label model reads as the story's.
const crossLabelLean = 0.5

// labelledCrossLink judges block i as a labelled cross-link.
func (s *stripper) labelledCrossLink(l articleLayout, i int, lang string, names ownNames) (verdict, bool) {
	if s.labels == nil {
		return verdict{}, false
	}
	label, ok := blockmodel.LabelOf(l.texts[i])
	if !ok || names.in(label) {
		// An interview's question labelled with the publication's or the
		// interviewer's name ("Harbour Ledger: Why now?").
		return verdict{}, false
	}
	if p, _ := s.labels.Score(blockmodel.Block{Text: label, Lang: primaryLang(lang)}, crossLabelLean); p < crossLabelLean {
		s.refused(l.live[i], "label-line", "its label scores %.3f, under %.2f", p, crossLabelLean)
		return verdict{}, false
	}
	return verdict{"related", "label-line"}, true
}

// longBlock reports whether text is a paragraph of longBlockWords words
// or more.
func longBlock(text string) bool {
	return fields.Count(text) >= longBlockWords
}

// loneRuleItem reports whether block i is the one item of a list of the
// story's steps or facts that a text rule names: a list of three items or
// more whose links hold under listMaxLinkShare of its text, the item
// without a link, and no other item named by a rule. A how-to's step
// ("Laden Sie die App aus Ihrem App-Store.", "Follow the link in the
// e-mail") reads like boilerplate alone; a share bar or a box of plugs is
// named item by item, or is mostly links. An item of a word or two is a
// label ("Loading", "Content"), whatever list it sits in.
func (s *stripper) loneRuleItem(l articleLayout, i int, edge bool) bool {
	b := l.live[i]
	list := itemList(b)
	if list == nil || fields.Count(l.texts[i]) < loneItemMinWords || findFirst(b, atom.A) != nil || linkDensity(list) >= listMaxLinkShare {
		return false
	}
	items, named := 0, 0
	for j, c := range l.live {
		if itemList(c) != list {
			continue
		}
		items++
		if j != i {
			if _, ok := s.classifyText(l.texts[j], edge); ok {
				named++
			}
		}
	}
	return items >= 3 && named == 0
}

// loneItemMinWords is the shortest step loneRuleItem keeps, in words.
const loneItemMinWords = 3
