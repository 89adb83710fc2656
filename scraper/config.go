package scraper

import (
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/pith-news/pith/internal/machinery/fetch"
)

// Scope says which URLs a crawl may follow, relative to its seeds.
type Scope int

const (
	// ScopeHost follows URLs on a seed's host (the same port too; a leading
	// "www." is ignored, so example.com and www.example.com are one host).
	ScopeHost Scope = iota
	// ScopeDomain follows URLs anywhere in a seed's registrable domain
	// (news.example.co.uk and www.example.co.uk for a seed on
	// example.co.uk), per the public suffix list.
	ScopeDomain
	// ScopePrefix follows URLs on a seed's host whose path starts with the
	// seed's directory: /news/ for a seed of /news/ or /news/index.html,
	// and /news and /news/… for a seed of /news.
	ScopePrefix
)

var scopeNames = [...]string{ScopeHost: "host", ScopeDomain: "domain", ScopePrefix: "prefix"}

// String returns "host", "domain" or "prefix".
func (s Scope) String() string {
	if s < 0 || int(s) >= len(scopeNames) {
		return fmt.Sprintf("Scope(%d)", int(s))
	}
	return scopeNames[s]
}

// ParseScope parses "host", "domain" or "prefix" (case-insensitive).
func ParseScope(s string) (Scope, error) {
	for i, n := range scopeNames {
		if strings.EqualFold(s, n) {
			return Scope(i), nil
		}
	}
	return 0, fmt.Errorf("scraper: unknown scope %q (want host, domain or prefix)", s)
}

// Config configures a Scraper. The zero value is ready to use: a polite
// crawl of the seeds' hosts (robots.txt obeyed, 2 requests in flight per
// host, no delay between requests).
type Config struct {
	// UserAgent is sent with every request; "" means pith's own,
	// "pith/0.1 (+https://github.com/pith-news/pith)". Its
	// product token (the leading letters, '-' and '_') selects the
	// robots.txt group that applies.
	UserAgent string
	// Scope says which URLs are followed; the zero value is ScopeHost.
	Scope Scope
	// Include and Exclude filter the URLs followed, matched against the
	// canonical URL string. A URL matching any Exclude pattern is not
	// fetched; when Include is not empty, a URL must match one of its
	// patterns to be fetched. Seeds, sitemaps and feeds are exempt (they
	// are how URLs are found, not pages).
	Include, Exclude []*regexp.Regexp
	// MaxDepth caps the number of links followed from a seed; 0 means
	// unlimited. Seeds are depth 0. Sitemaps and feeds do not add depth: a
	// URL they list is one deeper than the sitemap or feed, which is as deep
	// as the page or robots.txt that named it (robots.txt and /sitemap.xml
	// are depth 0).
	MaxDepth int
	// MaxPages caps the number of pages fetched (HTML pages, not robots.txt,
	// sitemaps or feeds; a request answered with an error counts too);
	// 0 means unlimited.
	MaxPages int
	// MaxPagesPerHost caps the pages fetched from one host (www. and the
	// bare host count as one), so that a spider trap the heuristics miss
	// still ends; 0 means 100,000, a negative value no limit.
	MaxPagesPerHost int
	// Parallelism is the number of requests in flight per host; 0 means 2.
	Parallelism int
	// Delay is the pause between the starts of two requests to one host,
	// drawn at random between Delay/2 and 3*Delay/2 (so it averages Delay).
	// 0 means no pause. A longer robots.txt Crawl-delay wins.
	Delay time.Duration
	// ConnectTimeout bounds the TCP and TLS handshakes; 0 means 10s.
	ConnectTimeout time.Duration
	// Timeout bounds one HTTP attempt, body included (waiting for a turn at
	// a busy host does not count); 0 means 30s.
	Timeout time.Duration
	// MaxBodySize caps a response body after decompression (of a gzip
	// Content-Encoding or a gzipped sitemap alike); 0 means 10 MiB. An HTML
	// page over it is an error; a sitemap or feed over it is read up to the
	// cap.
	MaxBodySize int64
	// Retries is the number of retries of a request that failed with a
	// network error, a 429 or a 5xx, with exponential backoff and jitter,
	// honouring Retry-After; 0 means 3, a negative value none.
	Retries int
	// RetryWait is the backoff before the first retry; it doubles for each
	// further one, up to 30s (see internal/machinery/fetch.Retry). 0 means 1s.
	RetryWait time.Duration
	// IgnoreRobots skips robots.txt altogether: its rules, its Crawl-delay
	// and its Sitemap lines.
	IgnoreRobots bool
	// Logger receives per-page events at Debug level and the run summary
	// at Info; nil means discard.
	Logger *slog.Logger
	// Validators, if set, gives the ETag and Last-Modified stored for a
	// canonical URL (the URL as requested, Page.RequestURL), so the request
	// is conditional (If-None-Match / If-Modified-Since). A page whose
	// request had validators is known to be an article: a 304 answer is
	// passed to the Handler with NotModified set.
	Validators func(canonicalURL string) (etag, lastModified string)
	// Skip, if set, says a canonical URL needs no fetch in this run (to
	// resume after an interrupted run). It is not called for seeds,
	// sitemaps or feeds.
	Skip func(canonicalURL string) bool
	// OnOutcome, if set, is told what became of each URL the crawl met
	// and did not pass to the Handler: a hub, a URL robots.txt forbids, a
	// link out of scope (on the seeds' sites only, each URL once), a
	// duplicate, a non-HTML answer, an error. It may be called
	// concurrently and must not block for long.
	OnOutcome func(Outcome)
	// OnProgress, if set, is called (never concurrently, with running
	// totals that never go back) after each page, sitemap or feed.
	OnProgress func(Stats)
	// Shared, if set, keeps the frontier, the seen set, robots.txt and
	// the politeness of each host outside the process, so that several
	// processes run one crawl (see Shared). Delay, Crawl-delay and
	// Parallelism then hold for each host across all of them, and
	// MaxPages for the whole crawl; MaxPagesPerHost still counts this
	// process's pages.
	Shared Shared
	// Transport, if set, makes the HTTP requests instead of a new
	// http.Transport built with ConnectTimeout. Tests use it to reach
	// loopback servers under other host names.
	Transport http.RoundTripper
}

