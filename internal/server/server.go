package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/machinery/fetch"
	"github.com/pith-news/pith/internal/machinery/ssrf"
)

// Config tunes a Server. The zero value is ready to use: it blocks private
// addresses and serves no stored articles.
type Config struct {
	// Logger receives a record per failed request and per server event;
	// nil discards them.
	Logger *slog.Logger
	// AccessLog logs every request at Info ("request": method, path,
	// status, bytes, elapsed_ms, remote); false leaves it out.
	AccessLog bool
	// Metrics is where the server counts; nil means NewMetrics(). Pass the
	// daemon's to have crawls and requests on one /metrics page.
	Metrics *Metrics
	// Sites maps a site name to its out dir, for GET /v1/articles. It can
	// be replaced later with SetSites.
	Sites map[string]string

	// AllowPrivate turns the SSRF guard off: URLs may point at loopback,
	// private and other internal addresses. For intranets and tests. Only
	// http and https are ever fetched.
	AllowPrivate bool
	// Allow lists networks exempt from the SSRF guard (such as one
	// intranet range), when AllowPrivate is false.
	Allow []netip.Prefix

	// UserAgent is sent when fetching; "" means pith's default.
	UserAgent string
	// Timeout bounds fetching a client's URL, redirects and body included;
	// 0 means 20s. Past it the answer is 504.
	Timeout time.Duration
	// MaxBodyBytes caps a request body; 0 means 32 MiB. Past it: 413.
	MaxBodyBytes int64
	// MaxPageBytes caps a page, fetched or given inline; 0 means 10 MiB.
	// Past it: 413.
	MaxPageBytes int64
	// MaxInFlight is the number of requests worked on at once; 0 means
	// twice GOMAXPROCS.
	MaxInFlight int
	// MaxQueue is the number of requests that may wait for a slot; 0 means
	// 128. A request finding the queue full is answered 429.
	MaxQueue int
	// MaxWait is how long a request may wait in the queue; 0 means 10s.
	// Past it: 429.
	MaxWait time.Duration
	// MaxLimit caps the limit parameter of GET /v1/articles; 0 means 1000.
	MaxLimit int
	// BodyTimeout bounds reading a request body, which is read in full
	// before the request waits for a slot; 0 means 10s. Past it: 408.
	BodyTimeout time.Duration
	// CleanTimeout bounds cleaning one page; 0 means 10s. Past it, or when
	// the client hangs up, the request is answered (503, or nothing) and
	// its slot freed while the cleaning runs out in the background (at
	// most MaxInFlight such cleanings; beyond, the slot stays taken).
	CleanTimeout time.Duration
	// AllowedHosts lists the names, besides localhost and IP addresses,
	// that a request's Host header may give (a public name such as
	// pith.example.org); "*" allows any. A request for another name is
	// answered 421: a web page cannot reach the API through DNS
	// rebinding.
	AllowedHosts []string
	// MaxPendingBytes caps the bytes of request bodies held at once, read
	// or being cleaned; 0 means 4 times MaxBodyBytes. A body that would
	// pass it is answered 429.
	MaxPendingBytes int64
	// Grace is how long Serve lets requests in progress finish once its
	// ctx is cancelled; 0 means ShutdownTimeout. Past it they are cut.
	Grace time.Duration
}

// Server is pith's HTTP API. It is an http.Handler; ListenAndServe and
// Serve run it with timeouts set. It is safe for concurrent use.
type Server struct {
	cfg     Config
	log     *slog.Logger
	metrics *Metrics
	guard   *ssrf.Guard // nil when AllowPrivate
	fetch   *fetch.Client
	limit   *limiter
	bodies  *budget // bytes of request bodies held
	sites   atomic.Pointer[map[string]string]
	mux     *http.ServeMux

	// cleanPage cleans one page; tests replace it to hold a cleaning.
	cleanPage func(page []byte, u *url.URL, opts cleaner.Options) (*article.Article, error)
}

// New returns a Server for cfg, or an error for a bad setting.
func New(cfg Config) (*Server, error) {
	for name, v := range map[string]int64{
		"Timeout": int64(cfg.Timeout), "MaxBodyBytes": cfg.MaxBodyBytes, "MaxPageBytes": cfg.MaxPageBytes,
		"MaxInFlight": int64(cfg.MaxInFlight), "MaxQueue": int64(cfg.MaxQueue), "MaxWait": int64(cfg.MaxWait),
		"MaxLimit": int64(cfg.MaxLimit), "BodyTimeout": int64(cfg.BodyTimeout), "CleanTimeout": int64(cfg.CleanTimeout), "Grace": int64(cfg.Grace), "MaxPendingBytes": cfg.MaxPendingBytes,
	} {
		if v < 0 {
			return nil, fmt.Errorf("server: %s %d < 0", name, v)
		}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics()
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 20 * time.Second
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 32 << 20
	}
	if cfg.MaxPageBytes == 0 {
		cfg.MaxPageBytes = 10 << 20
	}
	if cfg.MaxInFlight == 0 {
		cfg.MaxInFlight = 2 * runtime.GOMAXPROCS(0)
	}
	if cfg.MaxQueue == 0 {
		cfg.MaxQueue = 128
	}
	if cfg.MaxWait == 0 {
		cfg.MaxWait = 10 * time.Second
	}
	if cfg.MaxLimit == 0 {
		cfg.MaxLimit = 1000
	}
	if cfg.BodyTimeout == 0 {
		cfg.BodyTimeout = 10 * time.Second
	}
	if cfg.CleanTimeout == 0 {
		cfg.CleanTimeout = 10 * time.Second
	}
	if cfg.MaxPendingBytes == 0 {
		cfg.MaxPendingBytes = 4 * cfg.MaxBodyBytes
	}
	if cfg.Grace == 0 {
		cfg.Grace = ShutdownTimeout
	}
	s := &Server{
		cfg:     cfg,
		log:     cfg.Logger,
		metrics: cfg.Metrics,
		limit:   newLimiter(cfg.MaxInFlight, cfg.MaxQueue, cfg.MaxWait, cfg.Metrics),
		bodies:  &budget{max: cfg.MaxPendingBytes},

		cleanPage: cleanPage,
	}
	fc := fetch.Config{UserAgent: cfg.UserAgent, Timeout: cfg.Timeout, MaxBytes: cfg.MaxPageBytes}
	if !cfg.AllowPrivate {
		s.guard = &ssrf.Guard{Allow: cfg.Allow}
		fc.DialControl = s.guard.Control
	}
	s.fetch = fetch.New(fc)
	s.SetSites(cfg.Sites)

	mux := http.NewServeMux()
	s.route(mux, "POST /v1/clean", s.handleClean)
	s.route(mux, "GET /v1/articles", s.handleArticles)
	s.route(mux, "GET /healthz", s.handleHealth)
	s.route(mux, "GET /metrics", s.metrics.Handler().ServeHTTP)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, errorf(http.StatusNotFound, "bad_request", "no route for %s %s", r.Method, r.URL.Path))
	})
	s.mux = mux
	return s, nil
}

