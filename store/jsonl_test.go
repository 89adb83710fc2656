package store_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/store"
)

func TestJSONLConcurrent(t *testing.T) {
	var buf bytes.Buffer
	bw := bufio.NewWriterSize(&buf, 16) // flushed per article by JSONL
	j := store.NewJSONL(bw)
	const n = 50
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			a := newArticle(fmt.Sprintf("https://news.example/%d", i), fmt.Sprint("T", i), strings.Repeat("word ", 200))
			if err := j.Write(a); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != n {
		t.Fatalf("got %d lines, want %d", len(lines), n)
	}
	seen := map[string]bool{}
	for _, l := range lines {
		var a article.Article
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %.40q: %v", l, err)
		}
		seen[a.Title] = true
	}
	if len(seen) != n {
		t.Errorf("got %d distinct articles, want %d", len(seen), n)
	}
	if !strings.Contains(lines[0], "<p>") {
		t.Errorf("HTML escaped in JSON line: %.200s", lines[0])
	}
}

// failWriter accepts ok writes, then fails.
type failWriter struct {
	ok  int
	err error
}

func (w *failWriter) Write(p []byte) (int, error) {
	if w.ok == 0 {
		return 0, w.err
	}
	w.ok--
	return len(p), nil
}

func TestJSONLStickyError(t *testing.T) {
	boom := errors.New("broken pipe")
	w := &failWriter{ok: 1, err: boom}
	j := store.NewJSONL(w)
	a := newArticle("https://news.example/x", "X", "x")
	if err := j.Write(a); err != nil {
		t.Fatalf("first Write: %v", err)
	}
	for i := range 2 {
		if err := j.Write(a); !errors.Is(err, boom) {
			t.Errorf("Write %d after the failure = %v, want %v", i+2, err, boom)
		}
	}
}
