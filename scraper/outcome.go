package scraper

import (
	"net/url"
	"slices"
)

// hostOutcome is what became of the requests to one seed host.
type hostOutcome struct {
	answered bool   // a page, sitemap or feed request was answered
	reason   string // the first failure, if any
}

// hostAnswered records that u's host answered a request (2xx, 3xx, 304,
// or content skipped as not HTML).
func (r *run) hostAnswered(u *url.URL) {
	r.mu.Lock()
	if o, ok := r.outcomes[hostKey(u.Host)]; ok {
		o.answered = true
	}
	r.mu.Unlock()
}

// hostFailed records why a request to u's host failed.
func (r *run) hostFailed(u *url.URL, reason string) {
	r.mu.Lock()
	if o, ok := r.outcomes[hostKey(u.Host)]; ok && o.reason == "" {
		o.reason = reason
	}
	r.mu.Unlock()
}

// failedHosts returns the seed hosts that failed and never answered,
// sorted.
func (r *run) failedHosts() []HostFailure {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []HostFailure
	for h, o := range r.outcomes {
		if !o.answered && o.reason != "" {
			out = append(out, HostFailure{Host: h, Reason: o.reason})
		}
	}
	slices.SortFunc(out, func(a, b HostFailure) int {
		switch {
		case a.Host < b.Host:
			return -1
		case a.Host > b.Host:
			return 1
		}
		return 0
	})
	return out
}
