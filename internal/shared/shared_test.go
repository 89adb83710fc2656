package shared_test

import (
	"context"
	"errors"
	"net"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/internal/testkit/redistest"
	"github.com/pith-news/pith/scraper"
)

func open(t *testing.T, url, key string, opts shared.Options) *shared.Crawl {
	t.Helper()
	c, err := shared.Open(t.Context(), url, key, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func page(u string) scraper.Item {
	return scraper.Item{URL: u, Payload: "page " + u, Queue: scraper.QueuePages, Limit: 3}
}

func next(t *testing.T, c *shared.Crawl) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	p, ok, err := c.Next(ctx)
	if err != nil || !ok {
		t.Fatalf("Next: %q %v %v", p, ok, err)
	}
	return p
}

func TestFrontier(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := t.Context()
	a := open(t, srv.URL(), "seeds", shared.Options{})
	b := open(t, srv.URL(), "seeds", shared.Options{})
	robots := scraper.Item{URL: "http://a.test/robots.txt", Payload: "robots", Queue: scraper.QueueFirst}
	if err := a.Start(ctx, []scraper.Item{page("http://a.test/"), robots}); err != nil {
		t.Fatal(err)
	}
	// b joins the crawl a began: the seeds are not queued twice.
	if err := b.Start(ctx, []scraper.Item{page("http://a.test/"), robots}); err != nil {
		t.Fatal(err)
	}
	if n, err := b.Len(ctx); err != nil || n != 2 {
		t.Fatalf("Len = %d, %v; want 2", n, err)
	}
	for _, tc := range []struct {
		url           string
		isNew, queued bool
	}{
		{"http://a.test/", false, false}, // a seed, seen
		{"http://a.test/1", true, true},
		{"http://a.test/1", false, false},
		{"http://a.test/2", true, true},
		{"http://a.test/3", true, false}, // the queue holds its Limit, 3
	} {
		isNew, queued, err := b.Add(ctx, page(tc.url))
		if err != nil || isNew != tc.isNew || queued != tc.queued {
			t.Errorf("Add(%s) = %v, %v, %v; want %v, %v", tc.url, isNew, queued, err, tc.isNew, tc.queued)
		}
	}
	if isNew, err := a.See(ctx, "http://a.test/3"); err != nil || isNew {
		t.Errorf("See of a URL dropped from a full queue = %v, %v; want seen", isNew, err)
	}
	// The seed's robots.txt goes first, then the pages in order; a and b
	// share them.
	want := []string{"robots", "page http://a.test/", "page http://a.test/1", "page http://a.test/2"}
	for i, w := range want {
		c := a
		if i%2 == 1 {
			c = b
		}
		if p := next(t, c); p != w {
			t.Fatalf("Next #%d = %q, want %q", i, p, w)
		}
		if err := c.Done(ctx, w, true); err != nil {
			t.Fatal(err)
		}
	}
	p, ok, err := a.Next(ctx)
	if err != nil || ok {
		t.Fatalf("Next of a drained crawl = %q, %v, %v; want the end", p, ok, err)
	}
	// The crawl ran to its end: the next Start begins it anew.
	if err := b.Start(ctx, []scraper.Item{page("http://a.test/")}); err != nil {
		t.Fatal(err)
	}
	if p := next(t, b); p != "page http://a.test/" {
		t.Fatalf("Next of the new generation = %q", p)
	}
}

// A claim whose process stops renewing it goes back to the frontier when
// its lease runs out, and the crawl waits for it; a claim renewed stays.
func TestLeaseRunsOut(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := t.Context()
	opts := shared.Options{Lease: 1500 * time.Millisecond}
	dead := open(t, srv.URL(), "k", opts)
	live := open(t, srv.URL(), "k", opts)
	other := open(t, srv.URL(), "k", opts)
	if err := dead.Start(ctx, []scraper.Item{page("http://a.test/")}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*shared.Crawl{live, other} {
		if err := c.Start(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	p := next(t, dead)
	dead.Close() // it dies holding the claim: no renewal, no Done

	start := time.Now()
	if got := next(t, live); got != p {
		t.Fatalf("reclaimed %q, want %q", got, p)
	}
	if waited := time.Since(start); waited > 5*opts.Lease {
		t.Errorf("reclaimed after %v; lease %v", waited, opts.Lease)
	}
	if n, err := live.Reclaimed(ctx); err != nil || n != 1 {
		t.Errorf("Reclaimed = %d, %v; want 1", n, err)
	}
	// live holds p past several leases, renewing it: other, asking all
	// along, gets nothing.
	wctx, cancel := context.WithTimeout(ctx, 3*opts.Lease)
	defer cancel()
	if got, ok, err := other.Next(wctx); ok || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Next while a renewed claim is held = %q, %v, %v; want to wait", got, ok, err)
	}
	if n, err := live.Reclaimed(ctx); err != nil || n != 1 {
		t.Errorf("Reclaimed after a renewed claim = %d, %v; want 1", n, err)
	}
	if err := live.Done(ctx, p, true); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := other.Next(ctx); ok || err != nil {
		t.Errorf("Next after all done = %v, %v; want the end", ok, err)
	}
}

// A claim given back (the process was interrupted) is taken again first.
func TestDoneGivesBack(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := t.Context()
	c := open(t, srv.URL(), "k", shared.Options{})
	if err := c.Start(ctx, []scraper.Item{page("http://a.test/1"), page("http://a.test/2")}); err != nil {
		t.Fatal(err)
	}
	p := next(t, c)
	if err := c.Done(ctx, p, false); err != nil {
		t.Fatal(err)
	}
	if again := next(t, c); again != p {
		t.Errorf("after giving %q back, Next = %q", p, again)
	}
}

// Turns at one host hold across processes: one in flight at a time with
// parallel 1, and starts at least the pause apart.
func TestTurn(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	const pause = 150 * time.Millisecond
	workers := []*shared.Crawl{
		open(t, srv.URL(), "k", shared.Options{}),
		open(t, srv.URL(), "k", shared.Options{}),
		open(t, srv.URL(), "k", shared.Options{}),
	}
	var (
		mu       sync.Mutex
		starts   []time.Time
		inflight int
		maxIn    int
		wg       sync.WaitGroup
	)
	for _, w := range workers {
		wg.Go(func() {
			for range 3 {
				release, err := w.Turn(t.Context(), "http://h.test", 1, pause)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				starts = append(starts, time.Now())
				inflight++
				maxIn = max(maxIn, inflight)
				mu.Unlock()
				time.Sleep(10 * time.Millisecond)
				mu.Lock()
				inflight--
				mu.Unlock()
				release()
			}
		})
	}
	wg.Wait()
	if maxIn != 1 {
		t.Errorf("%d requests in flight at once, want 1", maxIn)
	}
	if len(starts) != 9 {
		t.Fatalf("%d turns, want 9", len(starts))
	}
	// The server spaces the starts; the client sees them late by its
	// scheduling noise, which a loaded machine makes large for one start
	// but not for all of them.
	sort.Slice(starts, func(i, j int) bool { return starts[i].Before(starts[j]) })
	if span := starts[len(starts)-1].Sub(starts[0]); span < 8*pause-50*time.Millisecond {
		t.Errorf("9 turns within %v, want at least 8 pauses of %v", span, pause)
	}
	short := 0
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < pause/2 {
			short++
			t.Logf("turns %d and %d started %v apart", i-1, i, gap)
		}
	}
	if short > 1 {
		t.Errorf("%d gaps under %v between turns, want at most one (noise)", short, pause/2)
	}
}

func TestOpenUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	for _, raw := range []string{"redis://" + addr + "/0", "redis://:secret@" + addr + "/0"} {
		start := time.Now()
		_, err := shared.Open(t.Context(), raw, "k", shared.Options{})
		if err == nil {
			t.Fatalf("Open(%s) succeeded", raw)
		}
		if time.Since(start) > 6*time.Second {
			t.Errorf("Open took %v", time.Since(start))
		}
		if msg := err.Error(); !strings.Contains(msg, "unreachable") || strings.Contains(msg, "secret") {
			t.Errorf("Open error %q: want it to say unreachable, without the password", msg)
		}
	}
	if _, err := shared.Open(t.Context(), "http://"+addr, "k", shared.Options{}); err == nil {
		t.Error("Open of an http URL succeeded")
	}
}

// Redis gone for longer than RetryFor: the call fails with ErrLost.
// Redis back within it: the call goes through, with the data kept by
// the append-only file.
func TestRedisLostAndBack(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{AOF: true})
	ctx := t.Context()
	c := open(t, srv.URL(), "k", shared.Options{RetryFor: 10 * time.Second})
	if err := c.Start(ctx, []scraper.Item{page("http://a.test/1"), page("http://a.test/2")}); err != nil {
		t.Fatal(err)
	}
	srv.Stop()
	restarted := make(chan struct{})
	go func() {
		defer close(restarted)
		time.Sleep(time.Second)
		srv.Restart()
	}()
	p := next(t, c) // retried until the server is back
	<-restarted
	if p != "page http://a.test/1" {
		t.Errorf("Next after a restart = %q", p)
	}

	short := open(t, srv.URL(), "k", shared.Options{RetryFor: time.Second})
	if err := short.Start(ctx, nil); err != nil {
		t.Fatal(err)
	}
	srv.Stop()
	start := time.Now()
	_, _, err := short.Add(ctx, page("http://a.test/3"))
	if !errors.Is(err, shared.ErrLost) {
		t.Fatalf("Add with Redis down = %v, want ErrLost", err)
	}
	if d := time.Since(start); d < time.Second || d > 10*time.Second {
		t.Errorf("gave up after %v, want about RetryFor (1s)", d)
	}
}

