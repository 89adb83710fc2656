package store

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path"
	"strings"
)

const (
	stateDir    = ".pith"
	stateDBName = ".pith/state.db"

	maxHostLen = 100
	maxSlugLen = 60
	hashLen    = 16 // hex digits of SHA-256 in a file name
)

// Path returns where the article with canonical URL rawURL is stored,
// relative to the out dir and slash-separated: "<host>/<slug>-<hash>.json".
//
// The host directory is the URL's host, lower-cased, with a non-default port
// appended after "_" and every character outside [a-z0-9.-] replaced; the
// slug comes from the last path segment; the hash is of the whole URL, so two
// URLs never share a file. The result is always a local path of exactly two
// elements, neither of which starts with a dot, whatever rawURL holds.
func Path(rawURL string) string {
	sum := sha256.Sum256([]byte(rawURL))
	hash := hex.EncodeToString(sum[:])[:hashLen]
	host, slug := "_", "index"
	if u, err := url.Parse(rawURL); err == nil {
		host = hostDir(u)
		slug = slugOf(u)
	}
	return host + "/" + slug + "-" + hash + ".json"
}

// hostDir turns the URL's host into a directory name.
func hostDir(u *url.URL) string {
	h := strings.ToLower(u.Hostname())
	if p := u.Port(); p != "" {
		h += "_" + p
	}
	h = sanitize(h, func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-'
	}, '_')
	h = strings.Trim(h, ".")
	if len(h) > maxHostLen {
		h = strings.TrimRight(h[:maxHostLen], ".")
	}
	if h == "" {
		return "_"
	}
	return h
}

// slugOf makes a readable name from the last segment of the URL's path.
func slugOf(u *url.URL) string {
	seg := path.Base(strings.TrimRight(u.Path, "/"))
	if i := strings.LastIndexByte(seg, '.'); i > 0 && len(seg)-i <= 6 {
		seg = seg[:i] // drop an extension such as .html
	}
	seg = sanitize(strings.ToLower(seg), func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
	}, '-')
	var b strings.Builder
	for _, r := range seg {
		if r == '-' && (b.Len() == 0 || strings.HasSuffix(b.String(), "-")) {
			continue
		}
		b.WriteRune(r)
	}
	s := b.String()
	if len(s) > maxSlugLen {
		s = s[:maxSlugLen]
	}
	s = strings.Trim(s, "-")
	if s == "" {
		return "index"
	}
	return s
}

// sanitize replaces every rune of s for which ok is false with repl.
func sanitize(s string, ok func(rune) bool, repl rune) string {
	return strings.Map(func(r rune) rune {
		if ok(r) {
			return r
		}
		return repl
	}, s)
}

// tmpDir, dbName and snapName are the temporary files' directory, the
// state database and its snapshot, in d's state directory.
func (d *Dir) tmpDir() string   { return d.state + "/tmp" }
func (d *Dir) dbName() string   { return d.state + "/state.db" }
func (d *Dir) snapName() string { return d.state + "/index.db" }
