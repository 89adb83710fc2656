package shared

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

// ErrLost is the error of a call that could not reach Redis for
// Options.RetryFor.
var ErrLost = errors.New("redis unreachable")

// ErrGone is the error of a call that found the crawl's state gone from
// Redis (restarted without persistence, or flushed).
var ErrGone = errors.New("the crawl's state is gone from Redis (restarted without persistence, flushed, or evicted): the same command starts the crawl over")

// Options tunes Open. The zero value is ready to use.
type Options struct {
	// Lease is how long a claimed URL, or a turn at a host, stays claimed
	// without being renewed; it is renewed every third of it. 0 means 15s.
	Lease time.Duration
	// RetryFor is how long a call retries a Redis that cannot be reached
	// before it fails with ErrLost; 0 means 1 minute.
	RetryFor time.Duration
	// Logger receives warnings (Redis unreachable, leases lost); nil
	// discards them.
	Logger *slog.Logger
	// CAFile, if set, is a PEM file of certificate authorities trusted
	// for a rediss:// URL, besides the system's: the CA of a Redis with a
	// certificate of its own making.
	CAFile string
}

const (
	defaultLease    = 15 * time.Second
	defaultRetryFor = time.Minute
	// dialTimeout bounds the first connection of Open.
	dialTimeout = 5 * time.Second
)

// Crawl is one crawl's state in Redis, shared by the processes that run
// it. Its methods are safe for concurrent use. Close it.
type Crawl struct {
	rdb  *redis.Client
	opts Options
	log  *slog.Logger
	tag  string
	addr string // host:port, for messages

	mu   sync.Mutex // guards the fields below
	gen  int64      // the generation joined by Start; 0 before
	keys crawlKeys
	held map[string]int // payloads claimed by this process, with their count
	// turns are this process's turns at hosts: token → host.
	turns     map[string]string
	downSince time.Time // when Redis stopped answering; zero while it does
	lost      bool      // a call gave up on Redis since it last answered
	lenAt     time.Time // when queued was read
	queued    int

	stop chan struct{}
	done chan struct{}
}

// Open connects to the Redis at rawURL (redis://[:PASSWORD@]HOST:PORT/DB,
// rediss:// for TLS, or unix://) for the crawl named key, and checks that
// it answers: a Redis that cannot be reached is an error at once, not
// retried. The caller calls Start, then Close.
func Open(ctx context.Context, rawURL, key string, opts Options) (*Crawl, error) {
	ro, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("redis: bad URL %s: %w", Redact(rawURL), err)
	}
	if opts.Lease < 0 || opts.RetryFor < 0 {
		return nil, errors.New("redis: negative Lease or RetryFor")
	}
	if opts.Lease == 0 {
		opts.Lease = defaultLease
	}
	if opts.RetryFor == 0 {
		opts.RetryFor = defaultRetryFor
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.CAFile != "" {
		if ro.TLSConfig == nil {
			return nil, fmt.Errorf("redis: a CA file (%s) needs a rediss:// URL, not %s", opts.CAFile, Redact(rawURL))
		}
		pool, err := caPool(opts.CAFile)
		if err != nil {
			return nil, err
		}
		ro.TLSConfig.RootCAs = pool
	}
	quietOnce.Do(func() { redis.SetLogger(quiet{}) })
	ro.DialTimeout = dialTimeout
	if ro.PoolSize == 0 {
		// A worker has up to 64 fetching goroutines (scraper's cap), each
		// waiting on Redis for its next URL or its turn at a host.
		ro.PoolSize = 64
	}
	ro.MaxRetries = -1 // the calls retry themselves, for RetryFor
	ro.ContextTimeoutEnabled = true
	// go-redis sends CLIENT SETINFO and HELLO on connect; both work on Redis
	// 7 and Valkey, and are ignored where unknown.
	rdb := redis.NewClient(ro)
	c := &Crawl{
		rdb: rdb, opts: opts, log: opts.Logger, tag: tagOf(key), addr: ro.Addr,
		held: make(map[string]int), turns: make(map[string]string),
		stop: make(chan struct{}), done: make(chan struct{}),
	}
	pctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	if err := rdb.Ping(pctx).Err(); err != nil {
		rdb.Close()
		if transient(err) || errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("redis at %s unreachable: %w", ro.Addr, err)
		}
		return nil, fmt.Errorf("redis at %s: %w", ro.Addr, err) // a wrong password, say
	}
	if v := c.version(pctx); v != "" {
		major, _, _ := strings.Cut(v, ".")
		if n, err := strconv.Atoi(major); err == nil && n < 7 {
			c.log.Warn("redis older than 7: not supported", "version", v)
		}
	}
	go c.renew()
	return c, nil
}

