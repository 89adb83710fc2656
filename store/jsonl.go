package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/pith-news/pith/article"
)

// JSONL writes articles as JSON lines, one article per line in the schema
// of `pith clean`, for pipelines (`pith crawl --jsonl - | jq .title`).
// Each article reaches w in a single Write, the moment it is written, so
// lines never interleave. It is safe for concurrent use. The first write
// error is sticky: later writes return it.
type JSONL struct {
	mu  sync.Mutex // guards w, buf, err
	w   io.Writer
	buf bytes.Buffer
	err error
}

// NewJSONL returns a JSONL writing to w. The caller keeps ownership of w.
func NewJSONL(w io.Writer) *JSONL {
	return &JSONL{w: w}
}

// Write writes a as one line.
func (j *JSONL) Write(a *article.Article) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.err != nil {
		return j.err
	}
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return fmt.Errorf("store: jsonl: %w", err)
	}
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		j.err = fmt.Errorf("store: jsonl: %w", err)
		return j.err
	}
	if f, ok := j.w.(interface{ Flush() error }); ok {
		if err := f.Flush(); err != nil {
			j.err = fmt.Errorf("store: jsonl: %w", err)
			return j.err
		}
	}
	return nil
}
