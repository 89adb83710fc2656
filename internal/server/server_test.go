package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
)

// articleHTML is a real-shaped news page whose article the cleaner finds.
func articleHTML(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// noArticleHTML is a section page with links only.
func noArticleHTML(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/noarticle.html")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const wantTitle = "Harbour town votes to rebuild its flooded sea wall"

// start runs a Server for cfg behind an httptest server.
func start(t testing.TB, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// upstream is a site the server fetches from, counting its requests.
type upstream struct {
	*httptest.Server
	hits atomic.Int64
}

func newUpstream(t *testing.T, addr string, h http.HandlerFunc) *upstream {
	t.Helper()
	u := &upstream{}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	u.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u.hits.Add(1)
		h(w, r)
	}))
	u.Listener.Close()
	u.Listener = l
	u.Start()
	t.Cleanup(u.Close)
	return u
}

// site serves the test pages: / the article, /none a page without one,
// /pdf a PDF, /big an oversized page, /missing a 404.
func site(t *testing.T) *upstream {
	art, none := articleHTML(t), noArticleHTML(t)
	return newUpstream(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, art)
		case "/none":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, none)
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			io.WriteString(w, "%PDF-1.4\n")
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<html><body><p>")
			io.WriteString(w, strings.Repeat("word ", 300_000)) // 1.5 MB
		default:
			http.NotFound(w, r)
		}
	})
}

type answer struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, c *http.Client, method, u, body string) answer {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, u, err)
	}
	return answer{resp.StatusCode, resp.Header, b}
}

func post(t *testing.T, ts *httptest.Server, body string) answer {
	t.Helper()
	return do(t, ts.Client(), http.MethodPost, ts.URL+"/v1/clean", body)
}

func jsonBody(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkError checks that a is a JSON error answer with status want.
func checkError(t *testing.T, a answer, want int) {
	t.Helper()
	if a.status != want {
		t.Fatalf("got status %d, want %d; body %s", a.status, want, a.body)
	}
	if ct := a.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("got Content-Type %q, want application/json", ct)
	}
	var e errorBody
	if err := json.Unmarshal(a.body, &e); err != nil {
		t.Fatalf("error body %q: %v", a.body, err)
	}
	if e.Status != want || e.Error == "" {
		t.Errorf("got error body %+v, want status %d and a message", e, want)
	}
}

func decodeArticle(t *testing.T, a answer) *article.Article {
	t.Helper()
	if a.status != http.StatusOK {
		t.Fatalf("got status %d, want 200; body %s", a.status, a.body)
	}
	var art article.Article
	if err := json.Unmarshal(a.body, &art); err != nil {
		t.Fatalf("article %q: %v", a.body, err)
	}
	return &art
}

func TestCleanInlineHTML(t *testing.T) {
	_, ts := start(t, Config{})
	a := post(t, ts, jsonBody(t, map[string]any{"html": articleHTML(t), "url": "https://herald.example/x"}))
	art := decodeArticle(t, a)
	if art.Title != wantTitle {
		t.Errorf("title: got %q, want %q", art.Title, wantTitle)
	}
	if art.SourceURL != "https://herald.example/x" {
		t.Errorf("source_url: got %q", art.SourceURL)
	}
	if !strings.Contains(art.Text, "approved the plan by 412 votes to 97") {
		t.Errorf("text misses an article sentence: %q", art.Text)
	}
	if strings.Contains(art.Text, "This website uses cookies") {
		t.Errorf("text keeps the cookie banner: %q", art.Text)
	}
	if art.FetchedAt.IsZero() {
		t.Error("fetched_at is zero")
	}
	// The HTML is not escaped (\u003c) in the answer.
	if !bytes.Contains(a.body, []byte(`"html": "<`)) && !bytes.Contains(a.body, []byte(`"html":"<`)) {
		t.Errorf("html field escaped: %.200s", a.body)
	}
	// Without a url.
	art = decodeArticle(t, post(t, ts, jsonBody(t, map[string]any{"html": articleHTML(t)})))
	if art.Title != wantTitle {
		t.Errorf("title without url: got %q, want %q", art.Title, wantTitle)
	}
}

