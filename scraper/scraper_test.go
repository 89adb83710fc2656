package scraper_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/pith-news/pith/internal/machinery/fetch"
	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/scraper"
)

// collected gathers the pages passed to a Handler.
type collected struct {
	mu    sync.Mutex
	pages []*scraper.Page
}

func (c *collected) handle(_ context.Context, p *scraper.Page) error {
	cp := *p
	cp.Body = bytes.Clone(p.Body)
	c.mu.Lock()
	c.pages = append(c.pages, &cp)
	c.mu.Unlock()
	return nil
}

// urls returns the URLs of the pages passed on, sorted.
func (c *collected) urls() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, p := range c.pages {
		out = append(out, p.URL.String())
	}
	sort.Strings(out)
	return out
}

func (c *collected) byURL(u string) *scraper.Page {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range c.pages {
		if p.URL.String() == u {
			return p
		}
	}
	return nil
}

// quick is the config of tests: no delay, short retry waits.
func quick(cfg scraper.Config) scraper.Config {
	if cfg.RetryWait == 0 {
		cfg.RetryWait = time.Millisecond
	}
	return cfg
}

func crawl(t *testing.T, cfg scraper.Config, seeds ...string) (scraper.Stats, *collected) {
	t.Helper()
	s, err := scraper.New(quick(cfg))
	if err != nil {
		t.Fatal(err)
	}
	var c collected
	st, err := s.Run(t.Context(), seeds, c.handle)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return st, &c
}

// articleURLs returns the clean URLs of articles 0..n-1 of a site.
func articleURLs(site *sitetest.Site, n int) []string {
	var out []string
	for i := range n {
		out = append(out, site.ArticleURL(i))
	}
	return out
}

// TestCrawlSite crawls a whole site with its special pages and checks
// what was passed on, what was requested and what was counted.
func TestCrawlSite(t *testing.T) {
	site := sitetest.New(sitetest.Options{
		Articles: 30, Specials: true, SlowDelay: 20 * time.Millisecond,
		HugeSize: 2 << 20, BombSize: 4 << 20,
	})
	defer site.Close()
	st, c := crawl(t, scraper.Config{MaxBodySize: 1 << 20}, site.URL())

	want := articleURLs(site, 30)
	for _, p := range []string{"ratelimited", "flaky", "slow", "broken.html", "latin1.html"} {
		want = append(want, site.URL()+"/specials/"+p)
	}
	sort.Strings(want)
	if diff := cmp.Diff(want, c.urls()); diff != "" {
		t.Errorf("articles passed on (-want +got):\n%s", diff)
	}

	// Each article was requested once, whatever the tracking parameters,
	// fragments, redirects and print editions pointing at it.
	for i := range 30 {
		if got := site.Count(site.Article(i).Path).Requests; got != 1 {
			t.Errorf("article %d requested %d times, want 1", i, got)
		}
	}
	for _, p := range site.Paths() {
		if strings.HasPrefix(p, "/private/") {
			t.Errorf("disallowed %s was requested", p)
		}
	}
	if got := site.Count("/robots.txt").Requests; got != 1 {
		t.Errorf("robots.txt requested %d times, want 1", got)
	}

	checks := []struct {
		name      string
		got, want int
	}{
		{"NotFound", st.NotFound, 1},       // /this-page-does-not-exist
		{"NonHTML", st.NonHTML, 2},         // PDF, JPEG
		{"Errors", st.Errors, 3},           // 404, always-500, huge
		{"Articles", st.Articles, 35},      //
		{"OutOfScope", st.OutOfScope, 1},   // /go/partner
		{"Retries", st.Retries, 1 + 2 + 3}, // 429 once, 503 twice, 500 three times
		{"Queued", st.Queued, 0},
	}
	for _, ck := range checks {
		if ck.got != ck.want {
			t.Errorf("Stats.%s = %d, want %d (stats: %+v)", ck.name, ck.got, ck.want, st)
		}
	}
	if st.Disallowed == 0 {
		t.Errorf("Stats.Disallowed = 0, want > 0: the footer links to /private/")
	}
	if st.Sitemaps < 5 || st.Feeds != 2 {
		t.Errorf("Stats.Sitemaps, Feeds = %d, %d; want >= 5, 2", st.Sitemaps, st.Feeds)
	}

	// The windows-1252 page comes through untouched: its header and bytes.
	p := c.byURL(site.URL() + "/specials/latin1.html")
	if p == nil {
		t.Fatal("latin1.html not passed on")
	}
	if got := p.Header.Get("Content-Type"); got != "text/html; charset=windows-1252" {
		t.Errorf("Content-Type = %q, want the server's", got)
	}
	if !bytes.Contains(p.Body, []byte("Caf\xe9")) {
		t.Errorf("body was re-encoded: no windows-1252 \"Caf\\xe9\" in it")
	}
	for _, p := range c.pages {
		if p.StatusCode != http.StatusOK || p.NotModified || len(p.Body) == 0 || p.FetchedAt.IsZero() {
			t.Errorf("page %s: status %d, not modified %v, %d bytes, fetched at %v", p.URL, p.StatusCode, p.NotModified, len(p.Body), p.FetchedAt)
		}
	}
}

