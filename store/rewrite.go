package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pith-news/pith/article"
)

// bucketArchive maps a stored path to where the response its article was
// cleaned from is archived.
var bucketArchive = []byte("archive")

// ArchiveRef is where the raw response of a stored article is archived:
// a WARC file under DIR/.pith/warc and the offset of its response record.
type ArchiveRef struct {
	File   string `json:"file"`
	Offset int64  `json:"offset"`
	// URL is the page's URL the article was cleaned as.
	URL string `json:"url"`
	// At is when the response arrived.
	At time.Time `json:"at"`
}

// Archived is one stored article with an archived response.
type Archived struct {
	Path string
	Ref  ArchiveRef
}

// SetArchived records where the response of the article stored at path
// is archived.
func (d *Dir) SetArchived(ctx context.Context, path string, ref ArchiveRef) error {
	if err := d.enter(); err != nil {
		return err
	}
	defer d.leave()
	err := d.db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketArchive), path, ref)
	})
	if err != nil {
		return fmt.Errorf("store: set archived %s: %w", path, err)
	}
	return nil
}

// ArchivedOf returns the archive reference of the article at path, or
// nil when it has none.
func (d *Dir) ArchivedOf(path string) (*ArchiveRef, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	var ref *ArchiveRef
	err := d.db.View(func(tx *bolt.Tx) error {
		var err error
		ref, err = getJSON[ArchiveRef](tx.Bucket(bucketArchive), path)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: archived %s: %w", path, err)
	}
	return ref, nil
}

// ArchivedPages returns the stored articles with an archived response, by
// path; with a host, only that site's (the host of their URL).
func (d *Dir) ArchivedPages(host string) ([]Archived, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	var out []Archived
	err := d.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketArchive).ForEach(func(k, v []byte) error {
			ref, err := getJSON[ArchiveRef](tx.Bucket(bucketArchive), string(k))
			if err != nil || ref == nil {
				return err
			}
			if host != "" && SiteOf(ref.URL) != host {
				return nil
			}
			out = append(out, Archived{Path: string(k), Ref: *ref})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: archived pages: %w", err)
	}
	return out, nil
}

// StateDBPath returns the path of the state database of the out dir dir:
// an out dir of pith crawl has one.
func StateDBPath(dir string) string { return filepath.Join(dir, filepath.FromSlash(stateDBName)) }

// SiteOf returns the site of a URL, as site learning keys it: its host
// (with port), lower-cased.
func SiteOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Host)
}

// Rewrite replaces the article stored at path with a, a new cleaning of
// the same page (pith reclean), when it differs: a keeps the stored
// article's URL and its fetch and modification times, and the file is
// rewritten only when its bytes change (a removal whose count alone grew
// keeps the stored count). It reports whether it rewrote the
// file; a path with no file is left alone (ErrNotFound).
func (d *Dir) Rewrite(ctx context.Context, path string, a *article.Article) (bool, error) {
	if err := d.enter(); err != nil {
		return false, err
	}
	defer d.leave()
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("store: rewrite %s: %w", path, err)
	}
	release, err := d.lock(ctx, "path:"+path)
	if err != nil {
		return false, fmt.Errorf("store: rewrite %s: %w", path, err)
	}
	defer release()
	old, err := d.root.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("store: rewrite %s: %w", path, ErrNotFound)
	}
	if err != nil {
		return false, fmt.Errorf("store: rewrite %s: %w", path, err)
	}
	prev, err := readArticle(d.root, path)
	if err != nil {
		return false, fmt.Errorf("store: rewrite %s: %w", path, err)
	}
	a.URL, a.FetchedAt, a.Modified = prev.URL, prev.FetchedAt, prev.Modified
	sameCounts(a.Removed, prev.Removed)
	var buf bytes.Buffer
	if err := encodeFile(&buf, a); err != nil {
		return false, fmt.Errorf("store: rewrite %s: %w", path, err)
	}
	if bytes.Equal(buf.Bytes(), old) {
		return false, nil
	}
	if err := d.write(path, a); err != nil {
		return false, fmt.Errorf("store: rewrite %s: %w", path, err)
	}
	oldHash, hash := prev.ContentHash(), a.ContentHash()
	err = d.db.Update(func(tx *bolt.Tx) error {
		if err := indexPut(tx, a, path, a.FetchedAt, false); err != nil {
			return err
		}
		pr, err := getJSON[pathRecord](tx.Bucket(bucketPaths), path)
		if err != nil {
			return err
		}
		if pr == nil {
			pr = &pathRecord{URL: a.URL, Modified: a.Modified, FetchedAt: a.FetchedAt}
		}
		pr.Hash = hash
		if err := putJSON(tx.Bucket(bucketPaths), path, pr); err != nil {
			return err
		}
		hashes := tx.Bucket(bucketHashes)
		if oldHash != hash && string(hashes.Get([]byte(oldHash))) == path {
			if err := hashes.Delete([]byte(oldHash)); err != nil {
				return err
			}
		}
		return hashes.Put([]byte(hash), []byte(path))
	})
	if err != nil {
		return true, fmt.Errorf("store: rewrite %s: state db: %w", path, err)
	}
	d.maybePublish()
	return true, nil
}

// sameCounts gives the removals of rs that the stored article lists too
// (same kind, rule and text) the count it lists: a count that grew since
// is not a change of the article, and does not rewrite its file.
func sameCounts(rs, stored []article.Removal) {
	for i := range rs {
		for _, p := range stored {
			if p.Kind == rs[i].Kind && p.Rule == rs[i].Rule && p.Text == rs[i].Text {
				rs[i].Count = p.Count
				break
			}
		}
	}
}
