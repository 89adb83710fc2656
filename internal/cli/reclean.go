package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/store"
)

const recleanUsage = `usage: pith reclean [flags] DIR

Cleans every page archived in the out dir DIR (DIR/.pith/warc, kept by
pith crawl) again, without the network, with the blocks each site learned
(see pith sites), and rewrites the articles that changed; the others are
not touched. Use it after upgrading pith, after new rules, or to change
--keep. It prints a progress line and a summary (pages, changed,
unchanged, no article, failed), and exits 1 when a page could not be
read or written (the others are recleaned), or when it was interrupted
(run it again to finish).

With --redis, DIR is the out dir of a crawl run with --redis: the
articles each worker stored are recleaned, from its own archive, with the
blocks the workers learned together.

examples:
  pith reclean ./articles
  pith reclean ./articles --redis redis://127.0.0.1:6379/0
  pith reclean ./articles --keep related --jsonl changed.jsonl

flags:
`

func runReclean(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("reclean", flag.ContinueOnError)
	var keep multiFlag
	fs.Var(&keep, "keep", "keep a boilerplate kind instead of removing it (repeatable), as in pith crawl")
	site := fs.String("site", "", "only the articles of this host (news.example, or host:port)")
	jsonl := fs.String("jsonl", "", "write each changed article as a JSON line to this file, or - for stdout")
	logFormat := fs.String("log-format", "text", "log line format: text or json")
	logLevel := fs.String("log-level", "info", "log level: debug, info, warn or error")
	redisURL := fs.String("redis", "", "the Redis URL of a crawl run with --redis: reclean the articles of each of its workers with their shared judgement")
	redisCA := fs.String("redis-ca", "", "PEM file of the CA of a rediss:// Redis, as in pith crawl")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, recleanUsage)
	}
	if len(pos) != 1 {
		return usageErrorf("reclean: want one DIR, got %d arguments (run 'pith help reclean')", len(pos))
	}
	dir := pos[0]
	log, err := newLogger(stdio.Err, *logFormat, *logLevel)
	if err != nil {
		return usageErrorf("reclean: %v", err)
	}
	var sh *shared.Crawl
	if *redisURL != "" {
		if sh, err = openRedis(ctx, *redisURL, *redisCA); err != nil {
			return fmt.Errorf("reclean: %w", err)
		}
		defer sh.Close()
	} else if err := needOutDir(dir, redisHint); err != nil {
		return fmt.Errorf("reclean: %w", err)
	}
	cfg := crawl.RecleanConfig{Keep: keep, Logger: log}
	if *site != "" {
		cfg.Sites = []string{strings.ToLower(*site)}
	}
	var jf *os.File
	switch *jsonl {
	case "":
	case "-":
		cfg.JSONL = store.NewJSONL(stdio.Out)
	default:
		if jf, err = os.OpenFile(*jsonl, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644); err != nil {
			return fmt.Errorf("reclean: --jsonl: %w", err)
		}
		defer jf.Close() // after a successful Close below, a no-op error
		cfg.JSONL = store.NewJSONL(jf)
	}

	tty := isTerminal(stdio.Err)
	var (
		mu     sync.Mutex // guards latest
		latest crawl.RecleanStats
	)
	cfg.OnProgress = func(s crawl.RecleanStats) {
		mu.Lock()
		latest = s
		mu.Unlock()
	}
	start := time.Now()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	status := &statusLine{w: stdio.Err}
	wg.Go(func() {
		everyTick(stop, tty, func() {
			mu.Lock()
			s := latest
			mu.Unlock()
			el := time.Since(start)
			if tty {
				status.Set(fmt.Sprintf("%d of %d pages · %d changed · %d failed · %s", s.Pages, s.Total, s.Changed, s.Failed, el.Round(time.Second)))
			} else {
				log.Info("progress", "pages", s.Pages, "of", s.Total, "changed", s.Changed, "failed", s.Failed, "elapsed_s", math.Round(el.Seconds()))
			}
		})
	})
	var stats crawl.RecleanStats
	if sh != nil {
		stats, err = recleanWorkers(ctx, dir, sh.Sites(), cfg)
	} else {
		stats, err = recleanDir(ctx, dir, cfg, log)
	}
	close(stop)
	wg.Wait()
	if tty {
		status.Clear()
	}
	if jf != nil {
		if cerr := jf.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("--jsonl: %w", cerr)
		}
	}
	word := "done"
	switch {
	case err != nil && ctx.Err() != nil:
		word = "interrupted"
	case err != nil:
		word = "failed"
	}
	fmt.Fprintf(stdio.Err, "pith reclean %s, out dir %s\n  %d pages recleaned, %d articles changed, %d unchanged, %d without an article now (kept as they were), %d failed, %.1fs\n",
		word, dir, stats.Pages, stats.Changed, stats.Unchanged, stats.NoArticle, stats.Failed, stats.Elapsed.Seconds())
	if stats.Total == 0 && err == nil {
		fmt.Fprintf(stdio.Err, "  no archived page: crawl with --archive (the default) to keep them\n")
	}
	if word == "interrupted" {
		return errors.New("reclean: interrupted; run it again to finish")
	}
	if err != nil {
		return fmt.Errorf("reclean: %w", err)
	}
	return nil
}

