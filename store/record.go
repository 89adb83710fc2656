package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Verdict is the latest outcome recorded for a URL the crawl met.
type Verdict string

// The verdicts of a Record.
const (
	// VerdictStored means the URL's article was written (new or changed).
	VerdictStored Verdict = "stored"
	// VerdictUnchanged means the article was fetched again (or answered
	// 304 Not Modified) and its file already held it.
	VerdictUnchanged Verdict = "unchanged"
	// VerdictDuplicate means the page is a copy of another URL's article
	// (Record.DuplicateOf) or another URL of a page already seen.
	VerdictDuplicate Verdict = "duplicate"
	// VerdictHub means the page was followed for its links but is not an
	// article (a home, section, tag or author page; a noindex page).
	VerdictHub Verdict = "hub"
	// VerdictNotArticle means the crawler took the page for an article but
	// the cleaner found none in it (Record.Reason says why).
	VerdictNotArticle Verdict = "not_article"
	// VerdictDisallowed means robots.txt kept the crawl from the URL.
	VerdictDisallowed Verdict = "disallowed"
	// VerdictOutOfScope means the URL, or the target of its redirect, is
	// outside the crawl's scope, filters or depth.
	VerdictOutOfScope Verdict = "out_of_scope"
	// VerdictNonHTML means the answer was neither HTML nor a sitemap or
	// feed (a PDF, an image).
	VerdictNonHTML Verdict = "non_html"
	// VerdictError means the fetch or the cleaning failed (Record.Status
	// holds the HTTP status, if any).
	VerdictError Verdict = "error"
)

// Verdicts lists every verdict, in the order pith stats shows them.
var Verdicts = []Verdict{
	VerdictStored, VerdictUnchanged, VerdictDuplicate, VerdictHub, VerdictNotArticle,
	VerdictDisallowed, VerdictOutOfScope, VerdictNonHTML, VerdictError,
}

// Record is the latest outcome of one URL, as kept in the state database.
type Record struct {
	// URL is the URL as the crawler met it, in canonical form.
	URL     string  `json:"url"`
	Verdict Verdict `json:"verdict"`
	// Reason says why, in a few words ("robots.txt", "HTTP 404", "too
	// short"); Detail holds the error message, if any. Both are cut to
	// maxReasonLen bytes.
	Reason string `json:"reason,omitempty"`
	Detail string `json:"detail,omitempty"`
	// Status is the HTTP status of the answer, when there was one.
	Status int `json:"status,omitempty"`
	// DuplicateOf is the URL the page duplicates, or the redirect target
	// that was out of scope.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Path is the article file, for stored, unchanged and duplicate.
	Path string `json:"path,omitempty"`
	// At is when the outcome was recorded.
	At time.Time `json:"at"`
}

const (
	// maxRecordURLLen is the longest URL recorded; longer ones are not.
	maxRecordURLLen = 2048
	// maxReasonLen caps Reason, Detail and DuplicateOf.
	maxReasonLen = 300
	// noteBatch is the number of Notes buffered before they are written.
	noteBatch = 256
	// RecordTTL is how long a record no crawl has renewed is kept.
	RecordTTL = 30 * 24 * time.Hour
)

var (
	bucketRecords  = []byte("records")  // URL → Record
	bucketTally    = []byte("tally")    // host NUL verdict → count (uint64, big-endian); host NUL "articles" → files
	bucketFailures = []byte("failures") // host NUL URL → empty, for the URLs whose verdict is error
	bucketIndex    = []byte("index")    // fetched_at (uint64 ns, big-endian) + path → Entry
	bucketMeta     = []byte("meta")     // "index" → index version; "pruned" → time of the last prune
)

// tallyArticles is the pseudo-verdict that counts a host's article files.
const tallyArticles = "articles"

// hostOf returns the host (with port) of a URL, lower-cased, or "".
func hostOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Host)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for len(s) > 0 && !validTail(s) {
		s = s[:len(s)-1]
	}
	return s + "…"
}

// validTail reports whether s does not end inside a UTF-8 sequence.
func validTail(s string) bool {
	for i := len(s) - 1; i >= 0 && i >= len(s)-4; i-- {
		c := s[i]
		if c < 0x80 {
			return true
		}
		if c >= 0xC0 {
			need := 2
			switch {
			case c >= 0xF0:
				need = 4
			case c >= 0xE0:
				need = 3
			}
			return len(s)-i == need
		}
	}
	return true
}

func tallyKey(host, verdict string) []byte {
	return []byte(host + "\x00" + verdict)
}

