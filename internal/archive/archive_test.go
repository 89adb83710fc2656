package archive_test

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/pith-news/pith/internal/archive"
)

func page(i int) archive.Response {
	h := http.Header{}
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Encoding", "gzip") // the body is stored decoded: this header must go
	h.Set("ETag", fmt.Sprintf(`"v%d"`, i))
	return archive.Response{
		URL:        fmt.Sprintf("http://127.0.0.1/story-%d.html", i),
		RequestURL: fmt.Sprintf("http://127.0.0.1/s?id=%d", i),
		Status:     200,
		Header:     h,
		Body:       []byte(fmt.Sprintf("<html><body><p>Story %d %s</p></body></html>", i, strings.Repeat("words ", i*50))),
		Date:       time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
	}
}

func TestWriteReadBack(t *testing.T) {
	dir := t.TempDir()
	w, err := archive.Open(dir, archive.Config{MaxFileSize: 4 << 10}) // small: several files
	if err != nil {
		t.Fatal(err)
	}
	const n = 40
	locs := make([]archive.Location, n)
	for i := range n {
		if locs[i], err = w.Write(t.Context(), page(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, err := archive.Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Errorf("got %d files, want rotation at 4 KiB into several", len(files))
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".open") {
			t.Errorf("file %s still open after Close", f)
		}
	}
	for i, loc := range locs {
		r, err := archive.Read(t.Context(), dir, loc)
		if err != nil {
			t.Fatalf("read %d: %v", i, err)
		}
		want := page(i)
		if r.URL != want.URL || r.Status != 200 || !bytes.Equal(r.Body, want.Body) {
			t.Errorf("read %d: got %s %d %d bytes, want %s 200 %d bytes", i, r.URL, r.Status, len(r.Body), want.URL, len(want.Body))
		}
		if r.Header.Get("ETag") != want.Header.Get("ETag") || r.Header.Get("Content-Encoding") != "" {
			t.Errorf("read %d: header %v", i, r.Header)
		}
		if !r.Date.Equal(want.Date) {
			t.Errorf("read %d: date %v, want %v", i, r.Date, want.Date)
		}
	}

	// The library's own reader, strict, with nothing else of ours: every
	// record valid, one response and one metadata per page, a warcinfo
	// per file.
	types := map[string]int{}
	for _, f := range files {
		rd, err := gowarc.NewWarcFileReader(filepath.Join(dir, f), 0, gowarc.WithStrictValidation())
		if err != nil {
			t.Fatal(err)
		}
		for rec, err := range rd.Records() {
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if len(rec.Validation) > 0 {
				t.Errorf("%s@%d: %v", f, rec.Offset, rec.Validation)
			}
			types[rec.WarcRecord.Type().String()]++
			rec.Close()
		}
		rd.Close()
	}
	if types["response"] != n || types["metadata"] != n || types["warcinfo"] != len(files) {
		t.Errorf("record types %v, want %d response and metadata, %d warcinfo", types, n, len(files))
	}
}

func TestCrashLeavesReadableFile(t *testing.T) {
	dir := t.TempDir()
	w, err := archive.Open(dir, archive.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if _, err := w.Write(t.Context(), page(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := archive.Files(dir)
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	full := filepath.Join(dir, files[0])
	data, err := os.ReadFile(full)
	if err != nil {
		t.Fatal(err)
	}
	w2, err := archive.Open(dir, archive.Config{})
	if err != nil {
		t.Fatal(err)
	}
	loc, err := w2.Write(t.Context(), page(9))
	if err != nil {
		t.Fatal(err)
	}
	w2.Close()
	// The crash: the first file left open, its last record cut in half.
	rd, _ := gowarc.NewWarcFileReader(full, 0)
	var offs []int64
	for rec, err := range rd.Records() {
		if err != nil {
			t.Fatal(err)
		}
		offs = append(offs, rec.Offset)
		rec.Close()
	}
	rd.Close()
	member := data[offs[len(offs)-1]:]
	if err := os.WriteFile(full+".open", append(append([]byte{}, data...), member[:len(member)/2]...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(full); err != nil {
		t.Fatal(err)
	}
	got := 0
	if err := archive.Walk(t.Context(), dir, func(r *archive.Response, _ archive.Location) error { got++; return nil }); err != nil {
		t.Fatalf("walk over a cut file: %v", err)
	}
	if got != 6 {
		t.Errorf("walk read %d responses, want 5 + 1", got)
	}
	if _, err := archive.Read(t.Context(), dir, loc); err != nil {
		t.Errorf("read from the second file: %v", err)
	}
	// Opening again closes the file the crash left open.
	w3, err := archive.Open(dir, archive.Config{})
	if err != nil {
		t.Fatal(err)
	}
	w3.Close()
	if _, err := os.Stat(full); err != nil {
		t.Errorf("the open file was not renamed: %v", err)
	}
}

// TestLargeBody writes a 3 MB page, over the library's default in-memory
// record buffer: it reads back whole.
func TestLargeBody(t *testing.T) {
	dir := t.TempDir()
	w, err := archive.Open(dir, archive.Config{})
	if err != nil {
		t.Fatal(err)
	}
	big := page(1)
	big.Body = bytes.Repeat([]byte("<p>harbour </p>"), 3<<20/15)
	loc, err := w.Write(t.Context(), big)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := archive.Read(t.Context(), dir, loc)
	if err != nil || !bytes.Equal(r.Body, big.Body) {
		t.Fatalf("read back: %v (%d bytes)", err, len(r.Body))
	}
}
