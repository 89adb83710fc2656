package cleaner

import (
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"

	"github.com/pith-news/pith/article"
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
	docTitle    string // <title>, for suffix stripping
}

func extractMetadata(root *html.Node, pageURL *url.URL) *metadata {
	doc := goquery.NewDocumentFromNode(root)
	m := &metadata{}
	metas := map[string]string{}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content := strings.TrimSpace(s.AttrOr("content", ""))
		if content == "" {
			return
		}
		for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k, ok := s.Attr(key); ok {
				k = strings.ToLower(strings.TrimSpace(k))
				if _, seen := metas[k]; !seen {
					metas[k] = content
				}
				if k == "article:author" || k == "author" || k == "parsely-author" ||
					k == "sailthru.author" || k == "dc.creator" || k == "byl" {
					m.addAuthor(content)
				}
			}
		}
	})
	ldPage := jsonld.ReadDocument(doc.Selection)
	ld := ldPage.Article()

	m.title = firstNonEmpty(metas["og:title"], ld.String("headline"), metas["twitter:title"],
		metas["dc.title"], strings.TrimSpace(doc.Find("title").First().Text()))
	m.docTitle = strings.TrimSpace(doc.Find("title").First().Text())
	m.siteName = firstNonEmpty(metas["og:site_name"], ld.Publisher(), metas["application-name"],
		metas["twitter:site"])
	m.siteName = strings.TrimPrefix(m.siteName, "@")
	m.description = firstNonEmpty(metas["og:description"], ld.String("description"),
		metas["description"], metas["twitter:description"], metas["dc.description"])
	m.image = firstNonEmpty(metas["og:image"], metas["og:image:url"], metas["og:image:secure_url"],
		ld.Image(), metas["twitter:image"], metas["twitter:image:src"])
	for _, a := range ldPage.Authors(ld) {
		m.addAuthor(a)
	}
	// Without authors in the page's metadata, the byline markup names them:
	// first the marks of an author (rel, microdata, a link to an author
	// page), then the class names bylines are given.
	for _, sel := range authorSelectors {
		if len(m.authors) > 0 {
			break
		}
		doc.Find(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			m.addAuthor(s.Text())
			return len(m.authors) < 1
		})
	}
	m.published = parseTime(firstNonEmpty(ld.String("datePublished"), metas["article:published_time"],
		metas["og:article:published_time"], metas["datepublished"], metas["pubdate"],
		metas["publishdate"], metas["dc.date.issued"], metas["dc.date"], metas["date"],
		metas["parsely-pub-date"], metas["sailthru.date"]))
	if m.published.IsZero() {
		// Microdata on an element other than <meta>: <abbr itemprop=
		// "datePublished" title="…">, <time itemprop="datePublished">.
		doc.Find(`[itemprop="datePublished"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			for _, attr := range []string{"content", "datetime", "title"} {
				if v, ok := s.Attr(attr); ok {
					if m.published = parseTime(v); !m.published.IsZero() {
						return false
					}
				}
			}
			return true
		})
	}
	if m.published.IsZero() {
		doc.Find("time[datetime]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			m.published = parseTime(s.AttrOr("datetime", ""))
			return m.published.IsZero()
		})
	}
	m.modified = parseTime(firstNonEmpty(ld.String("dateModified"), metas["article:modified_time"],
		metas["og:updated_time"], metas["datemodified"], metas["dc.date.modified"]))

	lang, _ := doc.Find("html").First().Attr("lang")
	m.language = normalizeLang(firstNonEmpty(lang, ld.String("inLanguage"), metas["content-language"],
		metas["og:locale"], metas["language"], metas["dc.language"]))

	canonical := ""
	doc.Find("link[rel]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, rel := range strings.Fields(strings.ToLower(s.AttrOr("rel", ""))) {
			if rel == "canonical" {
				canonical = strings.TrimSpace(s.AttrOr("href", ""))
				return false
			}
		}
		return true
	})
	m.canonical = absURL(pageURL, firstNonEmpty(canonical, metas["og:url"]))
	m.image = absURL(pageURL, m.image)
	return m
}

// fillFrom takes from readability what the page's metadata did not give.
func (m *metadata) fillFrom(ra readability.Article) {
	if m.title == "" {
		m.title = ra.Title()
	}
	if len(m.authors) == 0 && ra.Byline() != "" {
		m.addAuthor(ra.Byline())
	}
	if m.siteName == "" {
		m.siteName = ra.SiteName()
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
	authors := m.authors
	if authors == nil {
		authors = []string{}
	}
	return &article.Article{
		URL:         canonical,
		SourceURL:   src,
		Title:       cleanTitle(m.title, m.siteName),
		Authors:     authors,
		Published:   m.published,
		Modified:    m.modified,
		SiteName:    m.siteName,
		Language:    m.language,
		Description: collapseSpace(m.description),
		Image:       m.image,
	}
}

// authorSelectors find a byline's names in the markup, in order of trust:
// the marks of an author, then the class names of bylines.
var authorSelectors = []string{
	`[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="/autor/"], a[href*="/auteur/"]`,
	`.byline-name, .byline__name, .author-name, .entry-author-name, .byline`,
}

var (
	// bylinePrefix matches the word before the names of a byline: "By",
	// "Von", "Par", "Por", "Di", "Door", and the Polish "Oprac." or
	// "Opracowanie" ("compiled by"), a role rather than a name.
	bylinePrefix = regexp.MustCompile(`(?i)^\s*(by|von|par|por|di|door|oprac\.|opracowanie:?)\s+`)
	// bylineTrailer matches what follows the names in a byline: where the
	// reporter files from ("reports from Semple Stadium 6 Oct 2024"), or
	// when the story was published or updated.
	bylineTrailer = regexp.MustCompile(`(?i)\s+(?:(?:reports?|reporting|writes|writing)\s+(?:from|in)|published|updated)\s.*$`)
)

const (
	// maxBylineLen is the longest byline read for names, in bytes: longer
	// text is a paragraph or a bio, not a byline.
	maxBylineLen = 200
	// maxNameLen is the longest author name kept, in bytes.
	maxNameLen = 80
)

// addAuthor adds one or more names ("A and B", "A, B") unless they are URLs
// or already present. The byline's words around the names ("By", "Oprac.",
// "reports from …", "published …") are dropped.
func (m *metadata) addAuthor(s string) {
	s = collapseSpace(s)
	if s == "" || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || len(s) > maxBylineLen {
		return
	}
	s = bylinePrefix.ReplaceAllString(s, "")
	s = bylineTrailer.ReplaceAllString(s, "")
	for _, part := range splitNames(s) {
		part = strings.TrimSpace(part)
		if part == "" || len(part) > maxNameLen {
			continue
		}
		dup := false
		for _, a := range m.authors {
			if strings.EqualFold(a, part) {
				dup = true
				break
			}
		}
		if !dup {
			m.authors = append(m.authors, part)
		}
	}
}

var nameSeparators = regexp.MustCompile(`\s*(?:,|;|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+&\s+)\s*`)

func splitNames(s string) []string {
	return nameSeparators.Split(s, -1)
}

func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	t, err := dateparse.ParseAny(s)
	if err != nil || t.Year() < 1990 || t.Year() > 2200 {
		return time.Time{}
	}
	return t
}

func normalizeLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 35 {
		return ""
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return "" // not a language tag
		}
	}
	parts := strings.Split(s, "-")
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 2 {
			parts[i] = strings.ToUpper(parts[i])
		}
	}
	return strings.Join(parts, "-")
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

func cleanTitle(title, site string) string {
	title = collapseSpace(title)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if site != "" && (strings.EqualFold(tail, site) || strings.EqualFold(strings.ReplaceAll(tail, " ", ""), strings.ReplaceAll(site, " ", ""))) {
			return cleanTitle(head, site)
		}
		if site == "" && len(strings.Fields(tail)) <= maxSuffixWords && len(strings.Fields(head)) >= minHeadlineWords {
			return strings.TrimSpace(head)
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

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
