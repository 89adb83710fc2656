package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

// Config configures one crawl.
type Config struct {
	// Seeds are the URLs the crawl starts from: site home pages, section
	// pages, sitemaps or feeds. At least one is needed.
	Seeds []string
	// Out is the out dir the articles are stored in. It is ignored when
	// Store is set.
	Out string
	// Store, if set, is an open out dir to use instead of opening Out; the
	// caller keeps ownership and closes it.
	Store *store.Dir
	// Scraper holds the crawler's settings (scope, filters, depth,
	// politeness, timeouts). Its Validators, Skip, OnProgress and Logger
	// fields are set by Run.
	Scraper scraper.Config
	// Keep lists boilerplate kinds the cleaner leaves in (see
	// cleaner.Kinds).
	Keep []string
	// JSONL, if set, receives each new or changed article as one JSON line
	// the moment it is stored, in a single Write call. Crawls running at
	// once may share a writer that is safe for concurrent use (an *os.File
	// is). Run does not close it.
	JSONL io.Writer
	// RunKey names the crawl in the store's run records, so an interrupted
	// crawl is resumed by the next one with the same key; "" means the
	// seeds, sorted and joined with spaces.
	RunKey string
	// Logger receives per-page events at Debug, problems at Warn and the
	// summary at Info; nil means discard.
	Logger *slog.Logger
	// OnProgress, if set, is called with running totals after each page
	// and each stored article. It is never called concurrently.
	OnProgress func(Stats)
}

// Stats are the totals of a crawl.
type Stats struct {
	// Scraper holds the crawler's totals: pages fetched, 304s, skipped,
	// errors, requests, rate, elapsed.
	Scraper scraper.Stats
	// Created, Updated, Unchanged and Duplicate count the articles by what
	// the store did with them (see store.Outcome).
	Created, Updated, Unchanged, Duplicate int
	// NotModified counts the article pages answered 304 Not Modified.
	NotModified int
	// NoArticle counts the pages the scraper took for articles but in
	// which the cleaner found none (too short, not HTML, empty, too large).
	NoArticle int
	// Errors counts the pages that failed to clean; failures of the store
	// end the crawl and are returned by Run.
	Errors int
	// Resumed says the crawl resumed an interrupted one.
	Resumed bool
	// Complete says the crawl ran to its end (not interrupted).
	Complete bool
	// Elapsed is the time since Run started.
	Elapsed time.Duration
}

// Stored returns the number of articles written: created or updated.
func (s Stats) Stored() int { return s.Created + s.Updated }

// Skipped returns the pages not stored for a benign reason: not modified,
// unchanged, duplicates, no article found, skipped by a resume, non-HTML.
func (s Stats) Skipped() int {
	return s.NotModified + s.Unchanged + s.Duplicate + s.NoArticle + s.Scraper.Skipped + s.Scraper.Duplicates + s.Scraper.NonHTML
}

// AllErrors returns the crawler's errors and the cleaner's together.
func (s Stats) AllErrors() int { return s.Scraper.Errors + s.Errors }

// String formats the totals on one line, for a status line or a summary.
func (s Stats) String() string {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Scraper.Fetched) / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("%d pages fetched (%.1f/s), %d articles stored (%d new, %d changed), %d skipped, %d errors, %s",
		s.Scraper.Fetched, rate, s.Stored(), s.Created, s.Updated, s.Skipped(), s.AllErrors(), s.Elapsed.Round(100*time.Millisecond))
}

// LogValue logs the totals as a group; the scraper logs its own in full.
func (s Stats) LogValue() slog.Value {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Scraper.Fetched) / s.Elapsed.Seconds()
	}
	return slog.GroupValue(
		slog.Int("fetched", s.Scraper.Fetched),
		slog.Float64("pages_per_sec", rate),
		slog.Int("stored", s.Stored()),
		slog.Int("skipped", s.Skipped()),
		slog.Int("errors", s.AllErrors()),
		slog.Int("created", s.Created),
		slog.Int("updated", s.Updated),
		slog.Int("unchanged", s.Unchanged),
		slog.Int("duplicate", s.Duplicate),
		slog.Int("not_modified", s.NotModified),
		slog.Int("no_article", s.NoArticle),
		slog.Int("clean_errors", s.Errors),
		slog.Bool("resumed", s.Resumed),
		slog.Bool("complete", s.Complete),
		slog.Duration("elapsed", s.Elapsed),
	)
}

