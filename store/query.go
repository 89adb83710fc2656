package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrNoIndex means the out dir's state database has no index yet: it was
// written by an older pith. Opening it with Open builds the index.
var ErrNoIndex = errors.New("store: out dir has no index yet")

// Index reads the index and the records of an out dir without its lock:
// the state database itself when no crawl holds it, otherwise the snapshot
// the crawl publishes (at most SnapshotEvery old, and at its end). An
// Index sees one consistent state. It is safe for concurrent use; Close it
// when done.
type Index struct {
	db *bolt.DB
	// Live is false when the Index reads the snapshot of a crawl in
	// progress rather than the state database.
	Live bool
}

// OpenIndex opens the index of the out dir dir for reading. It fails with
// an error wrapping fs.ErrNotExist when dir holds no state database (never
// crawled), ErrLocked when a crawl holds it and has published no snapshot
// yet, and ErrNoIndex for a store of an older pith.
func OpenIndex(ctx context.Context, dir string) (*Index, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("store: open index: %w", err)
	}
	defer root.Close()
	if _, err := root.Stat(stateDBName); err != nil {
		return nil, fmt.Errorf("store: open index: %s is not an out dir: %w", dir, err)
	}
	ix, err := openIndexFile(root, stateDBName, true)
	if errors.Is(err, berrors.ErrTimeout) {
		ix, err = openIndexFile(root, snapshotName, false)
		if errors.Is(err, fs.ErrNotExist) {
			err = ErrLocked
		}
	}
	if err != nil {
		return nil, fmt.Errorf("store: open index %s: %w", dir, err)
	}
	if err := ix.db.View(func(tx *bolt.Tx) error {
		m := tx.Bucket(bucketMeta)
		if m == nil || string(m.Get([]byte("index"))) != indexVersion {
			return ErrNoIndex
		}
		return nil
	}); err != nil {
		ix.Close()
		return nil, fmt.Errorf("store: open index %s: %w", dir, err)
	}
	return ix, nil
}

func openIndexFile(root *os.Root, name string, live bool) (*Index, error) {
	db, err := bolt.Open(filepath.Join(root.Name(), name), 0o644, &bolt.Options{
		ReadOnly: true,
		Timeout:  50 * time.Millisecond,
		OpenFile: func(string, int, os.FileMode) (*os.File, error) { return root.Open(name) },
	})
	if err != nil {
		return nil, err
	}
	return &Index{db: db, Live: live}, nil
}

// Close releases the index.
func (ix *Index) Close() error {
	if err := ix.db.Close(); err != nil {
		return fmt.Errorf("store: close index: %w", err)
	}
	return nil
}

// Query selects entries of the index, in the order of their fetch time,
// then path.
type Query struct {
	// Site keeps the articles of one host (as in Entry.Site; a host given
	// without its port matches any port); "" keeps all.
	Site string
	// Since keeps the articles fetched at or after it; zero keeps all.
	Since time.Time
	// After, if set, starts after this position (exclusive): the last
	// entry of the previous page.
	After *Position
	// Reverse walks from the newest to the oldest; Since and After then
	// bound the walk from above.
	Reverse bool
}

// Keeps reports whether the article at rawURL is of q.Site.
func (q Query) Keeps(rawURL string) bool {
	return q.keepsSite(hostOf(rawURL))
}

func (q Query) keepsSite(site string) bool {
	if q.Site == "" || site == q.Site {
		return true
	}
	host, _, ok := strings.Cut(site, ":")
	return ok && !strings.Contains(q.Site, ":") && host == q.Site
}

// Entries calls fn for each entry q selects until fn returns false or an
// error. The cost is that of the entries visited: a page of results costs
// the same whatever the size of the store (when Site is empty).
func (ix *Index) Entries(ctx context.Context, q Query, fn func(Entry) (bool, error)) error {
	return ix.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketIndex)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		var k, v []byte
		var after []byte
		if q.After != nil {
			after = indexKey(q.After.FetchedAt, q.After.Path)
		}
		if !q.Reverse {
			start := indexKey(q.Since, "")
			if after != nil && bytes.Compare(after, start) > 0 {
				start = after
			}
			k, v = c.Seek(start)
			if after != nil && bytes.Equal(k, after) {
				k, v = c.Next()
			}
		} else {
			k, v = c.Last()
			if after != nil {
				k, v = c.Seek(after)
				if k == nil {
					k, v = c.Last()
				}
				for k != nil && bytes.Compare(k, after) >= 0 {
					k, v = c.Prev()
				}
			}
		}
		since := timeKey(q.Since)
		for n := 0; k != nil; n++ {
			if n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if len(k) < 8 {
				break
			}
			if q.Reverse && !q.Since.IsZero() && binary.BigEndian.Uint64(k) < since {
				break
			}
			e, err := decodeEntry(v)
			if err != nil {
				return fmt.Errorf("store: index entry %q: %w", k[8:], err)
			}
			if q.keepsSite(e.Site) {
				more, err := fn(e)
				if err != nil || !more {
					return err
				}
			}
			if q.Reverse {
				k, v = c.Prev()
			} else {
				k, v = c.Next()
			}
		}
		return nil
	})
}

