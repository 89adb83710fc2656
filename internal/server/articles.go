package server

import (
	"cmp"
	"container/heap"
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/since"
	"github.com/pith-news/pith/store"
)

// defaultLimit is the limit of GET /v1/articles without one.
const defaultLimit = 100

// handleArticles serves GET /v1/articles?site=&since=&limit=: the stored
// articles of one site (or all) fetched at or after since, oldest first,
// at most limit of them, as JSON lines.
func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sites := *s.sites.Load()
	var dirs []string
	if name := q.Get("site"); name != "" {
		dir, ok := sites[name]
		if !ok {
			s.writeError(w, r, errorf(http.StatusNotFound, "bad_request", "unknown site %q", name))
			return
		}
		dirs = []string{dir}
	} else {
		if len(sites) == 0 {
			s.writeError(w, r, errorf(http.StatusNotFound, "bad_request", "no sites configured (start the server with a config file)"))
			return
		}
		for _, name := range slices.Sorted(maps.Keys(sites)) {
			dirs = append(dirs, sites[name])
		}
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

	if err := s.limit.acquire(r.Context()); err != nil {
		s.writeError(w, r, overloaded(err))
		return
	}
	defer s.limit.release()

	// Keep the limit oldest articles: a max-heap on fetched_at whose top is
	// dropped when it grows past limit.
	h := &newestFirst{}
	more := false
	skipped := 0
	for _, dir := range dirs {
		err := store.WalkSkipping(r.Context(), dir, from, func(a *article.Article) error {
			heap.Push(h, a)
			if h.Len() > limit {
				heap.Pop(h)
				more = true
			}
			return nil
		}, func(p string, err error) {
			if skipped == 0 {
				s.log.Warn("unreadable files in a store skipped", "dir", dir, "path", p, "err", err)
			}
			skipped++
		})
		if errors.Is(err, fs.ErrNotExist) {
			continue // a site not crawled yet
		}
		if err != nil {
			if r.Context().Err() != nil {
				s.writeError(w, r, errorf(499, "canceled", "request canceled"))
				return
			}
			s.writeError(w, r, errorf(http.StatusInternalServerError, "internal", "reading the store: %v", err))
			return
		}
	}
	list := []*article.Article(*h)
	slices.SortFunc(list, oldestFirst)

	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Pith-Count", strconv.Itoa(len(list)))
	if more {
		w.Header().Set("X-Pith-More", "true")
	}
	if skipped > 0 {
		w.Header().Set("X-Pith-Skipped", strconv.Itoa(skipped))
	}
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range list {
		if err := enc.Encode(a); err != nil {
			s.log.Debug("write articles", "err", err)
			return
		}
	}
}

func oldestFirst(a, b *article.Article) int {
	if c := a.FetchedAt.Compare(b.FetchedAt); c != 0 {
		return c
	}
	return cmp.Compare(a.URL, b.URL)
}

// newestFirst is a heap.Interface whose top is the most recently fetched
// article.
type newestFirst []*article.Article

func (h newestFirst) Len() int           { return len(h) }
func (h newestFirst) Less(i, j int) bool { return oldestFirst(h[i], h[j]) > 0 }
func (h newestFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *newestFirst) Push(x any)        { *h = append(*h, x.(*article.Article)) }
func (h *newestFirst) Pop() any {
	old := *h
	a := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return a
}
