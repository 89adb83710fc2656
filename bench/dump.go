package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/pith-news/pith/bench/dataset"
	"github.com/pith-news/pith/bench/score"
)

// dump writes, under dir, the inputs of the Python scorers and the Go
// scores to compare with theirs:
//
//	<set>.truth.json          the ground truth of the pages scored
//	<tool>/<set>/<id>.json    {"articleBody": text}, one per page scored
//	<tool>/<set>.pages.tsv    the Go scorer's per-page scores
//	go-scores.tsv             tool, set, and the Python scorer's last line
func dump(dir string, sets []*dataset.Set, runs []*toolRun, rep *report) error {
	for _, s := range sets {
		truth := map[string]dataset.Truth{}
		for _, id := range s.IDs {
			if t := s.Truth[id]; t.IsArticle() {
				truth[id] = t
			}
		}
		if err := writeJSON(filepath.Join(dir, s.Name+".truth.json"), truth); err != nil {
			return err
		}
		for _, r := range runs {
			for id := range truth {
				rec := r.records[s.Name][id]
				path := filepath.Join(dir, r.tool.Name, s.Name, id+".json")
				if err := writeJSON(path, map[string]string{"articleBody": rec.Text}); err != nil {
					return err
				}
			}
			path := filepath.Join(dir, r.tool.Name, s.Name+".pages.tsv")
			if err := writePages(path, s, truth, r.records[s.Name]); err != nil {
				return err
			}
		}
	}
	f, err := os.Create(filepath.Join(dir, "go-scores.tsv"))
	if err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	for _, s := range rep.sets {
		for i, row := range s.rows {
			line := fmt.Sprintf("F1 %.3f P %.3f R %.3f N %d", row.aeb.F1, row.aeb.P, row.aeb.R, row.aeb.N)
			if s.bow {
				line = fmt.Sprintf("F1 %.3f P %.3f R %.3f WITH %.1f WITHOUT %.1f N %d",
					row.bow.F1, row.bow.P, row.bow.R, row.bow.With, row.bow.Without, row.bow.N)
			}
			fmt.Fprintf(f, "%s\t%s\t%s\n", runs[i].tool.Name, s.name, line)
		}
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	return nil
}

// writePages writes the Go scorer's per-page scores, floats in full:
// id, precision, recall for AEB; id, precision (None when undefined),
// recall, with and without (1 pass, 0 fail, -1 none) for a set with page
// types.
func writePages(path string, s *dataset.Set, truth map[string]dataset.Truth, recs map[string]record) error {
	var b strings.Builder
	ids := slices.Sorted(maps.Keys(truth))
	bow := hasPageTypes(s)
	for _, id := range ids {
		t, text := truth[id], recs[id].Text
		if !bow {
			p, r := score.AEBPage(t.AEBText(), text)
			fmt.Fprintf(&b, "%s\t%s\t%s\n", id, full(p), full(r))
			continue
		}
		body, ok := t.Body()
		ps := score.BOWPage(score.Page{ArticleBody: body, HasBody: ok, With: t.With, Without: t.Without}, text)
		p, r := "None", "None"
		if ps.HasP {
			p = full(ps.P)
		}
		if ps.Scored {
			r = full(ps.R)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%d\n", id, p, r, ps.With, ps.Without)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	return nil
}

func full(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

func writeJSON(path string, v any) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("dump %s: %w", path, err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	return nil
}
