package crawl

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/internal/testkit/aeb"
	"github.com/pith-news/pith/store"
)

// TestAEBNoLearning counts the blocks of the benchmark's 181 article
// pages as a crawl would, and checks that no block is learned and no
// paragraph lost: its pages come one or two per site, and learning needs
// 20 articles of a site. It also counts them as if they were all one
// site, a worst case no crawl meets, and reports what that would learn
// and cost. It needs ../shared/bench/aeb and is skipped without it.
func TestAEBNoLearning(t *testing.T) {
	if testing.Short() {
		t.Skip("cleans the 181 benchmark pages")
	}
	pages, err := aeb.Load(aeb.Dir(2))
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("benchmark not found")
	}
	if err != nil {
		t.Fatal(err)
	}
	today := make([]*article.Article, len(pages))
	for i, p := range pages {
		if today[i], err = cleaner.Clean(bytes.NewReader(p.HTML), p.URL, cleaner.Options{}); err != nil {
			today[i] = nil // not an article today: nothing to lose
		}
	}
	learnAll := func(oneSite bool) (learned int, lost int) {
		d, err := store.Open(t.Context(), t.TempDir(), store.Config{})
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		hosts := map[string]bool{}
		for i, a := range today {
			if a == nil {
				continue
			}
			host := store.SiteOf(pages[i].URL.String())
			if oneSite {
				host = "one.site"
			}
			hosts[host] = true
			obs, err := observation(host, pages[i].ID, a, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := d.Observe(t.Context(), []store.Observation{obs}, siteblocks.Thresholds{})
			if err != nil {
				t.Fatal(err)
			}
			learned += len(got)
		}
		if learned == 0 {
			return 0, 0 // no block to remove: the cleaning is today's
		}
		for i, a := range today {
			if a == nil {
				continue
			}
			host := store.SiteOf(pages[i].URL.String())
			if oneSite {
				host = "one.site"
			}
			site, err := SiteBlocks(t.Context(), d, host)
			if err != nil {
				t.Fatal(err)
			}
			b, err := cleaner.Clean(bytes.NewReader(pages[i].HTML), pages[i].URL, cleaner.Options{SiteBlocks: site})
			if err != nil {
				t.Errorf("page %s: no article with the blocks learned: %v", pages[i].ID, err)
				continue
			}
			for _, p := range strings.Split(a.Text, "\n\n") {
				if !strings.Contains(b.Text, p) {
					lost++
				}
			}
		}
		return learned, lost
	}
	learned, lost := learnAll(false)
	t.Logf("benchmark pages by their own sites: %d blocks learned, %d paragraphs lost", learned, lost)
	if learned != 0 || lost != 0 {
		t.Errorf("%d blocks learned, %d paragraphs lost; want none", learned, lost)
	}
	learned, lost = learnAll(true)
	t.Logf("all benchmark pages as one site (a worst case): %d blocks learned, %d paragraphs lost", learned, lost)
}