// hostTransport sends every request to the site, whatever its host name:
// the site stands for several hosts.
func hostTransport(site *sitetest.Site) *http.Transport {
	addr := site.Addr()
	return &http.Transport{
		DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, addr)
		},
	}
}

func TestScope(t *testing.T) {
	site := sitetest.New(sitetest.Options{
		Articles: 5,
		ExtraLinks: []string{
			"http://blog.gazette.test/",
			"http://www.gazette.test/about",
			"http://other.test/",
		},
	})
	defer site.Close()
	tests := []struct {
		name      string
		scope     scraper.Scope
		seed      string
		wantHosts []string // hosts requested
		noHosts   []string // hosts not requested
	}{
		{"host", scraper.ScopeHost, "http://gazette.test/",
			[]string{"gazette.test", "www.gazette.test"}, []string{"blog.gazette.test", "other.test"}},
		{"domain", scraper.ScopeDomain, "http://gazette.test/",
			[]string{"gazette.test", "www.gazette.test", "blog.gazette.test"}, []string{"other.test"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			site.ResetCounts()
			crawl(t, scraper.Config{Scope: tc.scope, Transport: hostTransport(site)}, tc.seed)
			for _, h := range tc.wantHosts {
				if site.HostRequests(h) == 0 {
					t.Errorf("no request to %s, want some", h)
				}
			}
			for _, h := range tc.noHosts {
				if n := site.HostRequests(h); n != 0 {
					t.Errorf("%d requests to %s, want none", n, h)
				}
			}
		})
	}

	t.Run("prefix", func(t *testing.T) {
		site.ResetCounts()
		// The seed's directory, /politics/2024/06/01/, is the prefix; the
		// sitemaps (read whatever the scope) list its articles.
		seed := site.ArticleURL(0)
		prefix := seed[:strings.LastIndex(seed, "/")+1]
		_, c := crawl(t, scraper.Config{Scope: scraper.ScopePrefix}, seed)
		if len(c.urls()) == 0 {
			t.Fatal("no article passed on")
		}
		for _, u := range c.urls() {
			if !strings.HasPrefix(u, prefix) {
				t.Errorf("passed on %s, out of the prefix %s", u, prefix)
			}
		}
		for _, p := range site.Paths() {
			if strings.HasPrefix(p, "/section/") || strings.HasPrefix(p, "/business/") || p == "/" {
				t.Errorf("requested %s, out of the prefix", p)
			}
		}
	})
}

func TestIncludeExclude(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 20})
	defer site.Close()
	_, c := crawl(t, scraper.Config{
		Include: []*regexp.Regexp{regexp.MustCompile(`/(science|sport)/|/section/`)},
		Exclude: []*regexp.Regexp{regexp.MustCompile(`/sport/`)},
	}, site.URL())
	if len(c.urls()) == 0 {
		t.Fatal("no article passed on, want the science articles")
	}
	for _, u := range c.urls() {
		if !strings.Contains(u, "/science/") {
			t.Errorf("passed on %s, want science articles only", u)
		}
	}
	for _, p := range site.Paths() {
		if strings.HasPrefix(p, "/tag/") || strings.HasPrefix(p, "/sport/") || strings.HasPrefix(p, "/politics/") {
			t.Errorf("requested %s, which the filters reject", p)
		}
	}
}

func TestMaxDepth(t *testing.T) {
	// Three articles a page: /section/politics/ has a page 2, linked from
	// page 1 only (depth 2 from the home page) and listed in no sitemap.
	site := sitetest.New(sitetest.Options{Articles: 40, PageSize: 3})
	defer site.Close()
	for _, tc := range []struct {
		depth     int
		wantPage2 bool
	}{{1, false}, {2, true}} {
		t.Run(fmt.Sprint(tc.depth), func(t *testing.T) {
			site.ResetCounts()
			_, c := crawl(t, scraper.Config{MaxDepth: tc.depth}, site.URL())
			if got := site.Count("/section/politics/page/2/").Requests > 0; got != tc.wantPage2 {
				t.Errorf("page 2 requested: %v, want %v", got, tc.wantPage2)
			}
			for _, p := range c.pages {
				if p.Depth > tc.depth {
					t.Errorf("page %s at depth %d, over MaxDepth %d", p.URL, p.Depth, tc.depth)
				}
			}
		})
	}
}

