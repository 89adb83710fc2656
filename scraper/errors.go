package scraper

import "errors"

// Per-page errors are logged and counted in Stats, not returned by Run:
// they reach a caller only through the Logger. Fetch errors are those of
// internal/machinery/fetch (ErrNotHTML, ErrTooLarge, ErrTooManyRedirects,
// *StatusError); the scraper adds the one below.

// errOutOfScope means a redirect leads out of the crawl's scope.
var errOutOfScope = errors.New("scraper: redirect out of scope")

// errHostPaused means a host asked (with Retry-After) for a pause longer
// than fetch.MaxRetryAfter: no more requests go to it in this run.
var errHostPaused = errors.New("host paused")
