package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/machinery/blockmodel"
)

// cvClean cleans each WCXB development article with a block model that
// never saw its site: for each fold of sites, it trains on the examples of
// the other folds, builds the model in (stored and read back, so that its
// weights are quantised as the embedded model's are) and cleans the
// fold's pages. It writes one JSON file a page to dir, as
// ../shared/tools/wcxb_run.sh does, so that bow_eval.py scores them: the
// page-level figures of a model whose training data did not hold the page,
// which is what a held-out page meets.
func cvClean(examples []blockmodel.Example, bench, dir string, folds int) error {
	raw, err := os.ReadFile(filepath.Join(bench, "ground-truth.json"))
	if err != nil {
		return fmt.Errorf("cv-clean: %w", err)
	}
	var gt map[string]struct {
		URL      string `json:"url"`
		PageType string `json:"page_type"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return fmt.Errorf("cv-clean: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cv-clean: %w", err)
	}
	// Only the WCXB sites are held out: the written blocks and the
	// project's pages stay in every fold's training data, as they are in
	// the built-in model's, so that the figures measure unseen sites and
	// not a model short of a language's written examples.
	fold := map[string]int{}
	for _, page := range gt {
		if u, err := url.Parse(page.URL); err == nil && page.PageType == "article" {
			fold[siteOf(u)] = foldOf(siteOf(u), folds)
		}
	}
	builtIn := blockmodel.Default
	defer func() { blockmodel.Default = builtIn }()
	for k := range folds {
		tr := withoutFold(examples, fold, k)
		var buf bytes.Buffer
		if err := train(tr).Write(&buf); err != nil {
			return fmt.Errorf("cv-clean: fold %d: %w", k, err)
		}
		m, err := blockmodel.Read(&buf)
		if err != nil {
			return fmt.Errorf("cv-clean: fold %d: %w", k, err)
		}
		blockmodel.Default = func() (*blockmodel.Model, error) { return m, nil }
		n := 0
		for _, id := range sortedKeys(gt) {
			page := gt[id]
			if page.PageType != "article" {
				continue
			}
			u, err := url.Parse(page.URL)
			if err != nil || fold[siteOf(u)] != k {
				continue
			}
			body, err := gunzip(filepath.Join(bench, "html", id+".html.gz"))
			if err != nil {
				return err
			}
			out := []byte(`{"text": ""}`)
			a, err := cleaner.Clean(bytes.NewReader(body), u, cleaner.Options{})
			switch {
			case err == nil:
				if out, err = json.Marshal(a); err != nil {
					return fmt.Errorf("cv-clean: %s: %w", id, err)
				}
			case !errors.Is(err, cleaner.ErrNoArticle):
				fmt.Fprintf(os.Stderr, "cv-clean: %s: %v\n", id, err)
			}
			if err := os.WriteFile(filepath.Join(dir, id+".json"), out, 0o644); err != nil {
				return fmt.Errorf("cv-clean: %w", err)
			}
			n++
		}
		fmt.Printf("fold %d: trained on %d examples, cleaned %d pages\n", k, len(tr), n)
	}
	return nil
}

// withoutFold returns the examples but those of the sites fold puts in
// fold k: examples of other groups (written blocks, the project's pages)
// are always kept.
func withoutFold(examples []blockmodel.Example, fold map[string]int, k int) []blockmodel.Example {
	var out []blockmodel.Example
	for _, e := range examples {
		if f, ok := fold[e.Group]; !ok || f != k {
			out = append(out, e)
		}
	}
	return out
}
