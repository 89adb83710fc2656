package cleaner

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/testkit/aeb"
)

// BenchmarkCloneTree measures the copy CleanDocument makes so as to leave
// its argument alone, per benchmark page; compare with BenchmarkAEB's
// ns/page.
func BenchmarkCloneTree(b *testing.B) {
	_, docs := parsedAEB(b)
	for b.Loop() {
		for _, d := range docs {
			cloneTree(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/page")
}

// parsedAEB loads the benchmark's pages and parses each, for the
// benchmarks of one step of Clean; it skips when the benchmark is absent.
func parsedAEB(b *testing.B) ([]aeb.Page, []*html.Node) {
	b.Helper()
	pages, err := aeb.Load(aeb.Dir(1))
	if errors.Is(err, os.ErrNotExist) {
		b.Skipf("article-extraction benchmark not found (%v); set PITH_AEB", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*html.Node, len(pages))
	for i, p := range pages {
		if docs[i], err = html.Parse(bytes.NewReader(p.HTML)); err != nil {
			b.Fatal(err)
		}
	}
	return pages, docs
}
