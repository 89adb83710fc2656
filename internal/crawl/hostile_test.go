package crawl_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
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
	page := get(t, victim.ArticleURL(0))
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

// TestDeepArticleStored crawls an article nested 600 elements deep, past
// the HTML parser's limit of 512: it is stored, where it used to be
// skipped silently as "not HTML".
func TestDeepArticleStored(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 1})
	defer site.Close()
	page := get(t, site.ArticleURL(0))
	deep := bytes.Replace(page, []byte("<body>"), []byte("<body>"+strings.Repeat("<div>", 600)), 1)
	if bytes.Equal(deep, page) {
		t.Fatal("no <body> in the article page")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(deep)
	}))
	defer srv.Close()
	out := t.TempDir()
	cfg := config(site, out)
	u, _ := url.Parse(site.ArticleURL(0))
	cfg.Seeds = []string{srv.URL + u.Path}
	cfg.Scraper.IgnoreRobots = true
	cfg.Scraper.MaxPages = 1
	st := run(t, cfg)
	if st.Created != 1 {
		t.Errorf("created %d articles from the deep page, want 1 (stats %v)", st.Created, st)
	}
}

// get returns the body of the page at u.
func get(t *testing.T, u string) []byte {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return page
}
