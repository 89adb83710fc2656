package scraper

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/pith-news/pith/internal/machinery/fetch"
)

// response is what the colly callbacks gather for one request.
type response struct {
	status int
	header http.Header // as the server sent it
	body   []byte      // 2xx only
	html   *htmlInfo   // for an HTML 2xx answer
	at     time.Time
}

// stateKey is the colly.Context key of a request's *response.
const stateKey = "pith.response"

// newCollector returns the colly collector of a run: synchronous (the
// run's workers call it), cancelled by ctx, without colly's robots.txt
// handling (fetcher does it), redirects handed back to the crawl loop,
// every request through the run's fetcher. Options are applied to an
// initialised collector instead of through NewCollector, which would let
// COLLY_* environment variables override them.
func (r *run) newCollector(ctx context.Context) *colly.Collector {
	c := &colly.Collector{}
	c.Init()
	for _, opt := range []colly.CollectorOption{
		colly.StdlibContext(ctx),
		colly.UserAgent(r.cfg.UserAgent),
		colly.AllowURLRevisit(), // the run deduplicates canonical URLs itself
		colly.IgnoreRobotsTxt(),
		colly.MaxBodySize(0), // fetcher caps bodies after decompression
	} {
		opt(c)
	}
	c.WithTransport(r.fetcher)
	c.SetRequestTimeout(0) // fetcher bounds each attempt, not the wait for a turn
	c.SetRedirectHandler(func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse })

	c.OnResponseHeaders(func(resp *colly.Response) {
		st, ok := resp.Ctx.GetAny(stateKey).(*response)
		if !ok {
			return
		}
		st.status = resp.StatusCode
		st.header = resp.Headers.Clone()
		st.at = time.Now()
		// colly re-encodes a body whose Content-Type names a charset other
		// than UTF-8; the cleaner decodes it itself, once. Hide the charset
		// from colly (Page.Header keeps the original).
		if ct := resp.Headers.Get("Content-Type"); strings.Contains(strings.ToLower(ct), "charset") {
			if mt := fetch.MediaType(*resp.Headers); mt != "" {
				resp.Headers.Set("Content-Type", mt)
			}
		}
	})
	c.OnResponse(func(resp *colly.Response) {
		if st, ok := resp.Ctx.GetAny(stateKey).(*response); ok {
			st.body = resp.Body
		}
	})
	c.OnHTML("html", func(e *colly.HTMLElement) {
		st, ok := e.Request.Ctx.GetAny(stateKey).(*response)
		if !ok {
			return
		}
		info := readHTML(e.Request.URL, e.DOM)
		st.html = &info
	})
	return c
}

// fetch requests u through colly and returns what its callbacks gathered.
// err is set when no response was had (or colly reports an HTTP error,
// with status set).
func (r *run) fetch(u *url.URL, hdr http.Header) (*response, error) {
	st := &response{}
	cctx := colly.NewContext()
	cctx.Put(stateKey, st)
	err := r.collector.Request(http.MethodGet, u.String(), nil, cctx, hdr.Clone())
	return st, err
}

