package cleaner

import (
	"fmt"
	"io"
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

// Thresholds of the block classifier: the probability of boilerplate a
// block no rule names must reach to be removed. The middle of the story
// needs more than its edges, where sign-offs, plugs and notices sit.
// A short sentence at the edges (fewer than modelShortWords words, ending
// with a full stop) needs modelEdgeShort: a story's closing line ("Silence
// is not consent.") reads like a notice more often than a label or a
// prompt does. Cross-validated by site on the training data (go run
// ./cmd/trainblocks), of the written short sentences scored 0.70 to 0.90,
// 56 were boilerplate and 35 article text; of the short blocks without a
// full stop (labels, prompts) scored so, 106 and 44. The middle needs
// modelMiddle: from 0.99 to 0.95, the blocks it took more on wcxb-dev were
// sign-up and loading lines, and program code until code was left alone
// (codeBlock). From 0.95 to 0.90, once the classifier learnt the pages of
// the tuned sets, it took 13 more there, 12 of them outside the annotated
// body (credits, captions, plugs) and one line that opens a list of the
// story's. From 0.90 to 0.85, once sets 16 and 17 were learnt too, it took
// 38 more blocks on wcxb-dev, none of the annotated body (credits, prices,
// quote buttons, funding lines), and cut the leak of sets 10 and 9 by 4
// and 5 phrases, with no loss in any set; at 0.80 two of set 5's controls
// lost a sentence.
const (
	modelEdge       = 0.70
	modelEdgeShort  = 0.90
	modelShortWords = 10
	modelMiddle     = 0.85
	// modelSure is the bar for the lede and for a block of the kind the
	// story is about.
	modelSure = 0.99
)

// modelNoteLede is the bar for a first long paragraph that is a note
// before the story rather than its lede (noteBeforeStory).
const modelNoteLede = 0.90

// noteBeforeStory reports whether block i, the first long paragraph,
// speaks to the reader or as "we" while the next long paragraph does
// neither: a note set before the story ("This series is supported by…
// We keep full editorial control."), not its lede, which tells of third
// parties as the story goes on to.
func (l articleLayout) noteBeforeStory(i int, lang string) bool {
	return personal(l.texts[i], lang) && l.impersonalFrom(i+1, 1, lang)
}

// modelMiddlePersonal is the middle's bar for a block that speaks to the
// reader or as "we" between long paragraphs that do neither
// (asideInStory).
const modelMiddlePersonal = 0.75

// asideInStory reports whether block i speaks to the reader or as "we"
// while the long paragraphs before and after it do neither: the site's
// aside in a story told of third parties ("Our newsroom relies on
// readers like you…" between a report's paragraphs).
func (l articleLayout) asideInStory(i int, lang string) bool {
	return personal(l.texts[i], lang) && l.impersonalFrom(i-1, -1, lang) && l.impersonalFrom(i+1, 1, lang)
}

// impersonalFrom reports whether the first long paragraph met going from
// block from by step (1 or -1) neither speaks to the reader nor as "we";
// false when there is none.
func (l articleLayout) impersonalFrom(from, step int, lang string) bool {
	for j := from; j >= 0 && j < len(l.texts); j += step {
		if longBlock(l.texts[j]) {
			return !personal(l.texts[j], lang)
		}
	}
	return false
}

// personal reports whether text, outside its quotations, speaks to the
// reader or as "we" (blockmodel.Voice).
func personal(text, lang string) bool {
	you, we := blockmodel.Voice(text, lang)
	return you || we
}

// modelMaxMiddleWords is the longest block the middle's bar applies to: a
// paragraph of this length or more between the story's long paragraphs
// needs modelSure, as the lede does, for it is the story's more often than
// not, though it quotes a notice word for word. A long appeal or bio in
// the publication's or the author's own name still needs only
// selfNameLean. Judged so rather than left alone, on wcxb-dev two author
// bios went (none of the annotated body) and no long block at modelSure.
const modelMaxMiddleWords = 40

// taglineLean is the bar for an author's tagline after the story (a
// block of at most taglineMaxWords words opening with an author's whole
// name): the classifier need only not be sure it is the story's.
const (
	taglineLean     = 0.1
	taglineMaxWords = 60
)

// modelLogLean is the score from which a block kept under its bar is
// logged at debug level: the near misses a reader may want to see.
const modelLogLean = 0.5

// modelMaxWords is the longest block the classifier judges: a paragraph of
// more words is the story's.
const modelMaxWords = 120

// modelMaxMiddle is the most blocks an article may have for the classifier
// to judge its middle too; in a longer one (a report of thousands of
// paragraphs) it judges the edges only, which bounds its cost.
const modelMaxMiddle = 400

// articleLayout says where each text block of an article sits.
type articleLayout struct {
	live      []*html.Node
	texts     []string
	firstLong int // index of the first block of 25 words or more
	lastLong  int // index of the last one, -1 if none
	// topics are the kinds of boilerplate the story itself is about, and
	// scores the classifier's answers for the long blocks it read to find
	// them, by index (see readTopics); nil until it has read the story.
	topics map[string]bool
	scores map[int]blockScore
	// listMeans holds listMean's answers by list, once asked: each item
	// of a long list would otherwise score the whole list again.
	listMeans map[*html.Node]float64
	// stems counts, for each word stem, the long paragraphs that hold it
	// (see offTopic); nil until readTopics.
	stems map[string]int
}

// blockScore is the classifier's answer for one block: the probability of
// boilerplate, and its kind when that probability reaches topicLean.
type blockScore struct {
	p    float64
	kind string
}

// longBlockWords is the length of a paragraph that is surely the story's:
// the blocks before the first such and after the last such are the
// article's edges.
const longBlockWords = 25

func layoutOf(root *html.Node) articleLayout {
	l := articleLayout{listMeans: map[*html.Node]float64{}}
	for _, b := range sortByDocument(root, leafBlocks(root)) {
		if t := nodeText(b); t != "" {
			l.texts = append(l.texts, t)
			l.live = append(l.live, b)
		}
	}
	l.lastLong, l.firstLong = -1, len(l.texts)
	for i, t := range l.texts {
		if fields.Count(t) >= longBlockWords {
			l.lastLong = i
			if l.firstLong == len(l.texts) {
				l.firstLong = i
			}
		}
	}
	return l
}

func (l articleLayout) position(i int, root *html.Node) blockmodel.Position {
	b := l.live[i]
	switch {
	case inside(b, root, atom.Aside, atom.Footer):
		return blockmodel.PosAside
	case i < 2:
		return blockmodel.PosFirst
	case i >= len(l.live)-4:
		return blockmodel.PosLast
	case i > l.lastLong:
		return blockmodel.PosTail
	}
	return blockmodel.PosMiddle
}

// inMiddle reports whether block i sits in the story's middle as the
// rules see it: past the first two blocks and before the last four, not
// after the last long paragraph, outside an aside (the classifier's
// position). The classifier's bar is stricter about it (modelVerdict):
// the lines above the first long paragraph are an edge for it too.
func (l articleLayout) inMiddle(i int, root *html.Node) bool {
	return l.position(i, root) == blockmodel.PosMiddle
}

// modelBlock is what the block classifier reads of block i.
func (l articleLayout) modelBlock(i int, root *html.Node, lang string) blockmodel.Block {
	b := l.live[i]
	mb := blockmodel.Block{
		Text:        l.texts[i],
		Pos:         l.position(i, root),
		LinkDensity: linkDensity(b),
		Heading:     isHeading(b),
		ListItem:    b.DataAtom == atom.Li,
		Emphasis:    wholly(b, atom.Em, atom.I, atom.Strong, atom.B, atom.Small),
		Lang:        primaryLang(lang),
	}
	walkElements(b, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.A:
			if h := attr(c, "href"); h != "" {
				mb.Links = append(mb.Links, h)
			}
		case atom.Input, atom.Select, atom.Textarea, atom.Button:
			mb.Form = true
		}
		return true
	})
	return mb
}

