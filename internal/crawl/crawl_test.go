package crawl_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu  sync.Mutex // guards buf
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// lines decodes the JSON lines written so far.
func (b *syncBuffer) lines(t *testing.T) []article.Article {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	var as []article.Article
	for _, l := range strings.Split(strings.TrimSuffix(b.buf.String(), "\n"), "\n") {
		if l == "" {
			continue
		}
		var a article.Article
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("JSON line %.60q: %v", l, err)
		}
		as = append(as, a)
	}
	return as
}

func config(site *sitetest.Site, out string) crawl.Config {
	return crawl.Config{
		Seeds: []string{site.URL() + "/"},
		Out:   out,
		Scraper: scraper.Config{
			Parallelism: 4,
			Timeout:     5 * time.Second,
			RetryWait:   10 * time.Millisecond,
		},
	}
}

func run(t *testing.T, cfg crawl.Config) crawl.Stats {
	t.Helper()
	stats, err := crawl.Run(t.Context(), cfg)
	if err != nil {
		t.Fatalf("crawl.Run: %v (stats %v)", err, stats)
	}
	if !stats.Complete {
		t.Errorf("stats.Complete = false after a crawl without error")
	}
	return stats
}

// storedFiles maps each article file of dir to its FileInfo, checking that
// every one is a valid article and that nothing else lives outside .pith.
func storedFiles(t *testing.T, dir string) map[string]fs.FileInfo {
	t.Helper()
	files := map[string]fs.FileInfo{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if rel == ".pith" {
			return fs.SkipDir
		}
		if e.IsDir() {
			return nil
		}
		if !strings.HasSuffix(rel, ".json") {
			t.Errorf("non-article file in the out dir: %s", rel)
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var a article.Article
		if err := json.Unmarshal(data, &a); err != nil {
			t.Errorf("%s is not valid JSON: %v", rel, err)
		} else if a.URL == "" || a.Text == "" {
			t.Errorf("%s holds an empty article", rel)
		}
		info, err := e.Info()
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = info
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// checkOnce fails unless every article of the site is stored exactly once,
// under its clean URL.
func checkOnce(t *testing.T, site *sitetest.Site, dir string) {
	t.Helper()
	byTitle := map[string]int{}
	err := store.Walk(t.Context(), dir, time.Time{}, func(a *article.Article) error {
		byTitle[a.Title]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for n := range site.Articles() {
		want := site.Article(n)
		a, err := store.Get(t.Context(), dir, site.ArticleURL(n))
		if err != nil {
			t.Errorf("article %d: %v", n, err)
			continue
		}
		if a.Title != want.Title {
			t.Errorf("article %d: title %q, want %q", n, a.Title, want.Title)
		}
		if c := byTitle[want.Title]; c != 1 {
			t.Errorf("article %d stored %d times, want once", n, c)
		}
	}
}

func TestCrawlSite(t *testing.T) {
	var uris uriCounter
	site := sitetest.New(sitetest.Options{
		OnRequest: uris.add,
		Articles:  30,
		Specials:  true,
		SlowDelay: 50 * time.Millisecond,
		HugeSize:  2 << 20,
		BombSize:  4 << 20,
	})
	defer site.Close()
	dir := t.TempDir()
	cfg := config(site, dir)
	cfg.Scraper.MaxBodySize = 1 << 20 // the huge page is over it
	var jsonl syncBuffer
	cfg.JSONL = &jsonl
	stats := run(t, cfg)

	checkOnce(t, site, dir)
	files := storedFiles(t, dir)
	if stats.Created != len(files) || stats.Updated != 0 {
		t.Errorf("stats: %d created, %d updated; want %d files created", stats.Created, stats.Updated, len(files))
	}
	if lines := jsonl.lines(t); len(lines) != len(files) {
		t.Errorf("%d JSON lines, want one per stored article (%d)", len(lines), len(files))
	}

	// Tracking-parameter links were followed to the same articles, each
	// requested once.
	for n := range site.Articles() {
		if c, _ := uris.get(site.Article(n).Path); c != 1 {
			t.Errorf("article %d requested %d times, want once", n, c)
		}
	}
	for _, u := range uris.uris() {
		if strings.Contains(u, "utm_") || strings.Contains(u, "fbclid") {
			t.Errorf("requested %s, want tracking parameters dropped", u)
		}
	}

	// The special pages: retried, decoded, or skipped without harm.
	tests := []struct {
		path, want string // want: a phrase of the stored text, "" for not stored
	}{
		{"/specials/ratelimited", "rate-limited debate"},
		{"/specials/flaky", "Flaky servers recover"},
		{"/specials/slow", "slowest on record"},
		{"/specials/latin1.html", sitetest.Windows1252Sentence},
		{"/specials/report.pdf", ""},
		{"/specials/huge.html", ""},
		{"/specials/broken-server", ""},
		{"/this-page-does-not-exist", ""},
	}
	for _, tc := range tests {
		a, err := store.Get(t.Context(), dir, site.URL()+tc.path)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("%s: stored, want nothing", tc.path)
		case tc.want == "" && !errors.Is(err, store.ErrNotFound):
			t.Errorf("%s: %v", tc.path, err)
		case tc.want != "" && err != nil:
			t.Errorf("%s: %v", tc.path, err)
		case tc.want != "" && !strings.Contains(a.Title+"\n"+a.Text, tc.want):
			t.Errorf("%s: stored %q / %.80q, want it to contain %q", tc.path, a.Title, a.Text, tc.want)
		}
	}
	// Broken HTML: fetched, and stored whole if it is found to be an
	// article; never an error. (The generated page's unclosed <title>
	// swallows the rest of it, as in a browser.)
	if c, _ := uris.get("/specials/broken.html"); c == 0 {
		t.Error("broken page not fetched")
	}
	if a, err := store.Get(t.Context(), dir, site.URL()+"/specials/broken.html"); err == nil && !strings.Contains(a.Text, sitetest.BrokenSentence) {
		t.Errorf("broken page stored as %.200q, want its sentence", a.Text)
	}
	if stats.Errors != 0 {
		t.Errorf("%d cleaning errors, want 0", stats.Errors)
	}
	if stats.Scraper.Errors == 0 || stats.Scraper.NonHTML == 0 {
		t.Errorf("stats %+v: want the 500, 404 and huge page as errors and the PDF as non-HTML", stats.Scraper)
	}
}

// uriCounter counts the requests by request URI (query included), and the
// conditional ones.
type uriCounter struct {
	mu          sync.Mutex // guards the maps
	requests    map[string]int
	conditional map[string]int
}

func (c *uriCounter) add(r *http.Request) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.requests == nil {
		c.requests, c.conditional = map[string]int{}, map[string]int{}
	}
	uri := r.URL.RequestURI()
	c.requests[uri]++
	if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
		c.conditional[uri]++
	}
}

// get returns the requests of uri and the conditional ones among them.
func (c *uriCounter) get(uri string) (requests, conditional int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests[uri], c.conditional[uri]
}

// uris returns the URIs requested.
func (c *uriCounter) uris() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var uris []string
	for u := range c.requests {
		uris = append(uris, u)
	}
	return uris
}

func (c *uriCounter) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.requests, c.conditional = map[string]int{}, map[string]int{}
}

