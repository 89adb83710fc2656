package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"

	"github.com/pith-news/pith/internal/config"
	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/schedule"
	"github.com/pith-news/pith/internal/server"
)

const runUsage = `usage: pith run --config pith.yaml [flags]

Runs as a daemon: crawls each site of the config file on its own schedule
(the first run at start, then every interval or at each cron time, with a
small jitter), into the same store and state as pith crawl. A run still
going when the next one is due is skipped; a failing site never stops the
others. SIGTERM (or Ctrl-C) stops it gracefully: the runs in progress stop
fetching, finish their writes and save their state. SIGHUP re-reads the
config file; an invalid one is refused and the old one kept.

With --addr it also serves the HTTP API of pith serve in the same process,
with GET /v1/articles reading the sites' stores and /metrics counting the
crawls too. The flags other than --config, --check and --log-* set up that
API; the crawls take their settings from the config file.

flags:
`

func runDaemon(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var (
		sf    serveFlags
		lf    logFlags
		path  string
		check bool
	)
	fs.StringVar(&path, "config", "", "the config file listing the sites (required)")
	fs.BoolVar(&check, "check", false, "check the config file and exit")
	sf.register(fs, "")
	lf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return helpOr(err, fs, stdio.Out, runUsage)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("run: unexpected argument %q (run 'pith run -h')", fs.Arg(0))
	}
	if path == "" {
		return errors.New("run: --config is required (see pith.example.yaml)")
	}
	cfg, err := config.Load(path)
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	if check {
		if err := checkDirs(cfg); err != nil {
			return fmt.Errorf("run: %s: %w", path, err)
		}
		fmt.Fprintf(stdio.Out, "%s: ok, %d sites\n", path, len(cfg.Sites))
		return nil
	}
	log, err := newLogger(stdio.Err, lf.format, lf.level)
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	d := &daemon{path: path, log: log}
	if sf.addr != "" {
		scfg, err := sf.config()
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		scfg.Logger = log
		scfg.Sites = siteDirs(cfg)
		if d.srv, err = server.New(scfg); err != nil {
			return fmt.Errorf("run: %w", err)
		}
		d.metrics = d.srv.Metrics()
		if d.listener, err = net.Listen("tcp", sf.addr); err != nil {
			return fmt.Errorf("run: %w", err)
		}
	}
	hup, stop := hangups()
	defer stop()
	return d.run(ctx, cfg, hup)
}

// daemon is one pith run: a scheduler of crawl jobs, optionally the HTTP
// API.
type daemon struct {
	path     string
	log      *slog.Logger
	srv      *server.Server  // nil without --addr
	listener net.Listener    // with srv
	metrics  *server.Metrics // nil without --addr
}

// run crawls the sites of cfg on their schedules until ctx is cancelled,
// reloading the config file on each value from reload. It returns nil after
// a graceful stop.
func (d *daemon) run(ctx context.Context, cfg *config.Config, reload <-chan os.Signal) error {
	sched, err := schedule.New(schedule.Config{Logger: d.log}, d.jobs(cfg))
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	srvErr := make(chan error, 1)
	if d.srv != nil {
		go func() {
			err := d.srv.Serve(ctx, d.listener)
			if err != nil {
				cancel() // the API failed: stop the daemon too
			}
			srvErr <- err
		}()
	}
	reloaded := make(chan struct{})
	go func() {
		defer close(reloaded)
		for {
			select {
			case <-ctx.Done():
				return
			case <-reload:
				d.reload(sched)
			}
		}
	}()
	d.log.Info("daemon started", "config", d.path, "sites", len(cfg.Sites), "pid", os.Getpid())

	err = sched.Run(ctx)
	cancel()
	<-reloaded
	if d.srv != nil {
		if serr := <-srvErr; serr != nil {
			return fmt.Errorf("run: %w", serr)
		}
	}
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	d.log.Info("daemon stopped")
	return nil
}