func primaryLang(tag string) string {
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// wholly reports whether all the text of b sits inside one of the inline
// elements given: an italic sign-off, a bold plug.
func wholly(b *html.Node, atoms ...atom.Atom) bool {
	total := textLen(b)
	if total == 0 {
		return false
	}
	inner := 0
	walkElements(b, func(c *html.Node) bool {
		for _, a := range atoms {
			if c.DataAtom == a {
				inner += textLen(c)
				return false
			}
		}
		return true
	})
	return inner*10 >= total*9
}

// A story is about a kind of boilerplate (cookies, paywalls, affiliate
// links) when topicBlocks of its long paragraphs or more lean to that kind:
// the classifier gives them topicLean or more.
const (
	topicBlocks = 2
	topicLean   = 0.3
)

// readTopics finds the kinds of boilerplate the story is about, read from
// its long paragraphs, which are the story's, and keeps the classifier's
// answers for them so that modelVerdict does not ask twice.
func (s *stripper) readTopics(l *articleLayout, root *html.Node, lang string) {
	l.topics, l.scores = map[string]bool{}, map[int]blockScore{}
	if s.model == nil {
		return // no classifier: no block is judged, and offTopic is never asked
	}
	l.stems = map[string]int{}
	count := map[string]int{}
	for i, t := range l.texts {
		words := fields.Count(t)
		if words < longBlockWords {
			continue
		}
		for st := range stemsOf(t) {
			l.stems[st]++
		}
		if words > modelMaxWords || i >= modelMaxMiddle {
			continue
		}
		p, kind := s.model.Score(l.modelBlock(i, root, lang), topicLean)
		l.scores[i] = blockScore{p, kind}
		if p >= topicLean && kind != "" {
			count[kind]++
			if count[kind] >= topicBlocks {
				l.topics[kind] = true
			}
		}
	}
}

// caption reports whether b is a figure's caption, or inside one. The
// classifier does not judge captions: they describe the story's pictures
// in the story's words, and the caption rules take their credits.
func caption(b, root *html.Node) bool {
	return b.DataAtom == atom.Figcaption || inside(b, root, atom.Figcaption)
}

// listMean returns the classifier's mean score over the items of the list
// that block i is an item of, when it is a list of three items or more
// that is no list of links (links hold under listMaxLinkShare of its
// text); false otherwise. A definition list's terms and definitions (a
// glossary, a box of facts) are its items, and so is a list item's only
// paragraph (<li><p>…</p></li>). A list of a story's steps, features or
// facts goes or stays whole: its one item that reads like a plug alone
// ("Exchange notes with your partner", "Handles errors gracefully") is
// the list's.
func (l articleLayout) listMean(i int, root *html.Node, lang string, m *blockmodel.Model) (float64, bool) {
	list := itemList(l.live[i])
	if list == nil {
		return 0, false
	}
	if mean, ok := l.listMeans[list]; ok {
		return mean, mean >= 0
	}
	mean := -1.0 // not a list of facts: asked once all the same
	defer func() { l.listMeans[list] = mean }()
	if linkDensity(list) >= listMaxLinkShare {
		return 0, false
	}
	sum, n := 0.0, 0
	for j, c := range l.live {
		if itemList(c) != list {
			continue
		}
		p, _ := m.Score(l.modelBlock(j, root, lang), 1)
		sum += p
		n++
	}
	if n < 3 {
		return 0, false
	}
	mean = sum / float64(n)
	return mean, true
}

// leadIn reports whether block b, of text, leads into what follows it: a
// line without a link that ends with a colon, before a list, a table, a
// code block, a picture or a quotation that is not mostly links. A story
// leads so into its own lists and examples; a box's "Follow us:" or
// "Related:" leads into links.
func leadIn(b *html.Node, text string, root *html.Node) bool {
	if !strings.HasSuffix(strings.TrimSpace(text), ":") || findFirst(b, atom.A) != nil {
		return false
	}
	n := b
	for depth := 0; ; depth++ {
		if f := next(n); f != nil {
			n = f
			break
		}
		if depth == leadInClimb || n.Parent == nil || n.Parent == root {
			return false
		}
		n = n.Parent
	}
	for depth := 0; depth < leadInClimb && !leadTarget(n); depth++ {
		c := n.FirstChild
		for c != nil && c.Type != html.ElementNode {
			c = c.NextSibling
		}
		if c == nil || c.DataAtom == atom.A || ownText(n) {
			break // a linked picture is a button or an icon
		}
		n = c
	}
	switch n.DataAtom {
	case atom.Img, atom.Picture, atom.Pre:
		return true
	}
	// A list or a table of the story's words: not a row of icons.
	return leadTarget(n) && textLen(n) >= leadInMinText && linkDensity(n) < listMaxLinkShare
}

// leadInClimb is how many levels leadIn climbs to find what follows a
// line, and descends into it to find a list or a picture.
const leadInClimb = 3

// leadInMinText is the least text, in non-space bytes, of a list, table,
// figure or quotation that a line leads into.
const leadInMinText = 40

// leadTarget reports whether n is what a story's line leads into.
func leadTarget(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl, atom.Pre, atom.Table, atom.Figure, atom.Blockquote, atom.Img, atom.Picture:
		return true
	}
	return false
}