func TestMaxPages(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 40})
	defer site.Close()
	st, _ := crawl(t, scraper.Config{MaxPages: 7, Parallelism: 3}, site.URL())
	if st.Fetched != 7 {
		t.Errorf("Stats.Fetched = %d, want 7", st.Fetched)
	}
	pages := 0
	for _, p := range site.Paths() {
		if p == "/" || strings.HasSuffix(p, ".html") || strings.HasSuffix(p, "/") && !strings.HasPrefix(p, "/sitemap") {
			pages += site.Count(p).Requests
		}
	}
	if pages > 7 {
		t.Errorf("%d pages requested, want at most 7 (paths %v)", pages, site.Paths())
	}
}

func TestRelCanonical(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 3})
	defer site.Close()
	// The print edition is the seed: it is passed on under its
	// rel=canonical URL, and the clean URL is then not fetched again.
	st, c := crawl(t, scraper.Config{MaxDepth: 1}, site.ArticleURL(0)+"?print=1&utm_source=x")
	if got := c.byURL(site.ArticleURL(0)); got == nil {
		t.Fatalf("article 0 not passed on under its canonical URL; got %v", c.urls())
	} else if want := site.ArticleURL(0) + "?print=1"; got.RequestURL.String() != want {
		t.Errorf("RequestURL = %s, want %s", got.RequestURL, want)
	}
	if n := site.Count(site.Article(0).Path).Requests; n != 1 {
		t.Errorf("article 0 requested %d times, want 1 (the print edition)", n)
	}
	if st.Articles != len(c.urls()) {
		t.Errorf("Stats.Articles = %d, want %d", st.Articles, len(c.urls()))
	}
}

func TestRedirects(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 3})
	defer site.Close()
	st, c := crawl(t, scraper.Config{}, site.URL()+"/r/2", site.URL()+"/go/partner")
	p := c.byURL(site.ArticleURL(2))
	if p == nil {
		t.Fatalf("article 2 not passed on; got %v", c.urls())
	}
	if p.RequestURL.String() != site.URL()+"/r/2" {
		t.Errorf("RequestURL = %s, want the redirecting URL", p.RequestURL)
	}
	if n := site.Count(site.Article(2).Path).Requests; n != 1 {
		t.Errorf("article 2 requested %d times, want 1", n)
	}
	if st.OutOfScope != 1 {
		t.Errorf("Stats.OutOfScope = %d, want 1 (/go/partner)", st.OutOfScope)
	}
	// The home page links to /r/0, /r/1, /r/2: each redirect is followed
	// once, and leads to an article already known (Duplicates).
	for i := range 3 {
		if n := site.Count(fmt.Sprintf("/r/%d", i)).Requests; n != 1 && i != 2 {
			t.Errorf("/r/%d requested %d times, want 1", i, n)
		}
	}
	if st.Duplicates == 0 {
		t.Error("Stats.Duplicates = 0, want the redirects to known articles")
	}
}

