package shared

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/pith-news/pith/scraper"
)

// turnScript takes a turn at a host if one is free.
// KEYS: host, inflight. ARGV: parallel, pause (ms), token, lease (ms).
// Returns 0 when the turn is taken, a wait in ms when a request may start
// later, -1 when parallel requests are in flight.
var turnScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local n = redis.call('ZCARD', KEYS[2])
local nxt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
if n >= tonumber(ARGV[1]) then return -1 end
if now < nxt then return nxt - now end
local lease = tonumber(ARGV[4])
local pause = tonumber(ARGV[2])
redis.call('ZADD', KEYS[2], now + lease, ARGV[3])
redis.call('HSET', KEYS[1], 'next', now + pause)
redis.call('PEXPIRE', KEYS[1], pause + 3600000)
redis.call('PEXPIRE', KEYS[2], 2 * lease)
return 0
`)

// holdOffScript delays a host's next start. KEYS: host. ARGV: wait (ms).
var holdOffScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local at = now + tonumber(ARGV[1])
local nxt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
if at > nxt then
  redis.call('HSET', KEYS[1], 'next', at)
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) + 3600000)
end
return 0
`)

// Turn implements scraper.Shared. It polls while the host is busy, every
// 20 to 100ms.
func (c *Crawl) Turn(ctx context.Context, host string, parallel int, pause time.Duration) (func(), error) {
	tok := token()
	keys := []string{hostKey(host), inflightKey(host)}
	poll := minPoll
	for {
		var wait int64
		err := c.do(ctx, "turn", func(ctx context.Context) error {
			var err error
			wait, err = turnScript.Run(ctx, c.rdb, keys, parallel, pause.Milliseconds(), tok, c.opts.Lease.Milliseconds()).Int64()
			return err
		})
		if err != nil {
			return nil, err
		}
		if wait == 0 {
			break
		}
		d := poll
		if wait > 0 {
			d = time.Duration(wait) * time.Millisecond
		} else {
			poll = min(poll*2, 100*time.Millisecond)
		}
		if err := sleep(ctx, min(d, time.Second)); err != nil {
			return nil, err
		}
	}
	c.mu.Lock()
	c.turns[tok] = host
	c.mu.Unlock()
	return func() {
		c.mu.Lock()
		delete(c.turns, tok)
		c.mu.Unlock()
		// A turn not ended here runs out with its lease.
		ctx, cancel := context.WithTimeout(context.Background(), dialTimeout)
		defer cancel()
		if err := c.rdb.ZRem(ctx, keys[1], tok).Err(); err != nil {
			c.log.Debug("redis: end of turn not recorded: it runs out with its lease", "host", host, "err", err)
		}
	}, nil
}

// HoldOff implements scraper.Shared; the wait is counted on the server's
// clock from the call on, so workers' clocks need not agree.
func (c *Crawl) HoldOff(ctx context.Context, host string, t time.Time) error {
	wait := time.Until(t)
	if wait <= 0 {
		return nil
	}
	return c.do(ctx, "hold off", func(ctx context.Context) error {
		return holdOffScript.Run(ctx, c.rdb, []string{hostKey(host)}, wait.Milliseconds()).Err()
	})
}

// robotsTTL is how long a fetched robots.txt is kept for every process: a
// day, as RFC 9309 section 2.4 advises at most.
const robotsTTL = 24 * time.Hour

// robotsLockTTL bounds how long other processes wait for the one fetching
// robots.txt, should it die. A fetch slower than that (retries of a failing
// server) lets another process fetch it too.
const robotsLockTTL = 30 * time.Second

// Robots implements scraper.Shared.
func (c *Crawl) Robots(ctx context.Context, host string, fetch func(context.Context) (scraper.RobotsFile, error)) (scraper.RobotsFile, error) {
	key, lock := robotsKey(host), robotsKey(host)+":lock"
	tok := token()
	for {
		var data []byte
		var locked bool
		err := c.do(ctx, "robots", func(ctx context.Context) error {
			var err error
			data, err = c.rdb.Get(ctx, key).Bytes()
			if err == nil {
				return nil
			}
			if !errors.Is(err, redis.Nil) {
				return err
			}
			data = nil
			locked, err = c.rdb.SetNX(ctx, lock, tok, robotsLockTTL).Result()
			return err
		})
		if err != nil {
			return scraper.RobotsFile{}, err
		}
		if data != nil {
			var f scraper.RobotsFile
			if err := json.Unmarshal(data, &f); err != nil {
				return scraper.RobotsFile{}, fmt.Errorf("redis: robots.txt of %s: %w", host, err)
			}
			return f, nil
		}
		if locked {
			return c.fetchRobots(ctx, host, key, lock, tok, fetch)
		}
		if err := sleep(ctx, 100*time.Millisecond); err != nil {
			return scraper.RobotsFile{}, err
		}
	}
}

// fetchRobots fetches robots.txt holding the lock, and keeps it.
func (c *Crawl) fetchRobots(ctx context.Context, host, key, lock, tok string, fetch func(context.Context) (scraper.RobotsFile, error)) (scraper.RobotsFile, error) {
	defer func() {
		ctx, cancel := context.WithTimeout(context.Background(), dialTimeout)
		defer cancel()
		if err := unlockScript.Run(ctx, c.rdb, []string{lock}, tok).Err(); err != nil {
			c.log.Debug("redis: robots.txt lock not released: it runs out", "host", host, "err", err)
		}
	}()
	f, err := fetch(ctx)
	if err != nil {
		return f, err
	}
	data, err := json.Marshal(f)
	if err != nil {
		return f, err
	}
	err = c.do(ctx, "robots", func(ctx context.Context) error {
		return c.rdb.Set(ctx, key, data, robotsTTL).Err()
	})
	return f, err
}

// unlockScript deletes a lock if it holds the token. KEYS: lock. ARGV: token.
var unlockScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`)

// token returns a random token naming a claim.
func token() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
