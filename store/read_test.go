package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/store"
)

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir) // Walk must work while the Dir is open and locked
	put(t, d, newArticle("https://a.example/old", "Old", "old"), store.Fetch{At: t0})
	put(t, d, newArticle("https://b.example/new", "New", "new"), store.Fetch{At: t2})
	put(t, d, newArticle("https://a.example/mid", "Mid", "mid"), store.Fetch{At: t1})
	put(t, d, newArticle("https://a.example/mid-copy", "Mid", "mid"), store.Fetch{At: t2}) // duplicate

	tests := []struct {
		since time.Time
		want  []string
	}{
		{time.Time{}, []string{"Mid", "Old", "New"}}, // path order: a.example/mid…, a.example/old…, b.example/…
		{t1, []string{"Mid", "New"}},
		{t2.Add(time.Second), nil},
	}
	for _, tc := range tests {
		var got []string
		err := store.Walk(t.Context(), dir, tc.since, func(a *article.Article) error {
			got = append(got, a.Title)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Walk(since %v) = %v, want %v", tc.since, got, tc.want)
		}
	}

	stop := errors.New("stop")
	n := 0
	err := store.Walk(t.Context(), dir, time.Time{}, func(*article.Article) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Walk with a failing fn: %v after %d calls, want stop after 1", err, n)
	}
}

func TestWalkErrors(t *testing.T) {
	if err := store.Walk(t.Context(), filepath.Join(t.TempDir(), "missing"), time.Time{}, func(*article.Article) error { return nil }); err == nil {
		t.Error("Walk of a missing dir succeeded")
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "x.example"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.example", "bad.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.example", "empty.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := open(t, dir)
	put(t, d, newArticle("https://x.example/good", "Good", "text"), store.Fetch{At: t0})
	if err := os.WriteFile(filepath.Join(dir, "x.example", "unreadable.json"), []byte("{}"), 0o000); err != nil {
		t.Fatal(err)
	}

	// One corrupt file, a stray {} and an unreadable file are skipped and
	// reported; the good article is read, with [] for its empty lists.
	var got []*article.Article
	var skipped []string
	err := store.WalkSkipping(t.Context(), dir, time.Time{},
		func(a *article.Article) error { got = append(got, a); return nil },
		func(p string, err error) { skipped = append(skipped, p) })
	if err != nil {
		t.Fatalf("WalkSkipping over bad files: %v", err)
	}
	if len(got) != 1 || got[0].URL != "https://x.example/good" {
		t.Errorf("read %v, want the good article only", got)
	}
	want := []string{"x.example/bad.json", "x.example/empty.json", "x.example/unreadable.json"}
	if !slices.Equal(skipped, want) {
		t.Errorf("skipped %v, want %v", skipped, want)
	}
	if err := store.Walk(t.Context(), dir, time.Time{}, func(*article.Article) error { return nil }); err != nil {
		t.Errorf("Walk over bad files: %v, want them skipped", err)
	}
}

// TestStrayObjectHasLists reads an article file without its lists: they
// come back as [], not null.
func TestStrayObjectHasLists(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "x.example"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.example", "a.json"), []byte(`{"url":"https://x.example/a"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	err := store.Walk(t.Context(), dir, time.Time{}, func(a *article.Article) error {
		if a.Authors == nil || a.Removed == nil {
			t.Errorf("authors %v, removed %v: want empty lists", a.Authors, a.Removed)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestGet(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	const u = "https://news.example/get"
	put(t, d, newArticle(u, "Got", "text"), store.Fetch{At: t0})
	a, err := store.Get(t.Context(), dir, u)
	if err != nil || a.Title != "Got" {
		t.Errorf("Get = %v, %v; want the article", a, err)
	}
	if _, err := store.Get(t.Context(), dir, "https://news.example/none"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(unknown) = %v, want ErrNotFound", err)
	}
}
