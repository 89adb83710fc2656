package cli

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/pith-news/pith/internal/config"
	"github.com/pith-news/pith/internal/server"
)

const serveUsage = `usage: pith serve [flags]

Serves pith's HTTP API:

  POST /v1/clean      {"url": "https://…"} or {"html": "…", "url": "…"}: the article JSON
  GET  /v1/articles   ?site=&since=&limit=: stored articles as JSON lines (needs --config)
  GET  /healthz       liveness
  GET  /metrics       Prometheus metrics

URLs given by clients are fetched behind an SSRF guard: only http and https,
never loopback, private, link-local, unique-local, multicast or other
internal addresses, checked on the address dialled and on every redirect.
--allow-private lifts it (for intranets and tests); --allow-net lets chosen
networks through. SIGTERM stops it gracefully; SIGHUP re-reads --config.

flags:
`

// serveFlags are the flags of the HTTP API, shared by pith serve and
// pith run --addr.
type serveFlags struct {
	addr         string
	allowPrivate bool
	allowNets    listFlag
	timeout      time.Duration
	maxBody      int64
	maxPage      int64
	maxInFlight  int
	maxQueue     int
	maxWait      time.Duration
	userAgent    string
	allowedHosts listFlag
	bodyTimeout  time.Duration
	cleanTimeout time.Duration
	accessLog    bool
}

func (f *serveFlags) register(fs *flag.FlagSet, defaultAddr string) {
	fs.StringVar(&f.addr, "addr", defaultAddr, "address to listen on, such as :8080 (all interfaces) or 127.0.0.1:8080")
	fs.BoolVar(&f.allowPrivate, "allow-private", false, "let clients' URLs reach loopback, private and other internal addresses (intranets, tests)")
	fs.Var(&f.allowNets, "allow-net", "let clients' URLs reach this network despite the SSRF guard, such as 10.1.0.0/16 (repeatable)")
	fs.DurationVar(&f.timeout, "timeout", 20*time.Second, "time allowed to fetch a client's URL; past it the answer is 504")
	fs.Int64Var(&f.maxBody, "max-body", 32<<20, "largest request body, in bytes (413 past it)")
	fs.Int64Var(&f.maxPage, "max-page", 10<<20, "largest page, fetched or inline, in bytes (413 past it)")
	fs.IntVar(&f.maxInFlight, "max-in-flight", 0, "requests worked on at once; 0 means twice the number of CPUs")
	fs.IntVar(&f.maxQueue, "max-queue", 128, "requests that may wait for a turn; more are answered 429")
	fs.DurationVar(&f.maxWait, "max-wait", 10*time.Second, "longest wait for a turn; past it the answer is 429")
	fs.StringVar(&f.userAgent, "user-agent", "", "User-Agent for fetching clients' URLs (default names pith)")
	fs.Var(&f.allowedHosts, "allowed-host", "a name clients may reach the API by, such as pith.example.org, besides localhost and IP addresses; * for any (repeatable)")
	fs.DurationVar(&f.bodyTimeout, "body-timeout", 10*time.Second, "time allowed to send a request body; past it the answer is 408")
	fs.DurationVar(&f.cleanTimeout, "clean-timeout", 10*time.Second, "time allowed to clean one page; past it the answer is 503")
	fs.BoolVar(&f.accessLog, "access-log", true, "log every request at info level (method, path, status, bytes, time); --access-log=false turns it off")
}

