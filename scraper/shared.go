package scraper

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Shared keeps the state of a crawl that several processes run together:
// the frontier, the seen set, robots.txt and the politeness of each host.
// Config.Shared nil keeps all of it in the process, for a crawl of one
// process; internal/shared keeps it in Redis. Its methods are called
// concurrently. An error they return stops the crawl: Run returns it.
type Shared interface {
	// Start begins the crawl with the seeds, or joins it when another
	// process runs it or a run of it was interrupted (it resumes then).
	Start(ctx context.Context, seeds []Item) error
	// Add marks the canonical URL it.URL as seen and, when it was not
	// seen before, queues it. It reports whether it.URL was new and
	// whether it was queued (a full queue drops an item with a Limit).
	Add(ctx context.Context, it Item) (isNew, queued bool, err error)
	// See marks the canonical URL url as seen and reports whether it was
	// new.
	See(ctx context.Context, url string) (bool, error)
	// Next claims the next item for this process, waiting while nothing
	// is queued but some items are claimed by a process (which may queue
	// more). It returns false when the crawl is over: nothing queued and
	// nothing claimed.
	Next(ctx context.Context) (payload string, ok bool, err error)
	// Done ends the claim on an item Next returned: finished, or given
	// back to the queue for another process to take.
	Done(ctx context.Context, payload string, finished bool) error
	// Take counts one page against the crawl's cap of max pages (MaxPages),
	// for all the processes, and reports whether it was under the cap. A
	// page fetched again after its process died counts again.
	Take(ctx context.Context, max int) (bool, error)
	// Len returns the number of items queued.
	Len(ctx context.Context) (int, error)
	// Turn waits for a turn at host (scheme://host:port) among all the
	// processes: fewer than parallel requests in flight to it, and the
	// pause the previous start asked for over. pause is the wait this
	// start asks of the next one. release ends the turn.
	Turn(ctx context.Context, host string, parallel int, pause time.Duration) (release func(), err error)
	// HoldOff keeps every request to host waiting until t (a
	// Retry-After, a Crawl-delay).
	HoldOff(ctx context.Context, host string, t time.Time) error
	// Robots returns host's robots.txt as fetched once for all the
	// processes: the first to ask fetches it through fetch, the others
	// wait for its answer.
	Robots(ctx context.Context, host string, fetch func(context.Context) (RobotsFile, error)) (RobotsFile, error)
}

// Item is a URL for Shared.Add.
type Item struct {
	// URL is the canonical URL: the key of the seen set.
	URL string
	// Payload is what Next returns for the item.
	Payload string
	// Queue is the queue it goes to.
	Queue Queue
	// Limit drops the item when its queue already holds that many; 0
	// never drops it.
	Limit int
}

// Queue names the queues of a frontier: Next takes from QueueFirst
// first, then from QueueDocs when fewer than LowWater items wait in
// QueuePages (sitemaps and feeds are read lazily), then from QueuePages,
// then from QueueDocs.
type Queue int

const (
	QueuePages Queue = iota // HTML pages
	QueueDocs               // robots.txt, sitemaps, feeds
	QueueFirst              // a seed's robots.txt, sitemap or feed
)

// LowWater is the number of pages waiting under which a sitemap or feed
// is read; see Queue.
const LowWater = lowWater

// RobotsFile is what became of a host's robots.txt, as Shared keeps it.
type RobotsFile struct {
	// Body is robots.txt as fetched: empty when there is none (a 4xx), which
	// allows everything.
	Body []byte `json:"body,omitempty"`
	// Failure says why robots.txt could not be had (a 5xx, a 429, a network
	// error), which disallows the host; "" when it was read or missing.
	Failure string `json:"failure,omitempty"`
}

// errSharedTask is the error of a payload that does not decode.
var errSharedTask = errors.New("scraper: bad shared task")

// encodeTask writes t as a payload: "kind depth seed url raw", the fields
// separated by spaces (URLs hold none: they are escaped).
func encodeTask(t task) string {
	seed := "0"
	if t.seed {
		seed = "1"
	}
	s := strconv.Itoa(int(t.kind)) + " " + strconv.Itoa(t.depth) + " " + seed + " " + t.url
	if t.raw != "" {
		s += " " + t.raw
	}
	return s
}

