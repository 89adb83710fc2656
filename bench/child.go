package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/pith-news/pith/article"

	"github.com/pith-news/pith/bench/dataset"
	"github.com/pith-news/pith/bench/tools"
)

// idleTool is a pseudo-tool whose child only decompresses the pages: its
// peak RSS is the floor under every tool's.
const idleTool = "idle"

// job is one page handed to a child on its standard input.
type job struct {
	Set string `json:"set"`
	Dir string `json:"dir"`
	ID  string `json:"id"`
	URL string `json:"url"`
}

// record is one page's result, streamed by a child on its standard output.
type record struct {
	Set  string `json:"set"`
	ID   string `json:"id"`
	Text string `json:"text"`
	Err  string `json:"err,omitempty"`
	// Nanos is the wall time of the extraction call alone.
	Nanos int64 `json:"ns"`
	// Mallocs and Bytes are the heap allocations made during the call.
	Mallocs uint64            `json:"mallocs"`
	Bytes   uint64            `json:"bytes"`
	Removed []article.Removal `json:"removed,omitempty"`
	// PeakRSS is set on the child's last record only, which has no page:
	// the process's VmHWM in bytes.
	PeakRSS int64 `json:"peak_rss,omitempty"`
}

// refused reports whether the tool gave no article for the page.
func (r record) refused() bool {
	return r.Err != "" || strings.TrimSpace(r.Text) == ""
}

// runChild extracts every page listed on in with one tool and writes one
// JSON record per page to out. Reading and decompressing a page happen
// outside the measured span. Each page is extracted repeat times: the
// record keeps the fastest time, and the text and allocations of the first
// call.
func runChild(name string, repeat int, in io.Reader, out io.Writer) error {
	var tool tools.Tool
	if name != idleTool {
		var err error
		if tool, err = tools.ByName(name); err != nil {
			return err
		}
	}
	dec := json.NewDecoder(bufio.NewReader(in))
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	sets := map[string]*dataset.Set{}
	var before, after runtime.MemStats
	n := 0
	for {
		var j job
		if err := dec.Decode(&j); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return fmt.Errorf("child %s: read job: %w", name, err)
		}
		set := sets[j.Dir]
		if set == nil {
			set = &dataset.Set{Name: j.Set, Dir: j.Dir}
			sets[j.Dir] = set
		}
		page, err := set.ReadPage(j.ID)
		if err != nil {
			return fmt.Errorf("child %s: %w", name, err)
		}
		u, err := url.Parse(j.URL)
		if err != nil || j.URL == "" {
			u = nil
		}
		rec := record{Set: j.Set, ID: j.ID}
		if name != idleTool {
			for k := range repeat {
				runtime.ReadMemStats(&before)
				start := time.Now()
				res, err := tool.Safe(bytes.NewReader(page), u)
				ns := time.Since(start).Nanoseconds()
				runtime.ReadMemStats(&after)
				if k > 0 {
					rec.Nanos = min(rec.Nanos, ns)
					continue
				}
				rec.Nanos = ns
				rec.Mallocs = after.Mallocs - before.Mallocs
				rec.Bytes = after.TotalAlloc - before.TotalAlloc
				rec.Text, rec.Removed = res.Text, res.Removed
				if err != nil {
					rec.Err = err.Error()
				}
			}
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("child %s: write record: %w", name, err)
		}
		// Each record goes out at once: the driver waits for it before it
		// gives the next tool the same page.
		if err := w.Flush(); err != nil {
			return fmt.Errorf("child %s: flush: %w", name, err)
		}
		if n++; n%200 == 0 {
			slog.Info("progress", "tool", name, "pages", n)
		}
	}
	hwm, err := peakRSS()
	if err != nil {
		return fmt.Errorf("child %s: %w", name, err)
	}
	if err := enc.Encode(record{PeakRSS: hwm}); err != nil {
		return fmt.Errorf("child %s: write record: %w", name, err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("child %s: flush: %w", name, err)
	}
	return nil
}
