package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The state database's buckets. Values are JSON, so the database can be
// read with any bbolt tool.
var (
	bucketURLs   = []byte("urls")   // urlKey(fetched URL) → urlRecord
	bucketPaths  = []byte("paths")  // stored path → pathRecord
	bucketHashes = []byte("hashes") // content hash → stored path
	bucketRuns   = []byte("runs")   // run key → runRecord
)

// urlRecord is the state of one fetched URL.
type urlRecord struct {
	Path         string    `json:"path"`
	Hash         string    `json:"hash"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	FetchedAt    time.Time `json:"fetched_at"`
}

// pathRecord is the state of one stored file.
type pathRecord struct {
	URL       string    `json:"url"`
	Hash      string    `json:"hash"`
	Modified  time.Time `json:"modified,omitzero"`
	FetchedAt time.Time `json:"fetched_at"`
}

// runRecord is the last crawl run under one key.
type runRecord struct {
	ID       uint64    `json:"id"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"`
	Complete bool      `json:"complete"`
	// ResumeSince is the start of the first of the interrupted runs this
	// run resumes; zero when it resumes none.
	ResumeSince time.Time `json:"resume_since,omitzero"`
}

// maxKeyURL is the longest URL kept as its own key in the urls bucket; a
// longer one is keyed by its hash (see urlKey), as bbolt refuses keys over
// 32 KiB.
const maxKeyURL = 4096

// urlKey returns the key of a fetched URL in the urls bucket: the URL
// itself, or "sha256:" and its hex SHA-256 when it is over maxKeyURL bytes.
func urlKey(u string) string {
	if len(u) <= maxKeyURL {
		return u
	}
	sum := sha256.Sum256([]byte(u))
	return "sha256:" + hex.EncodeToString(sum[:])
}

func createBuckets(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketURLs, bucketPaths, bucketHashes, bucketRuns,
		bucketRecords, bucketTally, bucketFailures, bucketIndex, bucketMeta,
		bucketSites, bucketDirty, bucketCleaned, bucketArchive} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

// getJSON decodes the value at key, or returns nil when there is none.
func getJSON[T any](b *bolt.Bucket, key string) (*T, error) {
	v := b.Get([]byte(key))
	if v == nil {
		return nil, nil
	}
	var rec T
	if err := json.Unmarshal(v, &rec); err != nil {
		return nil, fmt.Errorf("decode %s %q: %w", b.Tx().DB().Path(), key, err)
	}
	return &rec, nil
}

func putJSON(b *bolt.Bucket, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put([]byte(key), data)
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
	var known *urlRecord
	if d.shared != nil {
		var err error
		if known, err = d.sharedRecord(ctx, f.URL); err != nil {
			return fmt.Errorf("store: touch %s: %w", f.URL, err)
		}
	}
	var touched *urlRecord
	err := d.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketURLs)
		ur, err := getJSON[urlRecord](b, urlKey(f.URL))
		if err != nil {
			return err
		}
		if known != nil {
			ur = known // what all the processes know is the latest
		}
		if ur == nil {
			return ErrNotFound
		}
		touched = ur
		ur.FetchedAt = f.At
		if f.ETag != "" {
			ur.ETag = f.ETag
		}
		if f.LastModified != "" {
			ur.LastModified = f.LastModified
		}
		for _, u := range f.keys() {
			if err := putJSON(b, urlKey(u), *ur); err != nil {
				return err
			}
			rec := Record{URL: u, Verdict: VerdictUnchanged, Reason: "304 not modified", Status: 304, Path: ur.Path, At: f.At}
			if err := setRecord(tx, rec); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: touch %s: %w", f.URL, err)
	}
	if d.shared != nil {
		if err := d.shared.SetURLs(ctx, f.keys(), touched.shared()); err != nil {
			return fmt.Errorf("store: touch %s: shared state: %w", f.URL, err)
		}
	}
	return nil
}

// record returns the state kept for the fetched URL rawURL, or nil when
// there is none. The caller has entered d.
func (d *Dir) record(rawURL string) (*urlRecord, error) {
	var ur *urlRecord
	err := d.db.View(func(tx *bolt.Tx) error {
		var err error
		ur, err = getJSON[urlRecord](tx.Bucket(bucketURLs), urlKey(rawURL))
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
	var rec *urlRecord
	var err error
	if d.shared != nil {
		rec, err = d.sharedRecord(context.Background(), rawURL)
	} else {
		rec, err = d.record(rawURL)
	}
	if err != nil || rec == nil || !d.exists(rec.Path) {
		return "", ""
	}
	return rec.ETag, rec.LastModified
}

// Run is one crawl over a Dir, recorded so that a crawl that is killed or
// interrupted can be resumed: the next Run under the same key skips the
// URLs the interrupted ones already fetched.
type Run struct {
	d           *Dir
	key         string
	id          uint64
	started     time.Time
	resumeSince time.Time
}

// BeginRun records the start of a crawl. key names what is crawled (pith
// crawl uses its seeds); runs under different keys do not resume each
// other. When the last run under key did not End complete, the new run
// resumes it, and the interrupted runs before it.
func (d *Dir) BeginRun(ctx context.Context, key string) (*Run, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	r := &Run{d: d, key: key, started: d.now()}
	err := d.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRuns)
		prev, err := getJSON[runRecord](b, key)
		if err != nil {
			return err
		}
		if prev != nil && !prev.Complete {
			r.resumeSince = prev.ResumeSince
			if r.resumeSince.IsZero() {
				r.resumeSince = prev.Started
			}
		}
		if r.id, err = b.NextSequence(); err != nil {
			return err
		}
		if err := d.prune(tx); err != nil {
			return err
		}
		return putJSON(b, key, runRecord{ID: r.id, Started: r.started, ResumeSince: r.resumeSince})
	})
	if err != nil {
		return nil, fmt.Errorf("store: begin run: %w", err)
	}
	return r, nil
}

// Resuming reports whether the run resumes an interrupted one.
func (r *Run) Resuming() bool { return !r.resumeSince.IsZero() }

// Skip reports whether rawURL needs no fetch in this run: the run resumes
// an interrupted one that already fetched and recorded it, or stored its
// article under Path(rawURL) (killed before it could record it). Its
// signature fits scraper.Config.Skip. A run that resumes nothing skips
// nothing.
func (r *Run) Skip(rawURL string) bool {
	if r.resumeSince.IsZero() {
		return false
	}
	if r.d.enter() != nil {
		return false
	}
	defer r.d.leave()
	rec, err := r.d.record(rawURL)
	if err != nil {
		return false
	}
	if rec != nil {
		return !rec.FetchedAt.Before(r.resumeSince)
	}
	p := Path(rawURL)
	if !r.d.exists(p) {
		return false
	}
	a, err := readArticle(r.d.root, p)
	return err == nil && a.URL == rawURL && !a.FetchedAt.Before(r.resumeSince)
}

// End records the end of the run. complete is false when the crawl was
// interrupted, so that the next run under the same key resumes it.
func (r *Run) End(ctx context.Context, complete bool) error {
	d := r.d
	if err := d.enter(); err != nil {
		return err
	}
	defer d.leave()
	if err := d.flushNotes(); err != nil {
		return err
	}
	err := d.db.Update(func(tx *bolt.Tx) error {
		rec := runRecord{ID: r.id, Started: r.started, Finished: d.now(), Complete: complete, ResumeSince: r.resumeSince}
		return putJSON(tx.Bucket(bucketRuns), r.key, rec)
	})
	if err != nil {
		return fmt.Errorf("store: end run %d: %w", r.id, err)
	}
	return nil
}
