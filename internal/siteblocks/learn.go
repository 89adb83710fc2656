package siteblocks

import (
	"fmt"
	"math"
)

// Thresholds say when a block is a site's boilerplate. The zero value
// means the defaults.
type Thresholds struct {
	// MinArticles is how many articles of a site must have been seen
	// before any of its blocks is learned; 0 means 20. The store counts
	// them per language (see store.Observation.Lang).
	MinArticles int
	// MinShare is the share of the site's articles a block must be seen
	// in, at one position; 0 means 0.30.
	MinShare float64
	// MaxRelated is the mean Overlap of the signatures of the articles a
	// block was seen in, above which they are taken for one story (its
	// background paragraph, its standard quote) and the block is not
	// learned; 0 means 0.25.
	MaxRelated float64
}

// Samples is how many articles' signatures are kept per block to judge
// whether they are related.
const Samples = 8

// Defaults returns t with its zero fields set to their defaults.
func (t Thresholds) Defaults() Thresholds {
	if t.MinArticles == 0 {
		t.MinArticles = 20
	}
	if t.MinShare == 0 {
		t.MinShare = 0.30
	}
	if t.MaxRelated == 0 {
		t.MaxRelated = 0.25
	}
	return t
}

// Validate checks the thresholds.
func (t Thresholds) Validate() error {
	switch {
	case t.MinArticles < 0:
		return fmt.Errorf("siteblocks: MinArticles %d < 0", t.MinArticles)
	case t.MinShare < 0 || t.MinShare > 1 || math.IsNaN(t.MinShare):
		return fmt.Errorf("siteblocks: MinShare %v outside [0, 1]", t.MinShare)
	case t.MaxRelated < 0 || t.MaxRelated > 1 || math.IsNaN(t.MaxRelated):
		return fmt.Errorf("siteblocks: MaxRelated %v outside [0, 1]", t.MaxRelated)
	}
	return nil
}

// Counts are what a site's articles told of one block.
type Counts struct {
	// Articles is the number of the site's articles seen.
	Articles int
	// Positions counts the articles the block was seen in, per position.
	Positions map[string]int
	// Signatures are the signatures of some of those articles (at most
	// Samples).
	Signatures [][]string
}

// Decide says whether the block of c is the site's boilerplate, and at
// which position: seen in MinShare of at least MinArticles articles at
// one position, in articles whose signatures overlap by at most
// MaxRelated on average.
func (t Thresholds) Decide(c Counts) (pos string, ok bool) {
	t = t.Defaults()
	pos, ok = t.Frequent(c)
	if !ok || len(c.Signatures) < 2 || Relatedness(c.Signatures) > t.MaxRelated {
		return "", false
	}
	return pos, true
}

// Frequent says whether the block of c is seen often enough at one
// position to be judged, and at which: the first half of Decide, which
// needs no signatures.
func (t Thresholds) Frequent(c Counts) (pos string, ok bool) {
	t = t.Defaults()
	if c.Articles < t.MinArticles {
		return "", false
	}
	best, n := "", 0
	for p, k := range c.Positions {
		if k > n || k == n && rank(p) < rank(best) || k == n && rank(p) == rank(best) && p < best {
			best, n = p, k
		}
	}
	if n == 0 || float64(n) < t.MinShare*float64(c.Articles) {
		return "", false
	}
	return best, true
}

// rank orders positions for a tie: the edges first, as they hold when the
// blocks around them change.
func rank(pos string) int {
	switch pos {
	case End:
		return 0
	case Start:
		return 1
	}
	return 2
}
