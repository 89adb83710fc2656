package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/config"
	"github.com/pith-news/pith/internal/server"
	"github.com/pith-news/pith/store"
)

// newsSite serves a home page linking to two stories.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<!DOCTYPE html><html><head><title>The Test Herald</title></head><body><h1>The Test Herald</h1><ul>
<li><a href="/news/2025/03/01/council-approves-harbour-plan-1.html">Harbour plan, part 1</a></li>
<li><a href="/news/2025/03/02/council-approves-harbour-plan-2.html">Harbour plan, part 2</a></li>
</ul></body></html>`)
	})
	mux.HandleFunc("GET /news/2025/03/{day}/{slug}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		if _, err := fmt.Sscanf(r.PathValue("slug"), "council-approves-harbour-plan-%d.html", &n); err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, storyHTML(n))
	})
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "User-agent: *\nAllow: /\n")
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

func storedURLs(t *testing.T, dir string) []string {
	t.Helper()
	var urls []string
	err := store.Walk(t.Context(), dir, time.Time{}, func(a *article.Article) error {
		urls = append(urls, a.URL)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return urls
}

func TestDaemon(t *testing.T) {
	site := newsSite(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := "http://" + l.Addr().String() + "/" // nothing listens: the crawl fails
	l.Close()

	dir := t.TempDir()
	path := filepath.Join(dir, "pith.yaml")
	good := `  - name: good
    seeds: [` + site.URL + `/]
    schedule: 1s
    jitter: 0s
    out: ./good
    jsonl: ./streams/good.jsonl
    delay: 0s
`
	bad := `  - name: bad
    seeds: [` + down + `]
    schedule: 1s
    jitter: 0s
    out: ./bad
    delay: 0s
    retries: 0
