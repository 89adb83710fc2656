package cli_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/cli"
)

const articleFile = "testdata/article.html"

// Phrases of testdata/article.html.
const (
	firstPara   = "Residents of Port Alder voted on Tuesday to rebuild the crumbling sea wall"
	lastPara    = "wonder whether this is the year the wall gives way.”"
	cookieText  = "This website uses cookies"
	affiliate   = "This article contains affiliate links"
	title       = "Harbour town votes to rebuild its old sea wall"
	canonical   = "https://gazette.example/news/sea-wall-vote"
	reportLink  = "https://gazette.example/news/sea-wall-report"
	pageAddress = "https://gazette.example/news/sea-wall-vote?from=home"
)

// run runs pith with args and stdin, and returns what it wrote.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = cli.Run(t.Context(), args, cli.Stdio{In: strings.NewReader(stdin), Out: &out, Err: &errb})
	return out.String(), errb.String(), err
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func decode(t *testing.T, out string) *article.Article {
	t.Helper()
	var a article.Article
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("output is not one article object: %v\n%s", err, out)
	}
	if dec.More() {
		t.Fatalf("output holds more than one JSON value:\n%s", out)
	}
	return &a
}

// checkArticle checks the article of testdata/article.html.
func checkArticle(t *testing.T, a *article.Article, wantSource string) {
	t.Helper()
	if a.Title != title {
		t.Errorf("got title %q, want %q", a.Title, title)
	}
	if a.URL != canonical {
		t.Errorf("got url %q, want the canonical %q", a.URL, canonical)
	}
	if a.SourceURL != wantSource {
		t.Errorf("got source_url %q, want %q", a.SourceURL, wantSource)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Mara Lindqvist" {
		t.Errorf("got authors %q, want [Mara Lindqvist]", a.Authors)
	}
	if want := time.Date(2024, 3, 14, 9, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("got published %v, want %v", a.Published, want)
	}
	if a.SiteName != "The Coastal Gazette" || a.Language != "en" {
		t.Errorf("got site_name %q, language %q, want The Coastal Gazette, en", a.SiteName, a.Language)
	}
	for _, p := range []string{firstPara, "Costs and timetable", "Phase one: the northern breakwater", lastPara} {
		if !strings.Contains(a.Text, p) {
			t.Errorf("text lacks %q", p)
		}
	}
	for _, p := range []string{cookieText, affiliate, "All rights reserved", "Sport"} {
		if strings.Contains(a.Text, p) || strings.Contains(a.HTML, p) {
			t.Errorf("article keeps boilerplate %q", p)
		}
	}
	if !strings.Contains(a.Text, "decade.\n\nThe new wall") {
		t.Errorf("paragraphs are not separated by a blank line:\n%s", a.Text)
	}
	if got := article.CountWords(a.Text); a.WordCount != got || got < 150 {
		t.Errorf("got word_count %d, want %d (the words of text, at least 150)", a.WordCount, got)
	}
	var kinds []string
	for _, r := range a.Removed {
		kinds = append(kinds, r.Kind)
	}
	if !strings.Contains(strings.Join(kinds, ","), "affiliate") {
		t.Errorf("removed kinds %q lack affiliate", kinds)
	}
	if time.Since(a.FetchedAt) > time.Minute || a.FetchedAt.Location() != time.UTC {
		t.Errorf("got fetched_at %v, want now in UTC", a.FetchedAt)
	}
}

func TestCleanFile(t *testing.T) {
	out, errOut, err := run(t, "", "clean", "--url", pageAddress, articleFile)
	if err != nil {
		t.Fatalf("clean: %v", err)
	}
	if errOut != "" {
		t.Errorf("got stderr %q, want none", errOut)
	}
	a := decode(t, out)
	checkArticle(t, a, pageAddress)
	// Relative links are resolved against --url.
	if !strings.Contains(a.HTML, `href="`+reportLink+`"`) {
		t.Errorf("html lacks the absolute link %s:\n%s", reportLink, a.HTML)
	}
}

