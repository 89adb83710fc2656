package scraper

import (
	"context"
	"sync"
)

// Kinds of URL a crawl fetches.
type kind uint8

const (
	kindPage    kind = iota
	kindSitemap      // a sitemap or sitemap index
	kindProbe        // /sitemap.xml, tried without being named: a 404 is no error
	kindFeed         // an RSS or Atom feed
	kindRobots       // robots.txt of a seed host, read for its Sitemap lines
)

// task is a URL waiting to be fetched. The URL is kept as a string, the
// smallest form, and parsed again when fetched.
type task struct {
	url   string // canonical: the key of the visited set and the store
	raw   string // as the site wrote it, when not url: what is fetched
	depth int
	kind  kind
	seed  bool
}

// Bounds of the frontier. Sitemaps and feeds are read lazily: one is
// fetched only when fewer than lowWater pages wait, so a sitemap index that
// announces millions of URLs is read a sitemap at a time as the crawl
// drains it, and the queue holds at most about lowWater plus one sitemap's
// URLs (maxSitemapURLs). maxPagesQueued and maxDocsQueued are hard caps:
// a URL found beyond them is dropped, and counted.
const (
	lowWater       = 10_000
	maxPagesQueued = 200_000
	maxDocsQueued  = 50_000
)

// frontier is the queue of a crawl: pages first in first out, and the
// sitemaps, feeds and robots.txt files in a queue of their own that is
// read when few pages wait. Workers take tasks with next and report them
// finished with done; next reports the end when both queues are empty and
// no task is in progress (none can add more).
type frontier struct {
	mu     sync.Mutex    // guards the fields below
	pages  queue         // HTML pages
	docs   queue         // robots.txt, sitemaps, feeds
	active int           // tasks taken and not done
	ended  bool          // the crawl is over
	wake   chan struct{} // closed (and replaced) when a task is added or done
}

func newFrontier() *frontier {
	return &frontier{wake: make(chan struct{})}
}

// push adds a task; it reports false when its queue is full and the task
// was dropped. Seeds are never dropped.
func (f *frontier) push(t task) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	q, limit := &f.pages, maxPagesQueued
	if t.kind != kindPage {
		q, limit = &f.docs, maxDocsQueued
	}
	if q.len() >= limit && !t.seed {
		return false
	}
	q.push(t)
	f.signal()
	return true
}

// signal wakes the waiting workers; f.mu is held.
func (f *frontier) signal() {
	close(f.wake)
	f.wake = make(chan struct{})
}

// take returns the next task to run, if any; f.mu is held. A sitemap or
// feed goes first only when few pages wait.
func (f *frontier) take() (task, bool) {
	if f.docs.len() > 0 && (f.pages.len() < lowWater || f.docs.peek().seed) {
		return f.docs.pop(), true
	}
	if f.pages.len() > 0 {
		return f.pages.pop(), true
	}
	if f.docs.len() > 0 {
		return f.docs.pop(), true
	}
	return task{}, false
}

// next returns the next task, waiting for one while others are in
// progress. It returns false when the crawl is over or ctx is done.
func (f *frontier) next(ctx context.Context) (task, bool) {
	for {
		if ctx.Err() != nil {
			return task{}, false
		}
		f.mu.Lock()
		if f.ended {
			f.mu.Unlock()
			return task{}, false
		}
		if t, ok := f.take(); ok {
			f.active++
			f.mu.Unlock()
			return t, true
		}
		if f.active == 0 {
			f.ended = true
			f.signal()
			f.mu.Unlock()
			return task{}, false
		}
		wake := f.wake
		f.mu.Unlock()
		select {
		case <-ctx.Done():
			return task{}, false
		case <-wake:
		}
	}
}

// done reports a task taken with next as finished.
func (f *frontier) done() {
	f.mu.Lock()
	f.active--
	f.signal()
	f.mu.Unlock()
}

// len returns the number of tasks waiting.
func (f *frontier) len() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.pages.len() + f.docs.len()
}

// queue is a first-in first-out list of tasks.
type queue struct {
	items []task // items[head:] are waiting
	head  int
}

func (q *queue) len() int    { return len(q.items) - q.head }
func (q *queue) push(t task) { q.items = append(q.items, t) }
func (q *queue) peek() task  { return q.items[q.head] }

func (q *queue) pop() task {
	t := q.items[q.head]
	q.items[q.head] = task{}
	q.head++
	if q.head >= 1024 && q.head*2 >= len(q.items) {
		// Drop the consumed front so the queue does not grow without
		// bound.
		n := copy(q.items, q.items[q.head:])
		q.items = q.items[:n:n]
		q.head = 0
	}
	return t
}
