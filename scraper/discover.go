package scraper

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"mime"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"
)

// htmlInfo is what a crawl reads from an HTML page.
type htmlInfo struct {
	links     []*url.URL // as written (resolved), in page order, not deduplicated
	feeds     []*url.URL // RSS and Atom feeds the page names
	canonical *url.URL   // rel=canonical, canonical form, or nil
	article   bool
	noindex   bool // meta robots noindex: not passed on
	nofollow  bool // meta robots nofollow: links not followed
}

// feedTypes are the <link rel="alternate"> types of feeds.
var feedTypes = map[string]bool{
	"application/rss+xml":  true,
	"application/atom+xml": true,
	"application/rdf+xml":  true,
	"application/feed+xml": true,
}

// readHTML gathers the links, feeds, canonical URL and article signals of
// a parsed page found at u.
func readHTML(u *url.URL, doc *goquery.Selection) htmlInfo {
	var info htmlInfo
	base := u
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := u.Parse(strings.TrimSpace(href)); err == nil {
			base = b
		}
	}
	doc.Find(`meta[name="robots"]`).Each(func(_ int, m *goquery.Selection) {
		v := strings.ToLower(m.AttrOr("content", ""))
		if strings.Contains(v, "nofollow") || strings.Contains(v, "none") {
			info.nofollow = true
		}
	})
	doc.Find("a[href], area[href], link[href]").Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		rels := strings.Fields(strings.ToLower(s.AttrOr("rel", "")))
		if goquery.NodeName(s) == "link" {
			switch {
			case hasWord(rels, "canonical"):
				if info.canonical == nil {
					info.canonical = parseLink(base, href)
				}
			case hasWord(rels, "alternate"):
				t, _, _ := mime.ParseMediaType(s.AttrOr("type", ""))
				if feedTypes[t] {
					if f := parseLink(base, href); f != nil {
						info.feeds = append(info.feeds, f)
					}
				}
			case hasWord(rels, "next"), hasWord(rels, "prev"):
				if l := parseRaw(base, href); l != nil {
					info.links = append(info.links, l)
				}
			}
			return
		}
		if _, ok := s.Attr("download"); ok || hasWord(rels, "nofollow") {
			return
		}
		if l := parseRaw(base, href); l != nil {
			info.links = append(info.links, l)
		}
	})
	sig := gatherSignals(doc)
	info.noindex = sig.noindex
	info.article = isArticle(u, sig)
	return info
}

func hasWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// Kinds of XML documents a crawl reads.
const (
	xmlUnknown = iota
	xmlURLSet
	xmlSitemapIndex
	xmlFeed
)

// maxSitemapURLs caps the URLs read from one sitemap or feed, the limit of
// the sitemap protocol.
const maxSitemapURLs = 50000

// maxXMLDepth caps the nesting of a sitemap or feed: a sitemap is 3
// elements deep and a feed seldom 10, so a document nested deeper is read
// no further (a 10 MiB file of nested elements would otherwise keep a
// stack of a million names).
const maxXMLDepth = 64

// readXML reads the URLs that a sitemap, sitemap index, RSS, RDF or Atom
// feed lists, streaming, so a big document costs no more than its body.
// A truncated or malformed document yields the URLs read before the
// fault. It returns the kind of document and its URLs, unresolved.
func readXML(body []byte) (kind int, locs []string) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var (
		stack []string // local names of the open elements
		text  strings.Builder
		grab  bool // collecting the text of a <loc> or <link>
	)
	parent := func(up int) string {
		if len(stack) > up {
			return stack[len(stack)-1-up]
		}
		return ""
	}
	for len(locs) < maxSitemapURLs {
		tok, err := d.Token()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				return kind, locs // truncated or malformed: keep what was read
			}
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if len(stack) == 0 {
				switch name {
				case "urlset":
					kind = xmlURLSet
				case "sitemapindex":
					kind = xmlSitemapIndex
				case "rss", "feed", "rdf":
					kind = xmlFeed
				default:
					return xmlUnknown, nil
				}
			}
			if len(stack) >= maxXMLDepth {
				return kind, locs
			}
			stack = append(stack, name)
			switch {
			case name == "loc" && (kind == xmlURLSet && parent(1) == "url" || kind == xmlSitemapIndex && parent(1) == "sitemap"):
				grab = true
				text.Reset()
			case kind == xmlFeed && name == "link" && parent(1) == "item":
				grab = true // RSS, RDF: <item><link>URL</link>
				text.Reset()
			case kind == xmlFeed && name == "link" && parent(1) == "entry":
				// Atom: <entry><link rel="alternate" href="URL"/>
				rel, href := "alternate", ""
				for _, a := range t.Attr {
					switch strings.ToLower(a.Name.Local) {
					case "rel":
						rel = strings.ToLower(a.Value)
					case "href":
						href = a.Value
					}
				}
				if rel == "alternate" && href != "" {
					locs = append(locs, strings.TrimSpace(href))
				}
			}
		case xml.CharData:
			if grab && text.Len() < 4096 {
				text.Write(t)
			}
		case xml.EndElement:
			if grab {
				if s := strings.TrimSpace(text.String()); s != "" {
					locs = append(locs, s)
				}
				grab = false
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	return kind, locs
}
