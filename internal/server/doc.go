// Package server is pith's HTTP API:
//
//	POST /v1/clean      {"url": …} or {"html": …, "url": …} → the article JSON;
//	                    with "format": "markdown" (and "front_matter",
//	                    "links", "images": false to leave them out), the
//	                    article as a text/markdown document
//	GET  /v1/articles   ?site=&since=&limit= → stored articles as JSON lines
//	GET  /healthz       → {"status": "ok"}
//	GET  /metrics       → Prometheus text format
//
// Errors are JSON, {"error": "…", "status": N}: 400 a bad request, 403 a URL
// the SSRF guard refuses, 404 an unknown site or route, 405 a wrong method,
// 413 a body or page over its cap, 422 a page with no article (or not HTML),
// 429 the server is full, 502 the page could not be fetched, 504 fetching it
// timed out.
//
// The server is meant to be exposed. URLs given by clients are fetched behind
// an ssrf.Guard that judges the address actually dialled on every hop;
// request bodies, fetched pages, time and concurrency are all capped. A
// fixed number of requests run at once; a short queue holds the next ones,
// and a request that finds the queue full, or waits too long in it, is
// answered 429.
//
// Metrics go to a registry of the server's own (Metrics), never the global
// default one, so two servers in one process (or a test) do not share them.
//
// It is a face of pith: POST /v1/clean takes the short path fetch →
// cleaner (internal/machinery/fetch behind the guard, then cleaner), and
// GET /v1/articles reads the store at the end of the crawl path.
package server
