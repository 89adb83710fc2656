package crawl

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
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
	// OutOfScopeLinks counts the links on the seeds' sites not followed
	// for the scope, the filters or the depth (each URL once).
	OutOfScopeLinks int
	// Resumed says the crawl resumed an interrupted one.
	Resumed bool
	// Complete says the crawl ran to its end (not interrupted).
	Complete bool
	// Elapsed is the time since Run started.
	Elapsed time.Duration
	// TopReasons are the most frequent reasons a URL was not stored, most
	// frequent first (at most 5); FailedHosts the hosts with failed
	// requests, most failures first (at most 10). Both are set on the
	// Stats Run returns, not on progress.
	TopReasons  []Count
	FailedHosts []Count
}

// tallies count the reasons and failed hosts of a crawl.
type tallies struct {
	reasons map[string]int // "verdict: reason" → URLs, up to maxDistinct
	hosts   map[string]int // host → failures, up to maxDistinct
}

// Count is a name and how many times it occurred.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

// maxDistinct bounds the reasons and hosts a crawl counts.
const maxDistinct = 1000

func (s *tallies) addReason(verdict, reason string) {
	if s.reasons == nil {
		s.reasons = map[string]int{}
	}
	k := verdict
	if reason != "" {
		k += ": " + reason
	}
	if _, ok := s.reasons[k]; ok || len(s.reasons) < maxDistinct {
		s.reasons[k]++
	}
}

func (s *tallies) addFailedHost(rawURL string) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return
	}
	if s.hosts == nil {
		s.hosts = map[string]int{}
	}
	if _, ok := s.hosts[u.Host]; ok || len(s.hosts) < maxDistinct {
		s.hosts[u.Host]++
	}
}

// top returns the n largest counts of m, largest first, names breaking ties.
func top(m map[string]int, n int) []Count {
	var out []Count
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	slices.SortFunc(out, func(a, b Count) int {
		if c := cmp.Compare(b.N, a.N); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// finish sets the fields of the final totals.
func (s *Stats) finish(t *tallies) {
	s.TopReasons, s.FailedHosts = top(t.reasons, 5), top(t.hosts, 10)
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

// rate returns the pages fetched per second, to one decimal.
func (s Stats) rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return math.Round(float64(s.Scraper.Fetched)/s.Elapsed.Seconds()*10) / 10
}

// Outcomes returns the pages and URLs of the crawl by outcome, in the
// verdicts of pith why (see store.Verdict), plus "skipped" for the URLs a
// resumed crawl did not fetch again.
func (s Stats) Outcomes() []Count {
	sc := s.Scraper
	return []Count{
		{"stored", s.Stored()},
		{"unchanged", s.Unchanged + s.NotModified},
		{"duplicate", s.Duplicate + sc.Duplicates},
		{"hub", sc.Hubs},
		{"not_article", s.NoArticle},
		{"disallowed", sc.Disallowed},
		{"out_of_scope", sc.OutOfScope + s.OutOfScopeLinks},
		{"non_html", sc.NonHTML},
		{"error", s.AllErrors()},
		{"skipped", sc.Skipped},
	}
}

// String formats the totals on one line, for a status line or a summary.
func (s Stats) String() string {
	return fmt.Sprintf("%d pages fetched (%.1f/s), %d articles stored (%d new, %d changed), %d skipped, %d errors, %s",
		s.Scraper.Fetched, s.rate(), s.Stored(), s.Created, s.Updated, s.Skipped(), s.AllErrors(), s.Elapsed.Round(100*time.Millisecond))
}

// Summary writes the totals of a finished crawl for a person: the headline,
// the counts by outcome (those not zero), the top reasons for not storing a
// URL and the failed hosts.
func (s Stats) Summary(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "  %s\n", s)
	var parts []string
	for _, c := range s.Outcomes() {
		if c.N > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c.N, c.Name))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(&b, "  by outcome: %s\n", strings.Join(parts, ", "))
	}
	if len(s.TopReasons) > 0 {
		fmt.Fprintf(&b, "  top reasons: %s\n", joinCounts(s.TopReasons))
	}
	if len(s.FailedHosts) > 0 {
		fmt.Fprintf(&b, "  failed hosts: %s\n", joinCounts(s.FailedHosts))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func joinCounts(cs []Count) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s (%d)", c.Name, c.N)
	}
	return strings.Join(parts, "; ")
}

// LogValue logs the totals as a group: counts by outcome, the rate to one
// decimal, the elapsed time in seconds, the top reasons and failed hosts.
func (s Stats) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.Int("fetched", s.Scraper.Fetched),
		slog.Int("requests", s.Scraper.Requests),
		slog.Float64("pages_per_sec", s.rate()),
		slog.Int("created", s.Created),
		slog.Int("updated", s.Updated),
	}
	for _, c := range s.Outcomes() {
		attrs = append(attrs, slog.Int(c.Name, c.N))
	}
	attrs = append(attrs,
		slog.Bool("resumed", s.Resumed),
		slog.Bool("complete", s.Complete),
		slog.Float64("elapsed_s", math.Round(s.Elapsed.Seconds()*10)/10),
	)
	if len(s.TopReasons) > 0 {
		attrs = append(attrs, slog.String("top_reasons", joinCounts(s.TopReasons)))
	}
	if len(s.FailedHosts) > 0 {
		attrs = append(attrs, slog.String("failed_hosts", joinCounts(s.FailedHosts)))
	}
	return slog.GroupValue(attrs...)
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
	sc.OnOutcome = c.outcome
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

	a, err := cleaner.Clean(bytes.NewReader(p.Body), p.URL, cleaner.Options{
		ContentType: p.Header.Get("Content-Type"),
		Keep:        c.keep,
	})
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
