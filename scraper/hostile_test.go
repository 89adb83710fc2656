package scraper_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/testkit/hostile"
	"github.com/pith-news/pith/scraper"
)

// TestTrapsEnd crawls three spider traps with the default settings (no
// delay): each must end by itself, well under 5,000 pages. Before the trap
// heuristics each ran until the deadline.
func TestTrapsEnd(t *testing.T) {
	site := hostile.New(hostile.Options{})
	defer site.Close()
	for _, tc := range []struct{ name, seed string }{
		{"calendar", "/cal?month=1"},
		{"session id", "/sid/?sid=0123456789abcdef0123"},
		{"deeper and deeper", "/deep/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
			defer cancel()
			s, err := scraper.New(scraper.Config{Scope: scraper.ScopePrefix})
			if err != nil {
				t.Fatal(err)
			}
			st, err := s.Run(ctx, []string{site.URL() + tc.seed}, func(context.Context, *scraper.Page) error { return nil })
			if err != nil {
				t.Fatalf("Run: %v after %d pages (the trap did not end)", err, st.Fetched)
			}
			if st.Fetched >= 5000 {
				t.Errorf("fetched %d pages, want under 5,000", st.Fetched)
			}
			t.Logf("%d pages, %d URLs taken for traps", st.Fetched, st.Traps)
		})
	}
}

// TestSitemapIndexLazy reads a sitemap index of 10 sitemaps of 20,000 URLs
// with MaxPages 100: the sitemaps are read as the queue drains, so once the
// budget is spent no more of them are fetched.
func TestSitemapIndexLazy(t *testing.T) {
	site := hostile.New(hostile.Options{Children: 10, PerSitemap: 20_000})
	defer site.Close()
	st, _ := crawl(t, scraper.Config{MaxPages: 100, IgnoreRobots: true}, site.URL()+"/sitemap-many.xml")
	if st.Fetched != 100 {
		t.Errorf("fetched %d pages, want 100", st.Fetched)
	}
	if n := site.Sitemaps(); n > 2 {
		t.Errorf("%d child sitemaps fetched, want at most 2", n)
	}
}

// TestMaxPagesPerHost stops a crawl of an endless site at its host budget.
func TestMaxPagesPerHost(t *testing.T) {
	site := hostile.New(hostile.Options{})
	defer site.Close()
	st, _ := crawl(t, scraper.Config{MaxPagesPerHost: 30, Scope: scraper.ScopePrefix}, site.URL()+"/cal?month=1")
	if st.Fetched != 30 || st.OverBudget == 0 {
		t.Errorf("fetched %d pages, %d over budget; want 30 and some", st.Fetched, st.OverBudget)
	}
}

