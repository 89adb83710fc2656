package score

import (
	"html"
	"math"
	"slices"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Page is one ground-truth page as bow_eval.py reads it.
type Page struct {
	// ArticleBody is the true text; HasBody is false when the ground truth
	// has no string articleBody.
	ArticleBody string
	HasBody     bool
	With        []string
	Without     []string
}

// BOWResult is what bow_eval.py prints on its last line.
type BOWResult struct {
	F1, P, R float64
	// With and Without are percentages; NaN when no page has snippets.
	With, Without float64
	// N counts the ground-truth pages; Scored those with an articleBody;
	// Empty those whose prediction is blank.
	N, Scored, Empty int
}

// tokens is bow_eval.py's tokens with its defaults: lower-cased, split on
// whitespace.
func tokens(s string) []string {
	return split(Lower(s))
}

// bowPage is bow_eval.py's page_prf for 1-grams; ok is false where the
// Python returns None for precision (an empty prediction).
func bowPage(trueText, predText string) (prec float64, precOK bool, rec float64) {
	t, p := map[string]int{}, map[string]int{}
	nt, np := 0, 0
	for _, w := range tokens(trueText) {
		t[w]++
		nt++
	}
	for _, w := range tokens(predText) {
		p[w]++
		np++
	}
	tp, _, _ := intersect(t, p)
	if np > 0 {
		prec, precOK = float64(tp)/float64(np), true
	}
	if nt > 0 {
		rec = float64(tp) / float64(nt)
	}
	return prec, precOK, rec
}

var folder = cases.Fold()

// SnipNorm is bow_eval.py's snip_norm: HTML-unescape, NFKC, casefold, then
// the \w runs joined by single spaces.
func SnipNorm(s string) string {
	s = folder.String(norm.NFKC.String(html.UnescapeString(s)))
	return strings.Join(Words(s), " ")
}

// PageScore is one page's bag-of-words scores.
type PageScore struct {
	// Scored is true when the page has a non-blank articleBody; P is then
	// defined when HasP (the prediction has a token), R always.
	Scored, HasP bool
	P, R         float64
	// With and Without are 1 when the page passes, 0 when it fails, and
	// -1 when it has no such snippet.
	With, Without int
}

// BOWPage scores one page as bow_eval.py's loop body does.
func BOWPage(g Page, text string) PageScore {
	ps := PageScore{With: -1, Without: -1}
	if g.HasBody && strip(g.ArticleBody) != "" {
		ps.Scored = true
		ps.P, ps.HasP, ps.R = bowPage(g.ArticleBody, text)
	}
	nt := SnipNorm(text)
	if w := nonEmptySnippets(g.With); len(w) > 0 {
		ps.With = 1
		for _, s := range w {
			if !strings.Contains(nt, s) {
				ps.With = 0
			}
		}
	}
	if wo := nonEmptySnippets(g.Without); len(wo) > 0 {
		ps.Without = 1
		for _, s := range wo {
			if strings.Contains(nt, s) {
				ps.Without = 0
			}
		}
	}
	return ps
}

// BOW scores predictions against truth as bow_eval.py does with its default
// options. A missing prediction counts as empty.
func BOW(truth map[string]Page, pred map[string]string) BOWResult {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var precs, recs []float64
	var withOK, withN, woOK, woN int
	res := BOWResult{N: len(ids)}
	for _, id := range ids {
		text := pred[id]
		if strip(text) == "" {
			res.Empty++
		}
		ps := BOWPage(truth[id], text)
		if ps.Scored {
			if ps.HasP {
				precs = append(precs, ps.P)
			}
			recs = append(recs, ps.R)
			res.Scored++
		}
		if ps.With >= 0 {
			withN++
			withOK += ps.With
		}
		if ps.Without >= 0 {
			woN++
			woOK += ps.Without
		}
	}
	res.P, res.R = pyMean(precs, math.NaN()), pyMean(recs, math.NaN())
	switch {
	case res.Scored == 0:
		res.F1 = math.NaN()
	case res.P+res.R > 0:
		res.F1 = 2 * res.P * res.R / (res.P + res.R)
	}
	res.With, res.Without = percent(withOK, withN), percent(woOK, woN)
	return res
}

// nonEmptySnippets returns the normalised snippets that keep some word.
func nonEmptySnippets(ss []string) []string {
	var out []string
	for _, s := range ss {
		if n := SnipNorm(s); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func percent(ok, n int) float64 {
	if n == 0 {
		return math.NaN()
	}
	return 100 * float64(ok) / float64(n)
}
