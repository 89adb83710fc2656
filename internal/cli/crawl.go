package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pith-news/pith/internal/crawl"
)

const crawlUsage = `usage: pith crawl [flags] SEED...

Crawls news sites from their SEED URLs (home pages, section pages, sitemaps
or feeds) and stores every article as a JSON file under --out. Run it again
and it fetches only what changed; interrupted (Ctrl-C) or killed, the next
run resumes where it stopped.

flags:
`

// crawlFlags are the flags of pith crawl: the crawl settings (one flag
// per row of crawl.Fields) and the flags of the command itself.
type crawlFlags struct {
	settings                        crawl.Settings
	out, jsonl, logFormat, logLevel string
	logLevelSet                     bool
}

func (f *crawlFlags) register(fs *flag.FlagSet) {
	f.settings = crawl.DefaultSettings()
	registerSettings(fs, &f.settings)
	fs.StringVar(&f.out, "out", "articles", "out dir for the article files and the crawl state")
	fs.StringVar(&f.jsonl, "jsonl", "", "also write each new or changed article as a JSON line to this file, or - for stdout")
	fs.StringVar(&f.logFormat, "log-format", "text", "log line format: text or json")
	fs.StringVar(&f.logLevel, "log-level", "info", "log level: debug, info, warn or error (on a terminal, warn unless set)")
}

// config maps the flags onto a crawl.Config.
func (f *crawlFlags) config(seeds []string) (crawl.Config, error) {
	if f.out == "" {
		return crawl.Config{}, errors.New("--out is empty")
	}
	for _, s := range seeds {
		if err := crawl.CheckSeed(s); err != nil {
			return crawl.Config{}, fmt.Errorf("bad seed %q: %w", s, err)
		}
	}
	cfg, err := f.settings.Config(seeds, f.out)
	if err != nil {
		return crawl.Config{}, flagError(err)
	}
	return cfg, nil
}

// newCrawlFlagSet returns the flag set of pith crawl, writing into f.
func newCrawlFlagSet(f *crawlFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	f.register(fs)
	return fs
}

func runCrawl(ctx context.Context, args []string, stdio Stdio) error {
	var f crawlFlags
	fs := newCrawlFlagSet(&f)
	seeds, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, crawlUsage)
	}
	fs.Visit(func(fl *flag.Flag) {
		if fl.Name == "log-level" {
			f.logLevelSet = true
		}
	})
	if len(seeds) == 0 {
		return errors.New("crawl: want at least one SEED URL (run 'pith crawl -h')")
	}
	cfg, err := f.config(seeds)
	if err != nil {
		return fmt.Errorf("crawl: %w", err)
	}

	tty := isTerminal(stdio.Err)
	level := f.logLevel
	if tty && !f.logLevelSet {
		level = "warn" // the status line and summary say the rest
	}
	var status *statusLine
	logOut := stdio.Err
	if tty {
		status = &statusLine{w: stdio.Err}
		logOut = status
	}
	log, err := newLogger(logOut, f.logFormat, level)
	if err != nil {
		return fmt.Errorf("crawl: %w", err)
	}
	cfg.Logger = log

	switch f.jsonl {
	case "":
	case "-":
		cfg.JSONL = stdio.Out
	default:
		jf, err := os.OpenFile(f.jsonl, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			return fmt.Errorf("crawl: --jsonl: %w", err)
		}
		defer jf.Close() // after a successful Close below, a no-op error
		cfg.JSONL = jf
	}

	var latest atomic.Pointer[crawl.Stats]
	cfg.OnProgress = func(s crawl.Stats) { latest.Store(&s) }
	start := time.Now()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { reportProgress(stop, &latest, start, status, log) })

	stats, err := crawl.Run(ctx, cfg)

	close(stop)
	wg.Wait()
	if jf, ok := cfg.JSONL.(*os.File); ok && jf != stdio.Out {
		if cerr := jf.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("crawl: --jsonl: %w", cerr)
		}
	}
	interrupted := err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err())
	if status != nil {
		status.Clear()
		word := "done"
		if interrupted {
			word = "interrupted"
		} else if err != nil {
			word = "failed"
		}
		fmt.Fprintf(stdio.Err, "pith crawl %s, out dir %s (pith why %s URL says what became of a URL)\n", word, f.out, f.out)
		if werr := stats.Summary(stdio.Err); werr != nil && err == nil {
			err = fmt.Errorf("crawl: %w", werr)
		}
		for _, h := range stats.Scraper.FailedHosts {
			fmt.Fprintf(stdio.Err, "  seed host failed: %s\n", h)
		}
	}
	if interrupted {
		return errors.New("crawl: interrupted; run the same command again to resume")
	}
	return err
}

const (
	// progressLogEvery is how often a progress line is logged when stderr
	// is not a terminal.
	progressLogEvery = 10 * time.Second
	// statusLineEvery is how often the terminal's status line is redrawn.
	statusLineEvery = 200 * time.Millisecond
)

// reportProgress draws the status line on a terminal, or logs a progress
// line every 10 seconds otherwise, until stop is closed.
func reportProgress(stop <-chan struct{}, latest *atomic.Pointer[crawl.Stats], start time.Time, status *statusLine, log *slog.Logger) {
	everyTick(stop, status != nil, func() {
		var s crawl.Stats
		if p := latest.Load(); p != nil {
			s = *p
		}
		s.Elapsed = time.Since(start)
		if status != nil {
			status.Set(statusText(s))
		} else {
			log.Info("progress", "fetched", s.Scraper.Fetched, "stored", s.Stored(), "skipped", s.Skipped(),
				"errors", s.AllErrors(), "queued", s.Scraper.Queued, "elapsed_s", math.Round(s.Elapsed.Seconds()))
		}
	})
}

// everyTick calls f every statusLineEvery on a terminal (tty), or every
// progressLogEvery otherwise, until stop is closed.
func everyTick(stop <-chan struct{}, tty bool, f func()) {
	every := progressLogEvery
	if tty {
		every = statusLineEvery
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		f()
	}
}

// statusText is the live status line: short enough for 80 columns.
func statusText(s crawl.Stats) string {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Scraper.Fetched) / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("%d pages %.1f/s · %d stored · %d skipped · %d errors · %d queued · %s",
		s.Scraper.Fetched, rate, s.Stored(), s.Skipped(), s.AllErrors(), s.Scraper.Queued, s.Elapsed.Round(time.Second))
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// statusLine is a live status line at the bottom of a terminal; log lines
// written through it appear above it.
type statusLine struct {
	mu   sync.Mutex // guards w and line
	w    io.Writer
	line string
}

const clearLine = "\r\033[K"

// Write writes log output above the status line.
func (s *statusLine) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := io.WriteString(s.w, clearLine); err != nil {
		return 0, err
	}
	n, err := s.w.Write(p)
	if err != nil {
		return n, err
	}
	_, err = io.WriteString(s.w, s.line)
	return n, err
}

// Set replaces the status line.
func (s *statusLine) Set(line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.line = line
	fmt.Fprint(s.w, clearLine+line)
}

// Clear removes the status line.
func (s *statusLine) Clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.line = ""
	fmt.Fprint(s.w, clearLine)
}
