package crawl_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/internal/testkit/redistest"
	"github.com/pith-news/pith/internal/testkit/repeatsite"
	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/store"
)

// TestSharedLearning crawls the repeat site (each article ends with the
// site's own plug and sign-off) with three workers sharing one Redis:
// they feed one judgement, so the four blocks are learned once in all,
// and the end-of-crawl reclean of each worker takes them out of the
// articles it stored before they were learned. The out dir ends as one
// worker leaves it: every article stored once, no block left, no story
// paragraph lost.
func TestSharedLearning(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	site := repeatsite.New(repeatsite.Options{})
	defer site.Close()
	n := len(site.Articles())
	dir := t.TempDir()
	cfg := repeatConfig(site, dir)
	cfg.Redis = srv.URL()
	cfg.RedisOptions = shared.Options{Lease: 3 * time.Second}

	stats, errs := runWorkers(t.Context(), 3, cfg)
	created, learned, recleaned, busy := 0, 0, 0, 0
	for i, err := range errs {
		if err != nil || !stats[i].Complete {
			t.Fatalf("worker %d: %v, complete %v", i, err, stats[i].Complete)
		}
		created += stats[i].Created
		learned += stats[i].Learned
		recleaned += stats[i].Recleaned
		if stats[i].Created > 0 {
			busy++
		}
		t.Logf("worker %d: created %d, learned %d, recleaned %d", i, stats[i].Created, stats[i].Learned, stats[i].Recleaned)
	}
	if busy < 2 {
		t.Errorf("%d of 3 workers stored articles: the work was not shared", busy)
	}
	if created != n {
		t.Errorf("the workers created %d articles, want %d", created, n)
	}
	if learned != 4 {
		t.Errorf("the workers learned %d blocks in all, want the 4 plugs and sign-offs, once", learned)
	}
	if recleaned == 0 {
		t.Errorf("nothing recleaned: the articles stored before the blocks were learned keep them")
	}
	c := checkRepeatSite(t, site, dir)
	if c.stored != n || c.blocksLeft != 0 || c.parasLost != 0 || c.repeatedRemovals != 2*n {
		t.Errorf("%d stored, %d blocks left, %d paragraphs lost, %d repeated removals; want %d, 0, 0, %d (%v)",
			c.stored, c.blocksLeft, c.parasLost, c.repeatedRemovals, n, 2*n, c.lost)
	}

	// The judgement is in Redis, whole: one site, every article counted
	// once, the four blocks learned at the end; no worker's state
	// database has a site of its own.
	sh, err := shared.Open(t.Context(), srv.URL(), "", shared.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer sh.Close()
	sites, err := store.SitesOf(t.Context(), sh.Sites())
	if err != nil {
		t.Fatal(err)
	}
	if len(sites) != 1 || sites[0].Articles != n || len(sites[0].Blocks) != 4 {
		t.Fatalf("sites in Redis: %+v, want one of %d articles with 4 blocks", sites, n)
	}
	for _, b := range sites[0].Blocks {
		if b.Position != siteblocks.End {
			t.Errorf("block %q learned at %q, want end", b.Text, b.Position)
		}
	}
	local, err := store.Open(t.Context(), dir, store.Config{StateDir: ".pith/probe"})
	if err != nil {
		t.Fatal(err)
	}
	if s, err := local.Sites(t.Context()); err != nil || len(s) != 0 {
		t.Errorf("a state database of its own knows sites %+v (%v)", s, err)
	}
	local.Close()

	// Pinning a block through Redis marks the site for every worker: each
	// worker's next reclean puts it back in the articles it stored.
	pinned, err := store.Pin(t.Context(), sh.Sites(), sites[0].Blocks[0].ID)
	if err != nil || len(pinned) != 1 {
		t.Fatalf("pin: %v %v", pinned, err)
	}
	changed := 0
	workers, err := crawl.WorkerStateDirs(dir)
	if err != nil || len(workers) != 3 {
		t.Fatalf("worker state dirs %v %v, want 3", workers, err)
	}
	for _, w := range workers {
		d, err := store.Open(t.Context(), dir, store.Config{StateDir: w, Sites: sh.Sites()})
		if err != nil {
			t.Fatal(err)
		}
		dirty, err := d.DirtySites(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		rs, err := crawl.Reclean(t.Context(), d, crawl.RecleanConfig{})
		if err != nil {
			t.Fatal(err)
		}
		if rs.Pages > 0 && len(dirty) != 1 {
			t.Errorf("%s: dirty sites %v after a pin, want the site", w, dirty)
		}
		changed += rs.Changed
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// The block is one language's: half the articles have it.
	if changed != n/2 {
		t.Errorf("after the pin, the workers' recleans changed %d articles, want %d", changed, n/2)
	}
	if c := checkRepeatSite(t, site, dir); c.blocksLeft != n/2 {
		t.Errorf("after the pin, %d blocks left, want the pinned one in each of %d articles", c.blocksLeft, n/2)
	}
}

// TestSharedMaxPages: with --redis, --max-pages caps the crawl, not each
// worker: three workers with a cap of 12 fetch 12 pages in all.
func TestSharedMaxPages(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	site := sitetest.New(sitetest.Options{Articles: 60, Latency: 5 * time.Millisecond})
	defer site.Close()
	cfg := config(site, t.TempDir())
	cfg.Redis = srv.URL()
	cfg.RedisOptions = shared.Options{Lease: 3 * time.Second}
	cfg.Scraper.MaxPages = 12

	stats, errs := runWorkers(t.Context(), 3, cfg)
	fetched, busy := 0, 0
	for i, err := range errs {
		if err != nil {
			t.Fatalf("worker %d: %v", i, err)
		}
		fetched += stats[i].Scraper.Fetched
		if stats[i].Scraper.Fetched > 0 {
			busy++
		}
		t.Logf("worker %d: fetched %d pages, stored %d", i, stats[i].Scraper.Fetched, stats[i].Stored())
	}
	if fetched != 12 {
		t.Errorf("the workers fetched %d pages in all, want 12", fetched)
	}
	if busy < 2 {
		t.Errorf("%d of 3 workers fetched pages: the work was not shared", busy)
	}
	pages := 0
	for _, p := range site.Paths() {
		if !strings.HasSuffix(p, ".txt") && !strings.Contains(p, ".xml") { // robots.txt, sitemaps, feeds
			pages += site.Count(p).Requests
		}
	}
	if pages != 12 {
		t.Errorf("the site answered %d page requests, want 12", pages)
	}
}

// TestSharedLearningWorkerGone: a worker of another machine stops
// half-way (interrupted here; killed would leave the same), before the
// end of the crawl recleans its articles. The workers that finish the
// crawl reclean the articles of its state directory too, which no process
// holds: no stored article keeps a learned block.
func TestSharedLearningWorkerGone(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	site := repeatsite.New(repeatsite.Options{})
	defer site.Close()
	n := len(site.Articles())
	dir := t.TempDir()
	cfg := repeatConfig(site, dir)
	cfg.Redis = srv.URL()
	cfg.RedisOptions = shared.Options{Lease: 3 * time.Second}

	first := cfg
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	first.OnProgress = func(s crawl.Stats) {
		if s.Created >= 10 {
			cancel()
		}
	}
	st, err := crawl.Run(ctx, first)
	if !errors.Is(err, context.Canceled) || st.Created < 10 {
		t.Fatalf("first worker: %v, %d created; want it interrupted after 10", err, st.Created)
	}
	workers, err := crawl.WorkerStateDirs(dir)
	if err != nil || len(workers) != 1 {
		t.Fatalf("worker state dirs %v %v", workers, err)
	}
	// Its state directory is another machine's: no later worker here
	// takes it for its own.
	if err := os.Rename(filepath.Join(dir, workers[0]), filepath.Join(dir, ".pith/workers/elsewhere-1")); err != nil {
		t.Fatal(err)
	}

	stats, errs := runWorkers(t.Context(), 2, cfg)
	created := st.Created
	for i, err := range errs {
		if err != nil || !stats[i].Complete {
			t.Fatalf("worker %d: %v, complete %v", i, err, stats[i].Complete)
		}
		created += stats[i].Created
	}
	if created != n {
		t.Errorf("created %d articles in all, want %d", created, n)
	}
	c := checkRepeatSite(t, site, dir)
	if c.stored != n || c.blocksLeft != 0 || c.parasLost != 0 {
		t.Errorf("%d stored, %d blocks left, %d paragraphs lost; want %d, 0, 0", c.stored, c.blocksLeft, c.parasLost, n)
	}
}
