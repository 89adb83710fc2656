package scraper

import (
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
)

func TestReadXML(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		wantKind int
		want     []string
	}{
		{"urlset", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc> https://n.example/a </loc><image:image><image:loc>https://n.example/a.jpg</image:loc></image:image></url>
<url><loc>https://n.example/b?x=1&amp;y=2</loc><lastmod>2024-05-01</lastmod></url></urlset>`,
			xmlURLSet, []string{"https://n.example/a", "https://n.example/b?x=1&y=2"}},
		{"index", `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://n.example/s1.xml.gz</loc></sitemap></sitemapindex>`,
			xmlSitemapIndex, []string{"https://n.example/s1.xml.gz"}},
		{"news sitemap", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://n.example/n</loc><news:news><news:title>T</news:title></news:news></url></urlset>`,
			xmlURLSet, []string{"https://n.example/n"}},
		{"rss", `<rss version="2.0"><channel><link>https://n.example/</link><item><title>T</title><link>https://n.example/i1</link></item><item><link>https://n.example/i2</link></item></channel></rss>`,
			xmlFeed, []string{"https://n.example/i1", "https://n.example/i2"}},
		{"rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><link>https://n.example/</link></channel><item><link>https://n.example/r1</link></item></rdf:RDF>`,
			xmlFeed, []string{"https://n.example/r1"}},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://n.example/"/><entry><link rel="enclosure" href="https://n.example/x.jpg"/><link href="https://n.example/e1"/></entry><entry><link rel="alternate" href="/e2"/></entry></feed>`,
			xmlFeed, []string{"https://n.example/e1", "/e2"}},
		{"latin-1 feed", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf\xe9</title><link>https://n.example/caf</link></item></channel></rss>",
			xmlFeed, []string{"https://n.example/caf"}},
		{"truncated", `<urlset><url><loc>https://n.example/a</loc></url><url><loc>https://n.exa`,
			xmlURLSet, []string{"https://n.example/a"}},
		{"html", `<html><body><a href="/x">x</a></body></html>`, xmlUnknown, nil},
		{"garbage", "\x00\x01 not xml", xmlUnknown, nil},
		{"empty", "", xmlUnknown, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kind, got := readXML([]byte(tc.doc))
			if kind != tc.wantKind {
				t.Errorf("kind = %d, want %d", kind, tc.wantKind)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("URLs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadHTML(t *testing.T) {
	page := `<html><head>
<base href="https://n.example/news/">
<link rel="canonical" href="/news/story?utm_source=x">
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<link rel="alternate" type="application/atom+xml; charset=utf-8" href="https://n.example/atom.xml">
<link rel="alternate" hreflang="fr" href="/fr/story">
<link rel="next" href="page/2/">
<link rel="stylesheet" href="/s.css">
</head><body>
<a href="other#frag">relative to base</a>
<a href="https://n.example/a?fbclid=1&amp;id=2">tracking</a>
<a href="mailto:x@n.example">mail</a> <a href="javascript:x()">js</a> <a href="#top">top</a>
<a rel="nofollow sponsored" href="/ad">ad</a> <a download href="/file.zip">zip</a>
<map><area href="/area"></map>
</body></html>`
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://n.example/news/story")
	info := readHTML(u, doc.Selection)
	strs := func(us []*url.URL) []string {
		var out []string
		for _, u := range us {
			out = append(out, u.String())
		}
		return out
	}
	wantLinks := []string{"https://n.example/news/page/2/", "https://n.example/news/other", "https://n.example/a?id=2", "https://n.example/area"}
	if diff := cmp.Diff(wantLinks, strs(info.links)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	wantFeeds := []string{"https://n.example/feed.xml", "https://n.example/atom.xml"}
	if diff := cmp.Diff(wantFeeds, strs(info.feeds)); diff != "" {
		t.Errorf("feeds (-want +got):\n%s", diff)
	}
	if info.canonical == nil || info.canonical.String() != "https://n.example/news/story" {
		t.Errorf("canonical = %v, want https://n.example/news/story", info.canonical)
	}
}

func TestMetaRobots(t *testing.T) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(`<html><head><meta name="robots" content="noindex, nofollow"></head><body><a href="/x">x</a></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://n.example/")
	info := readHTML(u, doc.Selection)
	if !info.noindex || !info.nofollow {
		t.Errorf("noindex %v, nofollow %v; want true, true", info.noindex, info.nofollow)
	}
}

// FuzzReadXML checks that no document makes readXML panic or return more
// URLs than the protocol allows.
func FuzzReadXML(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://n.example/a</loc></url></urlset>`))
	f.Add([]byte(`<feed><entry><link href="x"/></entry></feed>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		if _, locs := readXML(doc); len(locs) > maxSitemapURLs {
			t.Errorf("%d URLs, over %d", len(locs), maxSitemapURLs)
		}
	})
}

// FuzzCanonicalize checks that canonical URLs are fixed points.
func FuzzCanonicalize(f *testing.F) {
	f.Add("HTTP://Example.COM:80/a/./b/../c?utm_source=x&b=2&a=1#f")
	f.Add("https://[::1]:443/%7e/%2f?x")
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := url.Parse(raw)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			return
		}
		c1 := Canonicalize(u)
		u2, err := url.Parse(c1.String())
		if err != nil {
			return // net/url does not always reparse its own output
		}
		if c2 := Canonicalize(u2); c2.String() != c1.String() {
			t.Errorf("Canonicalize is not idempotent: %q -> %q -> %q", raw, c1, c2)
		}
	})
}

// TestReadXMLNested reads a sitemap of a million nested elements: it stops
// at maxXMLDepth instead of keeping a stack of them all.
func TestReadXMLNested(t *testing.T) {
	body := []byte(`<?xml version="1.0"?><urlset><url><loc>https://a.example/1</loc></url>` + strings.Repeat("<url>", 1_000_000))
	allocs := testing.AllocsPerRun(1, func() { readXML(body) })
	if allocs > 10_000 {
		t.Errorf("readXML made %.0f allocations on a nested sitemap, want it to stop early", allocs)
	}
	if kind, locs := readXML(body); kind != xmlURLSet || len(locs) != 1 {
		t.Errorf("readXML = %d, %v; want the urlset and its one URL", kind, locs)
	}
}
