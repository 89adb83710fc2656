package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
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

	"github.com/pith-news/pith/article"
)

// Config tunes Open. The zero value is ready to use.
type Config struct {
	// Logger receives debug lines for each write; nil discards them.
	Logger *slog.Logger
	// LockTimeout is how long Open waits for another process to release
	// the out dir; 0 means 1s. After it Open fails with ErrLocked.
	LockTimeout time.Duration
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

	// openTemp creates a temporary file; tests replace it to fail writes.
	openTemp func(name string) (tempFile, error)

	life   sync.RWMutex // guards closed; Put and friends hold it shared
	closed bool

	mu   sync.Mutex               // guards busy and dirs
	busy map[string]chan struct{} // paths and hashes being written
	dirs map[string]bool          // host directories known to exist
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
	if err := d.root.MkdirAll(tmpDir, 0o755); err != nil {
		return err
	}
	db, err := bolt.Open(stateDBName, 0o644, &bolt.Options{
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
	errDB := d.db.Close()
	errRoot := d.root.Close()
	if err := errors.Join(errDB, errRoot); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
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

// Put stores a, fetched as f. a.URL must be set: it names the file (see
// Path). Put sets a.FetchedAt when it is zero, and on Updated sets
// a.Modified to the fetch time unless the page gave a later one, so that
// after Put a is what the file holds.
//
// An article whose content (see article.Article.ContentHash) is already
// stored under another path is a Duplicate and is not written again; one
// whose file holds the same content is Unchanged and not rewritten. In every
// case the state of f.URL is recorded. A write error leaves the previous
// file, if any, as it was.
func (d *Dir) Put(ctx context.Context, a *article.Article, f Fetch) (Result, error) {
	if a == nil || a.URL == "" {
		return Result{}, errors.New("store: put: article without URL")
	}
	if err := d.enter(); err != nil {
		return Result{}, err
	}
	defer d.leave()

	if f.URL == "" {
		f.URL = a.URL
	}
	if f.At.IsZero() {
		f.At = a.FetchedAt
	}
	if f.At.IsZero() {
		f.At = d.now()
	}
	if a.FetchedAt.IsZero() {
		a.FetchedAt = f.At
	}
	hash := a.ContentHash()
	p := Path(a.URL)

	release, err := d.lock(ctx, "path:"+p, "hash:"+hash)
	if err != nil {
		return Result{}, fmt.Errorf("store: put %s: %w", a.URL, err)
	}
	defer release()

	var prev *pathRecord
	var owner string
	err = d.db.View(func(tx *bolt.Tx) error {
		var err error
		if prev, err = getJSON[pathRecord](tx.Bucket(bucketPaths), p); err != nil {
			return err
		}
		owner = string(tx.Bucket(bucketHashes).Get([]byte(hash)))
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("store: put %s: state db: %w", a.URL, err)
	}

	res := Result{Path: p}
	switch {
	case owner != "" && owner != p && d.exists(owner):
		res = Result{Outcome: Duplicate, Path: owner}
	case prev != nil && prev.Hash == hash && d.exists(p):
		res.Outcome = Unchanged
	default:
		if prev == nil || !d.exists(p) {
			// The state may lag the files (a crash between the rename and
			// the commit, or a deleted state db): trust the file on disk.
			prev = d.readPrev(p)
		}
		switch {
		case prev != nil && prev.Hash == hash:
			res.Outcome = Unchanged
		case prev != nil:
			res.Outcome = Updated
			if a.Modified.IsZero() || !a.Modified.After(prev.Modified) {
				a.Modified = f.At
			}
		default:
			res.Outcome = Created
		}
		if res.Outcome != Unchanged {
			if err := d.write(p, a); err != nil {
				return Result{}, fmt.Errorf("store: put %s: %w", a.URL, err)
			}
		}
	}

	err = d.db.Update(func(tx *bolt.Tx) error {
		ur := urlRecord{Path: res.Path, Hash: hash, ETag: f.ETag, LastModified: f.LastModified, FetchedAt: f.At}
		for _, u := range f.keys() {
			if err := putJSON(tx.Bucket(bucketURLs), u, ur); err != nil {
				return err
			}
		}
		if res.Outcome == Duplicate {
			return nil
		}
		pr := pathRecord{URL: a.URL, Hash: hash, Modified: a.Modified, FetchedAt: a.FetchedAt}
		if res.Outcome == Unchanged && prev != nil {
			pr.Modified, pr.FetchedAt = prev.Modified, prev.FetchedAt
		}
		if err := putJSON(tx.Bucket(bucketPaths), p, pr); err != nil {
			return err
		}
		hashes := tx.Bucket(bucketHashes)
		if prev != nil && prev.Hash != hash && string(hashes.Get([]byte(prev.Hash))) == p {
			if err := hashes.Delete([]byte(prev.Hash)); err != nil {
				return err
			}
		}
		return hashes.Put([]byte(hash), []byte(p))
	})
	if err != nil {
		return Result{}, fmt.Errorf("store: put %s: state db: %w", a.URL, err)
	}
	d.log.Debug("stored article", "url", a.URL, "fetch_url", f.URL, "outcome", res.Outcome.String(), "path", res.Path)
	return res, nil
}

// Touch records that f.URL was fetched again and answered 304 Not Modified.
// New validators in f replace the stored ones; f.Aliases get the state of
// f.URL. It fails with ErrNotFound when nothing is recorded for f.URL.
func (d *Dir) Touch(ctx context.Context, f Fetch) error {
	if err := d.enter(); err != nil {
		return err
	}
	defer d.leave()
	if f.At.IsZero() {
		f.At = d.now()
	}
	err := d.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketURLs)
		ur, err := getJSON[urlRecord](b, f.URL)
		if err != nil {
			return err
		}
		if ur == nil {
			return ErrNotFound
		}
		ur.FetchedAt = f.At
		if f.ETag != "" {
			ur.ETag = f.ETag
		}
		if f.LastModified != "" {
			ur.LastModified = f.LastModified
		}
		for _, u := range f.keys() {
			if err := putJSON(b, u, *ur); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: touch %s: %w", f.URL, err)
	}
	return nil
}

// record returns the state kept for the fetched URL rawURL, or nil when
// there is none. The caller has entered d.
func (d *Dir) record(rawURL string) (*urlRecord, error) {
	var ur *urlRecord
	err := d.db.View(func(tx *bolt.Tx) error {
		var err error
		ur, err = getJSON[urlRecord](tx.Bucket(bucketURLs), rawURL)
		return err
	})
	return ur, err
}

// Validators returns the ETag and Last-Modified to send in a conditional
// request for the fetched URL rawURL, or empty strings when the URL is
// unknown or its file has gone (so that it is fetched in full again). Its
// signature fits scraper.Config.Validators; errors read as "unknown".
func (d *Dir) Validators(rawURL string) (etag, lastModified string) {
	if d.enter() != nil {
		return "", ""
	}
	defer d.leave()
	rec, err := d.record(rawURL)
	if err != nil || rec == nil || !d.exists(rec.Path) {
		return "", ""
	}
	return rec.ETag, rec.LastModified
}

// lock waits until no other Put holds any of keys, then holds them all; the
// returned func releases them.
func (d *Dir) lock(ctx context.Context, keys ...string) (release func(), err error) {
	for {
		d.mu.Lock()
		var wait chan struct{}
		for _, k := range keys {
			if ch, ok := d.busy[k]; ok {
				wait = ch
				break
			}
		}
		if wait == nil {
			ch := make(chan struct{})
			for _, k := range keys {
				d.busy[k] = ch
			}
			d.mu.Unlock()
			return func() {
				d.mu.Lock()
				for _, k := range keys {
					delete(d.busy, k)
				}
				d.mu.Unlock()
				close(ch)
			}, nil
		}
		d.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// exists reports whether the regular file p exists in the out dir.
func (d *Dir) exists(p string) bool {
	fi, err := d.root.Lstat(p)
	return err == nil && fi.Mode().IsRegular()
}

// readPrev reads the article stored at p, for when the state db does not
// know it; nil when there is none or it does not parse.
func (d *Dir) readPrev(p string) *pathRecord {
	a, err := readArticle(d.root, p)
	if err != nil {
		return nil
	}
	return &pathRecord{URL: a.URL, Hash: a.ContentHash(), Modified: a.Modified, FetchedAt: a.FetchedAt}
}

// write writes a to p atomically: temporary file, fsync, rename, fsync of
// the directory. On error no file is left behind and p is as it was.
func (d *Dir) write(p string, a *article.Article) (err error) {
	dir := path.Dir(p)
	if err := d.ensureDir(dir); err != nil {
		return err
	}
	var rnd [12]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return fmt.Errorf("temp name: %w", err)
	}
	tmp := tmpDir + "/" + hex.EncodeToString(rnd[:]) + ".tmp"
	f, err := d.openTemp(tmp)
	if err != nil {
		return fmt.Errorf("create temp: %w", err)
	}
	defer func() {
		if err != nil {
			if rerr := d.root.Remove(tmp); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
				err = errors.Join(err, fmt.Errorf("remove temp: %w", rerr))
			}
		}
	}()
	if err := encodeFile(f, a); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", p, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync %s: %w", p, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", p, err)
	}
	if err := d.root.Rename(tmp, p); err != nil {
		return fmt.Errorf("rename into %s: %w", p, err)
	}
	if err := d.syncDir(dir); err != nil {
		return err
	}
	return nil
}

// ensureDir creates the host directory dir once and makes its entry durable.
func (d *Dir) ensureDir(dir string) error {
	d.mu.Lock()
	known := d.dirs[dir]
	d.mu.Unlock()
	if known {
		return nil
	}
	err := d.root.Mkdir(dir, 0o755)
	switch {
	case err == nil:
		if err := d.syncDir("."); err != nil {
			return err
		}
	case errors.Is(err, fs.ErrExist):
		fi, err := d.root.Lstat(dir)
		if err != nil {
			return fmt.Errorf("mkdir %s: %w", dir, err)
		}
		if !fi.IsDir() {
			return fmt.Errorf("mkdir %s: not a directory", dir)
		}
	default:
		return fmt.Errorf("mkdir %s: %w", dir, err)
	}
	d.mu.Lock()
	d.dirs[dir] = true
	d.mu.Unlock()
	return nil
}

func (d *Dir) syncDir(dir string) error {
	f, err := d.root.Open(dir)
	if err != nil {
		return fmt.Errorf("sync dir %s: %w", dir, err)
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("sync dir %s: %w", dir, err)
	}
	return nil
}
