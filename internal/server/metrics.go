package server

import (
	"net/http"
	"time"

	"github.com/pith-news/pith/internal/metrics"
)

// Metrics holds pith's Prometheus metrics, in a registry of its own that
// also writes the process's and the Go runtime's figures. It is safe for
// concurrent use.
type Metrics struct {
	reg *metrics.Registry

	pagesFetched   metrics.CounterVec   // source: api, crawl
	articlesStored metrics.CounterVec   // site; "api" counts nothing
	errors         metrics.CounterVec   // kind
	fetchDuration  metrics.Histogram    // pages fetched for /v1/clean
	cleanDuration  metrics.Histogram    // cleaner.Clean in /v1/clean
	requests       metrics.CounterVec   // route, code
	requestDur     metrics.HistogramVec // route
	inFlight       metrics.Gauge
	queued         metrics.Gauge
	crawlRuns      metrics.CounterVec   // site, result
	crawlDuration  metrics.HistogramVec // site
	crawlLast      metrics.GaugeVec     // site
}

// NewMetrics returns a fresh set of metrics in a new registry.
func NewMetrics() *Metrics {
	reg := metrics.NewRegistry()
	m := &Metrics{
		reg: reg,
		pagesFetched: reg.CounterVec("pith_pages_fetched_total",
			"Pages fetched, by source: api (POST /v1/clean) or crawl (pith run).", "source"),
		articlesStored: reg.CounterVec("pith_articles_stored_total",
			"Articles written to a store (new or changed) by scheduled crawls, by site.", "site"),
		errors: reg.CounterVec("pith_errors_total",
			"Errors by kind: bad_request, blocked, too_large, no_article, not_html, fetch, timeout, overloaded, canceled, internal, crawl.", "kind"),
		fetchDuration: reg.Histogram("pith_fetch_duration_seconds",
			"Time to fetch a page for POST /v1/clean, failures included.",
			metrics.ExponentialBuckets(0.01, 2, 12)), // 10ms .. 20s
		cleanDuration: reg.Histogram("pith_clean_duration_seconds",
			"Time to clean a page for POST /v1/clean.",
			metrics.ExponentialBuckets(0.0005, 2, 14)), // 0.5ms .. 4s
		requests: reg.CounterVec("pith_http_requests_total",
			"HTTP requests answered, by route and status code.", "route", "code"),
		requestDur: reg.HistogramVec("pith_http_request_duration_seconds",
			"Time to answer an HTTP request, queueing included, by route.",
			metrics.ExponentialBuckets(0.001, 2, 16), "route"), // 1ms .. 32s
		inFlight: reg.Gauge("pith_http_requests_in_flight",
			"Requests being worked on (holding one of the concurrency slots)."),
		queued: reg.Gauge("pith_http_requests_queued",
			"Requests waiting for a concurrency slot."),
		crawlRuns: reg.CounterVec("pith_crawl_runs_total",
			"Scheduled crawl runs finished, by site and result (ok or error).", "site", "result"),
		crawlDuration: reg.HistogramVec("pith_crawl_duration_seconds",
			"Duration of scheduled crawl runs, by site.",
			metrics.ExponentialBuckets(1, 2, 14), "site"), // 1s .. ~2.3h
		crawlLast: reg.GaugeVec("pith_crawl_last_success_timestamp_seconds",
			"Unix time the last successful crawl run of a site ended.", "site"),
	}
	// Show the error kinds at 0 from the start, so rate() works at once.
	for _, k := range errorKinds {
		m.errors.WithLabelValues(k)
	}
	m.pagesFetched.WithLabelValues("api")
	return m
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler { return m.reg.Handler() }

// CrawlProgress adds what a crawl of site did since its last report: pages
// fetched, articles stored (new or changed) and pages that failed. Call it
// as the crawl goes, so the counters move during long runs.
func (m *Metrics) CrawlProgress(site string, pages, stored, errors int) {
	if pages > 0 {
		m.pagesFetched.WithLabelValues("crawl").Add(float64(pages))
	}
	m.articlesStored.WithLabelValues(site).Add(float64(max(stored, 0)))
	if errors > 0 {
		m.errors.WithLabelValues("crawl").Add(float64(errors))
	}
}

// CrawlResult is the end of one scheduled crawl run of a site.
type CrawlResult struct {
	Site string
	// Pages, Stored and Errors are counted as in CrawlProgress: only what
	// was not reported yet.
	Pages, Stored, Errors int
	Duration              time.Duration
	Err                   error // the run's own error, if it failed
}

// CrawlDone records a finished crawl run.
func (m *Metrics) CrawlDone(r CrawlResult) {
	m.CrawlProgress(r.Site, r.Pages, r.Stored, r.Errors)
	m.crawlDuration.WithLabelValues(r.Site).Observe(r.Duration.Seconds())
	if r.Err != nil {
		m.crawlRuns.WithLabelValues(r.Site, "error").Inc()
		return
	}
	m.crawlRuns.WithLabelValues(r.Site, "ok").Inc()
	m.crawlLast.WithLabelValues(r.Site).SetToCurrentTime()
}
