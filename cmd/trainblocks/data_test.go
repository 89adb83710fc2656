package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelIsCurrent fails when the committed block model was trained on
// other data than the repository gives now: a rule, a cleaner step or a
// written block changed, and the model was not retrained.
func TestModelIsCurrent(t *testing.T) {
	bench := filepath.Join("..", "..", "..", "shared", "bench", "wcxb-dev")
	if _, err := os.Stat(bench); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the development set is missing: %v", err)
		}
		t.Skipf("no %s: the training data cannot be read", bench)
	}
	want, err := os.ReadFile(sumPath(filepath.Join("..", "..", "internal", "machinery", "blockmodel", "model.bin")))
	if err != nil {
		t.Fatal(err)
	}
	examples, err := loadAll(bench, filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	if got := dataSum(examples); got != strings.TrimSpace(string(want)) {
		t.Fatalf("the block model's training data changed (%s, the model was trained on %s): retrain with go run ./cmd/trainblocks and commit model.bin and model.sum",
			got, strings.TrimSpace(string(want)))
	}
	labels, err := labelExamples(examples, filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	want, err = os.ReadFile(sumPath(labelsPath(filepath.Join("..", "..", "internal", "machinery", "blockmodel", "model.bin"))))
	if err != nil {
		t.Fatal(err)
	}
	if got := dataSum(labels); got != strings.TrimSpace(string(want)) {
		t.Fatalf("the label model's training data changed (%s, the model was trained on %s): retrain with go run ./cmd/trainblocks and commit labels.bin and labels.sum",
			got, strings.TrimSpace(string(want)))
	}
}