// TestLongURLSkipped follows no URL over MaxURLLength: a page linking to a
// 33 KiB URL gets it counted as a trap, not requested.
func TestLongURLSkipped(t *testing.T) {
	long := "/long?q=" + strings.Repeat("x", 33<<10)
	var requested atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/long") {
			requested.Store(true)
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><body><a href="%s">long</a></body></html>`, long)
	}))
	defer srv.Close()
	var logs syncBuffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	st, _ := crawl(t, scraper.Config{IgnoreRobots: true, Logger: log}, srv.URL+"/")
	if requested.Load() || st.Traps != 1 {
		t.Errorf("long URL requested: %v, traps %d; want not requested and 1 trap", requested.Load(), st.Traps)
	}
	if got := logs.String(); !strings.Contains(got, "level=WARN") || !strings.Contains(got, "URL too long") {
		t.Errorf("no warning for the long URL; log:\n%s", got)
	}
}

// TestFailedHosts crawls seeds from which nothing can be fetched: each
// comes back in Stats.FailedHosts with why, where before the crawl looked
// like a success.
func TestFailedHosts(t *testing.T) {
	robots := func(code int, delay time.Duration) string {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				time.Sleep(delay)
				w.WriteHeader(code)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><p>hello</p></body></html>")
		}))
		t.Cleanup(srv.Close)
		return srv.URL
	}
	ok := robots(http.StatusNotFound, 0)
	r503 := robots(http.StatusServiceUnavailable, 0)
	r429 := robots(http.StatusTooManyRequests, 0)
	slow := robots(http.StatusOK, time.Second)
	// The closed port is taken last: a server started after it was freed
	// could be given the same port.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close() // nothing listens there any more
	for _, tc := range []struct{ name, seed, reason string }{
		{"unreachable", "http://" + closed + "/", "unreachable"},
		{"robots.txt 503", r503 + "/", "robots.txt answered 503"},
		{"robots.txt 429", r429 + "/", "robots.txt answered 429"},
		{"robots.txt timeout", slow + "/", "robots.txt unreachable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, _ := crawl(t, scraper.Config{Retries: -1, Timeout: 200 * time.Millisecond}, tc.seed, ok+"/")
			if len(st.FailedHosts) != 1 {
				t.Fatalf("FailedHosts = %v, want the one host of %s", st.FailedHosts, tc.seed)
			}
			u, _ := url.Parse(tc.seed)
			if f := st.FailedHosts[0]; f.Host != u.Host || !strings.Contains(f.Reason, tc.reason) {
				t.Errorf("FailedHosts = %v, want %s with a reason saying %q", st.FailedHosts, u.Host, tc.reason)
			}
		})
	}
}

// TestRetryAfterPausesHost answers every page with 429 and Retry-After:
// 3600: the host is left alone for the rest of the run, where before each
// of its URLs was requested in turn.
func TestRetryAfterPausesHost(t *testing.T) {
	var pages atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body>")
			for i := range 200 {
				fmt.Fprintf(w, `<a href="/p%d">%d</a>`, i, i)
			}
			fmt.Fprint(w, "</body></html>")
		default:
			pages.Add(1)
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		}
	}))
	defer srv.Close()
	st, _ := crawl(t, scraper.Config{Parallelism: 4}, srv.URL+"/")
	if n := pages.Load(); n > 4 {
		t.Errorf("%d requests after Retry-After: 3600, want at most one per worker", n)
	}
	if st.Paused < 190 {
		t.Errorf("Stats.Paused = %d, want the other URLs", st.Paused)
	}
}

// TestDeepPage crawls a page nested 600 elements deep: its links are
// followed and it is passed on (flattened, so that it parses), where it
// used to be skipped as "not HTML".
func TestDeepPage(t *testing.T) {
	var next atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/2025/03/01/deep-story-about-the-harbour":
			fmt.Fprint(w, `<html><head><meta property="og:type" content="article"><title>Deep</title></head><body>`+
				strings.Repeat("<div>", 600)+`<article><h1>Deep</h1>`+
				strings.Repeat("<p>The council voted on Tuesday to approve the long-debated harbour plan, ending years of hearings.</p>", 12)+
				`<a href="/next">next</a></article></body></html>`)
		case "/next":
			next.Store(true)
			fmt.Fprint(w, "<html><body><p>next</p></body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	st, c := crawl(t, scraper.Config{IgnoreRobots: true}, srv.URL+"/2025/03/01/deep-story-about-the-harbour")
	if !next.Load() {
		t.Errorf("the deep page's link was not followed (stats %v)", st)
	}
	if len(c.pages) != 1 {
		t.Fatalf("%d pages passed on, want the deep article", len(c.pages))
	}
	if _, err := html.Parse(bytes.NewReader(c.pages[0].Body)); err != nil {
		t.Errorf("the body passed on does not parse: %v", err)
	}
}

// TestDatedArticlesAreNoTrap crawls 1,500 articles of one path that carry
// a date parameter: the calendar heuristic counts distinct dates, not
// URLs, so none of them is taken for a trap.
func TestDatedArticlesAreNoTrap(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body>")
		if r.URL.Path == "/" {
			for i := range 1500 {
				fmt.Fprintf(w, `<a href="/article?id=%d&date=2025-03-%02d">%d</a>`, i, 1+i%28, i)
			}
		}
		fmt.Fprint(w, "</body></html>")
	}))
	defer srv.Close()
	st, _ := crawl(t, scraper.Config{IgnoreRobots: true, Parallelism: 4}, srv.URL+"/")
	if st.Traps != 0 || st.Fetched != 1501 {
		t.Errorf("fetched %d pages, %d taken for traps; want 1,501 and none", st.Fetched, st.Traps)
	}
}

// syncBuffer is a bytes.Buffer safe for concurrent use, for log output.
type syncBuffer struct {
	mu  sync.Mutex // guards buf
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
