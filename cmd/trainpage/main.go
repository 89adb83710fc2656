// Command trainpage fits the cleaner's page-kind model: the logistic model
// that tells an article page from a product, category, listing, home or
// service page (see cleaner/pagekind.go). It reads the WCXB development
// set (pages labelled article, listing, collection or service), computes
// every page's features with cleaner.Assess, and
//
//   - estimates by nested cross-validation, with folds split by site so that
//     no site is in both a training and a test fold, how many articles the
//     fitted model returns and how many non-articles it refuses;
//   - fits the model on the whole set, sets its threshold by
//     cross-validation so that the target share of articles is returned,
//     and writes the weights as Go (cleaner/pagekind_model.go).
//
// Run it from the module root:
//
//	go run ./cmd/trainpage             # fit, report, write the model
//	go run ./cmd/trainpage -n          # fit and report only
//	go run ./cmd/trainpage -eval       # count ErrNoArticle of the built-in model
//
// The benchmark lives in shared/ beside the checkout (-data, -aeb).
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"io"
	"log"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/testkit/aeb"
)

func main() {
	data := flag.String("data", "../shared/bench/wcxb-dev", "WCXB development set: ground-truth.json and html/")
	aebDir := flag.String("aeb", "../shared/bench/aeb", "article-extraction benchmark, for -eval")
	out := flag.String("o", "cleaner/pagekind_model.go", "where to write the model")
	dry := flag.Bool("n", false, "report only; do not write the model")
	eval := flag.Bool("eval", false, "count the pages the built-in model refuses, and stop")
	target := flag.Float64("target", 0.9925, "share of articles to return, pages the rules refuse included (99% and a margin: the threshold rests on a few articles)")
	lambda := flag.Float64("lambda", 3, "L2 penalty on the standardised weights")
	folds := flag.Int("folds", 5, "cross-validation folds")
	repeats := flag.Int("repeats", 10, "cross-validation repeats, each with another split of the sites")
	verbose := flag.Bool("v", false, "list the pages the model gets wrong")
	flag.Parse()
	log.SetFlags(0)

	pages, err := loadWCXB(*data)
	if err != nil {
		log.Fatal(err)
	}
	if *eval {
		evaluate(pages, *aebDir, *verbose)
		return
	}
	assess(pages)
	t := trainer{pages: pages, lambda: *lambda, target: *target, folds: *folds, repeats: *repeats}

	kept, refused, nArt, nNeg := t.nestedCV()
	fmt.Printf("nested cross-validation by site (%d folds x %d repeats, threshold set inside each training split):\n", *folds, *repeats)
	fmt.Printf("  articles returned:      %.1f/%d (%.2f%%)\n", kept, nArt, 100*kept/float64(nArt))
	fmt.Printf("  non-articles refused:   %.1f/%d (%.1f%%)\n", refused, nNeg, 100*refused/float64(nNeg))

	all := make([]int, len(pages))
	for i := range all {
		all[i] = i
	}
	m := t.fit(all)
	m.Threshold = t.threshold(all, 1000)
	fmt.Printf("model on all %d pages: threshold %.3f\n", len(pages), m.Threshold)
	for i, name := range featureNames(pages) {
		fmt.Printf("  %-14s %+.3f\n", name, m.Weights[i])
	}
	fmt.Printf("  %-14s %+.3f\n", "bias", m.Bias)
	if *verbose {
		t.listErrors(m)
	}
	if *dry {
		return
	}
	summary := fmt.Sprintf("Fitted on %d pages (%d articles, %d non-articles) of the WCXB development set\n"+
		"with -target %g -lambda %g. Nested cross-validation by site: %.1f%% of articles\n"+
		"returned, %.1f%% of non-articles refused.",
		len(pages), nArt, nNeg, *target, *lambda, 100*kept/float64(nArt), 100*refused/float64(nNeg))
	if err := writeModel(*out, m, featureNames(pages), summary); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", *out)
}

// page is one benchmark page and, once assessed, its features.
type page struct {
	id, host string
	url      *url.URL
	html     []byte
	article  bool // labelled article

	scored bool // the model decided (no rule refused the page)
	names  []string
	x      []float64
}

