package archive

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// MaxBody is the largest response body Read and Walk return; a longer one
// is an error (the crawler never stores a larger page).
const MaxBody = 32 << 20

// ErrNotResponse is returned by Read when the record at a Location is not
// a response record.
var ErrNotResponse = errors.New("archive: not a response record")

// open opens the file name of dir, or the same name still open.
func open(dir, name string) (*os.File, error) {
	if name != filepath.Base(name) || name == "." || name == ".." {
		return nil, fmt.Errorf("bad file name %q", name)
	}
	f, err := os.Open(filepath.Join(dir, name))
	if errors.Is(err, os.ErrNotExist) && !strings.HasSuffix(name, openSuffix) {
		f, err = os.Open(filepath.Join(dir, name+openSuffix))
	}
	return f, err
}

// Read reads the response record at loc in dir.
func Read(ctx context.Context, dir string, loc Location) (*Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("archive: read %s@%d: %w", loc.File, loc.Offset, err)
	}
	f, err := open(dir, loc.File)
	if err != nil {
		return nil, fmt.Errorf("archive: read %s@%d: %w", loc.File, loc.Offset, err)
	}
	defer f.Close()
	wr, err := newReader(f, loc.Offset)
	if err != nil {
		return nil, fmt.Errorf("archive: read %s@%d: %w", loc.File, loc.Offset, err)
	}
	defer wr.Close()
	rec, err := wr.Next()
	if err != nil {
		rec.Close()
		return nil, fmt.Errorf("archive: read %s@%d: %w", loc.File, loc.Offset, err)
	}
	defer rec.Close()
	if rec.WarcRecord.Type() != gowarc.Response {
		return nil, fmt.Errorf("%w: %s@%d is %s", ErrNotResponse, loc.File, loc.Offset, rec.WarcRecord.Type())
	}
	r, err := decode(rec.WarcRecord)
	if err != nil {
		return nil, fmt.Errorf("archive: read %s@%d: %w", loc.File, loc.Offset, err)
	}
	return r, nil
}

// newReader returns a reader of the records of f from offset, checking
// each record's digest.
func newReader(f *os.File, offset int64) (*gowarc.WarcFileReader, error) {
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	return gowarc.NewWarcFileReaderFromStream(f, offset, gowarc.WithBlockErrorPolicy(gowarc.ErrFail))
}

// decode turns a response record into a Response.
func decode(rec gowarc.WarcRecord) (*Response, error) {
	raw, err := rec.Block().RawBytes()
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(io.LimitReader(raw, MaxBody+64<<10))
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return nil, fmt.Errorf("http message: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxBody+1))
	if err != nil {
		return nil, fmt.Errorf("http body: %w", err)
	}
	if len(body) > MaxBody {
		return nil, fmt.Errorf("http body over %d bytes", MaxBody)
	}
	r := &Response{
		URL:    rec.WarcHeader().GetId(gowarc.WarcTargetURI),
		Status: resp.StatusCode,
		Header: resp.Header,
		Body:   body,
	}
	if r.URL == "" {
		r.URL = rec.WarcHeader().Get(gowarc.WarcTargetURI)
	}
	if d, err := rec.WarcHeader().GetTime(gowarc.WarcDate); err == nil {
		r.Date = d
	}
	return r, nil
}

// Walk calls fn with every response record of the WARC files in dir, oldest
// first, and its location. A record that cannot be read ends the walk
// with its error, except a partial record at the end of a file (a crash
// while it was written), which is skipped.
func Walk(ctx context.Context, dir string, fn func(*Response, Location) error) error {
	names, err := Files(dir)
	if err != nil {
		return err
	}
	for _, name := range names {
		if err := walkFile(ctx, dir, name, fn); err != nil {
			return err
		}
	}
	return nil
}

func walkFile(ctx context.Context, dir, name string, fn func(*Response, Location) error) error {
	f, err := open(dir, name)
	if err != nil {
		return fmt.Errorf("archive: walk %s: %w", name, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("archive: walk %s: %w", name, err)
	}
	wr, err := newReader(f, 0)
	if err != nil {
		return fmt.Errorf("archive: walk %s: %w", name, err)
	}
	defer wr.Close()
	file := strings.TrimSuffix(name, openSuffix)
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("archive: walk %s: %w", name, err)
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			rec.Close()
			return nil
		}
		if err != nil {
			rec.Close()
			if rec.Offset >= 0 && lastPartial(f, fi.Size(), rec.Offset) {
				return nil
			}
			return fmt.Errorf("archive: walk %s@%d: %w", name, rec.Offset, err)
		}
		if rec.WarcRecord.Type() == gowarc.Response {
			r, derr := decode(rec.WarcRecord)
			if derr != nil {
				rec.Close()
				return fmt.Errorf("archive: walk %s@%d: %w", name, rec.Offset, derr)
			}
			if err := fn(r, Location{File: file, Offset: rec.Offset}); err != nil {
				rec.Close()
				return err
			}
		}
		rec.Close()
	}
}

// lastPartial reports whether the gzip member at off in f is cut short:
// the tail a crash left while the record was written.
func lastPartial(f *os.File, size, off int64) bool {
	if off >= size {
		return true
	}
	zr, err := gzip.NewReader(io.NewSectionReader(f, off, size-off))
	if err != nil {
		return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
	}
	zr.Multistream(false)
	_, err = io.Copy(io.Discard, io.LimitReader(zr, MaxBody+1<<20))
	return errors.Is(err, io.ErrUnexpectedEOF)
}
