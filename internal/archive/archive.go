package archive

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// DefaultMaxFileSize is the size at which a WARC file is closed and the
// next one begun, when Config.MaxFileSize is 0.
const DefaultMaxFileSize = 100 << 20

// openSuffix ends the name of a WARC file that is being written.
const openSuffix = ".open"

// gowarcMu serialises the calls into gowarc that make its record options
// (building a record, writing one, which may build a file's warcinfo
// record, and making a reader): each sets a global of github.com/google/uuid
// (EnableRandPool) without a lock, a data race between two goroutines.
var gowarcMu sync.Mutex

// Config tunes Open. The zero value is ready to use.
type Config struct {
	// MaxFileSize is the size of a WARC file, in compressed bytes, past
	// which the next record goes to a new file; 0 means
	// DefaultMaxFileSize.
	MaxFileSize int64
}

// Response is one archived HTTP response.
type Response struct {
	// URL is the page's URL (WARC-Target-URI).
	URL string
	// RequestURL is the URL that was requested, before redirects; empty
	// when it is URL.
	RequestURL string
	// Status is the HTTP status code.
	Status int
	// Header is the response header.
	Header http.Header
	// Body is the body, decoded of any Content-Encoding.
	Body []byte
	// Date is when the response arrived (WARC-Date).
	Date time.Time
}

// Location is where a response record starts: a file name relative to
// the archive's directory and the offset of its gzip member.
type Location struct {
	File   string `json:"file"`
	Offset int64  `json:"offset"`
}

// Writer appends responses to the WARC files of one directory. Its
// methods are safe for concurrent use. The caller must Close it.
type Writer struct {
	dir string
	w   *gowarc.WarcFileWriter

	mu     sync.Mutex // guards closed
	closed bool
}

// Open creates dir if needed, closes the files a crash left open (renames
// them without their ".open" suffix) and returns a Writer that adds new
// files to dir.
func Open(dir string, cfg Config) (*Writer, error) {
	if cfg.MaxFileSize < 0 {
		return nil, fmt.Errorf("archive: MaxFileSize %d < 0", cfg.MaxFileSize)
	}
	if cfg.MaxFileSize == 0 {
		cfg.MaxFileSize = DefaultMaxFileSize
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("archive: open %s: %w", dir, err)
	}
	if err := recoverOpen(dir); err != nil {
		return nil, fmt.Errorf("archive: open %s: %w", dir, err)
	}
	var rnd [4]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return nil, fmt.Errorf("archive: open %s: %w", dir, err)
	}
	names := &nameGenerator{dir: dir, tag: hex.EncodeToString(rnd[:])}
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(names),
		gowarc.WithMaxFileSize(cfg.MaxFileSize),
		gowarc.WithCompression(true),
		gowarc.WithOpenFileSuffix(openSuffix),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: pith\r\nformat: WARC File Format 1.1\r\n")
			return err
		}),
		gowarc.WithRecordOptions(recordOptions()...),
	)
	return &Writer{dir: dir, w: w}, nil
}

// recordOptions are the options of the records written: ids, lengths and
// digests added, and a record kept in memory up to MaxBody (the library
// would otherwise spill one over 1 MB to a file in the system's temporary
// directory).
func recordOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true),
		gowarc.WithBufferMaxMemBytes(MaxBody + 64<<10),
	}
}

// recoverOpen renames the files a crash left open: their complete records
// are readable, and a partial last one is reported by the reader.
func recoverOpen(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasSuffix(name, openSuffix) {
			continue
		}
		if err := os.Rename(filepath.Join(dir, name), filepath.Join(dir, strings.TrimSuffix(name, openSuffix))); err != nil {
			return err
		}
	}
	return nil
}

// nameGenerator names WARC files pith-<UTC time>-<serial>-<tag>.warc: the
// time and serial sort them in the order they were begun, the random tag
// keeps two runs in the same second apart.
type nameGenerator struct {
	dir    string
	tag    string
	serial atomic.Int64
}

func (g *nameGenerator) NewWarcfileName() (string, string) {
	n := g.serial.Add(1)
	return g.dir, fmt.Sprintf("pith-%s-%05d-%s.warc", time.Now().UTC().Format("20060102150405"), n, g.tag)
}