// Run crawls cfg.Seeds into the out dir and returns the totals. It stops
// when the crawl is done, when ctx is cancelled (SIGINT, SIGTERM) or when
// the store fails (a full disk). A crawl that ran to its end but fetched
// nothing from a seed's host returns the totals and a *HostsError. On cancel it stops fetching, lets the
// articles being written finish, records the run as interrupted (so the
// next Run resumes it) and returns the totals with ctx's error.
func Run(ctx context.Context, cfg Config) (Stats, error) {
	start := time.Now()
	if len(cfg.Seeds) == 0 {
		return Stats{}, errors.New("crawl: no seeds")
	}
	if err := (cleaner.Options{Keep: cfg.Keep}).Validate(); err != nil {
		return Stats{}, fmt.Errorf("crawl: keep: %w", err)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := cfg.Store
	if d == nil {
		if cfg.Out == "" {
			return Stats{}, errors.New("crawl: no out dir")
		}
		var err error
		if d, err = store.Open(ctx, cfg.Out, store.Config{Logger: log}); err != nil {
			return Stats{}, fmt.Errorf("crawl: %w", err)
		}
		defer d.Close() // a second Close below reports its error
	}
	key := cfg.RunKey
	if key == "" {
		seeds := slices.Clone(cfg.Seeds)
		slices.Sort(seeds)
		key = strings.Join(seeds, " ")
	}
	// The run is ended and the store closed even when ctx is cancelled.
	bg := context.WithoutCancel(ctx)
	run, err := d.BeginRun(bg, key)
	if err != nil {
		return Stats{}, fmt.Errorf("crawl: %w", err)
	}

	c := &crawler{
		cfg: cfg,

		d:     d,
		log:   log,
		start: start,
		keep:  cfg.Keep,
	}
	if cfg.JSONL != nil {
		c.jsonl = store.NewJSONL(cfg.JSONL)
	}
	c.stats.Resumed = run.Resuming()
	if c.stats.Resumed {
		log.Info("resuming an interrupted crawl", "key", key)
	}

	sc := cfg.Scraper
	sc.Logger = log
	sc.Validators = d.Validators
	sc.Skip = run.Skip
	sc.OnProgress = c.scraperProgress
	s, err := scraper.New(sc)
	if err != nil {
		return Stats{}, fmt.Errorf("crawl: %w", err)
	}

	// The crawl's own context is cancelled when the store fails, to stop
	// fetching pages that could not be kept.
	cctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	c.fail = cancel
	sstats, err := s.Run(cctx, cfg.Seeds, c.handle)

	c.mu.Lock()
	c.stats.Scraper = sstats
	c.stats.Elapsed = time.Since(start)
	storeErr := c.storeErr
	c.mu.Unlock()
	switch {
	case storeErr != nil:
		err = storeErr
	case ctx.Err() != nil:
		err = context.Cause(ctx)
	case err != nil:
		err = fmt.Errorf("crawl: %w", err)
	}
	c.mu.Lock()
	c.stats.Complete = err == nil
	stats := c.stats
	c.mu.Unlock()
	if err == nil && len(sstats.FailedHosts) > 0 {
		// The crawl ran to its end (nothing to resume), but a site
		// could not be crawled at all: that is a failure, not a success.
		err = &HostsError{Hosts: sstats.FailedHosts}
	}

	if endErr := run.End(bg, stats.Complete); endErr != nil {
		err = errors.Join(err, fmt.Errorf("crawl: %w", endErr))
	}
	if cfg.Store == nil {
		if cerr := d.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("crawl: %w", cerr))
		}
	}
	if len(sstats.FailedHosts) > 0 {
		log.Info("crawl finished", "seeds", cfg.Seeds, "stats", stats, "failed_hosts", sstats.FailedHosts)
	} else {
		log.Info("crawl finished", "seeds", cfg.Seeds, "stats", stats)
	}
	return stats, err
}

// HostsError is the error of a crawl that ran to its end but could fetch
// nothing from one or more of its seeds' hosts (unreachable, robots.txt
// answering a 5xx or 429 or timing out, every page failing).
type HostsError struct {
	Hosts []scraper.HostFailure
}

func (e *HostsError) Error() string {
	msgs := make([]string, len(e.Hosts))
	for i, h := range e.Hosts {
		msgs[i] = h.String()
	}
	return "crawl: no page could be fetched from " + strings.Join(msgs, "; ")
}

