package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageScan is what one walk of the page gathers for its metadata: the meta
// tags, the JSON-LD scripts, and the marks of a headline, byline, date and
// language in the visible page. Comments, related links, footers, navigation
// and sidebars are walked but give no byline and no date.
type pageScan struct {
	metas     map[string][]string // lower-case key → contents, in page order
	ldScripts []string
	docTitle  string
	htmlLang  string
	canonical string

	h1s []string // headlines outside comments and related links

	// Date signals in the body, in page order.
	itempropDates []propValue // itemprop=datePublished… on other elements than <meta>
	times         []timeMark
	dateTexts     []string // short texts of elements classed as a date, byline or post meta, after the headline
	dateTextsPre  []string // the same, before the headline: a masthead's "today"
	afterH1       []string // the first lines of text after the first headline
	beforeH1      []string // the last lines of text before it: a kicker's date
	beforeLen     int

	// Author signals in the body.
	itempropAuthors []string
	relAuthors      []string // rel=author, links to an author page
	bylines         []string // elements classed as a byline or author name
	signoffs        []string // short texts with an e-mail address, or before a mailto link

	sample    strings.Builder // paragraph text for the language check
	afterLen  int
	seenH1    bool
	sampleCap bool
}

// propValue is one itemprop value: the property and what the element says.
type propValue struct {
	prop, value string
	text        bool // value is visible text rather than a machine-readable attribute
}

// timeMark is one <time> element.
type timeMark struct {
	datetime, text string
	pub            bool // has pubdate, or a class naming publication
	update         bool // marked as the page's update (see updateTime)
}

// updateMarks are the class and id words of a <time> that gives the page's
// update, or of the element around it.
var updateMarks = []string{"updated", "modified", "lastmod", "last-mod"}

// updateTime reports whether the <time> n, whose class and id are marks,
// gives the page's update rather than its publication: its class or id, or
// its parent's, says so
// ("lastmod", "entry-date updated"), or the text written before it in its
// parent is an update's label ("Updated:", "Aktualisiert am", "最終更新日:").
func updateTime(n *html.Node, marks string) bool {
	if n.Parent != nil {
		marks += " " + marksOf(n.Parent)
	}
	for _, w := range updateMarks {
		if strings.Contains(marks, w) {
			return true
		}
	}
	if n.Parent == nil {
		return false
	}
	var before strings.Builder
	for c := n.Parent.FirstChild; c != nil && c != n && before.Len() < maxDateText; c = c.NextSibling {
		if c.Type == html.TextNode {
			before.WriteString(c.Data)
		} else {
			before.WriteString(nodeText(c))
		}
		before.WriteByte(' ')
	}
	return updatedLabel.MatchString(collapseSpace(before.String()))
}

const (
	// maxAfterH1 is how much text after the headline is read for a
	// byline and a date, in bytes.
	maxAfterH1 = 400
	// maxBeforeH1 is how much text before the headline is kept.
	maxBeforeH1 = 160
	// maxDateText is the longest text of a date or byline element read
	// for a date, in bytes.
	maxDateText = 240
	// maxSample is the most paragraph text read to check the language:
	// enough for the identifier's trigrams, whose cost grows with it.
	maxSample = 600
	// maxDateTexts is the most date and byline texts kept.
	maxDateTexts = 30
	// maxSignoff is the longest text read for a reporter's sign-off.
	maxSignoff = 120
)

// excludedMarks are words in a class or id of the regions that hold no
// byline or date of the article: comments, related links, sidebars; and
// excludedPrefixes begin such a class ("footer-links",
// but not "post-footer-line", where a blog puts its byline).
var (
	excludedMarks = []string{"comment", "related", "sidebar", "recommend",
		"popular", "trending", "more-stories", "read-more", "readmore", "also-read",
		"disqus", "teaser-list", "further-reading"}
	excludedPrefixes = []string{"footer", "site-footer", "page-footer", "global-footer", "reply"}
)