// Find returns the index entry of a stored article, by its URL or its
// path; ok is false when there is none.
func (ix *Index) Find(urlOrPath string) (e Entry, ok bool, err error) {
	err = ix.db.View(func(tx *bolt.Tx) error {
		p := urlOrPath
		if strings.Contains(urlOrPath, "://") {
			p = Path(urlOrPath)
			if r, err := getJSON[urlRecord](tx.Bucket(bucketURLs), urlOrPath); err == nil && r != nil {
				p = r.Path // the copy stored first, for a duplicate
			}
		}
		pr, err := getJSON[pathRecord](tx.Bucket(bucketPaths), p)
		if err != nil || pr == nil {
			return err
		}
		v := tx.Bucket(bucketIndex).Get(indexKey(pr.FetchedAt, p))
		if v == nil {
			return nil
		}
		if e, err = decodeEntry(v); err != nil {
			return err
		}
		ok = true
		return nil
	})
	return e, ok, err
}

// Why returns the latest record of rawURL (in canonical form); ok is false
// when the crawl never recorded it.
func (ix *Index) Why(rawURL string) (rec Record, ok bool, err error) {
	err = ix.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRecords)
		if b == nil {
			return nil
		}
		r, err := getJSON[Record](b, rawURL)
		if err != nil || r == nil {
			return err
		}
		rec, ok = *r, true
		return nil
	})
	return rec, ok, err
}

// SiteStats are the counts of one host of an out dir.
type SiteStats struct {
	Site string `json:"site"`
	// Articles counts the article files.
	Articles int `json:"articles"`
	// Verdicts counts the URLs by their latest recorded outcome.
	Verdicts map[Verdict]int `json:"verdicts"`
	// Failures lists up to maxFailures URLs whose latest outcome is an
	// error, newest first.
	Failures []Record `json:"failures,omitempty"`
}

// RunInfo is the last run of one crawl (one run key).
type RunInfo struct {
	Key      string    `json:"key"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"`
	Complete bool      `json:"complete"`
}

// Stats is what pith stats shows of an out dir.
type Stats struct {
	Sites []SiteStats `json:"sites"`
	Runs  []RunInfo   `json:"runs"`
}

// maxFailures caps the failures listed per site.
const maxFailures = 10

// Stats returns the per-host counts, the failures and the last runs. Its
// cost does not grow with the number of articles, only with the number of
// hosts and of failing URLs.
func (ix *Index) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := ix.db.View(func(tx *bolt.Tx) error {
		sites := map[string]*SiteStats{}
		site := func(h string) *SiteStats {
			s := sites[h]
			if s == nil {
				s = &SiteStats{Site: h, Verdicts: map[Verdict]int{}}
				sites[h] = s
			}
			return s
		}
		if b := tx.Bucket(bucketTally); b != nil {
			err := b.ForEach(func(k, v []byte) error {
				host, verdict, ok := strings.Cut(string(k), "\x00")
				if !ok || len(v) != 8 {
					return nil
				}
				n := int(binary.BigEndian.Uint64(v))
				if verdict == tallyArticles {
					site(host).Articles = n
				} else {
					site(host).Verdicts[Verdict(verdict)] = n
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		if b := tx.Bucket(bucketFailures); b != nil {
			recs := tx.Bucket(bucketRecords)
			c := b.Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				if err := ctx.Err(); err != nil {
					return err
				}
				host, u, _ := strings.Cut(string(k), "\x00")
				r, err := getJSON[Record](recs, u)
				if err != nil || r == nil {
					continue
				}
				s := site(host)
				s.Failures = append(s.Failures, *r)
			}
		}
		for _, s := range sites {
			slices.SortFunc(s.Failures, func(a, b Record) int { return b.At.Compare(a.At) })
			if len(s.Failures) > maxFailures {
				s.Failures = s.Failures[:maxFailures]
			}
			st.Sites = append(st.Sites, *s)
		}
		slices.SortFunc(st.Sites, func(a, b SiteStats) int { return cmp.Compare(a.Site, b.Site) })
		return tx.Bucket(bucketRuns).ForEach(func(k, v []byte) error {
			var r runRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return nil
			}
			st.Runs = append(st.Runs, RunInfo{Key: string(k), Started: r.Started, Finished: r.Finished, Complete: r.Complete})
			return nil
		})
	})
	slices.SortFunc(st.Runs, func(a, b RunInfo) int { return b.Started.Compare(a.Started) })
	return st, err
}

// Why returns the latest record of rawURL as last written (a Note not
// yet flushed is not seen); ok is false when there is none.
func (d *Dir) Why(rawURL string) (rec Record, ok bool, err error) {
	if err := d.enter(); err != nil {
		return rec, false, err
	}
	defer d.leave()
	err = d.db.View(func(tx *bolt.Tx) error {
		r, err := getJSON[Record](tx.Bucket(bucketRecords), rawURL)
		if err != nil || r == nil {
			return err
		}
		rec, ok = *r, true
		return nil
	})
	return rec, ok, err
}
