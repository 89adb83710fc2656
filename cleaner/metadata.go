package cleaner

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/jsonld"
	"github.com/pith-news/pith/internal/machinery/urlcanon"
)

// metadata is what the page says about itself, gathered before extraction
// (which changes the document) from JSON-LD, OpenGraph, meta tags, <time>,
// <link rel=canonical> and <html lang>.
type metadata struct {
	title       string
	authors     []string
	published   time.Time
	modified    time.Time
	siteName    string
	language    string
	description string
	image       string
	canonical   string
	docTitle    string   // <title>, for suffix stripping
	h1s         []string // the page's headlines, to check the title against
	publisher   string   // the publisher's name, never an author unless a byline says so
	// questions are the page's declared questions (JSON-LD Question
	// objects); questionWords counts them and their answers.
	questions     []string
	questionWords int
	// body is the story the page declares (JSON-LD articleBody), and
	// bodyFree whether the page lets it be read (not isAccessibleForFree
	// false); see declared.go.
	body     string
	bodyFree bool
}

func extractMetadata(root *html.Node, pageURL *url.URL) *metadata {
	return extractMetadataAt(root, pageURL, time.Now())
}

// extractMetadataAt is extractMetadata with the time a date may not be
// later than.
func extractMetadataAt(root *html.Node, pageURL *url.URL, now time.Time) *metadata {
	s := scanPage(root)
	m := &metadata{docTitle: s.docTitle}
	ldPage := jsonld.Read(s.ldScripts)
	ld := ldPage.Article()

	m.title = firstNonEmpty(s.first("og:title"), ld.String("headline"), s.first("twitter:title"),
		s.first("dc.title"), s.docTitle)
	m.h1s = s.h1s
	m.questions, m.questionWords = ldPage.Questions()
	m.body, m.bodyFree = ld.String("articleBody"), !ld.NotFree()
	ldPublisher := firstNonEmpty(ld.Publisher(), ldPage.PublisherName())
	m.siteName = tidySiteName(firstNonEmpty(s.first("og:site_name"), ldPublisher, s.first("application-name")))
	m.description = firstNonEmpty(s.first("og:description"), ld.String("description"),
		s.first("description"), s.first("twitter:description"), s.first("dc.description"))
	m.image = firstNonEmpty(s.first("og:image"), s.first("og:image:url"), s.first("og:image:secure_url"),
		ld.Image(), s.first("twitter:image"), s.first("twitter:image:src"))
	m.publisher = firstNonEmpty(ldPublisher, m.siteName)
	m.authors = findAuthors(s, ldPage, m.publisher)

	declared := firstNonEmpty(s.htmlLang, ld.String("inLanguage"), s.first("content-language"),
		s.first("og:locale"), s.first("language"), s.first("dc.language"))
	sample := s.sample.String()
	if len(sample) < minOverruleChars {
		sample = strings.Join([]string{m.title, m.description, sample}, " ")
	}
	m.language = pageLanguage(declared, sample)
	m.published, m.modified = findDates(s, ldPage, pageURL, m.language, now)

	m.canonical = absURL(pageURL, firstNonEmpty(s.canonical, s.first("og:url")))
	m.image = absURL(pageURL, m.image)
	return m
}

// fillFrom takes from readability what the page's metadata did not give.
func (m *metadata) fillFrom(ra readability.Article) {
	if m.title == "" {
		m.title = ra.Title()
	}
	if len(m.authors) == 0 && ra.Byline() != "" {
		for _, n := range cleanNames(ra.Byline()) {
			if !isPublisher(n, m.publisher, false) {
				m.authors = addName(m.authors, n)
			}
		}
	}
	if m.siteName == "" {
		m.siteName = tidySiteName(ra.SiteName())
	}
	if m.language == "" {
		m.language = normalizeLang(ra.Language())
	}
	if m.image == "" {
		m.image = ra.ImageURL()
	}
	if m.published.IsZero() {
		if t, err := ra.PublishedTime(); err == nil {
			m.published = t
		}
	}
	if m.modified.IsZero() {
		if t, err := ra.ModifiedTime(); err == nil {
			m.modified = t
		}
	}
}