func TestCleanStdin(t *testing.T) {
	page := readFile(t, articleFile)
	out, _, err := run(t, page, "clean", "--url", pageAddress, "-")
	if err != nil {
		t.Fatalf("clean -: %v", err)
	}
	checkArticle(t, decode(t, out), pageAddress)

	// Without --url, stdin's source_url is empty; the canonical link still
	// counts. A file's source_url is its file:// URL.
	out, _, err = run(t, page, "clean", "-")
	if err != nil {
		t.Fatalf("clean - without --url: %v", err)
	}
	a := decode(t, out)
	if a.SourceURL != "" || a.URL != canonical {
		t.Errorf("got source_url %q, url %q; want \"\" and %q", a.SourceURL, a.URL, canonical)
	}
	out, _, err = run(t, "", "clean", articleFile)
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(articleFile)
	if err != nil {
		t.Fatal(err)
	}
	if a := decode(t, out); a.SourceURL != "file://"+filepath.ToSlash(abs) {
		t.Errorf("file without --url: source_url %q", a.SourceURL)
	}
}

func TestCleanURL(t *testing.T) {
	page := readFile(t, articleFile)
	// The same page in windows-1252, which only the header declares.
	latin, err := charmap.Windows1252.NewEncoder().String(strings.Replace(page, `<meta charset="utf-8">`, "", 1))
	if err != nil {
		t.Fatal(err)
	}
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/news/sea-wall-vote", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/latin", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, latin)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/sea-wall-vote", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name, path, wantSource string
	}{
		{"page", "/news/sea-wall-vote", srv.URL + "/news/sea-wall-vote"},
		// source_url is where the page was found, after redirects.
		{"redirected", "/old", srv.URL + "/news/sea-wall-vote"},
		{"windows-1252 by header", "/latin", srv.URL + "/latin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := run(t, "", "clean", srv.URL+tc.path)
			if err != nil {
				t.Fatalf("clean: %v", err)
			}
			if errOut != "" {
				t.Errorf("got stderr %q, want none", errOut)
			}
			checkArticle(t, decode(t, out), tc.wantSource)
		})
	}
	if !strings.Contains(gotUA, "pith") {
		t.Errorf("server saw User-Agent %q, want one naming pith", gotUA)
	}

	// A fetched page as Markdown: relative links resolve against the
	// address it was found at, and the front matter names the canonical URL.
	out, _, err := run(t, "", "clean", "--format", "markdown", srv.URL+"/old")
	if err != nil {
		t.Fatalf("clean --format markdown: %v", err)
	}
	if !strings.HasPrefix(out, "---\ntitle: "+title+"\nurl: "+canonical+"\n") || !strings.Contains(out, "\n# "+title+"\n") ||
		!strings.Contains(out, firstPara) || !strings.Contains(out, "[engineers' report]("+srv.URL+"/news/sea-wall-report)") {
		t.Errorf("clean --format markdown of a fetched page:\n%s", out)
	}
}

func TestCleanFormats(t *testing.T) {
	tests := []struct {
		format   string
		flags    []string
		prefix   string
		contains []string
		lacks    []string
	}{
		{"json", nil, "{\n  \"url\": ", []string{`"title": "` + title + `"`}, []string{`\u003c`}},
		{"text", nil, title + "\n\n" + firstPara, []string{"decade.\n\nThe new wall", "Phase one: the northern breakwater", lastPara + "\n"}, []string{"<p>", cookieText}},
		{"markdown", nil, "---\ntitle: " + title + "\nurl: " + canonical + "\nauthors:\n  - Mara Lindqvist\npublished: 2024-03-14", []string{
			"\n---\n\n# " + title + "\n\n", "## Costs and timetable", "- Phase one: the northern breakwater\n- Phase two: the harbour mouth",
			"[engineers' report](" + reportLink + ")", firstPara,
		}, []string{"<p>", cookieText, "*By "}},
		{"markdown", []string{"--front-matter=false", "--links=false"}, "# " + title + "\n\n*By Mara Lindqvist · 2024-03-14 · The Coastal Gazette*\n\n", []string{
			"## Costs and timetable", "engineers' report", firstPara,
		}, []string{"<p>", cookieText, "title:", "](" + reportLink}},
		{"html", nil, "<!DOCTYPE html>\n<html lang=\"en\">", []string{"<h1>" + title + "</h1>", "<h2>Costs and timetable</h2>", `href="` + reportLink + `"`}, []string{cookieText}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(append([]string{tc.format}, tc.flags...), " "), func(t *testing.T) {
			args := append([]string{"clean", "--format", tc.format, "--url", pageAddress, articleFile}, tc.flags...)
			out, _, err := run(t, "", args...)
			if err != nil {
				t.Fatalf("clean --format %s: %v", tc.format, err)
			}
			if !strings.HasPrefix(out, tc.prefix) {
				t.Errorf("output starts %q, want %q", out[:min(len(out), len(tc.prefix)+20)], tc.prefix)
			}
			for _, s := range tc.contains {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(out, s) {
					t.Errorf("output has %q:\n%s", s, out)
				}
			}
			if !strings.HasSuffix(out, "\n") || strings.HasSuffix(out, "\n\n") {
				t.Errorf("output does not end in exactly one newline: %q", out[max(0, len(out)-20):])
			}
		})
	}
}

