package score

import (
	"slices"
	"strings"
)

// shingleSize is aeb_eval.py's SHINGLE.
const shingleSize = 4

// AEBResult is what aeb_eval.py prints on its last line, plus accuracy.
type AEBResult struct {
	P, R, F1 float64
	// Accuracy is the share of pages whose word sequences are identical.
	Accuracy float64
	// N is the number of ground-truth pages scored; Empty counts those
	// whose prediction has no shingle.
	N, Empty int
}

// pageCounts is one page's normalised (matched, extra, missed).
type pageCounts struct{ m, e, x float64 }

// shingleBag is aeb_eval.py's shingle_bag: a multiset of word 4-grams, or
// one shingle of all the words when there are 1..3. Shingle words are
// joined by NUL, which no \w run contains.
func shingleBag(tokens []string) map[string]int {
	bag := map[string]int{}
	if len(tokens) == 0 {
		return bag
	}
	if len(tokens) < shingleSize {
		bag[strings.Join(tokens, "\x00")]++
		return bag
	}
	for i := 0; i+shingleSize <= len(tokens); i++ {
		bag[strings.Join(tokens[i:i+shingleSize], "\x00")]++
	}
	return bag
}

// intersect returns the sizes of t∩p, p−t and t−p of two multisets.
func intersect(t, p map[string]int) (common, onlyP, onlyT int) {
	for k, nt := range t {
		np := p[k]
		common += min(nt, np)
		if nt > np {
			onlyT += nt - np
		}
	}
	for k, np := range p {
		if nt := t[k]; np > nt {
			onlyP += np - nt
		}
	}
	return common, onlyP, onlyT
}

// aebPage is aeb_eval.py's page_counts.
func aebPage(trueText, predText string) pageCounts {
	matched, extra, missed := intersect(shingleBag(Words(trueText)), shingleBag(Words(predText)))
	total := matched + extra + missed
	if total == 0 {
		return pageCounts{}
	}
	return pageCounts{
		m: float64(matched) / float64(total),
		e: float64(extra) / float64(total),
		x: float64(missed) / float64(total),
	}
}

func (c pageCounts) precision() float64 {
	if c.e == 0 && c.x == 0 {
		return 1
	}
	if c.m+c.e != 0 {
		return c.m / (c.m + c.e)
	}
	return 0
}

func (c pageCounts) recall() float64 {
	if c.e == 0 && c.x == 0 {
		return 1
	}
	if c.m+c.x != 0 {
		return c.m / (c.m + c.x)
	}
	return 0
}

// AEBPage returns one page's precision and recall as aeb_eval.py's
// --per-page output has them.
func AEBPage(trueText, predText string) (p, r float64) {
	c := aebPage(trueText, predText)
	return c.precision(), c.recall()
}

// AEB scores predictions against truth as aeb_eval.py does: every id of
// truth is scored, a missing prediction counts as empty, and ids only in
// pred are ignored.
func AEB(truth, pred map[string]string) AEBResult {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var ps, rs []float64
	var res AEBResult
	exact := 0
	for _, id := range ids {
		c := aebPage(truth[id], pred[id])
		if c.m+c.e > 0 {
			ps = append(ps, c.precision())
		} else {
			res.Empty++
		}
		if c.m+c.x > 0 {
			rs = append(rs, c.recall())
		}
		if slices.Equal(Words(truth[id]), Words(pred[id])) {
			exact++
		}
	}
	res.N = len(ids)
	res.P = pyMean(ps, 0)
	res.R = pyMean(rs, 0)
	if res.P+res.R != 0 {
		res.F1 = 2 * res.P * res.R / (res.P + res.R)
	}
	if res.N > 0 {
		res.Accuracy = float64(exact) / float64(res.N)
	}
	return res
}

// pyMean is sum(xs)/len(xs) with Python 3.11's left-to-right float sum, or
// empty when xs is empty.
func pyMean(xs []float64, empty float64) float64 {
	if len(xs) == 0 {
		return empty
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
