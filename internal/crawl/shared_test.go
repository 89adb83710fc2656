package crawl_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/internal/testkit/redistest"
	"github.com/pith-news/pith/internal/testkit/sitetest"
)

// runWorkers runs n crawls of cfg at once, as n workers, and returns
// their totals and errors.
func runWorkers(ctx context.Context, n int, cfg crawl.Config) ([]crawl.Stats, []error) {
	stats := make([]crawl.Stats, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { stats[i], errs[i] = crawl.Run(ctx, cfg) })
	}
	wg.Wait()
	return stats, errs
}

// Three workers share one crawl through Redis: every URL is fetched once,
// every article stored once; the next crawl of the three is incremental.
func TestSharedCrawl(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	site := sitetest.New(sitetest.Options{Articles: 60, Latency: 5 * time.Millisecond})
	defer site.Close()
	dir := t.TempDir()
	cfg := config(site, dir)
	cfg.Redis = srv.URL()
	cfg.RedisOptions = shared.Options{Lease: 3 * time.Second}

	stats, errs := runWorkers(t.Context(), 3, cfg)
	created, fetched := 0, 0
	for i, err := range errs {
		if err != nil || !stats[i].Complete {
			t.Fatalf("worker %d: %v, complete %v", i, err, stats[i].Complete)
		}
		created += stats[i].Created
		fetched += stats[i].Scraper.Fetched
		t.Logf("worker %d: fetched %d, created %d", i, stats[i].Scraper.Fetched, stats[i].Created)
	}
	checkOnce(t, site, dir)
	if created != site.Articles() {
		t.Errorf("the workers created %d articles, want %d", created, site.Articles())
	}
	for _, p := range site.Paths() {
		if c := site.Count(p); c.Requests != 1 {
			t.Errorf("%s requested %d times, want once", p, c.Requests)
		}
	}
	busy := 0
	for _, s := range stats {
		if s.Scraper.Fetched > 0 {
			busy++
		}
	}
	if busy < 2 {
		t.Errorf("%d of 3 workers fetched pages: the work was not shared", busy)
	}
	before := storedFiles(t, dir)

	// The crawl ran to its end: the same command crawls again, with
	// conditional requests whatever worker fetched an article before.
	site.ResetCounts()
	stats, errs = runWorkers(t.Context(), 3, cfg)
	notModified, stored := 0, 0
	for i, err := range errs {
		if err != nil {
			t.Fatalf("re-crawl, worker %d: %v", i, err)
		}
		notModified += stats[i].NotModified
		stored += stats[i].Stored()
	}
	if notModified != site.Articles() || stored != 0 {
		t.Errorf("re-crawl: %d not modified, %d stored; want %d, 0", notModified, stored, site.Articles())
	}
	for n := range site.Articles() {
		if c := site.Count(site.Article(n).Path); c.Requests != 1 || c.Conditional != 1 {
			t.Errorf("re-crawl, article %d: %+v, want one conditional request", n, c)
		}
	}
	after := storedFiles(t, dir)
	for p, fi := range before {
		if ai, ok := after[p]; !ok || !os.SameFile(fi, ai) || !ai.ModTime().Equal(fi.ModTime()) {
			t.Errorf("re-crawl rewrote %s", p)
		}
	}
}

// --delay, robots.txt's Crawl-delay and --parallel hold for the host
// across the workers.
func TestSharedPoliteness(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	for _, tc := range []struct {
		name              string
		delay, crawlDelay time.Duration
	}{
		{"delay", 200 * time.Millisecond, 0},
		{"crawl-delay", 0, 250 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var mu sync.Mutex
			var starts []time.Time
			site := sitetest.New(sitetest.Options{Articles: 12, CrawlDelay: tc.crawlDelay, OnRequest: func(*http.Request) {
				mu.Lock()
				starts = append(starts, time.Now())
				mu.Unlock()
			}})
			defer site.Close()
			cfg := config(site, t.TempDir())
			cfg.Redis = srv.URL()
			cfg.Scraper.Parallelism = 1
			cfg.Scraper.Delay = tc.delay
			_, errs := runWorkers(t.Context(), 3, cfg)
			for i, err := range errs {
				if err != nil {
					t.Fatalf("worker %d: %v", i, err)
				}
			}
			if m := site.MaxInFlight(); m != 1 {
				t.Errorf("%d requests in flight at once, want 1 (--parallel 1)", m)
			}
			mu.Lock()
			defer mu.Unlock()
			sort.Slice(starts, func(i, j int) bool { return starts[i].Before(starts[j]) })
			if len(starts) < 10 {
				t.Fatalf("only %d requests", len(starts))
			}
			// The delay is drawn between delay/2 and 3*delay/2 (its mean is
			// delay); the Crawl-delay is a floor. A request reaches the site
			// a little after its turn, later on a loaded machine: one short
			// gap is noise, several are a failure.
			least, mean := max(tc.delay/2, tc.crawlDelay), max(tc.delay, tc.crawlDelay)
			short := 0
			for i := 1; i < len(starts); i++ {
				if gap := starts[i].Sub(starts[i-1]); gap < least-20*time.Millisecond {
					short++
					t.Logf("requests %d and %d %v apart", i-1, i, gap)
				}
			}
			if short > len(starts)/10 {
				t.Errorf("%d of %d gaps under %v, want at most a tenth", short, len(starts)-1, least)
			}
			got := starts[len(starts)-1].Sub(starts[0]) / time.Duration(len(starts)-1)
			if got < mean*3/4 || got > mean*8/5 {
				t.Errorf("mean gap %v between %d requests, want about %v", got, len(starts), mean)
			}
			t.Logf("%d requests, mean gap %v", len(starts), got)
		})
	}
}

// Redis lost in the middle of a crawl: the worker stops and fails after
// RetryFor, the files it wrote are whole, and once Redis is back the same
// crawl resumes and completes.
func TestSharedRedisLost(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{AOF: true})
	site := sitetest.New(sitetest.Options{Articles: 40, Latency: 20 * time.Millisecond})
	defer site.Close()
	dir := t.TempDir()
	cfg := config(site, dir)
	cfg.Scraper.Parallelism = 1
	cfg.Redis = srv.URL()
	cfg.RedisOptions = shared.Options{Lease: 2 * time.Second, RetryFor: time.Second}
	var once sync.Once
	stopped := make(chan struct{})
	cfg.OnProgress = func(s crawl.Stats) {
		if s.Stored() >= 10 {
			once.Do(func() {
				go func() {
					srv.Stop()
					close(stopped)
				}()
			})
		}
	}
	start := time.Now()
	stats, err := crawl.Run(t.Context(), cfg)
	// The crawl gives up soon after Redis went (RetryFor is 1s).
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("the crawl took %v to give up on Redis; RetryFor 1s", d)
	}
	if !errors.Is(err, shared.ErrLost) || stats.Complete {
		t.Fatalf("crawl with Redis gone: %v, complete %v; want ErrLost, incomplete", err, stats.Complete)
	}
	if n := len(storedFiles(t, dir)); n < 10 || n >= site.Articles() {
		t.Errorf("%d articles stored before Redis went, want 10 to %d", n, site.Articles()-1)
	}

	<-stopped
	srv.Restart()
	cfg.OnProgress = nil
	stats = run(t, cfg)
	checkOnce(t, site, dir)
	if stats.Created == 0 || stats.Created == site.Articles() {
		t.Errorf("resumed crawl created %d articles, want the rest", stats.Created)
	}
}
