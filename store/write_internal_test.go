package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
)

// fullFile is a temporary file on a disk that fills up after room bytes.
type fullFile struct {
	*os.File
	room int
}

func (f *fullFile) Write(p []byte) (int, error) {
	if len(p) > f.room {
		n, err := f.File.Write(p[:f.room])
		f.room = 0
		if err != nil {
			return n, err
		}
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	f.room -= len(p)
	return f.File.Write(p)
}

// syncFailFile fails at fsync, as a disk that cannot flush its cache.
type syncFailFile struct{ *os.File }

func (f syncFailFile) Sync() error {
	return &os.PathError{Op: "sync", Path: f.Name(), Err: syscall.EIO}
}

func TestWriteErrorLeavesNoPartialFile(t *testing.T) {
	tests := []struct {
		name    string
		open    func(f *os.File) tempFile
		wantErr error
	}{
		{"disk full", func(f *os.File) tempFile { return &fullFile{File: f, room: 100} }, syscall.ENOSPC},
		{"disk full at once", func(f *os.File) tempFile { return &fullFile{File: f} }, syscall.ENOSPC},
		{"fsync fails", func(f *os.File) tempFile { return syncFailFile{f} }, syscall.EIO},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			d, err := Open(t.Context(), dir, Config{})
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			const u, u2 = "https://news.example/story", "https://news.example/new"
			at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
			old := &article.Article{URL: u, Title: "T", Text: "old text", FetchedAt: at}
			if _, err := d.Put(t.Context(), old, Fetch{ETag: `"old"`}); err != nil {
				t.Fatal(err)
			}
			oldData, err := os.ReadFile(filepath.Join(dir, Path(u)))
			if err != nil {
				t.Fatal(err)
			}

			d.openTemp = func(name string) (tempFile, error) {
				f, err := d.root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
				if err != nil {
					return nil, err
				}
				return tc.open(f), nil
			}

			// An update fails: the old file stays whole, the state unchanged.
			changed := &article.Article{URL: u, Title: "T", Text: "new text that is long enough to fill the disk", FetchedAt: at.Add(time.Hour)}
			if _, err := d.Put(t.Context(), changed, Fetch{ETag: `"new"`}); !errors.Is(err, tc.wantErr) {
				t.Errorf("Put (update) = %v, want %v", err, tc.wantErr)
			}
			data, err := os.ReadFile(filepath.Join(dir, Path(u)))
			if err != nil || string(data) != string(oldData) {
				t.Errorf("old file after a failed update: %v\n%s", err, data)
			}
			if etag, _ := d.Validators(u); etag != `"old"` {
				t.Errorf("ETag after a failed update = %q, want the old one", etag)
			}

			// A new article fails: no file, no state.
			if _, err := d.Put(t.Context(), &article.Article{URL: u2, Title: "N", Text: "new"}, Fetch{}); !errors.Is(err, tc.wantErr) {
				t.Errorf("Put (create) = %v, want %v", err, tc.wantErr)
			}
			if _, err := os.Stat(filepath.Join(dir, Path(u2))); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("file of a failed create: %v", err)
			}
			if _, ok, _ := d.Record(t.Context(), u2); ok {
				t.Error("state recorded for a failed create")
			}
			entries, err := os.ReadDir(filepath.Join(dir, d.tmpDir()))
			if err != nil || len(entries) != 0 {
				t.Errorf("temporary files left: %v %v", entries, err)
			}
		})
	}
}
