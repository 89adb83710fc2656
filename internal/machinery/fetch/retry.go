package fetch

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Retry is the retry policy of pith's requests: a network error (see
// Retryable), a 429 or a 5xx other than 501 is tried
// again, after a backoff that doubles from Wait up to MaxRetryWait with
// ±50% jitter, or after the answer's Retry-After if that is longer. An
// answer asking to wait more than MaxRetryAfter is not retried.
type Retry struct {
	// Max is the number of retries after the first attempt; 0 means none.
	Max int
	// Wait is the backoff before the first retry; 0 means 1s.
	Wait time.Duration
	// Turn, if set, is called before each attempt and may wait (for a
	// host's politeness); the attempt runs between it and release.
	Turn func(ctx context.Context) (release func(), err error)
	// HoldOff, if set, is told when an answer's Retry-After ends, so that
	// other requests to the host wait too.
	HoldOff func(until time.Time)
	// OnAttempt, if set, is called before each attempt; retry says it is
	// not the first.
	OnAttempt func(retry bool)
	// OnRetry, if set, is called before the wait for each retry.
	OnRetry func(attempt int, wait time.Duration, resp *http.Response, err error)
}

const (
	defaultRetryWait = time.Second
	// MaxRetryWait caps the backoff between two attempts.
	MaxRetryWait = 30 * time.Second
	// MaxRetryAfter is the longest Retry-After honoured; a server asking
	// for more gets no retry.
	MaxRetryAfter = 5 * time.Minute
)

// Do calls attempt until its answer is not worth retrying or the retries
// are spent, and returns the last answer. When ctx is done it returns no
// answer, and the attempt's error or else ctx.Err().
func Do[T any](ctx context.Context, p Retry, attempt func(ctx context.Context) (*http.Response, T, error)) (*http.Response, T, error) {
	var zero T
	for n := 0; ; n++ {
		release := func() {}
		if p.Turn != nil {
			r, err := p.Turn(ctx)
			if err != nil {
				return nil, zero, err
			}
			release = r
		}
		if p.OnAttempt != nil {
			p.OnAttempt(n > 0)
		}
		resp, v, err := attempt(ctx)
		release()
		if ctx.Err() != nil {
			if err == nil {
				err = ctx.Err()
			}
			return nil, zero, err
		}
		if !Retryable(resp, err) || n >= p.Max {
			return resp, v, err
		}
		wait := p.backoff(n)
		if resp != nil {
			if ra, ok := RetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
				if ra > MaxRetryAfter {
					return resp, v, err
				}
				wait = max(wait, ra)
				if p.HoldOff != nil {
					p.HoldOff(time.Now().Add(ra))
				}
			}
		}
		if p.OnRetry != nil {
			p.OnRetry(n+1, wait, resp, err)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, zero, ctx.Err()
		case <-t.C:
		}
	}
}

// Retryable reports whether an attempt failed in a way worth retrying: a
// network error (not a cancellation, nor one of this package's errors),
// 429, or a 5xx other than 501.
func Retryable(resp *http.Response, err error) bool {
	if err != nil {
		return !errors.Is(err, context.Canceled) && !errors.Is(err, ErrNotHTML) &&
			!errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrBadURL) && !errors.Is(err, ErrTooManyRedirects)
	}
	return resp.StatusCode == http.StatusTooManyRequests ||
		resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented
}

// backoff returns the wait before retry number attempt+1: Wait doubled
// per attempt, up to MaxRetryWait, with ±50% jitter.
func (p Retry) backoff(attempt int) time.Duration {
	base := p.Wait
	if base == 0 {
		base = defaultRetryWait
	}
	d := base << min(attempt, 16)
	if d <= 0 || d > MaxRetryWait {
		d = MaxRetryWait
	}
	return d/2 + rand.N(d+1)
}

// RetryAfter parses a Retry-After header: delay-seconds or an HTTP date.
func RetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(min(n, 1<<20)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
