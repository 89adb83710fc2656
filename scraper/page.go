package scraper

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"time"
)

// Page is a fetched article page, or a 304 answer for a page known to be
// one.
type Page struct {
	// URL is the page's canonical URL: the URL after redirects, or the
	// page's rel=canonical link when that is in scope and on the same host
	// (a canonical URL on another host is ignored), in canonical form (see
	// Canonicalize).
	URL *url.URL
	// RequestURL is the canonical form of the URL that was requested,
	// before any redirect; Config.Validators and Config.Skip are asked
	// about it.
	RequestURL *url.URL
	// StatusCode is 200 (or another 2xx), or 304 when NotModified.
	StatusCode int
	// Header is the response header, Content-Type as the server sent it
	// (the body is not re-encoded: its charset is the caller's business).
	Header http.Header
	// Body is the response body as the server sent it, decompressed; nil
	// when NotModified. It is not retained by the Scraper after the
	// Handler returns.
	Body []byte
	// FetchedAt is when the response arrived.
	FetchedAt time.Time
	// NotModified says a conditional request was answered with 304.
	NotModified bool
	// Depth is the number of links followed from a seed.
	Depth int
}

// Handler receives the article pages of a crawl. It may be called
// concurrently, from up to Parallelism goroutines per host. An error it
// returns is logged and counted in Stats.Errors; it does not stop the
// crawl. The Page is valid only until the Handler returns.
type Handler func(ctx context.Context, p *Page) error

// Stats are the running totals of a crawl.
type Stats struct {
	// Fetched counts the pages requested (HTML pages; not robots.txt,
	// sitemaps or feeds), whatever the answer: what MaxPages caps.
	Fetched int
	// Articles counts the article pages passed to the Handler (not 304s).
	Articles int
	// Hubs counts the pages fetched and followed but not passed on: home,
	// section, tag, author and pagination pages.
	Hubs int
	// NotModified counts the 304 answers to conditional requests.
	NotModified int
	// Skipped counts the URLs not fetched because Config.Skip said so.
	Skipped int
	// Duplicates counts the pages not passed on because their canonical
	// URL was already seen (after a redirect or through rel=canonical).
	Duplicates int
	// OutOfScope counts the redirects not followed because they lead out
	// of scope.
	OutOfScope int
	// NonHTML counts the answers that were neither HTML nor a sitemap or
	// feed (PDFs, images…), skipped without error.
	NonHTML int
	// NotFound counts 404 and 410 answers (also in Errors).
	NotFound int
	// Errors counts the pages, sitemaps and feeds that failed: network
	// errors and HTTP errors after retries, bodies over MaxBodySize,
	// Handler errors.
	Errors int
	// Disallowed counts the URLs robots.txt kept the crawl from.
	Disallowed int
	// Traps counts the URLs not followed because they look like a spider
	// trap: a path segment repeated, a calendar parameter counting on, a
	// URL longer than MaxURLLength.
	Traps int
	// OverBudget counts the pages not fetched because their host had used
	// up Config.MaxPagesPerHost.
	OverBudget int
	// Dropped counts the URLs not queued because the queue was full.
	Dropped int
	// Paused counts the URLs not fetched because their host had asked,
	// with a Retry-After longer than the crawl waits (5 minutes), to be
	// left alone.
	Paused int
	// Sitemaps and Feeds count the sitemaps and feeds read.
	Sitemaps, Feeds int
	// Requests counts the HTTP requests sent, robots.txt, retries and
	// redirects included; Retries counts the retries among them.
	Requests, Retries int
	// Bytes counts the body bytes received, after decompression.
	Bytes int64
	// Queued is the number of URLs waiting to be fetched.
	Queued int
	// FailedHosts lists, once the run is over, the seeds' hosts from
	// which nothing could be fetched (unreachable, robots.txt answered a
	// 5xx or 429 or timed out, every page failed), sorted by host, with
	// why. Run leaves it empty when cancelled.
	FailedHosts []HostFailure
	// Elapsed is the time since Run started.
	Elapsed time.Duration
}

// HostFailure is a seed's host from which nothing could be fetched.
type HostFailure struct {
	// Host is the host, with its port when not the default.
	Host string
	// Reason says why, from the first failure: "unreachable: …",
	// "robots.txt answered 503 …", "answered 404", ….
	Reason string
}

// String returns "host: reason".
func (f HostFailure) String() string { return f.Host + ": " + f.Reason }

// Rate returns the pages fetched per second of Elapsed.
func (s Stats) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Fetched) / s.Elapsed.Seconds()
}

// String formats the totals on one line, for a progress display.
func (s Stats) String() string {
	return fmt.Sprintf("%d pages (%.1f/s), %d articles, %d unchanged, %d skipped, %d errors, %d disallowed, %d queued, %s",
		s.Fetched, s.Rate(), s.Articles, s.NotModified, s.Skipped+s.Duplicates+s.NonHTML, s.Errors, s.Disallowed, s.Queued,
		s.Elapsed.Round(time.Second))
}

// LogValue logs the totals as a group.
func (s Stats) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int("fetched", s.Fetched),
		slog.Int("articles", s.Articles),
		slog.Int("hubs", s.Hubs),
		slog.Int("not_modified", s.NotModified),
		slog.Int("skipped", s.Skipped),
		slog.Int("duplicates", s.Duplicates),
		slog.Int("non_html", s.NonHTML),
		slog.Int("not_found", s.NotFound),
		slog.Int("errors", s.Errors),
		slog.Int("disallowed", s.Disallowed),
		slog.Int("traps", s.Traps),
		slog.Int("over_budget", s.OverBudget),
		slog.Int("dropped", s.Dropped),
		slog.Int("paused", s.Paused),
		slog.Int("sitemaps", s.Sitemaps),
		slog.Int("feeds", s.Feeds),
		slog.Int("requests", s.Requests),
		slog.Int("retries", s.Retries),
		slog.Int64("bytes", s.Bytes),
		slog.Duration("elapsed", s.Elapsed),
		slog.Float64("pages_per_sec", s.Rate()),
	)
}

// OutcomeKind says what became of a URL that was not passed to the Handler.
type OutcomeKind string

// The kinds of Outcome.
const (
	Hub        OutcomeKind = "hub"          // fetched and followed, not an article
	Disallowed OutcomeKind = "disallowed"   // robots.txt forbids it
	OutOfScope OutcomeKind = "out_of_scope" // outside the scope, filters or depth, or redirected there
	Duplicate  OutcomeKind = "duplicate"    // another URL of a page already seen
	NonHTML    OutcomeKind = "non_html"     // a PDF, an image…
	Failed     OutcomeKind = "error"        // a network error, an HTTP error status, a bad redirect
)

// Outcome is what became of one URL, for Config.OnOutcome.
type Outcome struct {
	// URL is the URL as queued (canonical form).
	URL  string
	Kind OutcomeKind
	// Reason says why in a few stable words ("robots.txt", "HTTP 404",
	// "deeper than MaxDepth"), fit for counting; Err is the error, if any.
	Reason string
	Err    error
	// Status is the HTTP status of the answer, if there was one.
	Status int
	// Other is the URL the page duplicates, or the redirect target.
	Other string
}
