package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/pith-news/pith/article"
)

// indexVersion is the version of the index buckets; a store whose meta
// says otherwise has its index rebuilt from the article files by Open.
const indexVersion = "2"

// Entry is one stored article as the index knows it: enough to list it
// without reading its file.
type Entry struct {
	URL   string `json:"url"`
	Path  string `json:"path"`
	Site  string `json:"site"` // the URL's host (with port), lower-cased
	Title string `json:"title"`
	Words int    `json:"words"`
	// Published is the article's publication time, zero when unknown.
	Published time.Time `json:"published,omitzero"`
	FetchedAt time.Time `json:"fetched_at"`
}

func entryOf(a *article.Article, p string) Entry {
	return Entry{
		URL: a.URL, Path: p, Site: hostOf(a.URL), Title: a.Title, Words: a.WordCount,
		Published: a.Published, FetchedAt: a.FetchedAt,
	}
}

// Position is a place in the index order (fetched_at, then path).
type Position struct {
	FetchedAt time.Time
	Path      string
}

// indexKey is the key of an article in the index bucket: its fetch time
// in nanoseconds since 1970 (clamped to what 64 bits hold), big-endian so
// that keys sort by time, then its path.
func indexKey(at time.Time, p string) []byte {
	k := make([]byte, 8, 8+len(p))
	binary.BigEndian.PutUint64(k, timeKey(at))
	return append(k, p...)
}

func timeKey(at time.Time) uint64 {
	switch {
	case at.IsZero() || at.Before(time.Unix(0, 0)):
		return 0
	case at.After(time.Unix(0, math.MaxInt64)):
		return math.MaxInt64
	}
	return uint64(at.UnixNano())
}

// indexPut records that the article a is stored at p, replacing the entry
// of the version fetched at prevAt (zero: none).
func indexPut(tx *bolt.Tx, a *article.Article, p string, prevAt time.Time, created bool) error {
	b := tx.Bucket(bucketIndex)
	if !prevAt.IsZero() {
		if err := b.Delete(indexKey(prevAt, p)); err != nil {
			return err
		}
	}
	if err := b.Put(indexKey(a.FetchedAt, p), encodeEntry(entryOf(a, p))); err != nil {
		return err
	}
	if created {
		return addTally(tx.Bucket(bucketTally), tallyKey(hostOf(a.URL), tallyArticles), 1)
	}
	return nil
}

// rebuildIndex fills the index from the article files, when the state
// database has none of the current version (a store written by an older
// pith, or a deleted state db), and reports whether it did. The caller
// holds the lock.
func (d *Dir) rebuildIndex() (bool, error) {
	var current bool
	if err := d.db.View(func(tx *bolt.Tx) error {
		current = string(tx.Bucket(bucketMeta).Get([]byte("index"))) == indexVersion
		return nil
	}); err != nil || current {
		return false, err
	}
	start := d.now()
	err := d.db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketIndex} {
			if err := tx.DeleteBucket(name); err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
				return err
			}
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		// Reset the article counts; the verdict tallies stay.
		t := tx.Bucket(bucketTally)
		var stale [][]byte
		c := t.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if bytes.HasSuffix(k, []byte("\x00"+tallyArticles)) {
				stale = append(stale, bytes.Clone(k))
			}
		}
		for _, k := range stale {
			if err := t.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("rebuild index: %w", err)
	}
	var batch []indexed
	flush := func() error {
		err := d.db.Update(func(tx *bolt.Tx) error {
			for _, e := range batch {
				if err := indexPut(tx, e.a, e.p, time.Time{}, true); err != nil {
					return err
				}
			}
			return nil
		})
		batch = batch[:0]
		return err
	}
	n := 0
	err = fs.WalkDir(d.root.FS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if p == stateDir {
				return fs.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		a, err := readEntryFields(d.root, p)
		if err != nil || a.URL == "" {
			d.log.Warn("rebuild index: unreadable article file", "path", p, "err", err)
			return nil
		}
		batch = append(batch, indexed{a, p})
		n++
		if len(batch) >= 1000 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return false, fmt.Errorf("rebuild index: %w", err)
	}
	err = d.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte("index"), []byte(indexVersion))
	})
	if err != nil {
		return false, fmt.Errorf("rebuild index: %w", err)
	}
	if n > 0 {
		d.log.Info("rebuilt the store index", "articles", n, "elapsed_s", roundSeconds(d.now().Sub(start)))
	}
	return true, nil
}

// readEntryFields reads only the fields of an article file that its index
// entry needs: decoding the text, HTML and removals too took most of a
// rebuild's time.
func readEntryFields(root *os.Root, p string) (*article.Article, error) {
	data, err := root.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var f struct {
		URL       string    `json:"url"`
		Title     string    `json:"title"`
		WordCount int       `json:"word_count"`
		Published time.Time `json:"published"`
		FetchedAt time.Time `json:"fetched_at"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("decode %s: %w", p, err)
	}
	return &article.Article{URL: f.URL, Title: f.Title, WordCount: f.WordCount, Published: f.Published, FetchedAt: f.FetchedAt}, nil
}

type indexed struct {
	a *article.Article
	p string
}

// roundSeconds returns d in seconds, to the millisecond.
func roundSeconds(d time.Duration) float64 {
	return math.Round(d.Seconds()*1000) / 1000
}

// The index's values are a compact binary form of Entry rather than JSON:
// decoding is what pith ls spends its time on, and JSON (with its time
// parsing) made it take about ten times longer. The index is derived data,
// rebuilt from the article files whenever indexVersion changes.
//
// Layout: format byte 1; URL, Path, Site, Title as uvarint length and
// bytes; Words as uvarint; Published and FetchedAt as varint Unix
// nanoseconds (0 for a zero time).

const entryFormat = 1

func encodeEntry(e Entry) []byte {
	b := make([]byte, 0, 48+len(e.URL)+len(e.Path)+len(e.Site)+len(e.Title))
	b = append(b, entryFormat)
	for _, s := range []string{e.URL, e.Path, e.Site, e.Title} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(max(e.Words, 0)))
	b = binary.AppendVarint(b, unixNano(e.Published))
	b = binary.AppendVarint(b, unixNano(e.FetchedAt))
	return b
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return int64(timeKey(t))
}

var errBadEntry = errors.New("malformed index entry")

func decodeEntry(b []byte) (Entry, error) {
	var e Entry
	if len(b) == 0 || b[0] != entryFormat {
		return e, errBadEntry
	}
	b = b[1:]
	var strs [4]string
	for i := range strs {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return e, errBadEntry
		}
		strs[i] = string(b[k : k+int(n)])
		b = b[k+int(n):]
	}
	e.URL, e.Path, e.Site, e.Title = strs[0], strs[1], strs[2], strs[3]
	words, k := binary.Uvarint(b)
	if k <= 0 || words > math.MaxInt32 {
		return e, errBadEntry
	}
	e.Words = int(words)
	b = b[k:]
	var times [2]time.Time
	for i := range times {
		ns, k := binary.Varint(b)
		if k <= 0 {
			return e, errBadEntry
		}
		if ns != 0 {
			times[i] = time.Unix(0, ns).UTC()
		}
		b = b[k:]
	}
	e.Published, e.FetchedAt = times[0], times[1]
	return e, nil
}