func excludedRegion(marks string) bool {
	if !containsAny(marks, excludedMarks) && !containsAny(marks, excludedPrefixes) {
		return false // the common case, without cutting the marks into words
	}
	region, story := false, false
	for tok := range strings.FieldsSeq(marks) {
		prefixed := false
		for _, p := range excludedPrefixes {
			prefixed = prefixed || strings.HasPrefix(tok, p)
		}
		marked := containsAny(tok, excludedMarks)
		switch {
		case prefixed || marked && !layoutMark(tok):
			region = true
		case !marked && strings.Contains(tok, "content"):
			story = true // "site-content sidebar-right": the story's wrapper, laid out with a sidebar
		}
	}
	return region && !story
}

// layoutMarks, before a region's word in one class, name a layout that
// holds the region beside the story, not the region: "content-sidebar-wrap"
// (a common WordPress theme's wrapper of the story and its sidebar),
// "with-sidebar", "has-sidebar", "no-sidebar", "layout-sidebar-right", a
// modifier "grid--sidebar"; and any class that says "layout". An element that also has a class naming
// content ("site-content sidebar-right") is the story's wrapper.
var layoutMarks = []string{"content", "with", "has", "no-", "without", "layout", "--"}

// layoutMark reports whether a class token that holds a region's word
// names a layout: a layout word comes before the region's.
func layoutMark(tok string) bool {
	if strings.Contains(tok, "layout") {
		return true // "SidebarLayoutContent", "sidebar-layout"
	}
	first := len(tok)
	for _, w := range excludedMarks {
		if i := strings.Index(tok, w); i >= 0 && i < first {
			first = i
		}
	}
	for _, w := range layoutMarks {
		if i := strings.Index(tok, w); i >= 0 && i < first {
			return true
		}
	}
	return false
}

// titleMarks are words in the class of a headline that is not an <h1>.
var titleMarks = []string{"entry-title", "post-title", "article-title", "story-title", "headline"}

// dateMarks and bylineMarks are words in a class or id of the elements
// that hold a date, or the names of a byline.
var (
	dateMarks   = []string{"date", "time", "publish", "posted", "dateline", "meta", "byline", "datum", "fecha", "data-pub", "entry-info", "article-info", "post-info"}
	bylineMarks = []string{"byline", "author", "autor", "auteur", "writer"}
)

func scanPage(root *html.Node) *pageScan {
	s := &pageScan{metas: map[string][]string{}}
	s.walk(root, false)
	return s
}

func (s *pageScan) walk(n *html.Node, excluded bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if excluded {
				continue
			}
			if len(c.Data) <= maxSignoff && len(s.signoffs) < maxDateTexts && strings.IndexByte(c.Data, '@') >= 0 {
				s.signoffs = append(s.signoffs, collapseSpace(c.Data)) // "Name 기자 name@example.kr"
			}
			if s.seenH1 && s.afterLen < maxAfterH1 {
				if t := collapseSpace(c.Data); t != "" {
					s.afterH1 = append(s.afterH1, t)
					s.afterLen += len(t)
				}
			} else if !s.seenH1 && len(c.Data) <= maxBeforeH1 && strings.TrimSpace(c.Data) != "" {
				t := c.Data // collapsed when read: most of it is dropped unread
				s.beforeH1 = append(s.beforeH1, t)
				s.beforeLen += len(t)
				for s.beforeLen > maxBeforeH1 && len(s.beforeH1) > 1 {
					s.beforeLen -= len(s.beforeH1[0])
					s.beforeH1 = s.beforeH1[1:]
				}
			}
		case html.ElementNode:
			s.element(c, excluded)
		}
	}
}

