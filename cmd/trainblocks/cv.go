package main

import (
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strings"

	"github.com/pith-news/pith/internal/machinery/blockmodel"
)

// seed fixes the shuffling, so the same data give the same weights.
const seed = 7

func train(examples []blockmodel.Example) *blockmodel.Model {
	return blockmodel.Train(examples, blockmodel.TrainOptions{Seed: seed})
}

// foldOf puts every example of one site in the same fold.
func foldOf(group string, folds int) int {
	h := fnv.New32a()
	h.Write([]byte(group))
	return int(h.Sum32() % uint32(folds))
}

// split returns the examples outside fold k and those in it.
func split(examples []blockmodel.Example, folds, k int) (rest, fold []blockmodel.Example) {
	for _, e := range examples {
		if foldOf(e.Group, folds) == k {
			fold = append(fold, e)
		} else {
			rest = append(rest, e)
		}
	}
	return rest, fold
}

// crossValidate trains on all folds but one and scores the one left out,
// for each fold, and prints block precision and recall at the cleaner's
// thresholds for the edges and the middle of the article.
func crossValidate(examples []blockmodel.Example, folds int) {
	type scored struct {
		p    float64
		bp   bool
		mid  bool
		text bool // a written block, with no page around it
	}
	var all []scored
	for k := range folds {
		tr, te := split(examples, folds, k)
		m := train(tr)
		for _, e := range te {
			written := strings.HasPrefix(e.Group, "written:")
			if written && e.Pos != blockmodel.PosUnknown {
				continue // the copies of a written block at a place in a page: scored once, with no place
			}
			all = append(all, scored{m.Prob(e.Block), e.Boilerplate, e.Pos == blockmodel.PosMiddle, written})
		}
	}
	fmt.Printf("cross-validated, %d folds split by site:\n", folds)
	fmt.Printf("%-10s %-9s %9s %9s %9s %9s\n", "blocks", "threshold", "precision", "recall", "removed", "articles lost")
	for _, part := range []string{"edges", "middle", "written"} {
		for _, th := range []float64{0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99} {
			var c confusion
			for _, s := range all {
				if part == "written" && s.text || part == "middle" && s.mid || part == "edges" && !s.mid && !s.text {
					c.add(s.p >= th, s.bp)
				}
			}
			tp, fp, fn := c.tp, c.fp, c.fn
			fmt.Printf("%-10s %-9.2f %9.3f %9.3f %9d %9d\n", part, th, ratio(tp, tp+fp), ratio(tp, tp+fn), tp+fp, fp)
		}
	}
}

// confusion counts a classifier's answers at one threshold.
type confusion struct{ tp, fp, fn int }

func (c *confusion) add(removed, boilerplate bool) {
	switch {
	case removed && boilerplate:
		c.tp++
	case removed:
		c.fp++
	case boilerplate:
		c.fn++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
