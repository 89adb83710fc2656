package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/pith-news/pith/internal/machinery/blockmodel"
)

func main() {
	bench := flag.String("bench", "../shared/bench/wcxb-dev", "the WCXB development set")
	testdata := flag.String("testdata", "testdata", "the repository's testdata")
	out := flag.String("out", "internal/machinery/blockmodel/model.bin", "where to write the model (and, beside it, the .sum of its training data)")
	folds := flag.Int("folds", 5, "cross-validation folds, split by site; 0 skips cross-validation")
	cvDir := flag.String("cv-clean", "", "clean each WCXB development article with a model trained without its site's fold, write the JSON outputs to this directory for bow_eval.py, and stop (writes no model)")
	flag.Parse()
	if *cvDir != "" {
		examples, err := loadAll(*bench, *testdata)
		if err == nil {
			err = cvClean(examples, *bench, *cvDir, max(*folds, 2))
		}
		if err != nil {
			slog.Error("trainblocks", "err", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*bench, *testdata, *out, *folds); err != nil {
		slog.Error("trainblocks", "err", err)
		os.Exit(1)
	}
}

func run(bench, testdata, out string, folds int) error {
	examples, err := loadAll(bench, testdata)
	if err != nil {
		return err
	}
	bp := boilerplate(examples)
	fmt.Printf("examples: %d (%d boilerplate, %d article)\n", len(examples), bp, len(examples)-bp)
	if folds > 1 {
		crossValidate(examples, folds)
	}
	if err := writeModel(train(examples), examples, out); err != nil {
		return err
	}
	labels, err := labelExamples(examples, testdata)
	if err != nil {
		return err
	}
	bp = boilerplate(labels)
	fmt.Printf("labels: %d (%d of cross-links, %d of the story)\n", len(labels), bp, len(labels)-bp)
	if folds > 1 {
		crossValidateLabels(labels, folds)
	}
	return writeModel(train(labels), labels, labelsPath(out))
}

// boilerplate counts the examples labelled boilerplate.
func boilerplate(examples []blockmodel.Example) int {
	n := 0
	for _, e := range examples {
		if e.Boilerplate {
			n++
		}
	}
	return n
}

// labelsPath is where the label model goes, beside the block model.
func labelsPath(model string) string {
	return filepath.Join(filepath.Dir(model), "labels.bin")
}

// writeModel writes m to path, and beside it the .sum of its training
// data.
func writeModel(m *blockmodel.Model, examples []blockmodel.Example, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	st, _ := os.Stat(path)
	fmt.Printf("model: %s, %d bytes\n", path, st.Size())
	sum := sumPath(path)
	if err := os.WriteFile(sum, []byte(dataSum(examples)+"\n"), 0o644); err != nil {
		return fmt.Errorf("write data sum: %w", err)
	}
	fmt.Printf("data sum: %s\n", sum)
	return nil
}

// sumPath is where the sum of a model's training data is kept: beside the
// model, with the extension .sum.
func sumPath(model string) string {
	return strings.TrimSuffix(model, filepath.Ext(model)) + ".sum"
}
