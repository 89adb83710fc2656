package scraper

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pith-news/pith/internal/robots"
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
}

func newFetcher(base http.RoundTripper, cfg *Config, r *run) *fetcher {
	return &fetcher{base: base, cfg: cfg, run: r, hosts: make(map[string]*host)}
}

// host returns the state of u's scheme://host.
func (f *fetcher) host(u *url.URL) *host {
	key := u.Scheme + "://" + u.Host
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

// errNotHTML wraps ErrNotHTML with the media type.
type notHTMLError struct{ mediaType string }

func (e *notHTMLError) Error() string {
	return fmt.Sprintf("scraper: %q is not HTML", e.mediaType)
}
func (e *notHTMLError) Unwrap() error { return ErrNotHTML }

// RoundTrip implements http.RoundTripper for colly's client.
func (f *fetcher) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, body, truncated, err := f.do(req.Context(), req, f.cfg.MaxBodySize, true)
	if err != nil {
		return nil, err
	}
	if truncated {
		if mt := mediaType(resp.Header); mt == "text/html" || mt == "application/xhtml+xml" {
			return nil, fmt.Errorf("%s: %w", req.URL, ErrTooLarge)
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
// errors, 429s and 5xx. It returns the last response with its body read
// (at most limit bytes after decompression; truncated says more was
// there) and closed. When checkType is set, a 2xx answer whose content is
// neither HTML nor XML fails with ErrNotHTML, its body unread.
func (f *fetcher) do(ctx context.Context, req *http.Request, limit int64, checkType bool) (resp *http.Response, body []byte, truncated bool, err error) {
	h := f.host(req.URL)
	for attempt := 0; ; attempt++ {
		if err := f.acquire(ctx, h); err != nil {
			return nil, nil, false, err
		}
		f.run.count(func(s *Stats) {
			s.Requests++
			if attempt > 0 {
				s.Retries++
			}
		})
		resp, body, truncated, err = f.attempt(ctx, req, limit, checkType)
		f.release(h)
		if ctx.Err() != nil {
			return nil, nil, false, ctx.Err()
		}
		if !retryable(resp, err) || attempt >= f.cfg.Retries {
			return resp, body, truncated, err
		}
		wait := f.backoff(attempt)
		if resp != nil {
			if ra, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
				if ra > maxRetryAfter {
					return resp, body, truncated, err
				}
				wait = max(wait, ra)
				h.holdOff(time.Now().Add(ra))
			}
		}
		f.run.cfg.Logger.Debug("retry", "url", req.URL.String(), "attempt", attempt+1, "wait", wait, "status", statusOf(resp), "err", err)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, nil, false, ctx.Err()
		case <-t.C:
		}
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
		return nil, nil, false, fmt.Errorf("%s: %w", req.URL, &notHTMLError{mediaType(resp.Header)})
	}
	body, truncated, err := readBody(resp, limit)
	if err != nil {
		return nil, nil, false, fmt.Errorf("read %s: %w", req.URL, err)
	}
	f.run.count(func(s *Stats) { s.Bytes += int64(len(body)) })
	return resp, body, truncated, nil
}

// readBody reads at most limit bytes of the decompressed body: gzip is
// undone here when the transport did not (a .xml.gz sitemap, a gzip body
// without Content-Encoding), so the cap holds after decompression.
func readBody(resp *http.Response, limit int64) (body []byte, truncated bool, err error) {
	br := bufio.NewReader(resp.Body)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, false, fmt.Errorf("gunzip: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	var buf bytes.Buffer
	if n := resp.ContentLength; n > 0 && n <= limit {
		buf.Grow(int(n))
	}
	if _, err := io.Copy(&buf, io.LimitReader(r, limit+1)); err != nil {
		return nil, false, err
	}
	b := buf.Bytes()
	if int64(len(b)) > limit {
		return b[:limit], true, nil
	}
	return b, false, nil
}

// acceptable reports whether a 2xx answer may be a page, a sitemap or a
// feed, from its Content-Type (and, for ambiguous types, its path).
func acceptable(resp *http.Response, u *url.URL) bool {
	mt := mediaType(resp.Header)
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

// mediaType returns the lower-case media type of a Content-Type header.
func mediaType(h http.Header) string {
	ct := h.Get("Content-Type")
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(ct, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// retryable reports whether an attempt failed in a way worth retrying: a
// network error (not a cancellation), 429, or a 5xx other than 501.
func retryable(resp *http.Response, err error) bool {
	if err != nil {
		return !errors.Is(err, ErrNotHTML) && !errors.Is(err, context.Canceled)
	}
	return resp.StatusCode == http.StatusTooManyRequests ||
		resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented
}

// backoff returns the wait before retry number attempt+1: RetryWait
// doubled per attempt, up to 30s, with ±50% jitter.
func (f *fetcher) backoff(attempt int) time.Duration {
	d := f.cfg.RetryWait << min(attempt, 16)
	if d <= 0 || d > maxRetryWait {
		d = maxRetryWait
	}
	return d/2 + rand.N(d+1)
}

// retryAfter parses a Retry-After header: delay-seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(min(n, 1<<20)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
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
	r, err := f.fetchRobots(ctx, u)
	if err != nil {
		return nil, nil, err // cancelled: try again next time
	}
	agent := r.Agent(f.run.agent)
	if d, ok := agent.CrawlDelay(); ok {
		// The delay counts from robots.txt's own request on.
		h.mu.Lock()
		h.delay = min(d, maxCrawlDelay)
		if t := time.Now().Add(h.delay); t.After(h.next) {
			h.next = t
		}
		h.mu.Unlock()
	}
	h.rules, h.sitemaps = agent, r.Sitemaps()
	return h.rules, h.sitemaps, nil
}

func (f *fetcher) fetchRobots(ctx context.Context, u *url.URL) (*robots.Robots, error) {
	target := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	log := f.run.cfg.Logger
	for hop := 0; ; hop++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, target.String(), nil)
		if err != nil {
			return robots.AllowAll(), nil
		}
		req.Header.Set("User-Agent", f.cfg.UserAgent)
		resp, body, _, err := f.do(ctx, req, robots.MaxSize, false)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err != nil {
			log.Info("robots.txt unreachable: host disallowed", "url", target.String(), "err", err)
			return robots.DisallowAll(), nil
		}
		switch code := resp.StatusCode; {
		case code/100 == 2:
			log.Debug("robots.txt", "url", target.String(), "bytes", len(body))
			return robots.Parse(body), nil
		case code/100 == 3:
			loc, err := target.Parse(resp.Header.Get("Location"))
			if err != nil || hop >= maxRobotsRedirects || loc.Scheme != "http" && loc.Scheme != "https" {
				return robots.AllowAll(), nil
			}
			target = loc
		case code == http.StatusTooManyRequests || code >= 500:
			log.Info("robots.txt unavailable: host disallowed", "url", target.String(), "status", code)
			return robots.DisallowAll(), nil
		default:
			log.Debug("robots.txt missing: no rules", "url", target.String(), "status", code)
			return robots.AllowAll(), nil
		}
	}
}
