package fetch

import (
	"errors"
	"fmt"
	"net/http"
)

// Errors of fetching, for `pith clean`, the API and the scraper alike.
// Callers test them with errors.Is / errors.As.
var (
	// ErrBadURL means the address is malformed or not http(s).
	ErrBadURL = errors.New("fetch: bad url")
	// ErrTooLarge means the body is over the cap (Config.MaxBytes, or the
	// scraper's MaxBodySize) after decompression.
	ErrTooLarge = errors.New("fetch: page too large")
	// ErrNotHTML means the server answered with something other than an
	// HTML page (or, for the scraper, than a page, a sitemap or a feed).
	ErrNotHTML = errors.New("fetch: not an HTML page")
	// ErrTooManyRedirects means the redirect limit was passed.
	ErrTooManyRedirects = errors.New("fetch: too many redirects")
)

// StatusError is an HTTP answer other than 2xx (after retries, for a 429
// or a 5xx).
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}
