package urlcanon

import (
	"net"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that only track a visit; Canonicalize
// drops them. Keys are lower case; any key starting with "utm_" is dropped
// too.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true,
	"gbraid": true, "wbraid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "twclid": true,
	"ttclid": true, "li_fat_id": true, "_ga": true, "_gl": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "oly_anon_id": true,
	"oly_enc_id": true, "vero_id": true, "wickedid": true, "ocid": true,
	"ncid": true, "cmpid": true, "smid": true, "sr_share": true,
	"at_medium": true, "at_campaign": true, "spm": true,
}

// sessionParams are query parameters that carry a session id: a site that
// puts a new one in every link would otherwise offer the same pages under
// endless new URLs. Canonicalize drops them. Keys are lower case; any key
// starting with "aspsessionid" is dropped too. "sid" is also a story id on
// some sites (PHP-Nuke, Slashdot), so it is dropped only when its value
// looks like a session token (see isToken).
var sessionParams = map[string]bool{
	"sessionid": true, "session_id": true, "sessid": true,
	"jsessionid": true, "phpsessid": true, "cfid": true, "cftoken": true,
	"zenid": true, "oscsid": true,
}

// isTrackingParam reports whether a query pair only tracks a visit or
// carries a session id.
func isTrackingParam(key, value string) bool {
	k := strings.ToLower(key)
	switch {
	case strings.HasPrefix(k, "utm_"), strings.HasPrefix(k, "aspsessionid"), trackingParams[k], sessionParams[k]:
		return true
	case k == "sid":
		return isToken(value)
	}
	return false
}

// isToken reports whether v looks like a random session token: at least 16
// letters and digits, with both.
func isToken(v string) bool {
	if len(v) < 16 {
		return false
	}
	letters, digits := false, false
	for _, c := range []byte(v) {
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters = true
		default:
			return false
		}
	}
	return letters && digits
}

// dropPathSession removes a ";jsessionid=…" (or ";phpsessid=…", ";sid=…")
// parameter from the last segment of a path.
func dropPathSession(p string) string {
	i := strings.LastIndexByte(p, ';')
	if i < 0 || strings.IndexByte(p[i:], '/') >= 0 {
		return p
	}
	key, value, _ := strings.Cut(p[i+1:], "=")
	if !isTrackingParam(key, value) {
		return p
	}
	return p[:i]
}

// Canonicalize returns the canonical form of an absolute URL, the key under
// which pith deduplicates pages: the fragment, user info and tracking
// parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, …) dropped, the scheme
// and host lower-cased, a trailing dot of the host and a default port (80
// for http, 443 for https) dropped, an empty path made "/", dot segments
// removed, percent-encoding normalised and the query sorted by key. u is
// not modified.
func Canonicalize(u *url.URL) *url.URL {
	c := *u
	c.User = nil
	c.Fragment, c.RawFragment = "", ""
	c.Scheme = strings.ToLower(c.Scheme)
	c.Host = canonicalHost(c.Scheme, c.Host)
	c.Opaque = ""
	if c.Path == "" {
		c.Path, c.RawPath = "/", ""
	}
	if strings.Contains(c.Path, ";") {
		if p := dropPathSession(c.Path); p != c.Path {
			c.Path, c.RawPath = p, ""
		}
	}
	if strings.Contains(c.Path, "/.") {
		c.Path = removeDotSegments(c.Path)
		c.RawPath = ""
	}
	// Let net/url encode the path its own way (upper-case hex, unreserved
	// characters unescaped) unless the raw path escapes a slash, which
	// would change the path's meaning.
	if c.RawPath != "" && !strings.Contains(strings.ToLower(c.RawPath), "%2f") {
		c.RawPath = ""
	}
	c.RawQuery = canonicalQuery(c.RawQuery)
	c.ForceQuery = false
	return &c
}

// StripTracking returns u without its fragment and its tracking and
// session parameters (those Canonicalize drops), everything else as
// written: the order of the query, its encoding and the path's. It is the
// URL a crawler fetches and checks against robots.txt, where the canonical
// form only tells URLs apart. u is not modified.
func StripTracking(u *url.URL) *url.URL {
	c := *u
	c.Fragment, c.RawFragment = "", ""
	if strings.Contains(c.Path, ";") {
		if p := dropPathSession(c.Path); p != c.Path {
			c.Path, c.RawPath = p, ""
		}
	}
	if c.RawQuery != "" {
		parts := strings.Split(c.RawQuery, "&")
		kept := parts[:0]
		for _, p := range parts {
			key, value, _ := strings.Cut(p, "=")
			if k, err := url.QueryUnescape(key); err == nil {
				key = k
			}
			if !isTrackingParam(key, value) {
				kept = append(kept, p)
			}
		}
		if len(kept) != len(parts) {
			c.RawQuery = strings.Join(kept, "&")
		}
	}
	return &c
}

// canonicalHost lower-cases host, drops its trailing dot and the scheme's
// default port.
func canonicalHost(scheme, host string) string {
	host = strings.ToLower(host)
	h, port, err := net.SplitHostPort(host)
	if err != nil {
		// No port (or a malformed one, left as it is).
		return strings.TrimRight(host, ".")
	}
	h = strings.TrimRight(h, ".")
	if port == "" || scheme == "http" && port == "80" || scheme == "https" && port == "443" {
		if strings.Contains(h, ":") {
			return "[" + h + "]"
		}
		return h
	}
	return net.JoinHostPort(h, port)
}

// canonicalQuery drops tracking parameters and sorts the rest by key (a
// stable sort, so repeated keys keep their order). Pairs are kept as
// written, so their encoding is not changed.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	parts := strings.Split(raw, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		key, value, _ := strings.Cut(p, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if isTrackingParam(key, value) {
			continue
		}
		kept = append(kept, p)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		ki, _, _ := strings.Cut(kept[i], "=")
		kj, _, _ := strings.Cut(kept[j], "=")
		return ki < kj
	})
	return strings.Join(kept, "&")
}

// removeDotSegments removes "." and ".." segments from an absolute path
// (RFC 3986 section 5.2.4), keeping a trailing slash.
func removeDotSegments(p string) string {
	segs := strings.Split(p, "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	r := strings.Join(out, "/")
	if !strings.HasPrefix(r, "/") {
		r = "/" + r
	}
	return r
}
