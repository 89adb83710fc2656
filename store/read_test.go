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
	if err := store.Walk(t.Context(), dir, time.Time{}, func(*article.Article) error { return nil }); err == nil {
		t.Error("Walk over a corrupt file succeeded")
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