// caPool returns the system's certificate pool with the CAs of the PEM
// file path added.
func caPool(path string) (*x509.CertPool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("redis: CA file: %w", err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(data) {
		return nil, fmt.Errorf("redis: CA file %s holds no PEM certificate", path)
	}
	return pool, nil
}

// quiet drops go-redis's own log lines (failed dials, printed on
// stderr): Crawl says when Redis goes and comes back, once.
type quiet struct{}

func (quiet) Printf(context.Context, string, ...any) {}

var quietOnce sync.Once

// version returns the server's redis_version, or "".
func (c *Crawl) version(ctx context.Context) string {
	info, err := c.rdb.Info(ctx, "server").Result()
	if err != nil {
		return ""
	}
	for line := range strings.SplitSeq(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "redis_version:"); ok {
			return v
		}
	}
	return ""
}

// Redact hides the password of a Redis URL, for messages.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

// Close stops the lease renewals and closes the connections. Claims not
// ended with Done run out with their leases.
func (c *Crawl) Close() error {
	select {
	case <-c.stop:
		return nil
	default:
	}
	close(c.stop)
	<-c.done
	if err := c.rdb.Close(); err != nil {
		return fmt.Errorf("redis: close: %w", err)
	}
	return nil
}

// Addr returns the Redis server's host:port.
func (c *Crawl) Addr() string { return c.addr }

// Lease returns the lease of a claim.
func (c *Crawl) Lease() time.Duration { return c.opts.Lease }

// transient reports whether err is worth a retry: no connection, or a
// server that is loading its data or failing over.
func transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var ne net.Error
	switch {
	case errors.As(err, &ne), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, redis.ErrPoolTimeout), errors.Is(err, net.ErrClosed):
		return true
	}
	for _, p := range []string{"LOADING", "READONLY", "MASTERDOWN", "TRYAGAIN", "BUSY"} {
		if redis.HasErrorPrefix(err, p) {
			return true
		}
	}
	return false
}

// do runs f, retrying while Redis cannot be reached, with backoff from
// 100ms to 5s, for at most RetryFor since Redis last answered.
func (c *Crawl) do(ctx context.Context, what string, f func(context.Context) error) error {
	wait := 100 * time.Millisecond
	for {
		err := f(ctx)
		if !transient(err) {
			if err == nil {
				c.up()
			}
			if err != nil && ctx.Err() == nil {
				err = fmt.Errorf("redis: %s: %w", what, err)
			}
			return err
		}
		since, lost := c.down(err)
		if lost || time.Since(since) >= c.opts.RetryFor {
			// Once one call gave up, the others do at once: the crawl
			// stops within RetryFor, not one RetryFor per call.
			c.mu.Lock()
			c.lost = true
			c.mu.Unlock()
			return fmt.Errorf("redis: %s: %w at %s for %s: %v", what, ErrLost, c.addr, c.opts.RetryFor, err)
		}
		if err := sleep(ctx, wait); err != nil {
			return err
		}
		wait = min(wait*2, 5*time.Second)
	}
}

// sleep waits d; it returns ctx.Err() when ctx is done first.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	select {
	case <-ctx.Done():
		t.Stop()
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// down notes that Redis failed to answer and returns since when, and
// whether a call gave up on it already.
func (c *Crawl) down(err error) (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.downSince.IsZero() {
		c.downSince = time.Now()
		c.log.Warn("redis unreachable: fetching stops while it is retried", "addr", c.addr, "retry_for", c.opts.RetryFor, "err", err)
	}
	return c.downSince, c.lost
}

