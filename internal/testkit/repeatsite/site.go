package repeatsite

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
)

// Options configures a Site.
type Options struct {
	// PerLang is the number of articles per language; 0 means 60.
	PerLang int
	// StoryArticles is the number of articles per language in the running
	// story; 0 means the constant StoryArticles (5).
	StoryArticles int
}

// Site is a running generated site. Its methods are safe for concurrent
// use.
type Site struct {
	perLang int
	server  *httptest.Server
	byPath  map[string]Article
	order   []Article
}

// New starts a site on loopback. The caller must Close it.
func New(opts Options) *Site {
	if opts.PerLang <= 0 {
		opts.PerLang = 60
	}
	if opts.StoryArticles <= 0 {
		opts.StoryArticles = StoryArticles
	}
	s := &Site{perLang: opts.PerLang, byPath: map[string]Article{}}
	for _, lang := range Langs {
		for n := range opts.PerLang {
			a := article(lang, n, opts.StoryArticles)
			s.byPath[a.Path] = a
			s.order = append(s.order, a)
		}
	}
	s.server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// URL returns the site's base URL, without a final slash.
func (s *Site) URL() string { return s.server.URL }

// Close stops the site.
func (s *Site) Close() { s.server.Close() }

// Articles returns every article, English first.
func (s *Site) Articles() []Article { return append([]Article(nil), s.order...) }

// Page returns the HTML of the article at path, as the site serves it.
func (s *Site) Page(path string) (string, bool) {
	a, ok := s.byPath[path]
	if !ok {
		return "", false
	}
	return s.page(a), true
}

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/robots.txt":
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintln(w, "User-agent: *\nAllow: /")
		return
	case "/":
		s.home(w)
		return
	}
	a, ok := s.byPath[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("ETag", fmt.Sprintf(`"%s-%d"`, a.Lang, a.N))
	fmt.Fprint(w, s.page(a))
}

func (s *Site) home(w http.ResponseWriter) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Tidewater Ledger</title></head><body>\n<h1>The Tidewater Ledger</h1>\n<ul>\n")
	for _, a := range s.order {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", a.Path, html.EscapeString(a.Title))
	}
	b.WriteString("</ul>\n</body></html>\n")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, b.String())
}

// page renders article a: a plain news page, the plug and the sign-off at
// the end of its body.
func (s *Site) page(a Article) string {
	u := s.server.URL + a.Path
	ld, _ := json.Marshal(map[string]any{
		"@context": "https://schema.org", "@type": "NewsArticle",
		"headline": a.Title, "datePublished": fmt.Sprintf("2026-%02d-%02dT08:00:00Z", 1+a.N%12, 1+a.N%28),
		"author": map[string]any{"@type": "Person", "name": "Ledger Staff"}, "inLanguage": a.Lang,
	})
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8">
<title>%s | The Tidewater Ledger</title>
<link rel="canonical" href="%s">
<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<script type="application/ld+json">%s</script>
</head><body>
<header><a href="/">The Tidewater Ledger</a></header>
<main><article>
<h1>%s</h1>
<div class="body">
`, a.Lang, html.EscapeString(a.Title), u, html.EscapeString(a.Title), ld, html.EscapeString(a.Title))
	for _, p := range a.Paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	fmt.Fprintf(&b, "<p>%s</p>\n<p><em>%s</em></p>\n</div>\n</article></main>\n<footer><a href=\"/\">Home</a></footer>\n</body></html>\n",
		html.EscapeString(plugs[a.Lang]), html.EscapeString(signoffs[a.Lang]))
	return b.String()
}
