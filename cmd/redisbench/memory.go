package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

// memory pushes n URLs through the shared frontier and seen set (and the
// store's state of each) and reads Redis's used_memory after each step.
func memory(ctx context.Context, rs *redisServer, n int) error {
	c, err := shared.Open(ctx, rs.url(), "memory bench", shared.Options{})
	if err != nil {
		return err
	}
	defer c.Close()
	used := func() (int64, error) { return usedMemory(ctx, rs) }
	if err := c.Start(ctx, nil); err != nil {
		return err
	}
	base, err := used()
	if err != nil {
		return err
	}
	// URLs shaped like a news site's: about 80 bytes each.
	urlOf := func(i int) string {
		return fmt.Sprintf("https://news.example.test/%d/%02d/%02d/a-headline-of-some-words-%d", 2020+i%7, 1+i%12, 1+i%28, i)
	}
	start := time.Now()
	for i := range n {
		u := urlOf(i)
		// The payload is what the scraper queues: kind, depth, seed, URL.
		if _, _, err := c.Add(ctx, scraper.Item{URL: u, Payload: "0 2 0 " + u, Queue: scraper.QueuePages}); err != nil {
			return err
		}
	}
	addTime := time.Since(start)
	queued, err := used()
	if err != nil {
		return err
	}
	for range n {
		p, ok, err := c.Next(ctx)
		if err != nil || !ok {
			return fmt.Errorf("next: %v %v", ok, err)
		}
		if err := c.Done(ctx, p, true); err != nil {
			return err
		}
	}
	seen, err := used()
	if err != nil {
		return err
	}
	for i := range n {
		u := urlOf(i)
		st := store.URLState{Path: store.Path(u), Hash: fmt.Sprintf("%064x", i), ETag: fmt.Sprintf(`"%x"`, i), LastModified: "Fri, 04 Dec 2026 10:00:00 GMT", FetchedAt: time.Now().UTC()}
		if err := c.SetURLs(ctx, []string{u}, st); err != nil {
			return err
		}
		if err := c.SetHash(ctx, st.Hash, st.Path, true); err != nil {
			return err
		}
	}
	state, err := used()
	if err != nil {
		return err
	}
	per := func(b int64) string {
		return fmt.Sprintf("%.1f MB (%.0f bytes/URL)", float64(b)/1e6*100_000/float64(n), float64(b)/float64(n))
	}
	fmt.Printf("memory: %d URLs of about %d bytes, pushed in %.1fs (%.0f/s, one worker)\n", n, len(urlOf(n/2)), addTime.Seconds(), float64(n)/addTime.Seconds())
	fmt.Printf("  per 100,000 URLs: queued (frontier + seen set) %s\n", per(queued-base))
	fmt.Printf("  per 100,000 URLs: fetched (seen set only)      %s\n", per(seen-base))
	fmt.Printf("  per 100,000 URLs: + validators and hash owners %s (kept across crawls)\n", per(state-base))
	return nil
}

// memorySites counts n articles of 10 sites in the site learning state in
// Redis, as the workers of a crawl do (store.Dir.Observe with the state
// of shared.Crawl.Sites), and reads Redis's used_memory. Each article has
// its site's sign-off and plug at its end and eight paragraphs of its
// own, and a signature of 16 words.
func memorySites(ctx context.Context, rs *redisServer, dir string, n int) error {
	c, err := shared.Open(ctx, rs.url(), "", shared.Options{})
	if err != nil {
		return err
	}
	defer c.Close()
	d, err := store.Open(ctx, dir, store.Config{StateDir: ".pith/workers/bench-1", Sites: c.Sites()})
	if err != nil {
		return err
	}
	defer d.Close()
	base, err := usedMemory(ctx, rs)
	if err != nil {
		return err
	}
	// word returns a made-up word for i: letters only, so that
	// normalising keeps texts apart.
	word := func(i int) string {
		b := []byte{'w'}
		for i++; i > 0; i /= 26 {
			b = append(b, byte('a'+i%26))
		}
		return string(b)
	}
	block := func(text, pos string) store.ObservedBlock {
		norm := siteblocks.Normalize(text)
		return store.ObservedBlock{Key: siteblocks.Key(norm), Text: text, Norm: norm, Positions: []string{pos}}
	}
	start := time.Now()
	const batch = 64
	var obs []store.Observation
	learned := 0
	for i := range n {
		host := fmt.Sprintf("site-%d.example.test", i%10)
		o := store.Observation{Host: host, Path: fmt.Sprintf("%s/2026/12/04/a-headline-of-some-words-%d.json", host, i), Lang: "en"}
		for p := range 8 {
			text := fmt.Sprintf("The story %s tells in its paragraph %s what happened to %s and %s, and why it matters to readers.", word(i), word(p), word(i*8+p), word(i+p))
			pos := siteblocks.Start
			if p > 2 {
				pos = siteblocks.After(siteblocks.Key(word(i*8 + p - 1)))
			}
			o.Blocks = append(o.Blocks, block(text, pos))
		}
		o.Blocks = append(o.Blocks, block("Reported by the desk of "+host+" for its members.", siteblocks.End),
			block("Support independent local journalism: become a member of "+host+" today.", siteblocks.End))
		for w := range siteblocks.SignatureWords {
			o.Signature = append(o.Signature, word(i*16+w))
		}
		obs = append(obs, o)
		if len(obs) == batch || i == n-1 {
			bs, err := d.Observe(ctx, obs, siteblocks.Thresholds{})
			if err != nil {
				return err
			}
			learned += len(bs)
			obs = obs[:0]
		}
	}
	elapsed := time.Since(start)
	after, err := usedMemory(ctx, rs)
	if err != nil {
		return err
	}
	b := after - base
	fmt.Printf("sites: %d articles of 10 sites counted in Redis in %.1fs (%.0f/s, one worker, %d a transaction); %d blocks learned\n",
		n, elapsed.Seconds(), float64(n)/elapsed.Seconds(), batch, learned)
	fmt.Printf("  per 100,000 articles: %.1f MB (%.0f bytes/article)\n", float64(b)/1e6*100_000/float64(n), float64(b)/float64(n))
	return nil
}

// usedMemory returns Redis's used_memory.
func usedMemory(ctx context.Context, rs *redisServer) (int64, error) {
	info, err := rs.rdb.Info(ctx, "memory").Result()
	if err != nil {
		return 0, err
	}
	for line := range strings.SplitSeq(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
			return strconv.ParseInt(v, 10, 64)
		}
	}
	return 0, fmt.Errorf("no used_memory in INFO")
}