// unconditional returns the URIs with a request that was not conditional.
func (c *uriCounter) unconditional() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var uris []string
	for u, n := range c.requests {
		if c.conditional[u] != n {
			uris = append(uris, u)
		}
	}
	return uris
}

func TestRecrawl(t *testing.T) {
	var uris uriCounter
	site := sitetest.New(sitetest.Options{Articles: 25, OnRequest: uris.add})
	defer site.Close()
	dir := t.TempDir()
	first := run(t, config(site, dir))
	if first.Created != site.Articles() {
		t.Fatalf("first crawl created %d, want %d", first.Created, site.Articles())
	}
	before := storedFiles(t, dir)

	t.Run("unchanged", func(t *testing.T) {
		site.ResetCounts()
		uris.reset()
		cfg := config(site, dir)
		var jsonl syncBuffer
		cfg.JSONL = &jsonl
		stats := run(t, cfg)
		for n := range site.Articles() {
			uri := site.Article(n).Path
			c := site.Count(uri) // all requests of the path, any query
			req, cond := uris.get(uri)
			if req == 0 || cond != req || c.NotModified == 0 {
				t.Errorf("article %d: %d requests, %d conditional (%+v with any query), want every one conditional and answered 304",
					n, req, cond, c)
			}
		}
		for _, u := range uris.unconditional() {
			if _, ok := isArticle(site, u); ok {
				t.Logf("unconditional request of an alias of an article: %s", u)
			}
		}
		if stats.Created+stats.Updated != 0 || stats.NotModified < site.Articles() {
			t.Errorf("stats %v: want nothing stored, %d not modified", stats, site.Articles())
		}
		after := storedFiles(t, dir)
		rewritten := 0
		for p, fi := range before {
			if ai, ok := after[p]; !ok || !os.SameFile(fi, ai) || !ai.ModTime().Equal(fi.ModTime()) {
				rewritten++
			}
		}
		if rewritten != 0 || len(after) != len(before) {
			t.Errorf("%d files rewritten, %d files now, %d before; want 0 rewritten", rewritten, len(after), len(before))
		}
		if lines := jsonl.lines(t); len(lines) != 0 {
			t.Errorf("%d JSON lines for an unchanged site, want 0", len(lines))
		}
	})

	t.Run("changed", func(t *testing.T) {
		site.Update(3)
		cfg := config(site, dir)
		var jsonl syncBuffer
		cfg.JSONL = &jsonl
		stats := run(t, cfg)
		if stats.Updated != 1 || stats.Created != 0 || stats.NotModified < site.Articles()-1 {
			t.Errorf("stats %v: want 1 updated, %d not modified", stats, site.Articles()-1)
		}
		a, err := store.Get(t.Context(), dir, site.ArticleURL(3))
		if err != nil {
			t.Fatal(err)
		}
		want := site.Article(3)
		if last := want.Paragraphs[len(want.Paragraphs)-1]; !strings.Contains(a.Text, last) {
			t.Errorf("updated article lacks the new paragraph %q", last)
		}
		old := before[store.Path(site.ArticleURL(3))]
		if !a.FetchedAt.After(old.ModTime().Add(-time.Second)) || a.Modified.IsZero() {
			t.Errorf("updated article: fetched_at %v, modified %v; want both moved on", a.FetchedAt, a.Modified)
		}
		if lines := jsonl.lines(t); len(lines) != 1 || lines[0].URL != site.ArticleURL(3) {
			t.Errorf("JSON lines %v, want the one changed article", lines)
		}
	})
}