// up notes that Redis answered.
func (c *Crawl) up() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.downSince.IsZero() {
		c.log.Warn("redis reachable again: the crawl goes on", "addr", c.addr, "after", time.Since(c.downSince).Round(time.Millisecond))
		c.downSince, c.lost = time.Time{}, false
	}
}

// startScript begins generation gen+1 of a crawl when none runs (state
// not "running") and queues the seeds, or joins the one that runs. It
// returns the generation and 1 when it began it.
// KEYS[1] crawl; ARGV[1] prefix of the generation keys' names (up to
// "{K}:"), then pairs of seen member and payload for QueueFirst, then "|",
// then pairs for QueuePages.
var startScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'state')
local gen = tonumber(redis.call('HGET', KEYS[1], 'gen') or '0')
if st == 'running' then return {gen, 0} end
gen = gen + 1
local t = redis.call('TIME')
redis.call('HSET', KEYS[1], 'gen', gen, 'state', 'running', 'started', t[1])
local g = ARGV[1] .. gen
local q = g .. ':q:first'
local i = 2
while i <= #ARGV do
  if ARGV[i] == '|' then
    q = g .. ':q:pages'
    i = i + 1
  else
    if redis.call('SADD', g .. ':seen', ARGV[i]) == 1 then
      redis.call('RPUSH', q, ARGV[i+1])
    end
    i = i + 2
  end
end
return {gen, 1}
`)

// Start implements scraper.Shared: it begins the crawl with seeds, or
// joins it when another process runs it (or a run of it was interrupted:
// it resumes). A crawl that ran to its end begins
// anew: the seen set is empty again, and the validators kept make its
// requests conditional.
func (c *Crawl) Start(ctx context.Context, seeds []scraper.Item) error {
	base := keysOf(c.tag, 0)
	args := []any{strings.TrimSuffix(base.seen, "0:seen")}
	var pages []any
	for _, it := range seeds {
		if it.Queue == scraper.QueuePages {
			pages = append(pages, member(it.URL), it.Payload)
		} else {
			args = append(args, member(it.URL), it.Payload)
		}
	}
	args = append(append(args, "|"), pages...)
	var res []any
	err := c.do(ctx, "start", func(ctx context.Context) error {
		var err error
		res, err = startScript.Run(ctx, c.rdb, []string{base.crawl}, args...).Slice()
		return err
	})
	if err != nil {
		return err
	}
	gen, _ := res[0].(int64)
	began := res[1] == int64(1)
	c.mu.Lock()
	c.gen, c.keys = gen, keysOf(c.tag, gen)
	c.mu.Unlock()
	if began && gen > 1 {
		// The generation before ran to its end: its keys are of no use.
		old := keysOf(c.tag, gen-1)
		err := c.do(ctx, "start", func(ctx context.Context) error {
			return c.rdb.Unlink(ctx, old.seen, old.first, old.pages, old.docs, old.leases, old.reclaimed, old.taken).Err()
		})
		if err != nil {
			return err
		}
	}
	c.log.Info("shared crawl", "redis", c.addr, "generation", gen, "began", began, "worker", Worker())
	return nil
}

// generation returns the generation joined and its keys.
func (c *Crawl) generation() (int64, crawlKeys, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == 0 {
		return 0, crawlKeys{}, errors.New("redis: crawl not started")
	}
	return c.gen, c.keys, nil
}

// Reclaimed returns the number of leases that ran out in this generation
// of the crawl (URLs claimed by a process that died, fetched again).
func (c *Crawl) Reclaimed(ctx context.Context) (int64, error) {
	_, k, err := c.generation()
	if err != nil {
		return 0, err
	}
	n, err := c.rdb.Get(ctx, k.reclaimed).Int64()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	return n, err
}

// Worker returns the name of this process among the workers: its host
// name and process id.
func Worker() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		h = "localhost"
	}
	return h + "-" + strconv.Itoa(os.Getpid())
}

var (
	_ scraper.Shared = (*Crawl)(nil)
	_ store.Shared   = (*Crawl)(nil)
)