func (m *metadata) article(pageURL *url.URL) *article.Article {
	src := ""
	if pageURL != nil {
		src = pageURL.String()
	}
	canonical := m.canonical
	if canonical == "" && pageURL != nil && pageURL.Host != "" {
		canonical = urlcanon.Canonicalize(pageURL).String()
	}
	site := m.siteName
	if site == "" {
		site = hostName(pageURL)
	}
	authors := m.authors
	if authors == nil {
		authors = []string{}
	}
	return &article.Article{
		URL:         canonical,
		SourceURL:   src,
		Title:       headline(m.title, m.h1s, m.siteName),
		Authors:     authors,
		Published:   m.published,
		Modified:    m.modified,
		SiteName:    site,
		Language:    m.language,
		Description: collapseSpace(m.description),
		Image:       m.image,
	}
}

var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "}

// cleanTitle drops a " - Site Name" suffix (or "Site Name | " prefix).
// Without a site name, a title's last part is taken for a site suffix when
// it has at most maxSuffixWords words and the rest at least
// minHeadlineWords ("Harbour plan approved by council - Harbour Times").
const (
	maxSuffixWords   = 3
	minHeadlineWords = 4
)

// A bar separates a title from what a site appends to every page (its
// name, a section, a slogan): a last part after " | " of at most
// maxBarSuffixWords words goes, when the rest has at least
// minBarHeadWords.
const (
	maxBarSuffixWords = 6
	minBarHeadWords   = 3
)

func cleanTitle(title, site string) string {
	title = collapseTitleSpace(title)
	if strings.Contains(title, "&") {
		title = html.UnescapeString(title) // escaped twice by the page: "&amp;amp;"
	}
	for _, sep := range titleSeparators {
		// A site name with a separator of its own ("Blog - Harbour
		// University") is cut whole.
		if site != "" && strings.Contains(site, strings.TrimSpace(sep)) && len(title) > len(site)+len(sep) &&
			strings.EqualFold(title[len(title)-len(site)-len(sep):], sep+site) {
			return cleanTitle(title[:len(title)-len(site)-len(sep)], site)
		}
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if site != "" && (strings.EqualFold(tail, site) || strings.EqualFold(strings.ReplaceAll(tail, " ", ""), strings.ReplaceAll(site, " ", ""))) {
			return cleanTitle(head, site)
		}
		// A site's address ("Harbour-ledger.example") is its name.
		if fields.Count(tail) == 1 && domainName.MatchString(tail) && fields.Count(head) >= 1 {
			return cleanTitle(head, site)
		}
		if site == "" && fields.Count(tail) <= maxSuffixWords && fields.Count(head) >= minHeadlineWords {
			return strings.TrimSpace(head)
		}
		if sep == " | " && fields.Count(tail) <= maxBarSuffixWords && fields.Count(head) >= minBarHeadWords {
			return cleanTitle(head, site)
		}
		if j := strings.Index(title, sep); j > 0 && site != "" && strings.EqualFold(title[:j], site) {
			return strings.TrimSpace(title[j+len(sep):])
		}
	}
	return title
}

func absURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.Scheme != "" {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// collapseSpace is strings.Join(strings.Fields(s), " "). Most texts it is
// given are collapsed already (nodeText collapses), and come back as they
// are, without the slice.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether s is its own collapse: its only spaces are
// single ' ' between words. It decodes only the bytes a space beyond ASCII
// can begin with (U+0085 and U+00A0; U+1680; U+2000 to U+205F; U+3000):
// every block's text is asked, and most of it is letters.
func isCollapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i+1 == len(s) || spaceAt(s, i+1) {
				return false
			}
		case c < utf8.RuneSelf:
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return false
			}
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			if spaceAt(s, i) {
				return false
			}
		}
	}
	return true
}

// spaceAt reports whether a space that strings.Fields splits on begins at
// s[i].
func spaceAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// collapseTitleSpace is collapseSpace for a headline, which keeps the
// ideographic space (U+3000) that Japanese and Chinese headlines set
// between their parts ("港町に博物館　空き店舗を活用"): it is the
// headline's punctuation, not layout.
func collapseTitleSpace(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != '\u3000' })
	return strings.Trim(strings.Join(f, " "), "\u3000")
}
