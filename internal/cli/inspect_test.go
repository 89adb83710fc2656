package cli_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/cli"
	"github.com/pith-news/pith/store"
)

// inspectStore makes an out dir with three articles on two hosts and a few
// records.
func inspectStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	for i, u := range []string{"https://news.example/harbour", "https://news.example/budget", "https://other.example/rain"} {
		text := fmt.Sprintf("Story %d is about the harbour and the town.", i)
		a := &article.Article{URL: u, Title: fmt.Sprintf("Title <%d>", i), Text: text, HTML: "<p>" + text + "</p>", WordCount: article.CountWords(text)}
		if _, err := d.Put(t.Context(), a, store.Fetch{At: at.Add(time.Duration(i) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Note(store.Record{URL: "https://news.example/tag/harbour", Verdict: store.VerdictHub, Reason: "not an article", Status: 200}); err != nil {
		t.Fatal(err)
	}
	if err := d.Note(store.Record{URL: "https://news.example/gone", Verdict: store.VerdictError, Reason: "HTTP 404", Status: 404}); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLs(t *testing.T) {
	dir := inspectStore(t)
	out, _, err := run(t, "", "ls", dir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "Title <0>") || !strings.Contains(lines[2], "other.example") {
		t.Errorf("ls:\n%s", out)
	}
	if !strings.HasPrefix(lines[0], "2025-03-01 10:00") || !strings.Contains(lines[0], "9 words") || !strings.Contains(lines[0], "news.example/harbour-") {
		t.Errorf("ls line: %q", lines[0])
	}
	out, _, err = run(t, "", "ls", dir, "--site", "news.example", "--json", "--since", "2025-03-01T10:30:00Z")
	if err != nil {
		t.Fatal(err)
	}
	var e store.Entry
	if err := json.Unmarshal([]byte(out), &e); err != nil || e.URL != "https://news.example/budget" {
		t.Errorf("ls --site --json --since: %q (%v)", out, err)
	}
	if _, _, err := run(t, "", "ls", t.TempDir()); err == nil || cli.ExitCode(err) != 1 {
		t.Errorf("ls of an empty dir: %v", err)
	}
	if _, _, err := run(t, "", "ls"); cli.ExitCode(err) != 2 {
		t.Errorf("ls without DIR: exit %d, want 2", cli.ExitCode(err))
	}
}

func TestShowWhyStats(t *testing.T) {
	dir := inspectStore(t)
	out, _, err := run(t, "", "show", dir, "https://news.example/budget", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var a article.Article
	if err := json.Unmarshal([]byte(out), &a); err != nil || a.Title != "Title <1>" {
		t.Errorf("show json: %v %q", err, out)
	}
	// By path, as ls prints it, and in text.
	ls, _, _ := run(t, "", "ls", dir, "--json", "--site", "other.example")
	var e store.Entry
	if err := json.Unmarshal([]byte(ls), &e); err != nil {
		t.Fatal(err)
	}
	out, _, err = run(t, "", "show", dir, e.Path)
	if err != nil || !strings.HasPrefix(out, "Title <2>") {
		t.Errorf("show by path: %v %q", err, out)
	}
	if _, _, err := run(t, "", "show", dir, "https://news.example/none"); err == nil || cli.ExitCode(err) != 1 {
		t.Errorf("show of an unknown URL: %v", err)
	}
	if _, _, err := run(t, "", "show", dir, "../../etc/passwd"); err == nil {
		t.Error("show outside the out dir: no error")
	}

	for _, tc := range []struct{ url, want string }{
		{"https://news.example/harbour", "stored: new article"},
		{"https://NEWS.example/tag/harbour#top", "hub: not an article (HTTP 200)"},
		{"https://news.example/gone", "error: HTTP 404 (HTTP 404)"},
	} {
		out, _, err := run(t, "", "why", dir, tc.url)
		if err != nil || !strings.Contains(out, tc.want) {
			t.Errorf("why %s: %v\n%s\nwant %q", tc.url, err, out, tc.want)
		}
	}
	if _, _, err := run(t, "", "why", dir, "https://news.example/never"); err == nil || cli.ExitCode(err) != 1 {
		t.Errorf("why of an unknown URL: %v", err)
	}

	out, _, err = run(t, "", "stats", dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"news.example", "other.example", "failures on news.example", "https://news.example/gone"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lacks %q:\n%s", want, out)
		}
	}
	out, _, err = run(t, "", "stats", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var st store.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil || len(st.Sites) != 2 || st.Sites[0].Articles != 2 {
		t.Errorf("stats --json: %v %+v", err, st)
	}
}

func TestExportFormats(t *testing.T) {
	dir := inspectStore(t)
	out, _, err := run(t, "", "export", dir, "--format", "json", "--site", "news.example")
	if err != nil {
		t.Fatal(err)
	}
	var as []article.Article
	if err := json.Unmarshal([]byte(out), &as); err != nil || len(as) != 2 {
		t.Errorf("export json: %v, %d articles", err, len(as))
	}
	out, _, err = run(t, "", "export", dir, "--format", "markdown", "--site", "other.example")
	if err != nil || !strings.HasPrefix(out, "# Title <2>") {
		t.Errorf("export markdown: %v %q", err, out)
	}
	out, _, err = run(t, "", "export", dir, "--format", "json", "--site", "none.example")
	if err != nil || out != "[]\n" {
		t.Errorf("export json of nothing: %v %q", err, out)
	}
	if _, _, err := run(t, "", "export", dir, "--format", "csv"); cli.ExitCode(err) != 2 {
		t.Errorf("export --format csv: exit %d, want 2", cli.ExitCode(err))
	}
}

func TestHelpVersionCompletion(t *testing.T) {
	help, _, err := run(t, "", "help", "ls")
	if err != nil {
		t.Fatal(err)
	}
	dash, _, _ := run(t, "", "ls", "-h")
	if help != dash || !strings.Contains(help, "examples:") || !strings.Contains(help, "-site") {
		t.Errorf("pith help ls:\n%s\npith ls -h:\n%s", help, dash)
	}
	if _, _, err := run(t, "", "help", "nope"); cli.ExitCode(err) != 2 {
		t.Errorf("help of an unknown command: exit %d, want 2", cli.ExitCode(err))
	}
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out, _, err := run(t, "", args...)
		if err != nil || !strings.HasPrefix(out, "pith ") || !strings.Contains(out, "go1.") {
			t.Errorf("pith %v: %v %q", args, err, out)
		}
	}
	for _, sh := range []string{"bash", "zsh", "fish"} {
		out, _, err := run(t, "", "completion", sh)
		if err != nil || !strings.Contains(out, "stats") || !strings.Contains(out, "since") {
			t.Errorf("completion %s: %v\n%s", sh, err, out)
		}
		if path, err := exec.LookPath(sh); err == nil && sh == "bash" {
			// The script must at least parse.
			cmd := exec.CommandContext(t.Context(), path, "-n")
			cmd.Stdin = strings.NewReader(out)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("bash -n: %v\n%s", err, msg)
			}
		}
	}
	if _, _, err := run(t, "", "completion", "tcsh"); cli.ExitCode(err) != 2 {
		t.Errorf("completion tcsh: exit %d, want 2", cli.ExitCode(err))
	}
}

func TestHealth(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintln(w, `{"status":"ok"}`)
	}))
	defer srv.Close()
	out, _, err := run(t, "", "health", "--addr", srv.Listener.Addr().String())
	if err != nil || !strings.Contains(out, `ok: {"status":"ok"}`) {
		t.Errorf("health: %v %q", err, out)
	}
	if _, _, err := run(t, "", "health", "--addr", srv.URL+"/nothing-here"); err == nil || cli.ExitCode(err) != 1 {
		t.Errorf("health of a 404: %v", err)
	}
	srv.Close()
	if _, _, err := run(t, "", "health", "--addr", srv.Listener.Addr().String(), "--timeout", "1s"); err == nil || cli.ExitCode(err) != 1 {
		t.Errorf("health of a closed server: %v", err)
	}
}
