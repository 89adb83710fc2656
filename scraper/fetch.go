package scraper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/pith-news/pith/internal/machinery/fetch"
	"github.com/pith-news/pith/internal/machinery/robots"
)

// fetcher is the http.RoundTripper under colly's client for one Run: it
// waits for a turn at the request's host (Parallelism, Delay,
// Crawl-delay), retries network errors, 429s and 5xx with backoff, reads
// the body up to MaxBodySize after decompression and refuses content that
// is neither HTML nor XML. Redirects are not followed here: the crawl loop
// follows them itself, checking scope and robots.txt at each hop.
type fetcher struct {
	base http.RoundTripper
	cfg  *Config
	run  *run

	mu    sync.Mutex // guards hosts
	hosts map[string]*host
}

// host is the politeness state of one scheme://host:port.
type host struct {
	parallel int // requests in flight allowed

	mu       sync.Mutex    // guards the fields below
	inflight int           // requests in flight
	next     time.Time     // earliest start of the next request
	delay    time.Duration // Crawl-delay, once robots.txt is read
	changed  chan struct{} // closed (and replaced) when inflight drops

	// robotsLock is held (a token in the channel) while robots.txt is
	// fetched, so that one request fetches it for the host.
	robotsLock chan struct{}
	rules      *robots.Agent // nil until fetched
	sitemaps   []string
	// robotsErr says why robots.txt could not be had (a 5xx, a 429, a
	// network error), which disallows the host; "" when it was read or
	// missing.
	robotsErr string
	// paused, once set, says why no more requests go to the host in this
	// run (a Retry-After longer than fetch.MaxRetryAfter).
	paused string
}

// robotsFailure returns why robots.txt could not be had, or "".
func (h *host) robotsFailure() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.robotsErr
}

func newFetcher(base http.RoundTripper, cfg *Config, r *run) *fetcher {
	return &fetcher{base: base, cfg: cfg, run: r, hosts: make(map[string]*host)}
}

// hostKeyOf returns the key of u's politeness state: scheme://host.
func hostKeyOf(u *url.URL) string { return u.Scheme + "://" + u.Host }

// host returns the state of u's scheme://host.
func (f *fetcher) host(u *url.URL) *host {
	key := hostKeyOf(u)
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[key]
	if !ok {
		h = &host{
			parallel:   f.cfg.Parallelism,
			changed:    make(chan struct{}),
			robotsLock: make(chan struct{}, 1),
		}
		f.hosts[key] = h
	}
	return h
}

// acquire waits for a turn at h: fewer than Parallelism requests in flight
// and the delay since the previous start over. The caller calls release.
func (f *fetcher) acquire(ctx context.Context, h *host) error {
	for {
		h.mu.Lock()
		if h.paused != "" {
			err := fmt.Errorf("%w: %s", errHostPaused, h.paused)
			h.mu.Unlock()
			return err
		}
		now := time.Now()
		if h.inflight < h.parallel && !now.Before(h.next) {
			h.inflight++
			h.next = now.Add(f.pause(h.delay))
			h.mu.Unlock()
			return nil
		}
		var wake <-chan time.Time
		var timer *time.Timer
		changed := h.changed
		if h.inflight < h.parallel {
			timer = time.NewTimer(h.next.Sub(now))
			wake = timer.C
		}
		h.mu.Unlock()
		select {
		case <-ctx.Done():
			if timer != nil {
				timer.Stop()
			}
			return ctx.Err()
		case <-changed:
		case <-wake:
		}
		if timer != nil {
			timer.Stop()
		}
	}
}

func (f *fetcher) release(h *host) {
	h.mu.Lock()
	h.inflight--
	close(h.changed)
	h.changed = make(chan struct{})
	h.mu.Unlock()
}

// pause draws the wait before the next request to a host: Delay drawn
// between Delay/2 and 3*Delay/2, or the Crawl-delay if that is longer.
func (f *fetcher) pause(crawlDelay time.Duration) time.Duration {
	d := f.cfg.Delay
	if d > 0 {
		d = d/2 + rand.N(d+1)
	}
	return max(d, crawlDelay)
}

// holdOff keeps every request to h waiting until t (a Retry-After).
func (h *host) holdOff(t time.Time) {
	h.mu.Lock()
	if t.After(h.next) {
		h.next = t
	}
	h.mu.Unlock()
}

// notHTMLError wraps fetch.ErrNotHTML with the media type.
type notHTMLError struct{ mediaType string }

func (e *notHTMLError) Error() string {
	return fmt.Sprintf("scraper: %q is not HTML", e.mediaType)
}
func (e *notHTMLError) Unwrap() error { return fetch.ErrNotHTML }

