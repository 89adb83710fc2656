package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/pith-news/pith/store"
)

// entries lists the index of dir for q.
func entries(t *testing.T, dir string, q store.Query) []string {
	t.Helper()
	ix, err := store.OpenIndex(t.Context(), dir)
	if err != nil {
		t.Fatalf("OpenIndex: %v", err)
	}
	defer ix.Close()
	var got []string
	err = ix.Entries(t.Context(), q, func(e store.Entry) (bool, error) {
		got = append(got, e.URL)
		return true, nil
	})
	if err != nil {
		t.Fatalf("Entries: %v", err)
	}
	return got
}

func TestIndexOrderAndPaging(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	for i := range 5 {
		u := fmt.Sprintf("https://news.example/2025/story-%d", i)
		put(t, d, newArticle(u, fmt.Sprintf("Story %d", i), fmt.Sprintf("Text of story %d.", i)), store.Fetch{At: t0.Add(time.Duration(i) * time.Hour)})
	}
	put(t, d, newArticle("https://other.example:8080/a", "Other", "Other text."), store.Fetch{At: t0.Add(90 * time.Minute)})
	// Story 0 changes: it moves to the end of the order, once.
	put(t, d, newArticle("https://news.example/2025/story-0", "Story 0", "New text of story 0."), store.Fetch{At: t1})
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	all := entries(t, dir, store.Query{})
	want := []string{
		"https://news.example/2025/story-1", "https://other.example:8080/a", "https://news.example/2025/story-2",
		"https://news.example/2025/story-3", "https://news.example/2025/story-4", "https://news.example/2025/story-0",
	}
	if diff := cmp.Diff(want, all); diff != "" {
		t.Errorf("all entries (-want +got):\n%s", diff)
	}
	if got := entries(t, dir, store.Query{Site: "other.example"}); len(got) != 1 {
		t.Errorf("site other.example: got %v", got)
	}
	if got := entries(t, dir, store.Query{Since: t0.Add(3 * time.Hour)}); len(got) != 3 {
		t.Errorf("since: got %v, want 3", got)
	}
	if got := entries(t, dir, store.Query{Reverse: true}); got[0] != want[len(want)-1] || len(got) != len(want) {
		t.Errorf("reverse: got %v", got)
	}

	// Paging with After visits each entry once.
	ix, err := store.OpenIndex(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var paged []string
	var after *store.Position
	for range 10 {
		n := 0
		err := ix.Entries(t.Context(), store.Query{After: after}, func(e store.Entry) (bool, error) {
			paged = append(paged, e.URL)
			after = &store.Position{FetchedAt: e.FetchedAt, Path: e.Path}
			n++
			return n < 2, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	if diff := cmp.Diff(want, paged); diff != "" {
		t.Errorf("paged (-want +got):\n%s", diff)
	}

	e, ok, err := ix.Find("https://news.example/2025/story-3")
	if err != nil || !ok || e.Title != "Story 3" || e.Words != 4 {
		t.Errorf("Find = %+v, %v, %v", e, ok, err)
	}
	if _, ok, err := ix.Find(e.Path); !ok || err != nil {
		t.Errorf("Find(path) = %v, %v", ok, err)
	}
}

func TestRecordsAndStats(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	a := newArticle("https://news.example/a", "A", "Text of A.")
	put(t, d, a, store.Fetch{})
	put(t, d, newArticle("https://news.example/amp/a", "A", "Text of A."), store.Fetch{})
	ctx := t.Context()
	notes := []store.Record{
		{URL: "https://news.example/", Verdict: store.VerdictHub, Reason: "not an article"},
		{URL: "https://news.example/private/x", Verdict: store.VerdictDisallowed, Reason: "robots.txt"},
		{URL: "https://news.example/gone", Verdict: store.VerdictError, Reason: "HTTP 404", Status: 404},
	}
	for _, n := range notes {
		if err := d.Note(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err := store.OpenIndex(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	tests := []struct {
		url     string
		verdict store.Verdict
		dupOf   string
	}{
		{"https://news.example/a", store.VerdictStored, ""},
		{"https://news.example/amp/a", store.VerdictDuplicate, "https://news.example/a"},
		{"https://news.example/", store.VerdictHub, ""},
		{"https://news.example/private/x", store.VerdictDisallowed, ""},
		{"https://news.example/gone", store.VerdictError, ""},
	}
	for _, tc := range tests {
		rec, ok, err := ix.Why(tc.url)
		if err != nil || !ok {
			t.Fatalf("Why(%s) = %v, %v", tc.url, ok, err)
		}
		if rec.Verdict != tc.verdict || rec.DuplicateOf != tc.dupOf {
			t.Errorf("Why(%s) = %+v, want %s (of %q)", tc.url, rec, tc.verdict, tc.dupOf)
		}
	}
	if _, ok, _ := ix.Why("https://news.example/never"); ok {
		t.Error("Why of an unknown URL: ok")
	}
	st, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Sites) != 1 {
		t.Fatalf("Stats sites = %+v", st.Sites)
	}
	s := st.Sites[0]
	want := map[store.Verdict]int{store.VerdictStored: 1, store.VerdictDuplicate: 1, store.VerdictHub: 1, store.VerdictDisallowed: 1, store.VerdictError: 1}
	if diff := cmp.Diff(want, s.Verdicts); diff != "" || s.Articles != 1 || len(s.Failures) != 1 {
		t.Errorf("Stats = %+v (verdicts -want +got:\n%s)", s, diff)
	}
}

// A reader is not blocked by a crawl holding the out dir: it reads the
// snapshot, which Open makes current.
func TestOpenIndexWhileLocked(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	put(t, d, newArticle("https://news.example/a", "A", "Text of A."), store.Fetch{})
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d2 := open(t, dir) // holds the lock
	put(t, d2, newArticle("https://news.example/b", "B", "Text of B."), store.Fetch{})

	start := time.Now()
	ix, err := store.OpenIndex(t.Context(), dir)
	if err != nil {
		t.Fatalf("OpenIndex while locked: %v", err)
	}
	if ix.Live {
		t.Error("Live = true while a writer holds the database")
	}
	n := 0
	if err := ix.Entries(t.Context(), store.Query{}, func(store.Entry) (bool, error) { n++; return true, nil }); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if n != 1 {
		t.Errorf("snapshot entries = %d, want 1 (as of Open)", n)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("OpenIndex took %v", el)
	}
	if err := d2.Close(); err != nil {
		t.Fatal(err)
	}
	if got := entries(t, dir, store.Query{}); len(got) != 2 {
		t.Errorf("after Close: %v", got)
	}
}

// A store whose state database has gone (or predates the index) gets its
// index back from the article files.
func TestIndexRebuild(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	for i := range 3 {
		u := fmt.Sprintf("https://news.example/s%d", i)
		put(t, d, newArticle(u, "S", fmt.Sprintf("Text %d.", i)), store.Fetch{At: t0.Add(time.Duration(i) * time.Minute)})
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"state.db", "index.db"} {
		if err := os.Remove(filepath.Join(dir, ".pith", f)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := store.OpenIndex(t.Context(), dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenIndex without state db: %v, want ErrNotExist", err)
	}
	d = open(t, dir)
	// Rewriting one after the rebuild replaces its entry.
	put(t, d, newArticle("https://news.example/s1", "S", "Changed."), store.Fetch{At: t1})
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	got := entries(t, dir, store.Query{})
	want := []string{"https://news.example/s0", "https://news.example/s2", "https://news.example/s1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after rebuild (-want +got):\n%s", diff)
	}
	ix, err := store.OpenIndex(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	st, err := ix.Stats(t.Context())
	if err != nil || len(st.Sites) != 1 || st.Sites[0].Articles != 3 {
		t.Errorf("Stats = %+v, %v; want 3 articles", st, err)
	}
}
