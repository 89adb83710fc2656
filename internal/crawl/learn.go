package crawl

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/archive"
	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

// ArchiveDir returns the directory of an out dir's WARC files.
func ArchiveDir(out string) string { return filepath.Join(out, ".pith", "warc") }

// learner is what a crawl knows of its sites' repeated blocks: the blocks
// learned, cached per host, and the store that counts them.
type learner struct {
	d   *store.Dir
	th  siteblocks.Thresholds
	off bool // count nothing; learned blocks are still removed

	mu    sync.Mutex                     // guards cache
	cache map[string][]cleaner.SiteBlock // by host
}

func newLearner(d *store.Dir, th siteblocks.Thresholds, off bool) *learner {
	return &learner{d: d, th: th, off: off, cache: map[string][]cleaner.SiteBlock{}}
}

// blocks returns the blocks learned for host, as the cleaner takes them.
func (l *learner) blocks(host string) ([]cleaner.SiteBlock, error) {
	l.mu.Lock()
	bs, ok := l.cache[host]
	l.mu.Unlock()
	if ok {
		return bs, nil
	}
	bs, err := SiteBlocks(l.d, host)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.cache[host] = bs
	l.mu.Unlock()
	return bs, nil
}

// SiteBlocks returns the blocks d learned for host, for cleaner.Options.
func SiteBlocks(d *store.Dir, host string) ([]cleaner.SiteBlock, error) {
	learned, err := d.LearnedBlocks(host)
	if err != nil {
		return nil, err
	}
	bs := make([]cleaner.SiteBlock, 0, len(learned))
	for _, b := range learned {
		bs = append(bs, cleaner.SiteBlock{Text: b.Norm, Position: b.Position, Count: b.Count})
	}
	return bs, nil
}

// observe counts the blocks of an article stored at path, records where
// its response is archived (ref, if not nil), and reports whether its site
// learned a block from it.
func (l *learner) observe(ctx context.Context, host, path string, a *article.Article, used []cleaner.SiteBlock, ref *store.ArchiveRef) (bool, error) {
	obs := store.Observation{Host: host, Path: path, Archive: ref, NoCount: l.off}
	if !l.off {
		var err error
		if obs, err = observation(host, path, a, used); err != nil {
			return false, err
		}
		obs.Archive = ref
	}
	if obs.NoCount && ref == nil {
		return false, nil
	}
	learned, err := l.d.Observe(ctx, obs, l.th)
	if err != nil || len(learned) == 0 {
		return false, err
	}
	l.mu.Lock()
	delete(l.cache, host)
	l.mu.Unlock()
	return true, nil
}

// observation is what the stored article a shows of its site's blocks:
// the blocks of its HTML, and the learned blocks the cleaner removed from
// it (used), at their learned place.
func observation(host, path string, a *article.Article, used []cleaner.SiteBlock) (store.Observation, error) {
	root, err := html.Parse(strings.NewReader(a.HTML))
	if err != nil {
		return store.Observation{}, fmt.Errorf("crawl: parse article html: %w", err)
	}
	obs := store.Observation{Host: host, Path: path, Signature: siteblocks.Signature(a.Text), Lang: primaryLang(a.Language)}
	blocks := siteblocks.Segment(root)
	seen := map[string]bool{}
	for i, b := range blocks {
		if seen[b.Key] || !siteblocks.Countable(b) {
			continue
		}
		seen[b.Key] = true
		obs.Blocks = append(obs.Blocks, store.ObservedBlock{Key: b.Key, Text: b.Text, Norm: b.Norm, Positions: siteblocks.Positions(blocks, i)})
	}
	for _, r := range a.Removed {
		if r.Kind != "repeated" {
			continue
		}
		rn := siteblocks.Normalize(strings.TrimSuffix(r.Text, "…"))
		for _, u := range used {
			norm := siteblocks.Normalize(u.Text)
			if k := siteblocks.Key(norm); !seen[k] && strings.HasPrefix(norm, rn) {
				seen[k] = true
				obs.Blocks = append(obs.Blocks, store.ObservedBlock{Key: k, Text: r.Text, Norm: norm, Positions: []string{u.Position}})
				break
			}
		}
	}
	return obs, nil
}

// archiveResponse is the archived form of a fetched page.
func archiveResponse(p *scraper.Page) archive.Response {
	r := archive.Response{URL: p.URL.String(), Status: p.StatusCode, Header: p.Header, Body: p.Body, Date: p.FetchedAt}
	if p.RequestURL != nil && p.RequestURL.String() != r.URL {
		r.RequestURL = p.RequestURL.String()
	}
	if r.Header == nil {
		r.Header = http.Header{}
	}
	return r
}

// keepPage archives the response of a stored page (unless the same
// article's is archived already) and counts its blocks for its site.
func (c *crawler) keepPage(ctx context.Context, p *scraper.Page, res store.Result, host string, a *article.Article, site []cleaner.SiteBlock) error {
	var ref *store.ArchiveRef
	if c.arch != nil {
		known, err := c.d.ArchivedOf(res.Path)
		if err != nil {
			return err
		}
		if known == nil || res.Outcome != store.Unchanged {
			loc, err := c.arch.Write(ctx, archiveResponse(p))
			if err != nil {
				return err
			}
			ref = &store.ArchiveRef{File: loc.File, Offset: loc.Offset, URL: p.URL.String(), At: p.FetchedAt.UTC()}
		}
	}
	learned, err := c.learn.observe(ctx, host, res.Path, a, site, ref)
	if err != nil {
		return err
	}
	if learned {
		c.log.Info("site learned a repeated block", "host", host)
		c.count(func(s *Stats) { s.Learned++ })
	}
	return nil
}

// converge cleans again, from the archive, the stored articles of the
// sites that learned a block since their articles were stored, so that no
// stored article holds a learned block when the crawl ends.
func (c *crawler) converge(ctx context.Context) error {
	if c.arch == nil {
		return nil
	}
	dirty, err := c.d.DirtySites()
	if err != nil || len(dirty) == 0 {
		return err
	}
	var hosts []string
	for h := range dirty {
		hosts = append(hosts, h)
	}
	rs, err := Reclean(ctx, c.d, c.d.Path(), RecleanConfig{Keep: c.keep, Sites: hosts, JSONL: c.jsonl, Logger: c.log})
	c.count(func(s *Stats) { s.Recleaned += rs.Changed })
	if err != nil {
		return err
	}
	c.log.Info("recleaned the articles of sites that learned a block", "sites", hosts, "stats", rs)
	return nil
}

// primaryLang returns the primary subtag of a language tag, lower-cased:
// "de" of "de-AT".
func primaryLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}
