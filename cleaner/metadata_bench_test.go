package cleaner

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/testkit/aeb"
)

// BenchmarkMetadata times the metadata pass alone (the one walk, JSON-LD,
// dates, authors, the language check) on the benchmark's pages, parsed
// beforehand; compare its ns/page with BenchmarkAEB's:
//
//	go test ./cleaner -run '^$' -bench Metadata -benchtime 3x
func BenchmarkMetadata(b *testing.B) {
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
	for b.Loop() {
		for i, p := range pages {
			extractMetadata(docs[i], p.URL)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}
