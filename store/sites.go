package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pith-news/pith/internal/siteblocks"
)

// The buckets of site learning. Each site (host) has a bucket under
// bucketSites holding its counts ("meta"), its blocks (key → blockRecord),
// the blocks it learned (key → ""), the articles it counted (path → id)
// and their signatures (id → []string).
var (
	bucketSites  = []byte("sites")
	bucketDirty  = []byte("site_dirty") // host → generation, while its stored articles wait for a reclean
	siteBlocks   = []byte("blocks")
	siteLearned  = []byte("learned")
	siteSeen     = []byte("seen")
	siteSigs     = []byte("sigs")
	siteMetaKey  = []byte("meta")
	firstPruneAt = 64
)

// siteMeta are the counts of one site.
type siteMeta struct {
	Articles int `json:"articles"`
	// Langs counts the articles per language (primary subtag; "" when
	// unknown).
	Langs   map[string]int `json:"langs,omitempty"`
	NextID  uint64         `json:"next_id"`
	PruneAt int            `json:"prune_at"`
}

// blockRecord is what a site's articles told of one block.
type blockRecord struct {
	// Text is the block's text, cut at 300 characters, kept once the block
	// was seen twice.
	Text string `json:"t,omitempty"`
	// Norm is the block's whole normalised text, kept once it is learned.
	Norm    string         `json:"norm,omitempty"`
	Count   int            `json:"n"`
	Pos     map[string]int `json:"p"`
	Samples []uint64       `json:"s"`
	// Learned is the position the block was learned at; empty while it
	// is not boilerplate.
	Learned   string    `json:"learned,omitempty"`
	LearnedAt time.Time `json:"learned_at,omitzero"`
	// Pinned says a user took the block for article text.
	Pinned bool `json:"pinned,omitempty"`
}

// SiteBlock is a block the state database knows a site repeats.
type SiteBlock struct {
	// Host is the site.
	Host string `json:"host"`
	// ID is the block's key (siteblocks.Key of its normalised text).
	ID string `json:"id"`
	// Text is the block's text, cut at 300 characters.
	Text string `json:"text"`
	// Norm is the whole normalised text: what the cleaner matches.
	Norm string `json:"-"`
	// Position is where the block was learned (see cleaner.SiteBlock).
	Position string `json:"position"`
	// Count is the number of the site's articles it was seen in.
	Count int `json:"count"`
	// Pinned says a user pinned it as article text: it is not removed.
	Pinned bool `json:"pinned,omitempty"`
	// LearnedAt is when it was learned.
	LearnedAt time.Time `json:"learned_at,omitzero"`
}

// ObservedBlock is one block of an article, as Observe counts it.
type ObservedBlock struct {
	// Key, Text and Norm are those of siteblocks.Block.
	Key, Text, Norm string
	// Positions are the block's places (siteblocks.Positions).
	Positions []string
}

// Observation is what a stored article shows of its site's blocks.
type Observation struct {
	// Host is the site, Path the article's stored path.
	Host, Path string
	// Blocks are its countable blocks, each key once, with the learned
	// blocks the cleaner removed (at their learned position).
	Blocks []ObservedBlock
	// Signature is siteblocks.Signature of its text.
	Signature []string
	// Lang is the article's language (its primary subtag, such as "en"),
	// or "". A block's share is taken of the site's articles in the
	// language of the article it is seen in, so that a site's German
	// sign-off is learned even when most of its articles are in English.
	Lang string
	// Archive, if set, is where the article's response is archived: Observe
	// records it as SetArchived does, in the same transaction.
	Archive *ArchiveRef
	// NoCount records Archive only: the site learns nothing.
	NoCount bool
}

func siteBucket(tx *bolt.Tx, host string, create bool) (*bolt.Bucket, error) {
	sites := tx.Bucket(bucketSites)
	if !create {
		return sites.Bucket([]byte(host)), nil
	}
	b, err := sites.CreateBucketIfNotExists([]byte(host))
	if err != nil {
		return nil, err
	}
	for _, name := range [][]byte{siteBlocks, siteLearned, siteSeen, siteSigs} {
		if _, err := b.CreateBucketIfNotExists(name); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func idKey(id uint64) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], id)
	return k[:]
}

// The names of a site's buckets in a SiteTx.
var (
	bBlocks  = string(siteBlocks)
	bLearned = string(siteLearned)
	bSeen    = string(siteSeen)
	bSigs    = string(siteSigs)
	kMeta    = string(siteMetaKey)
)