// route registers h for pattern ("METHOD /path"), and a JSON 405 for the
// path's other methods.
func (s *Server) route(mux *http.ServeMux, pattern string, h http.HandlerFunc) {
	mux.HandleFunc(pattern, h)
	method, path, _ := strings.Cut(pattern, " ")
	allow := method
	if method == http.MethodGet {
		allow = "GET, HEAD"
	}
	mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		s.writeError(w, r, errorf(http.StatusMethodNotAllowed, "bad_request", "method %s not allowed on %s (use %s)", r.Method, path, method))
	})
}

// SetSites replaces the site name → out dir map of GET /v1/articles (after
// a config reload).
func (s *Server) SetSites(sites map[string]string) {
	m := maps.Clone(sites)
	if m == nil {
		m = map[string]string{}
	}
	s.sites.Store(&m)
}

// Metrics returns the server's metrics.
func (s *Server) Metrics() *Metrics { return s.metrics }

// statusWriter records the status code written.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int64 // body bytes written
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// ServeHTTP answers one request, counting it and turning a panic into a
// 500.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("handler panicked", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			if sw.code == 0 {
				s.writeError(sw, r, errorf(http.StatusInternalServerError, "internal", "internal error"))
			}
		}
		route := r.Pattern
		if route == "" {
			route = "other"
		}
		code := sw.code
		if code == 0 {
			code = http.StatusOK
		}
		s.metrics.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
		elapsed := time.Since(start)
		s.metrics.requestDur.WithLabelValues(route).Observe(elapsed.Seconds())
		if s.cfg.AccessLog {
			s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", code, "bytes", sw.bytes,
				"elapsed_ms", float64(elapsed.Microseconds())/1000, "remote", r.RemoteAddr)
		}
	}()
	if !s.hostAllowed(r.Host) {
		s.writeError(sw, r, errorf(http.StatusMisdirectedRequest, "bad_request",
			"host %q not allowed (start pith with --allowed-host NAME to serve it)", r.Host))
		return
	}
	s.mux.ServeHTTP(sw, r)
}

// HTTPServer returns an http.Server for s listening on addr, with its
// timeouts set for the server's limits.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		// A handler that reads a body sets its own, shorter deadline
		// (BodyTimeout); this one bounds the rest.
		ReadTimeout:    10*time.Second + s.cfg.BodyTimeout,
		WriteTimeout:   s.cfg.MaxWait + s.cfg.Timeout + 60*time.Second,
		IdleTimeout:    120 * time.Second,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelDebug),
	}
}

// ShutdownTimeout is how long Serve waits for requests in progress when its
// ctx is cancelled, unless Config.Grace says otherwise.
const ShutdownTimeout = 30 * time.Second

// ListenAndServe listens on addr and serves until ctx is cancelled.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	return s.Serve(ctx, l)
}

// Serve serves on l until ctx is cancelled, then stops taking connections,
// lets the requests in progress finish for up to Config.Grace (then cuts
// them) and returns nil. It closes l.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	hs := s.HTTPServer(l.Addr().String())
	// Requests outlive ctx (a graceful stop lets them finish) but not the
	// shutdown's grace time: then they are cancelled.
	base, cancelRequests := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRequests()
	hs.BaseContext = func(net.Listener) context.Context { return base }
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	s.log.Info("serving", "addr", l.Addr().String(), "ssrf_guard", s.guard != nil)
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.Grace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", serr)
	}
	if err != nil {
		// The grace time is over: cut what is left, and stop as asked.
		cancelRequests()
		if cerr := hs.Close(); cerr != nil {
			s.log.Debug("close", "err", cerr)
		}
		s.log.Warn("requests still in progress cut at shutdown", "grace", s.cfg.Grace)
	}
	s.log.Info("server stopped")
	return nil
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if err := writeJSON(w, http.StatusOK, map[string]string{"status": "ok"}); err != nil {
		s.log.Debug("write health", "err", err)
	}
}