func (s *pageScan) element(n *html.Node, excluded bool) {
	switch n.DataAtom {
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			s.ldScripts = append(s.ldScripts, childText(n))
		}
		return
	case atom.Style, atom.Noscript, atom.Template, atom.Svg:
		return
	case atom.Meta:
		s.meta(n)
		return
	case atom.Title:
		if s.docTitle == "" {
			s.docTitle = collapseSpace(childText(n))
		}
		return
	case atom.Html:
		if s.htmlLang == "" {
			s.htmlLang = attr(n, "lang")
			if s.htmlLang == "" {
				s.htmlLang = attr(n, "xml:lang")
			}
		}
	case atom.Link:
		if s.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			s.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return
	case atom.Nav, atom.Aside:
		excluded = true
	case atom.Footer:
		// A page's footer, not an article's (which may hold the byline).
		excluded = excluded || !inside(n, nil, atom.Article)
	}
	if excluded {
		s.walk(n, true) // for the metadata in it; its marks say nothing
		return
	}
	marks := marksOf(n)
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		// Their classes describe the whole page ("right-sidebar").
	default:
		excluded = excludedRegion(marks)
	}
	if !excluded {
		s.signals(n, marks)
	}
	if n.DataAtom == atom.H1 && !excluded {
		if t := nodeText(n); t != "" {
			s.h1s = append(s.h1s, t)
		}
		if !s.seenH1 {
			s.seenH1 = true
			// The headline's own text is not "after" it, but a date set
			// in it ("<span class=date>12.03.2021</span> Council …") is
			// the story's.
			walkElements(n, func(c *html.Node) bool {
				s.signals(c, marksOf(c))
				return true
			})
			return
		}
	}
	// A page without an <h1> marks its headline with a class: the text
	// after it is read as after an <h1>.
	if !s.seenH1 && !excluded && isHeading(n) && containsAny(marks, titleMarks) {
		s.seenH1 = true
		return
	}
	if n.DataAtom == atom.P && !excluded && !s.sampleCap {
		if t := nodeText(n); len(t) > 40 {
			s.sample.WriteString(t)
			s.sample.WriteByte(' ')
			s.sampleCap = s.sample.Len() >= maxSample
		}
	}
	s.walk(n, excluded)
}

// marksOf is an element's class and id, their ASCII letters lower case:
// lowered once here, the marks are compared to the lower-case words as they
// are.
func marksOf(n *html.Node) string {
	switch cls, id := attr(n, "class"), attr(n, "id"); {
	case id == "":
		return lowerASCII(cls)
	case cls == "":
		return lowerASCII(id)
	default:
		return lowerASCII(cls + " " + id)
	}
}

// bemElements reads class names written block__element (BEM) by their
// element when it names another part than the block's: "c-byline__place"
// is a place and "c-byline__date" a date, though both sit in a byline;
// "c-byline__item" is still the byline's.
func bemElements(marks string) string {
	if !strings.Contains(marks, "__") {
		return marks
	}
	fields := strings.Fields(marks)
	for i, f := range fields {
		if j := strings.LastIndex(f, "__"); j >= 0 && containsAny(f[j+2:], bemOtherParts) {
			fields[i] = f[j+2:]
		}
	}
	return strings.Join(fields, " ")
}

// bemOtherParts are the element names of a byline block's parts that are
// not its names.
var bemOtherParts = []string{"place", "location", "city", "date", "time", "avatar", "image", "img", "photo", "role", "title", "job", "bio"}