// RoundTrip implements http.RoundTripper for colly's client.
func (f *fetcher) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, body, truncated, err := f.do(req.Context(), req, f.cfg.MaxBodySize, true)
	if err != nil {
		return nil, err
	}
	if truncated {
		if mt := fetch.MediaType(resp.Header); mt == "text/html" || mt == "application/xhtml+xml" {
			return nil, fmt.Errorf("%s: %w", req.URL, fetch.ErrTooLarge)
		}
		f.run.cfg.Logger.Warn("body cut at MaxBodySize", "url", req.URL.String(), "bytes", len(body))
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Header.Del("Content-Encoding")
	resp.Header.Del("Content-Length")
	resp.Uncompressed = true
	return resp, nil
}

// do sends req, waiting for a turn at its host and retrying network
// errors, 429s and 5xx (fetch.Retry). It returns the last response with
// its body read (at most limit bytes after decompression; truncated says
// more was there) and closed. When checkType is set, a 2xx answer whose
// content is neither HTML nor XML fails with fetch.ErrNotHTML, its body
// unread.
func (f *fetcher) do(ctx context.Context, req *http.Request, limit int64, checkType bool) (resp *http.Response, body []byte, truncated bool, err error) {
	h := f.host(req.URL)
	type read struct {
		body      []byte
		truncated bool
	}
	policy := fetch.Retry{
		Max:  f.cfg.Retries,
		Wait: f.cfg.RetryWait,
		Turn: func(ctx context.Context) (func(), error) {
			if f.cfg.Shared != nil {
				return f.turnShared(ctx, hostKeyOf(req.URL), h)
			}
			if err := f.acquire(ctx, h); err != nil {
				return nil, err
			}
			return func() { f.release(h) }, nil
		},
		HoldOff: func(t time.Time) {
			if f.cfg.Shared != nil {
				f.holdOffShared(hostKeyOf(req.URL), t)
				return
			}
			h.holdOff(t)
		},
		OnAttempt: func(retry bool) {
			f.run.count(func(s *Stats) {
				s.Requests++
				if retry {
					s.Retries++
				}
			})
		},
		OnRetry: func(attempt int, wait time.Duration, resp *http.Response, err error) {
			f.run.cfg.Logger.Debug("retry", "url", req.URL.String(), "attempt", attempt, "wait", wait, "status", statusOf(resp), "err", err)
		},
	}
	resp, r, err := fetch.Do(ctx, policy, func(ctx context.Context) (*http.Response, read, error) {
		resp, body, truncated, err := f.attempt(ctx, req, limit, checkType)
		return resp, read{body, truncated}, err
	})
	if resp != nil && fetch.Retryable(resp, nil) {
		if ra, ok := fetch.RetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok && ra > fetch.MaxRetryAfter {
			h.pause(fmt.Sprintf("%s answered %d with Retry-After %s, longer than the crawl waits (%s): no more requests to it in this run",
				req.URL.Host, resp.StatusCode, ra.Round(time.Second), fetch.MaxRetryAfter), f.run.cfg.Logger)
		}
	}
	return resp, r.body, r.truncated, err
}

// pause stops every further request to h in this run, and says so once.
func (h *host) pause(why string, log *slog.Logger) {
	h.mu.Lock()
	first := h.paused == ""
	if first {
		h.paused = why
	}
	h.mu.Unlock()
	if first {
		log.Warn("host paused", "reason", why)
	}
}

func statusOf(resp *http.Response) int {
	if resp == nil {
		return 0
	}
	return resp.StatusCode
}

// attempt makes one request, within Timeout, and reads the body.
func (f *fetcher) attempt(ctx context.Context, req *http.Request, limit int64, checkType bool) (*http.Response, []byte, bool, error) {
	actx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	resp, err := f.base.RoundTrip(req.Clone(actx))
	if err != nil {
		return nil, nil, false, err
	}
	defer resp.Body.Close()
	if checkType && resp.StatusCode/100 == 2 && !acceptable(resp, req.URL) {
		return nil, nil, false, fmt.Errorf("%s: %w", req.URL, &notHTMLError{fetch.MediaType(resp.Header)})
	}
	body, truncated, err := fetch.ReadBody(resp, limit)
	if err != nil {
		return nil, nil, false, fmt.Errorf("read %s: %w", req.URL, err)
	}
	f.run.count(func(s *Stats) { s.Bytes += int64(len(body)) })
	return resp, body, truncated, nil
}

// acceptable reports whether a 2xx answer may be a page, a sitemap or a
// feed, from its Content-Type (and, for ambiguous types, its path).
func acceptable(resp *http.Response, u *url.URL) bool {
	mt := fetch.MediaType(resp.Header)
	switch {
	case mt == "", mt == "text/html", mt == "application/xhtml+xml",
		mt == "text/xml", mt == "application/xml", mt == "text/plain",
		strings.HasSuffix(mt, "+xml"),
		mt == "application/gzip", mt == "application/x-gzip":
		return true
	case mt == "application/octet-stream", mt == "binary/octet-stream":
		p := strings.ToLower(u.Path)
		return strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".gz")
	}
	return false
}

