package shared

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/pith-news/pith/scraper"
)

// addScript marks a URL seen and queues its payload if it was new.
// KEYS: crawl, seen, queue. ARGV: generation, member, payload, limit.
// Returns -1 when the generation is not the crawl's (its state is gone),
// 0 for a URL seen before, 1 for a new URL dropped (queue full), 2 for a
// new URL queued.
var addScript = redis.NewScript(`
if redis.call('HGET', KEYS[1], 'gen') ~= ARGV[1] then return -1 end
if redis.call('SADD', KEYS[2], ARGV[2]) == 0 then return 0 end
local limit = tonumber(ARGV[4])
if limit > 0 and redis.call('LLEN', KEYS[3]) >= limit then return 1 end
redis.call('RPUSH', KEYS[3], ARGV[3])
return 2
`)

// seeScript marks a URL seen. KEYS: crawl, seen. ARGV: generation,
// member. Returns -1 (state gone), 0 (seen before) or 1 (new).
var seeScript = redis.NewScript(`
if redis.call('HGET', KEYS[1], 'gen') ~= ARGV[1] then return -1 end
return redis.call('SADD', KEYS[2], ARGV[2])
`)

// takeScript counts a page against the crawl's cap. KEYS: crawl, taken.
// ARGV: generation, max. Returns -1 (state gone), 0 (the cap is reached)
// or 1 (taken).
var takeScript = redis.NewScript(`
if redis.call('HGET', KEYS[1], 'gen') ~= ARGV[1] then return -1 end
if tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[2]) then return 0 end
redis.call('INCR', KEYS[2])
return 1
`)

// Take implements scraper.Shared: one counter per generation of the
// crawl, for all its processes.
func (c *Crawl) Take(ctx context.Context, max int) (bool, error) {
	gen, k, err := c.generation()
	if err != nil {
		return false, err
	}
	n, err := c.runGen(ctx, "take", takeScript, []string{k.crawl, k.taken}, gen, max)
	return n == 1, err
}

// runGen runs a script that answers with a number and -1 when the crawl's
// generation it was given is gone (ErrGone).
func (c *Crawl) runGen(ctx context.Context, op string, script *redis.Script, keys []string, args ...any) (int64, error) {
	var n int64
	err := c.do(ctx, op, func(ctx context.Context) error {
		var err error
		n, err = script.Run(ctx, c.rdb, keys, args...).Int64()
		return err
	})
	switch {
	case err != nil:
		return 0, err
	case n < 0:
		return 0, ErrGone
	}
	return n, nil
}

// Add implements scraper.Shared.
func (c *Crawl) Add(ctx context.Context, it scraper.Item) (isNew, queued bool, err error) {
	gen, k, err := c.generation()
	if err != nil {
		return false, false, err
	}
	q := k.pages
	switch it.Queue {
	case scraper.QueueDocs:
		q = k.docs
	case scraper.QueueFirst:
		q = k.first
	}
	n, err := c.runGen(ctx, "add", addScript, []string{k.crawl, k.seen, q}, gen, member(it.URL), it.Payload, it.Limit)
	return n > 0, n == 2, err
}

// See implements scraper.Shared.
func (c *Crawl) See(ctx context.Context, url string) (bool, error) {
	gen, k, err := c.generation()
	if err != nil {
		return false, err
	}
	n, err := c.runGen(ctx, "see", seeScript, []string{k.crawl, k.seen}, gen, member(url))
	return n == 1, err
}

// nextScript puts the URLs whose leases ran out back at the head of the
// frontier, then claims the next URL.
// KEYS: crawl, first, pages, docs, leases, reclaimed, seen.
// ARGV: generation, lease (ms), low water.
// Returns {-1} (state gone), {1, payload} (claimed), {0} (the crawl is
// over: nothing queued, no lease held; or a later generation began, so
// this one ended), {2, ms} (wait: others hold leases; the first runs out
// in ms).
var nextScript = redis.NewScript(`
local g = tonumber(redis.call('HGET', KEYS[1], 'gen') or '0')
if g > tonumber(ARGV[1]) then return {0} end
if g ~= tonumber(ARGV[1]) then return {-1} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local expired = redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', now, 'LIMIT', 0, 100)
for _, p in ipairs(expired) do
  redis.call('ZREM', KEYS[5], p)
  redis.call('LPUSH', KEYS[2], p)
  redis.call('INCR', KEYS[6])
end
local item
if redis.call('LLEN', KEYS[2]) > 0 then
  item = redis.call('LPOP', KEYS[2])
elseif redis.call('LLEN', KEYS[4]) > 0 and redis.call('LLEN', KEYS[3]) < tonumber(ARGV[3]) then
  item = redis.call('LPOP', KEYS[4])
elseif redis.call('LLEN', KEYS[3]) > 0 then
  item = redis.call('LPOP', KEYS[3])
elseif redis.call('LLEN', KEYS[4]) > 0 then
  item = redis.call('LPOP', KEYS[4])
end
if item then
  redis.call('ZADD', KEYS[5], now + tonumber(ARGV[2]), item)
  return {1, item}
end
local first = redis.call('ZRANGE', KEYS[5], 0, 0, 'WITHSCORES')
if #first == 0 then
  if redis.call('HGET', KEYS[1], 'state') == 'running' then
    redis.call('HSET', KEYS[1], 'state', 'done')
    redis.call('PEXPIRE', KEYS[7], 86400000)
  end
  return {0}
end
return {2, tonumber(first[2]) - now}
`)

// Poll bounds: how long Next waits before it looks again when others hold
// leases.
const (
	minPoll = 20 * time.Millisecond
	maxPoll = 250 * time.Millisecond
)

