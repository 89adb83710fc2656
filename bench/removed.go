package main

import (
	"slices"
	"strings"

	"github.com/pith-news/pith/bench/dataset"
	"github.com/pith-news/pith/bench/score"
)

// minRemovedWords is the shortest removal, in words, that is checked
// against the article text: shorter ones ("Share", "Read more") match any
// text by chance.
const minRemovedWords = 4

// removedStats counts pith's removals that were article text.
type removedStats struct {
	// Checked counts the removals of at least minRemovedWords words on the
	// article pages; Hits those whose words are in the true article body
	// but not in pith's text; Pages the pages with a hit.
	Checked, Hits, Pages int
	// ByRule counts the hits by "kind/rule".
	ByRule map[string]int
}

// normWords is the text as lower-case \w runs, each followed by a space,
// with a leading space, so that a substring test matches whole words.
func normWords(ws []string) string {
	if len(ws) == 0 {
		return " "
	}
	return " " + strings.Join(ws, " ") + " "
}

// removedArticleText checks pith's removals on the set's article pages: a
// removal is article text when its words, lower-cased, appear in that order
// in the ground truth's articleBody and not in pith's text. A removal
// shortened by pith (ending in "…") loses its last, maybe cut, word first.
func removedArticleText(set *dataset.Set, recs map[string]record) removedStats {
	st := removedStats{ByRule: map[string]int{}}
	for _, id := range set.IDs {
		t := set.Truth[id]
		body, ok := t.Body()
		rec, found := recs[id]
		if !t.IsArticle() || !ok || !found || len(rec.Removed) == 0 {
			continue
		}
		truth := normWords(score.Words(score.Lower(body)))
		got := normWords(score.Words(score.Lower(rec.Text)))
		hit := false
		for _, r := range rec.Removed {
			ws := score.Words(score.Lower(r.Text))
			if strings.HasSuffix(strings.TrimSpace(r.Text), "…") && len(ws) > 0 {
				ws = ws[:len(ws)-1]
			}
			if len(ws) < minRemovedWords {
				continue
			}
			st.Checked++
			w := normWords(ws)
			if strings.Contains(truth, w) && !strings.Contains(got, w) {
				st.Hits++
				st.ByRule[r.Kind+"/"+r.Rule]++
				hit = true
			}
		}
		if hit {
			st.Pages++
		}
	}
	return st
}

// rules returns the ByRule keys, most hits first.
func (st removedStats) rules() []string {
	keys := make([]string, 0, len(st.ByRule))
	for k := range st.ByRule {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if d := st.ByRule[b] - st.ByRule[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return keys
}
