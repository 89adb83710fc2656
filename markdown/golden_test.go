package markdown_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/markdown"
)

// TestGolden renders the pages of testdata/pages, written for these tests,
// and compares them with the hand-written documents beside them:
// NAME.html is the article HTML, NAME.md the document expected with
// default options but no front matter.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatal("no pages in testdata/pages")
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".md")
			if err != nil {
				t.Fatal(err)
			}
			a := &article.Article{
				URL:   "https://village.example/news/2025/story",
				Title: "Village news: " + name,
				HTML:  string(src),
			}
			got, err := markdown.Render(a, markdown.Options{OmitFrontMatter: true})
			if err != nil {
				t.Fatal(err)
			}
			if os.Getenv("PITH_SHOW_MD") != "" {
				t.Logf("got:\n%s", got)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", name, diff)
			}
		})
	}
}
