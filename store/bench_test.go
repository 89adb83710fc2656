package store_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pith-news/pith/store"
)

// BenchmarkPut measures storing new articles of about 5 KB: an atomic file
// write (two fsyncs) and a state commit (bbolt, two fsyncs).
func BenchmarkPut(b *testing.B) {
	d, err := store.Open(b.Context(), b.TempDir(), store.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	text := strings.Repeat("Some words of a news story. ", 180)
	i := 0
	for b.Loop() {
		a := newArticle(fmt.Sprintf("https://news.example/story-%d", i), fmt.Sprint("Story ", i), text)
		if _, err := d.Put(b.Context(), a, store.Fetch{At: t0}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkPutUnchanged measures a re-crawl's Put of an article already
// stored: no file write, one state commit.
func BenchmarkPutUnchanged(b *testing.B) {
	d, err := store.Open(b.Context(), b.TempDir(), store.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	a := newArticle("https://news.example/story", "Story", strings.Repeat("Some words of a news story. ", 180))
	if _, err := d.Put(b.Context(), a, store.Fetch{At: t0}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := d.Put(b.Context(), a, store.Fetch{At: t1}); err != nil {
			b.Fatal(err)
		}
	}
}
