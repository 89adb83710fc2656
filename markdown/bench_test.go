package markdown_test

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/testkit/aeb"
	"github.com/pith-news/pith/markdown"
)

// BenchmarkRender renders the articles of the benchmark's pages, cleaned
// beforehand; ns/page is the cost of asking for Markdown on top of a
// cleaning (compare cleaner's BenchmarkAEB):
//
//	go test ./markdown -run '^$' -bench Render
func BenchmarkRender(b *testing.B) {
	pages, err := aeb.Load(aeb.Dir(1))
	if errors.Is(err, os.ErrNotExist) {
		b.Skipf("article-extraction benchmark not found (%v); set PITH_AEB", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	var arts []*article.Article
	for _, p := range pages {
		if a, err := cleaner.Clean(bytes.NewReader(p.HTML), p.URL, cleaner.Options{}); err == nil {
			arts = append(arts, a)
		}
	}
	for b.Loop() {
		for _, a := range arts {
			if _, err := markdown.Render(a, markdown.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/page")
}
