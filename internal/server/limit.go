package server

import (
	"context"
	"errors"
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
	waiting  atomic.Int64  // requests in the queue
	maxQueue int64
	maxWait  time.Duration
	metrics  *Metrics
}

func newLimiter(slots, queue int, maxWait time.Duration, m *Metrics) *limiter {
	return &limiter{slots: make(chan struct{}, slots), maxQueue: int64(queue), maxWait: maxWait, metrics: m}
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
