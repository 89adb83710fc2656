package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	bench := flag.String("bench", "../shared/bench/wcxb-dev", "the WCXB development set")
	testdata := flag.String("testdata", "testdata", "the repository's testdata")
	out := flag.String("out", "internal/machinery/blockmodel/model.bin", "where to write the model (and, beside it, the .sum of its training data)")
	folds := flag.Int("folds", 5, "cross-validation folds, split by site; 0 skips cross-validation")
	flag.Parse()
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
	bp := 0
	for _, e := range examples {
		if e.Boilerplate {
			bp++
		}
	}
	fmt.Printf("examples: %d (%d boilerplate, %d article)\n", len(examples), bp, len(examples)-bp)
	if folds > 1 {
		crossValidate(examples, folds)
	}
	m := train(examples)
	f, err := os.Create(out)
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
	st, _ := os.Stat(out)
	fmt.Printf("model: %s, %d bytes\n", out, st.Size())
	sum := sumPath(out)
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
