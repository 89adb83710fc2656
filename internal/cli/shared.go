package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/store"
)

// openRedis connects to the Redis of a crawl run with --redis, for its
// site learning.
func openRedis(ctx context.Context, rawURL, caFile string) (*shared.Crawl, error) {
	return shared.Open(ctx, rawURL, "", shared.Options{RetryFor: 10 * time.Second, CAFile: caFile})
}

// sharedSiteBlocks reads the blocks every site learned in the Redis of a
// crawl with --redis, for pith clean --redis.
func sharedSiteBlocks(ctx context.Context, rawURL, caFile string) (map[string][]cleaner.SiteBlock, error) {
	sh, err := openRedis(ctx, rawURL, caFile)
	if err != nil {
		return nil, err
	}
	defer sh.Close()
	sites, err := store.SitesOf(ctx, sh.Sites())
	if err != nil {
		return nil, err
	}
	return cleanerBlocks(sites), nil
}

// sharedSites pins the blocks of allow and lists the sites of the
// judgement the workers of a crawl with --redis share. A site is dirty
// when a worker's state database (under dir) has not recleaned its mark.
func sharedSites(ctx context.Context, dir, rawURL, caFile string, allow []string, stdio Stdio) ([]store.Site, error) {
	sh, err := openRedis(ctx, rawURL, caFile)
	if err != nil {
		return nil, err
	}
	defer sh.Close()
	st := sh.Sites()
	pin := func(ctx context.Context, a string) ([]store.SiteBlock, error) { return store.Pin(ctx, st, a) }
	if err := pinAll(ctx, pin, dir, " --redis "+shared.Redact(rawURL), allow, stdio); err != nil {
		return nil, err
	}
	sites, err := store.SitesOf(ctx, st)
	if err != nil {
		return nil, err
	}
	dirty := map[string]bool{}
	err = eachWorker(ctx, dir, st, func(d *store.Dir) error {
		ds, err := d.DirtySites(ctx)
		for h := range ds {
			dirty[h] = true
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	for i := range sites {
		sites[i].Dirty = dirty[sites[i].Host]
	}
	return sites, nil
}

// eachWorker opens the state database of each worker of a crawl of the
// out dir dir with --redis, with the site state st, and calls f with it.
// A worker that is still running holds its state database: that is an
// error.
func eachWorker(ctx context.Context, dir string, st store.SiteState, f func(*store.Dir) error) error {
	workers, err := crawl.WorkerStateDirs(dir)
	if err != nil {
		return err
	}
	for _, w := range workers {
		d, err := store.Open(ctx, dir, store.Config{StateDir: w, Sites: st, LockTimeout: 100 * time.Millisecond})
		if errors.Is(err, store.ErrLocked) {
			return fmt.Errorf("%s is in use: a worker of the crawl still runs", w)
		}
		if err != nil {
			return err
		}
		err = f(d)
		if cerr := d.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", w, err)
		}
	}
	return nil
}

// recleanWorkers recleans, with the site state st, the articles each
// worker of a crawl of dir with --redis stored, and returns the totals.
func recleanWorkers(ctx context.Context, dir string, st store.SiteState, cfg crawl.RecleanConfig) (crawl.RecleanStats, error) {
	var total crawl.RecleanStats
	var failed error // ErrRecleanFailed of a worker: the others are recleaned too
	progress := cfg.OnProgress
	err := eachWorker(ctx, dir, st, func(d *store.Dir) error {
		base := total
		c := cfg
		if progress != nil {
			c.OnProgress = func(s crawl.RecleanStats) { progress(add(base, s)) }
		}
		s, err := crawl.Reclean(ctx, d, c)
		total = add(base, s)
		if errors.Is(err, crawl.ErrRecleanFailed) {
			failed = errors.Join(failed, fmt.Errorf("%s: %w", d.ArchiveDir(), err))
			return nil
		}
		return err
	})
	return total, errors.Join(err, failed)
}

func add(a, b crawl.RecleanStats) crawl.RecleanStats {
	return crawl.RecleanStats{Pages: a.Pages + b.Pages, Changed: a.Changed + b.Changed, Unchanged: a.Unchanged + b.Unchanged,
		NoArticle: a.NoArticle + b.NoArticle, Failed: a.Failed + b.Failed, Elapsed: a.Elapsed + b.Elapsed, Total: a.Total + b.Total}
}
