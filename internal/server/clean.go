package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/machinery/fetch"
	"github.com/pith-news/pith/markdown"
)

// cleanRequest is the body of POST /v1/clean.
type cleanRequest struct {
	// URL is the page to fetch, or, with HTML, the page's address (for
	// relative links and the canonical URL).
	URL string `json:"url"`
	// HTML, when present, is the page itself: nothing is fetched.
	HTML *string `json:"html"`
	// Keep lists boilerplate kinds to keep instead of remove.
	Keep []string `json:"keep"`
	// Format is "json" (the default: the article record) or "markdown"
	// (a Markdown document, as text/markdown).
	Format string `json:"format"`
	// FrontMatter, Links and Images choose what a Markdown document holds;
	// each is true when absent.
	FrontMatter *bool `json:"front_matter"`
	Links       *bool `json:"links"`
	Images      *bool `json:"images"`
}

// markdownOptions are the request's Markdown choices.
func (req *cleanRequest) markdownOptions() markdown.Options {
	off := func(b *bool) bool { return b != nil && !*b }
	return markdown.Options{OmitFrontMatter: off(req.FrontMatter), OmitLinks: off(req.Links), OmitImages: off(req.Images)}
}

// maxURLBytes caps the url of a clean request.
const maxURLBytes = 8 << 10

func (s *Server) handleClean(w http.ResponseWriter, r *http.Request) {
	if !isJSON(r) {
		s.writeError(w, r, errorf(http.StatusUnsupportedMediaType, "bad_request", "want Content-Type: application/json"))
		return
	}
	// The body is read, within BodyTimeout, before the request waits for
	// a slot: a client trickling its body holds no slot.
	rc := http.NewResponseController(w)
	if err := rc.SetReadDeadline(time.Now().Add(s.cfg.BodyTimeout)); err != nil {
		s.log.Debug("set read deadline", "err", err)
	}
	body := &budgetReader{r: http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes), b: s.bodies}
	defer func() { s.bodies.give(body.held) }() // the body is held until the answer
	req, apiErr := s.readCleanRequest(body)
	if apiErr != nil {
		s.writeError(w, r, apiErr)
		return
	}
	sl, err := s.limit.take(r.Context())
	if err != nil {
		s.writeError(w, r, overloaded(err))
		return
	}
	defer sl.release()

	a, apiErr := s.clean(r.Context(), req, sl)
	if apiErr != nil {
		s.writeError(w, r, apiErr)
		return
	}
	if req.Format == "markdown" {
		// Rendered before anything is written: an error is still an answer.
		md, err := markdown.Render(a, req.markdownOptions())
		if err != nil {
			s.writeError(w, r, errorf(http.StatusInternalServerError, "internal", "render markdown: %v", err))
			return
		}
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.WriteHeader(http.StatusOK)
		if _, err := io.WriteString(w, md); err != nil {
			s.log.Debug("write markdown", "err", err)
		}
		return
	}
	if err := writeJSON(w, http.StatusOK, a); err != nil {
		s.log.Debug("write article", "err", err)
	}
}

// overloaded maps a limiter error to an answer.
func overloaded(err error) *apiError {
	if errors.Is(err, errFull) {
		return errorf(http.StatusTooManyRequests, "overloaded", "too many requests; retry later")
	}
	return errorf(499, "canceled", "request canceled")
}

// readCleanRequest decodes and checks the request body.
func (s *Server) readCleanRequest(body io.Reader) (*cleanRequest, *apiError) {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req cleanRequest
	if err := dec.Decode(&req); err != nil {
		return nil, bodyError(err, s.cfg.MaxBodyBytes)
	}
	if len(req.URL) > maxURLBytes {
		return nil, errorf(http.StatusBadRequest, "bad_request", "url is %d bytes, over the %d-byte cap", len(req.URL), maxURLBytes)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, bodyError(err, s.cfg.MaxBodyBytes)
		}
		return nil, errorf(http.StatusBadRequest, "bad_request", "bad JSON: more than one value in the body")
	}
	if req.HTML == nil && strings.TrimSpace(req.URL) == "" {
		return nil, errorf(http.StatusBadRequest, "bad_request", `missing "url" (or "html")`)
	}
	if req.HTML != nil {
		if strings.TrimSpace(*req.HTML) == "" {
			return nil, errorf(http.StatusBadRequest, "bad_request", `"html" is empty`)
		}
		if n := int64(len(*req.HTML)); n > s.cfg.MaxPageBytes {
			return nil, errorf(http.StatusRequestEntityTooLarge, "too_large", "html is %d bytes, over the %d-byte cap", n, s.cfg.MaxPageBytes)
		}
	}
	if req.URL != "" {
		if _, err := fetch.ParseURL(req.URL); err != nil {
			return nil, errorf(http.StatusBadRequest, "bad_request", "bad url: %v", err)
		}
	}
	switch req.Format {
	case "", "json", "markdown":
	default:
		return nil, errorf(http.StatusBadRequest, "bad_request", `unknown format %q (want "json" or "markdown")`, req.Format)
	}
	if req.Format != "markdown" && (req.FrontMatter != nil || req.Links != nil || req.Images != nil) {
		return nil, errorf(http.StatusBadRequest, "bad_request", `front_matter, links and images go with "format": "markdown"`)
	}
	if err := (cleaner.Options{Keep: req.Keep}).Validate(); err != nil {
		return nil, errorf(http.StatusBadRequest, "bad_request", "keep: %v", err)
	}
	return &req, nil
}