func TestCleanKeep(t *testing.T) {
	tests := []struct {
		name         string
		args         []string
		wantText     bool // the affiliate disclosure is in the text
		wantRemoved  []string
		lacksRemoved []string
	}{
		{"default", nil, false, []string{"affiliate", "cookie"}, nil},
		{"keep affiliate", []string{"--keep", "affiliate"}, true, []string{"cookie"}, []string{"affiliate"}},
		{"keep both, comma", []string{"--keep", "affiliate,cookie"}, true, nil, []string{"affiliate", "cookie"}},
		{"keep both, repeated", []string{"--keep", "cookie", "--keep=affiliate"}, true, nil, []string{"affiliate", "cookie"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"clean"}, tc.args...), articleFile)
			out, _, err := run(t, "", args...)
			if err != nil {
				t.Fatalf("clean: %v", err)
			}
			a := decode(t, out)
			if got := strings.Contains(a.Text, affiliate); got != tc.wantText {
				t.Errorf("affiliate disclosure in text: got %v, want %v", got, tc.wantText)
			}
			removed := map[string]bool{}
			for _, r := range a.Removed {
				removed[r.Kind] = true
			}
			for _, k := range tc.wantRemoved {
				if !removed[k] {
					t.Errorf("removed lacks kind %s: %+v", k, a.Removed)
				}
			}
			for _, k := range tc.lacksRemoved {
				if removed[k] {
					t.Errorf("removed has kept kind %s: %+v", k, a.Removed)
				}
			}
		})
	}
}

func TestCleanHelp(t *testing.T) {
	for _, flag := range []string{"-h", "--help", "-help"} {
		t.Run(flag, func(t *testing.T) {
			out, errOut, err := run(t, "", "clean", flag)
			if err != nil {
				t.Fatalf("clean %s: got error %v, want none", flag, err)
			}
			if code := cli.ExitCode(err); code != 0 {
				t.Errorf("got exit code %d, want 0", code)
			}
			if !strings.HasPrefix(out, "usage: pith clean") {
				t.Errorf("stdout starts %q, want the usage", out[:min(len(out), 40)])
			}
			for _, f := range []string{"-url", "-format", "-keep", "-timeout", "cookie", "affiliate"} {
				if !strings.Contains(out, f) {
					t.Errorf("usage lacks %q:\n%s", f, out)
				}
			}
			if errOut != "" {
				t.Errorf("got stderr %q, want none", errOut)
			}
		})
	}
}

// closedAddr returns a loopback address where nothing listens.
func closedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// errorServer serves the failure cases of pith clean.
func errorServer(t *testing.T) *httptest.Server {
	t.Helper()
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4\n")
	})
	// A PDF served as HTML: the cleaner sniffs it.
	mux.HandleFunc("/lying.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, readFile(t, "testdata/report.pdf"))
	})
	mux.HandleFunc("/menu", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, readFile(t, "testdata/no-article.html"))
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) })
	return srv
}

type failCase struct {
	name  string
	stdin string
	args  []string
	want  string // in the message
}

