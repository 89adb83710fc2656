package sitetest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Options configures a Site. The zero value is a small site of 40
// articles without special pages.
type Options struct {
	// Articles is the number of article pages; 0 means 40.
	Articles int
	// PageSize is the number of teasers on a hub page; 0 means 10.
	PageSize int
	// SitemapSize is the number of URLs per article sitemap; 0 splits the
	// articles between two sitemaps (the first one gzipped).
	SitemapSize int
	// Specials links the special pages (429, 503, 500, slow, huge, PDF,
	// image, broken HTML, windows-1252, gzip bomb) from the home page and
	// the sitemap index. Their routes exist either way.
	Specials bool
	// CrawlDelay adds a Crawl-delay line to robots.txt when positive.
	CrawlDelay time.Duration
	// RobotsStatus, when not 0, is the status robots.txt is answered with
	// (such as 404 or 503), with no body; a 3xx redirects to
	// /moved/robots.txt, which serves the robots.txt.
	RobotsStatus int
	// Robots, when not empty, replaces the generated robots.txt.
	Robots string
	// RetryAfter is the Retry-After of /specials/ratelimited, in seconds;
	// 0 means 1.
	RetryAfter int
	// SlowDelay is how long /specials/slow takes to answer; 0 means 2s.
	SlowDelay time.Duration
	// HugeSize is the size of /specials/huge.html; 0 means 12 MiB.
	HugeSize int64
	// BombSize is the inflated size of /specials/bomb.xml.gz, a gzipped
	// sitemap; 0 means 64 MiB (about 63 KiB gzipped).
	BombSize int64
	// Latency delays every answer.
	Latency time.Duration
	// ExtraLinks are added to the home page, as given (absolute or not).
	ExtraLinks []string
	// OnRequest, if set, is called with every request before it is served,
	// from the server's goroutines.
	OnRequest func(*http.Request)
	// Listener, if set, is the listener the site serves on (such as one
	// on 127.0.0.2, a host of its own); Close closes it. By default the
	// site listens on a free port of 127.0.0.1.
	Listener net.Listener
}

// Count is what a Site counted for a path.
type Count struct {
	// Requests counts the requests.
	Requests int
	// Conditional counts the requests with If-None-Match or
	// If-Modified-Since.
	Conditional int
	// NotModified counts the 304 answers.
	NotModified int
}

// Site is a running generated news site. Its methods are safe for
// concurrent use.
type Site struct {
	opts   Options
	server *httptest.Server

	mu       sync.Mutex       // guards the fields below
	counts   map[string]Count // by path
	hosts    map[string]int   // requests by Host header
	versions map[int]int      // article updates
	hits     map[string]int   // requests of the stateful special pages
	bombs    map[string][]byte

	inflight, maxInflight atomic.Int64
}

// New starts a site on a loopback port. The caller calls Close.
func New(opts Options) *Site {
	if opts.Articles <= 0 {
		opts.Articles = 40
	}
	if opts.PageSize <= 0 {
		opts.PageSize = 10
	}
	if opts.SitemapSize <= 0 {
		opts.SitemapSize = max((opts.Articles+1)/2, 1)
	}
	if opts.RetryAfter <= 0 {
		opts.RetryAfter = 1
	}
	if opts.SlowDelay <= 0 {
		opts.SlowDelay = 2 * time.Second
	}
	if opts.HugeSize <= 0 {
		opts.HugeSize = 12 << 20
	}
	if opts.BombSize <= 0 {
		opts.BombSize = 64 << 20
	}
	s := &Site{
		opts:     opts,
		counts:   make(map[string]Count),
		hosts:    make(map[string]int),
		versions: make(map[int]int),
		hits:     make(map[string]int),
		bombs:    make(map[string][]byte),
	}
	s.server = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	if opts.Listener != nil {
		s.server.Listener.Close()
		s.server.Listener = opts.Listener
	}
	s.server.Start()
	return s
}

// URL returns the site's base URL, such as "http://127.0.0.1:40123", with
// no trailing slash.
func (s *Site) URL() string { return s.server.URL }

// Addr returns the host:port the site listens on.
func (s *Site) Addr() string { return s.server.Listener.Addr().String() }

// Close shuts the site down, waiting for the requests in progress.
func (s *Site) Close() { s.server.Close() }

// Articles returns the number of articles.
func (s *Site) Articles() int { return s.opts.Articles }

// Article returns article n (0 is the newest) as currently served.
func (s *Site) Article(n int) Article {
	s.mu.Lock()
	v := s.versions[n]
	s.mu.Unlock()
	return article(n, v)
}

// ArticleURL returns the absolute clean URL of article n.
func (s *Site) ArticleURL(n int) string {
	return s.server.URL + article(n, 0).Path
}

// Update changes article n: a new paragraph, a later modification time
// and a new ETag.
func (s *Site) Update(n int) {
	s.mu.Lock()
	s.versions[n]++
	s.mu.Unlock()
}

// Count returns what was counted for a path (without query).
func (s *Site) Count(path string) Count {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[path]
}

// Total returns the counts of all paths added up.
func (s *Site) Total() Count {
	s.mu.Lock()
	defer s.mu.Unlock()
	var t Count
	for _, c := range s.counts {
		t.Requests += c.Requests
		t.Conditional += c.Conditional
		t.NotModified += c.NotModified
	}
	return t
}

