package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/store"
)

// fill writes articles into a new store under dir, one per URL, fetched at
// the given times.
func fill(t *testing.T, dir string, fetched map[string]time.Time) {
	t.Helper()
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for u, at := range fetched {
		a := &article.Article{URL: u, SourceURL: u, Title: "Title of " + u, Text: "Text of " + u, FetchedAt: at}
		if _, err := d.Put(t.Context(), a, store.Fetch{At: at}); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
}

func lines(t *testing.T, a answer) []string {
	t.Helper()
	if a.status != 200 {
		t.Fatalf("got status %d, want 200: %s", a.status, a.body)
	}
	if ct := a.header.Get("Content-Type"); ct != "application/x-ndjson; charset=utf-8" {
		t.Errorf("Content-Type: got %q", ct)
	}
	var urls []string
	sc := bufio.NewScanner(bytes.NewReader(a.body))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var art article.Article
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		urls = append(urls, art.URL)
	}
	return urls
}

func TestArticles(t *testing.T) {
	root := t.TempDir()
	day := func(d int) time.Time { return time.Date(2025, 3, d, 12, 0, 0, 0, time.UTC) }
	fill(t, filepath.Join(root, "herald"), map[string]time.Time{
		"https://herald.example/a": day(3),
		"https://herald.example/b": day(1),
		"https://herald.example/c": day(5),
	})
	fill(t, filepath.Join(root, "gazette"), map[string]time.Time{
		"https://gazette.example/x": day(2),
		"https://gazette.example/y": day(4),
	})
	s, ts := start(t, Config{MaxLimit: 50, Sites: map[string]string{
		"herald":  filepath.Join(root, "herald"),
		"gazette": filepath.Join(root, "gazette"),
		"fresh":   filepath.Join(root, "not-crawled-yet"),
	}})
	get := func(query string) answer {
		return do(t, ts.Client(), "GET", ts.URL+"/v1/articles"+query, "")
	}
	tests := []struct {
		query string
		want  []string
		more  bool
	}{
		{"?site=herald", []string{"https://herald.example/b", "https://herald.example/a", "https://herald.example/c"}, false},
		{"?site=herald&limit=2", []string{"https://herald.example/b", "https://herald.example/a"}, true},
		{"?site=herald&since=2025-03-02", []string{"https://herald.example/a", "https://herald.example/c"}, false},
		{"?site=herald&since=2025-03-03T12:00:00Z", []string{"https://herald.example/a", "https://herald.example/c"}, false},
		{"?site=herald&since=2025-03-06", nil, false},
		{"", []string{"https://herald.example/b", "https://gazette.example/x", "https://herald.example/a", "https://gazette.example/y", "https://herald.example/c"}, false},
		{"?limit=3&since=2025-03-02", []string{"https://gazette.example/x", "https://herald.example/a", "https://gazette.example/y"}, true},
		{"?site=fresh", nil, false},
		{"?site=herald&since=1h", nil, false}, // a duration back from now
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			a := get(tc.query)
			if diff := cmp.Diff(tc.want, lines(t, a)); diff != "" {
				t.Errorf("urls (-want +got):\n%s", diff)
			}
			if got := a.header.Get("X-Pith-More") == "true"; got != tc.more {
				t.Errorf("X-Pith-More: got %v, want %v", got, tc.more)
			}
		})
	}
	for _, tc := range []struct {
		query string
		want  int
	}{
		{"?site=nope", 404},
		{"?since=yesterday", 400},
		{"?since=-5h", 400},
		{"?limit=0", 400},
		{"?limit=-1", 400},
		{"?limit=ten", 400},
		{"?limit=51", 400},
	} {
		t.Run(tc.query, func(t *testing.T) {
			checkError(t, get(tc.query), tc.want)
		})
	}

	// A reload drops a site.
	s.SetSites(map[string]string{"gazette": filepath.Join(root, "gazette")})
	checkError(t, get("?site=herald"), 404)
	if diff := cmp.Diff([]string{"https://gazette.example/x", "https://gazette.example/y"}, lines(t, get(""))); diff != "" {
		t.Errorf("after SetSites (-want +got):\n%s", diff)
	}
}

func TestArticlesNoSites(t *testing.T) {
	_, ts := start(t, Config{})
	checkError(t, do(t, ts.Client(), "GET", ts.URL+"/v1/articles", ""), 404)
}