// listMaxLinkShare is the share of a list's text in links from which it
// is a list of links (related stories, a share bar, a site's sections),
// whose items the classifier judges one by one.
const listMaxLinkShare = 0.5

// itemList returns the list that block b is an item of, or nil: the
// parent of a list item or a definition list's term or definition, or the
// list of the list item whose only element b is.
func itemList(b *html.Node) *html.Node {
	switch {
	case b.Parent == nil:
		return nil
	case listItem(b):
		return b.Parent
	case b.Parent.DataAtom == atom.Li && b.Parent.Parent != nil && onlyElement(b):
		return b.Parent.Parent
	}
	return nil
}

// listItem reports whether b is an item of a list: a list item, or a
// definition list's term or definition.
func listItem(b *html.Node) bool {
	return b.DataAtom == atom.Li || b.DataAtom == atom.Dd || b.DataAtom == atom.Dt
}

// modelVerdict asks the block classifier about block i, which no rule
// named. It answers only when the classifier is confident enough for the
// block's place; under that bar, the verdict it refuses still names the
// kind it leant to, when known.
func (s *stripper) modelVerdict(l articleLayout, i int, root *html.Node, lang string, names ownNames) (verdict, float64, bool) {
	if s.model == nil {
		return verdict{}, 0, false
	}
	words := fields.Count(l.texts[i])
	if words > modelMaxWords || dataRow(l.live[i]) || codeBlock(l.live[i], root) || caption(l.live[i], root) || priceLine(l.texts[i], l.live[i]) {
		return verdict{}, 0, false
	}
	inMiddle := l.inMiddle(i, root)
	if inMiddle && len(l.live) > modelMaxMiddle {
		return verdict{}, 0, false
	}
	mb := l.modelBlock(i, root, lang)
	need := modelEdge
	if shortSentence(l.texts[i]) {
		need = modelEdgeShort
	}
	// The lines between the headline and the first long paragraph (a
	// kicker, a standfirst, a follow prompt) are an edge for the bar,
	// though the classifier reads them as the middle from the third block.
	middle := inMiddle && i > l.firstLong
	// A long paragraph among the last blocks, after the lede and at or
	// before the last long one, is between the story's paragraphs too,
	// unless it names the site or the author (a bio, an appeal, a
	// publisher's note: their own bars, below, judge it).
	if !middle && i > l.firstLong && i <= l.lastLong && words >= longBlockWords && l.position(i, root) == blockmodel.PosLast && !names.in(l.texts[i]) {
		middle = true
	}
	// A block in the middle that shares next to none of the story's words
	// is judged as at the edge (but never more strictly than in the
	// middle): the site's notice set between two paragraphs speaks of
	// something else, where the story's own short paragraphs, even those
	// that read like a notice, name the story's people, places and things.
	if middle && words < modelMaxMiddleWords && l.offTopic(i) {
		middle = false
		need = min(need, modelMiddle)
	}
	if middle {
		need = modelMiddle
		if words >= modelMaxMiddleWords {
			need = modelSure
		} else if l.asideInStory(i, mb.Lang) {
			need = modelMiddlePersonal
		}
	}
	if leadIn(l.live[i], l.texts[i], root) {
		// The story's words before its list, table, code or picture ("In
		// this article, we examine:", "Install it like this:").
		need = modelSure
	}
	// The first long paragraph is the lede, whatever its place: it needs
	// modelSure. Unless it is set wholly in italics or bold, as the notes
	// that open a story are ("This article contains affiliate links…"),
	// or is a note in the site's voice before an impersonal story, which
	// needs modelNoteLede.
	note := i == l.firstLong && !mb.Emphasis && l.noteBeforeStory(i, mb.Lang)
	lede := i == l.firstLong && !mb.Emphasis && !note
	if note {
		need = max(need, modelNoteLede)
	}
	if lede || i > l.firstLong && i+1 < len(l.texts) && signature(l.texts[i+1], names.authors) {
		// The lede, and a letter's or a newsletter's last words before
		// its author signs ("Stay cool, and check on your neighbours." —
		// Lena), are the story's. (Above the lede, the author's name is
		// a byline, not a signature.)
		need = modelSure
	}
	own := !lede && (names.in(l.texts[i]) || i > l.lastLong && names.opensWithAuthor(l.texts[i]))
	// The kind is read from the lowest bar it may be needed at: a near
	// miss's kind goes back to stripRuns.
	minKind := min(need, runLean)
	if own {
		minKind = selfNameLean
	}
	// A short block after the story that opens with an author's whole
	// name is the author's tagline, in any language ("Kasper Juul
	// Mikkelsen dækker kommunalpolitik for…", "Lena Park is a freelance
	// writer…"): it needs only taglineLean, where the classifier has not
	// learnt the language's words for a bio.
	tagline := !lede && i > l.lastLong && words <= taglineMaxWords && names.opensWithWholeAuthor(l.texts[i])
	if tagline {
		minKind = taglineLean
	}
	sc, ok := l.scores[i]
	if !ok {
		sc.p, sc.kind = s.model.Score(mb, minKind)
	}
	p, kind := sc.p, sc.kind // a kept kind is known from topicLean, below need
	// A report of what someone says (attribution.go) needs modelSure; it
	// is asked only of a block a bar would take.
	if own && p >= selfNameLean && p < need && kind != "" && !l.topics[kind] && !attributed(l.texts[i], lang) {
		// The publication or the author speaking of themselves between or
		// after the story's paragraphs ("The Dispatch is funded by its
		// members…", "Swisha till Västerås Idag…", "Lena Park is a
		// freelance writer…") is a plug, an appeal, a credit or a bio.
		// A sentence in the story's middle that only names them, neither
		// opening with the name nor speaking to the reader or as "we"
		// ("Councillor Mae Owens told the Harbour Ledger that…"), needs
		// selfNameMiddleLean.
		need = selfNameLean
		if i <= l.lastLong && !names.speaksAsItself(l.texts[i], mb.Lang) {
			need = selfNameMiddleLean
		}
	}
	if tagline && p >= taglineLean && p < need && !attributed(l.texts[i], lang) {
		need = taglineLean
		if kind == "" || kind == "related" {
			kind = "author-bio"
		}
	}
	if p >= need && p < modelSure && attributed(l.texts[i], lang) {
		need = modelSure
	}
	if p >= need && kind != "" {
		if mean, ok := l.listMean(i, root, lang, s.model); ok && mean < need {
			// An item of a list of facts without links goes with its
			// list, and the list as a whole scores under the bar: a
			// timeline's dated line reads like an update notice alone.
			s.refused(l.live[i], "model", "its list scores %.3f as a whole, under the bar %.2f", mean, need)
			return verdict{}, p, false
		}
	}
	if p < need || kind == "" {
		if p >= modelLogLean {
			s.refused(l.live[i], "model", "score %.3f under the bar %.2f", p, need)
		}
		// Under the bar only, a refusal names the kind: a near miss that
		// stripRuns may take with its neighbours. A block a guard below
		// keeps is no near miss, nor is one that needed the sure score (the
		// lede, a long paragraph in the middle, a reported sentence): a
		// run of notices does not take the story's own paragraphs.
		if need >= modelSure {
			kind = ""
		}
		return verdict{kind: kind}, p, false
	}
	if l.topics[kind] && p < modelSure {
		// A report on cookie fines or affiliate links talks like the
		// boilerplate of its kind all along: its blocks of that kind need
		// modelSure wherever they are.
		return verdict{}, p, false
	}
	if unquoted, ok := withoutQuotes(mb.Text); ok {
		// A sentence that quotes boilerplate reports on it ("The note
		// asks sites to show “Accept all” and “Reject all” alike"): the
		// words around the quotation decide.
		q := mb
		q.Text = unquoted
		if qp, _ := s.model.Score(q, need); qp < need {
			return verdict{}, p, false
		}
	}
	if (!own || speakerLabel(mb.Text)) && len(mb.Links) == 0 && s.answered(l, i, root, lang) {
		// A short question with its answer after it is an interview's or
		// an FAQ's ("Do you think of stopping?"), not a prompt; the
		// interviewer's may be labelled with the publication's name
		// ("Harbour Ledger: Why now?").
		return verdict{}, p, false
	}
	if unlinkedRelated(kind, len(mb.Links) > 0, mb.Text) && !own {
		// Unless it names the page's own site or author ("Lena Park covers
		// transport for the Dispatch."): then it is a tagline, whatever
		// kind it reads as.
		return verdict{}, p, false
	}
	return verdict{kind, "model"}, p, true
}

