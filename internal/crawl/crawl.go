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
	"github.com/pith-news/pith/internal/archive"
	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/internal/siteblocks"
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
	// Archive keeps the response of every stored page in WARC files under
	// DIR/.pith/warc (see ArchiveDir), so that the store can be recleaned
	// without the network. DefaultSettings turns it on.
	Archive bool
	// ArchiveMaxFileSize is the size a WARC file is rotated at; 0 means
	// archive.DefaultMaxFileSize.
	ArchiveMaxFileSize int64
	// NoLearn turns off the counting of each site's repeated blocks (the
	// blocks already learned are still removed).
	NoLearn bool
	// Learn are the thresholds of site learning; the zero value means
	// the defaults (see siteblocks.Thresholds).
	Learn siteblocks.Thresholds
	// Redis, if set, is the URL of a Redis (redis://HOST:PORT/DB) that
	// keeps the crawl's shared state, so that several processes with the
	// same seeds, Redis and Out run one crawl (see internal/shared). Each
	// has its own state database under Out/.pith/workers.
	Redis string
	// RedisOptions tunes the Redis state: leases and retries.
	RedisOptions shared.Options
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
	if err := cfg.Learn.Validate(); err != nil {
		return Stats{}, fmt.Errorf("crawl: %w", err)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	key := cfg.RunKey
	if key == "" {
		seeds := slices.Clone(cfg.Seeds)
		slices.Sort(seeds)
		key = strings.Join(seeds, " ")
	}
	var sh *shared.Crawl
	if cfg.Redis != "" {
		var err error
		if sh, err = openShared(ctx, cfg, key, log); err != nil {
			return Stats{}, err
		}
		defer sh.Close()
	}
	d := cfg.Store
	if d == nil {
		if cfg.Out == "" {
			return Stats{}, errors.New("crawl: no out dir")
		}
		var err error
		if sh != nil {
			d, err = openWorkerStore(ctx, cfg.Out, sh, log)
		} else {
			d, err = store.Open(ctx, cfg.Out, store.Config{Logger: log})
		}
		if err != nil {
			return Stats{}, fmt.Errorf("crawl: %w", err)
		}
		defer d.Close() // a second Close below reports its error
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
		learn: newLearner(d, cfg.Learn, cfg.NoLearn, sh != nil),
		sh:    sh,
	}
	if cfg.Archive {
		if c.arch, err = archive.Open(d.ArchiveDir(), archive.Config{MaxFileSize: cfg.ArchiveMaxFileSize}); err != nil {
			return Stats{}, fmt.Errorf("crawl: %w", err)
		}
		defer c.arch.Close() // a second Close below reports its error
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
	sc.OnOutcome = c.outcome
	if sh != nil {
		sc.Shared = sh
	}
	s, err := scraper.New(sc)
	if err != nil {
		return Stats{}, fmt.Errorf("crawl: %w", err)
	}

	// The crawl's own context is cancelled when the store fails, to stop
	// fetching pages that could not be kept.
	cctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	c.fail = cancel
	stopLearning := c.learn.start(bg, func(bs []store.SiteBlock) {
		for _, b := range bs {
			c.log.Info("site learned a repeated block", "host", b.Host, "id", b.ID, "position", b.Position, "count", b.Count, "text", clip(b.Text, 80))
		}
		c.count(func(s *Stats) { s.Learned += len(bs) })
	}, func(err error) { c.failStore(err) })
	sstats, err := s.Run(cctx, cfg.Seeds, c.handle)
	stopLearning()
	if sh != nil {
		logShared(bg, sh, log)
	}
	if c.arch != nil {
		if cerr := c.arch.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}
	c.mu.Lock()
	storeErr := c.storeErr
	c.mu.Unlock()
	if err == nil && ctx.Err() == nil && storeErr == nil {
		err = c.converge(ctx)
	}

	c.mu.Lock()
	c.stats.Scraper = sstats
	c.stats.Elapsed = time.Since(start)
	storeErr = c.storeErr
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
	c.stats.finish(&c.tallies)
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
	learn *learner
	arch  *archive.Writer // nil: archiving off
	sh    *shared.Crawl   // nil: not shared

	mu      sync.Mutex // guards stats, tallies and storeErr, and serialises OnProgress
	stats   Stats
	tallies tallies
	// failLines counts the failures logged, for maxFailLines.
	failLines int
	storeErr  error
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

	host := store.SiteOf(p.URL.String())
	site, err := c.learn.blocks(wctx, host)
	if err != nil {
		return c.failStore(err)
	}
	opts := cleaner.Options{
		ContentType: p.Header.Get("Content-Type"),
		Keep:        c.keep,
		SiteBlocks:  site,
	}
	if c.log.Enabled(wctx, slog.LevelDebug) {
		opts.Logger = c.log.With("url", p.URL.String())
	}
	a, err := cleaner.Clean(bytes.NewReader(p.Body), p.URL, opts)
	if err != nil {
		if errors.Is(err, cleaner.ErrNoArticle) || errors.Is(err, cleaner.ErrNotHTML) ||
			errors.Is(err, cleaner.ErrEmpty) || errors.Is(err, cleaner.ErrTooLarge) {
			c.log.Debug("no article", "url", p.URL.String(), "err", err)
			c.count(func(s *Stats) { s.NoArticle++ })
			c.note(wctx, p, store.Record{Verdict: store.VerdictNotArticle, Reason: cleanReason(err), Detail: err.Error(), Status: p.StatusCode})
			return nil
		}
		c.count(func(s *Stats) { s.Errors++ })
		c.note(wctx, p, store.Record{Verdict: store.VerdictError, Reason: "cleaning failed", Detail: err.Error(), Status: p.StatusCode})
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
	if res.Outcome != store.Duplicate {
		if err := c.keepPage(wctx, p, res, host, a, site); err != nil {
			return c.failStore(err)
		}
	}
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

// note records the outcome of an article page that was not stored, under
// the URL requested and the page's URL.
func (c *crawler) note(ctx context.Context, p *scraper.Page, rec store.Record) {
	rec.At = p.FetchedAt.UTC()
	for i, u := range []string{p.RequestURL.String(), p.URL.String()} {
		if i == 1 && u == p.RequestURL.String() {
			break
		}
		rec.URL = u
		if err := c.d.Note(rec); err != nil {
			c.failStore(err)
			return
		}
	}
	c.mu.Lock()
	c.tallies.addReason(string(rec.Verdict), rec.Reason)
	c.mu.Unlock()
}

// maxFailLines is the number of failed URLs a crawl logs at Info; the
// others go to Debug, and pith stats and pith why list them all.
const maxFailLines = 20

// outcome records what the scraper did with a URL it did not pass on.
func (c *crawler) outcome(o scraper.Outcome) {
	rec := store.Record{URL: o.URL, Verdict: store.Verdict(o.Kind), Reason: o.Reason, Status: o.Status, DuplicateOf: o.Other}
	if o.Err != nil {
		rec.Detail = o.Err.Error()
	}
	if o.Kind == scraper.Failed {
		c.logFailure(rec)
	}
	if err := c.d.Note(rec); err != nil {
		c.failStore(err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tallies.addReason(string(o.Kind), o.Reason)
	if o.Kind == scraper.OutOfScope && o.Other == "" {
		c.stats.OutOfScopeLinks++
	}
	if o.Kind == scraper.Failed {
		c.tallies.addFailedHost(o.URL)
	}
}

// cleanReason names why the cleaner found no article, in a few words.
func cleanReason(err error) string {
	switch {
	case errors.Is(err, cleaner.ErrNotHTML):
		return "not HTML"
	case errors.Is(err, cleaner.ErrEmpty):
		return "empty page"
	case errors.Is(err, cleaner.ErrTooLarge):
		return "page too large"
	}
	return "no article text found"
}

// logFailure logs a failed URL at Info the first time it fails the same
// way, and at most maxFailLines times a crawl: a link that 404s on every run
// of a daemon is one line, not one line a run.
func (c *crawler) logFailure(rec store.Record) {
	prev, seen, err := c.d.Why(rec.URL)
	again := err == nil && seen && prev.Verdict == rec.Verdict && prev.Reason == rec.Reason
	c.mu.Lock()
	c.failLines++
	n := c.failLines
	c.mu.Unlock()
	args := []any{"url", rec.URL, "reason", rec.Reason}
	if rec.Detail != "" {
		args = append(args, "err", rec.Detail)
	}
	switch {
	case again:
		c.log.Debug("still failing", append(args, "since", prev.At)...)
	case n <= maxFailLines:
		c.log.Info("fetch failed", args...)
	case n == maxFailLines+1:
		c.log.Info("more URLs failed; they are logged at debug level (pith stats lists them)")
		c.log.Debug("fetch failed", args...)
	default:
		c.log.Debug("fetch failed", args...)
	}
}
