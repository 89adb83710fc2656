package cleaner_test

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"os"
	"sort"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html/charset"

	"github.com/pith-news/pith/cleaner"
)

// rates sums the phrase checks over the corpus.
type rates struct {
	pages, failed          int // pages cleaned, pages where Clean returned an error
	mustTotal, mustMissing int
	notTotal, notLeaked    int
}

func (r rates) loss() float64 { return ratio(r.mustMissing, r.mustTotal) }
func (r rates) leak() float64 { return ratio(r.notLeaked, r.notTotal) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// add counts one page. A page the extractor failed on counts every must
// phrase as lost and no mustnot phrase as leaked.
func (r *rates) add(sp spec, text string, err error) (missing, leaked int) {
	r.pages++
	r.mustTotal += len(sp.must)
	r.notTotal += len(sp.mustNot)
	if err != nil {
		r.failed++
		r.mustMissing += len(sp.must)
		return len(sp.must), 0
	}
	text = norm(text)
	for _, m := range sp.must {
		if !strings.Contains(text, m) {
			missing++
		}
	}
	for _, m := range sp.mustNot {
		if strings.Contains(text, m) {
			leaked++
		}
	}
	r.mustMissing += missing
	r.notLeaked += leaked
	return missing, leaked
}

// TestCorpusRates reports the boilerplate leak rate (mustnot phrases found
// in the text / all mustnot phrases) and the article loss rate (must phrases
// missing / all must phrases) of the cleaner over the corpus, beside the
// same figures for the bare readability library. TestCorpus fails on each
// phrase; this one holds the totals to a bar: no more than half of
// readability's leak rate, and no loss beyond readability's.
//
//	go test ./cleaner -run CorpusRates -v
func TestCorpusRates(t *testing.T) {
	pages := loadCorpus(t)
	var pith, bare rates
	var lines []string
	for _, p := range pages {
		var text string
		a, err := clean(t, p)
		if err == nil {
			text = a.Text
		}
		pm, pl := pith.add(p.spec, text, err)

		btext, berr := bareReadability(t, p)
		bm, bl := bare.add(p.spec, btext, berr)
		line := fmt.Sprintf("  %s: pith lost %d/%d, leaked %d/%d; readability lost %d, leaked %d",
			p.name, pm, len(p.spec.must), pl, len(p.spec.mustNot), bm, bl)
		if err != nil {
			line += " (pith error: " + err.Error() + ")"
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	t.Logf("per page:\n%s", strings.Join(lines, "\n"))
	t.Logf("pith:        %d pages (%d errors), leak rate %.3f (%d/%d mustnot phrases in text), loss rate %.3f (%d/%d must phrases missing)",
		pith.pages, pith.failed, pith.leak(), pith.notLeaked, pith.notTotal, pith.loss(), pith.mustMissing, pith.mustTotal)
	t.Logf("readability: %d pages (%d errors), leak rate %.3f (%d/%d mustnot phrases in text), loss rate %.3f (%d/%d must phrases missing)",
		bare.pages, bare.failed, bare.leak(), bare.notLeaked, bare.notTotal, bare.loss(), bare.mustMissing, bare.mustTotal)
	if pith.leak() > 0.5*bare.leak() {
		t.Errorf("pith's leak rate %.3f is over half of readability's %.3f", pith.leak(), bare.leak())
	}
	if pith.loss() > bare.loss() {
		t.Errorf("pith's loss rate %.3f is over readability's %.3f", pith.loss(), bare.loss())
	}
}

// bareReadability runs codeberg.org/readeck/go-readability/v2 alone on a
// corpus page (decoded to UTF-8 first, as the cleaner does) and returns its
// text: the baseline the cleaner is measured against.
func bareReadability(tb testing.TB, p corpusPage) (string, error) {
	tb.Helper()
	data, err := os.ReadFile(p.html)
	if err != nil {
		tb.Fatal(err)
	}
	u, err := url.Parse(p.spec.url)
	if err != nil {
		tb.Fatal(err)
	}
	return readabilityText(bytes.NewReader(data), u, p.spec.contentType)
}

// readabilityText decodes r to UTF-8 and returns the text readability finds.
func readabilityText(in io.Reader, u *url.URL, contentType string) (string, error) {
	r, err := charset.NewReader(in, contentType)
	if err != nil {
		return "", err
	}
	parser := readability.NewParser()
	art, err := parser.Parse(r, u)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// BenchmarkCorpus cleans every corpus page per iteration and reports the
// time per page, the leak rate and the loss rate.
//
//	go test ./cleaner -run '^$' -bench Corpus -benchmem
func BenchmarkCorpus(b *testing.B) {
	pages := loadCorpus(b)
	type input struct {
		data []byte
		u    *url.URL
		opts cleaner.Options
	}
	inputs := make([]input, len(pages))
	for i, p := range pages {
		data, err := os.ReadFile(p.html)
		if err != nil {
			b.Fatal(err)
		}
		u, err := url.Parse(p.spec.url)
		if err != nil {
			b.Fatal(err)
		}
		inputs[i] = input{data, u, cleaner.Options{ContentType: p.spec.contentType, Keep: p.spec.keep}}
	}
	var r rates
	for i, p := range pages {
		a, err := cleaner.Clean(bytes.NewReader(inputs[i].data), inputs[i].u, inputs[i].opts)
		var text string
		if err == nil {
			text = a.Text
		}
		r.add(p.spec, text, err)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, in := range inputs {
			if _, err := cleaner.Clean(bytes.NewReader(in.data), in.u, in.opts); err != nil {
				// Errors are reported by TestCorpus; keep timing the rest.
				continue
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(inputs)), "ns/page")
	b.ReportMetric(r.leak(), "leak-rate")
	b.ReportMetric(r.loss(), "loss-rate")
}

// BenchmarkCorpusReadability is BenchmarkCorpus for the bare readability
// library, for comparison in the same run.
func BenchmarkCorpusReadability(b *testing.B) {
	pages := loadCorpus(b)
	datas := make([][]byte, len(pages))
	urls := make([]*url.URL, len(pages))
	var r rates
	for i, p := range pages {
		text, err := bareReadability(b, p)
		r.add(p.spec, text, err)
		if datas[i], err = os.ReadFile(p.html); err != nil {
			b.Fatal(err)
		}
		if urls[i], err = url.Parse(p.spec.url); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for i, p := range pages {
			if _, err := readabilityText(bytes.NewReader(datas[i]), urls[i], p.spec.contentType); err != nil {
				continue
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
	b.ReportMetric(r.leak(), "leak-rate")
	b.ReportMetric(r.loss(), "loss-rate")
}