func TestCleanMarkdown(t *testing.T) {
	_, ts := start(t, Config{})
	page := articleHTML(t)
	tests := []struct {
		name   string
		req    map[string]any
		prefix string
		has    []string
		lacks  []string
	}{
		{
			"default", map[string]any{"html": page, "url": "https://herald.example/x", "format": "markdown"},
			"---\ntitle: " + wantTitle + "\nurl: ", []string{"\n---\n\n# " + wantTitle + "\n", "approved the plan by 412 votes to 97"},
			[]string{"This website uses cookies", "<p>"},
		},
		{
			"bare", map[string]any{"html": page, "url": "https://herald.example/x", "format": "markdown", "front_matter": false, "links": false, "images": false},
			"# " + wantTitle + "\n", []string{"approved the plan by 412 votes to 97"},
			[]string{"title:", "](", "This website uses cookies"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, ts, jsonBody(t, tc.req))
			if a.status != http.StatusOK {
				t.Fatalf("got status %d, want 200; body %s", a.status, a.body)
			}
			if ct := a.header.Get("Content-Type"); ct != "text/markdown; charset=utf-8" {
				t.Errorf("got Content-Type %q, want text/markdown; charset=utf-8", ct)
			}
			body := string(a.body)
			if !strings.HasPrefix(body, tc.prefix) {
				t.Errorf("body starts %q, want %q", body[:min(len(body), len(tc.prefix)+20)], tc.prefix)
			}
			for _, s := range tc.has {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q:\n%s", s, body)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(body, s) {
					t.Errorf("body has %q:\n%s", s, body)
				}
			}
		})
	}
	// "json" is the article record, as with no format.
	if art := decodeArticle(t, post(t, ts, jsonBody(t, map[string]any{"html": page, "format": "json"}))); art.Title != wantTitle {
		t.Errorf("format json: title %q, want %q", art.Title, wantTitle)
	}
}

func TestCleanURL(t *testing.T) {
	up := site(t)
	_, ts := start(t, Config{AllowPrivate: true})
	art := decodeArticle(t, post(t, ts, jsonBody(t, map[string]string{"url": up.URL + "/"})))
	if art.Title != wantTitle {
		t.Errorf("title: got %q, want %q", art.Title, wantTitle)
	}
	if art.SourceURL != up.URL+"/" {
		t.Errorf("source_url: got %q, want %q", art.SourceURL, up.URL+"/")
	}
	if art.URL != "https://herald.example/news/2025/03/porthmellin-sea-wall" {
		t.Errorf("url (canonical): got %q", art.URL)
	}
	metrics := scrape(t, ts)
	for _, want := range []string{
		`pith_pages_fetched_total{source="api"} 1`,
		`pith_fetch_duration_seconds_count 1`,
		`pith_clean_duration_seconds_count 1`,
		`pith_http_requests_total{code="200",route="POST /v1/clean"} 1`,
	} {
		if !strings.Contains(metrics, want+"\n") {
			t.Errorf("metrics: missing %q", want)
		}
	}
}

func TestCleanKeep(t *testing.T) {
	_, ts := start(t, Config{})
	html := articleHTML(t)
	removed := decodeArticle(t, post(t, ts, jsonBody(t, map[string]any{"html": html})))
	kept := decodeArticle(t, post(t, ts, jsonBody(t, map[string]any{"html": html, "keep": []string{"cookie"}})))
	count := func(a *article.Article) int {
		n := 0
		for _, r := range a.Removed {
			if r.Kind == "cookie" {
				n++
			}
		}
		return n
	}
	if count(removed) == 0 {
		t.Fatalf("no cookie removal recorded without keep: %+v", removed.Removed)
	}
	if got := count(kept); got != 0 {
		t.Errorf("keep cookie: got %d cookie removals, want 0", got)
	}
}

