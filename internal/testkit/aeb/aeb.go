package aeb

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
)

// Page is one benchmark page.
type Page struct {
	ID   string
	URL  *url.URL
	HTML []byte
	// Body is the ground truth: the article's text.
	Body string
}

// Dir returns where the benchmark is: $PITH_AEB, or shared/bench/aeb beside
// the checkout, given the package directory's depth below the module root.
func Dir(depth int) string {
	if d := os.Getenv("PITH_AEB"); d != "" {
		return d
	}
	up := ".."
	for i := 0; i < depth; i++ {
		up = filepath.Join(up, "..")
	}
	return filepath.Join(up, "shared", "bench", "aeb")
}

// Load reads every page of the benchmark in dir, in ID order. An error
// wrapping os.ErrNotExist means the benchmark is not there.
func Load(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("aeb: %w", err)
	}
	var truth map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("aeb: ground truth: %w", err)
	}
	var pages []Page
	for id, t := range truth {
		body, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		u, err := url.Parse(t.URL)
		if err != nil {
			return nil, fmt.Errorf("aeb: page %s: %w", id, err)
		}
		pages = append(pages, Page{ID: id, URL: u, HTML: body, Body: t.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("aeb: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("aeb: %s: %w", path, err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("aeb: %s: %w", path, err)
	}
	return body, nil
}