// rules returns the robots.txt rules of u's host for this crawler,
// fetching robots.txt the first time: a 2xx answer is parsed, a 4xx means
// no rules, a 5xx or a network error (after retries) disallows everything
// for the rest of the run, as RFC 9309 section 2.3.1 says. Redirects are
// followed up to five times.
func (f *fetcher) rules(ctx context.Context, u *url.URL) (*robots.Agent, []string, error) {
	h := f.host(u)
	select {
	case h.robotsLock <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	defer func() { <-h.robotsLock }()
	if h.rules != nil {
		return h.rules, h.sitemaps, nil
	}
	var file RobotsFile
	var err error
	if f.cfg.Shared != nil {
		file, err = f.cfg.Shared.Robots(ctx, hostKeyOf(u), func(ctx context.Context) (RobotsFile, error) {
			file, err := f.fetchRobots(ctx, u)
			if err == nil && !f.cfg.IgnoreRobots {
				// Other processes space their requests by its Crawl-delay
				// from this request on.
				if d, ok := file.rules().Agent(f.run.agent).CrawlDelay(); ok {
					f.holdOffShared(hostKeyOf(u), time.Now().Add(min(d, maxCrawlDelay)))
				}
			}
			return file, err
		})
		if err != nil && ctx.Err() == nil {
			f.run.sharedFailed(err)
		}
	} else {
		file, err = f.fetchRobots(ctx, u)
	}
	if err != nil {
		return nil, nil, err // cancelled: try again next time
	}
	r, why := file.rules(), file.Failure
	if why != "" {
		h.mu.Lock()
		h.robotsErr = why
		h.mu.Unlock()
	}
	agent := r.Agent(f.run.agent)
	if d, ok := agent.CrawlDelay(); ok {
		// The delay counts from robots.txt's own request on.
		h.mu.Lock()
		h.delay = min(d, maxCrawlDelay)
		if t := time.Now().Add(h.delay); f.cfg.Shared == nil && t.After(h.next) {
			h.next = t
		}
		h.mu.Unlock()
	}
	h.rules, h.sitemaps = agent, r.Sitemaps()
	return h.rules, h.sitemaps, nil
}

// rules returns the robots.txt rules of a fetched file.
func (file RobotsFile) rules() *robots.Robots {
	switch {
	case file.Failure != "":
		return robots.DisallowAll()
	case len(file.Body) == 0:
		return robots.AllowAll()
	}
	return robots.Parse(file.Body)
}

// fetchRobots fetches robots.txt of u's host. The error is that of a
// cancelled ctx; every other failure is in the file.
func (f *fetcher) fetchRobots(ctx context.Context, u *url.URL) (RobotsFile, error) {
	target := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	log := f.run.cfg.Logger
	for hop := 0; ; hop++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, target.String(), nil)
		if err != nil {
			return RobotsFile{}, nil
		}
		req.Header.Set("User-Agent", f.cfg.UserAgent)
		resp, body, _, err := f.do(ctx, req, robots.MaxSize, false)
		if ctx.Err() != nil {
			return RobotsFile{}, ctx.Err()
		}
		if err != nil {
			log.Info("robots.txt unreachable: host disallowed", "url", target.String(), "err", err)
			if errors.Is(err, errHostPaused) {
				return RobotsFile{Failure: err.Error()}, nil
			}
			return RobotsFile{Failure: "robots.txt unreachable: " + truncate(err.Error(), 300)}, nil
		}
		switch code := resp.StatusCode; {
		case code/100 == 2:
			log.Debug("robots.txt", "url", target.String(), "bytes", len(body))
			if len(body) == 0 {
				body = []byte("\n") // empty but read: no rules
			}
			return RobotsFile{Body: body}, nil
		case code/100 == 3:
			loc, err := target.Parse(resp.Header.Get("Location"))
			if err != nil || hop >= maxRobotsRedirects || loc.Scheme != "http" && loc.Scheme != "https" {
				return RobotsFile{}, nil
			}
			target = loc
		case code == http.StatusTooManyRequests || code >= 500:
			log.Info("robots.txt unavailable: host disallowed", "url", target.String(), "status", code)
			return RobotsFile{Failure: fmt.Sprintf("robots.txt answered %d %s: the host is off limits for this run", code, http.StatusText(code))}, nil
		default:
			log.Debug("robots.txt missing: no rules", "url", target.String(), "status", code)
			return RobotsFile{}, nil
		}
	}
}