func TestCleanErrors(t *testing.T) {
	up := site(t)
	slow := newUpstream(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // answers only when the client gives up
	})
	// A port where nothing listens.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/"
	l.Close()

	_, ts := start(t, Config{
		AllowPrivate: true,
		MaxBodyBytes: 64 << 10,
		MaxPageBytes: 1 << 20,
		Timeout:      2 * time.Second, // long enough to read /big on a loaded machine under -race; /slow waits it out
	})
	html := func(s string) string { return jsonBody(t, map[string]string{"html": s}) }
	fetchURL := func(s string) string { return jsonBody(t, map[string]string{"url": s}) }
	tests := []struct {
		name string
		body string
		want int
	}{
		{"bad JSON", `{"url": `, 400},
		{"not an object", `["https://a.example/"]`, 400},
		{"unknown field", `{"link": "https://a.example/"}`, 400},
		{"empty body", ``, 400},
		{"two values", `{"url": "https://a.example/"} {}`, 400},
		{"missing url", `{}`, 400},
		{"blank url", `{"url": "  "}`, 400},
		{"empty html", `{"html": ""}`, 400},
		{"url not http", fetchURL("ftp://a.example/"), 400},
		{"url relative", fetchURL("/news/1"), 400},
		{"url with html not http", `{"html": "<p>x</p>", "url": "file:///etc/passwd"}`, 400},
		{"unknown keep kind", `{"html": "<p>x</p>", "keep": ["sidebar"]}`, 400},
		{"unknown format", `{"html": "<p>x</p>", "format": "yaml"}`, 400},
		{"front_matter not a boolean", `{"html": "<p>x</p>", "format": "markdown", "front_matter": "no"}`, 400},
		{"links without markdown", `{"html": "<p>x</p>", "links": false}`, 400},
		{"body too big", html(strings.Repeat("a", 70<<10)), 413},
		{"no article inline", html(noArticleHTML(t)), 422},
		{"no article fetched", fetchURL(up.URL + "/none"), 422},
		{"not HTML inline", html("%PDF-1.4\n%âãÏÓ\n1 0 obj"), 422},
		{"not HTML fetched", fetchURL(up.URL + "/pdf"), 422},
		{"upstream 404", fetchURL(up.URL + "/missing"), 502},
		{"connection refused", fetchURL(closed), 502},
		{"slow upstream", fetchURL(slow.URL + "/"), 504},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkError(t, post(t, ts, tc.body), tc.want)
		})
	}
	// An inline page over MaxPageBytes but within MaxBodyBytes.
	_, ts2 := start(t, Config{MaxBodyBytes: 1 << 20, MaxPageBytes: 10 << 10})
	checkError(t, post(t, ts2, html(strings.Repeat("<p>word</p>", 2000))), 413)
	// A fetched page over MaxPageBytes, with time enough to read past the
	// cap on a loaded machine (the 300ms above is for the slow upstream).
	_, ts3 := start(t, Config{AllowPrivate: true, MaxPageBytes: 1 << 20, Timeout: 30 * time.Second})
	checkError(t, post(t, ts3, fetchURL(up.URL+"/big")), 413)
}

func TestRoutes(t *testing.T) {
	_, ts := start(t, Config{})
	c := ts.Client()
	tests := []struct {
		method, path string
		want         int
		allow        string
	}{
		{"GET", "/v1/clean", 405, "POST"},
		{"PUT", "/v1/clean", 405, "POST"},
		{"POST", "/v1/articles", 405, "GET, HEAD"},
		{"DELETE", "/healthz", 405, "GET, HEAD"},
		{"POST", "/metrics", 405, "GET, HEAD"},
		{"GET", "/", 404, ""},
		{"GET", "/v2/clean", 404, ""},
		{"GET", "/v1/clean/extra", 404, ""},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			a := do(t, c, tc.method, ts.URL+tc.path, "")
			checkError(t, a, tc.want)
			if got := a.header.Get("Allow"); got != tc.allow {
				t.Errorf("Allow: got %q, want %q", got, tc.allow)
			}
		})
	}
}

