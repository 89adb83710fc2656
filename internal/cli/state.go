package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/store"
)

// redisHint is needOutDir's hint for the commands that take --redis.
const redisHint = "; --redis for a crawl run with it"

// needOutDir reports an error unless dir is an out dir of pith crawl (it
// holds a state database); hint ends the error's parenthesis.
func needOutDir(dir, hint string) error {
	if _, err := os.Stat(store.StateDBPath(dir)); err != nil {
		return fmt.Errorf("%s is not an out dir of pith crawl (no .pith/state.db%s)", dir, hint)
	}
	return nil
}

// siteBlocksOf reads the blocks every site of the out dir dir learned
// (pith sites lists them), for pith clean --state. It opens the store, so
// it fails while a crawl holds the out dir.
func siteBlocksOf(ctx context.Context, dir string) (map[string][]cleaner.SiteBlock, error) {
	if err := needOutDir(dir, ""); err != nil {
		return nil, err
	}
	d, err := store.Open(ctx, dir, store.Config{})
	if err != nil {
		return nil, err
	}
	defer d.Close() // a second Close below reports its error
	sites, err := d.Sites(ctx)
	if err != nil {
		return nil, err
	}
	return cleanerBlocks(sites), d.Close()
}

// cleanerBlocks returns the blocks learned of each site, not pinned, as
// the cleaner takes them.
func cleanerBlocks(sites []store.Site) map[string][]cleaner.SiteBlock {
	out := map[string][]cleaner.SiteBlock{}
	for _, s := range sites {
		for _, b := range s.Blocks {
			if !b.Pinned {
				out[s.Host] = append(out[s.Host], cleaner.SiteBlock{Text: b.Norm, Position: b.Position, Count: b.Count})
			}
		}
	}
	return out
}

// siteBlocksFor returns the learned blocks of the site of the page at u.
func (c *cleanJob) siteBlocksFor(u string) []cleaner.SiteBlock {
	if c.sites == nil {
		return nil
	}
	return c.sites[store.SiteOf(u)]
}
