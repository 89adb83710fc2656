package shared

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

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
// owner and the age of its claim in ms, -1 once stored. The value is
// "PATH TIME" while the write is in progress, TIME the claim's time in ms
// on the server's clock, and "PATH" once stored (paths hold no space).
// KEYS: hash. ARGV: path, mode: "claim", "replace" (in progress) or
// "stored".
var claimScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if ARGV[2] == 'stored' then
  redis.call('SET', KEYS[1], ARGV[1])
  return {ARGV[1], -1}
end
local v = redis.call('GET', KEYS[1])
if v and ARGV[2] == 'claim' then
  local sp = string.find(v, ' ', 1, true)
  if not sp then return {v, -1} end
  return {string.sub(v, 1, sp - 1), now - tonumber(string.sub(v, sp + 1))}
end
redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. now)
return {ARGV[1], 0}
`)

// ClaimHash implements store.Shared.
func (c *Crawl) ClaimHash(ctx context.Context, hash, path string) (string, time.Duration, error) {
	return c.claim(ctx, hash, path, "claim")
}

// SetHash implements store.Shared.
func (c *Crawl) SetHash(ctx context.Context, hash, path string, stored bool) error {
	mode := "replace"
	if stored {
		mode = "stored"
	}
	_, _, err := c.claim(ctx, hash, path, mode)
	return err
}

func (c *Crawl) claim(ctx context.Context, hash, path, mode string) (string, time.Duration, error) {
	var res []any
	err := c.do(ctx, "claim hash", func(ctx context.Context) error {
		var err error
		res, err = claimScript.Run(ctx, c.rdb, []string{hashKey(hash)}, path, mode).Slice()
		return err
	})
	if err != nil {
		return "", 0, err
	}
	owner, _ := res[0].(string)
	ms, _ := res[1].(int64)
	return owner, time.Duration(ms) * time.Millisecond, nil
}
