package shared

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/redis/go-redis/v9"

	"github.com/pith-news/pith/store"
)

// URL implements store.Shared.
func (c *Crawl) URL(ctx context.Context, u string) (store.URLState, bool, error) {
	var data []byte
	err := c.do(ctx, "url state", func(ctx context.Context) error {
		var err error
		data, err = c.rdb.Get(ctx, urlKey(u)).Bytes()
		if errors.Is(err, redis.Nil) {
			data, err = nil, nil
		}
		return err
	})
	if err != nil || data == nil {
		return store.URLState{}, false, err
	}
	var st store.URLState
	if err := json.Unmarshal(data, &st); err != nil {
		return store.URLState{}, false, fmt.Errorf("redis: url state of %s: %w", u, err)
	}
	return st, true, nil
}

// SetURLs implements store.Shared.
func (c *Crawl) SetURLs(ctx context.Context, urls []string, s store.URLState) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return c.do(ctx, "url state", func(ctx context.Context) error {
		pipe := c.rdb.TxPipeline()
		for _, u := range urls {
			pipe.Set(ctx, urlKey(u), data, 0)
		}
		_, err := pipe.Exec(ctx)
		return err
	})
}

// claimScript sets a hash's owner unless another owns it; returns the
// owner. KEYS: hash. ARGV: path.
var claimScript = redis.NewScript(`
local owner = redis.call('GET', KEYS[1])
if owner then return owner end
redis.call('SET', KEYS[1], ARGV[1])
return ARGV[1]
`)

// ClaimHash implements store.Shared.
func (c *Crawl) ClaimHash(ctx context.Context, hash, path string) (string, error) {
	var owner string
	err := c.do(ctx, "claim hash", func(ctx context.Context) error {
		var err error
		owner, err = claimScript.Run(ctx, c.rdb, []string{hashKey(hash)}, path).Text()
		return err
	})
	return owner, err
}

// SetHash implements store.Shared.
func (c *Crawl) SetHash(ctx context.Context, hash, path string) error {
	return c.do(ctx, "set hash", func(ctx context.Context) error {
		return c.rdb.Set(ctx, hashKey(hash), path, 0).Err()
	})
}
