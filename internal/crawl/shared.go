package crawl

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/store"
)

// maxWorkerSlots bounds the state directories of the workers of one host
// in an out dir (see openWorkerStore).
const maxWorkerSlots = 64

// openShared connects to the Redis of cfg.Redis for the crawl named key.
func openShared(ctx context.Context, cfg Config, key string, log *slog.Logger) (*shared.Crawl, error) {
	if cfg.Store != nil {
		return nil, errors.New("crawl: Redis needs Out, not an open Store")
	}
	opts := cfg.RedisOptions
	opts.Logger = log
	sh, err := shared.Open(ctx, cfg.Redis, key, opts)
	if err != nil {
		return nil, fmt.Errorf("crawl: %w", err)
	}
	return sh, nil
}

// openWorkerStore opens the out dir for one worker of a shared crawl. The
// workers write the article files side by side; each has its own state
// database, in .pith/workers/HOST-N with the first N whose lock is free,
// so that a worker started again on the same machine finds its own.
func openWorkerStore(ctx context.Context, out string, sh *shared.Crawl, log *slog.Logger) (*store.Dir, error) {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "localhost"
	}
	host = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '.':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return '_'
	}, host)
	host = strings.TrimLeft(host, ".")
	for n := 1; n <= maxWorkerSlots; n++ {
		d, err := store.Open(ctx, out, store.Config{
			Logger:      log,
			StateDir:    workersDir + "/" + host + "-" + strconv.Itoa(n),
			LockTimeout: 20e6, // 20ms: a held slot is another live worker's
			Shared:      sh,
			Sites:       sh.Sites(),
		})
		if errors.Is(err, store.ErrLocked) {
			continue
		}
		return d, err
	}
	return nil, fmt.Errorf("more than %d workers of this machine on out dir %s", maxWorkerSlots, out)
}

// workersDir holds the state directories of the workers of a shared crawl.
const workersDir = ".pith/workers"

// WorkerStateDirs returns the state directories (store.Config.StateDir)
// of the workers that crawled the out dir out through Redis, each
// .pith/workers/HOST-N, sorted.
func WorkerStateDirs(out string) ([]string, error) {
	es, err := os.ReadDir(filepath.Join(out, filepath.FromSlash(workersDir)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("crawl: workers: %w", err)
	}
	var dirs []string
	for _, e := range es {
		if e.IsDir() {
			dirs = append(dirs, workersDir+"/"+e.Name())
		}
	}
	return dirs, nil
}

// recleanIdle recleans the dirty sites of the state directories of the
// out dir that no process holds: workers killed before their own end of
// crawl, whose articles stored before a block was learned would keep it.
// A held one (a live worker, or this one) is skipped. It is best effort:
// what fails is logged, for pith reclean --redis, and the crawl, done
// already, does not fail for it.
func (c *crawler) recleanIdle(ctx context.Context) error {
	dirs, err := WorkerStateDirs(c.cfg.Out)
	if err != nil {
		return err
	}
	for _, w := range dirs {
		d, err := store.Open(ctx, c.cfg.Out, store.Config{Logger: c.log, StateDir: w, LockTimeout: 20e6, Sites: c.sh.Sites()})
		if errors.Is(err, store.ErrLocked) {
			continue
		}
		if err == nil {
			err = c.convergeDir(ctx, d)
			if cerr := d.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				return err
			}
			c.log.Warn("the articles of a worker gone could not be recleaned: run pith reclean --redis", "state_dir", w, "err", err)
		}
	}
	return nil
}

// checkRedisURL checks the setting redis: "" or a redis://, rediss:// or
// unix:// URL.
func checkRedisURL(raw string) []problem {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return whole("not a URL")
	}
	switch u.Scheme {
	case "redis", "rediss":
		if u.Host == "" {
			return whole("%s has no host", u.Redacted())
		}
	case "unix":
		if u.Path == "" {
			return whole("%s has no socket path", u.Redacted())
		}
	default:
		return whole("%s: want redis://HOST:PORT/DB, rediss:// or unix://", u.Redacted())
	}
	return nil
}

// logShared logs what the shared crawl did beyond this worker: the leases
// of dead workers taken over.
func logShared(ctx context.Context, sh *shared.Crawl, log *slog.Logger) {
	n, err := sh.Reclaimed(ctx)
	if err != nil {
		log.Debug("shared crawl: leases reclaimed unknown", "err", err)
		return
	}
	log.Info("shared crawl: this worker stopped", "redis", sh.Addr(), "leases_reclaimed", n, "lease", sh.Lease())
}
