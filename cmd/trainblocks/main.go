// Command trainblocks trains the cleaner's block classifier
// (internal/machinery/blockmodel) and writes its weights, from data in the repository
// and in ../shared:
//
//   - the WCXB development pages: a block of the extracted article that the
//     human-checked main text holds is article text; one holding a must-not
//     snippet, or sharing few words with the main text, is boilerplate;
//   - the corpus in testdata/pages: blocks holding a must phrase are article
//     text, blocks holding a mustnot phrase boilerplate;
//   - testdata/train/blocks.jsonl: blocks written for the project in many
//     languages, with their kind, and testdata/train/lookalikes.jsonl:
//     article sentences that open the way boilerplate does.
//
// It prints cross-validated precision and recall, split by site so that no
// site is in both the training and the test fold, then trains on all the
// data and writes the model. The same data give the same weights.
//
//	go run ./cmd/trainblocks [-bench ../shared/bench/wcxb-dev] [-out internal/machinery/blockmodel/model.bin]
//
// It is a development tool, not part of pith.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
)

func main() {
	bench := flag.String("bench", "../shared/bench/wcxb-dev", "the WCXB development set")
	testdata := flag.String("testdata", "testdata", "the repository's testdata")
	out := flag.String("out", "internal/machinery/blockmodel/model.bin", "where to write the model")
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
	return nil
}
