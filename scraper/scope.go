package scraper

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// scope decides which URLs a crawl follows. It is immutable once built.
type scope struct {
	kind  Scope
	seeds []seedScope
}

type seedScope struct {
	host   string // host[:port], lower case, without a leading "www."
	domain string // registrable domain, no port
	// dir and exact are the path prefix and the exact path that ScopePrefix
	// accepts.
	dir, exact string
}

func newScope(kind Scope, seeds []*url.URL) *scope {
	s := &scope{kind: kind}
	for _, u := range seeds {
		s.seeds = append(s.seeds, seedScope{
			host:   hostKey(u.Host),
			domain: registrableDomain(u.Hostname()),
			dir:    prefixDir(u.Path),
			exact:  u.Path,
		})
	}
	return s
}

// contains reports whether u (canonical) may be followed.
func (s *scope) contains(u *url.URL) bool {
	host := hostKey(u.Host)
	for _, sd := range s.seeds {
		switch s.kind {
		case ScopeHost:
			if host == sd.host {
				return true
			}
		case ScopeDomain:
			if registrableDomain(u.Hostname()) == sd.domain {
				return true
			}
		case ScopePrefix:
			if host == sd.host && (u.Path == sd.exact || strings.HasPrefix(u.Path, sd.dir)) {
				return true
			}
		}
	}
	return false
}

// sameSite reports whether u is in a seed's registrable domain: where
// sitemaps and feeds may be fetched from, whatever the scope.
func (s *scope) sameSite(u *url.URL) bool {
	d := registrableDomain(u.Hostname())
	for _, sd := range s.seeds {
		if d == sd.domain {
			return true
		}
	}
	return false
}

// hostKey is the host compared by ScopeHost: lower case, port kept, a
// leading "www." dropped.
func hostKey(host string) string {
	return strings.TrimPrefix(strings.ToLower(host), "www.")
}

// registrableDomain returns the public suffix plus one label of host
// ("example.co.uk" for "news.example.co.uk"), or host itself for an IP
// address, a single label or a public suffix.
func registrableDomain(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if net.ParseIP(host) != nil || !strings.Contains(host, ".") {
		return host
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return d
}

// prefixDir returns the path prefix that ScopePrefix accepts for a seed
// path: the path itself when it ends in "/", its directory when its last
// segment looks like a file ("index.html"), else the path plus "/".
func prefixDir(p string) string {
	if p == "" {
		return "/"
	}
	if strings.HasSuffix(p, "/") {
		return p
	}
	i := strings.LastIndexByte(p, '/')
	if strings.Contains(p[i+1:], ".") {
		return p[:i+1]
	}
	return p + "/"
}