func bodyError(err error, max int64) *apiError {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return errorf(http.StatusRequestEntityTooLarge, "too_large", "request body over %d bytes", max)
	}
	if isTimeout(err) {
		return errorf(http.StatusRequestTimeout, "timeout", "request body not received in time")
	}
	if errors.Is(err, errFull) {
		return errorf(http.StatusTooManyRequests, "overloaded", "too many request bytes in progress; retry later")
	}
	if errors.Is(err, io.EOF) {
		return errorf(http.StatusBadRequest, "bad_request", "empty body: want a JSON object such as {\"url\": \"https://…\"}")
	}
	return errorf(http.StatusBadRequest, "bad_request", "bad JSON: %v", err)
}

// clean fetches the page if needed, and cleans it, within CleanTimeout.
// sl is the request's slot, handed over to a cleaning that outlives the
// request.
func (s *Server) clean(ctx context.Context, req *cleanRequest, sl *slot) (*article.Article, *apiError) {
	var (
		page        []byte
		contentType string
		pageURL     *url.URL
		fetchedAt   = time.Now().UTC()
	)
	if req.URL != "" {
		u, err := fetch.ParseURL(req.URL)
		if err != nil {
			return nil, errorf(http.StatusBadRequest, "bad_request", "bad url: %v", err)
		}
		pageURL = u
	}
	if req.HTML != nil {
		page = []byte(*req.HTML)
	} else {
		if s.guard != nil {
			if err := s.guard.CheckURL(pageURL); err != nil {
				return nil, fetchError(err)
			}
		}
		fctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
		start := time.Now()
		resp, err := s.fetch.Get(fctx, req.URL)
		cancel()
		s.metrics.fetchDuration.Observe(time.Since(start).Seconds())
		if err != nil {
			return nil, fetchError(err)
		}
		s.metrics.pagesFetched.WithLabelValues("api").Inc()
		page, contentType, pageURL = resp.Body, resp.ContentType, resp.URL
	}
	type result struct {
		a   *article.Article
		err error
	}
	res := make(chan result, 1)
	done := make(chan struct{})
	opts := cleaner.Options{ContentType: contentType, Keep: req.Keep, MaxBytes: s.cfg.MaxPageBytes}
	go func() {
		defer close(done)
		start := time.Now()
		a, err := s.cleanPage(page, pageURL, opts)
		s.metrics.cleanDuration.Observe(time.Since(start).Seconds())
		res <- result{a, err}
	}()
	timer := time.NewTimer(s.cfg.CleanTimeout)
	defer timer.Stop()
	var r result
	select {
	case r = <-res:
	case <-ctx.Done():
		sl.detach(done)
		return nil, errorf(499, "canceled", "request canceled")
	case <-timer.C:
		sl.detach(done)
		return nil, errorf(http.StatusServiceUnavailable, "timeout", "cleaning the page took longer than %s", s.cfg.CleanTimeout)
	}
	a, err := r.a, r.err
	if err != nil {
		return nil, cleanFailure(err)
	}
	if a.FetchedAt.IsZero() {
		a.FetchedAt = fetchedAt
	}
	return a, nil
}

// cleanPage runs the cleaner, turning a panic (which it promises never to
// raise) into an error, so one hostile page cannot take the server down.
func cleanPage(page []byte, u *url.URL, opts cleaner.Options) (a *article.Article, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("cleaner panicked: %v", v)
		}
	}()
	return cleaner.Clean(bytes.NewReader(page), u, opts)
}
