package archive_test

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-news/pith/internal/archive"
	"github.com/pith-news/pith/internal/testkit/aeb"
)

// BenchmarkWriteAEB archives the 181 real pages of the extraction
// benchmark (../shared/bench/aeb; skipped without it) and reports the
// disk the WARC files take per 1,000 pages, beside the HTML's own size.
func BenchmarkWriteAEB(b *testing.B) {
	pages, err := aeb.Load(aeb.Dir(2))
	if errors.Is(err, os.ErrNotExist) {
		b.Skip("benchmark not found")
	}
	if err != nil {
		b.Fatal(err)
	}
	h := http.Header{}
	h.Set("Content-Type", "text/html; charset=utf-8")
	var html, warc int64
	for b.Loop() {
		dir := b.TempDir()
		w, err := archive.Open(dir, archive.Config{})
		if err != nil {
			b.Fatal(err)
		}
		html = 0
		for _, p := range pages {
			html += int64(len(p.HTML))
			if _, err := w.Write(b.Context(), archive.Response{URL: p.URL.String(), Status: 200, Header: h, Body: p.HTML}); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		files, err := archive.Files(dir)
		if err != nil {
			b.Fatal(err)
		}
		warc = 0
		for _, f := range files {
			fi, err := os.Stat(filepath.Join(dir, f))
			if err != nil {
				b.Fatal(err)
			}
			warc += fi.Size()
		}
	}
	b.ReportMetric(float64(warc)/float64(len(pages))*1000/1e6, "MB-WARC/1000pages")
	b.ReportMetric(float64(html)/float64(len(pages))*1000/1e6, "MB-HTML/1000pages")
}
