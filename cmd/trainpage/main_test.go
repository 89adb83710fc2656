package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// synthetic makes pages of two features: the first says article, the
// second says not; sites hold five pages each.
func synthetic() []*page {
	var pages []*page
	for i := 0; i < 400; i++ {
		art := i%4 != 0
		a, b := float64(i%7)/7, float64(i%5)/5
		if art {
			a += 1
		} else {
			b += 1
		}
		pages = append(pages, &page{
			id: fmt.Sprint(i), host: fmt.Sprintf("site%d.example", i/5), article: art,
			scored: i%50 != 1, names: []string{"a", "b"}, x: []float64{a, b},
		})
	}
	return pages
}

func TestFit(t *testing.T) {
	tr := trainer{pages: synthetic(), lambda: 1, target: 0.99, folds: 5, repeats: 2}
	idx := make([]int, len(tr.pages))
	for i := range idx {
		idx[i] = i
	}
	m := tr.fit(idx)
	if m.Weights[0] <= 0 || m.Weights[1] >= 0 {
		t.Errorf("weights %v: want the first positive, the second negative", m.Weights)
	}
	m.Threshold = tr.threshold(idx, 0)
	// The rules already lose more than 1% of the articles (the unscored
	// ones), so the threshold is the lowest cross-validated score: the
	// model should lose next to none of the scored articles.
	kept, scored := 0, 0
	for _, p := range tr.pages {
		if p.article && p.scored {
			scored++
			if m.score(p.x) >= m.Threshold {
				kept++
			}
		}
	}
	if kept < scored-2 {
		t.Errorf("threshold %.2f keeps %d/%d scored articles", m.Threshold, kept, scored)
	}
	k, r, nArt, nNeg := tr.nestedCV()
	if nArt+nNeg != len(tr.pages) || k < 0.95*float64(nArt) || r < 0.9*float64(nNeg) {
		t.Errorf("nested CV: kept %.1f/%d, refused %.1f/%d", k, nArt, r, nNeg)
	}
}

func TestFoldKeepsSitesTogether(t *testing.T) {
	tr := trainer{pages: synthetic(), folds: 5}
	idx := make([]int, len(tr.pages))
	for i := range idx {
		idx[i] = i
	}
	for f := 0; f < 5; f++ {
		train, test := tr.split(idx, 3, f)
		hosts := map[string]bool{}
		for _, i := range train {
			hosts[tr.pages[i].host] = true
		}
		for _, i := range test {
			if hosts[tr.pages[i].host] {
				t.Fatalf("fold %d: site %s in both training and test pages", f, tr.pages[i].host)
			}
		}
	}
}

func TestWriteModel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "model.go")
	m := model{Bias: -1.5, Weights: []float64{0.25, -2}, Neutral: []float64{0.5, 0.125}, Threshold: math.Log(0.1)}
	if err := writeModel(path, m, []string{"a", "b"}, "Fitted on nothing."); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"DO NOT EDIT", "Bias: -1.5000", "0.2500,  // a", "-2.0000, // b", "0.1250, // b", "Threshold: -2.3026"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("model file lacks %q:\n%s", want, src)
		}
	}
}
