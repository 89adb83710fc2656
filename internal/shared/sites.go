package shared

import (
	"context"
	"errors"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/pith-news/pith/store"
)

// Sites returns the site learning state in this Redis (store.SiteState),
// which every process that uses it shares: what one learns, all remove.
// Its keys are under "pith:site:" (see keys.go); they are the same for
// every crawl, as a site's boilerplate is the site's, whatever the seeds.
//
// A transaction is optimistic: it WATCHes the version of each site it
// reads, buffers its writes, and applies them in one MULTI/EXEC that also
// bumps the versions of the sites it wrote. When another process wrote one
// of those sites in between, EXEC fails and the transaction runs again.
func (c *Crawl) Sites() store.SiteState { return siteState{c} }

type siteState struct{ c *Crawl }

// maxSiteTries bounds the runs of one transaction that lose to other
// processes' writes.
const maxSiteTries = 100

var errSiteContention = errors.New("site learning: too many concurrent writes to the same sites")

func (s siteState) Update(ctx context.Context, fn func(store.SiteTx) error) error {
	return s.c.do(ctx, "site learning", func(ctx context.Context) error {
		for try := 1; ; try++ {
			err := s.c.rdb.Watch(ctx, func(tx *redis.Tx) error {
				t := &siteTx{ctx: ctx, tx: tx, vers: map[string]int64{}, over: map[string]map[string][]byte{},
					written: map[string]bool{}, dirty: map[string]int64{}}
				if err := fn(t); err != nil {
					return err
				}
				return t.commit()
			})
			if !errors.Is(err, redis.TxFailedErr) {
				return err
			}
			if try == maxSiteTries {
				return errSiteContention
			}
			// Another process wrote a site this one read: again, after a
			// short random pause, so that the two do not meet again.
			if err := sleep(ctx, time.Duration(rand.Int64N(int64(min(try, 20))*int64(time.Millisecond)))); err != nil {
				return err
			}
		}
	})
}

func (s siteState) View(ctx context.Context, fn func(store.SiteTx) error) error {
	return s.Update(ctx, fn) // fn writes nothing: nothing is sent
}

// Cleaned keeps the mark: the other processes recleaning their own
// stored articles still need it.
func (s siteState) Cleaned(context.Context, string, uint64) error { return nil }

// siteTx is one try of a transaction. deleted values are nil in over.
type siteTx struct {
	ctx     context.Context
	tx      *redis.Tx
	vers    map[string]int64             // host → its version, WATCHed
	over    map[string]map[string][]byte // hash key → field → value written (nil: deleted)
	written map[string]bool              // hosts written
	dirty   map[string]int64             // host → its new mark
}

// watch WATCHes host's version, before anything of host is read.
func (t *siteTx) watch(host string) error {
	if _, ok := t.vers[host]; ok {
		return nil
	}
	k := siteVersionKey(host)
	if err := t.tx.Watch(t.ctx, k).Err(); err != nil {
		return err
	}
	v, err := t.tx.Get(t.ctx, k).Int64()
	if errors.Is(err, redis.Nil) {
		v, err = 0, nil
	}
	if err != nil {
		return err
	}
	t.vers[host] = v
	return nil
}

func (t *siteTx) Get(host, bucket, key string) ([]byte, error) {
	if err := t.watch(host); err != nil {
		return nil, err
	}
	hk := siteBucketKey(host, bucket)
	if v, ok := t.over[hk][key]; ok {
		return v, nil
	}
	v, err := t.tx.HGet(t.ctx, hk, key).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	return v, err
}

func (t *siteTx) set(host, bucket, key string, v []byte) error {
	if err := t.watch(host); err != nil {
		return err
	}
	hk := siteBucketKey(host, bucket)
	if t.over[hk] == nil {
		t.over[hk] = map[string][]byte{}
	}
	t.over[hk][key] = v
	t.written[host] = true
	return nil
}

func (t *siteTx) Put(host, bucket, key string, v []byte) error {
	c := make([]byte, len(v)) // never nil: nil is a deletion
	copy(c, v)
	return t.set(host, bucket, key, c)
}

func (t *siteTx) Delete(host, bucket, key string) error {
	return t.set(host, bucket, key, nil)
}

func (t *siteTx) ForEach(host, bucket string, fn func(string, []byte) error) error {
	if err := t.watch(host); err != nil {
		return err
	}
	hk := siteBucketKey(host, bucket)
	all, err := t.tx.HGetAll(t.ctx, hk).Result()
	if err != nil {
		return err
	}
	vals := make(map[string][]byte, len(all))
	for k, v := range all {
		vals[k] = []byte(v)
	}
	for k, v := range t.over[hk] {
		if v == nil {
			delete(vals, k)
		} else {
			vals[k] = v
		}
	}
	for k, v := range vals {
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

func (t *siteTx) Hosts() ([]string, error) {
	hosts, err := t.tx.SMembers(t.ctx, sitesKey).Result()
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, h := range hosts {
		known[h] = true
	}
	for h := range t.written {
		if !known[h] {
			hosts = append(hosts, h)
		}
	}
	return hosts, nil
}

// MarkDirty marks host with the server's time in ms, or the mark before
// and one when that is not below it: marks of a host only go up, as the
// transactions that make them are serialised by the host's version. A
// clock rather than a counter, so that a Redis emptied (flushed, restarted
// without persistence) does not make marks that the workers' state
// databases take for recleaned already.
func (t *siteTx) MarkDirty(host string) error {
	if err := t.watch(host); err != nil {
		return err
	}
	if _, ok := t.dirty[host]; ok {
		return nil
	}
	prev, err := t.tx.HGet(t.ctx, sitesDirtyKey, host).Int64()
	if err != nil && !errors.Is(err, redis.Nil) {
		return err
	}
	now, err := t.tx.Time(t.ctx).Result()
	if err != nil {
		return err
	}
	t.dirty[host] = max(prev+1, now.UnixMilli())
	t.written[host] = true
	return nil
}

func (t *siteTx) Dirty() (map[string]uint64, error) {
	all, err := t.tx.HGetAll(t.ctx, sitesDirtyKey).Result()
	if err != nil {
		return nil, err
	}
	out := make(map[string]uint64, len(all))
	for h, v := range all {
		if n, err := strconv.ParseUint(v, 10, 64); err == nil && n > 0 {
			out[h] = n
		}
	}
	for h, g := range t.dirty {
		out[h] = uint64(g)
	}
	return out, nil
}

// commit applies the writes, if any, in one MULTI/EXEC, which fails with
// redis.TxFailedErr when a site read was written since.
func (t *siteTx) commit() error {
	if len(t.written) == 0 {
		return nil
	}
	_, err := t.tx.TxPipelined(t.ctx, func(p redis.Pipeliner) error {
		for hk, fields := range t.over {
			var set []any
			var del []string
			for k, v := range fields {
				if v == nil {
					del = append(del, k)
				} else {
					set = append(set, k, v)
				}
			}
			if len(set) > 0 {
				p.HSet(t.ctx, hk, set...)
			}
			if len(del) > 0 {
				p.HDel(t.ctx, hk, del...)
			}
		}
		for h := range t.written {
			p.Incr(t.ctx, siteVersionKey(h))
			p.SAdd(t.ctx, sitesKey, h)
		}
		for h, g := range t.dirty {
			p.HSet(t.ctx, sitesDirtyKey, h, g)
		}
		return nil
	})
	return err
}

var _ store.SiteState = siteState{}