func TestRobots(t *testing.T) {
	t.Run("disallowed path never requested", func(t *testing.T) {
		site := sitetest.New(sitetest.Options{Articles: 3})
		defer site.Close()
		st, c := crawl(t, scraper.Config{}, site.URL()+"/private/staff-directory", site.URL()+"/private/press-kit", site.URL())
		if n := site.Count("/private/staff-directory").Requests; n != 0 {
			t.Errorf("/private/staff-directory requested %d times, want 0", n)
		}
		if n := site.Count("/private/press-kit").Requests; n != 1 {
			t.Errorf("/private/press-kit (Allow) requested %d times, want 1", n)
		}
		if st.Disallowed == 0 || len(c.urls()) != 3 {
			t.Errorf("Disallowed = %d, articles %d; want > 0, 3", st.Disallowed, len(c.urls()))
		}
	})
	t.Run("user agent group", func(t *testing.T) {
		site := sitetest.New(sitetest.Options{Articles: 3})
		defer site.Close()
		st, c := crawl(t, scraper.Config{UserAgent: "GreedyBot/2.0"}, site.URL())
		if got := site.Total().Requests; got != 1 {
			t.Errorf("%d requests (%v), want 1: robots.txt", got, site.Paths())
		}
		if len(c.pages) != 0 || st.Disallowed == 0 {
			t.Errorf("pages %d, Disallowed %d; want 0, > 0", len(c.pages), st.Disallowed)
		}
	})
	t.Run("5xx means nothing fetched", func(t *testing.T) {
		site := sitetest.New(sitetest.Options{Articles: 3, RobotsStatus: http.StatusServiceUnavailable})
		defer site.Close()
		st, c := crawl(t, scraper.Config{Retries: 2}, site.URL())
		if got, want := site.Paths(), []string{"/robots.txt"}; !slices.Equal(got, want) {
			t.Errorf("paths requested %v, want %v", got, want)
		}
		if got := site.Count("/robots.txt").Requests; got != 3 {
			t.Errorf("robots.txt requested %d times, want 3 (1 + 2 retries)", got)
		}
		if len(c.pages) != 0 || st.Disallowed == 0 {
			t.Errorf("pages %d, Disallowed %d; want 0, > 0", len(c.pages), st.Disallowed)
		}
	})
	t.Run("4xx means no rules", func(t *testing.T) {
		site := sitetest.New(sitetest.Options{Articles: 3, RobotsStatus: http.StatusNotFound})
		defer site.Close()
		st, _ := crawl(t, scraper.Config{}, site.URL())
		if n := site.Count("/private/staff-directory").Requests; n != 1 {
			t.Errorf("/private/staff-directory requested %d times, want 1", n)
		}
		if st.Disallowed != 0 {
			t.Errorf("Disallowed = %d, want 0", st.Disallowed)
		}
	})
	t.Run("redirected", func(t *testing.T) {
		site := sitetest.New(sitetest.Options{Articles: 3, RobotsStatus: http.StatusMovedPermanently})
		defer site.Close()
		st, c := crawl(t, scraper.Config{}, site.URL())
		if n := site.Count("/moved/robots.txt").Requests; n != 1 {
			t.Errorf("/moved/robots.txt requested %d times, want 1", n)
		}
		if n := site.Count("/private/staff-directory").Requests; n != 0 || st.Disallowed == 0 {
			t.Errorf("/private/staff-directory requested %d times, Disallowed %d; want 0, > 0", n, st.Disallowed)
		}
		if len(c.pages) != 3 {
			t.Errorf("%d articles, want 3", len(c.pages))
		}
	})
	t.Run("ignored", func(t *testing.T) {
		site := sitetest.New(sitetest.Options{Articles: 3})
		defer site.Close()
		crawl(t, scraper.Config{IgnoreRobots: true}, site.URL())
		if n := site.Count("/robots.txt").Requests; n != 0 {
			t.Errorf("robots.txt requested %d times, want 0", n)
		}
		if n := site.Count("/private/staff-directory").Requests; n != 1 {
			t.Errorf("/private/staff-directory requested %d times, want 1", n)
		}
	})
	t.Run("crawl delay", func(t *testing.T) {
		const delay = 80 * time.Millisecond
		var mu sync.Mutex
		var times []time.Time
		site := sitetest.New(sitetest.Options{Articles: 3, CrawlDelay: delay, OnRequest: func(*http.Request) {
			mu.Lock()
			times = append(times, time.Now())
			mu.Unlock()
		}})
		defer site.Close()
		crawl(t, scraper.Config{MaxPages: 3, Parallelism: 4}, site.URL())
		mu.Lock()
		defer mu.Unlock()
		if len(times) < 4 {
			t.Fatalf("%d requests, want at least 4", len(times))
		}
		// Every request waits the delay after the one before, robots.txt
		// included (less some slack for the time between the client's
		// start and the server's arrival).
		for i := 1; i < len(times); i++ {
			if gap := times[i].Sub(times[i-1]); gap < delay-10*time.Millisecond {
				t.Errorf("request %d came %v after the previous one, want >= %v", i, gap, delay)
			}
		}
	})
}

