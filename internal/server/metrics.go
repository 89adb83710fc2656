package server

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds pith's Prometheus metrics, in a registry of its own that
// also carries the Go runtime and process collectors. It is safe for
// concurrent use.
type Metrics struct {
	reg *prometheus.Registry

	pagesFetched   *prometheus.CounterVec   // source: api, crawl
	articlesStored *prometheus.CounterVec   // site; "api" counts nothing
	errors         *prometheus.CounterVec   // kind
	fetchDuration  prometheus.Histogram     // pages fetched for /v1/clean
	cleanDuration  prometheus.Histogram     // cleaner.Clean in /v1/clean
	requests       *prometheus.CounterVec   // route, code
	requestDur     *prometheus.HistogramVec // route
	inFlight       prometheus.Gauge
	queued         prometheus.Gauge
	crawlRuns      *prometheus.CounterVec   // site, result
	crawlDuration  *prometheus.HistogramVec // site
	crawlLast      *prometheus.GaugeVec     // site
}

// NewMetrics returns a fresh set of metrics in a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		pagesFetched: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pith_pages_fetched_total",
			Help: "Pages fetched, by source: api (POST /v1/clean) or crawl (pith run).",
		}, []string{"source"}),
		articlesStored: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pith_articles_stored_total",
			Help: "Articles written to a store (new or changed) by scheduled crawls, by site.",
		}, []string{"site"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pith_errors_total",
			Help: "Errors by kind: bad_request, blocked, too_large, no_article, not_html, fetch, timeout, overloaded, canceled, internal, crawl.",
		}, []string{"kind"}),
		fetchDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "pith_fetch_duration_seconds",
			Help:    "Time to fetch a page for POST /v1/clean, failures included.",
			Buckets: prometheus.ExponentialBuckets(0.01, 2, 12), // 10ms .. 20s
		}),
		cleanDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "pith_clean_duration_seconds",
			Help:    "Time to clean a page for POST /v1/clean.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14), // 0.5ms .. 4s
		}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pith_http_requests_total",
			Help: "HTTP requests answered, by route and status code.",
		}, []string{"route", "code"}),
		requestDur: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "pith_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, queueing included, by route.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16), // 1ms .. 32s
		}, []string{"route"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "pith_http_requests_in_flight",
			Help: "Requests being worked on (holding one of the concurrency slots).",
		}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "pith_http_requests_queued",
			Help: "Requests waiting for a concurrency slot.",
		}),
		crawlRuns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pith_crawl_runs_total",
			Help: "Scheduled crawl runs finished, by site and result (ok or error).",
		}, []string{"site", "result"}),
		crawlDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "pith_crawl_duration_seconds",
			Help:    "Duration of scheduled crawl runs, by site.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 14), // 1s .. ~2.3h
		}, []string{"site"}),
		crawlLast: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "pith_crawl_last_success_timestamp_seconds",
			Help: "Unix time the last successful crawl run of a site ended.",
		}, []string{"site"}),
	}
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.pagesFetched, m.articlesStored, m.errors, m.fetchDuration, m.cleanDuration,
		m.requests, m.requestDur, m.inFlight, m.queued,
		m.crawlRuns, m.crawlDuration, m.crawlLast,
	)
	// Show the error kinds at 0 from the start, so rate() works at once.
	for _, k := range errorKinds {
		m.errors.WithLabelValues(k)
	}
	m.pagesFetched.WithLabelValues("api")
	return m
}

// Registry returns the registry holding the metrics, to add collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

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