// reload re-reads the config file and hands its sites to the scheduler and
// the server; an invalid file is logged and the old config kept.
func (d *daemon) reload(sched *schedule.Scheduler) {
	cfg, err := config.Load(d.path)
	if err != nil {
		d.log.Error("config reload failed; keeping the old config", "err", err)
		return
	}
	if err := sched.Update(d.jobs(cfg)); err != nil {
		d.log.Error("config reload failed; keeping the old config", "err", err)
		return
	}
	if d.srv != nil {
		d.srv.SetSites(siteDirs(cfg))
	}
	d.log.Info("config reloaded", "config", d.path, "sites", len(cfg.Sites))
}

// jobs returns one scheduler job per site.
func (d *daemon) jobs(cfg *config.Config) []schedule.Job {
	jobs := make([]schedule.Job, 0, len(cfg.Sites))
	for _, s := range cfg.Sites {
		jobs = append(jobs, schedule.Job{
			Name:     s.Name,
			Schedule: s.Schedule,
			Jitter:   s.Jitter,
			Run:      d.crawlJob(s),
		})
	}
	return jobs
}

// crawlJob returns the run function of site s: one crawl into its out dir.
func (d *daemon) crawlJob(s config.Site) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		log := d.log.With("site", s.Name)
		cfg, err := s.Crawl.Config(s.Seeds, s.Out)
		if err != nil {
			return err
		}
		cfg.Logger = log
		if s.JSONL != "" {
			f, err := openJSONL(s.JSONL)
			if err != nil {
				return err
			}
			cfg.JSONL = f
		}
		var seen crawlCounts // reported to the metrics so far
		if d.metrics != nil {
			cfg.OnProgress = func(st crawl.Stats) {
				dp, ds, de := seen.advance(st)
				d.metrics.CrawlProgress(s.Name, dp, ds, de)
			}
		}
		stats, err := crawl.Run(ctx, cfg)
		if f, ok := cfg.JSONL.(*os.File); ok {
			if cerr := f.Close(); cerr != nil && err == nil {
				err = fmt.Errorf("jsonl %s: %w", s.JSONL, cerr)
			}
		}
		interrupted := err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err())
		if d.metrics != nil {
			dp, ds, de := seen.advance(stats)
			r := server.CrawlResult{Site: s.Name, Pages: dp, Stored: ds, Errors: de, Duration: stats.Elapsed}
			if !interrupted {
				r.Err = err
			}
			d.metrics.CrawlDone(r)
		}
		if interrupted {
			log.Info("crawl interrupted; the next run resumes it", "stats", stats)
			return nil
		}
		return err
	}
}

// crawlCounts are the totals of a crawl already reported to the metrics.
type crawlCounts struct{ pages, stored, errors int }

// advance records st as reported and returns what it adds to the totals
// reported before.
func (c *crawlCounts) advance(st crawl.Stats) (pages, stored, errors int) {
	next := crawlCounts{st.Scraper.Fetched, st.Stored(), st.AllErrors()}
	pages, stored, errors = next.pages-c.pages, next.stored-c.stored, next.errors-c.errors
	*c = next
	return max(pages, 0), max(stored, 0), max(errors, 0)
}

// openJSONL opens a site's JSON-lines file for appending, so the stream
// runs on across crawls and restarts.
func openJSONL(path string) (*os.File, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("jsonl: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("jsonl: %w", err)
	}
	return f, nil
}

// checkDirs creates every out dir of cfg (and the directory of every
// JSON-lines file) and checks that pith may write there, so that --check
// fails at install time rather than at the first run.
func checkDirs(cfg *config.Config) error {
	var errs []error
	for _, site := range cfg.Sites {
		dirs := []string{site.Out}
		if site.JSONL != "" {
			dirs = append(dirs, filepath.Dir(site.JSONL))
		}
		for _, dir := range dirs {
			if err := writableDir(dir); err != nil {
				errs = append(errs, fmt.Errorf("site %q: %w", site.Name, err))
			}
		}
	}
	return errors.Join(errs...)
}

// writableDir creates dir if need be and writes and removes a file in it.
func writableDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("out dir: %w", err)
	}
	f, err := os.CreateTemp(dir, ".pith-check-*")
	if err != nil {
		return fmt.Errorf("out dir %s is not writable: %w", dir, err)
	}
	name := f.Name()
	err = f.Close()
	if rerr := os.Remove(name); err == nil {
		err = rerr
	}
	if err != nil {
		return fmt.Errorf("out dir %s: %w", dir, err)
	}
	return nil
}