// Observe counts the blocks of stored articles of their sites, each once
// per stored path (an article counted before is not counted again), in one
// transaction of the site state, and returns the blocks they made their
// sites learn under th. Learning a block marks its site for a reclean (see
// DirtySites). The archive references of obs go to the state database
// first, in a transaction of their own.
func (d *Dir) Observe(ctx context.Context, obs []Observation, th siteblocks.Thresholds) ([]SiteBlock, error) {
	for _, o := range obs {
		if o.Host == "" || o.Path == "" {
			return nil, fmt.Errorf("store: observe: no host or path")
		}
	}
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: observe: %w", err)
	}
	th = th.Defaults()
	count, archived := false, false
	for _, o := range obs {
		count = count || !o.NoCount
		archived = archived || o.Archive != nil
	}
	if archived {
		err := d.db.Update(func(tx *bolt.Tx) error {
			for _, o := range obs {
				if o.Archive != nil {
					if err := putJSON(tx.Bucket(bucketArchive), o.Path, *o.Archive); err != nil {
						return fmt.Errorf("%s: %w", o.Path, err)
					}
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("store: observe: %w", err)
		}
	}
	if !count {
		return nil, nil
	}
	var learned []SiteBlock
	err := d.sites.Update(ctx, func(tx SiteTx) error {
		learned = learned[:0]
		for _, o := range obs {
			if o.NoCount {
				continue
			}
			if err := d.observe(tx, o, th, &learned); err != nil {
				return fmt.Errorf("%s: %w", o.Path, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: observe: %w", err)
	}
	return learned, nil
}

// observe counts one observation in tx, appending to learned the blocks
// it made its site learn.
func (d *Dir) observe(tx SiteTx, obs Observation, th siteblocks.Thresholds, learned *[]SiteBlock) error {
	n := len(*learned)
	host := obs.Host
	if v, err := tx.Get(host, bSeen, obs.Path); err != nil || v != nil {
		return err
	}
	meta, err := getSite[siteMeta](tx, host, "", kMeta)
	if err != nil {
		return err
	}
	if meta == nil {
		meta = &siteMeta{}
	}
	meta.Articles++
	if meta.Langs == nil {
		meta.Langs = map[string]int{}
	}
	meta.Langs[obs.Lang]++
	meta.NextID++
	id := meta.NextID
	if err := tx.Put(host, bSeen, obs.Path, idKey(id)); err != nil {
		return err
	}
	if err := putSite(tx, host, bSigs, string(idKey(id)), obs.Signature); err != nil {
		return err
	}
	for _, ob := range obs.Blocks {
		rec, err := getSite[blockRecord](tx, host, bBlocks, ob.Key)
		if err != nil {
			return err
		}
		if rec == nil {
			rec = &blockRecord{Pos: map[string]int{}}
		}
		rec.Count++
		for _, p := range ob.Positions {
			countPosition(rec.Pos, p)
		}
		if len(rec.Samples) < siteblocks.Samples {
			rec.Samples = append(rec.Samples, id)
		} else {
			rec.Samples[rec.Count%siteblocks.Samples] = id
		}
		if rec.Count >= 2 && rec.Text == "" {
			rec.Text = clip(ob.Text, 300)
		}
		if rec.Learned == "" && !rec.Pinned {
			pos, ok, err := decide(tx, host, rec, meta.Langs[obs.Lang], th)
			if err != nil {
				return err
			}
			if ok {
				rec.Learned, rec.LearnedAt, rec.Norm = pos, d.now().UTC(), ob.Norm
				if err := tx.Put(host, bLearned, ob.Key, []byte{}); err != nil {
					return err
				}
				*learned = append(*learned, blockOf(host, ob.Key, rec))
			}
		}
		if err := putSite(tx, host, bBlocks, ob.Key, rec); err != nil {
			return err
		}
	}
	if len(*learned) > n {
		if err := tx.MarkDirty(host); err != nil {
			return err
		}
	}
	if meta.PruneAt == 0 {
		meta.PruneAt = firstPruneAt
	}
	if meta.Articles >= meta.PruneAt {
		if err := pruneBlocks(tx, host, meta.Articles); err != nil {
			return err
		}
		meta.PruneAt *= 2
	}
	return putSite(tx, host, "", kMeta, meta)
}

// maxAfter is the most "after" places counted per block. A paragraph that
// many stories share (a standard quote) follows a different paragraph in
// each: without a bound its record would grow with every article.
const maxAfter = 8

// countPosition counts one more article with the block at pos. When the
// block already has maxAfter "after" places, a new one replaces the least
// seen, starting from 1: counts can only be under-estimated, which makes
// learning more careful, never less.
func countPosition(pos map[string]int, p string) {
	if _, ok := pos[p]; ok || !strings.HasPrefix(p, "after:") {
		pos[p]++
		return
	}
	n, least := 0, ""
	for q, k := range pos {
		if !strings.HasPrefix(q, "after:") {
			continue
		}
		n++
		if least == "" || k < pos[least] || k == pos[least] && q < least {
			least = q
		}
	}
	if n >= maxAfter {
		delete(pos, least)
	}
	pos[p] = 1
}

// decide applies th to rec, loading the signatures of its samples only
// when the block is frequent enough.
func decide(tx SiteTx, host string, rec *blockRecord, articles int, th siteblocks.Thresholds) (string, bool, error) {
	c := siteblocks.Counts{Articles: articles, Positions: rec.Pos}
	if _, ok := th.Frequent(c); !ok {
		return "", false, nil
	}
	for _, id := range rec.Samples {
		v, err := tx.Get(host, bSigs, string(idKey(id)))
		if err != nil {
			return "", false, err
		}
		var sig []string
		if v != nil && json.Unmarshal(v, &sig) == nil {
			c.Signatures = append(c.Signatures, sig)
		}
	}
	pos, ok := th.Decide(c)
	return pos, ok, nil
}

// pruneBlocks forgets the blocks seen in fewer than one in twenty of the
// site's articles, neither learned nor pinned: story paragraphs, which
// would otherwise make the state grow with every article. A block a site
// begins to repeat later starts counting again.
func pruneBlocks(tx SiteTx, host string, articles int) error {
	var drop []string
	err := tx.ForEach(host, bBlocks, func(k string, v []byte) error {
		var rec blockRecord
		if err := json.Unmarshal(v, &rec); err != nil {
			return err
		}
		if rec.Learned == "" && !rec.Pinned && rec.Count*20 < articles {
			drop = append(drop, k)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range drop {
		if err := tx.Delete(host, bBlocks, k); err != nil {
			return err
		}
	}
	return nil
}

func blockOf(host, key string, rec *blockRecord) SiteBlock {
	return SiteBlock{Host: host, ID: key, Text: rec.Text, Norm: rec.Norm, Position: rec.Learned,
		Count: rec.Count, Pinned: rec.Pinned, LearnedAt: rec.LearnedAt}
}
