package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/pith-news/pith/internal/siteblocks"
)

// LearnedBlocks returns the blocks learned for host and not pinned: the
// ones its articles are cleaned of.
func (d *Dir) LearnedBlocks(host string) ([]SiteBlock, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	var out []SiteBlock
	err := d.db.View(func(tx *bolt.Tx) error {
		sb, _ := siteBucket(tx, host, false)
		if sb == nil {
			return nil
		}
		blocks := sb.Bucket(siteBlocks)
		return sb.Bucket(siteLearned).ForEach(func(k, _ []byte) error {
			rec, err := getJSON[blockRecord](blocks, string(k))
			if err != nil || rec == nil {
				return err
			}
			out = append(out, blockOf(host, string(k), rec))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: learned blocks of %s: %w", host, err)
	}
	return out, nil
}

// Site is what the state database knows of one site's repeated blocks.
type Site struct {
	Host string `json:"host"`
	// Articles is the number of its stored articles counted.
	Articles int `json:"articles"`
	// Blocks are its learned blocks, pinned ones included, most seen
	// first.
	Blocks []SiteBlock `json:"blocks"`
	// Dirty says its stored articles wait for a reclean.
	Dirty bool `json:"dirty,omitempty"`
}

// Sites returns every site with counted articles, by host.
func (d *Dir) Sites() ([]Site, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	var out []Site
	err := d.db.View(func(tx *bolt.Tx) error {
		dirty := tx.Bucket(bucketDirty)
		return tx.Bucket(bucketSites).ForEachBucket(func(host []byte) error {
			sb := tx.Bucket(bucketSites).Bucket(host)
			s := Site{Host: string(host), Dirty: dirty.Get(host) != nil}
			var meta siteMeta
			if v := sb.Get(siteMetaKey); v != nil {
				if err := json.Unmarshal(v, &meta); err != nil {
					return err
				}
			}
			s.Articles = meta.Articles
			err := sb.Bucket(siteBlocks).ForEach(func(k, v []byte) error {
				var rec blockRecord
				if err := json.Unmarshal(v, &rec); err != nil {
					return err
				}
				if rec.Learned != "" {
					s.Blocks = append(s.Blocks, blockOf(s.Host, string(k), &rec))
				}
				return nil
			})
			slices.SortStableFunc(s.Blocks, func(a, b SiteBlock) int { return b.Count - a.Count })
			out = append(out, s)
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: sites: %w", err)
	}
	return out, nil
}

// Pin takes the learned blocks named by textOrID for article text: their
// ID (or a prefix of it of at least 6 digits), their text (case and
// punctuation aside), or a part of it of 20 characters or more. A pinned
// block is never removed again; its sites are marked for a reclean, so
// that their articles get it back. It returns the blocks pinned.
func (d *Dir) Pin(ctx context.Context, textOrID string) ([]SiteBlock, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	arg := strings.TrimSpace(textOrID)
	norm := siteblocks.Normalize(arg)
	if norm == "" {
		return nil, fmt.Errorf("store: pin: nothing to match in %q", textOrID)
	}
	match := func(key string, rec *blockRecord) bool {
		switch {
		case len(arg) >= 6 && strings.HasPrefix(key, strings.ToLower(arg)):
			return true
		case rec.Norm == norm:
			return true
		}
		return len(norm) >= 20 && strings.Contains(rec.Norm, norm)
	}
	var pinned []SiteBlock
	err := d.db.Update(func(tx *bolt.Tx) error {
		pinned = pinned[:0]
		return tx.Bucket(bucketSites).ForEachBucket(func(host []byte) error {
			sb := tx.Bucket(bucketSites).Bucket(host)
			blocks, learned := sb.Bucket(siteBlocks), sb.Bucket(siteLearned)
			var keys []string
			err := learned.ForEach(func(k, _ []byte) error {
				keys = append(keys, string(k))
				return nil
			})
			if err != nil {
				return err
			}
			for _, k := range keys {
				rec, err := getJSON[blockRecord](blocks, k)
				if err != nil {
					return err
				}
				if rec == nil || !match(k, rec) {
					continue
				}
				rec.Pinned = true
				if err := putJSON(blocks, k, rec); err != nil {
					return err
				}
				if err := learned.Delete([]byte(k)); err != nil {
					return err
				}
				if err := markDirty(tx, string(host)); err != nil {
					return err
				}
				pinned = append(pinned, blockOf(string(host), k, rec))
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: pin: %w", err)
	}
	return pinned, nil
}

// DirtySites returns the sites whose stored articles wait for a reclean,
// with the generation of their mark, for CleanSite.
func (d *Dir) DirtySites() (map[string]uint64, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	out := map[string]uint64{}
	err := d.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDirty).ForEach(func(k, v []byte) error {
			if len(v) == 8 {
				out[string(k)] = binary.BigEndian.Uint64(v)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: dirty sites: %w", err)
	}
	return out, nil
}

// CleanSite records that host's stored articles were recleaned with what
// it had learned at generation gen; a mark made since stays.
func (d *Dir) CleanSite(ctx context.Context, host string, gen uint64) error {
	if err := d.enter(); err != nil {
		return err
	}
	defer d.leave()
	err := d.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDirty)
		if v := b.Get([]byte(host)); len(v) == 8 && binary.BigEndian.Uint64(v) == gen {
			return b.Delete([]byte(host))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: clean site %s: %w", host, err)
	}
	return nil
}
