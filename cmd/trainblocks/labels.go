package main

import (
	"fmt"
	"path/filepath"

	"github.com/pith-news/pith/internal/machinery/blockmodel"
)

// labelExamples are the label model's training data: the label of every
// labelled line (blockmodel.LabelOf) among the blocks the block model
// learns from, with that block's answer (a cross-link's label is
// boilerplate, a step's or a question's the story's), once per block, and
// the labels written for the project in testdata/train/labels.jsonl.
func labelExamples(blocks []blockmodel.Example, testdata string) ([]blockmodel.Example, error) {
	var out []blockmodel.Example
	for _, e := range blocks {
		if isWritten(e) && e.Pos != blockmodel.PosUnknown {
			continue // a written block's copies at each place: learnt once
		}
		label, ok := blockmodel.LabelOf(e.Text)
		if !ok {
			continue
		}
		l := blockmodel.Example{Block: blockmodel.Block{Text: label, Lang: e.Lang}, Boilerplate: e.Boilerplate, Group: e.Group}
		if l.Boilerplate {
			l.Kind = "related"
		}
		out = append(out, l)
	}
	err := readJSONL(filepath.Join(testdata, "train", "labels.jsonl"), func(m map[string]string) {
		l := blockmodel.Example{Block: blockmodel.Block{Text: m["text"], Lang: m["lang"]}, Group: "labels:" + m["lang"]}
		if m["label"] == "boilerplate" {
			l.Boilerplate, l.Kind = true, "related"
		}
		out = append(out, l)
	})
	return out, err
}

func isWritten(e blockmodel.Example) bool {
	return len(e.Group) >= 8 && e.Group[:8] == "written:"
}

// crossValidateLabels prints the label model's cross-validated precision
// and recall, split by site (and by language for the written labels).
func crossValidateLabels(examples []blockmodel.Example, folds int) {
	type scored struct {
		p  float64
		bp bool
	}
	var all []scored
	for k := range folds {
		tr, te := split(examples, folds, k)
		m := train(tr)
		for _, e := range te {
			all = append(all, scored{m.Prob(e.Block), e.Boilerplate})
		}
	}
	fmt.Printf("labels cross-validated, %d folds split by site:\n", folds)
	fmt.Printf("%-9s %9s %9s %9s %9s\n", "threshold", "precision", "recall", "removed", "articles lost")
	for _, th := range []float64{0.3, 0.5, 0.7, 0.9} {
		var c confusion
		for _, s := range all {
			c.add(s.p >= th, s.bp)
		}
		tp, fp, fn := c.tp, c.fp, c.fn
		fmt.Printf("%-9.2f %9.3f %9.3f %9d %9d\n", th, ratio(tp, tp+fp), ratio(tp, tp+fn), tp+fp, fp)
	}
}
