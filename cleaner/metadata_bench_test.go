package cleaner

import "testing"

// BenchmarkMetadata times the metadata pass alone (the one walk, JSON-LD,
// dates, authors, the language check) on the benchmark's pages, parsed
// beforehand; compare its ns/page with BenchmarkAEB's:
//
//	go test ./cleaner -run '^$' -bench Metadata -benchtime 3x
func BenchmarkMetadata(b *testing.B) {
	pages, docs := parsedAEB(b)
	for b.Loop() {
		for i, p := range pages {
			extractMetadata(docs[i], p.URL)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}
