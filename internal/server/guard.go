package server

import (
	"mime"
	"net"
	"net/http"
	"strings"
	"unicode/utf8"
)

// hostAllowed reports whether a request's Host header names this server:
// localhost, an IP address, or a name of Config.AllowedHosts. A browser
// led to the API by DNS rebinding sends the attacker's name, which is not
// among them.
func (s *Server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if hostport == "" {
		return true // HTTP/1.0 without a Host: not a browser
	}
	if net.ParseIP(host) != nil || host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	for _, a := range s.cfg.AllowedHosts {
		a = strings.TrimSuffix(strings.ToLower(a), ".")
		if a == "*" || a == host {
			return true
		}
	}
	return false
}

// isJSON reports whether a request's Content-Type is application/json
// (with any parameters, such as a charset).
func isJSON(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "application/json"
}

// maxEcho caps the bytes of an error message, which may quote what a
// client sent: an error answer is never much larger than a few hundred
// bytes, whatever the request.
const maxEcho = 300

// clip shortens s to at most n bytes, on a rune boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