// Next implements scraper.Shared.
func (c *Crawl) Next(ctx context.Context) (string, bool, error) {
	gen, k, err := c.generation()
	if err != nil {
		return "", false, err
	}
	poll := minPoll
	for {
		var res []any
		err := c.do(ctx, "next", func(ctx context.Context) error {
			var err error
			res, err = nextScript.Run(ctx, c.rdb, []string{k.crawl, k.first, k.pages, k.docs, k.leases, k.reclaimed, k.seen},
				gen, c.opts.Lease.Milliseconds(), scraper.LowWater).Slice()
			return err
		})
		if err != nil {
			return "", false, err
		}
		code, _ := res[0].(int64)
		switch code {
		case -1:
			return "", false, ErrGone
		case 0:
			return "", false, nil
		case 1:
			p, ok := res[1].(string)
			if !ok {
				return "", false, fmt.Errorf("redis: next: unexpected answer %v", res)
			}
			c.mu.Lock()
			c.held[p]++
			c.mu.Unlock()
			return p, true, nil
		}
		if err := sleep(ctx, poll); err != nil {
			return "", false, err
		}
		poll = min(poll*2, maxPoll)
	}
}

// doneScript ends a claim. KEYS: leases, first. ARGV: payload, finished
// (1 or 0). A claim given back goes to the head of the frontier, if it
// was still held.
var doneScript = redis.NewScript(`
local held = redis.call('ZREM', KEYS[1], ARGV[1])
if held == 1 and ARGV[2] == '0' then redis.call('LPUSH', KEYS[2], ARGV[1]) end
return held
`)

// Done implements scraper.Shared.
func (c *Crawl) Done(ctx context.Context, payload string, finished bool) error {
	_, k, err := c.generation()
	if err != nil {
		return err
	}
	c.mu.Lock()
	if c.held[payload]--; c.held[payload] <= 0 {
		delete(c.held, payload)
	}
	c.mu.Unlock()
	fin := "1"
	if !finished {
		fin = "0"
	}
	return c.do(ctx, "done", func(ctx context.Context) error {
		return doneScript.Run(ctx, c.rdb, []string{k.leases, k.first}, payload, fin).Err()
	})
}

// Len implements scraper.Shared. It reads the lengths at most once a
// second, without retrying: it is for progress lines.
func (c *Crawl) Len(ctx context.Context) (int, error) {
	_, k, err := c.generation()
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	if time.Since(c.lenAt) < time.Second {
		n := c.queued
		c.mu.Unlock()
		return n, nil
	}
	c.lenAt = time.Now()
	c.mu.Unlock()
	pipe := c.rdb.Pipeline()
	cmds := []*redis.IntCmd{pipe.LLen(ctx, k.first), pipe.LLen(ctx, k.pages), pipe.LLen(ctx, k.docs)}
	if _, err := pipe.Exec(ctx); err != nil {
		return 0, fmt.Errorf("redis: len: %w", err)
	}
	n := 0
	for _, cmd := range cmds {
		n += int(cmd.Val())
	}
	c.mu.Lock()
	c.queued = n
	c.mu.Unlock()
	return n, nil
}

// renewScript extends the leases of claims and turns that are still held.
// KEYS: the leases sorted set, then the in-flight sets of the turns.
// ARGV: lease (ms), the number of payloads, the payloads, then one token
// per in-flight set. Returns the payloads no longer held.
var renewScript = redis.NewScript(`
local t = redis.call('TIME')
local exp = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + tonumber(ARGV[1])
local n = tonumber(ARGV[2])
local lost = {}
for i = 1, n do
  if redis.call('ZADD', KEYS[1], 'XX', 'CH', exp, ARGV[2 + i]) == 0 and not redis.call('ZSCORE', KEYS[1], ARGV[2 + i]) then
    table.insert(lost, ARGV[2 + i])
  end
end
for i = 2, #KEYS do
  if redis.call('ZADD', KEYS[i], 'XX', 'CH', exp, ARGV[2 + n + i - 1]) == 1 then
    redis.call('PEXPIRE', KEYS[i], 2 * tonumber(ARGV[1]))
  end
end
return lost
`)

// renew extends the leases of this process's claims and turns every third
// of a lease, until Close.
func (c *Crawl) renew() {
	defer close(c.done)
	tick := time.NewTicker(c.opts.Lease / 3)
	defer tick.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-tick.C:
		}
		if err := c.renewOnce(); err != nil && !errors.Is(err, context.Canceled) {
			c.log.Warn("redis: leases not renewed", "err", err)
		}
	}
}

func (c *Crawl) renewOnce() error {
	c.mu.Lock()
	if c.gen == 0 || len(c.held) == 0 && len(c.turns) == 0 {
		c.mu.Unlock()
		return nil
	}
	keys := []string{c.keys.leases}
	args := []any{c.opts.Lease.Milliseconds(), len(c.held)}
	for p := range c.held {
		args = append(args, p)
	}
	for tok, host := range c.turns {
		keys = append(keys, inflightKey(host))
		args = append(args, tok)
	}
	c.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), c.opts.Lease/3)
	defer cancel()
	gone, err := renewScript.Run(ctx, c.rdb, keys, args...).StringSlice()
	if err != nil {
		return err
	}
	// A claim ended by Done while the script ran is not lost.
	lost := 0
	c.mu.Lock()
	for _, p := range gone {
		if c.held[p] > 0 {
			lost++
		}
	}
	c.mu.Unlock()
	if lost > 0 {
		c.log.Warn("leases ran out before renewal: their URLs may be fetched again by another worker", "count", lost, "lease", c.opts.Lease)
	}
	return nil
}