func TestHealthz(t *testing.T) {
	_, ts := start(t, Config{})
	a := do(t, ts.Client(), "GET", ts.URL+"/healthz", "")
	if a.status != 200 || strings.TrimSpace(string(a.body)) != `{"status":"ok"}` {
		t.Errorf("got %d %s, want 200 {\"status\":\"ok\"}", a.status, a.body)
	}
	if a := do(t, ts.Client(), "HEAD", ts.URL+"/healthz", ""); a.status != 200 {
		t.Errorf("HEAD: got %d, want 200", a.status)
	}
}

func scrape(t *testing.T, ts *httptest.Server) string {
	t.Helper()
	a := do(t, ts.Client(), "GET", ts.URL+"/metrics", "")
	if a.status != 200 {
		t.Fatalf("GET /metrics: got %d", a.status)
	}
	if ct := a.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("GET /metrics: Content-Type %q, want the text format", ct)
	}
	return string(a.body)
}

func TestMetrics(t *testing.T) {
	s, ts := start(t, Config{})
	post(t, ts, jsonBody(t, map[string]string{"html": noArticleHTML(t)}))
	post(t, ts, `{`)
	s.Metrics().CrawlDone(CrawlResult{Site: "herald", Pages: 12, Stored: 5, Errors: 1, Duration: 3 * time.Second})
	s.Metrics().CrawlDone(CrawlResult{Site: "herald", Err: fmt.Errorf("store locked")})
	m := scrape(t, ts)
	for _, want := range []string{
		`pith_errors_total{kind="no_article"} 1`,
		`pith_errors_total{kind="bad_request"} 1`,
		`pith_errors_total{kind="timeout"} 0`,
		`pith_errors_total{kind="crawl"} 1`,
		`pith_pages_fetched_total{source="api"} 0`,
		`pith_pages_fetched_total{source="crawl"} 12`,
		`pith_articles_stored_total{site="herald"} 5`,
		`pith_crawl_runs_total{result="ok",site="herald"} 1`,
		`pith_crawl_runs_total{result="error",site="herald"} 1`,
		`pith_crawl_duration_seconds_count{site="herald"} 2`,
		`pith_clean_duration_seconds_count 1`,
		`pith_http_requests_total{code="422",route="POST /v1/clean"} 1`,
		`pith_http_requests_total{code="400",route="POST /v1/clean"} 1`,
		`pith_http_requests_in_flight 0`,
		`pith_http_requests_queued 0`,
	} {
		if !strings.Contains(m, want+"\n") {
			t.Errorf("metrics: missing line %q", want)
		}
	}
	for _, want := range []string{"# TYPE pith_fetch_duration_seconds histogram", "go_goroutines ", "process_resident_memory_bytes ", "pith_crawl_last_success_timestamp_seconds{site=\"herald\"} "} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics: missing %q", want)
		}
	}
	// Each server has its own registry.
	_, ts2 := start(t, Config{})
	if m2 := scrape(t, ts2); strings.Contains(m2, `kind="no_article"} 1`) {
		t.Error("a second server shares the first one's metrics")
	}
}