func loadWCXB(dir string) ([]*page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		URL      string `json:"url"`
		PageType string `json:"page_type"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, err
	}
	var pages []*page
	for id, t := range truth {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		body, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		u, err := url.Parse(t.URL)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		pages = append(pages, &page{
			id: id, url: u, html: body, article: t.PageType == "article",
			host: strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."),
		})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages, nil
}

// each runs fn on every page, two at a time.
func each(pages []*page, fn func(p *page)) {
	ch := make(chan *page)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for p := range ch {
				fn(p)
			}
		})
	}
	for _, p := range pages {
		ch <- p
	}
	close(ch)
	wg.Wait()
}

func assess(pages []*page) {
	each(pages, func(p *page) {
		as, err := cleaner.Assess(bytes.NewReader(p.html), p.url, cleaner.Options{})
		if err != nil {
			log.Printf("%s: %v", p.id, err)
			return
		}
		p.scored = as.Rule == ""
		for _, f := range as.Features {
			p.names = append(p.names, f.Name)
			p.x = append(p.x, f.Value)
		}
	})
}

func featureNames(pages []*page) []string {
	for _, p := range pages {
		if p.names != nil {
			return p.names
		}
	}
	return nil
}

type model struct {
	Bias      float64
	Weights   []float64
	Neutral   []float64 // the features' means: what stands in for an unknown one
	Threshold float64
}

func (m model) score(x []float64) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		z += w * x[i]
	}
	return z
}

type trainer struct {
	pages          []*page
	lambda, target float64
	folds, repeats int
}

// fit fits a logistic model on the scored pages among idx: L2-penalised,
// by Newton's method on standardised features, returned in raw units.
func (t *trainer) fit(idx []int) model {
	var rows []*page
	for _, i := range idx {
		if p := t.pages[i]; p.scored {
			rows = append(rows, p)
		}
	}
	d := len(rows[0].x)
	mean, sd := make([]float64, d), make([]float64, d)
	for _, p := range rows {
		for j, v := range p.x {
			mean[j] += v / float64(len(rows))
		}
	}
	for _, p := range rows {
		for j, v := range p.x {
			sd[j] += (v - mean[j]) * (v - mean[j]) / float64(len(rows))
		}
	}
	for j := range sd {
		if sd[j] = math.Sqrt(sd[j]); sd[j] == 0 {
			sd[j] = 1
		}
	}
	z := func(p *page, j int) float64 {
		if j == d {
			return 1
		}
		return (p.x[j] - mean[j]) / sd[j]
	}
	w := make([]float64, d+1) // last: bias
	for range 100 {
		g := make([]float64, d+1)
		h := make([][]float64, d+1)
		for j := range h {
			h[j] = make([]float64, d+1)
		}
		for _, p := range rows {
			s := 0.0
			for j := range w {
				s += w[j] * z(p, j)
			}
			pr := 1 / (1 + math.Exp(-s))
			y := 0.0
			if p.article {
				y = 1
			}
			for j := range w {
				g[j] += (pr - y) * z(p, j)
				for k := range w {
					h[j][k] += pr * (1 - pr) * z(p, j) * z(p, k)
				}
			}
		}
		for j := 0; j < d; j++ {
			g[j] += t.lambda * w[j]
			h[j][j] += t.lambda
		}
		step := solve(h, g)
		size := 0.0
		for j := range w {
			w[j] -= step[j]
			size = math.Max(size, math.Abs(step[j]))
		}
		if size < 1e-10 {
			break
		}
	}
	m := model{Bias: w[d], Weights: make([]float64, d), Neutral: mean}
	for j := 0; j < d; j++ {
		m.Weights[j] = w[j] / sd[j]
		m.Bias -= w[j] * mean[j] / sd[j]
	}
	return m
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		for r := 0; r < n; r++ {
			if r != c && m[c][c] != 0 {
				f := m[r][c] / m[c][c]
				for k := c; k <= n; k++ {
					m[r][k] -= f * m[c][k]
				}
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		if m[i][i] != 0 {
			x[i] = m[i][n] / m[i][i]
		}
	}
	return x
}

// fold puts every page of a site in the same fold of a split.
func fold(host string, seed, folds int) int {
	h := fnv.New32a()
	fmt.Fprintf(h, "%d/%s", seed, host)
	return int(h.Sum32() % uint32(folds))
}

// split divides idx into training and test pages for one fold.
func (t *trainer) split(idx []int, seed, f int) (train, test []int) {
	for _, i := range idx {
		if fold(t.pages[i].host, seed, t.folds) == f {
			test = append(test, i)
		} else {
			train = append(train, i)
		}
	}
	return train, test
}

// threshold sets the score below which a page is refused, from idx alone:
// it scores every article of idx by cross-validation (repeated, by site),
// and returns the score that keeps the target share of them, counting the
// articles the rules refuse as lost.
func (t *trainer) threshold(idx []int, seedBase int) float64 {
	var scores []float64
	lostToRules, articles := 0, 0
	for _, i := range idx {
		if p := t.pages[i]; p.article {
			articles++
			if !p.scored {
				lostToRules++
			}
		}
	}
	for r := 0; r < t.repeats; r++ {
		for f := 0; f < t.folds; f++ {
			train, test := t.split(idx, seedBase+r, f)
			m := t.fit(train)
			for _, i := range test {
				if p := t.pages[i]; p.article && p.scored {
					scores = append(scores, m.score(p.x))
				}
			}
		}
	}
	sort.Float64s(scores)
	allowed := int(math.Floor((1-t.target)*float64(articles)+1e-9)) - lostToRules
	if allowed < 0 {
		allowed = 0
	}
	// Refuse below the score of the first article kept: allowed articles
	// of each repeat fall under it.
	return scores[min(allowed*t.repeats, len(scores)-1)]
}

// nestedCV estimates the returned articles and refused non-articles of the
// whole procedure (fit, then threshold by inner cross-validation) on sites
// it never saw, averaged over the repeats.
func (t *trainer) nestedCV() (kept, refused float64, nArt, nNeg int) {
	all := make([]int, len(t.pages))
	for i := range all {
		all[i] = i
		if t.pages[i].article {
			nArt++
		} else {
			nNeg++
		}
	}
	inner := *t
	inner.repeats = max(1, t.repeats/5)
	for r := 0; r < t.repeats; r++ {
		for f := 0; f < t.folds; f++ {
			train, test := t.split(all, r, f)
			m := inner.fit(train)
			m.Threshold = inner.threshold(train, 100+r)
			for _, i := range test {
				p := t.pages[i]
				ok := p.scored && m.score(p.x) >= m.Threshold
				switch {
				case p.article && ok:
					kept++
				case !p.article && !ok:
					refused++
				}
			}
		}
	}
	return kept / float64(t.repeats), refused / float64(t.repeats), nArt, nNeg
}

// listErrors prints the pages m gets wrong on the data it was fitted on.
func (t *trainer) listErrors(m model) {
	for _, p := range t.pages {
		s := math.Inf(-1)
		if p.scored {
			s = m.score(p.x)
		}
		if p.article != (s >= m.Threshold) {
			fmt.Printf("  %s article=%v score %.2f %s\n", p.id, p.article, s, p.url)
		}
	}
}

func writeModel(path string, m model, names []string, summary string) error {
	var b bytes.Buffer
	b.WriteString("// Code generated by go run ./cmd/trainpage; DO NOT EDIT.\n\n")
	for _, l := range strings.Split(summary, "\n") {
		b.WriteString("// " + l + "\n")
	}
	b.WriteString("\npackage cleaner\n\nvar pageKindModel = pageModel{\n")
	fmt.Fprintf(&b, "\tBias: %.4f,\n\tWeights: [numPageFeatures]float64{\n", m.Bias)
	for i, w := range m.Weights {
		fmt.Fprintf(&b, "\t\t%.4f, // %s\n", w, names[i])
	}
	b.WriteString("\t},\n\tNeutral: [numPageFeatures]float64{\n")
	for i, v := range m.Neutral {
		fmt.Fprintf(&b, "\t\t%.4f, // %s\n", v, names[i])
	}
	fmt.Fprintf(&b, "\t},\n\tThreshold: %.4f,\n}\n", m.Threshold)
	src, err := format.Source(b.Bytes())
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

// evaluate counts, per label, the pages Clean refuses with ErrNoArticle
// with the built-in model, on the development set and the
// article-extraction benchmark.
func evaluate(pages []*page, aebDir string, verbose bool) {
	type result struct{ refused, other bool }
	res := map[*page]result{}
	var mu sync.Mutex
	each(pages, func(p *page) {
		_, err := cleaner.Clean(bytes.NewReader(p.html), p.url, cleaner.Options{})
		mu.Lock()
		res[p] = result{errors.Is(err, cleaner.ErrNoArticle), err != nil && !errors.Is(err, cleaner.ErrNoArticle)}
		mu.Unlock()
	})
	var art, artRefused, neg, negRefused, other int
	for _, p := range pages {
		r := res[p]
		if r.other {
			other++
		}
		if p.article {
			art++
			if r.refused {
				artRefused++
			}
		} else {
			neg++
			if r.refused {
				negRefused++
			}
		}
		if verbose && p.article == r.refused {
			fmt.Printf("  %s article=%v refused=%v %s\n", p.id, p.article, r.refused, p.url)
		}
	}
	fmt.Printf("WCXB dev: articles returned %d/%d (%.2f%%), non-articles refused %d/%d (%.1f%%), other errors %d\n",
		art-artRefused, art, 100*float64(art-artRefused)/float64(art), negRefused, neg, 100*float64(negRefused)/float64(neg), other)
	ap, err := aeb.Load(aebDir)
	if err != nil {
		log.Printf("AEB: %v", err)
		return
	}
	lost := 0
	for _, p := range ap {
		if _, err := cleaner.Clean(bytes.NewReader(p.HTML), p.URL, cleaner.Options{}); errors.Is(err, cleaner.ErrNoArticle) {
			lost++
			if verbose {
				fmt.Printf("  AEB %s refused %s\n", p.ID, p.URL)
			}
		}
	}
	fmt.Printf("AEB: %d/%d pages refused with ErrNoArticle\n", lost, len(ap))
}