// TestArticlesSkipsUnreadable serves a store one of whose indexed files
// was corrupted: the readable articles are answered, where every call used
// to get a 500.
func TestArticlesSkipsUnreadable(t *testing.T) {
	root := t.TempDir()
	fill(t, root, map[string]time.Time{
		"https://herald.example/a": time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		"https://herald.example/b": time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC),
	})
	if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(store.Path("https://herald.example/b"))), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, ts := start(t, Config{Sites: map[string]string{"herald": root}})
	a := do(t, ts.Client(), "GET", ts.URL+"/v1/articles", "")
	if got := lines(t, a); len(got) != 1 || got[0] != "https://herald.example/a" {
		t.Errorf("got %v, want the readable article", got)
	}
	if a.header.Get("X-Pith-Skipped") != "1" {
		t.Errorf("X-Pith-Skipped = %q, want 1", a.header.Get("X-Pith-Skipped"))
	}
}

func TestArticlesCursor(t *testing.T) {
	root := t.TempDir()
	at := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	herald, gazette := map[string]time.Time{}, map[string]time.Time{}
	for i := range 7 {
		// Two sites with articles at the same times: the cursor must
		// break ties by site and path.
		herald[fmt.Sprintf("https://herald.example/%d", i)] = at.Add(time.Duration(i/2) * time.Hour)
		gazette[fmt.Sprintf("https://gazette.example/%d", i)] = at.Add(time.Duration(i/3) * time.Hour)
	}
	fill(t, filepath.Join(root, "herald"), herald)
	fill(t, filepath.Join(root, "gazette"), gazette)
	_, ts := start(t, Config{Sites: map[string]string{
		"herald": filepath.Join(root, "herald"), "gazette": filepath.Join(root, "gazette"),
	}})
	get := func(query string) answer {
		return do(t, ts.Client(), "GET", ts.URL+"/v1/articles"+query, "")
	}
	all := lines(t, get("?limit=1000"))
	if len(all) != 14 {
		t.Fatalf("all: %d articles, want 14", len(all))
	}
	for _, limit := range []int{1, 2, 3, 5} {
		var paged []string
		next := fmt.Sprintf("/v1/articles?limit=%d", limit)
		for pages := 0; next != ""; pages++ {
			if pages > 20 {
				t.Fatal("paging does not end")
			}
			a := do(t, ts.Client(), "GET", ts.URL+next, "")
			paged = append(paged, lines(t, a)...)
			next = ""
			if a.header.Get("X-Pith-More") == "true" {
				link := a.header.Get("Link")
				if !strings.HasPrefix(link, "</v1/articles?") || !strings.Contains(link, "cursor="+a.header.Get("X-Pith-Cursor")) {
					t.Fatalf("Link %q", link)
				}
				next = strings.TrimPrefix(strings.Split(link, ">")[0], "<")
			}
		}
		if diff := cmp.Diff(all, paged); diff != "" {
			t.Errorf("limit %d: paged (-all +paged):\n%s", limit, diff)
		}
	}
	checkError(t, get("?cursor=bogus!"), 400)
}

// bigStore writes n article files under dir directly (no fsync), then
// opens the store once so that its index is built from them.
func bigStore(tb testing.TB, dir string, n int) {
	tb.Helper()
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		u := fmt.Sprintf("https://news%d.example/2025/story-number-%d", i%10, i)
		text := strings.Repeat(fmt.Sprintf("Paragraph of story %d about the harbour. ", i), 20)
		a := &article.Article{URL: u, SourceURL: u, Title: fmt.Sprintf("Story %d", i), Text: text, HTML: "<p>" + text + "</p>",
			WordCount: article.CountWords(text), FetchedAt: at.Add(time.Duration(i) * time.Second)}
		p := filepath.Join(dir, filepath.FromSlash(store.Path(u)))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		data, err := json.Marshal(a)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	d, err := store.Open(context.Background(), dir, store.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	if err := d.Close(); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkArticlesPage is GET /v1/articles?limit=50 on a store of
// PITH_BENCH_ARTICLES articles (100,000 by default), from the start and from
// a cursor in the middle.
func BenchmarkArticlesPage(b *testing.B) {
	n := 100_000
	if v := os.Getenv("PITH_BENCH_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatal(err)
		}
	}
	dir := b.TempDir()
	bigStore(b, dir, n)
	_, ts := start(b, Config{Sites: map[string]string{"news": dir}})
	mid := cursor{at: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(n/2) * time.Second), site: "news"}
	for _, q := range []string{"?limit=50", "?limit=50&cursor=" + mid.String()} {
		b.Run(q[:min(len(q), 16)], func(b *testing.B) {
			for b.Loop() {
				resp, err := ts.Client().Get(ts.URL + "/v1/articles" + q)
				if err != nil {
					b.Fatal(err)
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 || bytes.Count(body, []byte("\n")) != 50 {
					b.Fatalf("status %d, %d lines, %v", resp.StatusCode, bytes.Count(body, []byte("\n")), err)
				}
			}
		})
	}
}