// A question and its answer, in an interview or an FAQ: a block of at
// most questionMaxWords words that ends with a question mark, followed by
// one of answerMinWords words or more that is no question and that the
// classifier reads as the story's (under answerMaxScore), in an article
// with minQuestions such questions or more. A plug's one question ("Ready
// to start?") has no such company.
const (
	questionMaxWords = 15
	answerMinWords   = 6
	answerMaxScore   = 0.5
	minQuestions     = 3
)

// shortQuestion reports whether text is a question of at most
// questionMaxWords words.
func shortQuestion(text string) bool {
	q := strings.TrimSpace(text)
	return (strings.HasSuffix(q, "?") || strings.HasSuffix(q, "？")) && fields.Count(q) <= questionMaxWords
}

// speakerLabel reports whether text opens with a speaker's label: at most
// speakerMaxWords words and a colon ("Harbour Ledger: …", "Q: …").
func speakerLabel(text string) bool {
	i := strings.IndexAny(text, ":：")
	return i > 0 && fields.Count(text[:i]) <= speakerMaxWords
}

// speakerMaxWords is the longest speaker's label, in words.
const speakerMaxWords = 4

// answered reports whether block i is a short question answered by the
// block after it.
func (s *stripper) answered(l articleLayout, i int, root *html.Node, lang string) bool {
	if !shortQuestion(l.texts[i]) || i+1 >= len(l.live) {
		return false
	}
	a := strings.TrimSpace(l.texts[i+1])
	if fields.Count(a) < answerMinWords || strings.HasSuffix(a, "?") {
		return false
	}
	questions := 0
	for _, t := range l.texts {
		if shortQuestion(t) {
			questions++
		}
	}
	if questions < minQuestions {
		return false
	}
	p, _ := s.model.Score(l.modelBlock(i+1, root, lang), answerMaxScore)
	return p < answerMaxScore
}

