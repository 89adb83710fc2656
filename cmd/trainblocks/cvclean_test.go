package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-news/pith/internal/machinery/blockmodel"
)

func TestWithoutFold(t *testing.T) {
	fold := map[string]int{"harbour.example": 0, "valley.example": 1}
	examples := []blockmodel.Example{
		{Block: blockmodel.Block{Text: "a"}, Group: "harbour.example"},
		{Block: blockmodel.Block{Text: "b"}, Group: "valley.example"},
		{Block: blockmodel.Block{Text: "c"}, Group: "written:en"},
		{Block: blockmodel.Block{Text: "d"}, Group: "pages/ferry.html"},
	}
	for _, tc := range []struct {
		k    int
		want string
	}{
		{0, "bcd"},
		{1, "acd"},
	} {
		got := ""
		for _, e := range withoutFold(examples, fold, tc.k) {
			got += e.Text
		}
		if got != tc.want {
			t.Errorf("fold %d: trained on %q, want %q", tc.k, got, tc.want)
		}
	}
}

// TestCVClean cleans a small development set of the project's pages and
// checks that each article gets its output, a non-article none, and that
// the built-in model is back in place afterwards.
func TestCVClean(t *testing.T) {
	bench := t.TempDir()
	if err := os.Mkdir(filepath.Join(bench, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	pages := map[string]struct{ file, url, kind string }{
		"0001": {"affiliate-de-akku.html", "https://akku.example/ratgeber/akku-pflege", "article"},
		"0002": {"newspaper-ferry-prompts.html", "https://ferry.example/news/ferry-prompts", "article"},
		"0003": {"affiliate-es-bombillas.html", "https://shop.example/", "listing"},
	}
	gt := map[string]map[string]string{}
	for id, p := range pages {
		html, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", p.file))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(html)
		zw.Close()
		if err := os.WriteFile(filepath.Join(bench, "html", id+".html.gz"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		gt[id] = map[string]string{"url": p.url, "page_type": p.kind}
	}
	raw, _ := json.Marshal(gt)
	if err := os.WriteFile(filepath.Join(bench, "ground-truth.json"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	examples := []blockmodel.Example{
		{Block: blockmodel.Block{Text: "Sign up for our newsletter and never miss a story.", Lang: "en"}, Boilerplate: true, Kind: "newsletter", Group: "written:en"},
		{Block: blockmodel.Block{Text: "The ferry left the harbour at dawn with forty passengers aboard.", Lang: "en"}, Group: "written:en"},
		{Block: blockmodel.Block{Text: "Follow us on social media for more.", Lang: "en"}, Boilerplate: true, Kind: "share", Group: "akku.example"},
	}
	builtIn, _ := blockmodel.Default()
	out := filepath.Join(t.TempDir(), "pred")
	if err := cvClean(examples, bench, out, 2); err != nil {
		t.Fatal(err)
	}
	for id, p := range pages {
		raw, err := os.ReadFile(filepath.Join(out, id+".json"))
		if p.kind != "article" {
			if err == nil {
				t.Errorf("%s (%s): an output was written", id, p.kind)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		var a struct{ Text string }
		if err := json.Unmarshal(raw, &a); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if len(a.Text) < 200 {
			t.Errorf("%s: text of %d bytes, want the article", id, len(a.Text))
		}
	}
	if m, _ := blockmodel.Default(); m != builtIn {
		t.Error("the built-in model was not put back")
	}
}