// Write appends r as a response record and a metadata record concurrent to
// it, and returns where the response record is. ctx is checked before the
// write; the write itself is not interrupted.
func (w *Writer) Write(ctx context.Context, r Response) (Location, error) {
	if err := ctx.Err(); err != nil {
		return Location{}, fmt.Errorf("archive: write %s: %w", r.URL, err)
	}
	w.mu.Lock()
	closed := w.closed
	w.mu.Unlock()
	if closed {
		return Location{}, fmt.Errorf("archive: write %s: writer closed", r.URL)
	}
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	resp, err := responseRecord(r)
	if err != nil {
		return Location{}, fmt.Errorf("archive: write %s: %w", r.URL, err)
	}
	meta, err := metadataRecord(r, resp.RecordId())
	if err != nil {
		resp.Close()
		return Location{}, fmt.Errorf("archive: write %s: %w", r.URL, err)
	}
	res := w.w.Write(resp, meta)
	if len(res) != 2 {
		return Location{}, fmt.Errorf("archive: write %s: writer closed", r.URL)
	}
	if err := errors.Join(res[0].Err, res[1].Err); err != nil {
		return Location{}, fmt.Errorf("archive: write %s: %w", r.URL, err)
	}
	return Location{File: res[0].FileName, Offset: res[0].FileOffset}, nil
}

// responseRecord builds the response record of r. The body is stored
// decoded, so the Content-Encoding, Transfer-Encoding and Content-Length
// headers the server sent are replaced by the body's length.
func responseRecord(r Response) (gowarc.WarcRecord, error) {
	var msg bytes.Buffer
	fmt.Fprintf(&msg, "HTTP/1.1 %d %s\r\n", r.Status, http.StatusText(r.Status))
	h := r.Header.Clone()
	if h == nil {
		h = http.Header{}
	}
	for _, k := range []string{"Content-Encoding", "Transfer-Encoding", "Content-Length"} {
		h.Del(k)
	}
	h.Set("Content-Length", fmt.Sprint(len(r.Body)))
	if err := h.WriteSubset(&msg, nil); err != nil {
		return nil, err
	}
	msg.WriteString("\r\n")
	msg.Write(r.Body)

	b := gowarc.NewRecordBuilder(gowarc.Response, recordOptions()...)
	if _, err := b.Write(msg.Bytes()); err != nil {
		b.Close()
		return nil, err
	}
	b.AddWarcHeader(gowarc.WarcTargetURI, r.URL)
	b.AddWarcHeaderTime(gowarc.WarcDate, dateOf(r))
	b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	rec, _, err := b.Build()
	return rec, err
}

// metadataRecord builds the record that names what the response record
// does not: the URL requested before redirects.
func metadataRecord(r Response, concurrentTo string) (gowarc.WarcRecord, error) {
	b := gowarc.NewRecordBuilder(gowarc.Metadata, recordOptions()...)
	req := r.RequestURL
	if req == "" {
		req = r.URL
	}
	if _, err := fmt.Fprintf(b, "via: %s\r\n", fieldValue(req)); err != nil {
		b.Close()
		return nil, err
	}
	b.AddWarcHeader(gowarc.WarcTargetURI, r.URL)
	b.AddWarcHeaderTime(gowarc.WarcDate, dateOf(r))
	b.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+concurrentTo+">")
	b.AddWarcHeader(gowarc.ContentType, "application/warc-fields")
	rec, _, err := b.Build()
	return rec, err
}

// fieldValue keeps a URL on one line of a warc-fields block.
func fieldValue(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, s)
}

func dateOf(r Response) time.Time {
	if r.Date.IsZero() {
		return time.Now().UTC()
	}
	return r.Date.UTC()
}

// Close closes the open WARC file; no Write may follow.
func (w *Writer) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return nil
	}
	w.closed = true
	w.mu.Unlock()
	if err := w.w.Close(); err != nil {
		return fmt.Errorf("archive: close: %w", err)
	}
	return nil
}

// Files returns the WARC files of dir, oldest first, including one still
// open.
func Files(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && (strings.HasSuffix(n, ".warc.gz") || strings.HasSuffix(n, ".warc.gz"+openSuffix)) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}
