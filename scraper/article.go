package scraper

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/machinery/jsonld"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// The path patterns are compiled on first use (quickre): a one-page
// pith clean never asks them, and compiling them was most of this
// package's start-up.
var (
	// hubPath matches the paths of home, tag, author, category, section,
	// search, archive and pagination pages.
	hubPath = quickre.MustCompile(`(?i)^/(index\.(html?|php))?$|/(tags?|topics?|authors?|category|categories|sections?|search|archives?|feeds?|latest|newsletters?|page)(/|$|\?)|/page/\d+/?$|[?&](page|paged)=([2-9]|[1-9]\d+)(&|$)|[?&]offset=[1-9]`)
	// datePath matches a publication date in a path: /2024/05/17/,
	// /2024/05/ or 2024-05-17.
	datePath = quickre.MustCompile(`/(19|20)\d\d/(0?[1-9]|1[0-2])(/|$)|(19|20)\d\d-(0[1-9]|1[0-2])-[0-3]\d`)
	// idPath matches a numeric article id of five digits or more in a path
	// segment ("/a/123456", "/story-123456", "/123456-story").
	idPath = quickre.MustCompile(`(^|[/\-_.])\d{5,}([/\-_.]|$)`)
)

// Thresholds of article detection (isArticle, urlShape, textBlocks).
const (
	// minBlockChars is the length (in characters, links included) from
	// which a block of text counts as a paragraph.
	minBlockChars = 80
	// longBlockChars is the length (links excluded) from which a paragraph
	// counts as long: a story's paragraph rather than a teaser's.
	longBlockChars = 200
	// storyLongParas long paragraphs, or one long paragraph and
	// storyChars of paragraph text, make a page read like a story.
	storyLongParas = 3
	storyChars     = 1500
	// someTextChars of paragraph text tip a page towards an article;
	// under littleTextChars tip it towards a hub.
	someTextChars   = 500
	littleTextChars = 200
	// hubTeasers <article> elements, or hubHeadlineLinks links in
	// headings, make a page without an article type look like a listing.
	hubTeasers       = 5
	hubHeadlineLinks = 10
	// articleScore is the score from which a page is an article.
	articleScore = 2
	// slugDashes dashes or underscores, or slugChars characters, make a
	// last path segment an article slug.
	slugDashes = 3
	slugChars  = 30
)

// signals are what article detection weighs. They are gathered from one
// parse of the page.
type signals struct {
	ldArticle, ldHub bool   // JSON-LD top-level types
	ogType           string // og:type, lower case
	paras            int    // blocks of 80+ characters, less than half of them links
	paraChars        int    // characters of those blocks, less their links
	longParas        int    // those blocks with 200+ characters besides links
	teasers          int    // <article> elements
	headlineLinks    int    // links in h1-h4 headings
	noindex          bool   // meta robots noindex/none
}

// IsArticle reports whether a page is an article (a story to keep) rather
// than a hub (a home, section, tag, author, search or pagination page to
// follow but not keep). It weighs the page's JSON-LD type (NewsArticle,
// Article, BlogPosting, ReportageNewsArticle…, against CollectionPage,
// ItemList…), its og:type, the shape of its URL (a date, a long slug or a
// numeric id, against /tag/, /author/, /category/, /page/2, a section
// root) and the density of its text (long paragraphs with few links,
// against many teasers). u may be nil; body is the page's HTML.
func IsArticle(u *url.URL, body []byte) bool {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return false
	}
	return isArticle(u, gatherSignals(doc.Selection))
}

// isArticle weighs the signals of a page at u.
func isArticle(u *url.URL, s signals) bool {
	score := 0
	switch {
	case s.ldArticle:
		score += 4
	case s.ldHub:
		score -= 2
	}
	switch {
	case s.ogType == "article":
		score += 2
	case s.ogType == "website", s.ogType == "profile", s.ogType == "book",
		strings.HasPrefix(s.ogType, "video"), strings.HasPrefix(s.ogType, "music"):
		score--
	}
	score += urlShape(u)
	switch {
	case s.longParas >= storyLongParas || s.longParas >= 1 && s.paraChars >= storyChars:
		score += 2
	case s.paraChars >= someTextChars:
		score++
	case s.paraChars < littleTextChars:
		score--
	}
	if !s.ldArticle {
		if s.teasers >= hubTeasers {
			score -= 2
		}
		if s.headlineLinks >= hubHeadlineLinks {
			score--
		}
	}
	return score >= articleScore
}