// failCases are the failures pith clean must report in one line.
func failCases(t *testing.T, srv *httptest.Server) []failCase {
	dir := t.TempDir()
	return []failCase{
		{"missing file", "", []string{"clean", filepath.Join(dir, "nope.html")}, "no such file"},
		{"directory", "", []string{"clean", dir}, "is a directory"},
		{"file name with a newline", "", []string{"clean", filepath.Join(dir, "two\nlines.html")}, `two\nlines.html: no such file`},
		{"empty file", "", []string{"clean", "testdata/empty.html"}, "empty page"},
		{"empty stdin", "", []string{"clean", "-"}, "empty page"},
		{"whitespace stdin", " \n\t\n", []string{"clean", "-"}, "empty page"},
		{"pdf file", "", []string{"clean", "testdata/report.pdf"}, "not an HTML page"},
		{"no article in file", "", []string{"clean", "testdata/no-article.html"}, "no article found"},
		{"plain text stdin", "just some words, no markup", []string{"clean", "-"}, "not an HTML page"},
		{"unreachable host", "", []string{"clean", "http://" + closedAddr(t) + "/a"}, "connection refused"},
		{"http 404", "", []string{"clean", srv.URL + "/missing"}, "HTTP 404"},
		{"http 500", "", []string{"clean", srv.URL + "/broken"}, "HTTP 500"},
		{"pdf response", "", []string{"clean", srv.URL + "/report.pdf"}, "not an HTML page"},
		{"pdf sent as html", "", []string{"clean", srv.URL + "/lying.pdf"}, "not an HTML page"},
		{"no article at url", "", []string{"clean", srv.URL + "/menu"}, "no article found"},
		{"empty response", "", []string{"clean", srv.URL + "/empty"}, "empty page"},
		{"timeout", "", []string{"clean", "--timeout", "100ms", srv.URL + "/slow"}, "timed out"},
		{"redirect loop", "", []string{"clean", srv.URL + "/loop"}, "too many redirects"},
		{"too large", "", []string{"clean", "--max-bytes", "100", articleFile}, "too large"},
		{"malformed url", "", []string{"clean", "http://exa mple.com/a"}, "bad url"},
		{"non-http url", "", []string{"clean", "ftp://127.0.0.1/a.html"}, "scheme must be http or https"},
		{"url without host", "", []string{"clean", "http:///a.html"}, "no host"},
		{"malformed --url", "", []string{"clean", "--url", "not a url", articleFile}, "--url"},
		{"unknown flag", "", []string{"clean", "--bogus", articleFile}, "flag provided but not defined: -bogus"},
		{"flag without value", "", []string{"clean", articleFile, "--format"}, "flag needs an argument: -format"},
		{"missing flag value", "", []string{"clean", "--format"}, "flag needs an argument"},
		{"bad duration", "", []string{"clean", "--timeout", "soon", articleFile}, "invalid value"},
		{"unknown format", "", []string{"clean", "--format", "yaml", articleFile}, `unknown --format "yaml"`},
		{"unknown keep kind", "", []string{"clean", "--keep", "weather", articleFile}, `--keep: unknown kind "weather"`},
		{"no argument", "", []string{"clean"}, "got none"},
		{"unknown command", "", []string{"cleen", articleFile}, `unknown command "cleen"`},
	}
}

func TestCleanErrors(t *testing.T) {
	srv := errorServer(t)
	for _, tc := range failCases(t, srv) {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := run(t, tc.stdin, tc.args...)
			if err == nil {
				t.Fatalf("pith %q: got no error; stdout:\n%s", tc.args, out)
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.want) {
				t.Errorf("got message %q, want it to contain %q", msg, tc.want)
			}
			if strings.Contains(msg, "\n") || strings.Contains(msg, "goroutine") || strings.Contains(msg, "panic") {
				t.Errorf("got message %q, want one line and no stack trace", msg)
			}
			if tc.name == "missing file" && !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("got %v, want it to match fs.ErrNotExist", err)
			}
			if code := cli.ExitCode(err); code != wantCode(tc.name) {
				t.Errorf("got exit code %d for %v, want %d", code, err, wantCode(tc.name))
			}
			if out != "" {
				t.Errorf("got stdout %q, want nothing", out)
			}
			if errOut != "" {
				t.Errorf("got stderr %q, want nothing (main prints the error)", errOut)
			}
		})
	}
}