// ArticleBlocks runs Clean up to the extraction of the article and returns
// the article's text blocks as the block classifier reads them, before any
// text rule judges them. cmd/trainblocks builds its training data from it.
func ArticleBlocks(r io.Reader, pageURL *url.URL, opts Options) (blocks []blockmodel.Block, err error) {
	defer func() {
		if p := recover(); p != nil {
			blocks, err = nil, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	doc, err := parse(r, opts)
	if err != nil {
		return nil, err
	}
	root, meta, _, err := extract(doc, pageURL, opts)
	if err != nil {
		return nil, err
	}
	l := layoutOf(root)
	for i := range l.live {
		if verbatim(l.live[i], root) {
			continue
		}
		blocks = append(blocks, l.modelBlock(i, root, meta.language))
	}
	return blocks, nil
}

// unlinkedRelated reports whether a block judged of kind, whose text is
// text and which holds a link when linked, is a sentence that links
// nothing read as a related link: the story's. Related stories are linked,
// or named under a label ("More news"); "Read more about browning butter
// in the notes below." and "Recommended: a deep pot, peat-free compost and
// a cane for each plant." are not, whether a rule or the classifier judged
// them.
func unlinkedRelated(kind string, linked bool, text string) bool {
	return kind == "related" && !linked && isSentence(text)
}

// isSentence reports whether text is a sentence of six words or more: it
// ends with a full stop, a question or an exclamation mark.
func isSentence(text string) bool {
	text = strings.TrimSpace(text)
	return fields.Count(text) >= 6 && strings.ContainsAny(text[len(text)-1:], ".!?")
}

// shortSentence reports whether text is a sentence of fewer than
// modelShortWords words that ends with a full stop, before any closing
// quote or bracket: a closing line, not a label or a prompt.
func shortSentence(text string) bool {
	text = trimClosing(text)
	return strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "..") && fields.Count(text) < modelShortWords
}

// dataRow reports whether b is a row of a table's cells ("5  Lena Park
// 2380  2  3"): data, whose words say nothing of boilerplate.
func dataRow(b *html.Node) bool {
	if b.DataAtom != atom.Tr {
		return false
	}
	cells := 0
	for c := b.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			cells++
		}
	}
	return cells >= 2
}

