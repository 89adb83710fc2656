package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"sync"
	"time"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/archive"
	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/store"
)

// RecleanConfig configures Reclean.
type RecleanConfig struct {
	// Keep lists boilerplate kinds the cleaner leaves in, as in Config.
	Keep []string
	// Sites, if not empty, limits the reclean to these hosts.
	Sites []string
	// JSONL, if set, receives each article that changed.
	JSONL *store.JSONL
	// Logger receives per-page problems at Warn; nil means discard.
	Logger *slog.Logger
	// OnProgress, if set, is called after each page with the running
	// totals. It is never called concurrently.
	OnProgress func(RecleanStats)
}

// RecleanStats are the totals of a Reclean.
type RecleanStats struct {
	// Pages counts the archived pages cleaned again.
	Pages int `json:"pages"`
	// Changed counts the articles whose file was rewritten.
	Changed int `json:"changed"`
	// Unchanged counts the articles the new cleaning left as they were.
	Unchanged int `json:"unchanged"`
	// NoArticle counts the pages the cleaner now finds no article in;
	// their stored articles are left as they were.
	NoArticle int `json:"no_article"`
	// Failed counts the pages that could not be read or written.
	Failed  int           `json:"failed"`
	Elapsed time.Duration `json:"elapsed"`
	// Total is the number of archived pages to clean.
	Total int `json:"total"`
}

// LogValue makes the stats one log attribute group.
func (s RecleanStats) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("pages", s.Pages), slog.Int("changed", s.Changed),
		slog.Int("unchanged", s.Unchanged), slog.Int("no_article", s.NoArticle),
		slog.Int("failed", s.Failed), slog.Float64("elapsed_s", roundSeconds(s.Elapsed)))
}

func roundSeconds(d time.Duration) float64 {
	return float64(d.Round(100*time.Millisecond)) / float64(time.Second)
}

// ErrRecleanFailed is returned by Reclean when some pages could not be
// read or written; the others were recleaned.
var ErrRecleanFailed = errors.New("crawl: some pages could not be recleaned")

// Reclean cleans every archived page of the out dir d again,
// with the blocks learned for its site, and rewrites the articles that
// changed. It needs no network. Sites whose articles waited for a reclean
// are marked done when all their pages were recleaned. It stops at ctx's
// cancellation; what it rewrote stays, whole, and the next Reclean does
// the rest.
func Reclean(ctx context.Context, d *store.Dir, cfg RecleanConfig) (RecleanStats, error) {
	start := time.Now()
	if err := (cleaner.Options{Keep: cfg.Keep}).Validate(); err != nil {
		return RecleanStats{}, fmt.Errorf("crawl: keep: %w", err)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	gens, err := d.DirtySites(ctx)
	if err != nil {
		return RecleanStats{}, err
	}
	var pages []store.Archived
	if len(cfg.Sites) == 0 {
		if pages, err = d.ArchivedPages(""); err != nil {
			return RecleanStats{}, err
		}
	} else {
		for _, h := range cfg.Sites {
			ps, err := d.ArchivedPages(h)
			if err != nil {
				return RecleanStats{}, err
			}
			pages = append(pages, ps...)
		}
	}
	r := &recleaner{d: d, dir: d.ArchiveDir(), cfg: cfg, log: log, start: start, l: newLearner(d, siteblocks.Thresholds{}, true, false),
		failedSites: map[string]bool{}}
	r.stats.Total = len(pages)

	work := make(chan store.Archived)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for p := range work {
				r.one(ctx, p)
			}
		})
	}
feed:
	for _, p := range pages {
		select {
		case work <- p:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()

	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Elapsed = time.Since(start)
	if err := ctx.Err(); err != nil {
		return r.stats, fmt.Errorf("crawl: reclean: %w", err)
	}
	if r.jsonlErr != nil {
		return r.stats, fmt.Errorf("crawl: reclean: %w", r.jsonlErr)
	}
	for host, gen := range gens {
		if r.failedSites[host] || len(cfg.Sites) > 0 && !contains(cfg.Sites, host) {
			continue
		}
		if err := d.CleanSite(context.WithoutCancel(ctx), host, gen); err != nil {
			return r.stats, err
		}
	}
	if r.stats.Failed > 0 {
		return r.stats, fmt.Errorf("%w: %d of %d", ErrRecleanFailed, r.stats.Failed, r.stats.Total)
	}
	return r.stats, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

type recleaner struct {
	d   *store.Dir
	dir string
	cfg RecleanConfig
	log *slog.Logger
	l   *learner
	// start is when the reclean began.
	start time.Time

	mu          sync.Mutex // guards stats, failedSites and jsonlErr; serialises OnProgress
	stats       RecleanStats
	failedSites map[string]bool
	jsonlErr    error
}

// one recleans one archived page.
func (r *recleaner) one(ctx context.Context, p store.Archived) {
	host := store.SiteOf(p.Ref.URL)
	outcome := func(f func(*RecleanStats)) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.stats.Pages++
		f(&r.stats)
		if r.cfg.OnProgress != nil {
			r.stats.Elapsed = time.Since(r.start)
			r.cfg.OnProgress(r.stats)
		}
	}
	fail := func(err error) {
		r.log.Warn("reclean failed", "path", p.Path, "err", err)
		outcome(func(s *RecleanStats) {
			s.Failed++
			r.failedSites[host] = true
		})
	}
	resp, err := archive.Read(ctx, r.dir, archive.Location{File: p.Ref.File, Offset: p.Ref.Offset})
	if err != nil {
		fail(err)
		return
	}
	u, err := url.Parse(resp.URL)
	if err != nil {
		fail(fmt.Errorf("archived URL: %w", err))
		return
	}
	site, err := r.l.blocks(ctx, host)
	if err != nil {
		fail(err)
		return
	}
	a, err := cleaner.Clean(bytes.NewReader(resp.Body), u, cleaner.Options{
		ContentType: resp.Header.Get("Content-Type"),
		Keep:        r.cfg.Keep,
		SiteBlocks:  site,
	})
	if err != nil {
		r.log.Info("no article in an archived page: the stored one is kept", "path", p.Path, "err", err)
		outcome(func(s *RecleanStats) { s.NoArticle++ })
		return
	}
	changed, err := r.d.Rewrite(context.WithoutCancel(ctx), p.Path, a)
	if errors.Is(err, store.ErrNotFound) {
		outcome(func(s *RecleanStats) { s.Unchanged++ }) // deleted by the user: left alone
		return
	}
	if err != nil {
		fail(err)
		return
	}
	if changed {
		r.log.Debug("rewrote article", "path", p.Path)
	}
	if changed && r.cfg.JSONL != nil {
		if err := r.cfg.JSONL.Write(a); err != nil {
			r.mu.Lock()
			r.jsonlErr = errors.Join(r.jsonlErr, err)
			r.mu.Unlock()
		}
	}
	outcome(func(s *RecleanStats) {
		if changed {
			s.Changed++
		} else {
			s.Unchanged++
		}
	})
}