// TestCleanFlagsAfterArgument checks that flags may follow the page, as in
// `pith clean page.html --format text`.
func TestCleanFlagsAfterArgument(t *testing.T) {
	var out, errOut bytes.Buffer
	err := cli.Run(t.Context(), []string{"clean", articleFile, "--format", "text"}, cli.Stdio{In: strings.NewReader(""), Out: &out, Err: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(out.String(), "{") {
		t.Errorf("got JSON, want the text format: %.80q", out.String())
	}
}

// TestCleanBatch cleans several inputs in one run: files, a gzipped file, a
// list from -i, with one failure that does not stop the others.
func TestCleanBatch(t *testing.T) {
	dir := t.TempDir()
	page := readFile(t, articleFile)
	gz := filepath.Join(dir, "page.html.gz")
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write([]byte(page))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gz, zb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.html")
	list := "# pages\n" + articleFile + " https://news.example/saved\n\n" + missing + "\n"

	out, errOut, err := run(t, list, "clean", gz, "-i", "-")
	if err == nil || cli.ExitCode(err) != 1 || !strings.Contains(err.Error(), "1 of 3 inputs failed") {
		t.Errorf("got error %v, want 1 of 3 failed, exit 1", err)
	}
	if !strings.Contains(errOut, "missing.html") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr %q: want one line naming the missing file", errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d JSON lines, want 2:\n%s", len(lines), out)
	}
	for i, l := range lines {
		var a article.Article
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		want := "file:///"
		if i == 1 {
			want = "https://news.example/saved" // "FILE URL" in the list
		}
		if a.WordCount == 0 || !strings.HasPrefix(a.SourceURL, want) {
			t.Errorf("line %d: words %d, source_url %q, want %s…", i, a.WordCount, a.SourceURL, want)
		}
	}

	// -o DIR: one file per input, named after it.
	outDir := filepath.Join(dir, "out")
	if _, _, err := run(t, "", "clean", "-o", outDir, "--format", "text", gz, articleFile, articleFile); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(outDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if diff := cmp.Diff([]string{"article-2.txt", "article.txt", "page.txt"}, names); diff != "" {
		t.Errorf("files in -o (-want +got):\n%s", diff)
	}

	// Markdown files under -o take the Markdown flags.
	mdDir := filepath.Join(dir, "md")
	if _, _, err := run(t, "", "clean", "-o", mdDir, "--format", "markdown", "--front-matter=false", "--links=false", articleFile, articleFile); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"article.md", "article-2.md"} {
		md := readFile(t, filepath.Join(mdDir, name))
		if !strings.HasPrefix(md, "# "+title+"\n") || strings.Contains(md, "](http") || !strings.Contains(md, firstPara) {
			t.Errorf("%s: want the title heading first, the text, no links:\n%s", name, md)
		}
	}

	if _, _, err := run(t, "", "clean", "--links=false", "--url", pageAddress, articleFile); cli.ExitCode(err) != 2 {
		t.Errorf("--links=false with JSON: exit %d, want 2", cli.ExitCode(err))
	}
	if _, _, err := run(t, "", "clean", "--format", "text", gz, articleFile); cli.ExitCode(err) != 2 {
		t.Errorf("several inputs in text without -o: exit %d, want 2", cli.ExitCode(err))
	}
}

// TestCleanLogLevel checks --log-level: at debug, the removals the
// cleaner's guards refused are on stderr with their rule and reason; by
// default stderr stays quiet; a bad level is a usage error.
func TestCleanLogLevel(t *testing.T) {
	const page = "testdata/guarded.html"
	out, errOut, err := run(t, "", "clean", "--log-level", "debug", "--url", "https://courier.example/news/library-hours", page)
	if err != nil {
		t.Fatalf("clean: %v", err)
	}
	if a := decode(t, out); !strings.Contains(a.Text, "most students study late") {
		t.Errorf("story lost:\n%s", a.Text)
	}
	for _, want := range []string{"level=DEBUG", "removal refused", "rule=class:ad-class", "input=" + page} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	_, errOut, err = run(t, "", "clean", "--url", "https://courier.example/news/library-hours", page)
	if err != nil || errOut != "" {
		t.Errorf("default level: err %v, stderr %q", err, errOut)
	}
	_, _, err = run(t, "", "clean", "--log-level", "loud", page)
	if !errors.Is(err, cli.ErrUsage) {
		t.Errorf("bad level: err %v, want a usage error", err)
	}
}