const (
	defaultParallelism    = 2
	defaultConnectTimeout = 10 * time.Second
	defaultTimeout        = 30 * time.Second
	defaultMaxBodySize    = 10 << 20
	defaultRetries        = 3
	defaultRetryWait      = time.Second
	// maxCrawlDelay caps a robots.txt Crawl-delay.
	maxCrawlDelay = 60 * time.Second
	// maxRedirects caps the redirects followed for one page.
	maxRedirects = 10
	// maxRobotsRedirects caps the redirects followed for robots.txt, as
	// RFC 9309 section 2.3.1.2 asks (at least five).
	maxRobotsRedirects = 5
	// maxWorkers caps the goroutines fetching at once.
	maxWorkers = 64
)

// withDefaults validates c and fills in its defaults.
func (c Config) withDefaults() (Config, error) {
	switch {
	case c.Scope < ScopeHost || c.Scope > ScopePrefix:
		return c, fmt.Errorf("scraper: unknown Scope %d", int(c.Scope))
	case c.MaxDepth < 0:
		return c, fmt.Errorf("scraper: MaxDepth %d < 0", c.MaxDepth)
	case c.MaxPages < 0:
		return c, fmt.Errorf("scraper: MaxPages %d < 0", c.MaxPages)
	case c.Parallelism < 0:
		return c, fmt.Errorf("scraper: Parallelism %d < 0", c.Parallelism)
	case c.Delay < 0:
		return c, fmt.Errorf("scraper: Delay %v < 0", c.Delay)
	case c.ConnectTimeout < 0:
		return c, fmt.Errorf("scraper: ConnectTimeout %v < 0", c.ConnectTimeout)
	case c.Timeout < 0:
		return c, fmt.Errorf("scraper: Timeout %v < 0", c.Timeout)
	case c.MaxBodySize < 0:
		return c, fmt.Errorf("scraper: MaxBodySize %d < 0", c.MaxBodySize)
	case c.RetryWait < 0:
		return c, fmt.Errorf("scraper: RetryWait %v < 0", c.RetryWait)
	case strings.ContainsAny(c.UserAgent, "\r\n"):
		return c, fmt.Errorf("scraper: UserAgent %q holds a line break", c.UserAgent)
	}
	if c.UserAgent == "" {
		c.UserAgent = fetch.DefaultUserAgent
	}
	if c.Parallelism == 0 {
		c.Parallelism = defaultParallelism
	}
	switch {
	case c.MaxPagesPerHost == 0:
		c.MaxPagesPerHost = defaultMaxPagesPerHost
	case c.MaxPagesPerHost < 0:
		c.MaxPagesPerHost = 0
	}
	if c.ConnectTimeout == 0 {
		c.ConnectTimeout = defaultConnectTimeout
	}
	if c.Timeout == 0 {
		c.Timeout = defaultTimeout
	}
	if c.MaxBodySize == 0 {
		c.MaxBodySize = defaultMaxBodySize
	}
	switch {
	case c.Retries == 0:
		c.Retries = defaultRetries
	case c.Retries < 0:
		c.Retries = 0
	}
	if c.RetryWait == 0 {
		c.RetryWait = defaultRetryWait
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c, nil
}