// TestPoliteness checks the User-Agent and the spacing of requests.
func TestPoliteness(t *testing.T) {
	const delay = 60 * time.Millisecond
	var mu sync.Mutex
	var times []time.Time
	agents := map[string]int{}
	site := sitetest.New(sitetest.Options{Articles: 3, OnRequest: func(r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		agents[r.UserAgent()]++
	}})
	defer site.Close()
	// The gaps are timed where the requests leave, not where the server
	// sees them: a loaded machine may run the server's handlers late.
	base := http.DefaultTransport.(*http.Transport).Clone()
	defer base.CloseIdleConnections()
	sent := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		return base.RoundTrip(r)
	})
	crawl(t, scraper.Config{Delay: delay, Parallelism: 3, MaxPages: 3, Transport: sent}, site.URL())
	mu.Lock()
	defer mu.Unlock()
	if diff := cmp.Diff(map[string]int{fetch.DefaultUserAgent: len(times)}, agents); diff != "" {
		t.Errorf("User-Agents (-want +got):\n%s", diff)
	}
	// Delay is drawn between Delay/2 and 3*Delay/2, so n requests span at
	// least (n-1)*Delay/2. The span is checked rather than each gap: one
	// request held up on a loaded machine shortens the gap after it.
	if n := len(times); n < 2 {
		t.Fatalf("%d requests, want several", n)
	} else if span, want := times[n-1].Sub(times[0]), time.Duration(n-1)*delay/2-10*time.Millisecond; span < want {
		t.Errorf("%d requests in %v, want at least %v", n, span, want)
	}
}

// roundTripFunc is an http.RoundTripper made of a function.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestSitemapAndFeedSeeds(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 20})
	defer site.Close()
	tests := []struct {
		seed string
		want []string
	}{
		// The gzipped first half of the articles.
		{"/sitemaps/articles-0.xml.gz", articleURLs(site, 10)},
		// The sitemap index leads to all of them.
		{"/sitemap_index.xml", articleURLs(site, 20)},
		{"/feed.xml", articleURLs(site, 20)},
		{"/atom.xml", articleURLs(site, 20)},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			_, c := crawl(t, scraper.Config{MaxDepth: 1, IgnoreRobots: true,
				Exclude: []*regexp.Regexp{regexp.MustCompile(`/sitemap`)}}, site.URL()+tc.seed)
			want := slices.Clone(tc.want)
			sort.Strings(want)
			got := c.urls()
			// MaxDepth 1 follows the seed's URLs, not their links; but the
			// sitemap index lists sitemaps (no depth), so compare sets.
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGzipBomb(t *testing.T) {
	const bomb = 64 << 20
	site := sitetest.New(sitetest.Options{Articles: 5, BombSize: bomb})
	defer site.Close()
	// Build the bomb before measuring: the server shares the process.
	resp, err := http.Get(site.URL() + "/specials/bomb.xml.gz")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	gz.ReadFrom(resp.Body)
	resp.Body.Close()
	t.Logf("bomb: %d bytes gzipped, %d inflated", gz.Len(), bomb)
	if gz.Len() > 100<<10 {
		t.Fatalf("bomb is %d bytes gzipped, want < 100 KiB", gz.Len())
	}

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	st, c := crawl(t, scraper.Config{MaxDepth: 1, IgnoreRobots: true, MaxBodySize: 1 << 20}, site.URL()+"/specials/bomb.xml.gz")
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %d KiB while crawling", alloc>>10)
	// About 10 MiB (the body is copied a few times on its way), more
	// under the race detector; far from the 64 MiB inflated.
	if alloc > 24<<20 {
		t.Errorf("allocated %d MiB, want < 24 MiB for a 1 MiB cap", alloc>>20)
	}
	// The URLs before the cut are read.
	want := articleURLs(site, 3)
	sort.Strings(want)
	if diff := cmp.Diff(want, c.urls()); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	if st.Sitemaps != 1 {
		t.Errorf("Stats.Sitemaps = %d, want 1", st.Sitemaps)
	}
}

func TestRetries(t *testing.T) {
	t.Run("retry-after", func(t *testing.T) {
		var mu sync.Mutex
		var times []time.Time
		site := sitetest.New(sitetest.Options{RetryAfter: 1, OnRequest: func(r *http.Request) {
			if r.URL.Path == "/specials/ratelimited" {
				mu.Lock()
				times = append(times, time.Now())
				mu.Unlock()
			}
		}})
		defer site.Close()
		st, c := crawl(t, scraper.Config{MaxPages: 1, IgnoreRobots: true}, site.URL()+"/specials/ratelimited")
		if len(c.pages) != 1 || st.Retries != 1 {
			t.Fatalf("pages %d, retries %d; want 1, 1", len(c.pages), st.Retries)
		}
		mu.Lock()
		defer mu.Unlock()
		if len(times) != 2 {
			t.Fatalf("%d requests, want 2", len(times))
		}
		if gap := times[1].Sub(times[0]); gap < 900*time.Millisecond {
			t.Errorf("retried after %v, want >= 1s (Retry-After: 1)", gap)
		}
	})
	tests := []struct {
		name         string
		path         string
		retries      int
		wantRequests int
		wantPages    int
	}{
		{"503 then OK", "/specials/flaky", 0, 3, 1},
		{"500 every time", "/specials/broken-server", 2, 3, 0},
		{"no retries", "/specials/broken-server", -1, 1, 0},
		{"404 not retried", "/missing", 0, 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			site := sitetest.New(sitetest.Options{})
			defer site.Close()
			st, c := crawl(t, scraper.Config{IgnoreRobots: true, MaxPages: 1, Retries: tc.retries}, site.URL()+tc.path)
			if got := site.Count(tc.path).Requests; got != tc.wantRequests {
				t.Errorf("%d requests, want %d", got, tc.wantRequests)
			}
			if len(c.pages) != tc.wantPages {
				t.Errorf("%d pages passed on, want %d", len(c.pages), tc.wantPages)
			}
			if tc.wantPages == 0 && st.Errors != 1 {
				t.Errorf("Stats.Errors = %d, want 1", st.Errors)
			}
		})
	}
}

