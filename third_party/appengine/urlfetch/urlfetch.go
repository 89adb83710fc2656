// Package urlfetch stands in for google.golang.org/appengine/urlfetch in
// pith's build (go.mod replaces the module with this directory).
//
// colly imports App Engine's urlfetch for one optional method,
// Collector.Appengine, that pith never calls. Linking the real package
// brings in App Engine's internal packages and the protocol buffers they
// register at start-up: about 7 ms of CPU on every run of the binary,
// paid before `pith clean` reads a byte. This stand-in has the one
// function colly calls, so colly compiles unchanged and none of that is
// linked.
package urlfetch

import (
	"context"
	"net/http"
)

// Client returns a plain HTTP client. pith does not run on App Engine; the
// function exists only so that colly's Collector.Appengine compiles.
func Client(ctx context.Context) *http.Client { return &http.Client{} }
