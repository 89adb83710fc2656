package scraper

import (
	"net/url"
	"strings"

	"github.com/pith-news/pith/internal/machinery/urlcanon"
)

// Canonicalize returns the canonical form of an absolute URL, the key under
// which pith deduplicates pages: the fragment, user info and tracking
// parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, …) dropped, the scheme
// and host lower-cased, a trailing dot of the host and a default port (80
// for http, 443 for https) dropped, an empty path made "/", dot segments
// removed, percent-encoding normalised and the query sorted by key.
// Session ids (sid, sessionid, jsessionid, phpsessid, …) are dropped like
// tracking parameters. u is not modified.
func Canonicalize(u *url.URL) *url.URL {
	return urlcanon.Canonicalize(u)
}

// parseLink resolves ref against base and returns its canonical form, or nil
// when ref is empty, not http(s) or malformed.
func parseLink(base *url.URL, ref string) *url.URL {
	r := parseRaw(base, ref)
	if r == nil {
		return nil
	}
	return Canonicalize(r)
}

// parseRaw resolves ref against base and returns it as the site wrote it
// (but for its fragment and its tracking and session parameters), or nil when ref is empty, not http(s) or
// malformed. It is what is fetched and checked against robots.txt; its
// canonical form is only for telling URLs apart.
func parseRaw(base *url.URL, ref string) *url.URL {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return nil
	}
	r, err := url.Parse(ref)
	if err != nil {
		return nil
	}
	if base != nil {
		r = base.ResolveReference(r)
	}
	if r.Scheme != "http" && r.Scheme != "https" || r.Host == "" {
		return nil
	}
	return urlcanon.StripTracking(r)
}