// recleanDir recleans the out dir dir.
func recleanDir(ctx context.Context, dir string, cfg crawl.RecleanConfig, log *slog.Logger) (crawl.RecleanStats, error) {
	d, err := store.Open(ctx, dir, store.Config{Logger: log})
	if err != nil {
		return crawl.RecleanStats{}, err
	}
	stats, err := crawl.Reclean(ctx, d, cfg)
	if cerr := d.Close(); cerr != nil && err == nil {
		err = cerr
	}
	return stats, err
}

const sitesUsage = `usage: pith sites [flags] DIR

Lists, per site of the out dir DIR, the articles counted and the blocks
the site repeats under them that pith learned and removes (a sign-off, a
membership plug, a disclaimer): each with its id, how many articles it
was seen in, where it sits (start, end, or after a given block) and its
text. A block pinned with --allow is shown as pinned; it is article text
and never removed again. Pinning marks the site for pith reclean, which
puts the block back in the stored articles.

With --redis, the sites are those the workers of a crawl run with --redis
learned together, in that Redis; pinning there holds for every worker.

examples:
  pith sites ./articles
  pith sites ./articles --redis redis://127.0.0.1:6379/0
  pith sites ./articles --allow 3f2a1b9c0d4e5f60
  pith sites ./articles --allow "Written at the harbour desk"

flags:
`

func runSites(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("sites", flag.ContinueOnError)
	var allow listFlag
	fs.Var(&allow, "allow", "pin the learned blocks with this id (or id prefix of 6+ digits) or text as article text (repeatable)")
	asJSON := fs.Bool("json", false, "one JSON object per site: host, articles, blocks (id, text, position, count, pinned)")
	redisURL := fs.String("redis", "", "the Redis URL of a crawl run with --redis: its workers' shared judgement (redis://HOST:PORT/DB)")
	redisCA := fs.String("redis-ca", "", "PEM file of the CA of a rediss:// Redis, as in pith crawl")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, sitesUsage)
	}
	if len(pos) != 1 {
		return usageErrorf("sites: want one DIR, got %d arguments (run 'pith help sites')", len(pos))
	}
	dir := pos[0]
	var sites []store.Site
	if *redisURL != "" {
		sites, err = sharedSites(ctx, dir, *redisURL, *redisCA, allow, stdio)
	} else {
		sites, err = localSites(ctx, dir, allow, stdio)
	}
	if err != nil {
		return fmt.Errorf("sites: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdio.Out)
		enc.SetEscapeHTML(false)
		for _, s := range sites {
			if s.Blocks == nil {
				s.Blocks = []store.SiteBlock{}
			}
			if err := enc.Encode(s); err != nil {
				return fmt.Errorf("sites: %w", err)
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(stdio.Out, 0, 4, 2, ' ', 0)
	for _, s := range sites {
		fmt.Fprintf(tw, "%s\t%d articles counted, %d blocks learned", s.Host, s.Articles, len(s.Blocks))
		if s.Dirty {
			fmt.Fprintf(tw, " (stored articles wait for pith reclean)")
		}
		fmt.Fprintln(tw)
		for _, b := range s.Blocks {
			state := "removed"
			if b.Pinned {
				state = "pinned"
			}
			fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%s\n", b.ID, b.Count, b.Position, state, clipLine(b.Text, 100))
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("sites: %w", err)
	}
	return nil
}

// localSites pins the blocks of allow and lists the sites of the out dir
// dir's state database.
func localSites(ctx context.Context, dir string, allow []string, stdio Stdio) ([]store.Site, error) {
	if err := needOutDir(dir, redisHint); err != nil {
		return nil, err
	}
	d, err := store.Open(ctx, dir, store.Config{})
	if err != nil {
		return nil, err
	}
	defer d.Close() // a second Close below reports its error
	if err := pinAll(ctx, func(ctx context.Context, a string) ([]store.SiteBlock, error) { return d.Pin(ctx, a) }, dir, "", allow, stdio); err != nil {
		return nil, err
	}
	sites, err := d.Sites(ctx)
	if err != nil {
		return nil, err
	}
	return sites, d.Close()
}

// pinAll pins the blocks of allow, saying so on stdio.Err.
func pinAll(ctx context.Context, pin func(context.Context, string) ([]store.SiteBlock, error), dir, flags string, allow []string, stdio Stdio) error {
	for _, a := range allow {
		pinned, err := pin(ctx, a)
		if err != nil {
			return err
		}
		if len(pinned) == 0 {
			return fmt.Errorf("--allow %q: no learned block has this id or text", a)
		}
		for _, b := range pinned {
			fmt.Fprintf(stdio.Err, "pinned %s on %s: %s (run pith reclean %s%s to put it back in the stored articles)\n", b.ID, b.Host, clipLine(b.Text, 80), dir, flags)
		}
	}
	return nil
}
