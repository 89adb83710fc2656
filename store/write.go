package store

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"

	"github.com/pith-news/pith/article"
)

// exists reports whether the regular file p exists in the out dir.
func (d *Dir) exists(p string) bool {
	fi, err := d.root.Lstat(p)
	return err == nil && fi.Mode().IsRegular()
}

// holds reports whether the file p holds an article of content hash: the
// original of a duplicate must still be there, readable and the same. A
// file that cannot be read is logged, and not taken for the original.
func (d *Dir) holds(p, hash string) bool {
	if !d.exists(p) {
		return false
	}
	a, err := readArticle(d.root, p)
	if err != nil {
		d.log.Warn("unreadable article file: not taken as the original of a duplicate", "path", p, "err", err)
		return false
	}
	return a.ContentHash() == hash
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
	tmp := d.tmpDir() + "/" + hex.EncodeToString(rnd[:]) + ".tmp"
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
