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

// bucketCleaned holds, per host, the generation of the site's mark
// (see DirtySites) its stored articles were last recleaned at, by this
// process.
var bucketCleaned = []byte("site_cleaned")

// LearnedBlocks returns the blocks learned for host and not pinned: the
// ones its articles are cleaned of.
func (d *Dir) LearnedBlocks(ctx context.Context, host string) ([]SiteBlock, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	var out []SiteBlock
	err := d.sites.View(ctx, func(tx SiteTx) error {
		out = out[:0]
		return tx.ForEach(host, bLearned, func(k string, _ []byte) error {
			rec, err := getSite[blockRecord](tx, host, bBlocks, k)
			if err != nil || rec == nil {
				return err
			}
			out = append(out, blockOf(host, k, rec))
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
func (d *Dir) Sites(ctx context.Context) ([]Site, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	dirty, err := d.dirtySites(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: sites: %w", err)
	}
	sites, err := SitesOf(ctx, d.sites)
	for i := range sites {
		_, sites[i].Dirty = dirty[sites[i].Host]
	}
	return sites, err
}

// SitesOf returns every site of st with counted articles, by host, Dirty
// when it has a mark (see DirtySites) at all.
func SitesOf(ctx context.Context, st SiteState) ([]Site, error) {
	var out []Site
	err := st.View(ctx, func(tx SiteTx) error {
		out = out[:0]
		hosts, err := tx.Hosts()
		if err != nil {
			return err
		}
		slices.Sort(hosts)
		dirty, err := tx.Dirty()
		if err != nil {
			return err
		}
		for _, host := range hosts {
			s := Site{Host: host}
			_, s.Dirty = dirty[host]
			meta, err := getSite[siteMeta](tx, host, "", kMeta)
			if err != nil {
				return err
			}
			if meta != nil {
				s.Articles = meta.Articles
			}
			err = tx.ForEach(host, bBlocks, func(k string, v []byte) error {
				var rec blockRecord
				if err := json.Unmarshal(v, &rec); err != nil {
					return err
				}
				if rec.Learned != "" {
					s.Blocks = append(s.Blocks, blockOf(s.Host, k, &rec))
				}
				return nil
			})
			if err != nil {
				return err
			}
			slices.SortStableFunc(s.Blocks, func(a, b SiteBlock) int {
				if a.Count != b.Count {
					return b.Count - a.Count
				}
				return strings.Compare(a.ID, b.ID)
			})
			out = append(out, s)
		}
		return nil
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
	return Pin(ctx, d.sites, textOrID)
}

// Pin is Dir.Pin on the site state st.
func Pin(ctx context.Context, st SiteState, textOrID string) ([]SiteBlock, error) {
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
	err := st.Update(ctx, func(tx SiteTx) error {
		pinned = pinned[:0]
		hosts, err := tx.Hosts()
		if err != nil {
			return err
		}
		slices.Sort(hosts)
		for _, host := range hosts {
			var keys []string
			err := tx.ForEach(host, bLearned, func(k string, _ []byte) error {
				keys = append(keys, k)
				return nil
			})
			if err != nil {
				return err
			}
			slices.Sort(keys)
			for _, k := range keys {
				rec, err := getSite[blockRecord](tx, host, bBlocks, k)
				if err != nil {
					return err
				}
				if rec == nil || !match(k, rec) {
					continue
				}
				rec.Pinned = true
				if err := putSite(tx, host, bBlocks, k, rec); err != nil {
					return err
				}
				if err := tx.Delete(host, bLearned, k); err != nil {
					return err
				}
				if err := tx.MarkDirty(host); err != nil {
					return err
				}
				pinned = append(pinned, blockOf(host, k, rec))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: pin: %w", err)
	}
	return pinned, nil
}

// DirtySites returns the sites whose stored articles wait for a reclean
// by this process, with the generation of their mark, for CleanSite: the
// sites marked (a block learned or pinned) since this process's last
// CleanSite of them.
func (d *Dir) DirtySites(ctx context.Context) (map[string]uint64, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer d.leave()
	out, err := d.dirtySites(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: dirty sites: %w", err)
	}
	return out, nil
}

func (d *Dir) dirtySites(ctx context.Context) (map[string]uint64, error) {
	var marks map[string]uint64
	err := d.sites.View(ctx, func(tx SiteTx) error {
		var err error
		marks, err = tx.Dirty()
		return err
	})
	if err != nil {
		return nil, err
	}
	err = d.db.View(func(tx *bolt.Tx) error {
		done := tx.Bucket(bucketCleaned)
		for host, gen := range marks {
			if v := done.Get([]byte(host)); len(v) == 8 && binary.BigEndian.Uint64(v) >= gen {
				delete(marks, host)
			}
		}
		return nil
	})
	return marks, err
}

// CleanSite records that this process recleaned host's stored articles
// with what it had learned at generation gen; a mark made since stays.
func (d *Dir) CleanSite(ctx context.Context, host string, gen uint64) error {
	if err := d.enter(); err != nil {
		return err
	}
	defer d.leave()
	err := d.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCleaned)
		if v := b.Get([]byte(host)); len(v) == 8 && binary.BigEndian.Uint64(v) >= gen {
			return nil
		}
		return b.Put([]byte(host), idKey(gen))
	})
	if err == nil {
		err = d.sites.Cleaned(ctx, host, gen)
	}
	if err != nil {
		return fmt.Errorf("store: clean site %s: %w", host, err)
	}
	return nil
}
