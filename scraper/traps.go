package scraper

import (
	"net/url"
	"strings"

	"github.com/pith-news/pith/internal/machinery/quickre"
)

// MaxURLLength is the longest URL a crawl follows, in bytes of its
// canonical form; a longer one is skipped with a warning. It is above the
// longest URL of Google's robots.txt conformance cases (16,673 bytes) and
// well under the state database's key limit (32 KiB).
const MaxURLLength = 20_000

// Trap heuristics: the signs of a spider trap, an endless space of URLs
// that a site (by design or by bug) links from page to page.
const (
	// maxSegmentRepeats is how many times one path segment may appear in
	// a path: /a/a/a/ and /x/y/x/y/x/y/ are traps (relative links that
	// keep adding a directory).
	maxSegmentRepeats = 2
	// maxCalendarValues is how many values one calendar-like query
	// parameter of one path may take (/cal?month=N linking to N+1, a
	// calendar whose "next" link never ends).
	maxCalendarValues = 1000
	// defaultMaxPagesPerHost is the page budget of one host in a run.
	defaultMaxPagesPerHost = 100_000
)

// Reasons a URL is taken for a trap.
const (
	trapLength   = "URL too long"
	trapRepeat   = "path segment repeated"
	trapCalendar = "calendar parameter counting on"
)

// calendarParams are query parameters that page through dates.
var calendarParams = map[string]bool{
	"cal": true, "calendar": true, "date": true, "day": true, "month": true,
	"year": true, "week": true, "ym": true, "ymd": true, "yearmonth": true,
}

// dateValue matches a query value that is a date: 2024-05, 202405,
// 2024-05-31, 20240531.
var dateValue = quickre.MustCompile(`^\d{4}-?\d{2}(-?\d{2})?$`)

// trap says why the canonical URL u looks like a spider trap, or returns
// "". It records the calendar values it sees (at most maxCalendarValues
// per parameter of a path); r.mu is not held.
func (r *run) trap(u *url.URL, s string) string {
	if len(s) > MaxURLLength {
		return trapLength
	}
	if repeatedSegment(u.Path) {
		return trapRepeat
	}
	if u.RawQuery == "" {
		return ""
	}
	for _, pair := range strings.Split(u.RawQuery, "&") {
		k, v, _ := strings.Cut(pair, "=")
		k = strings.ToLower(k)
		if !calendarParams[k] && !dateValue.MatchString(v) {
			continue
		}
		key := hostKey(u.Host) + u.EscapedPath() + "?" + k
		r.mu.Lock()
		vals := r.calendar[key]
		if vals == nil {
			vals = make(map[string]struct{})
			r.calendar[key] = vals
		}
		_, known := vals[v]
		full := !known && len(vals) >= maxCalendarValues
		if !known && !full {
			vals[v] = struct{}{}
		}
		r.mu.Unlock()
		if full {
			return trapCalendar
		}
	}
	return ""
}

// repeatedSegment reports whether a path segment appears more than
// maxSegmentRepeats times in p.
func repeatedSegment(p string) bool {
	segs := strings.Split(strings.Trim(p, "/"), "/")
	if len(segs) <= maxSegmentRepeats {
		return false
	}
	counts := make(map[string]int, len(segs))
	for _, s := range segs {
		if s == "" {
			continue
		}
		counts[s]++
		if counts[s] > maxSegmentRepeats {
			return true
		}
	}
	return false
}

// warnOnce logs msg at Warn the first time it is said under key (a host,
// a host and a reason), and at Debug afterwards, so that a trap or a full
// queue is told once.
func (r *run) warnOnce(key, msg string, args ...any) {
	key += "\x00" + msg
	r.mu.Lock()
	seen := r.warned[key]
	r.warned[key] = true
	r.mu.Unlock()
	if seen {
		r.cfg.Logger.Debug(msg, args...)
		return
	}
	r.cfg.Logger.Warn(msg, args...)
}