// Paths returns the paths requested so far, sorted.
func (s *Site) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	paths := make([]string, 0, len(s.counts))
	for p := range s.counts {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// HostRequests returns the number of requests whose Host header was host.
func (s *Site) HostRequests(host string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hosts[host]
}

// MaxInFlight returns the largest number of requests served at once.
func (s *Site) MaxInFlight() int { return int(s.maxInflight.Load()) }

// ResetCounts forgets the counts (and MaxInFlight), not the updates or
// the state of the special pages.
func (s *Site) ResetCounts() {
	s.mu.Lock()
	s.counts = make(map[string]Count)
	s.hosts = make(map[string]int)
	s.mu.Unlock()
	s.maxInflight.Store(0)
}

// hit counts a request of a stateful page and returns its number (1 for
// the first).
func (s *Site) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[path]++
	return s.hits[path]
}

// recorder notes the status of an answer.
type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	n := s.inflight.Add(1)
	defer s.inflight.Add(-1)
	for {
		m := s.maxInflight.Load()
		if n <= m || s.maxInflight.CompareAndSwap(m, n) {
			break
		}
	}
	if s.opts.OnRequest != nil {
		s.opts.OnRequest(r)
	}
	if !wait(r, s.opts.Latency) {
		return
	}
	rec := &recorder{ResponseWriter: w}
	s.route(rec, r)
	conditional := r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != ""
	s.mu.Lock()
	c := s.counts[r.URL.Path]
	c.Requests++
	if conditional {
		c.Conditional++
	}
	if rec.status == http.StatusNotModified {
		c.NotModified++
	}
	s.counts[r.URL.Path] = c
	s.hosts[r.Host]++
	s.mu.Unlock()
}

// wait waits d, or until the client goes; it reports whether to go on.
func wait(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}

// base returns the absolute URL base of a request.
func base(r *http.Request) string {
	return "http://" + r.Host
}

func (s *Site) route(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case p == "/":
		s.home(w, r)
	case p == "/robots.txt", p == "/moved/robots.txt":
		s.robots(w, r)
	case p == "/sitemap.xml":
		http.Redirect(w, r, "/sitemap_index.xml", http.StatusMovedPermanently)
	case p == "/sitemap_index.xml":
		s.sitemapIndex(w, r)
	case strings.HasPrefix(p, "/sitemaps/articles-"):
		s.articleSitemap(w, r)
	case p == "/sitemaps/hubs.xml":
		s.hubSitemap(w, r)
	case p == "/news-sitemap.xml":
		s.newsSitemap(w, r)
	case p == "/feed.xml":
		s.rss(w, r)
	case p == "/atom.xml":
		s.atom(w, r)
	case p == "/about", p == "/privacy":
		s.static(w, r)
	case strings.HasPrefix(p, "/section/"), strings.HasPrefix(p, "/tag/"), strings.HasPrefix(p, "/author/"):
		s.hub(w, r)
	case strings.HasPrefix(p, "/r/"):
		n, err := strconv.Atoi(strings.TrimPrefix(p, "/r/"))
		if err != nil || n < 0 || n >= s.opts.Articles {
			http.NotFound(w, r)
			return
		}
		http.Redirect(w, r, article(n, 0).Path, http.StatusMovedPermanently)
	case p == "/go/partner":
		http.Redirect(w, r, "http://partner.invalid/offer?utm_source=gazette", http.StatusFound)
	case strings.HasPrefix(p, "/specials/"):
		s.special(w, r)
	case strings.HasPrefix(p, "/img/"):
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write(tinyJPEG)
	case strings.HasPrefix(p, "/private/"):
		s.static(w, r)
	default:
		if n, ok := s.articleNumber(p); ok {
			s.articlePage(w, r, n)
			return
		}
		http.NotFound(w, r)
	}
}

// articleNumber finds the article whose clean path is p.
func (s *Site) articleNumber(p string) (int, bool) {
	if !strings.HasSuffix(p, ".html") {
		return 0, false
	}
	i := strings.LastIndexByte(p, '-')
	if i < 0 {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(p[i+1:], ".html"))
	if err != nil || n < 0 || n >= s.opts.Articles || article(n, 0).Path != p {
		return 0, false
	}
	return n, true
}

// bomb returns the gzip bomb sitemap for a base URL: three article URLs,
// then BombSize bytes of blanks. It is a multi-member gzip file (which
// gzip readers read as one stream): the blanks are one member of 1 MiB
// compressed once and repeated, so building it is cheap.
func (s *Site) bomb(base string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.bombs[base]; ok {
		return b
	}
	member := func(write func(*gzip.Writer)) []byte {
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			panic(err) // the level is a valid constant
		}
		write(zw)
		zw.Close()
		return buf.Bytes()
	}
	var out bytes.Buffer
	out.Write(member(func(zw *gzip.Writer) {
		fmt.Fprintf(zw, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
		for n := 0; n < min(3, s.opts.Articles); n++ {
			fmt.Fprintf(zw, "<url><loc>%s%s</loc></url>\n", base, article(n, 0).Path)
		}
	}))
	const chunk = 1 << 20
	blanks := member(func(zw *gzip.Writer) { zw.Write(bytes.Repeat([]byte{' '}, chunk)) })
	left := s.opts.BombSize
	for ; left >= chunk; left -= chunk {
		out.Write(blanks)
	}
	out.Write(member(func(zw *gzip.Writer) {
		zw.Write(bytes.Repeat([]byte{' '}, int(left)))
		fmt.Fprintf(zw, "\n</urlset>\n")
	}))
	s.bombs[base] = out.Bytes()
	return out.Bytes()
}