// process fetches one task and acts on the answer.
func (r *run) process(ctx context.Context, t task) {
	defer func() {
		if p := recover(); p != nil {
			r.count(func(s *Stats) { s.Errors++ })
			r.cfg.Logger.Error("panic while crawling", "url", t.url, "panic", fmt.Sprint(p))
			r.outcome(Outcome{URL: t.url, Kind: Failed, Reason: "panic", Err: fmt.Errorf("panic: %v", p)})
		}
	}()
	u, err := url.Parse(t.url)
	if err != nil {
		r.count(func(s *Stats) { s.Errors++ })
		return
	}
	// The URL as the site wrote it is what robots.txt is checked against
	// and what is fetched; its canonical form u only names it.
	fetchURL := u
	if t.raw != "" {
		if fetchURL, err = url.Parse(t.raw); err != nil {
			r.count(func(s *Stats) { s.Errors++ })
			return
		}
	}
	if t.kind == kindRobots {
		r.readRobots(ctx, u)
		return
	}
	if t.kind == kindPage && !t.seed && r.cfg.Skip != nil && r.cfg.Skip(t.url) {
		r.count(func(s *Stats) { s.Skipped++ })
		return
	}
	if !r.allowed(ctx, t, fetchURL) || !r.take(t) {
		return
	}

	hdr := http.Header{}
	if t.kind == kindPage {
		hdr.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
	} else {
		hdr.Set("Accept", "application/xml,text/xml;q=0.9,*/*;q=0.8")
	}
	conditional := false
	if t.kind == kindPage && r.cfg.Validators != nil {
		etag, lastMod := r.cfg.Validators(t.url)
		if etag != "" {
			hdr.Set("If-None-Match", etag)
		}
		if lastMod != "" {
			hdr.Set("If-Modified-Since", lastMod)
		}
		conditional = etag != "" || lastMod != ""
	}

	cur := fetchURL
	for hop := 0; ; hop++ {
		if hop > 0 && !r.allowed(ctx, t, cur) {
			return
		}
		resp, err := r.fetch(cur, hdr)
		if ctx.Err() != nil {
			return
		}
		if resp.status == 0 {
			r.fetchFailed(t, cur, err)
			return
		}
		if isRedirect(resp.status) {
			r.hostAnswered(cur)
			next, ok := r.redirect(t, cur, resp, hop)
			if !ok {
				return
			}
			cur = next
			continue
		}
		r.answer(ctx, t, u, cur, resp, conditional)
		return
	}
}

// allowed reports whether robots.txt lets the crawl fetch u, fetching
// robots.txt first if need be; a URL it forbids is counted.
func (r *run) allowed(ctx context.Context, t task, u *url.URL) bool {
	if r.cfg.IgnoreRobots {
		return true
	}
	rules, _, err := r.fetcher.rules(ctx, u)
	if err != nil {
		return false // cancelled
	}
	if !rules.Allowed(robotsPath(u)) {
		if why := r.fetcher.host(u).robotsFailure(); why != "" {
			r.hostFailed(u, why)
		} else {
			r.hostFailed(u, "disallowed by robots.txt")
		}
		r.count(func(s *Stats) { s.Disallowed++ })
		r.cfg.Logger.Debug("disallowed by robots.txt", "url", u.String())
		o := Outcome{URL: t.url, Kind: Disallowed, Reason: "robots.txt"}
		if u.String() != t.url {
			o.Other, o.Reason = u.String(), "redirect target disallowed by robots.txt"
		}
		r.outcome(o)
		return false
	}
	return true
}