// priceLine reports whether b, whose text is text, is a labelled price
// with no link ("Price: $499 / $549 with the seat", "Preis: 1.299 €
// inklusive Akku"): a fact of a review or a buying guide, as a table's row
// is. A shop's button or a deal's link is a link, and still judged.
func priceLine(text string, b *html.Node) bool {
	return fields.Count(text) <= maxPriceLineWords && labelledPrice.MatchString(text) && findFirst(b, atom.A) == nil
}

// maxPriceLineWords is the most words of a priceLine.
const maxPriceLineWords = 20

// labelledPrice is a label that opens on "price" in the ten languages
// ("Price as tested:", "Precio de lista:", "Cena:"), a colon and an
// amount of money (moneyAmount) at the start of the value. A plug's offer
// opens on its verb ("Subscribe today: $1 a week"), not on the word.
var labelledPrice = quickre.MustCompile(`(?i)^(?:prices?|msrp|rrp|preis|uvp|precios?|prix|prezzo|prijs|preço|cena|pris)\b[\pL .()-]{0,25}:\s*(?:` + moneyAmount + `)`)

// codeBlock reports whether b is program code: a <pre>, or inside one, or
// a block whose text is all <code>. Code's words say nothing of
// boilerplate.
func codeBlock(b, root *html.Node) bool {
	return preformatted(b, root) || wholly(b, atom.Code)
}

