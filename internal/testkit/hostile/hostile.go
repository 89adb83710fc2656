package hostile

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
)

// Options sizes a Site; zero values take the defaults.
type Options struct {
	// Children is the number of sitemaps of /sitemap-many.xml; 0 means 100.
	Children int
	// PerSitemap is the number of URLs of each; 0 means 50,000.
	PerSitemap int
	// NestedBytes is the size of /nested.xml; 0 means 10 MiB.
	NestedBytes int
}

// Site is a hostile site on loopback.
type Site struct {
	srv      *httptest.Server
	opts     Options
	requests atomic.Int64
	sitemaps atomic.Int64
}

// New starts a Site on 127.0.0.1; the caller closes it.
func New(opts Options) *Site {
	if opts.Children == 0 {
		opts.Children = 100
	}
	if opts.PerSitemap == 0 {
		opts.PerSitemap = 50_000
	}
	if opts.NestedBytes == 0 {
		opts.NestedBytes = 10 << 20
	}
	s := &Site{opts: opts}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Handler returns the site's handler, to serve it elsewhere.
func (s *Site) Handler() http.Handler { return http.HandlerFunc(s.serve) }

// URL returns the site's root URL, without a trailing slash.
func (s *Site) URL() string { return s.srv.URL }

// Close stops the server.
func (s *Site) Close() { s.srv.Close() }

// Requests returns the number of requests served.
func (s *Site) Requests() int { return int(s.requests.Load()) }

// Sitemaps returns the number of child sitemaps of /sitemap-many.xml served.
func (s *Site) Sitemaps() int { return int(s.sitemaps.Load()) }

func page(w http.ResponseWriter, title string, links ...string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title></head><body><h1>%s</h1><ul>", title, title)
	for _, l := range links {
		fmt.Fprintf(&b, `<li><a href="%s">%s</a></li>`, l, l)
	}
	b.WriteString("</ul></body></html>")
	fmt.Fprint(w, b.String())
}

func token() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	p := r.URL.Path
	switch {
	case p == "/robots.txt":
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	case p == "/":
		page(w, "Hostile", "/cal?month=1", "/sid/?sid="+token(), "/deep/")
	case p == "/cal":
		n, _ := strconv.Atoi(r.URL.Query().Get("month"))
		page(w, "Calendar "+strconv.Itoa(n), fmt.Sprintf("/cal?month=%d", n+1), fmt.Sprintf("/cal?month=%d", n-1))
	case strings.HasPrefix(p, "/sid/"):
		page(w, "Session", "/sid/?sid="+token(), "/sid/a?sid="+token(), "/sid/b?sid="+token())
	case strings.HasPrefix(p, "/deep/"):
		page(w, "Deep "+p, "a/", "b")
	case p == "/sitemap-many.xml":
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for c := range s.opts.Children {
			fmt.Fprintf(w, "<sitemap><loc>http://%s/sitemap-many/%d.xml</loc></sitemap>", r.Host, c)
		}
		fmt.Fprint(w, "</sitemapindex>")
	case strings.HasPrefix(p, "/sitemap-many/"):
		s.sitemaps.Add(1)
		c := strings.TrimSuffix(strings.TrimPrefix(p, "/sitemap-many/"), ".xml")
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for n := range s.opts.PerSitemap {
			fmt.Fprintf(w, "<url><loc>http://%s/many/%s/%d.html</loc></url>", r.Host, c, n)
		}
		fmt.Fprint(w, "</urlset>")
	case strings.HasPrefix(p, "/many/"):
		page(w, "Many "+p)
	case p == "/nested.xml":
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<?xml version="1.0"?><urlset>`)
		chunk := strings.Repeat("<url>", 13_107) // 64 KiB less a byte
		for n := 0; n+len(chunk) <= s.opts.NestedBytes; n += len(chunk) {
			fmt.Fprint(w, chunk)
		}
	default:
		http.NotFound(w, r)
	}
}
