package scraper

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/pith-news/pith/internal/machinery/fetch"
	"github.com/pith-news/pith/internal/machinery/robots"
	"github.com/pith-news/pith/internal/machinery/urlcanon"
)

// Scraper crawls sites. It is safe for concurrent use; each Run is
// independent of the others (its own frontier, robots.txt cache and
// politeness state) but they share one HTTP transport.
type Scraper struct {
	cfg       Config
	transport http.RoundTripper
}

// New returns a Scraper configured by cfg, or an error if cfg is invalid.
func New(cfg Config) (*Scraper, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	t := cfg.Transport
	if t == nil {
		t = fetch.NewTransport(fetch.TransportConfig{
			ConnectTimeout:        cfg.ConnectTimeout,
			ResponseHeaderTimeout: cfg.Timeout,
			MaxIdleConnsPerHost:   cfg.Parallelism + 1,
		})
	}
	return &Scraper{cfg: cfg, transport: t}, nil
}

// Run crawls from seeds (site URLs, sitemap URLs or feed URLs), calling h
// for every article page found, and returns the totals once every worker
// has stopped. It returns an error for a seed it cannot parse; errors of
// single pages are counted in Stats (and logged), not returned. When ctx
// is cancelled, Run stops fetching promptly and returns ctx.Err() with the
// totals so far; a Handler call in progress is waited for.
func (s *Scraper) Run(ctx context.Context, seeds []string, h Handler) (Stats, error) {
	if h == nil {
		return Stats{}, errors.New("scraper: nil Handler")
	}
	var seedURLs []*url.URL
	for _, raw := range seeds {
		u, err := url.Parse(strings.TrimSpace(raw))
		if err != nil {
			return Stats{}, fmt.Errorf("scraper: seed %q: %w", raw, err)
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			return Stats{}, fmt.Errorf("scraper: seed %q: not an absolute http(s) URL", raw)
		}
		seedURLs = append(seedURLs, urlcanon.StripTracking(u))
	}
	if len(seedURLs) == 0 {
		return Stats{}, errors.New("scraper: no seeds")
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := &run{
		cfg:      &s.cfg,
		handler:  h,
		scope:    newScope(s.cfg.Scope, canonicalAll(seedURLs)),
		agent:    robots.ProductToken(s.cfg.UserAgent),
		frontier: newFrontier(),
		seed:     maphash.MakeSeed(),
		seen:     make(map[uint64]struct{}),
		handled:  make(map[uint64]struct{}),
		noted:    make(map[uint64]struct{}),
		origins:  make(map[string]bool),
		calendar: make(map[string]map[string]struct{}),
		warned:   make(map[string]bool),
		perHost:  make(map[string]int),
		outcomes: make(map[string]*hostOutcome),
		start:    time.Now(),
	}
	r.sharedCtx, r.cancel = ctx, cancel
	r.fetcher = newFetcher(s.transport, &s.cfg, r)
	r.collector = r.newCollector(ctx)
	defer func() {
		if ci, ok := s.transport.(interface{ CloseIdleConnections() }); ok {
			ci.CloseIdleConnections()
		}
	}()

	hosts := make(map[string]bool)
	var items []Item
	for _, u := range seedURLs {
		c := Canonicalize(u)
		hosts[c.Scheme+"://"+c.Host] = true
		r.outcomes[hostKey(c.Host)] = &hostOutcome{}
		if s.cfg.Shared == nil {
			r.add(u, 0, kindPage, true)
			continue
		}
		t := task{url: c.String(), raw: u.String(), kind: kindPage, seed: true}
		if t.raw == t.url {
			t.raw = ""
		}
		items = append(items, sharedItem(t))
	}
	if s.cfg.Shared != nil {
		if err := s.cfg.Shared.Start(ctx, items); err != nil {
			return Stats{}, fmt.Errorf("scraper: %w", err)
		}
	}

	workers := min(s.cfg.Parallelism*len(hosts), maxWorkers)
	var wg sync.WaitGroup
	for range workers {
		if s.cfg.Shared != nil {
			wg.Go(func() { r.workShared(ctx) })
		} else {
			wg.Go(func() { r.work(ctx) })
		}
	}
	wg.Wait()

	st := r.snapshot()
	r.mu.Lock()
	sharedErr := r.sharedErr
	r.mu.Unlock()
	if sharedErr != nil {
		return st, fmt.Errorf("scraper: %w", sharedErr)
	}
	if ctx.Err() == nil {
		st.FailedHosts = r.failedHosts()
	}
	for _, f := range st.FailedHosts {
		s.cfg.Logger.Warn("no page could be fetched from a seed's host", "host", f.Host, "reason", f.Reason)
	}
	s.cfg.Logger.Debug("crawl done", "stats", st) // the caller logs its own summary
	if err := ctx.Err(); err != nil {
		return st, err
	}
	return st, nil
}

// run is the state of one Run.
type run struct {
	cfg       *Config
	handler   Handler
	scope     *scope
	agent     string // robots.txt product token
	frontier  *frontier
	fetcher   *fetcher
	collector *colly.Collector
	start     time.Time
	seed      maphash.Seed
	// sharedCtx is the run's context, for the calls to cfg.Shared made
	// where no context is passed; cancel stops the run with a cause.
	sharedCtx context.Context
	cancel    context.CancelCauseFunc

	mu      sync.Mutex          // guards the fields below
	seen    map[uint64]struct{} // hashes of canonical URLs queued or fetched
	handled map[uint64]struct{} // hashes of canonical URLs passed to the Handler
	noted   map[uint64]struct{} // hashes of links reported out of scope
	origins map[string]bool     // scheme://host whose sitemaps are looked for
	pages   int                 // pages started, for MaxPages
	full    bool                // the shared crawl reached MaxPages
	perHost map[string]int      // pages started per hostKey, for MaxPagesPerHost
	// calendar holds the values seen of each calendar-like query
	// parameter, per host, path and parameter (see trap).
	calendar map[string]map[string]struct{}
	warned   map[string]bool // keys and messages of the warnings given (see warnOnce)
	// outcomes says, per seed host (hostKey), whether a request to it was
	// answered and why the others failed.
	outcomes map[string]*hostOutcome
	stats    Stats
	// sharedErr is the first error of cfg.Shared, which stopped the run.
	sharedErr error

	progressMu sync.Mutex // serialises OnProgress calls
}

// count updates the totals.
func (r *run) count(f func(*Stats)) {
	r.mu.Lock()
	f(&r.stats)
	r.mu.Unlock()
}

func (r *run) snapshot() Stats {
	r.mu.Lock()
	st := r.stats
	r.mu.Unlock()
	if r.cfg.Shared != nil {
		st.Queued = r.queuedShared()
	} else {
		st.Queued = r.frontier.len()
	}
	st.Elapsed = time.Since(r.start)
	return st
}

func (r *run) progress() {
	if r.cfg.OnProgress == nil {
		return
	}
	r.progressMu.Lock()
	defer r.progressMu.Unlock()
	r.cfg.OnProgress(r.snapshot())
}

func (r *run) hash(u string) uint64 {
	return maphash.String(r.seed, u)
}

// markSeen records u as seen and reports whether it was new.
func (r *run) markSeen(u *url.URL) bool {
	if r.cfg.Shared != nil {
		return r.seeShared(u.String())
	}
	k := r.hash(u.String())
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.seen[k]; ok {
		return false
	}
	r.seen[k] = struct{}{}
	return true
}

// add queues u if its canonical form is in scope, passes the filters and
// the depth limit, was not seen before and does not look like a spider
// trap. u is fetched as given, and known by its canonical form.
func (r *run) add(raw *url.URL, depth int, k kind, seed bool) {
	u := Canonicalize(raw)
	s := u.String()
	rs := raw.String()
	if rs == s {
		rs = ""
	}
	if !seed {
		switch k {
		case kindPage:
			reason := ""
			switch {
			case r.cfg.MaxDepth > 0 && depth > r.cfg.MaxDepth:
				reason = "deeper than the depth limit"
			case !r.scope.contains(u):
				reason = "outside the crawl's scope"
			case !r.passes(s):
				reason = "filtered out by include or exclude"
			}
			if reason != "" {
				r.noteOnce(u, reason)
				return
			}
		default:
			if !r.scope.sameSite(u) {
				return
			}
		}
	}
	if r.cfg.Shared == nil && !r.markSeen(u) {
		return
	}
	if !seed {
		if why := r.trap(u, s); why != "" {
			r.count(func(st *Stats) { st.Traps++ })
			r.warnOnce(u.Host+" "+why, "URLs skipped as a spider trap", "host", u.Host, "reason", why, "url", truncate(s, 200))
			return
		}
	}
	if len(rs) > MaxURLLength {
		r.count(func(st *Stats) { st.Traps++ })
		r.warnOnce(u.Host+" "+trapLength, "URLs skipped as a spider trap", "host", u.Host, "reason", trapLength, "url", truncate(rs, 200))
		return
	}
	t := task{url: s, raw: rs, depth: depth, kind: k, seed: seed}
	if r.cfg.Shared != nil {
		// The shared seen set is checked and the task queued in one step,
		// so that no process loses a URL another one marked.
		if isNew, queued := r.pushShared(t); isNew && !queued {
			r.count(func(st *Stats) { st.Dropped++ })
			r.warnOnce("", "queue full: URLs dropped", "url", truncate(s, 200))
		}
		return
	}
	if !r.frontier.push(t) {
		r.count(func(st *Stats) { st.Dropped++ })
		r.warnOnce("", "queue full: URLs dropped", "url", truncate(s, 200))
	}
}

// truncate shortens s to at most n bytes for a log line.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// canonicalAll returns the canonical forms of us.
func canonicalAll(us []*url.URL) []*url.URL {
	out := make([]*url.URL, len(us))
	for i, u := range us {
		out[i] = Canonicalize(u)
	}
	return out
}

// noteOnce reports a link not followed, once per URL, and only for URLs on
// the seeds' sites: links to the rest of the web are not worth a record.
func (r *run) noteOnce(u *url.URL, reason string) {
	if r.cfg.OnOutcome == nil || !r.scope.sameSite(u) {
		return
	}
	k := r.hash(u.String())
	r.mu.Lock()
	_, done := r.noted[k]
	if !done {
		r.noted[k] = struct{}{}
	}
	r.mu.Unlock()
	if !done {
		r.cfg.OnOutcome(Outcome{URL: u.String(), Kind: OutOfScope, Reason: reason})
	}
}

// outcome reports what became of a URL.
func (r *run) outcome(o Outcome) {
	if r.cfg.OnOutcome != nil {
		r.cfg.OnOutcome(o)
	}
}

// passes applies Include and Exclude to a canonical URL.
func (r *run) passes(u string) bool {
	for _, re := range r.cfg.Exclude {
		if re.MatchString(u) {
			return false
		}
	}
	if len(r.cfg.Include) == 0 {
		return true
	}
	for _, re := range r.cfg.Include {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}

// work takes tasks until the crawl is over.
func (r *run) work(ctx context.Context) {
	for {
		t, ok := r.frontier.next(ctx)
		if !ok {
			return
		}
		r.process(ctx, t)
		r.frontier.done()
		if ctx.Err() == nil {
			r.progress()
		}
	}
}