// minReportWords is the fewest words a block must keep outside its
// quotations to be judged by them: "“Accept all”" alone is a button.
const minReportWords = 6

// withoutQuotes returns text with its quotations taken out, and whether
// there were any and enough words remain around them.
func withoutQuotes(text string) (string, bool) {
	out, found := quotes.Strip(text)
	return out, found && fields.Count(out) >= minReportWords
}

// trimClosing trims space and the closing quotes and brackets after a
// block's last word: "Silence is not consent.“" ends with its full stop.
func trimClosing(text string) string {
	return strings.TrimRight(strings.TrimSpace(text), "\"'’”“»«›‹)]")
}

// maxSignatureWords is the longest signature line: "— Lena", "Until next
// week, Lena Okafor".
const maxSignatureWords = 5

// signature reports whether text is an author signing off: a short line
// that starts with a dash and a capitalised name ("— Lena", "– L.O."), or
// that ends with the first or whole name of one of the page's authors.
func signature(text string, authors []string) bool {
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > maxSignatureWords {
		return false
	}
	if w := words[0]; w == "—" || w == "–" || w == "-" {
		return len(words) > 1 && unicode.IsUpper([]rune(words[1])[0])
	}
	if r := []rune(words[0]); (r[0] == '—' || r[0] == '–') && len(r) > 1 && unicode.IsUpper(r[1]) {
		return true
	}
	last := strings.TrimRight(strings.Join(words, " "), ".!,")
	for _, a := range authors {
		first, _, _ := strings.Cut(a, " ")
		if utf8.RuneCountInString(first) < 2 {
			continue
		}
		if last == a || strings.HasSuffix(last, " "+a) || last == first || strings.HasSuffix(last, " "+first) {
			return true
		}
	}
	return false
}

// stemLetters is the length of a word's stem for offTopic: a word's first
// five letters, which inflection mostly leaves alone ("residents",
// "resident's"; "Gemeinde", "Gemeinden"), and shorter words are not
// counted.
const stemLetters = 5

// offTopicShare is the largest share of a block's stems that the story's
// long paragraphs may hold for the block to be off the story's topic.
const offTopicShare = 0.2

// stemsOf returns the stems of text's words (as words splits them) of
// stemLetters characters or more.
func stemsOf(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(text) {
		n := 0
		for k := range w {
			if n == stemLetters {
				w = w[:k]
				break
			}
			n++
		}
		if n == stemLetters {
			out[w] = true
		}
	}
	return out
}

// offTopic reports whether block i shares at most offTopicShare of its
// stems with the story's long paragraphs (other than itself): a block
// that speaks of something else than the story. A block ending with a
// colon leads into what follows (a quotation, a list) and is never off
// the topic; nor is one without a word of stemLetters letters.
func (l articleLayout) offTopic(i int) bool {
	if l.stems == nil || strings.HasSuffix(strings.TrimSpace(l.texts[i]), ":") {
		return false
	}
	self := fields.Count(l.texts[i]) >= longBlockWords
	shared, all := 0, 0
	for st := range stemsOf(l.texts[i]) {
		all++
		n := l.stems[st]
		if self {
			n--
		}
		if n > 0 {
			shared++
		}
	}
	return all > 0 && float64(shared) <= offTopicShare*float64(all)
}