`
	writeFile(t, path, "sites:\n"+good+bad)
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}

	logs := newLogWatch()
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	srv, err := server.New(server.Config{Sites: siteDirs(cfg), Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	api, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	d := &daemon{path: path, log: log, srv: srv, listener: api, metrics: srv.Metrics()}
	reload := make(chan os.Signal, 1)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- d.run(ctx, cfg, reload) }()

	// The first run at start, the next a second later; the failing site
	// runs too and stops nothing.
	logs.wait(t, "good run finished", 2, msg("run finished", "site", "good"))
	if n := logs.count(func(r map[string]any) bool {
		return r["site"] == "bad" && (r["msg"] == "run finished" || r["msg"] == "run failed")
	}); n < 1 {
		t.Errorf("the failing site did not run")
	}
	want := []string{
		site.URL + "/news/2025/03/01/council-approves-harbour-plan-1.html",
		site.URL + "/news/2025/03/02/council-approves-harbour-plan-2.html",
	}
	if got := storedURLs(t, filepath.Join(dir, "good")); !equal(got, want) {
		t.Errorf("stored: got %v, want %v", got, want)
	}
	// The JSON-lines stream has each article once: the second run found
	// them unchanged.
	stream, err := os.ReadFile(filepath.Join(dir, "streams", "good.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if got := bytes.Count(stream, []byte("\n")); got != 2 {
		t.Errorf("jsonl: got %d lines, want 2", got)
	}

	// The API in the same process reads the store and counts the crawls.
	base := "http://" + api.Addr().String()
	resp, err := http.Get(base + "/v1/articles?site=good")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || bytes.Count(body, []byte("\n")) != 2 {
		t.Errorf("GET /v1/articles?site=good: got %d with %d lines, want 200 with 2", resp.StatusCode, bytes.Count(body, []byte("\n")))
	}
	resp, err = http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, err = io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`pith_crawl_runs_total{result="ok",site="good"}`, `pith_articles_stored_total{site="good"} 2`,
		`pith_crawl_runs_total{result="error",site="bad"}`} {
		if !bytes.Contains(body, []byte(want)) {
			t.Errorf("metrics: missing %q", want)
		}
	}
	// A site whose host cannot be reached has failed, not succeeded: an
	// alert on a stale last success must fire.
	for _, unwanted := range []string{`pith_crawl_runs_total{result="ok",site="bad"}`, `pith_crawl_last_success_timestamp_seconds{site="bad"}`} {
		if bytes.Contains(body, []byte(unwanted)) {
			t.Errorf("metrics: %q for a site that could not be reached", unwanted)
		}
	}

	// An invalid config is refused on reload, saying where; the old one
	// stays.
	writeFile(t, path, "sites:\n"+good+"    colour: red\n")
	reload <- os.Interrupt // any value: the signal itself is not read
	r := logs.wait(t, "reload refused", 1, msg("config reload failed; keeping the old config"))
	if e := fmt.Sprint(r["err"]); !strings.Contains(e, path+":9:5: unknown key \"colour\"") {
		t.Errorf("reload error: got %q, want the file, line and reason", e)
	}

	// A valid one drops "bad" and adds "third".
	third := strings.NewReplacer("name: good", "name: third", "./good", "./third", "./streams/good.jsonl", "./streams/third.jsonl").Replace(good)
	writeFile(t, path, "sites:\n"+good+third)
	reload <- os.Interrupt
	logs.wait(t, "config reloaded", 1, msg("config reloaded", "sites", "2"))
	logs.wait(t, "third run finished", 1, msg("run finished", "site", "third"))
	badRuns := logs.count(func(r map[string]any) bool { return r["site"] == "bad" && r["msg"] == "run started" })
	logs.wait(t, "good run finished after reload", 4, msg("run finished", "site", "good"))
	if got := logs.count(func(r map[string]any) bool { return r["site"] == "bad" && r["msg"] == "run started" }); got != badRuns {
		t.Errorf("bad: %d runs started after it was removed", got-badRuns)
	}
	resp, err = http.Get(base + "/v1/articles?site=bad")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("GET /v1/articles?site=bad after reload: got %d, want 404", resp.StatusCode)
	}

	// SIGTERM: a graceful stop.
	cancel()
	if err := <-done; err != nil {
		t.Errorf("run: got %v, want nil", err)
	}
	if logs.count(msg("daemon stopped")) != 1 {
		t.Error("no \"daemon stopped\" record")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("the API still answers after the stop")
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestRunDaemonErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	writeFile(t, good, "sites:\n  - {name: a, seeds: [https://a.example/], schedule: 1h, out: ./a}\n  - {name: b, seeds: [https://b.example/], schedule: '0 * * * *', out: ./b}\n")
	bad := filepath.Join(dir, "bad.yaml")
	writeFile(t, bad, "sites:\n  - name: a\n    seeds: [https://a.example/]\n    schedule: every hour\n    out: ./a\n")
	// An out dir under a file cannot be created.
	writeFile(t, filepath.Join(dir, "file"), "")
	unwritable := filepath.Join(dir, "unwritable.yaml")
	writeFile(t, unwritable, "sites:\n  - {name: a, seeds: [https://a.example/], schedule: 1h, out: ./file/a}\n")
	tests := []commandCase{
		{args: []string{"run"}, want: "run: --config is required"},
		{args: []string{"run", "--config", filepath.Join(dir, "none.yaml")}, want: "no such file"},
		{args: []string{"run", "--config", bad}, want: bad + `:4:15: site "a": schedule: "every hour" is neither a duration`},
		{args: []string{"run", "--config", good, "extra"}, want: `unexpected argument "extra"`},
		{args: []string{"run", "--config", good, "--check"}, out: good + ": ok, 2 sites\n"},
		{args: []string{"run", "--config", bad, "--check"}, want: ":4:15:"},
		{args: []string{"run", "--config", unwritable, "--check"}, want: `site "a": out dir: mkdir`},
		{args: []string{"run", "--config", good, "--addr", "127.0.0.1:0", "--max-queue", "0"}, want: "--max-queue 0 < 1"},
		{args: []string{"run", "--config", good, "--log-format", "xml"}, want: "bad --log-format"},
		{args: []string{"run", "--bogus"}, want: "flag provided but not defined: -bogus"},
	}
	runCommands(t, tests)
}
