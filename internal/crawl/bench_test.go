package crawl_test

import (
	"testing"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/scraper"
)

// BenchmarkRun crawls a 500-article loopback site into a new out dir, delays
// off: the whole pipeline in one process (scraper, cleaner, store), with
// archiving and site learning (the default of pith crawl) and without. The
// process-level figures (pages/s and peak RSS beside a bare colly crawl)
// come from `go run ./cmd/crawlbench`.
func BenchmarkRun(b *testing.B) {
	site := sitetest.New(sitetest.Options{Articles: 500})
	defer site.Close()
	for _, bc := range []struct {
		name           string
		archive, learn bool
	}{{"plain", false, false}, {"archive", true, false}, {"learn", false, true}, {"archive+learn", true, true}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				stats, err := crawl.Run(b.Context(), crawl.Config{
					Seeds:   []string{site.URL() + "/"},
					Out:     b.TempDir(),
					Scraper: scraper.Config{Parallelism: 4},
					Archive: bc.archive,
					NoLearn: !bc.learn,
				})
				if err != nil {
					b.Fatal(err)
				}
				if stats.Created != 500 {
					b.Fatalf("created %d, want 500", stats.Created)
				}
				b.ReportMetric(float64(stats.Scraper.Fetched), "pages/op")
			}
		})
	}
}
