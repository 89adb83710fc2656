package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/testkit/repeatsite"
	"github.com/pith-news/pith/store"
)

// TestSitesRecleanState crawls the repeat site, then reviews what it
// learned (pith sites), recleans with and without the learned blocks
// (pith reclean --keep repeated), and cleans one saved page with them
// (pith clean --state).
func TestSitesRecleanState(t *testing.T) {
	site := repeatsite.New(repeatsite.Options{PerLang: 30})
	defer site.Close()
	dir := filepath.Join(t.TempDir(), "articles")
	if _, errOut, err := run(t, "", "crawl", "--out", dir, "--delay", "0", "--parallel", "4", site.URL()+"/"); err != nil {
		t.Fatalf("crawl: %v\n%s", err, errOut)
	}
	n := len(site.Articles())
	plug, signOff := repeatsite.Plug("en"), repeatsite.SignOff("en")
	holding := func(text string) int {
		k := 0
		err := store.Walk(t.Context(), dir, time.Time{}, func(a *article.Article) error {
			if strings.Contains(a.Text, text) {
				k++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	if k := holding(signOff); k != 0 {
		t.Fatalf("%d articles hold the sign-off after the crawl", k)
	}

	out, _, err := run(t, "", "sites", "--json", dir)
	if err != nil {
		t.Fatal(err)
	}
	var s store.Site
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("sites --json %q: %v", out, err)
	}
	if s.Articles != n || len(s.Blocks) != 4 {
		t.Errorf("sites: %d articles, %d blocks; want %d and 4:\n%s", s.Articles, len(s.Blocks), n, out)
	}
	out, _, err = run(t, "", "sites", dir)
	if err != nil || !strings.Contains(out, signOff) || !strings.Contains(out, "end") {
		t.Errorf("sites: %v\n%s", err, out)
	}

	_, errOut, err := run(t, "", "reclean", "--keep", "repeated", dir)
	if err != nil || !strings.Contains(errOut, "articles changed") {
		t.Fatalf("reclean --keep repeated: %v\n%s", err, errOut)
	}
	if k := holding(signOff); k != n/2 {
		t.Errorf("after reclean --keep repeated, %d articles hold the sign-off, want %d", k, n/2)
	}
	_, errOut, err = run(t, "", "reclean", dir)
	if err != nil || !strings.Contains(errOut, " "+strconv.Itoa(n)+" articles changed") {
		t.Errorf("reclean: %v\n%s", err, errOut)
	}
	if k := holding(signOff) + holding(plug); k != 0 {
		t.Errorf("after reclean, %d blocks left", k)
	}

	// pith clean --state removes the blocks from a saved page of the site.
	a := site.Articles()[0]
	page, _ := site.Page(a.Path)
	file := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, state := range []bool{false, true} {
		args := []string{"clean", "--format", "text", "--url", site.URL() + a.Path, file}
		if state {
			args = append(args, "--state", dir)
		}
		out, errOut, err := run(t, "", args...)
		if err != nil {
			t.Fatalf("clean %v: %v\n%s", args, err, errOut)
		}
		if got := strings.Contains(out, plug) || strings.Contains(out, signOff); got == state {
			t.Errorf("clean --state %v: blocks in the text = %v\n%s", state, got, out)
		}
	}

	// Errors: not an out dir, no DIR.
	if _, _, err := run(t, "", "reclean", t.TempDir()); err == nil || !strings.Contains(err.Error(), "not an out dir") {
		t.Errorf("reclean of an empty dir: %v", err)
	}
	if _, _, err := run(t, "", "sites"); err == nil {
		t.Errorf("sites without DIR: no error")
	}
	if _, _, err := run(t, "", "sites", dir, "--allow", "no block has these words at all, none"); err == nil {
		t.Errorf("sites --allow of an unknown text: no error")
	}
}