// signals notes what an element outside comments and related links says
// about the date and the authors.
func (s *pageScan) signals(n *html.Node, marks string) {
	if props := strings.Fields(strings.ToLower(attr(n, "itemprop"))); len(props) > 0 {
		for _, p := range props {
			switch p {
			case "datepublished", "datecreated", "datemodified":
				v := propValue{prop: p}
				for _, key := range []string{"content", "datetime", "title"} {
					if a := strings.TrimSpace(attr(n, key)); a != "" {
						v.value = a
						break
					}
				}
				if v.value == "" {
					v.value, v.text = nodeText(n), true
				}
				if v.value != "" && len(v.value) <= maxDateText {
					s.itempropDates = append(s.itempropDates, v)
				}
			case "author", "creator":
				if t := authorText(n); t != "" {
					s.itempropAuthors = append(s.itempropAuthors, t)
				}
			}
		}
	}
	switch n.DataAtom {
	case atom.Time:
		s.times = append(s.times, timeMark{
			datetime: strings.TrimSpace(attr(n, "datetime")),
			text:     nodeText(n),
			pub:      hasAttr(n, "pubdate") || strings.Contains(marks, "publish") || strings.Contains(marks, "entry-date"),
			update:   updateTime(n, marks),
		})
	case atom.A:
		href := strings.ToLower(attr(n, "href"))
		if hasToken(attr(n, "rel"), "author") || strings.Contains(href, "/author/") ||
			strings.Contains(href, "/authors/") || strings.Contains(href, "/autor/") ||
			strings.Contains(href, "/auteur/") || strings.Contains(href, "/autore/") {
			if t := nodeText(n); t != "" {
				s.relAuthors = append(s.relAuthors, t)
			}
		}
		if strings.HasPrefix(href, "mailto:") && len(s.signoffs) < maxDateTexts {
			// The reporter's name before the address: "Name 기자 <a href=mailto:…>"
			p := n.PrevSibling
			for p != nil && p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" {
				p = p.PrevSibling
			}
			if p != nil && p.Type == html.TextNode && len(p.Data) <= maxSignoff {
				s.signoffs = append(s.signoffs, collapseSpace(p.Data))
			}
		}
	}
	if strings.TrimSpace(marks) == "" {
		return
	}
	if len(s.dateTexts)+len(s.dateTextsPre) < maxDateTexts && containsAny(marks, dateMarks) {
		if t, ok := boundedText(n, maxDateText); ok && t != "" {
			if s.seenH1 {
				s.dateTexts = append(s.dateTexts, t)
			} else {
				s.dateTextsPre = append(s.dateTextsPre, t)
			}
		}
	}
	if bm := bemElements(marks); len(s.bylines) < maxDateTexts && containsAny(bm, bylineMarks) && !strings.Contains(bm, "avatar") && !strings.Contains(bm, "bio") {
		if t, ok := boundedText(n, maxBylineLen); ok && t != "" {
			s.bylines = append(s.bylines, t)
		}
	}
}

func (s *pageScan) meta(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, key)))
		if k == "" {
			continue
		}
		if key == "itemprop" && strings.Contains(k, " ") {
			for _, k := range strings.Fields(k) { // "datePublished dateCreated"
				s.metas[k] = append(s.metas[k], content)
			}
			continue
		}
		s.metas[k] = append(s.metas[k], content)
	}
}

// first returns the first content of the first key that has one.
func (s *pageScan) first(keys ...string) string {
	for _, k := range keys {
		if v := s.metas[k]; len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

// authorText is the name an itemprop=author element gives: its
// itemprop=name child, its content attribute, or its text.
func authorText(n *html.Node) string {
	if c := strings.TrimSpace(attr(n, "content")); c != "" {
		return c
	}
	var name string
	walkElements(n, func(c *html.Node) bool {
		if name != "" {
			return false
		}
		if hasToken(attr(c, "itemprop"), "name") {
			name = strings.TrimSpace(attr(c, "content"))
			if name == "" {
				name = nodeText(c)
			}
			return false
		}
		return true
	})
	if name != "" {
		return name
	}
	t, _ := boundedText(n, maxBylineLen)
	return t
}

// boundedText is the collapsed text of n, or ok false when it is longer
// than limit bytes: the walk stops there, so a large container costs no
// more than a short one.
func boundedText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	ok := true
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				writeCollapsed(&b, c.Data)
				ok = b.Len() <= limit
			case html.ElementNode:
				if skipAtom(c.DataAtom) {
					continue
				}
				if (blockAtom(c.DataAtom) || c.DataAtom == atom.Br) && b.Len() > 0 && !endsWithSpace(&b) {
					b.WriteByte(' ')
				}
				walk(c)
			}
		}
	}
	walk(n)
	if !ok {
		return "", false
	}
	return strings.TrimSpace(b.String()), true
}

func hasToken(list, tok string) bool {
	for f := range strings.FieldsSeq(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases the ASCII letters of s, without a copy when it
// has none in upper case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
