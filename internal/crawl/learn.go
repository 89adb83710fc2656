package crawl

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/archive"
	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

// ArchiveDir returns the directory of the WARC files of an out dir that
// is not shared through Redis (see store.Dir.ArchiveDir).
func ArchiveDir(out string) string { return filepath.Join(out, ".pith", "warc") }

// learner is what a crawl knows of its sites' repeated blocks: the blocks
// learned, cached per host, and the store that counts them. While a crawl
// runs, one goroutine (run) writes the counts, many articles a
// transaction, so that the handlers do not wait for a commit. When the
// counts are shared with other processes (shared), each article is
// counted before its handler returns, so that every count is in when the
// shared crawl is over, and the cache is read again after cacheFor, to
// use what the other processes learned.
type learner struct {
	d      *store.Dir
	th     siteblocks.Thresholds
	off    bool // count nothing; learned blocks are still removed
	shared bool

	mu    sync.Mutex            // guards cache
	cache map[string]cachedSite // by host

	ch      chan store.Observation // to run; closed by stop
	learned func([]store.SiteBlock)
	failed  func(error)
}

// cachedSite are the blocks a host learned, read at a time.
type cachedSite struct {
	blocks []cleaner.SiteBlock
	at     time.Time
}

// cacheFor is how long the learned blocks of a site shared with other
// processes are used before they are read again.
const cacheFor = 2 * time.Second

// observeBatch is the most observations written in one transaction.
const observeBatch = 128

func newLearner(d *store.Dir, th siteblocks.Thresholds, off, shared bool) *learner {
	return &learner{d: d, th: th, off: off, shared: shared, cache: map[string]cachedSite{}}
}

// start starts the goroutine that writes the observations sent; stop ends
// it. learned is called with the blocks each transaction made the sites
// learn, failed with a store error (after which observations are dropped).
func (l *learner) start(ctx context.Context, learned func([]store.SiteBlock), failed func(error)) (stop func()) {
	l.learned, l.failed = learned, failed
	if l.shared {
		return func() {}
	}
	l.ch = make(chan store.Observation, observeBatch)
	var wg sync.WaitGroup
	wg.Go(func() { l.run(ctx, learned, failed) })
	return func() {
		close(l.ch)
		wg.Wait()
	}
}

func (l *learner) run(ctx context.Context, learned func([]store.SiteBlock), failed func(error)) {
	broken := false
	for o := range l.ch {
		batch := []store.Observation{o}
	more:
		for len(batch) < observeBatch {
			select {
			case o, ok := <-l.ch:
				if !ok {
					break more
				}
				batch = append(batch, o)
			default:
				break more
			}
		}
		if broken {
			continue
		}
		if err := l.write(ctx, batch); err != nil {
			broken = true
			failed(err)
		}
	}
}

// write counts a batch of observations and reports what they learned.
func (l *learner) write(ctx context.Context, batch []store.Observation) error {
	bs, err := l.d.Observe(ctx, batch, l.th)
	if err != nil || len(bs) == 0 {
		return err
	}
	l.mu.Lock()
	for _, b := range bs {
		delete(l.cache, b.Host)
	}
	l.mu.Unlock()
	l.learned(bs)
	return nil
}

// blocks returns the blocks learned for host, as the cleaner takes them.
func (l *learner) blocks(ctx context.Context, host string) ([]cleaner.SiteBlock, error) {
	l.mu.Lock()
	c, ok := l.cache[host]
	l.mu.Unlock()
	if ok && (!l.shared || time.Since(c.at) < cacheFor) {
		return c.blocks, nil
	}
	at := time.Now()
	bs, err := SiteBlocks(ctx, l.d, host)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.cache[host] = cachedSite{bs, at}
	l.mu.Unlock()
	return bs, nil
}

// SiteBlocks returns the blocks d learned for host, for cleaner.Options.
func SiteBlocks(ctx context.Context, d *store.Dir, host string) ([]cleaner.SiteBlock, error) {
	learned, err := d.LearnedBlocks(ctx, host)
	if err != nil {
		return nil, err
	}
	bs := make([]cleaner.SiteBlock, 0, len(learned))
	for _, b := range learned {
		bs = append(bs, cleaner.SiteBlock{Text: b.Norm, Position: b.Position, Count: b.Count})
	}
	return bs, nil
}

// observe sends the run goroutine the blocks of an article stored at path
// and where its response is archived (ref, if not nil); a shared learner
// counts them at once.
func (l *learner) observe(ctx context.Context, host, path string, a *article.Article, used []cleaner.SiteBlock, ref *store.ArchiveRef) error {
	obs := store.Observation{Host: host, Path: path, Archive: ref, NoCount: l.off}
	if !l.off {
		var err error
		if obs, err = observation(host, path, a, used); err != nil {
			return err
		}
		obs.Archive = ref
	}
	if obs.NoCount && ref == nil {
		return nil
	}
	if l.shared {
		return l.write(ctx, []store.Observation{obs})
	}
	l.ch <- obs
	return nil
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
	return c.learn.observe(ctx, host, res.Path, a, site, ref)
}

// converge cleans again, from the archive, the stored articles of the
// sites that learned a block since their articles were stored, so that no
// stored article holds a learned block when the crawl ends. A worker of a
// shared crawl then does the same for the workers of the out dir that
// are gone (see recleanIdle).
func (c *crawler) converge(ctx context.Context) error {
	if c.arch == nil {
		return nil
	}
	if err := c.convergeDir(ctx, c.d); err != nil {
		return err
	}
	if c.sh != nil {
		return c.recleanIdle(ctx)
	}
	return nil
}

// convergeDir recleans the dirty sites of d.
func (c *crawler) convergeDir(ctx context.Context, d *store.Dir) error {
	dirty, err := d.DirtySites(ctx)
	if err != nil || len(dirty) == 0 {
		return err
	}
	var hosts []string
	for h := range dirty {
		hosts = append(hosts, h)
	}
	rs, err := Reclean(ctx, d, RecleanConfig{Keep: c.keep, Sites: hosts, JSONL: c.jsonl, Logger: c.log})
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