// A Redis that lost the crawl's state (restarted without persistence) is
// an error, not the end of the crawl.
func TestStateGone(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := t.Context()
	c := open(t, srv.URL(), "k", shared.Options{})
	if err := c.Start(ctx, []scraper.Item{page("http://a.test/1")}); err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	defer rdb.Close()
	if err := rdb.FlushAll(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Next(ctx); !errors.Is(err, shared.ErrGone) {
		t.Errorf("Next after FLUSHALL = %v, want ErrGone", err)
	}
	if _, _, err := c.Add(ctx, page("http://a.test/2")); !errors.Is(err, shared.ErrGone) {
		t.Errorf("Add after FLUSHALL = %v, want ErrGone", err)
	}
}

// A worker still waiting for the end of a crawl when the next one begins
// sees its crawl over, not its state gone.
func TestNextAfterNewGeneration(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx := t.Context()
	old := open(t, srv.URL(), "k", shared.Options{})
	if err := old.Start(ctx, []scraper.Item{page("http://a.test/")}); err != nil {
		t.Fatal(err)
	}
	p := next(t, old)
	if err := old.Done(ctx, p, true); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := old.Next(ctx); ok || err != nil {
		t.Fatalf("Next = %v, %v; want the end", ok, err)
	}
	fresh := open(t, srv.URL(), "k", shared.Options{})
	if err := fresh.Start(ctx, []scraper.Item{page("http://a.test/")}); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := old.Next(ctx); ok || err != nil {
		t.Errorf("Next of the old generation = %v, %v; want the end", ok, err)
	}
}

// The password goes in the URL; a wrong one is a clear error that does
// not show it.
func TestPassword(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{Password: "s3cret-pw"})
	c := open(t, srv.URL(), "k", shared.Options{})
	if err := c.Start(t.Context(), []scraper.Item{page("http://a.test/")}); err != nil {
		t.Fatal(err)
	}
	for _, raw := range []string{
		"redis://:wrong-pw@" + srv.Addr() + "/0",
		"redis://" + srv.Addr() + "/0",
	} {
		_, err := shared.Open(t.Context(), raw, "k", shared.Options{})
		if err == nil {
			t.Errorf("Open(%s) succeeded", raw)
			continue
		}
		if msg := err.Error(); strings.Contains(msg, "wrong-pw") || strings.Contains(msg, "unreachable") {
			t.Errorf("Open(%s) = %q: want an error that names the refusal, without the password", raw, msg)
		}
	}
}