// urlShape scores the path of u: +1 for an article-like path (a date, a
// long slug or a numeric id), -3 for a hub path, -1 for a section root
// (one short segment), 0 otherwise.
func urlShape(u *url.URL) int {
	if u == nil {
		return 0
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if hubPath.MatchString(p) {
		return -3
	}
	if datePath.MatchString(u.Path) || idPath.MatchString(u.Path) {
		return 1
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return -3
	}
	last := segs[len(segs)-1]
	last = strings.TrimSuffix(strings.TrimSuffix(last, ".html"), ".htm")
	if strings.Count(last, "-")+strings.Count(last, "_") >= slugDashes || len(last) >= slugChars {
		return 1
	}
	if len(segs) == 1 && !strings.ContainsAny(last, "-_.0123456789") {
		return -1
	}
	return 0
}

// gatherSignals reads the article signals of a parsed page.
func gatherSignals(doc *goquery.Selection) signals {
	var s signals
	s.ldArticle, s.ldHub = jsonld.ReadDocument(doc).Kind()
	doc.Find(`meta[property="og:type"], meta[name="og:type"]`).EachWithBreak(func(_ int, m *goquery.Selection) bool {
		if v, ok := m.Attr("content"); ok {
			s.ogType = strings.ToLower(strings.TrimSpace(v))
			return false
		}
		return true
	})
	doc.Find(`meta[name="robots"]`).Each(func(_ int, m *goquery.Selection) {
		v := strings.ToLower(m.AttrOr("content", ""))
		if strings.Contains(v, "noindex") || strings.Contains(v, "none") {
			s.noindex = true
		}
	})
	s.teasers = doc.Find("article").Length()
	s.headlineLinks = doc.Find("h1 a[href], h2 a[href], h3 a[href], h4 a[href]").Length()
	for _, n := range doc.Nodes {
		textBlocks(n, &s)
	}
	return s
}

// blockTags hold text blocks: their own text (not that of block
// descendants) is weighed as one paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "td": true, "li": true, "blockquote": true,
	"article": true, "section": true, "main": true, "pre": true, "dd": true,
	"body": true, "center": true,
}

// skipTags are never article text.
var skipTags = map[string]bool{
	"nav": true, "header": true, "footer": true, "aside": true, "form": true,
	"script": true, "style": true, "noscript": true, "template": true,
	"select": true, "button": true, "svg": true, "iframe": true,
}

// textBlocks walks n and adds to s every block whose own text (text and
// inline elements, not nested blocks) has 80 characters or more.
func textBlocks(n *html.Node, s *signals) {
	if n.Type == html.ElementNode && skipTags[n.Data] {
		return
	}
	if n.Type == html.ElementNode && blockTags[n.Data] {
		var text, links strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			inlineText(c, &text, &links, false)
		}
		k := utf8.RuneCountInString(collapseSpace(text.String()))
		l := utf8.RuneCountInString(collapseSpace(links.String()))
		// A block of mostly links is navigation, not text.
		if k >= minBlockChars && l*2 < k {
			s.paras++
			s.paraChars += k - l
			if k-l >= longBlockChars {
				s.longParas++
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		textBlocks(c, s)
	}
}

// inlineText appends the text of n to text, and to links too inside a
// link, without entering blocks or skipped elements.
func inlineText(n *html.Node, text, links *strings.Builder, inLink bool) {
	switch n.Type {
	case html.TextNode:
		text.WriteString(n.Data)
		text.WriteByte(' ')
		if inLink {
			links.WriteString(n.Data)
			links.WriteByte(' ')
		}
	case html.ElementNode:
		if blockTags[n.Data] || skipTags[n.Data] {
			return
		}
		inLink = inLink || n.Data == "a"
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			inlineText(c, text, links, inLink)
		}
	}
}

// collapseSpace turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