func TestNonHTMLSkipped(t *testing.T) {
	site := sitetest.New(sitetest.Options{})
	defer site.Close()
	st, c := crawl(t, scraper.Config{IgnoreRobots: true},
		site.URL()+"/specials/report.pdf", site.URL()+"/specials/photo.jpg")
	if len(c.pages) != 0 || st.NonHTML != 2 || st.Errors != 0 {
		t.Errorf("pages %d, NonHTML %d, Errors %d; want 0, 2, 0", len(c.pages), st.NonHTML, st.Errors)
	}
}

func TestTimeout(t *testing.T) {
	site := sitetest.New(sitetest.Options{SlowDelay: 10 * time.Second})
	defer site.Close()
	start := time.Now()
	st, c := crawl(t, scraper.Config{IgnoreRobots: true, MaxPages: 1, Timeout: 100 * time.Millisecond, Retries: 1}, site.URL()+"/specials/slow")
	if len(c.pages) != 0 || st.Errors != 1 || st.Retries != 1 {
		t.Errorf("pages %d, errors %d, retries %d; want 0, 1, 1", len(c.pages), st.Errors, st.Retries)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v, want well under the 10s the page takes", d)
	}
}

func TestHugePage(t *testing.T) {
	site := sitetest.New(sitetest.Options{HugeSize: 8 << 20})
	defer site.Close()
	st, c := crawl(t, scraper.Config{IgnoreRobots: true, MaxPages: 1, MaxBodySize: 1 << 20}, site.URL()+"/specials/huge.html")
	if len(c.pages) != 0 || st.Errors != 1 || st.Bytes > 1<<20+1 {
		t.Errorf("pages %d, errors %d, bytes %d; want 0, 1, <= 1 MiB", len(c.pages), st.Errors, st.Bytes)
	}
}

// TestConditional re-crawls an unchanged site with the validators of the
// first crawl: every article request is conditional and answered 304; then
// one article changes.
func TestConditional(t *testing.T) {
	const n = 15
	site := sitetest.New(sitetest.Options{Articles: n})
	defer site.Close()

	var mu sync.Mutex
	type validators struct{ etag, lastMod string }
	stored := map[string]validators{}
	store := func(_ context.Context, p *scraper.Page) error {
		if p.NotModified {
			return nil
		}
		mu.Lock()
		defer mu.Unlock()
		stored[p.RequestURL.String()] = validators{p.Header.Get("ETag"), p.Header.Get("Last-Modified")}
		return nil
	}
	cfg := quick(scraper.Config{Validators: func(u string) (string, string) {
		mu.Lock()
		defer mu.Unlock()
		v := stored[u]
		return v.etag, v.lastMod
	}})
	s, err := scraper.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Run(t.Context(), []string{site.URL()}, store); err != nil {
		t.Fatal(err)
	}
	if len(stored) != n {
		t.Fatalf("%d articles stored, want %d", len(stored), n)
	}

	site.ResetCounts()
	var c collected
	st, err := s.Run(t.Context(), []string{site.URL()}, c.handle)
	if err != nil {
		t.Fatal(err)
	}
	if st.NotModified != n || st.Articles != 0 || len(c.pages) != n {
		t.Errorf("NotModified %d, Articles %d, pages %d; want %d, 0, %d", st.NotModified, st.Articles, len(c.pages), n, n)
	}
	for i := range n {
		got := site.Count(site.Article(i).Path)
		if got.Requests != 1 || got.Conditional != 1 || got.NotModified != 1 {
			t.Errorf("article %d: %+v, want 1 request, conditional, answered 304", i, got)
		}
	}
	for _, p := range c.pages {
		if !p.NotModified || p.StatusCode != http.StatusNotModified || p.Body != nil {
			t.Errorf("page %s: NotModified %v, status %d, %d bytes; want true, 304, nil", p.URL, p.NotModified, p.StatusCode, len(p.Body))
		}
	}

	site.Update(4)
	var c2 collected
	st, err = s.Run(t.Context(), []string{site.URL()}, c2.handle)
	if err != nil {
		t.Fatal(err)
	}
	if st.NotModified != n-1 || st.Articles != 1 {
		t.Errorf("after an update: NotModified %d, Articles %d; want %d, 1", st.NotModified, st.Articles, n-1)
	}
	if p := c2.byURL(site.ArticleURL(4)); p == nil || p.NotModified || !bytes.Contains(p.Body, []byte("Update 1:")) {
		t.Errorf("updated article 4 not passed on with its new text")
	}
}