// take applies MaxPages and the duplicate check to a task about to be
// fetched; it reports whether to fetch it, and counts it if so.
func (r *run) take(t task) bool {
	ok, dup := r.takeLocked(t)
	if dup {
		r.outcome(Outcome{URL: t.url, Kind: Duplicate, Reason: "already passed on as another page's canonical URL"})
	}
	if !ok || t.kind != kindPage || !r.sharedCap() {
		return ok
	}
	// The cap is the crawl's, across the processes: Redis counts.
	won, err := r.cfg.Shared.Take(r.sharedCtx, r.cfg.MaxPages)
	if err != nil {
		r.sharedFailed(err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !won {
		r.full = true
		r.perHost[hostOf(t.url)]--
		return false
	}
	r.pages++
	r.stats.Fetched++
	return true
}

// sharedCap reports whether MaxPages is counted in the shared state.
func (r *run) sharedCap() bool { return r.cfg.Shared != nil && r.cfg.MaxPages > 0 }

// takeLocked is take under r.mu; dup says the task was a duplicate.
func (r *run) takeLocked(t task) (ok, dup bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cfg.MaxPages > 0 && (r.pages >= r.cfg.MaxPages || r.full) {
		return false, false // the crawl is full: drop what is left
	}
	if t.kind != kindPage {
		return true, false
	}
	if _, ok := r.handled[r.hash(t.url)]; ok {
		r.stats.Duplicates++ // already passed on as another page's rel=canonical
		return false, true
	}
	host := hostOf(t.url)
	if limit := r.cfg.MaxPagesPerHost; limit > 0 && r.perHost[host] >= limit {
		r.stats.OverBudget++
		if !r.warned["budget\x00"+host] {
			r.warned["budget\x00"+host] = true
			r.cfg.Logger.Warn("host page budget reached: its other pages are not fetched in this run", "host", host, "max_pages_per_host", limit)
		}
		return false, false
	}
	r.perHost[host]++
	if r.sharedCap() {
		return true, false // counted by take, once Redis said yes
	}
	r.pages++
	r.stats.Fetched++
	return true, false
}

// hostOf returns the hostKey of a canonical URL string.
func hostOf(raw string) string {
	_, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	return hostKey(rest)
}

// robotsPath is what robots.txt rules are matched against.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// redirect checks the target of a redirect from cur and returns it if the
// crawl should follow it.
func (r *run) redirect(t task, cur *url.URL, resp *response, hop int) (*url.URL, bool) {
	next := parseRaw(cur, resp.header.Get("Location"))
	var canon *url.URL
	if next != nil {
		canon = Canonicalize(next)
	}
	log := r.cfg.Logger
	switch {
	case next == nil:
		r.count(func(s *Stats) { s.Errors++ })
		log.Debug("bad redirect", "url", cur.String(), "location", resp.header.Get("Location"))
		r.outcome(Outcome{URL: t.url, Kind: Failed, Reason: "bad redirect", Status: resp.status})
		return nil, false
	case hop+1 > maxRedirects:
		r.count(func(s *Stats) { s.Errors++ })
		log.Debug("redirect failed", "url", cur.String(), "err", fetch.ErrTooManyRedirects)
		r.outcome(Outcome{URL: t.url, Kind: Failed, Reason: "too many redirects", Err: fetch.ErrTooManyRedirects})
		return nil, false
	case t.kind == kindPage && !r.scope.contains(canon), t.kind != kindPage && !r.scope.sameSite(canon):
		r.count(func(s *Stats) { s.OutOfScope++ })
		level := log.Debug
		if t.seed {
			level = log.Warn
		}
		level("redirect out of scope", "url", cur.String(), "location", next.String(), "err", errOutOfScope)
		r.outcome(Outcome{URL: t.url, Kind: OutOfScope, Reason: "redirect out of scope", Status: resp.status, Other: next.String()})
		return nil, false
	case !r.markSeen(canon):
		// The target is queued or fetched on its own.
		r.count(func(s *Stats) { s.Duplicates++ })
		log.Debug("redirect to a known URL", "url", cur.String(), "location", next.String())
		r.outcome(Outcome{URL: t.url, Kind: Duplicate, Reason: "redirect to a URL already seen", Status: resp.status, Other: next.String()})
		return nil, false
	}
	log.Debug("redirect", "url", cur.String(), "location", next.String(), "status", resp.status)
	return next, true
}

// fetchFailed counts a request that had no answer.
func (r *run) fetchFailed(t task, u *url.URL, err error) {
	log := r.cfg.Logger
	switch {
	case errors.Is(err, fetch.ErrNotHTML):
		r.hostAnswered(u)
		r.count(func(s *Stats) { s.NonHTML++ })
		log.Debug("not HTML: skipped", "url", u.String(), "err", err)
		r.outcome(Outcome{URL: t.url, Kind: NonHTML, Reason: "not HTML", Err: err})
	case errors.Is(err, errHostPaused):
		r.count(func(s *Stats) { s.Paused++ })
		r.hostFailed(u, err.Error())
	default:
		r.count(func(s *Stats) { s.Errors++ })
		r.hostFailed(u, "unreachable: "+truncate(errString(err), 300))
		r.failLog()("fetch failed", "url", u.String(), "kind", t.kind.String(), "err", err)
		o := Outcome{URL: t.url, Kind: Failed, Reason: fetchReason(err), Err: err}
		if se, ok := errors.AsType[*fetch.StatusError](err); ok {
			o.Status = se.Code
		}
		r.outcome(o)
	}
}
