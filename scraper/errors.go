package scraper

import (
	"errors"
	"fmt"
	"net/http"
)

// Errors of a crawl. Per-page errors are logged and counted in Stats, not
// returned by Run; they reach a caller only through the Logger. Callers
// test them with errors.Is / errors.As.
var (
	// ErrDisallowed means robots.txt forbids the URL, or robots.txt could
	// not be had (a 5xx answer, a network error), which RFC 9309 says
	// forbids everything for now.
	ErrDisallowed = errors.New("scraper: disallowed by robots.txt")
	// ErrTooLarge means an HTML page is over Config.MaxBodySize after
	// decompression.
	ErrTooLarge = errors.New("scraper: body over MaxBodySize")
	// ErrNotHTML means a response is neither HTML nor a sitemap or feed (a
	// PDF, an image…); such pages are skipped, not counted as errors.
	ErrNotHTML = errors.New("scraper: not an HTML page")
	// ErrOutOfScope means a redirect leads out of the crawl's scope.
	ErrOutOfScope = errors.New("scraper: redirect out of scope")
	// ErrTooManyRedirects means a page redirected more than 10 times.
	ErrTooManyRedirects = errors.New("scraper: too many redirects")
)

// StatusError is an HTTP answer other than 2xx or 304 (after retries, for
// a 429 or 5xx).
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("scraper: %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}
