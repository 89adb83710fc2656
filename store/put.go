package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pith-news/pith/article"
)

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
//
// Put runs in three steps: decide (what to do, from the state and the files
// on disk), write (the file, atomically) and commit (the state update).
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

	dec, err := d.decide(ctx, p, hash)
	if err != nil {
		return Result{}, fmt.Errorf("store: put %s: state db: %w", a.URL, err)
	}
	if dec.res.Outcome == Updated && (a.Modified.IsZero() || !a.Modified.After(dec.prev.Modified)) {
		a.Modified = f.At
	}
	if dec.res.Outcome == Created || dec.res.Outcome == Updated {
		if err := d.write(p, a); err != nil {
			return Result{}, fmt.Errorf("store: put %s: %w", a.URL, err)
		}
	}
	if err := d.commit(a, f, p, hash, dec); err != nil {
		return Result{}, fmt.Errorf("store: put %s: state db: %w", a.URL, err)
	}
	if d.shared != nil {
		st := URLState{Path: dec.res.Path, Hash: hash, ETag: f.ETag, LastModified: f.LastModified, FetchedAt: f.At}
		if err := d.shared.SetURLs(ctx, f.keys(), st); err != nil {
			return Result{}, fmt.Errorf("store: put %s: shared state: %w", a.URL, err)
		}
		if dec.res.Outcome != Duplicate {
			if err := d.shared.SetHash(ctx, hash, p, true); err != nil {
				return Result{}, fmt.Errorf("store: put %s: shared state: %w", a.URL, err)
			}
		}
	}
	d.log.Debug("stored article", "url", a.URL, "fetch_url", f.URL, "outcome", dec.res.Outcome.String(), "path", dec.res.Path)
	return dec.res, nil
}

// decision is what Put does with an article: its result, and the state of
// the file it replaces (nil when there is none).
type decision struct {
	res  Result
	prev *pathRecord
}

// decide says what Put does with an article of content hash to be stored
// at p: Duplicate when the same content is stored under another path that
// still exists, Unchanged when p already holds it, else Updated or
// Created. With a Shared state, the owner of hash is the one all the
// processes agree on, and the previous content of p is read from its file,
// which another process may have rewritten.
func (d *Dir) decide(ctx context.Context, p, hash string) (decision, error) {
	var prev *pathRecord
	var owner string
	if d.shared != nil {
		owner, err := d.sharedOwner(ctx, p, hash)
		if err != nil {
			return decision{}, err
		}
		prev := d.readPrev(p)
		switch {
		case owner != "":
			return decision{res: Result{Outcome: Duplicate, Path: owner}, prev: prev}, nil
		case prev == nil:
			return decision{res: Result{Outcome: Created, Path: p}}, nil
		case prev.Hash == hash:
			return decision{res: Result{Outcome: Unchanged, Path: p}, prev: prev}, nil
		}
		return decision{res: Result{Outcome: Updated, Path: p}, prev: prev}, nil
	}
	err := d.db.View(func(tx *bolt.Tx) error {
		var err error
		if prev, err = getJSON[pathRecord](tx.Bucket(bucketPaths), p); err != nil {
			return err
		}
		owner = string(tx.Bucket(bucketHashes).Get([]byte(hash)))
		return nil
	})
	if err != nil {
		return decision{}, err
	}
	switch {
	case owner != "" && owner != p && d.holds(owner, hash):
		return decision{res: Result{Outcome: Duplicate, Path: owner}, prev: prev}, nil
	case prev != nil && prev.Hash == hash && d.exists(p):
		return decision{res: Result{Outcome: Unchanged, Path: p}, prev: prev}, nil
	}
	if prev == nil || !d.exists(p) {
		// The state may lag the files (a crash between the rename and the
		// commit, or a deleted state db): trust the file on disk.
		prev = d.readPrev(p)
	}
	res := Result{Path: p}
	switch {
	case prev != nil && prev.Hash == hash:
		res.Outcome = Unchanged
	case prev != nil:
		res.Outcome = Updated
	default:
		res.Outcome = Created
	}
	return decision{res: res, prev: prev}, nil
}

// commit records what Put did: the state of every fetched URL of f, and,
// unless the article was a duplicate, the state of its path and the owner
// of its content hash.
func (d *Dir) commit(a *article.Article, f Fetch, p, hash string, dec decision) error {
	res, prev := dec.res, dec.prev
	err := d.db.Update(func(tx *bolt.Tx) error {
		ur := urlRecord{Path: res.Path, Hash: hash, ETag: f.ETag, LastModified: f.LastModified, FetchedAt: f.At}
		rec := Record{Verdict: VerdictStored, Path: res.Path, At: f.At}
		switch res.Outcome {
		case Created:
			rec.Reason = "new article"
		case Updated:
			rec.Reason = "changed article"
		case Unchanged:
			rec.Verdict, rec.Reason = VerdictUnchanged, "same title and text as stored"
		case Duplicate:
			rec.Verdict, rec.Reason = VerdictDuplicate, "same title and text as another URL's article"
			if owner, err := getJSON[pathRecord](tx.Bucket(bucketPaths), res.Path); err == nil && owner != nil {
				rec.DuplicateOf = owner.URL
			}
		}
		for _, u := range f.keys() {
			if err := putJSON(tx.Bucket(bucketURLs), urlKey(u), ur); err != nil {
				return err
			}
			rec.URL = u
			if err := setRecord(tx, rec); err != nil {
				return err
			}
		}
		if res.Outcome == Duplicate {
			return nil
		}
		if res.Outcome == Created || res.Outcome == Updated {
			// The index entry to replace is the one the state knows, even
			// when the file has gone since (dec.prev is then nil).
			var prevAt time.Time
			known, err := getJSON[pathRecord](tx.Bucket(bucketPaths), p)
			if err != nil {
				return err
			}
			switch {
			case known != nil:
				prevAt = known.FetchedAt
			case prev != nil: // read from the file: the state lagged
				prevAt = prev.FetchedAt
			}
			if err := indexPut(tx, a, p, prevAt, known == nil && prev == nil); err != nil {
				return err
			}
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
	if err == nil {
		d.maybePublish()
	}
	return err
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
