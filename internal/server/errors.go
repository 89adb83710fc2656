package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/machinery/fetch"
	"github.com/pith-news/pith/internal/machinery/flatten"
	"github.com/pith-news/pith/internal/machinery/ssrf"
)

// errorKinds are the values of the kind label of pith_errors_total.
var errorKinds = []string{
	"bad_request", "blocked", "too_large", "no_article", "not_html",
	"fetch", "timeout", "overloaded", "canceled", "internal", "crawl",
	"too_deep",
}

// apiError is an error answer: its status, its kind (for metrics) and the
// message the client reads.
type apiError struct {
	status int
	kind   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

// errorf makes an answer; its message is cut at maxEcho bytes, as it may
// quote what the client sent.
func errorf(status int, kind, format string, args ...any) *apiError {
	return &apiError{status: status, kind: kind, msg: clip(fmt.Sprintf(format, args...), maxEcho)}
}

// fetchError maps an error of fetching a client's URL to an answer.
func fetchError(err error) *apiError {
	var se *fetch.StatusError
	switch {
	case errors.Is(err, ssrf.ErrBlocked):
		return errorf(http.StatusForbidden, "blocked", "url not allowed: %v", err)
	case errors.Is(err, fetch.ErrBadURL):
		return errorf(http.StatusBadRequest, "bad_request", "bad url: %v", err)
	case errors.Is(err, fetch.ErrTooLarge):
		return errorf(http.StatusRequestEntityTooLarge, "too_large", "page too large: %v", err)
	case errors.Is(err, fetch.ErrNotHTML):
		return errorf(http.StatusUnprocessableEntity, "not_html", "no article: %v", err)
	case isTimeout(err):
		return errorf(http.StatusGatewayTimeout, "timeout", "fetching the page timed out: %v", err)
	case errors.Is(err, context.Canceled):
		return errorf(499, "canceled", "request canceled")
	case errors.As(err, &se):
		return errorf(http.StatusBadGateway, "fetch", "the page could not be fetched: %s answered %d %s", se.URL, se.Code, http.StatusText(se.Code))
	}
	return errorf(http.StatusBadGateway, "fetch", "the page could not be fetched: %v", err)
}

// cleanError maps an error of cleaner.Clean to an answer.
func cleanError(err error) *apiError {
	switch {
	case errors.Is(err, cleaner.ErrTooLarge):
		return errorf(http.StatusRequestEntityTooLarge, "too_large", "page too large: %v", err)
	case errors.Is(err, cleaner.ErrNoArticle), errors.Is(err, cleaner.ErrEmpty):
		return errorf(http.StatusUnprocessableEntity, "no_article", "no article found: %v", err)
	case errors.Is(err, cleaner.ErrNotHTML):
		return errorf(http.StatusUnprocessableEntity, "not_html", "no article: %v", err)
	}
	return errorf(http.StatusInternalServerError, "internal", "cleaning failed: %v", err)
}

// cleanFailure maps an error of cleaning a page to an answer: the client's
// fault (422) when the page is nested too deeply for the HTML parser even
// once the cleaner flattened it, else as cleanError says.
func cleanFailure(err error) *apiError {
	if flatten.TooDeep(err) {
		return errorf(http.StatusUnprocessableEntity, "too_deep", "the page is nested deeper than %d elements, more than an HTML parser takes", flatten.ParserLimit)
	}
	return cleanError(err)
}

func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// writeJSON writes v as the JSON answer with status code.
func writeJSON(w http.ResponseWriter, code int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// errorBody is the JSON of an error answer.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// writeError answers e and counts it.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, e *apiError) {
	s.metrics.errors.WithLabelValues(e.kind).Inc()
	if e.status >= 500 {
		s.log.Warn("request failed", "route", r.Pattern, "status", e.status, "kind", e.kind, "err", e.msg)
	} else {
		s.log.Debug("request refused", "route", r.Pattern, "status", e.status, "kind", e.kind, "err", e.msg)
	}
	if e.status == 429 {
		w.Header().Set("Retry-After", "1")
	}
	if err := writeJSON(w, e.status, errorBody{Error: e.msg, Status: e.status}); err != nil {
		s.log.Debug("write error answer", "err", err)
	}
}
