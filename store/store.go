package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Config tunes Open. The zero value is ready to use.
type Config struct {
	// Logger receives debug lines for each write; nil discards them.
	Logger *slog.Logger
	// LockTimeout is how long Open waits for another process to release
	// the out dir; 0 means 1s. After it Open fails with ErrLocked.
	LockTimeout time.Duration
	// StateDir is the directory, under the out dir, of the state database,
	// its snapshot and the temporary files: ".pith" (the default, for "")
	// or a directory under it. Processes that write one out dir at once
	// (pith crawl --redis) each have their own, and share Shared.
	StateDir string
	// Shared, if set, keeps the state of fetched URLs and the owners of
	// content hashes where every process writing the out dir sees them
	// (see Shared).
	Shared Shared
	// Sites, if set, keeps the counts of site learning instead of the
	// state database, for processes that learn together (see SiteState).
	Sites SiteState
}

// Outcome says what Put did with an article.
type Outcome int

// The outcomes of Put.
const (
	// Created means the article was new and its file was written.
	Created Outcome = iota + 1
	// Updated means the article's content changed and its file was rewritten.
	Updated
	// Unchanged means the stored file already holds this content; it was
	// not rewritten.
	Unchanged
	// Duplicate means the same article is stored under another URL's path;
	// nothing was written.
	Duplicate
)

