package cli_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

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
	if err != nil || !strings.HasPrefix(out, "---\ntitle: Title <2>\nurl: https://other.example/rain\n") {
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

func TestExportMarkdown(t *testing.T) {
	dir := inspectStore(t)

	// A stream: the documents in path order, the separator line between.
	out, _, err := run(t, "", "export", dir, "--format", "markdown")
	if err != nil {
		t.Fatal(err)
	}
	docs := strings.Split(out, "\n<!-- pith: next article -->\n\n")
	if len(docs) != 3 {
		t.Fatalf("export markdown gave %d documents, want 3:\n%s", len(docs), out)
	}
	var titles []string
	for _, d := range docs {
		head, _, ok := strings.Cut(strings.TrimPrefix(d, "---\n"), "\n---\n")
		var fm struct {
			Title     string `yaml:"title"`
			URL       string `yaml:"url"`
			WordCount int    `yaml:"word_count"`
		}
		if !strings.HasPrefix(d, "---\n") || !ok {
			t.Fatalf("document has no front matter:\n%s", d)
		}
		if err := yaml.Unmarshal([]byte(head), &fm); err != nil {
			t.Fatalf("front matter does not parse: %v\n%s", err, head)
		}
		if fm.URL == "" || fm.WordCount != 9 {
			t.Errorf("front matter %+v, want a url and 9 words", fm)
		}
		titles = append(titles, fm.Title)
	}
	if want := []string{"Title <1>", "Title <0>", "Title <2>"}; !slices.Equal(titles, want) {
		t.Errorf("titles %q, want %q (path order)", titles, want)
	}

	// One file per article, named as the store names it.
	md := filepath.Join(t.TempDir(), "md")
	out, _, err = run(t, "", "export", dir, "--format", "markdown", "--out-dir", md, "--front-matter=false")
	if err != nil || out != "" {
		t.Fatalf("export --out-dir: %v, printed %q", err, out)
	}
	var files []string
	err = filepath.WalkDir(md, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			rel, _ := filepath.Rel(md, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"https://news.example/harbour", "https://news.example/budget", "https://other.example/rain"} {
		name := strings.TrimSuffix(store.Path(u), ".json") + ".md"
		if !slices.Contains(files, name) {
			t.Errorf("files %q lack %s", files, name)
			continue
		}
		b, err := os.ReadFile(filepath.Join(md, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "# Title &lt;") || !strings.Contains(string(b), "is about the harbour and the town.\n") {
			t.Errorf("%s holds %q, want the title heading and the story, no front matter", name, b)
		}
	}
	if len(files) != 3 {
		t.Errorf("files %q, want 3", files)
	}

	if _, _, err := run(t, "", "export", dir, "--images=false"); cli.ExitCode(err) != 2 {
		t.Errorf("export --images=false as JSON lines: exit %d, want 2", cli.ExitCode(err))
	}
	// show takes the Markdown flags too.
	out, _, err = run(t, "", "show", dir, "https://other.example/rain", "--format", "markdown", "--front-matter=false")
	if err != nil || !strings.HasPrefix(out, "# Title &lt;2&gt;\n") {
		t.Errorf("show --format markdown --front-matter=false: %v %q", err, out)
	}
	if _, _, err := run(t, "", "export", dir, "--out-dir", md); cli.ExitCode(err) != 2 {
		t.Errorf("export --out-dir without --format markdown: exit %d, want 2", cli.ExitCode(err))
	}
}
