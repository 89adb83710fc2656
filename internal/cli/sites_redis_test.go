package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/testkit/redistest"
	"github.com/pith-news/pith/internal/testkit/repeatsite"
	"github.com/pith-news/pith/store"
)

// TestSitesRedis crawls the repeat site with --redis, then reviews and
// pins what the workers learned in Redis (pith sites --redis) and puts the
// pinned block back in the articles of every worker (pith reclean
// --redis).
func TestSitesRedis(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	site := repeatsite.New(repeatsite.Options{PerLang: 30})
	defer site.Close()
	dir := filepath.Join(t.TempDir(), "articles")
	if _, errOut, err := run(t, "", "crawl", "--out", dir, "--delay", "0", "--parallel", "4", "--redis", srv.URL(), site.URL()+"/"); err != nil {
		t.Fatalf("crawl: %v\n%s", err, errOut)
	}
	n := len(site.Articles())
	signOff := repeatsite.SignOff("en")
	holding := func() int {
		k := 0
		err := store.Walk(t.Context(), dir, time.Time{}, func(a *article.Article) error {
			if strings.Contains(a.Text, signOff) {
				k++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	if k := holding(); k != 0 {
		t.Fatalf("%d articles hold the sign-off after the crawl", k)
	}
	sites := func() store.Site {
		t.Helper()
		out, errOut, err := run(t, "", "sites", "--json", "--redis", srv.URL(), dir)
		if err != nil {
			t.Fatalf("sites --redis: %v\n%s", err, errOut)
		}
		var s store.Site
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("sites --json %q: %v", out, err)
		}
		return s
	}
	s := sites()
	if s.Articles != n || len(s.Blocks) != 4 || s.Dirty {
		t.Fatalf("sites --redis: %+v; want %d articles, 4 blocks, not dirty", s, n)
	}
	// Without --redis, the out dir has no state database of its own.
	if _, _, err := run(t, "", "sites", dir); err == nil || !strings.Contains(err.Error(), "--redis") {
		t.Errorf("sites without --redis: %v, want an error that names --redis", err)
	}

	// pith clean --redis removes them from a saved page of the site.
	a := site.Articles()[0]
	page, _ := site.Page(a.Path)
	file := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, shared := range []bool{false, true} {
		args := []string{"clean", "--format", "text", "--url", site.URL() + a.Path, file}
		if shared {
			args = append(args, "--redis", srv.URL())
		}
		out, errOut, err := run(t, "", args...)
		if err != nil {
			t.Fatalf("clean %v: %v\n%s", args, err, errOut)
		}
		if got := strings.Contains(out, repeatsite.SignOff(a.Lang)); got == shared {
			t.Errorf("clean --redis %v: sign-off in the text = %v\n%s", shared, got, out)
		}
	}

	_, errOut, err := run(t, "", "sites", "--redis", srv.URL(), "--allow", signOff, dir)
	if err != nil || !strings.Contains(errOut, "pinned") || !strings.Contains(errOut, "pith reclean "+dir+" --redis") {
		t.Fatalf("sites --allow: %v\n%s", err, errOut)
	}
	if s := sites(); !s.Dirty {
		t.Errorf("after a pin, the site is not dirty: %+v", s)
	}
	_, errOut, err = run(t, "", "reclean", "--redis", srv.URL(), dir)
	if err != nil || !strings.Contains(errOut, " 30 articles changed") {
		t.Errorf("reclean --redis: %v\n%s", err, errOut)
	}
	if k := holding(); k != n/2 {
		t.Errorf("after the pin and reclean, %d articles hold the sign-off, want %d", k, n/2)
	}
	if s := sites(); s.Dirty {
		t.Errorf("after reclean --redis, the site is dirty: %+v", s)
	}
}

// TestCrawlRedisTLS crawls through a Redis that speaks TLS only, with a
// password: rediss:// and --redis-ca (pith sites takes it too).
func TestCrawlRedisTLS(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{TLS: true, Password: "pw-9"})
	site := repeatsite.New(repeatsite.Options{PerLang: 25})
	defer site.Close()
	dir := filepath.Join(t.TempDir(), "articles")
	_, errOut, err := run(t, "", "crawl", "--out", dir, "--delay", "0", "--redis", srv.URL(), site.URL()+"/")
	if err == nil || !strings.Contains(errOut+err.Error(), "certificate") {
		t.Errorf("crawl without --redis-ca: %v, want a certificate error\n%s", err, errOut)
	}
	if _, errOut, err := run(t, "", "crawl", "--out", dir, "--delay", "0", "--redis", srv.URL(), "--redis-ca", srv.CAFile(), site.URL()+"/"); err != nil {
		t.Fatalf("crawl: %v\n%s", err, errOut)
	}
	out, errOut, err := run(t, "", "sites", "--json", "--redis", srv.URL(), "--redis-ca", srv.CAFile(), dir)
	if err != nil {
		t.Fatalf("sites: %v\n%s", err, errOut)
	}
	var s store.Site
	if err := json.Unmarshal([]byte(out), &s); err != nil || s.Articles != len(site.Articles()) || len(s.Blocks) != 4 {
		t.Errorf("sites over TLS: %+v %v, want %d articles and 4 blocks", s, err, len(site.Articles()))
	}
}
