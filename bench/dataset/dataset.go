// Package dataset loads the benchmark sets: a ground-truth.json and one
// gzipped page per id under html/.
package dataset

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Truth is one page of a ground-truth.json. AEB has url and articleBody;
// WCXB adds page_type, title, with and without.
type Truth struct {
	URL         string   `json:"url"`
	PageType    string   `json:"page_type"`
	Title       string   `json:"title"`
	ArticleBody any      `json:"articleBody"`
	Text        any      `json:"text"`
	With        []string `json:"with"`
	Without     []string `json:"without"`
}

// Body returns the articleBody when it is a string.
func (t Truth) Body() (string, bool) {
	s, ok := t.ArticleBody.(string)
	return s, ok
}

// AEBText is aeb_eval.py's _text_of: articleBody, else text, else "".
func (t Truth) AEBText() string {
	if s, ok := t.ArticleBody.(string); ok {
		return s
	}
	if s, ok := t.Text.(string); ok {
		return s
	}
	return ""
}

// IsArticle reports whether the page is an article: every AEB page, and the
// WCXB pages of page_type "article".
func (t Truth) IsArticle() bool {
	return t.PageType == "" || t.PageType == "article"
}

// Set is one benchmark set.
type Set struct {
	// Name is the directory's base name, such as "aeb" or "wcxb-dev".
	Name string
	Dir  string
	// IDs are the pages to run, sorted.
	IDs   []string
	Truth map[string]Truth
}

// Load reads dir/ground-truth.json. With sample > 0 it keeps that many ids,
// evenly spaced over the sorted ids, so a quick run sees a bit of
// everything.
func Load(dir string, sample int) (*Set, error) {
	path := filepath.Join(dir, "ground-truth.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load set: %w", err)
	}
	var truth map[string]Truth
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("load set: parse %s: %w", path, err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if sample > 0 && sample < len(ids) {
		picked := make([]string, sample)
		for i := range picked {
			picked[i] = ids[i*len(ids)/sample]
		}
		ids = picked
	}
	return &Set{Name: filepath.Base(filepath.Clean(dir)), Dir: dir, IDs: ids, Truth: truth}, nil
}

// ReadPage returns the decompressed HTML of page id.
func (s *Set) ReadPage(id string) ([]byte, error) {
	path := filepath.Join(s.Dir, "html", id+".html.gz")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read page %s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read page %s: %w", path, err)
	}
	return b, nil
}
