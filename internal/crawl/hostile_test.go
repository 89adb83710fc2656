package crawl_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/store"
)

// TestCanonicalOnAnotherHost crawls an attacker's page that copies the
// victim's article, with its rel=canonical and og:url naming the victim:
// the article is stored under the attacker's own URL, and the victim's
// file is neither written nor faked.
func TestCanonicalOnAnotherHost(t *testing.T) {
	victim := sitetest.New(sitetest.Options{Articles: 1})
	defer victim.Close()
	resp, err := http.Get(victim.ArticleURL(0))
	if err != nil {
		t.Fatal(err)
	}
	page, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	attacker := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer attacker.Close()

	out := t.TempDir()
	cfg := config(victim, out)
	cfg.Seeds = []string{attacker.URL + "/story"}
	cfg.Scraper.IgnoreRobots = true
	cfg.Scraper.MaxDepth = 0
	cfg.Scraper.MaxPages = 1
	st := run(t, cfg)
	if st.Created != 1 {
		t.Fatalf("created %d articles, want 1 (stats %v)", st.Created, st)
	}
	if _, err := os.Stat(filepath.Join(out, store.Path(victim.ArticleURL(0)))); err == nil {
		t.Errorf("the victim's article file was written by the attacker's page")
	}
	a, err := store.Get(t.Context(), out, attacker.URL+"/story")
	if err != nil {
		t.Fatalf("the attacker's page is not stored under its own URL: %v", err)
	}
	if a.URL != attacker.URL+"/story" {
		t.Errorf("stored url = %s, want the page's own URL", a.URL)
	}
}