// decodeTask reads a payload written by encodeTask.
func decodeTask(p string) (task, error) {
	f := strings.Split(p, " ")
	if len(f) < 4 || len(f) > 5 {
		return task{}, fmt.Errorf("%w: %q", errSharedTask, truncate(p, 100))
	}
	k, err1 := strconv.Atoi(f[0])
	depth, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil || k < int(kindPage) || k > int(kindRobots) || depth < 0 || f[3] == "" {
		return task{}, fmt.Errorf("%w: %q", errSharedTask, truncate(p, 100))
	}
	t := task{kind: kind(k), depth: depth, seed: f[2] == "1", url: f[3]}
	if len(f) == 5 {
		t.raw = f[4]
	}
	return t, nil
}

// sharedItem is the Item of a task.
func sharedItem(t task) Item {
	it := Item{URL: t.url, Payload: encodeTask(t), Queue: QueuePages, Limit: maxPagesQueued}
	if t.kind != kindPage {
		it.Queue, it.Limit = QueueDocs, maxDocsQueued
	}
	if t.seed {
		it.Limit = 0
		if t.kind != kindPage {
			it.Queue = QueueFirst
		}
	}
	return it
}

// sharedFailed stops the run after an error of the shared state: the
// first one is what Run returns.
func (r *run) sharedFailed(err error) {
	if err == nil || r.sharedCtx.Err() != nil {
		return // cancelled, or stopped already
	}
	r.mu.Lock()
	if r.sharedErr == nil {
		r.sharedErr = err
		r.cfg.Logger.Error("shared crawl state failed: stopping", "err", err)
	}
	r.mu.Unlock()
	r.cancel(err)
}

// workShared takes tasks from the shared frontier until the crawl is over.
func (r *run) workShared(ctx context.Context) {
	for {
		p, ok, err := r.cfg.Shared.Next(ctx)
		if err != nil {
			r.sharedFailed(err)
			return
		}
		if !ok {
			return
		}
		t, err := decodeTask(p)
		if err != nil {
			r.count(func(s *Stats) { s.Errors++ })
			r.cfg.Logger.Warn("bad task in the shared frontier: dropped", "err", err)
		} else {
			r.process(ctx, t)
		}
		// A task cut short by a cancel goes back to the queue, for the
		// next run or another process.
		finished := ctx.Err() == nil
		if err := r.cfg.Shared.Done(context.WithoutCancel(ctx), p, finished); err != nil {
			r.sharedFailed(err)
			return
		}
		if !finished {
			return
		}
		r.progress()
	}
}

// pushShared queues t in the shared frontier; seen says whether its URL
// was new.
func (r *run) pushShared(t task) (isNew, queued bool) {
	isNew, queued, err := r.cfg.Shared.Add(r.sharedCtx, sharedItem(t))
	if err != nil {
		r.sharedFailed(err)
		return false, false
	}
	return isNew, queued
}

// seeShared marks u as seen in the shared seen set.
func (r *run) seeShared(u string) bool {
	isNew, err := r.cfg.Shared.See(r.sharedCtx, u)
	if err != nil {
		r.sharedFailed(err)
		return false
	}
	return isNew
}

// queuedShared returns the number of tasks queued in the shared frontier,
// or 0 when it cannot be had.
func (r *run) queuedShared() int {
	n, err := r.cfg.Shared.Len(r.sharedCtx)
	if err != nil {
		return 0 // Redis away: the progress line shows nothing queued
	}
	return n
}

// turnShared waits for a turn at h's host among all the processes.
func (f *fetcher) turnShared(ctx context.Context, key string, h *host) (func(), error) {
	h.mu.Lock()
	paused, delay := h.paused, h.delay
	h.mu.Unlock()
	if paused != "" {
		return nil, fmt.Errorf("%w: %s", errHostPaused, paused)
	}
	release, err := f.cfg.Shared.Turn(ctx, key, h.parallel, f.pause(delay))
	if err != nil && ctx.Err() == nil {
		f.run.sharedFailed(err)
	}
	return release, err
}

// holdOffShared keeps every process's requests to key waiting until t.
func (f *fetcher) holdOffShared(key string, t time.Time) {
	if err := f.cfg.Shared.HoldOff(f.run.sharedCtx, key, t); err != nil {
		f.run.sharedFailed(err)
	}
}
