package scraper_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/scraper"
)

// BenchmarkCrawl crawls a generated site on loopback with no politeness
// delay and a Handler that keeps nothing: the scraper's own cost (the
// server shares the process). It reports pages fetched per second, the
// bytes allocated per page and the largest live heap seen (sampled after
// each page, every 100 pages).
//
//	go test ./scraper -run XXX -bench Crawl -benchtime 1x
func BenchmarkCrawl(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			site := sitetest.New(sitetest.Options{Articles: n})
			defer site.Close()
			var peak uint64
			pages := 0
			s, err := scraper.New(scraper.Config{Parallelism: 4, OnProgress: func(st scraper.Stats) {
				if st.Fetched%100 != 0 {
					return
				}
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}})
			if err != nil {
				b.Fatal(err)
			}
			var elapsed time.Duration
			var alloc uint64
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				start := time.Now()
				st, err := s.Run(context.Background(), []string{site.URL()}, func(context.Context, *scraper.Page) error { return nil })
				elapsed += time.Since(start)
				runtime.ReadMemStats(&after)
				alloc += after.TotalAlloc - before.TotalAlloc
				if err != nil {
					b.Fatal(err)
				}
				if st.Articles != n {
					b.Fatalf("%d articles, want %d", st.Articles, n)
				}
				pages += st.Fetched
			}
			b.ReportMetric(float64(pages)/elapsed.Seconds(), "pages/s")
			b.ReportMetric(float64(alloc)/float64(pages), "B/page")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		})
	}
}
