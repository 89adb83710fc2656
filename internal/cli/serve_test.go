package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/config"
	"github.com/pith-news/pith/internal/server"
)

// storyHTML is article n of the test site: a real-shaped story page.
func storyHTML(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves harbour plan, part %d - The Test Herald</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Test Herald">
<meta property="article:published_time" content="2025-03-0%dT09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<article><h1>Council approves harbour plan, part %d</h1>
<p class="byline">By Morwenna Tregear</p>`, n, n, n)
	for p := range 6 {
		fmt.Fprintf(&b, "\n<p>Paragraph %d of story %d. The parish council met on Monday evening and voted to rebuild the sea wall that failed twice in the past two winters, after residents packed the church hall to hear the engineers explain the plan and its cost.</p>", p+1, n)
	}
	b.WriteString("\n</article><footer>© The Test Herald</footer></body></html>")
	return b.String()
}

// logWatch is a log destination for slog's JSON handler that hands each
// record to the test as a map.
type logWatch struct {
	mu      sync.Mutex // guards records
	records []map[string]any
	notify  chan struct{} // has a value after a new record
}

func newLogWatch() *logWatch { return &logWatch{notify: make(chan struct{}, 1)} }

func (l *logWatch) Write(p []byte) (int, error) {
	var m map[string]any
	if err := json.Unmarshal(p, &m); err != nil {
		return 0, err
	}
	l.mu.Lock()
	l.records = append(l.records, m)
	l.mu.Unlock()
	select {
	case l.notify <- struct{}{}:
	default:
	}
	return len(p), nil
}

// count returns the number of records for which match holds.
func (l *logWatch) count(match func(map[string]any) bool) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, r := range l.records {
		if match(r) {
			n++
		}
	}
	return n
}

// wait blocks until n records match, and returns the last of them.
func (l *logWatch) wait(t *testing.T, what string, n int, match func(map[string]any) bool) map[string]any {
	t.Helper()
	timeout := time.NewTimer(30 * time.Second)
	defer timeout.Stop()
	for {
		l.mu.Lock()
		var last map[string]any
		c := 0
		for _, r := range l.records {
			if match(r) {
				c++
				last = r
			}
		}
		l.mu.Unlock()
		if c >= n {
			return last
		}
		select {
		case <-l.notify:
		case <-timeout.C:
			t.Fatalf("timed out waiting for %d × %s; log:\n%s", n, what, l.dump())
		}
	}
}

func (l *logWatch) dump() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var b strings.Builder
	for _, r := range l.records {
		fmt.Fprintln(&b, r)
	}
	return b.String()
}

func msg(text string, attrs ...string) func(map[string]any) bool {
	return func(r map[string]any) bool {
		if r["msg"] != text {
			return false
		}
		for i := 0; i+1 < len(attrs); i += 2 {
			if fmt.Sprint(r[attrs[i]]) != attrs[i+1] {
				return false
			}
		}
		return true
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// commandCase is one command line and what it should give: an error
// containing want ("" for none) and the standard output out.
type commandCase struct {
	args []string
	want string
	out  string
}

func runCommands(t *testing.T, tests []commandCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := Run(t.Context(), tc.args, Stdio{In: strings.NewReader(""), Out: &out, Err: &errOut})
			if tc.want == "" {
				if err != nil {
					t.Fatalf("got %v, want nil", err)
				}
			} else if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got error %v, want one containing %q", err, tc.want)
			}
			if out.String() != tc.out {
				t.Errorf("stdout: got %q, want %q", out.String(), tc.out)
			}
		})
	}
}

func TestServeErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	writeFile(t, bad, "sites:\n  - name: a\n    seeds: [https://a.example/]\n    schedule: every hour\n    out: ./a\n")
	runCommands(t, []commandCase{
		{args: []string{"serve", "--allow-net", "intranet"}, want: `--allow-net "intranet"`},
		{args: []string{"serve", "--timeout", "0s"}, want: "--timeout 0s <= 0"},
		{args: []string{"serve", "--config", bad}, want: ":4:15:"},
		{args: []string{"serve", "extra"}, want: `unexpected argument "extra"`},
		{args: []string{"serve", "--addr", "nonsense"}, want: "serve:"},
		{args: []string{"serve", "--max-body", "-1"}, want: "--max-body -1 <= 0"},
	})
}

func TestServeReload(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pith.yaml")
	writeFile(t, path, "sites:\n  - {name: a, seeds: [https://a.example/], schedule: 1h, out: ./a}\n")
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	logs := newLogWatch()
	log := slog.New(slog.NewJSONHandler(logs, nil))
	srv, err := server.New(server.Config{Sites: siteDirs(cfg), Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + l.Addr().String()
	reload := make(chan os.Signal, 1)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- serveWithReload(ctx, srv, l, path, reload, log) }()
	logs.wait(t, "serving", 1, msg("serving"))

	status := func(site string) int {
		resp, err := http.Get(base + "/v1/articles?site=" + site)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := status("a"); got != 200 {
		t.Errorf("site a: got %d, want 200", got)
	}
	writeFile(t, path, "sites: [\n")
	reload <- os.Interrupt
	logs.wait(t, "reload refused", 1, msg("config reload failed; keeping the old config"))
	if got := status("a"); got != 200 {
		t.Errorf("site a after a bad reload: got %d, want 200", got)
	}
	writeFile(t, path, "sites:\n  - {name: b, seeds: [https://b.example/], schedule: 1h, out: ./b}\n")
	reload <- os.Interrupt
	logs.wait(t, "config reloaded", 1, msg("config reloaded"))
	if got, gotB := status("a"), status("b"); got != 404 || gotB != 200 {
		t.Errorf("after reload: site a %d, site b %d; want 404 and 200", got, gotB)
	}

	// The API cleans inline HTML.
	body, err := json.Marshal(map[string]string{"html": storyHTML(1)})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(base+"/v1/clean", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var a article.Article
	err = json.NewDecoder(bufio.NewReader(resp.Body)).Decode(&a)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 || a.Title != "Council approves harbour plan, part 1" {
		t.Errorf("POST /v1/clean: got %d %q (%v)", resp.StatusCode, a.Title, err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: got %v, want nil", err)
	}
}