func TestSSRF(t *testing.T) {
	target := newUpstream(t, "127.0.0.2:0", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, articleHTML(t))
	})
	redirector := newUpstream(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/", http.StatusFound)
	})
	_, port, _ := net.SplitHostPort(redirector.Listener.Addr().String())

	// The guard is on; only 127.0.0.1 is exempt, so the redirector is
	// reachable and its redirect to 127.0.0.2 is not.
	_, ts := start(t, Config{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}})
	_, strict := start(t, Config{})
	tests := []struct {
		name string
		ts   *httptest.Server
		url  string
		want int
		msg  string
	}{
		{"loopback literal", strict, redirector.URL + "/", 403, "127.0.0.1 is loopback"},
		{"localhost", strict, "http://localhost:" + port + "/", 403, "is loopback"},
		{"IPv6 loopback", strict, "http://[::1]:" + port + "/", 403, "::1 is loopback"},
		{"private", strict, "http://10.1.2.3/", 403, "10.1.2.3 is private"},
		{"metadata", strict, "http://169.254.169.254/latest/meta-data/", 403, "link-local"},
		{"mapped", strict, "http://[::ffff:127.0.0.1]:" + port + "/", 403, "IPv4-mapped"},
		{"numeric host", strict, "http://2130706433:" + port + "/", 403, "non-standard"},
		{"redirect to loopback", ts, redirector.URL + "/", 403, "127.0.0.2 is loopback"},
		{"direct 127.0.0.2", ts, target.URL + "/", 403, "127.0.0.2 is loopback"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, tc.ts, jsonBody(t, map[string]string{"url": tc.url}))
			checkError(t, a, tc.want)
			if !strings.Contains(string(a.body), tc.msg) {
				t.Errorf("got %s, want a message with %q", a.body, tc.msg)
			}
		})
	}
	if got := target.hits.Load(); got != 0 {
		t.Errorf("blocked target got %d requests, want 0", got)
	}
	// The redirector was reached only through the exemption (once).
	if got := redirector.hits.Load(); got != 1 {
		t.Errorf("redirector got %d requests, want 1", got)
	}

	// With AllowPrivate the same redirect is followed.
	_, open := start(t, Config{AllowPrivate: true})
	art := decodeArticle(t, post(t, open, jsonBody(t, map[string]string{"url": redirector.URL + "/"})))
	if art.Title != wantTitle {
		t.Errorf("allow private: title %q, want %q", art.Title, wantTitle)
	}
	if art.SourceURL != target.URL+"/" {
		t.Errorf("allow private: source_url %q, want the redirect target %q", art.SourceURL, target.URL+"/")
	}
}

// waitFor spins until cond holds, failing after a while.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		runtime.Gosched()
	}
}

func TestTooManyRequests(t *testing.T) {
	release := make(chan struct{})
	arrived := make(chan struct{}, 10)
	art := articleHTML(t)
	up := newUpstream(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release
		io.WriteString(w, art)
	})
	s, ts := start(t, Config{AllowPrivate: true, MaxInFlight: 1, MaxQueue: 1, MaxWait: time.Minute})
	body := jsonBody(t, map[string]string{"url": up.URL + "/"})

	var wg sync.WaitGroup
	results := make([]answer, 2)
	wg.Go(func() { results[0] = post(t, ts, body) }) // takes the slot
	<-arrived
	wg.Go(func() { results[1] = post(t, ts, body) }) // waits in the queue
	waitFor(t, "a queued request", func() bool { return s.limit.waiting.Load() == 1 })

	a := post(t, ts, body) // queue full
	checkError(t, a, 429)
	if got := a.header.Get("Retry-After"); got != "1" {
		t.Errorf("Retry-After: got %q, want 1", got)
	}
	// Health and metrics are not limited.
	if a := do(t, ts.Client(), "GET", ts.URL+"/healthz", ""); a.status != 200 {
		t.Errorf("healthz while full: got %d", a.status)
	}
	m := scrape(t, ts)
	for _, want := range []string{"pith_http_requests_in_flight 1\n", "pith_http_requests_queued 1\n", `pith_errors_total{kind="overloaded"} 1` + "\n"} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics while full: missing %q", want)
		}
	}
	close(release)
	wg.Wait()
	for i, r := range results {
		if r.status != 200 {
			t.Errorf("request %d: got %d, want 200", i, r.status)
		}
	}
}