func TestInterruptedCrawlResumes(t *testing.T) {
	var uris uriCounter
	site := sitetest.New(sitetest.Options{Articles: 40, OnRequest: uris.add})
	defer site.Close()
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	cfg := config(site, dir)
	cfg.Scraper.Parallelism = 1
	cfg.OnProgress = func(s crawl.Stats) {
		if s.Stored() >= 10 {
			cancel() // as SIGINT does
		}
	}
	stats, err := crawl.Run(ctx, cfg)
	if !errors.Is(err, context.Canceled) || stats.Complete {
		t.Fatalf("interrupted crawl: %v, complete %v; want context.Canceled, incomplete", err, stats.Complete)
	}
	stored := storedFiles(t, dir)
	if len(stored) < 10 || len(stored) >= site.Articles() {
		t.Fatalf("%d articles stored by the interrupted crawl, want 10 to %d", len(stored), site.Articles()-1)
	}

	site.ResetCounts()
	uris.reset()
	stats = run(t, config(site, dir))
	if !stats.Resumed {
		t.Error("second crawl did not resume")
	}
	checkOnce(t, site, dir)
	refetched := 0
	for n := range site.Articles() {
		if _, ok := stored[store.Path(site.ArticleURL(n))]; ok && first(uris.get(site.Article(n).Path)) != 0 {
			t.Logf("article %d fetched again", n)
			refetched++
		}
	}
	if refetched != 0 {
		t.Errorf("%d articles stored before the interruption were fetched again", refetched)
	}
	if stats.Created != site.Articles()-len(stored) {
		t.Errorf("resumed crawl created %d, want %d", stats.Created, site.Articles()-len(stored))
	}

	// A complete crawl is not resumed: the next one checks every article.
	site.ResetCounts()
	stats = run(t, config(site, dir))
	if stats.Resumed || stats.NotModified < site.Articles() || stats.Stored() != 0 {
		t.Errorf("crawl after a complete one: resumed %v, %d not modified; want false, %d", stats.Resumed, stats.NotModified, site.Articles())
	}
}

func TestStoreFailureStopsCrawl(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 200})
	defer site.Close()
	dir := t.TempDir()
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	// Every write now fails: the temporary directory is a file.
	tmp := filepath.Join(dir, ".pith", "tmp")
	if err := os.Remove(tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tmp, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config(site, "")
	cfg.Store = d
	cfg.Scraper.Parallelism = 1
	stats, err := crawl.Run(t.Context(), cfg)
	if err == nil || stats.Complete {
		t.Fatalf("crawl with failing writes: err %v, complete %v; want an error", err, stats.Complete)
	}
	if !errors.Is(err, fs.ErrNotExist) && !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("error %v, want the write error", err)
	}
	if stats.Scraper.Articles > 10 {
		t.Errorf("%d article pages fetched after the first write failed; want the crawl stopped", stats.Scraper.Articles)
	}
	if files := storedFiles(t, dir); len(files) != 0 {
		t.Errorf("%d files stored, want 0", len(files))
	}
}

func TestRunBadConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  crawl.Config
	}{
		{"no seeds", crawl.Config{Out: t.TempDir()}},
		{"no out dir", crawl.Config{Seeds: []string{"http://127.0.0.1:1/"}}},
		{"bad keep", crawl.Config{Seeds: []string{"http://127.0.0.1:1/"}, Out: t.TempDir(), Keep: []string{"nonsense"}}},
		{"bad scraper config", crawl.Config{Seeds: []string{"http://127.0.0.1:1/"}, Out: t.TempDir(), Scraper: scraper.Config{MaxPages: -1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := crawl.Run(t.Context(), tc.cfg); err == nil {
				t.Error("Run succeeded, want an error")
			}
		})
	}
}

// isArticle finds the article whose path starts uri.
func isArticle(site *sitetest.Site, uri string) (int, bool) {
	for n := range site.Articles() {
		if strings.HasPrefix(uri, site.Article(n).Path) {
			return n, true
		}
	}
	return 0, false
}

func first(a, _ int) int { return a }
