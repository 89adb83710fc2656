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
// owner and the age of its claim in ms. The value is "PATH TIME", TIME the
// claim's time in ms on the server's clock (paths hold no space).
// KEYS: hash. ARGV: path, and "1" to replace any owner.
var claimScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local v = redis.call('GET', KEYS[1])
if v and ARGV[2] ~= '1' then
  local sp = string.find(v, ' ', 1, true)
  if not sp then return {v, 0} end
  return {string.sub(v, 1, sp - 1), now - tonumber(string.sub(v, sp + 1))}
end
redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. now)
return {ARGV[1], 0}
`)

// ClaimHash implements store.Shared.
func (c *Crawl) ClaimHash(ctx context.Context, hash, path string) (string, time.Duration, error) {
	return c.claim(ctx, hash, path, false)
}

// SetHash implements store.Shared.
func (c *Crawl) SetHash(ctx context.Context, hash, path string) error {
	_, _, err := c.claim(ctx, hash, path, true)
	return err
}

func (c *Crawl) claim(ctx context.Context, hash, path string, replace bool) (string, time.Duration, error) {
	force := "0"
	if replace {
		force = "1"
	}
	var res []any
	err := c.do(ctx, "claim hash", func(ctx context.Context) error {
		var err error
		res, err = claimScript.Run(ctx, c.rdb, []string{hashKey(hash)}, path, force).Slice()
		return err
	})
	if err != nil {
		return "", 0, err
	}
	owner, _ := res[0].(string)
	ms, _ := res[1].(int64)
	return owner, time.Duration(ms) * time.Millisecond, nil
}