// rediss:// reaches a Redis that speaks TLS only, with a password, when
// Options.CAFile names the CA of its certificate; without it, the
// certificate is refused (the system does not know the CA); a plain
// redis:// URL gets no answer it understands.
func TestTLS(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{TLS: true, Password: "tls-pw"})
	if !strings.HasPrefix(srv.URL(), "rediss://") {
		t.Fatalf("URL %s", srv.URL())
	}
	c := open(t, srv.URL(), "k", shared.Options{CAFile: srv.CAFile()})
	if err := c.Start(t.Context(), []scraper.Item{page("http://a.test/")}); err != nil {
		t.Fatal(err)
	}
	p, ok, err := c.Next(t.Context())
	if err != nil || !ok || !strings.Contains(p, "a.test") {
		t.Fatalf("Next over TLS: %q %v %v", p, ok, err)
	}

	if _, err := shared.Open(t.Context(), srv.URL(), "k", shared.Options{}); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Errorf("rediss:// without the CA: %v, want a certificate error", err)
	}
	plain := "redis://:tls-pw@" + srv.Addr() + "/0"
	if _, err := shared.Open(t.Context(), plain, "k", shared.Options{RetryFor: time.Second}); err == nil {
		t.Errorf("redis:// to a TLS port succeeded")
	}
	if _, err := shared.Open(t.Context(), plain, "k", shared.Options{CAFile: srv.CAFile()}); err == nil || !strings.Contains(err.Error(), "rediss://") {
		t.Errorf("a CA file with redis://: %v, want an error that asks for rediss://", err)
	}
}
