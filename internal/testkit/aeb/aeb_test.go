package aeb

import (
	"errors"
	"os"
	"testing"
)

func TestLoad(t *testing.T) {
	pages, err := Load(Dir(3))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("benchmark not beside the checkout: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 181 {
		t.Errorf("got %d pages, want 181", len(pages))
	}
	for _, p := range pages {
		if len(p.HTML) == 0 || p.URL.Host == "" || p.Body == "" {
			t.Errorf("page %s: empty HTML, URL or body", p.ID)
		}
	}
}

func TestLoadMissing(t *testing.T) {
	if _, err := Load(t.TempDir()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(empty dir) error = %v, want os.ErrNotExist", err)
	}
}