// String returns "created", "updated", "unchanged" or "duplicate".
func (o Outcome) String() string {
	switch o {
	case Created:
		return "created"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	case Duplicate:
		return "duplicate"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Fetch describes the HTTP response an article came from.
type Fetch struct {
	// URL is the URL the crawler fetched, canonicalised: the key under which
	// the state is kept and Validators looks it up. Empty means the
	// article's URL.
	URL string
	// Aliases are other fetched URLs that lead to the same response (the
	// URL after a redirect, or the page's rel=canonical); the state is
	// recorded under each of them too, so that their requests are
	// conditional and a resumed crawl skips them.
	Aliases []string
	// ETag and LastModified are the response's validators, if any.
	ETag         string
	LastModified string
	// At is when the response arrived; zero means the article's FetchedAt,
	// or now.
	At time.Time
}

// keys returns f.URL and its aliases, without repeats.
func (f Fetch) keys() []string {
	keys := []string{f.URL}
	for _, a := range f.Aliases {
		if a != "" && !slices.Contains(keys, a) {
			keys = append(keys, a)
		}
	}
	return keys
}

// Result reports what Put did.
type Result struct {
	Outcome Outcome
	// Path is the file that holds the article, relative to the out dir and
	// slash-separated; for a Duplicate, the file of the copy stored first.
	Path string
}

// Dir is an open out dir. It holds the state database's lock until Close.
// Its methods are safe for concurrent use.
type Dir struct {
	root *os.Root
	db   *bolt.DB
	log  *slog.Logger
	now  func() time.Time

	state  string    // the state directory, such as ".pith"
	shared Shared    // nil: the state database alone
	sites  SiteState // site learning's counts: the state database's or Config.Sites

	// openTemp creates a temporary file; tests replace it to fail writes.
	openTemp func(name string) (tempFile, error)

	life   sync.RWMutex // guards closed; Put and friends hold it shared
	closed bool

	mu   sync.Mutex               // guards busy and dirs
	busy map[string]chan struct{} // paths and hashes being written
	dirs map[string]bool          // host directories known to exist

	noteMu sync.Mutex // guards notes
	notes  []Record   // records of Note not yet written

	pubMu   sync.Mutex // serialises snapshots; guards lastPub
	lastPub time.Time  // when the last snapshot was written
}

// tempFile is the part of *os.File that a write uses.
type tempFile interface {
	Write(p []byte) (int, error)
	Sync() error
	Close() error
}

// Open opens the out dir dir, creating it if needed, sweeps temporary files
// left by an earlier crash and opens the state database in dir/.pith. Only
// one process can have an out dir open: Open fails with ErrLocked after
// cfg.LockTimeout. The caller must Close the Dir.
func Open(ctx context.Context, dir string, cfg Config) (*Dir, error) {
	if cfg.LockTimeout < 0 {
		return nil, fmt.Errorf("store: LockTimeout %v < 0", cfg.LockTimeout)
	}
	if cfg.LockTimeout == 0 {
		cfg.LockTimeout = time.Second
	}
	if cfg.StateDir == "" {
		cfg.StateDir = stateDir
	}
	if sd := path.Clean(filepath.ToSlash(cfg.StateDir)); !filepath.IsLocal(cfg.StateDir) || sd != stateDir && !strings.HasPrefix(sd, stateDir+"/") {
		return nil, fmt.Errorf("store: StateDir %q is not %s or a directory under it", cfg.StateDir, stateDir)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	d := &Dir{
		root: root,
		log:  cfg.Logger,
		now:  time.Now,
		busy: make(map[string]chan struct{}),
		dirs: make(map[string]bool),
	}
	d.state, d.shared = path.Clean(filepath.ToSlash(cfg.StateDir)), cfg.Shared
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	d.openTemp = func(name string) (tempFile, error) {
		return d.root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	}
	if err := d.open(cfg); err != nil {
		root.Close()
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	return d, nil
}

func (d *Dir) open(cfg Config) error {
	if err := d.root.MkdirAll(d.tmpDir(), 0o755); err != nil {
		return err
	}
	// The snapshot the last Close wrote is current when the database has
	// not been written since; Open's own no-op transaction below would
	// otherwise look like a change.
	fresh := d.snapshotFresh()
	db, err := bolt.Open(d.dbName(), 0o644, &bolt.Options{
		Timeout:  cfg.LockTimeout,
		OpenFile: d.openDBFile,
	})
	if errors.Is(err, berrors.ErrTimeout) {
		return ErrLocked
	}
	if err != nil {
		return fmt.Errorf("state db: %w", err)
	}
	d.db = db
	d.sites = cfg.Sites
	if d.sites == nil {
		d.sites = boltSites{db}
	}
	if err := db.Update(createBuckets); err != nil {
		db.Close()
		return fmt.Errorf("state db: %w", err)
	}
	// Holding the lock, no other process writes: every temporary file is
	// a leftover.
	if err := d.sweep(); err != nil {
		db.Close()
		return err
	}
	rebuilt, err := d.rebuildIndex()
	if err != nil {
		db.Close()
		return err
	}
	// Readers use the snapshot while this process holds the lock: make it
	// current now, so that it never lags by more than one crawl.
	if !fresh || rebuilt {
		if err := d.publish(); err != nil {
			db.Close()
			return err
		}
	} else {
		d.lastPub = d.now()
	}
	return nil
}

// openDBFile opens the state database through the root; bbolt calls it with
// the name it was given or, later, the file's full name.
func (d *Dir) openDBFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	if filepath.IsAbs(name) || strings.HasPrefix(name, d.root.Name()) {
		rel, err := filepath.Rel(d.root.Name(), name)
		if err != nil {
			return nil, err
		}
		name = rel
	}
	return d.root.OpenFile(name, flag, perm)
}

// sweep removes the temporary files of writes a crash interrupted.
func (d *Dir) sweep() error {
	tmpDir := d.tmpDir()
	entries, err := fs.ReadDir(d.root.FS(), tmpDir)
	if err != nil {
		return fmt.Errorf("sweep: %w", err)
	}
	for _, e := range entries {
		if err := d.root.RemoveAll(tmpDir + "/" + e.Name()); err != nil {
			return fmt.Errorf("sweep: %w", err)
		}
		d.log.Debug("swept temporary file", "path", tmpDir+"/"+e.Name())
	}
	return nil
}

// Close saves the state and releases the out dir. It waits for the writes
// in flight.
func (d *Dir) Close() error {
	d.life.Lock()
	defer d.life.Unlock()
	if d.closed {
		return nil
	}
	d.closed = true
	errNotes := d.flushNotes()
	errPub := d.publish()
	errDB := d.db.Close()
	errRoot := d.root.Close()
	if err := errors.Join(errNotes, errPub, errDB, errRoot); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// Path returns the out dir's path, as given to Open.
func (d *Dir) Path() string { return d.root.Name() }

// ArchiveDir returns the directory the raw responses of the articles are
// archived in: "warc" beside the state database (DIR/.pith/warc, or a
// worker's own under DIR/.pith/workers), so that no two processes write
// to one.
func (d *Dir) ArchiveDir() string {
	return filepath.Join(d.root.Name(), filepath.FromSlash(d.state), "warc")
}

// enter marks the start of an operation; it fails after Close.
func (d *Dir) enter() error {
	d.life.RLock()
	if d.closed {
		d.life.RUnlock()
		return ErrClosed
	}
	return nil
}

func (d *Dir) leave() { d.life.RUnlock() }
