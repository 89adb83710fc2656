package cleaner_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/testkit/aeb"
)

// loadAEB reads the benchmark's 181 pages, or skips when they are absent.
func loadAEB(b *testing.B) []aeb.Page {
	b.Helper()
	pages, err := aeb.Load(aeb.Dir(1))
	if errors.Is(err, os.ErrNotExist) {
		b.Skipf("article-extraction benchmark not found (%v); set PITH_AEB", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

// BenchmarkAEB cleans every page of the benchmark with pith and with the
// bare readability library in the same run; ns/page is the time per page.
// Compare the two sub-benchmarks' ns/page for pith's overhead:
//
//	go test ./cleaner -run '^$' -bench AEB -benchtime 3x
func BenchmarkAEB(b *testing.B) {
	pages := loadAEB(b)
	b.Run("pith", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				// Pages without an article are part of the work too.
				_, _ = cleaner.Clean(bytes.NewReader(p.HTML), p.URL, cleaner.Options{})
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
	})
	// CleanDocument on trees parsed beforehand: the cleaning and the copy
	// of the tree that keeps the caller's document as it was, without the
	// decoding and parsing that Clean does.
	b.Run("pith-document", func(b *testing.B) {
		docs := make([]*html.Node, len(pages))
		for i, p := range pages {
			doc, err := html.Parse(bytes.NewReader(p.HTML))
			if err != nil {
				b.Fatal(err)
			}
			docs[i] = doc
		}
		for b.Loop() {
			for i, p := range pages {
				_, _ = cleaner.CleanDocument(docs[i], p.URL, cleaner.Options{})
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
	})
	b.Run("readability", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				_, _ = readability.FromReader(bytes.NewReader(p.HTML), p.URL)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
	})
}

// BenchmarkAEBInterleaved cleans each page with pith and then with the
// bare readability library, page by page, and reports both times and
// their ratio: a shared machine's load drifts over a run, and the two
// sub-benchmarks of BenchmarkAEB run minutes apart.
//
//	go test ./cleaner -run '^$' -bench AEBInterleaved -benchtime 3x
func BenchmarkAEBInterleaved(b *testing.B) {
	interleave(b, loadAEB(b))
}

// interleave cleans each page with pith and then with the bare
// readability library, page by page, and reports both times per page and
// their ratio.
func interleave(b *testing.B, pages []aeb.Page) {
	var pith, read time.Duration
	for b.Loop() {
		for _, p := range pages {
			t0 := time.Now()
			_, _ = cleaner.Clean(bytes.NewReader(p.HTML), p.URL, cleaner.Options{})
			t1 := time.Now()
			_, _ = readability.FromReader(bytes.NewReader(p.HTML), p.URL)
			pith += t1.Sub(t0)
			read += time.Since(t1)
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(pith.Nanoseconds())/n, "pith-ns/page")
	b.ReportMetric(float64(read.Nanoseconds())/n, "readability-ns/page")
	b.ReportMetric(float64(pith)/float64(read), "ratio")
}

// bigPage builds a news page of about size bytes: a story followed by a long
// comment thread, the usual shape of a huge article page.
func bigPage(size int) []byte {
	var b strings.Builder
	b.WriteString(page("", story))
	b.WriteString(`<section id="comments"><ol class="comment-list">`)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(`<li class="comment"><div class="comment-author">reader</div><p>I have lived by this harbour all my life and I think the expansion will change the character of the old town for ever, for better and for worse.</p></li>`)
	}
	b.WriteString(`</ol></section>`)
	return []byte(b.String())
}

// bigArticle builds a page of about size bytes that is all article: a
// headline and numbered paragraphs of a report, the page the README's peak
// RSS of `pith clean` is measured on.
func bigArticle(size int) []byte {
	var b strings.Builder
	b.WriteString("<html><body><article><h1>Harbour plan</h1>\n")
	for i := 1; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of the long report: the city council voted on Tuesday to approve a long-debated expansion of the harbour, ending hearings.</p>\n", i)
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}

// BenchmarkClean5MB cleans two pages of 5 MB: a story under a long
// comment thread, and a page that is all article (the README's peak RSS of
// `pith clean` is measured on the second, with /usr/bin/time). B/op and
// allocs/op are what one clean allocates.
func BenchmarkClean5MB(b *testing.B) {
	for _, tc := range []struct {
		name string
		body []byte
	}{
		{"comments", bigPage(5 << 20)},
		{"article", bigArticle(5 << 20)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.body)))
			for b.Loop() {
				if _, err := cleaner.Clean(bytes.NewReader(tc.body), nil, cleaner.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// loadWCXB reads the pages of the WCXB development split (articles and
// non-articles, their HTML only), or skips when they are absent: from
// $PITH_WCXB, or ../shared/bench/wcxb-dev beside the repository.
func loadWCXB(b *testing.B) []aeb.Page {
	b.Helper()
	dir := os.Getenv("PITH_WCXB")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "bench", "wcxb-dev")
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil || len(files) == 0 {
		b.Skipf("WCXB development split not found in %s; set PITH_WCXB", dir)
	}
	pages := make([]aeb.Page, len(files))
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		z, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(f, err)
		}
		if pages[i].HTML, err = io.ReadAll(z); err != nil {
			b.Fatal(f, err)
		}
	}
	return pages
}

// BenchmarkWCXBInterleaved is BenchmarkAEBInterleaved on the 861 pages of
// the WCXB development split: each page is cleaned with pith and then with
// the bare readability library, and the two times and their ratio are
// reported.
//
//	go test ./cleaner -run '^$' -bench WCXBInterleaved -benchtime 1x
func BenchmarkWCXBInterleaved(b *testing.B) {
	interleave(b, loadWCXB(b))
}
