package format_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/format"
	"github.com/pith-news/pith/markdown"
)

func sample() *article.Article {
	return &article.Article{
		URL:         "https://news.example/2024/05/story",
		SourceURL:   "https://news.example/2024/05/story?ref=home",
		Title:       "Rates <rise> & fall",
		Authors:     []string{"Ana Ruiz", "Bo Li"},
		Published:   time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC),
		Modified:    time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC),
		SiteName:    "Example News",
		Language:    "en",
		Description: "Why rates move.",
		Image:       "https://news.example/lead.jpg",
		Text:        "Rates rose on Monday.\n\nThey fell on Tuesday.",
		HTML:        "<div><p>Rates rose on Monday.</p><p>They fell on Tuesday.</p></div>",
		WordCount:   8,
		Removed:     []article.Removal{{Kind: "cookie", Rule: "consent-generic", Text: "We use <cookies> & more"}},
		FetchedAt:   time.Date(2024, 5, 8, 9, 10, 11, 0, time.UTC),
	}
}

func write(t *testing.T, a *article.Article, name string) string {
	t.Helper()
	var b bytes.Buffer
	if err := format.Write(&b, a, name, format.Options{}); err != nil {
		t.Fatalf("Write %s: %v", name, err)
	}
	return b.String()
}

func TestJSON(t *testing.T) {
	a := sample()
	out := write(t, a, "json")

	var fields map[string]any
	if err := json.Unmarshal([]byte(out), &fields); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	var keys []string
	for k := range fields {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := []string{"authors", "description", "fetched_at", "html", "image", "language", "modified", "published",
		"removed", "site_name", "source_url", "text", "title", "url", "word_count"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("JSON fields (-want +got):\n%s", diff)
	}
	// HTML stays readable: no \u003c escapes.
	for _, s := range []string{`"title": "Rates <rise> & fall"`, `"html": "<div><p>Rates rose`, `"text": "We use <cookies> & more"`, `"published": "2024-05-06T07:08:09Z"`} {
		if !strings.Contains(out, s) {
			t.Errorf("JSON lacks %s:\n%s", s, out)
		}
	}
	if strings.Contains(out, `\u003c`) || strings.Contains(out, `\u0026`) {
		t.Errorf("JSON escapes HTML characters:\n%s", out)
	}
	if !strings.HasPrefix(out, "{\n  \"url\": ") || !strings.HasSuffix(out, "}\n") {
		t.Errorf("JSON is not one indented object ending in a newline:\n%s", out)
	}

	var back article.Article
	if err := json.Unmarshal([]byte(out), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, &back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}

	// "" means JSON too.
	if got := write(t, a, ""); got != out {
		t.Errorf("format \"\" gave %q, want the JSON", got)
	}
}

func TestJSONZeroTimes(t *testing.T) {
	out := write(t, &article.Article{Title: "t", Removed: []article.Removal{}}, "json")
	for _, k := range []string{"published", "modified", "fetched_at"} {
		if strings.Contains(out, `"`+k+`"`) {
			t.Errorf("zero %s not omitted:\n%s", k, out)
		}
	}
	if !strings.Contains(out, `"removed": []`) {
		t.Errorf("empty removed list is not []:\n%s", out)
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name string
		a    *article.Article
		want string
	}{
		{"title and paragraphs", sample(), "Rates <rise> & fall\n\nRates rose on Monday.\n\nThey fell on Tuesday.\n"},
		{"no title", &article.Article{Text: "Only text."}, "Only text.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := write(t, tc.a, "text"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestMarkdown checks that Write gives package markdown's document, with
// the options passed through; package markdown tests the documents.
func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		opts markdown.Options
	}{
		{"default", markdown.Options{}},
		{"bare", markdown.Options{OmitFrontMatter: true, OmitLinks: true, OmitImages: true}},
	}
	a := sample()
	a.HTML = `<p>See <a href="/x">x</a>.</p><p><img src="/i.png" alt="I"></p>`
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := format.Write(&b, a, "markdown", format.Options{Markdown: tc.opts}); err != nil {
				t.Fatal(err)
			}
			want, err := markdown.Render(a, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	a := sample()
	want := "<!DOCTYPE html>\n" +
		`<html lang="en"><head><meta charset="utf-8"><base href="https://news.example/2024/05/story?ref=home"><title>Rates &lt;rise&gt; &amp; fall</title></head>` + "\n" +
		"<body>\n<h1>Rates &lt;rise&gt; &amp; fall</h1>\n" +
		"<div><p>Rates rose on Monday.</p><p>They fell on Tuesday.</p></div>\n" +
		"</body></html>\n"
	if got := write(t, a, "html"); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	// The language and title come from the page: they must not open tags.
	a.Language = `x"><script>alert(1)</script>`
	a.Title = `</title><script>alert(2)</script>`
	a.SourceURL = `https://news.example/"><script>alert(3)</script>`
	got := write(t, a, "html")
	if strings.Contains(got, "<script>") {
		t.Errorf("page text opened a tag:\n%s", got)
	}

	a = &article.Article{HTML: "<p>x</p>"}
	if got, want := write(t, a, "html"), "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head>\n<body>\n<h1></h1>\n<p>x</p>\n</body></html>\n"; got != want {
		t.Errorf("empty article: got %q, want %q", got, want)
	}
}

func TestUnknownFormat(t *testing.T) {
	for _, name := range []string{"yaml", "JSON", "md", " json"} {
		var b bytes.Buffer
		err := format.Write(&b, sample(), name, format.Options{})
		if err == nil {
			t.Errorf("Write %q: got no error", name)
			continue
		}
		if !strings.Contains(err.Error(), "unknown format") || !strings.Contains(err.Error(), "json, text, markdown, html") {
			t.Errorf("Write %q: got error %q, want it to name the known formats", name, err)
		}
		if b.Len() != 0 {
			t.Errorf("Write %q wrote %q, want nothing", name, b.String())
		}
		if format.Valid(name) {
			t.Errorf("Valid(%q) = true", name)
		}
	}
	for _, name := range format.Names() {
		if !format.Valid(name) {
			t.Errorf("Valid(%q) = false", name)
		}
	}
}

type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write(p []byte) (int, error) { return 0, errDiskFull }

func TestWriteError(t *testing.T) {
	for _, name := range format.Names() {
		err := format.Write(failWriter{}, sample(), name, format.Options{})
		if !errors.Is(err, errDiskFull) {
			t.Errorf("Write %s to a failing writer: got %v, want the writer's error", name, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "format: "+name+": ") {
			t.Errorf("Write %s: got error %q, want it to start with \"format: %s: \"", name, err, name)
		}
	}
}