// addTally adds n to the count under key.
func addTally(b *bolt.Bucket, key []byte, n int64) error {
	var cur uint64
	if v := b.Get(key); len(v) == 8 {
		cur = binary.BigEndian.Uint64(v)
	}
	next := int64(cur) + n
	if next <= 0 {
		return b.Delete(key)
	}
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], uint64(next))
	return b.Put(key, buf[:])
}

// setRecord replaces the record of rec.URL, keeping the tallies and the
// failure list in step.
func setRecord(tx *bolt.Tx, rec Record) error {
	if rec.URL == "" || len(rec.URL) > maxRecordURLLen {
		return nil
	}
	rec.Reason = clip(rec.Reason, maxReasonLen)
	rec.Detail = clip(rec.Detail, maxReasonLen)
	rec.DuplicateOf = clip(rec.DuplicateOf, maxRecordURLLen)
	recs, tally, fails := tx.Bucket(bucketRecords), tx.Bucket(bucketTally), tx.Bucket(bucketFailures)
	host := hostOf(rec.URL)
	old, err := getJSON[Record](recs, rec.URL)
	if err != nil {
		old = nil // an unreadable record is replaced
	}
	if old != nil {
		if err := addTally(tally, tallyKey(host, string(old.Verdict)), -1); err != nil {
			return err
		}
		if old.Verdict == VerdictError {
			if err := fails.Delete([]byte(host + "\x00" + rec.URL)); err != nil {
				return err
			}
		}
	}
	if err := addTally(tally, tallyKey(host, string(rec.Verdict)), 1); err != nil {
		return err
	}
	if rec.Verdict == VerdictError {
		if err := fails.Put([]byte(host+"\x00"+rec.URL), nil); err != nil {
			return err
		}
	}
	return putJSON(recs, rec.URL, rec)
}

// deleteRecord removes the record at key, keeping the tallies in step.
func deleteRecord(tx *bolt.Tx, rec *Record) error {
	host := hostOf(rec.URL)
	if err := addTally(tx.Bucket(bucketTally), tallyKey(host, string(rec.Verdict)), -1); err != nil {
		return err
	}
	if rec.Verdict == VerdictError {
		if err := tx.Bucket(bucketFailures).Delete([]byte(host + "\x00" + rec.URL)); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketRecords).Delete([]byte(rec.URL))
}

// Note records the outcome of a URL that was not stored by Put or Touch
// (which record their own): a hub, a page disallowed by robots.txt, an
// error. Notes are buffered and written in batches, at the latest by Close;
// a zero rec.At means now. It is safe for concurrent use.
func (d *Dir) Note(rec Record) error {
	if err := d.enter(); err != nil {
		return err
	}
	defer d.leave()
	if rec.At.IsZero() {
		rec.At = d.now()
	}
	d.noteMu.Lock()
	d.notes = append(d.notes, rec)
	full := len(d.notes) >= noteBatch
	d.noteMu.Unlock()
	if full {
		return d.flushNotes()
	}
	return nil
}

// flushNotes writes the buffered notes. The caller has entered d.
func (d *Dir) flushNotes() error {
	d.noteMu.Lock()
	notes := d.notes
	d.notes = nil
	d.noteMu.Unlock()
	if len(notes) == 0 {
		return nil
	}
	err := d.db.Update(func(tx *bolt.Tx) error {
		for _, rec := range notes {
			if err := setRecord(tx, rec); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: note: %w", err)
	}
	d.maybePublish()
	return nil
}

// prune deletes the records no crawl renewed for RecordTTL, at most once a
// day, so that the records of URLs a site no longer links to do not pile up.
func (d *Dir) prune(tx *bolt.Tx) error {
	now := d.now()
	meta := tx.Bucket(bucketMeta)
	if v := meta.Get([]byte("pruned")); v != nil {
		var last time.Time
		if last.UnmarshalText(v) == nil && now.Sub(last) < 24*time.Hour {
			return nil
		}
	}
	cutoff := now.Add(-RecordTTL)
	var stale []*Record
	c := tx.Bucket(bucketRecords).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		rec, err := decodeRecord(v)
		if err != nil || rec.At.Before(cutoff) {
			if rec == nil {
				rec = &Record{URL: string(k)}
			}
			stale = append(stale, rec)
		}
	}
	for _, rec := range stale {
		if err := deleteRecord(tx, rec); err != nil {
			return err
		}
	}
	stamp, err := now.MarshalText()
	if err != nil {
		return err
	}
	return meta.Put([]byte("pruned"), stamp)
}

func decodeRecord(v []byte) (*Record, error) {
	var rec Record
	if err := json.Unmarshal(v, &rec); err != nil {
		return nil, err
	}
	return &rec, nil
}
