package shared_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/internal/testkit/redistest"
	"github.com/pith-news/pith/store"
)

// Workers that store the same article under different URLs at the same
// moment store it once: one Created, the others Duplicate of it.
func TestStoreOnceAcrossWorkers(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	dir := t.TempDir()
	const workers = 4
	dirs := make([]*store.Dir, workers)
	for i := range dirs {
		sh := open(t, srv.URL(), "k", shared.Options{})
		d, err := store.Open(t.Context(), dir, store.Config{StateDir: fmt.Sprintf(".pith/workers/w-%d", i), Shared: sh})
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		dirs[i] = d
	}
	for round := range 5 {
		results := make([]store.Result, workers)
		var wg sync.WaitGroup
		for i, d := range dirs {
			wg.Go(func() {
				a := &article.Article{
					URL:   fmt.Sprintf("http://site%d.test/story-%d", i, round),
					Title: fmt.Sprintf("Story %d", round),
					Text:  "The same text, served by several sites.",
				}
				res, err := d.Put(t.Context(), a, store.Fetch{})
				if err != nil {
					t.Error(err)
				}
				results[i] = res
			})
		}
		wg.Wait()
		created, dups := 0, 0
		for _, r := range results {
			switch r.Outcome {
			case store.Created:
				created++
			case store.Duplicate:
				dups++
			}
		}
		if created != 1 || dups != workers-1 {
			t.Errorf("round %d: %v; want 1 created, %d duplicates", round, results, workers-1)
		}
	}
	// A stored owner whose file has gone is replaced at once, without the
	// wait given to a write in progress.
	owner := &article.Article{URL: "http://site0.test/gone", Title: "Gone", Text: "Stored, then deleted."}
	res, err := dirs[0].Put(t.Context(), owner, store.Fetch{})
	if err != nil || res.Outcome != store.Created {
		t.Fatalf("Put = %v, %v", res, err)
	}
	if err := os.Remove(filepath.Join(dir, res.Path)); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	again := &article.Article{URL: "http://site1.test/gone-too", Title: owner.Title, Text: owner.Text}
	if res, err := dirs[1].Put(t.Context(), again, store.Fetch{}); err != nil || res.Outcome != store.Created {
		t.Errorf("Put of the content of a deleted file = %v, %v; want Created", res, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Put took %v: it waited for an owner long stored", d)
	}

	// One worker's Validators know what another fetched.
	a := &article.Article{URL: "http://site0.test/validated", Title: "V", Text: "Validated text."}
	if _, err := dirs[0].Put(t.Context(), a, store.Fetch{ETag: `"v1"`, LastModified: "Fri, 04 Dec 2026 10:00:00 GMT"}); err != nil {
		t.Fatal(err)
	}
	if etag, lm := dirs[1].Validators(a.URL); etag != `"v1"` || lm == "" {
		t.Errorf("another worker's Validators = %q, %q", etag, lm)
	}
	// And a 304 answered to another worker is recorded.
	if err := dirs[2].Touch(t.Context(), store.Fetch{URL: a.URL, ETag: `"v2"`}); err != nil {
		t.Errorf("Touch by another worker: %v", err)
	}
	if etag, _ := dirs[3].Validators(a.URL); etag != `"v2"` {
		t.Errorf("Validators after another worker's Touch = %q, want \"v2\"", etag)
	}
}