// crawler is the state of one Run.
type crawler struct {
	cfg   Config
	d     *store.Dir
	log   *slog.Logger
	start time.Time
	keep  []string
	jsonl *store.JSONL // nil: no stream
	fail  context.CancelCauseFunc

	mu       sync.Mutex // guards stats and storeErr, and serialises OnProgress
	stats    Stats
	storeErr error
}

// scraperProgress receives the scraper's totals.
func (c *crawler) scraperProgress(s scraper.Stats) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stats.Scraper = s
	c.progressLocked()
}

// progressLocked calls OnProgress; c.mu is held.
func (c *crawler) progressLocked() {
	if c.cfg.OnProgress == nil {
		return
	}
	c.stats.Elapsed = time.Since(c.start)
	c.cfg.OnProgress(c.stats)
}

// count applies f to the totals and reports progress.
func (c *crawler) count(f func(*Stats)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f(&c.stats)
	c.progressLocked()
}

// failStore records a store failure and stops the crawl.
func (c *crawler) failStore(err error) error {
	c.mu.Lock()
	if c.storeErr == nil {
		c.storeErr = fmt.Errorf("crawl: %w", err)
	}
	c.mu.Unlock()
	c.fail(err)
	return err
}

// handle cleans and stores one article page. Writes run to their end even
// when ctx is cancelled, so an interrupted crawl keeps what it fetched.
func (c *crawler) handle(ctx context.Context, p *scraper.Page) error {
	wctx := context.WithoutCancel(ctx)
	f := store.Fetch{
		URL:          p.RequestURL.String(),
		Aliases:      []string{p.URL.String()},
		ETag:         p.Header.Get("ETag"),
		LastModified: p.Header.Get("Last-Modified"),
		At:           p.FetchedAt.UTC(),
	}
	if p.NotModified {
		if err := c.d.Touch(wctx, f); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				c.count(func(s *Stats) { s.Errors++ })
				return err
			}
			return c.failStore(err)
		}
		c.count(func(s *Stats) { s.NotModified++ })
		return nil
	}

	a, err := cleaner.Clean(bytes.NewReader(p.Body), p.URL, cleaner.Options{
		ContentType: p.Header.Get("Content-Type"),
		Keep:        c.keep,
	})
	if err != nil {
		if errors.Is(err, cleaner.ErrNoArticle) || errors.Is(err, cleaner.ErrNotHTML) ||
			errors.Is(err, cleaner.ErrEmpty) || errors.Is(err, cleaner.ErrTooLarge) {
			c.log.Debug("no article", "url", p.URL.String(), "err", err)
			c.count(func(s *Stats) { s.NoArticle++ })
			return nil
		}
		c.count(func(s *Stats) { s.Errors++ })
		return fmt.Errorf("crawl: clean %s: %w", p.URL, err)
	}
	a.FetchedAt = f.At
	if a.URL == "" {
		a.URL = p.URL.String()
	} else if !sameHost(a.URL, p.URL) {
		// The page's canonical or og:url names another host: believing
		// it would let one site overwrite another's article.
		c.log.Info("canonical URL on another host ignored: article stored under the page's URL", "url", p.URL.String(), "canonical", clip(a.URL, 200))
		a.URL = p.URL.String()
	}
	res, err := c.d.Put(wctx, a, f)
	if err != nil {
		return c.failStore(err)
	}
	c.log.Debug("article", "url", a.URL, "outcome", res.Outcome.String(), "path", res.Path)
	if (res.Outcome == store.Created || res.Outcome == store.Updated) && c.jsonl != nil {
		if err := c.jsonl.Write(a); err != nil {
			return c.failStore(err)
		}
	}
	c.count(func(s *Stats) {
		switch res.Outcome {
		case store.Created:
			s.Created++
		case store.Updated:
			s.Updated++
		case store.Unchanged:
			s.Unchanged++
		case store.Duplicate:
			s.Duplicate++
		}
	})
	return nil
}

// sameHost reports whether the URL raw is on u's host (a leading "www." is
// ignored on both, as in the scraper's host scope) and not over the
// crawler's URL length limit.
func sameHost(raw string, u *url.URL) bool {
	c, err := url.Parse(raw)
	if err != nil || len(raw) > scraper.MaxURLLength {
		return false
	}
	host := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	return host(c.Host) == host(u.Host)
}

// clip shortens s to at most n bytes for a log line.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
