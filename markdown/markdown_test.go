package markdown_test

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/markdown"
)

// frontMatter is what a pipeline reads back from a document's header.
type frontMatter struct {
	Title       string    `yaml:"title"`
	URL         string    `yaml:"url"`
	Authors     []string  `yaml:"authors"`
	Published   time.Time `yaml:"published"`
	Modified    time.Time `yaml:"modified"`
	SiteName    string    `yaml:"site_name"`
	Language    string    `yaml:"language"`
	Description string    `yaml:"description"`
	Image       string    `yaml:"image"`
	WordCount   int       `yaml:"word_count"`
}

// split cuts a document into its front matter and body.
func split(t *testing.T, doc string) (frontMatter, string) {
	t.Helper()
	rest, ok := strings.CutPrefix(doc, "---\n")
	if !ok {
		t.Fatalf("document does not open with ---:\n%s", doc)
	}
	head, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		t.Fatalf("front matter not closed:\n%s", doc)
	}
	var fm frontMatter
	dec := yaml.NewDecoder(strings.NewReader(head))
	dec.KnownFields(true)
	if err := dec.Decode(&fm); err != nil {
		t.Fatalf("front matter does not parse: %v\n%s", err, head)
	}
	return fm, body
}

func TestFrontMatter(t *testing.T) {
	pub := time.Date(2025, 3, 14, 9, 30, 0, 0, time.FixedZone("", 3600))
	a := &article.Article{
		URL:         "https://news.example/2025/03/ferry",
		SourceURL:   "https://news.example/2025/03/ferry?ref=rss",
		Title:       "Ferry runs again",
		Authors:     []string{"Ines Holt", "Tomas Berg"},
		Published:   pub,
		Modified:    pub.Add(2 * time.Hour),
		SiteName:    "The Harbour Post",
		Language:    "en",
		Description: "The winter timetable is back.",
		Image:       "https://news.example/img/ferry.jpg",
		WordCount:   412,
		HTML:        "<p>The ferry runs again.</p>",
	}
	doc, err := markdown.Render(a, markdown.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "---\n" +
		"title: Ferry runs again\n" +
		"url: https://news.example/2025/03/ferry\n" +
		"authors:\n  - Ines Holt\n  - Tomas Berg\n" +
		"published: 2025-03-14T09:30:00+01:00\n" +
		"modified: 2025-03-14T11:30:00+01:00\n" +
		"site_name: The Harbour Post\n" +
		"language: en\n" +
		"description: The winter timetable is back.\n" +
		"image: https://news.example/img/ferry.jpg\n" +
		"word_count: 412\n" +
		"---\n\n" +
		"# Ferry runs again\n\n" +
		"The ferry runs again.\n"
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
	fm, _ := split(t, doc)
	if !fm.Published.Equal(a.Published) || !fm.Modified.Equal(a.Modified) {
		t.Errorf("dates read back %v, %v; want %v, %v", fm.Published, fm.Modified, a.Published, a.Modified)
	}

	// Unknown fields are left out, not written empty; the url falls back
	// to the source address.
	doc, err = markdown.Render(&article.Article{SourceURL: "https://news.example/x", Title: "T"}, markdown.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "---\ntitle: T\nurl: https://news.example/x\nword_count: 0\n---\n\n# T\n"; doc != want {
		t.Errorf("sparse article: got %q, want %q", doc, want)
	}
}

// TestFrontMatterQuoting checks that every title and name reads back from
// the YAML as it was, whatever it holds.
func TestFrontMatterQuoting(t *testing.T) {
	values := []string{
		"Rates: why they rise",
		`He said "no" and 'yes'`,
		"- a leading dash",
		"# not a comment",
		"two\nlines",
		"ends with a colon:",
		"yes",
		"null",
		"2025-03-14",
		"007",
		"  padded  ",
		"tab\there",
		"[not, a, list]",
		"{not: a map}",
		"&anchor *alias !tag",
		"---",
		"...",
		"% percent @ at ` backtick | pipe > gt",
		"Ünïcödé — “quotes” 日本語",
		"",
	}
	for _, v := range values {
		t.Run(v, func(t *testing.T) {
			a := &article.Article{
				URL: "https://news.example/a", Title: v, Authors: []string{v, "B"},
				SiteName: v, Description: v, Language: "en",
			}
			doc, err := markdown.Render(a, markdown.Options{})
			if err != nil {
				t.Fatal(err)
			}
			fm, _ := split(t, doc)
			if fm.Title != v || fm.Description != v || (v != "" && fm.SiteName != v) {
				t.Errorf("read back title %q, description %q, site_name %q; want %q", fm.Title, fm.Description, fm.SiteName, v)
			}
			if want := []string{v, "B"}; !cmp.Equal(fm.Authors, want) {
				t.Errorf("read back authors %q, want %q", fm.Authors, want)
			}
		})
	}
}

func TestOptions(t *testing.T) {
	a := &article.Article{
		URL:       "https://news.example/2025/03/ferry",
		Title:     "Ferry: runs *again*",
		Authors:   []string{"Ines Holt"},
		Published: time.Date(2025, 3, 14, 23, 0, 0, 0, time.UTC),
		SiteName:  "The Harbour Post",
		HTML: `<p>The <a href="/ferry">ferry</a> left at dawn.</p>` +
			`<figure><img src="/img/quay.jpg" alt="The quay"><figcaption>The quay at dawn</figcaption></figure>` +
			`<p><img src="inline.png" alt="Map"> The route.</p>`,
	}
	tests := []struct {
		name string
		opts markdown.Options
		want string
	}{
		{"no front matter", markdown.Options{OmitFrontMatter: true},
			"# Ferry: runs \\*again*\n\n*By Ines Holt · 2025-03-14 · The Harbour Post*\n\n" +
				"The [ferry](https://news.example/ferry) left at dawn.\n\n" +
				"![The quay](https://news.example/img/quay.jpg)\n\n" +
				"![Map](https://news.example/2025/03/inline.png) The route.\n"},
		{"no links", markdown.Options{OmitFrontMatter: true, OmitLinks: true},
			"# Ferry: runs \\*again*\n\n*By Ines Holt · 2025-03-14 · The Harbour Post*\n\n" +
				"The ferry left at dawn.\n\n" +
				"![The quay](https://news.example/img/quay.jpg)\n\n" +
				"![Map](https://news.example/2025/03/inline.png) The route.\n"},
		{"no images", markdown.Options{OmitFrontMatter: true, OmitImages: true},
			"# Ferry: runs \\*again*\n\n*By Ines Holt · 2025-03-14 · The Harbour Post*\n\n" +
				"The [ferry](https://news.example/ferry) left at dawn.\n\n" +
				"The route.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := markdown.Render(a, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	// The defaults keep links and images, under the front matter.
	got, err := markdown.Render(a, markdown.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fm, body := split(t, got)
	if fm.Title != a.Title || !strings.Contains(body, "[ferry](") || !strings.Contains(body, "![The quay](") || strings.Contains(body, "*By ") {
		t.Errorf("default document:\n%s", got)
	}
}

// TestListsInARow checks that two lists in a row come out without the
// converter's separating HTML comment.
func TestListsInARow(t *testing.T) {
	got, err := markdown.Render(&article.Article{HTML: "<ul><li>bread</li></ul><ul><li>jam</li></ul><p>Done.</p>"}, markdown.Options{OmitFrontMatter: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := "- bread\n\n- jam\n\nDone.\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEmpty(t *testing.T) {
	got, err := markdown.Render(&article.Article{}, markdown.Options{OmitFrontMatter: true})
	if err != nil || got != "" {
		t.Errorf("empty article: got %q, %v; want nothing", got, err)
	}
	if _, err := markdown.Render(nil, markdown.Options{}); err == nil {
		t.Error("nil article: got no error")
	}
}

type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteError(t *testing.T) {
	err := markdown.Write(failWriter{}, &article.Article{Title: "T", HTML: "<p>x</p>"}, markdown.Options{})
	if !errors.Is(err, errDiskFull) || !strings.HasPrefix(err.Error(), "markdown: ") {
		t.Errorf("got %v, want the writer's error behind \"markdown: \"", err)
	}
}

// FuzzRender checks that any HTML and title give a document whose front
// matter parses back to the same title, without a panic.
func FuzzRender(f *testing.F) {
	f.Add("<p>x</p>", "T")
	f.Add(`<figure><div class="player"><img src=a></div><figcaption><span>a</span>b</figcaption></figure>`, "a: b")
	f.Add(`<h2><b>x</b></h2><a href="/"><img src=1></a><a href="/"><img src=2></a><a href="/"><img src=3></a>`, "- x")
	f.Add(`<dl><dt>A:</dt><dd>b</dd><dt>C:</dt></dl><p>Label:</p>`, "#")
	f.Fuzz(func(t *testing.T, src, title string) {
		doc, err := markdown.Render(&article.Article{Title: title, URL: "https://news.example/", HTML: src}, markdown.Options{})
		if err != nil {
			return
		}
		if !strings.Contains(title, "\x00") && utf8Valid(title) {
			fm, _ := split(t, doc)
			if fm.Title != title {
				t.Errorf("title read back %q, want %q", fm.Title, title)
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestConcurrent renders from several goroutines at once, as the server
// does: the converter is shared (run it with -race).
func TestConcurrent(t *testing.T) {
	a := &article.Article{URL: "https://news.example/a", Title: "T", HTML: `<h2><b>H</b></h2><p>The <a href="/x">ferry</a> left.</p><table><tr><th>a</th></tr><tr><td>1</td></tr></table>`}
	want, err := markdown.Render(a, markdown.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got, err := markdown.Render(a, markdown.Options{})
				if err != nil || got != want {
					t.Errorf("concurrent render: %v\n%s\nwant\n%s", err, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
