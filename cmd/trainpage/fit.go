package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"sort"
)

// The fit: a logistic regression by Newton's method, folds split by host,
// and the threshold that keeps the target share of articles.

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
