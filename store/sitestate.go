package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// SiteState is where site learning keeps its counts: per site (host), a
// few buckets of key → value, and the marks of the sites whose stored
// articles wait for a reclean. The state database keeps them by default;
// processes that crawl one out dir together (pith crawl --redis) keep them
// in Redis (internal/shared), so that they learn one judgement. The logic
// of learning (sites.go, sitereview.go) is written once, on SiteTx.
type SiteState interface {
	// Update runs fn in a transaction that applies all its writes or
	// none. A shared state may run fn again when another process changed
	// what fn read: fn must not keep results of a failed try.
	Update(ctx context.Context, fn func(SiteTx) error) error
	// View runs fn in a transaction that only reads.
	View(ctx context.Context, fn func(SiteTx) error) error
	// Cleaned is called when this process recleaned host's stored
	// articles with what it had learned at mark gen (see Dir.CleanSite).
	// A state of one process drops the mark unless a newer one was made; a
	// shared state keeps it for the other processes, which each record
	// their own reclean in their state database.
	Cleaned(ctx context.Context, host string, gen uint64) error
}

// SiteTx is one transaction on a SiteState. Bucket "" is the site's own;
// the others are named by sites.go. Values are valid until fn returns,
// and a transaction reads its own writes.
type SiteTx interface {
	// Get returns the value of key in host's bucket, or nil.
	Get(host, bucket, key string) ([]byte, error)
	// Put sets key in host's bucket, creating the site.
	Put(host, bucket, key string, v []byte) error
	// Delete removes key from host's bucket.
	Delete(host, bucket, key string) error
	// ForEach calls fn for each key of host's bucket, in no given order.
	ForEach(host, bucket string, fn func(key string, v []byte) error) error
	// Hosts returns the sites.
	Hosts() ([]string, error)
	// MarkDirty marks host's stored articles as waiting for a reclean,
	// with a generation above every earlier mark of host.
	MarkDirty(host string) error
	// Dirty returns the marks: host → generation.
	Dirty() (map[string]uint64, error)
}

// getSite decodes the value of key in host's bucket, or returns nil.
func getSite[T any](tx SiteTx, host, bucket, key string) (*T, error) {
	v, err := tx.Get(host, bucket, key)
	if err != nil || v == nil {
		return nil, err
	}
	var rec T
	if err := json.Unmarshal(v, &rec); err != nil {
		return nil, fmt.Errorf("decode site %s %s %q: %w", host, bucket, key, err)
	}
	return &rec, nil
}

func putSite(tx SiteTx, host, bucket, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return tx.Put(host, bucket, key, data)
}

// boltSites is the SiteState of one state database.
type boltSites struct{ db *bolt.DB }

func (s boltSites) Update(ctx context.Context, fn func(SiteTx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error { return fn(boltSiteTx{tx}) })
}

func (s boltSites) View(ctx context.Context, fn func(SiteTx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.db.View(func(tx *bolt.Tx) error { return fn(boltSiteTx{tx}) })
}

func (s boltSites) Cleaned(ctx context.Context, host string, gen uint64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDirty)
		if v := b.Get([]byte(host)); len(v) == 8 && binary.BigEndian.Uint64(v) == gen {
			return b.Delete([]byte(host))
		}
		return nil
	})
}

// boltSiteTx keeps each site in a bucket under bucketSites, its buckets
// nested in it, and the marks in bucketDirty.
type boltSiteTx struct{ tx *bolt.Tx }

func (t boltSiteTx) bucket(host, bucket string, create bool) (*bolt.Bucket, error) {
	sb, err := siteBucket(t.tx, host, create)
	if err != nil || sb == nil || bucket == "" {
		return sb, err
	}
	if create {
		return sb.CreateBucketIfNotExists([]byte(bucket))
	}
	return sb.Bucket([]byte(bucket)), nil
}

func (t boltSiteTx) Get(host, bucket, key string) ([]byte, error) {
	b, err := t.bucket(host, bucket, false)
	if err != nil || b == nil {
		return nil, err
	}
	return b.Get([]byte(key)), nil
}

func (t boltSiteTx) Put(host, bucket, key string, v []byte) error {
	b, err := t.bucket(host, bucket, true)
	if err != nil {
		return err
	}
	return b.Put([]byte(key), v)
}

func (t boltSiteTx) Delete(host, bucket, key string) error {
	b, err := t.bucket(host, bucket, false)
	if err != nil || b == nil {
		return err
	}
	return b.Delete([]byte(key))
}

func (t boltSiteTx) ForEach(host, bucket string, fn func(string, []byte) error) error {
	b, err := t.bucket(host, bucket, false)
	if err != nil || b == nil {
		return err
	}
	// Collected first: fn may write to the bucket.
	type kv struct {
		k string
		v []byte
	}
	var all []kv
	err = b.ForEach(func(k, v []byte) error {
		if v != nil || b.Bucket(k) == nil { // not a nested bucket
			all = append(all, kv{string(k), v})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, e := range all {
		if err := fn(e.k, e.v); err != nil {
			return err
		}
	}
	return nil
}

func (t boltSiteTx) Hosts() ([]string, error) {
	var out []string
	err := t.tx.Bucket(bucketSites).ForEachBucket(func(k []byte) error {
		out = append(out, string(k))
		return nil
	})
	return out, err
}

func (t boltSiteTx) MarkDirty(host string) error {
	b := t.tx.Bucket(bucketDirty)
	gen, err := b.NextSequence()
	if err != nil {
		return err
	}
	return b.Put([]byte(host), idKey(gen))
}

func (t boltSiteTx) Dirty() (map[string]uint64, error) {
	out := map[string]uint64{}
	err := t.tx.Bucket(bucketDirty).ForEach(func(k, v []byte) error {
		if len(v) == 8 {
			out[string(k)] = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	return out, err
}
