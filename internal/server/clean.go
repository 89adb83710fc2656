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
}

func (s *Server) handleClean(w http.ResponseWriter, r *http.Request) {
	if err := s.limit.acquire(r.Context()); err != nil {
		s.writeError(w, r, overloaded(err))
		return
	}
	defer s.limit.release()

	req, apiErr := s.readCleanRequest(w, r)
	if apiErr != nil {
		s.writeError(w, r, apiErr)
		return
	}
	a, apiErr := s.clean(r.Context(), req)
	if apiErr != nil {
		s.writeError(w, r, apiErr)
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
func (s *Server) readCleanRequest(w http.ResponseWriter, r *http.Request) (*cleanRequest, *apiError) {
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req cleanRequest
	if err := dec.Decode(&req); err != nil {
		return nil, bodyError(err, s.cfg.MaxBodyBytes)
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
	if errors.Is(err, io.EOF) {
		return errorf(http.StatusBadRequest, "bad_request", "empty body: want a JSON object such as {\"url\": \"https://…\"}")
	}
	return errorf(http.StatusBadRequest, "bad_request", "bad JSON: %v", err)
}

// clean fetches the page if needed, and cleans it.
func (s *Server) clean(ctx context.Context, req *cleanRequest) (*article.Article, *apiError) {
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
	start := time.Now()
	a, err := cleanPage(page, pageURL, cleaner.Options{ContentType: contentType, Keep: req.Keep, MaxBytes: s.cfg.MaxPageBytes})
	s.metrics.cleanDuration.Observe(time.Since(start).Seconds())
	if err != nil {
		return nil, cleanError(err)
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
