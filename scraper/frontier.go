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
	url   string
	depth int
	kind  kind
	seed  bool
}

// frontier is the queue of a crawl, first in first out. Workers take tasks
// with next and report them finished with done; next reports the end when
// the queue is empty and no task is in progress (none can add more).
type frontier struct {
	mu     sync.Mutex    // guards the fields below
	queue  []task        // queue[head:] are waiting
	head   int           // index of the next task
	active int           // tasks taken and not done
	ended  bool          // the crawl is over
	wake   chan struct{} // closed (and replaced) when a task is added or done
}

func newFrontier() *frontier {
	return &frontier{wake: make(chan struct{})}
}

// push adds a task.
func (f *frontier) push(t task) {
	f.mu.Lock()
	f.queue = append(f.queue, t)
	f.signal()
	f.mu.Unlock()
}

// signal wakes the waiting workers; f.mu is held.
func (f *frontier) signal() {
	close(f.wake)
	f.wake = make(chan struct{})
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
		if f.head < len(f.queue) {
			t := f.queue[f.head]
			f.queue[f.head] = task{}
			f.head++
			if f.head >= 1024 && f.head*2 >= len(f.queue) {
				// Drop the consumed front so the queue does not grow
				// without bound.
				n := copy(f.queue, f.queue[f.head:])
				f.queue = f.queue[:n:n]
				f.head = 0
			}
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
	return len(f.queue) - f.head
}