func TestQueueWait(t *testing.T) {
	release := make(chan struct{})
	arrived := make(chan struct{}, 1)
	up := newUpstream(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release
		http.NotFound(w, r)
	})
	_, ts := start(t, Config{AllowPrivate: true, MaxInFlight: 1, MaxQueue: 10, MaxWait: 50 * time.Millisecond})
	var wg sync.WaitGroup
	wg.Go(func() { post(t, ts, jsonBody(t, map[string]string{"url": up.URL + "/"})) })
	<-arrived
	// The slot stays taken longer than MaxWait.
	checkError(t, post(t, ts, jsonBody(t, map[string]string{"html": articleHTML(t)})), 429)
	close(release)
	wg.Wait()
}

func TestConcurrentRequests(t *testing.T) {
	// The default slots and queue: 64 clients at once must all be served.
	// MaxWait is raised because the race detector slows cleaning tenfold.
	_, ts := start(t, Config{MaxWait: 2 * time.Minute})
	body := jsonBody(t, map[string]string{"html": articleHTML(t), "url": "https://herald.example/x"})
	const clients, each = 64, 1
	c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	defer c.CloseIdleConnections()
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex // guards status
		status = map[int]int{}
	)
	for range clients {
		wg.Go(func() {
			for range each {
				a := do(t, c, "POST", ts.URL+"/v1/clean", body)
				var art article.Article
				if a.status == 200 {
					if err := json.Unmarshal(a.body, &art); err != nil || art.Title != wantTitle {
						t.Errorf("bad article: %v %q", err, art.Title)
					}
				}
				mu.Lock()
				status[a.status]++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if status[200] != clients*each {
		t.Errorf("got statuses %v, want %d × 200", status, clients*each)
	}
}

func TestServeShutdown(t *testing.T) {
	release := make(chan struct{})
	arrived := make(chan struct{})
	art := articleHTML(t)
	up := newUpstream(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-release
		io.WriteString(w, art)
	})
	s, err := New(Config{AllowPrivate: true})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + l.Addr().String()
	ctx, cancel := context.WithCancel(t.Context())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, l) }()

	got := make(chan answer, 1)
	go func() {
		got <- do(t, http.DefaultClient, "POST", base+"/v1/clean", jsonBody(t, map[string]string{"url": up.URL + "/"}))
	}()
	<-arrived
	cancel() // SIGTERM: stop taking requests, finish the one in progress
	select {
	case err := <-served:
		t.Fatalf("Serve returned %v with a request in progress", err)
	default:
	}
	close(release)
	if a := <-got; a.status != 200 {
		t.Errorf("request in progress at shutdown: got %d, want 200", a.status)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: got %v, want nil", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestNewErrors(t *testing.T) {
	for _, cfg := range []Config{{Timeout: -1}, {MaxBodyBytes: -1}, {MaxInFlight: -2}, {MaxLimit: -1}} {
		if _, err := New(cfg); err == nil {
			t.Errorf("New(%+v): got nil error", cfg)
		}
	}
}

// lockedBuffer is a bytes.Buffer safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestAccessLog(t *testing.T) {
	for _, on := range []bool{true, false} {
		var logs lockedBuffer
		_, ts := start(t, Config{AccessLog: on, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
		do(t, ts.Client(), "GET", ts.URL+"/healthz", "")
		do(t, ts.Client(), "GET", ts.URL+"/nowhere", "")
		got := logs.String()
		for _, want := range []string{
			`msg=request method=GET path=/healthz status=200 bytes=16 elapsed_ms=`,
			`msg=request method=GET path=/nowhere status=404`,
		} {
			if strings.Contains(got, want) != on {
				t.Errorf("AccessLog %v: log has %q: %v\n%s", on, want, !on, got)
			}
		}
	}
}
