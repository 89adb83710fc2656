package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
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
	lambda := flag.Float64("lambda", 10, "L2 penalty on the standardised weights (10: the best nested cross-validation of 0.3, 1, 3, 10, 30, 100 and 300 that still returns 99.1 % of articles)")
	folds := flag.Int("folds", 5, "cross-validation folds")
	repeats := flag.Int("repeats", 10, "cross-validation repeats, each with another split of the sites")
	verbose := flag.Bool("v", false, "list the pages the model gets wrong")
	only := flag.String("only", "", "comma-separated features to fit on, for trying subsets (-n only)")
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
	if *only != "" {
		keepFeatures(pages, strings.Split(*only, ","))
	}
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

// keepFeatures drops every feature of pages not in names.
func keepFeatures(pages []*page, names []string) {
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	for _, p := range pages {
		var ns []string
		var xs []float64
		for i, n := range p.names {
			if want[n] {
				ns = append(ns, n)
				xs = append(xs, p.x[i])
			}
		}
		p.names, p.x = ns, xs
	}
}

func featureNames(pages []*page) []string {
	for _, p := range pages {
		if p.names != nil {
			return p.names
		}
	}
	return nil
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
