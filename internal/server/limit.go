package server

import (
	"context"
	"errors"
	"io"
	"sync/atomic"
	"time"
)

// errFull means no slot was free and the queue was full, or the wait for a
// slot was too long.
var errFull = errors.New("server: too many requests")

// limiter lets a fixed number of requests run at once, with a bounded queue
// of waiting ones.
type limiter struct {
	slots    chan struct{} // one value per running request
	orphans  chan struct{} // one value per cleaning whose request was answered
	waiting  atomic.Int64  // requests in the queue
	maxQueue int64
	maxWait  time.Duration
	metrics  *Metrics
}

func newLimiter(slots, queue int, maxWait time.Duration, m *Metrics) *limiter {
	return &limiter{slots: make(chan struct{}, slots), orphans: make(chan struct{}, slots), maxQueue: int64(queue), maxWait: maxWait, metrics: m}
}

// acquire takes a slot, waiting in the queue if needed. It returns errFull
// when the queue is full or the wait passes maxWait, and ctx's error when
// the client goes away. On success the caller must call release.
func (l *limiter) acquire(ctx context.Context) error {
	select {
	case l.slots <- struct{}{}:
		l.metrics.inFlight.Inc()
		return nil
	default:
	}
	if l.waiting.Add(1) > l.maxQueue {
		l.waiting.Add(-1)
		return errFull
	}
	l.metrics.queued.Inc()
	defer func() {
		l.waiting.Add(-1)
		l.metrics.queued.Dec()
	}()
	t := time.NewTimer(l.maxWait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		l.metrics.inFlight.Inc()
		return nil
	case <-t.C:
		return errFull
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *limiter) release() {
	<-l.slots
	l.metrics.inFlight.Dec()
}

// slot is a slot taken by one request, which the request may hand over
// to work that outlives it.
type slot struct {
	l    *limiter
	held bool
}

// take acquires a slot as acquire does.
func (l *limiter) take(ctx context.Context) (*slot, error) {
	if err := l.acquire(ctx); err != nil {
		return nil, err
	}
	return &slot{l: l, held: true}, nil
}

// release frees the slot unless it was handed over; it may be called more
// than once.
func (s *slot) release() {
	if s.held {
		s.held = false
		s.l.release()
	}
}

// detach is called when a request is answered while its work (a cleaning
// that cannot be stopped) goes on until done is closed. The work moves to
// the orphans, and the slot is freed at release, when there is room among
// them; otherwise the work keeps the slot until it ends. Either way, at
// most twice the slots of work run at once.
func (s *slot) detach(done <-chan struct{}) {
	select {
	case s.l.orphans <- struct{}{}:
		go func() {
			<-done
			<-s.l.orphans
		}()
	default:
		s.held = false
		go func() {
			<-done
			s.l.release()
		}()
	}
}

// budget caps the bytes of request bodies held at once: read and waiting,
// or being cleaned. Bodies are read before a request waits for a slot, so
// without it many clients sending large bodies at once would hold them all
// in memory.
type budget struct {
	max  int64
	used atomic.Int64
}

// take reserves n bytes; it reports false, reserving nothing, when that
// would pass the cap.
func (b *budget) take(n int64) bool {
	if b.used.Add(n) > b.max {
		b.used.Add(-n)
		return false
	}
	return true
}

func (b *budget) give(n int64) { b.used.Add(-n) }

// budgetReader reads a body, reserving each byte read from a budget;
// a read that would pass the budget fails with errFull. The caller gives
// back held bytes when done with the body.
type budgetReader struct {
	r    io.Reader
	b    *budget
	held int64
}

func (br *budgetReader) Read(p []byte) (int, error) {
	n, err := br.r.Read(p)
	if n > 0 {
		if !br.b.take(int64(n)) {
			return 0, errFull
		}
		br.held += int64(n)
	}
	return n, err
}