func TestSkip(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 10})
	defer site.Close()
	done := map[string]bool{site.ArticleURL(1): true, site.ArticleURL(2): true}
	st, c := crawl(t, scraper.Config{Skip: func(u string) bool { return done[u] }}, site.URL())
	for u := range done {
		if c.byURL(u) != nil {
			t.Errorf("skipped %s passed on", u)
		}
	}
	if site.Count(site.Article(1).Path).Requests != 0 || st.Skipped != 2 || len(c.pages) != 8 {
		t.Errorf("article 1 requested %d times, Skipped %d, pages %d; want 0, 2, 8",
			site.Count(site.Article(1).Path).Requests, st.Skipped, len(c.pages))
	}
}

func TestHandlerErrorsDoNotStop(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 10})
	defer site.Close()
	s, err := scraper.New(quick(scraper.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	calls := 0
	st, err := s.Run(t.Context(), []string{site.URL()}, func(_ context.Context, p *scraper.Page) error {
		mu.Lock()
		defer mu.Unlock()
		calls++
		switch calls {
		case 1:
			return errors.New("disk full")
		case 2:
			panic("handler bug")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 10 || st.Errors != 2 || st.Articles != 10 {
		t.Errorf("calls %d, Errors %d, Articles %d; want 10, 2, 10", calls, st.Errors, st.Articles)
	}
}

func TestParallelism(t *testing.T) {
	for _, par := range []int{1, 3} {
		t.Run(fmt.Sprint(par), func(t *testing.T) {
			site := sitetest.New(sitetest.Options{Articles: 20, Latency: 5 * time.Millisecond})
			defer site.Close()
			crawl(t, scraper.Config{Parallelism: par}, site.URL())
			got := site.MaxInFlight()
			if got > par {
				t.Errorf("%d requests in flight at once, want at most %d", got, par)
			}
			t.Logf("parallelism %d: at most %d in flight", par, got)
		})
	}
}

// TestCancel cancels a crawl whose politeness delay is an hour: Run must
// return at once, with no goroutine left behind.
func TestCancel(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 50})
	defer site.Close()
	before := runtime.NumGoroutine()

	s, err := scraper.New(scraper.Config{Delay: time.Hour, IgnoreRobots: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var progress []scraper.Stats
	s2, err := scraper.New(scraper.Config{Delay: time.Hour, IgnoreRobots: true, OnProgress: func(st scraper.Stats) {
		progress = append(progress, st)
		cancel() // after the first page
	}})
	if err != nil {
		t.Fatal(err)
	}
	_ = s
	start := time.Now()
	st, err := s2.Run(ctx, []string{site.URL()}, func(context.Context, *scraper.Page) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run returned %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Run returned after %v, want at once", d)
	}
	if st.Fetched > 2 {
		t.Errorf("Stats.Fetched = %d after cancelling at the first page", st.Fetched)
	}
	if len(progress) == 0 {
		t.Error("OnProgress never called")
	}

	// The workers are gone when Run returns; the server side of the
	// closed connections may take a moment.
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines before Run, %d after:\n%s", before, after, buf[:runtime.Stack(buf, true)])
	}
}

func TestOnProgress(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 20})
	defer site.Close()
	var (
		mu      sync.Mutex
		calls   []scraper.Stats
		running bool
		overlap bool
	)
	st, _ := crawl(t, scraper.Config{Parallelism: 4, OnProgress: func(s scraper.Stats) {
		mu.Lock()
		if running {
			overlap = true
		}
		running = true
		calls = append(calls, s)
		mu.Unlock()
		mu.Lock()
		running = false
		mu.Unlock()
	}}, site.URL())
	if overlap {
		t.Error("OnProgress called concurrently")
	}
	for i := 1; i < len(calls); i++ {
		if calls[i].Fetched < calls[i-1].Fetched || calls[i].Articles < calls[i-1].Articles {
			t.Errorf("progress went back: %+v then %+v", calls[i-1], calls[i])
		}
	}
	if len(calls) == 0 || calls[len(calls)-1].Articles != st.Articles {
		t.Errorf("last progress %+v, want the final totals %+v", calls[len(calls)-1], st)
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	tests := []scraper.Config{
		{Parallelism: -1}, {MaxDepth: -1}, {MaxPages: -1}, {Delay: -1},
		{Timeout: -1}, {ConnectTimeout: -1}, {MaxBodySize: -1}, {Scope: 7},
		{UserAgent: "pith\r\nX-Evil: 1"}, {RetryWait: -1},
	}
	for _, cfg := range tests {
		if _, err := scraper.New(cfg); err == nil {
			t.Errorf("New(%+v) = nil error, want one", cfg)
		}
	}
}

func TestRunRejectsBadSeeds(t *testing.T) {
	s, err := scraper.New(scraper.Config{})
	if err != nil {
		t.Fatal(err)
	}
	h := func(context.Context, *scraper.Page) error { return nil }
	for _, seeds := range [][]string{nil, {"ftp://x/"}, {"/relative"}, {"http://[::1"}} {
		if _, err := s.Run(t.Context(), seeds, h); err == nil {
			t.Errorf("Run(%q) = nil error, want one", seeds)
		}
	}
	if _, err := s.Run(t.Context(), []string{"http://x/"}, nil); err == nil {
		t.Error("Run with a nil Handler = nil error, want one")
	}
}

func TestCanonicalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTP://Example.COM:80/a/b?b=2&a=1#frag", "http://example.com/a/b?a=1&b=2"},
		{"https://example.com:443", "https://example.com/"},
		{"https://example.com:8443/x", "https://example.com:8443/x"},
		{"https://example.com./x?utm_source=a&utm_medium=b&id=7&fbclid=z&gclid=y&mc_cid=1&mc_eid=2", "https://example.com/x?id=7"},
		{"https://example.com/x?UTM_Campaign=a", "https://example.com/x"},
		{"https://user:pw@example.com/x", "https://example.com/x"},
		{"https://example.com/a/./b/../c", "https://example.com/a/c"},
		{"https://example.com/%7Euser/caf%c3%a9", "https://example.com/~user/caf%C3%A9"},
		{"https://example.com/a%2Fb", "https://example.com/a%2Fb"},
		{"https://example.com/x?", "https://example.com/x"},
		{"https://example.com/x?b=1&a=2&b=0", "https://example.com/x?a=2&b=1&b=0"},
		{"http://[::1]:80/", "http://[::1]/"},
		// Session ids, in the query and as a path parameter.
		{"https://example.com/x?sid=8f3a9c0d1e2b4f5a6b7c&id=2&PHPSESSID=1&jsessionid=2&sessionid=3&ASPSESSIONIDQA=4", "https://example.com/x?id=2"},
		{"https://example.com/article.pl?sid=04/05/12/1234", "https://example.com/article.pl?sid=04/05/12/1234"}, // a story id
		{"https://example.com/a/b;jsessionid=0A1B2C?id=2", "https://example.com/a/b?id=2"},
		{"https://example.com/a;v=2/b", "https://example.com/a;v=2/b"},
	}
	for _, tc := range tests {
		u, err := url.Parse(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := scraper.Canonicalize(u).String(); got != tc.want {
			t.Errorf("Canonicalize(%s) = %s, want %s", tc.in, got, tc.want)
		}
		if u.String() == tc.want && tc.in != tc.want {
			t.Errorf("Canonicalize(%s) modified its argument", tc.in)
		}
	}
}

func TestParseScope(t *testing.T) {
	for _, s := range []scraper.Scope{scraper.ScopeHost, scraper.ScopeDomain, scraper.ScopePrefix} {
		got, err := scraper.ParseScope(strings.ToUpper(s.String()))
		if err != nil || got != s {
			t.Errorf("ParseScope(%q) = %v, %v; want %v", s, got, err, s)
		}
	}
	if _, err := scraper.ParseScope("world"); err == nil {
		t.Error(`ParseScope("world") = nil error, want one`)
	}
}
