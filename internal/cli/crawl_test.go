package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/scraper"
)

func countJSONFiles(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && e.Name() == ".pith" {
			return fs.SkipDir
		}
		if !e.IsDir() && strings.HasSuffix(p, ".json") {
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCrawl(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 12})
	defer site.Close()
	dir := filepath.Join(t.TempDir(), "articles")
	var out, errOut bytes.Buffer
	args := []string{"crawl", "--out", dir, "--delay", "0", "--jsonl", "-", "--log-format", "json", site.URL() + "/"}
	if err := Run(t.Context(), args, Stdio{Out: &out, Err: &errOut}); err != nil {
		t.Fatalf("crawl: %v\n%s", err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != site.Articles() {
		t.Errorf("%d JSON lines on stdout, want %d", len(lines), site.Articles())
	}
	for _, l := range lines {
		var a article.Article
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.Title == "" {
			t.Errorf("JSON line %.60q: %v", l, err)
		}
	}
	if n := countJSONFiles(t, dir); n != site.Articles() {
		t.Errorf("%d files, want %d", n, site.Articles())
	}
	// Not a terminal: JSON log lines, the last one the summary.
	logLines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	var last struct {
		Msg   string `json:"msg"`
		Stats struct {
			Created int `json:"created"`
		} `json:"stats"`
	}
	if err := json.Unmarshal([]byte(logLines[len(logLines)-1]), &last); err != nil {
		t.Fatalf("last log line %q: %v", logLines[len(logLines)-1], err)
	}
	if last.Msg != "crawl finished" || last.Stats.Created != site.Articles() {
		t.Errorf("summary line %q, want crawl finished with %d created", logLines[len(logLines)-1], site.Articles())
	}

	// Again into the same dir: nothing new on the stream.
	out.Reset()
	if err := Run(t.Context(), args, Stdio{Out: &out, Err: &errOut}); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Errorf("re-crawl streamed %d bytes, want none", out.Len())
	}

	// export prints what crawl stored.
	out.Reset()
	if err := Run(t.Context(), []string{"export", dir}, Stdio{Out: &out, Err: &errOut}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != site.Articles() {
		t.Errorf("export printed %d lines, want %d", n, site.Articles())
	}
}

func TestCrawlFlags(t *testing.T) {
	var f crawlFlags
	fs := newCrawlFlagSet(&f)
	args := []string{"--scope", "prefix", "--include", "/news/,/world/", "--include", "a{1,2}", "--exclude", "/video/",
		"--depth", "3", "--max-pages", "50", "--parallel", "4", "--delay", "250ms", "--user-agent", "pith-test (+https://example.org)",
		"--timeout", "5s", "--retries", "0", "--ignore-robots", "--keep", "related,comments", "https://news.example/"}
	seeds, err := parseInterleaved(fs, args)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := f.config(seeds)
	if err != nil {
		t.Fatal(err)
	}
	sc := cfg.Scraper
	got := fmt.Sprintf("%v %d %d %d %d %v %q %v %d %v %v %v %v %q",
		sc.Scope, len(sc.Include), len(sc.Exclude), sc.MaxDepth, sc.MaxPages, sc.Parallelism, sc.UserAgent, sc.Delay,
		sc.Retries, sc.IgnoreRobots, sc.Timeout, cfg.Keep, cfg.Seeds, cfg.Out)
	want := `prefix 2 1 3 50 4 "pith-test (+https://example.org)" 250ms -1 true 5s [related comments] [https://news.example/] "articles"`
	if got != want {
		t.Errorf("config:\n got %s\nwant %s", got, want)
	}
	if !sc.Include[0].MatchString("/news/,/world/") {
		t.Error("--include split at a comma")
	}
	if sc.Scope != scraper.ScopePrefix {
		t.Errorf("scope %v", sc.Scope)
	}
}

func TestCrawlErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no seed", []string{"--out", dir}, "want at least one SEED"},
		{"bad seed", []string{"--out", dir, "ftp://news.example/"}, "bad seed"},
		{"relative seed", []string{"--out", dir, "news.example"}, "bad seed"},
		{"bad scope", []string{"--scope", "planet", "https://news.example/"}, "scope"},
		{"bad include", []string{"--include", "(", "https://news.example/"}, "--include"},
		{"bad exclude", []string{"--exclude", "[", "https://news.example/"}, "--exclude"},
		{"bad parallel", []string{"--parallel", "0", "https://news.example/"}, "--parallel"},
		{"bad delay", []string{"--delay", "-1s", "https://news.example/"}, "--delay"},
		{"bad depth", []string{"--depth", "-2", "https://news.example/"}, "--depth"},
		{"bad keep", []string{"--keep", "everything", "https://news.example/"}, "--keep"},
		{"bad log format", []string{"--out", dir, "--log-format", "xml", "https://news.example/"}, "--log-format"},
		{"bad log level", []string{"--out", dir, "--log-level", "loud", "https://news.example/"}, "--log-level"},
		{"unknown flag", []string{"--frobnicate", "https://news.example/"}, "frobnicate"},
		{"bad number", []string{"--depth", "deep", "https://news.example/"}, "depth"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			err := Run(t.Context(), append([]string{"crawl"}, tc.args...), Stdio{Out: &out, Err: &out})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
			if ExitCode(err) == 0 {
				t.Errorf("exit code 0 for %v", err)
			}
		})
	}
}

func TestStatusLine(t *testing.T) {
	var buf bytes.Buffer
	s := &statusLine{w: &buf}
	st := crawl.Stats{Created: 3, Updated: 1, Unchanged: 2}
	st.Scraper.Fetched = 10
	st.Scraper.Errors = 1
	st.Elapsed = 2e9
	s.Set(statusText(st))
	fmt.Fprint(s, "level=WARN msg=oops\n")
	s.Clear()
	want := "\r\033[K10 pages 5.0/s · 4 stored · 2 skipped · 1 errors · 0 queued · 2s" +
		"\r\033[Klevel=WARN msg=oops\n10 pages 5.0/s · 4 stored · 2 skipped · 1 errors · 0 queued · 2s" +
		"\r\033[K"
	if got := buf.String(); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if isTerminal(&buf) {
		t.Error("a buffer is a terminal")
	}
}

// TestCrawlUnreachable crawls a host where nothing listens: the crawl
// exits 1 and names the host and why, where it used to exit 0 with
// errors=0.
func TestCrawlUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	host := l.Addr().String()
	l.Close()
	var out bytes.Buffer
	err = Run(t.Context(), []string{"crawl", "--out", t.TempDir(), "--retries", "0", "http://" + host + "/"}, Stdio{Out: &out, Err: &out})
	if ExitCode(err) != 1 || !strings.Contains(err.Error(), host) || !strings.Contains(err.Error(), "unreachable") {
		t.Errorf("got %v (exit %d), want exit 1 naming %s as unreachable", err, ExitCode(err), host)
	}
	if !strings.Contains(out.String(), host) {
		t.Errorf("the log does not name the failed host:\n%s", out.String())
	}
}
