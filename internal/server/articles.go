package server

import (
	"cmp"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/since"
	"github.com/pith-news/pith/store"
)

// defaultLimit is the limit of GET /v1/articles without one.
const defaultLimit = 100

// cursor is a place in the order of GET /v1/articles: fetch time, then
// site name, then path. Its text form is opaque to clients.
type cursor struct {
	at   time.Time
	site string
	path string
}

func (c cursor) String() string {
	raw := strconv.FormatInt(c.at.UnixNano(), 10) + "\x00" + c.site + "\x00" + c.path
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

func parseCursor(s string) (cursor, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, errors.New("not a cursor given by this API")
	}
	parts := strings.SplitN(string(raw), "\x00", 3)
	if len(parts) != 3 {
		return cursor{}, errors.New("not a cursor given by this API")
	}
	ns, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil {
		return cursor{}, errors.New("not a cursor given by this API")
	}
	return cursor{at: time.Unix(0, ns).UTC(), site: parts[1], path: parts[2]}, nil
}

// after returns where to start reading the index of site for a page
// after c: past c's time for a site before c's, past c's path for c's
// site, and at c's time for a site after it.
func (c cursor) after(site string) *store.Position {
	switch {
	case site < c.site:
		return &store.Position{FetchedAt: c.at, Path: "\xff"}
	case site == c.site:
		return &store.Position{FetchedAt: c.at, Path: c.path}
	}
	return &store.Position{FetchedAt: c.at, Path: ""}
}

// hit is one entry of a page, with its site.
type hit struct {
	site, dir string
	e         store.Entry
}

func (h hit) cursor() cursor { return cursor{h.e.FetchedAt, h.site, h.e.Path} }

func compareHits(a, b hit) int {
	if c := a.e.FetchedAt.Compare(b.e.FetchedAt); c != 0 {
		return c
	}
	if c := cmp.Compare(a.site, b.site); c != 0 {
		return c
	}
	return cmp.Compare(a.e.Path, b.e.Path)
}

// handleArticles serves GET /v1/articles?site=&since=&limit=&cursor=: the
// stored articles of one site (or all) fetched at or after since, oldest
// first, at most limit of them, as JSON lines. It reads each site's index,
// limit+1 entries at most, and limit article files: a page costs the same
// however many articles are stored. When there are more, the answer has
// X-Pith-More: true, X-Pith-Cursor and a Link rel="next" to the next page.
func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sites := *s.sites.Load()
	var names []string
	if name := q.Get("site"); name != "" {
		if _, ok := sites[name]; !ok {
			s.writeError(w, r, errorf(http.StatusNotFound, "bad_request", "unknown site %q", name))
			return
		}
		names = []string{name}
	} else {
		if len(sites) == 0 {
			s.writeError(w, r, errorf(http.StatusNotFound, "bad_request", "no sites configured (start the server with a config file)"))
			return
		}
		names = slices.Sorted(maps.Keys(sites))
	}
	var from time.Time
	if v := q.Get("since"); v != "" {
		t, err := since.Parse(v, time.Now())
		if err != nil {
			s.writeError(w, r, errorf(http.StatusBadRequest, "bad_request", "since: %v", err))
			return
		}
		from = t
	}
	limit := defaultLimit
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > s.cfg.MaxLimit {
			s.writeError(w, r, errorf(http.StatusBadRequest, "bad_request", "limit: want a whole number from 1 to %d, got %q", s.cfg.MaxLimit, v))
			return
		}
		limit = n
	}
	var cur *cursor
	if v := q.Get("cursor"); v != "" {
		c, err := parseCursor(v)
		if err != nil {
			s.writeError(w, r, errorf(http.StatusBadRequest, "bad_request", "cursor: %v", err))
			return
		}
		cur = &c
	}

	if err := s.limit.acquire(r.Context()); err != nil {
		s.writeError(w, r, overloaded(err))
		return
	}
	defer s.limit.release()

	var hits []hit
	for _, name := range names {
		dir := sites[name]
		q := store.Query{Since: from}
		if cur != nil {
			q.After = cur.after(name)
		}
		got, err := s.pageOf(r, dir, q, limit+1)
		if errors.Is(err, fs.ErrNotExist) {
			continue // a site not crawled yet
		}
		if err != nil {
			s.writeError(w, r, storeError(r, name, err))
			return
		}
		for _, e := range got {
			hits = append(hits, hit{name, dir, e})
		}
	}
	slices.SortFunc(hits, compareHits)
	more := len(hits) > limit
	if more {
		hits = hits[:limit]
	}

	// The files are read before the answer starts, so that one that
	// cannot be read is skipped and counted in X-Pith-Skipped; a page holds
	// at most limit articles, as before.
	var arts []*article.Article
	skipped := 0
	for _, h := range hits {
		a, err := store.GetPath(r.Context(), h.dir, h.e.Path)
		if r.Context().Err() != nil {
			s.writeError(w, r, errorf(499, "canceled", "request canceled"))
			return
		}
		if errors.Is(err, store.ErrNotFound) {
			continue // removed by hand since it was indexed
		}
		if err != nil || a.URL == "" {
			if skipped == 0 {
				s.log.Warn("unreadable article file skipped", "site", h.site, "path", h.e.Path, "err", err)
			}
			skipped++
			continue
		}
		arts = append(arts, a)
	}

	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Pith-Count", strconv.Itoa(len(arts)))
	if skipped > 0 {
		w.Header().Set("X-Pith-Skipped", strconv.Itoa(skipped))
	}
	if more {
		next := hits[len(hits)-1].cursor().String()
		w.Header().Set("X-Pith-More", "true")
		w.Header().Set("X-Pith-Cursor", next)
		nq := r.URL.Query()
		nq.Set("cursor", next)
		w.Header().Set("Link", fmt.Sprintf("<%s>; rel=\"next\"", (&url.URL{Path: r.URL.Path, RawQuery: nq.Encode()}).String()))
	}
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			s.log.Debug("write articles", "err", err)
			return
		}
	}
}

// pageOf reads at most n entries of the index of dir for q.
func (s *Server) pageOf(r *http.Request, dir string, q store.Query, n int) ([]store.Entry, error) {
	ix, err := store.OpenIndex(r.Context(), dir)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	var out []store.Entry
	err = ix.Entries(r.Context(), q, func(e store.Entry) (bool, error) {
		out = append(out, e)
		return len(out) < n, nil
	})
	return out, err
}

// storeError turns a failure to read a site's index into an API error.
func storeError(r *http.Request, site string, err error) *apiError {
	switch {
	case r.Context().Err() != nil:
		return errorf(499, "canceled", "request canceled")
	case errors.Is(err, store.ErrLocked):
		return errorf(http.StatusServiceUnavailable, "unavailable", "site %q: its store is being opened by a crawl; try again shortly", site)
	case errors.Is(err, store.ErrNoIndex):
		return errorf(http.StatusServiceUnavailable, "unavailable", "site %q: its store, written by an older pith, has no index yet; the next crawl (or pith ls on it) builds it", site)
	}
	return errorf(http.StatusInternalServerError, "internal", "reading the store of site %q: %v", site, err)
}