// config maps the flags onto a server.Config.
func (f *serveFlags) config() (server.Config, error) {
	cfg := server.Config{
		AllowPrivate: f.allowPrivate,
		UserAgent:    f.userAgent,
		Timeout:      f.timeout,
		MaxBodyBytes: f.maxBody,
		MaxPageBytes: f.maxPage,
		MaxInFlight:  f.maxInFlight,
		MaxQueue:     f.maxQueue,
		MaxWait:      f.maxWait,
		AllowedHosts: f.allowedHosts,
		BodyTimeout:  f.bodyTimeout,
		CleanTimeout: f.cleanTimeout,
		AccessLog:    f.accessLog,
	}
	for _, n := range f.allowNets {
		p, err := netip.ParsePrefix(n)
		if err != nil {
			a, aerr := netip.ParseAddr(n)
			if aerr != nil {
				return cfg, fmt.Errorf("--allow-net %q: want a network such as 10.1.0.0/16 or an address", n)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		cfg.Allow = append(cfg.Allow, p.Masked())
	}
	switch {
	case f.timeout <= 0:
		return cfg, fmt.Errorf("--timeout %v <= 0", f.timeout)
	case f.maxBody <= 0:
		return cfg, fmt.Errorf("--max-body %d <= 0", f.maxBody)
	case f.maxPage <= 0:
		return cfg, fmt.Errorf("--max-page %d <= 0", f.maxPage)
	case f.maxInFlight < 0:
		return cfg, fmt.Errorf("--max-in-flight %d < 0", f.maxInFlight)
	case f.maxQueue < 1:
		return cfg, fmt.Errorf("--max-queue %d < 1", f.maxQueue)
	case f.maxWait <= 0:
		return cfg, fmt.Errorf("--max-wait %v <= 0", f.maxWait)
	case f.bodyTimeout <= 0:
		return cfg, fmt.Errorf("--body-timeout %v <= 0", f.bodyTimeout)
	case f.cleanTimeout <= 0:
		return cfg, fmt.Errorf("--clean-timeout %v <= 0", f.cleanTimeout)
	}
	return cfg, nil
}

// logFlags are the logging flags of the long-running commands.
type logFlags struct {
	format, level string
}

func (f *logFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "log-format", "text", "log line format: text or json")
	fs.StringVar(&f.level, "log-level", "info", "log level: debug, info, warn or error")
}

// siteDirs maps each site of cfg to its out dir.
func siteDirs(cfg *config.Config) map[string]string {
	m := map[string]string{}
	if cfg == nil {
		return m
	}
	for _, s := range cfg.Sites {
		m[s.Name] = s.Out
	}
	return m
}

// hangups returns a channel that receives a value on each SIGHUP, and a
// function that stops the delivery.
func hangups() (<-chan os.Signal, func()) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGHUP)
	return c, func() { signal.Stop(c) }
}

func runServe(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var (
		sf   serveFlags
		lf   logFlags
		path string
	)
	sf.register(fs, "127.0.0.1:8080")
	lf.register(fs)
	fs.StringVar(&path, "config", "", "pith.yaml whose sites GET /v1/articles serves (optional)")
	if err := parseFlags(fs, args); err != nil {
		return helpOr(err, fs, stdio.Out, serveUsage)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("serve: unexpected argument %q (run 'pith serve -h')", fs.Arg(0))
	}
	scfg, err := sf.config()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log, err := newLogger(stdio.Err, lf.format, lf.level)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	var cfg *config.Config
	if path != "" {
		if cfg, err = config.Load(path); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	}
	scfg.Logger = log
	scfg.Sites = siteDirs(cfg)
	srv, err := server.New(scfg)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	l, err := net.Listen("tcp", sf.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	var reload <-chan os.Signal
	if path != "" {
		hup, stop := hangups()
		defer stop()
		reload = hup
	}
	return serveWithReload(ctx, srv, l, path, reload, log)
}

// serveWithReload serves on l until ctx is cancelled, re-reading the sites
// of the config at path on each value from reload.
func serveWithReload(ctx context.Context, srv *server.Server, l net.Listener, path string, reload <-chan os.Signal, log *slog.Logger) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-reload:
				cfg, err := config.Load(path)
				if err != nil {
					log.Error("config reload failed; keeping the old config", "err", err)
					continue
				}
				srv.SetSites(siteDirs(cfg))
				log.Info("config reloaded", "file", path, "sites", len(cfg.Sites))
			}
		}
	}()
	err := srv.Serve(ctx, l)
	cancel()
	<-done
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
