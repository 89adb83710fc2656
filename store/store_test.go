package store_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/store"
)

var (
	t0 = time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	t1 = t0.Add(24 * time.Hour)
	t2 = t1.Add(24 * time.Hour)
)

func newArticle(url, title, text string) *article.Article {
	return &article.Article{
		URL:       url,
		SourceURL: url,
		Title:     title,
		Authors:   []string{"A. Writer"},
		Published: t0.Add(-time.Hour),
		SiteName:  "News",
		Language:  "en",
		Text:      text,
		HTML:      "<p>" + text + " &amp; more</p>",
		WordCount: article.CountWords(text),
		Removed:   []article.Removal{{Kind: "cookie", Rule: "banner", Text: "We use cookies"}},
	}
}

func open(t *testing.T, dir string) *store.Dir {
	t.Helper()
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return d
}

func put(t *testing.T, d *store.Dir, a *article.Article, f store.Fetch) store.Result {
	t.Helper()
	res, err := d.Put(t.Context(), a, f)
	if err != nil {
		t.Fatalf("Put(%s): %v", a.URL, err)
	}
	return res
}

func readFile(t *testing.T, dir, rel string) *article.Article {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return &a
}

// articleFiles lists the files outside .pith, failing on anything in the
// out dir that is not an article JSON file or a host directory.
func articleFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case rel == ".":
		case rel == ".pith":
			return fs.SkipDir
		case e.IsDir():
			if strings.Count(rel, string(filepath.Separator)) != 0 {
				t.Errorf("unexpected nested directory %s", rel)
			}
		case e.Type().IsRegular() && strings.HasSuffix(rel, ".json"):
			files = append(files, filepath.ToSlash(rel))
		default:
			t.Errorf("unexpected file %s in the out dir", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestPutOutcomes(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	const u = "https://news.example/2025/03/01/story.html"

	// New article: created, with fetched_at from the fetch.
	a := newArticle(u, "Story", "First version of the story.")
	res := put(t, d, a, store.Fetch{URL: u, ETag: `"v1"`, At: t0})
	if res.Outcome != store.Created || res.Path != store.Path(u) {
		t.Fatalf("first Put = %+v, want created at %s", res, store.Path(u))
	}
	if got := readFile(t, dir, res.Path); !got.FetchedAt.Equal(t0) || !got.Modified.IsZero() {
		t.Errorf("created file: fetched_at %v modified %v, want %v and zero", got.FetchedAt, got.Modified, t0)
	}
	before, err := os.Stat(filepath.Join(dir, res.Path))
	if err != nil {
		t.Fatal(err)
	}

	// Same content fetched again: unchanged, file not rewritten.
	a = newArticle(u, "Story", "First version of the story.")
	a.Removed = nil // removals do not make a change
	res = put(t, d, a, store.Fetch{URL: u, ETag: `"v1b"`, At: t1})
	if res.Outcome != store.Unchanged {
		t.Fatalf("second Put = %v, want unchanged", res.Outcome)
	}
	after, err := os.Stat(filepath.Join(dir, res.Path))
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("unchanged article was rewritten")
	}
	if got := readFile(t, dir, res.Path); !got.FetchedAt.Equal(t0) {
		t.Errorf("unchanged file fetched_at = %v, want %v", got.FetchedAt, t0)
	}
	if etag, _ := d.Validators(u); etag != `"v1b"` {
		t.Errorf("Validators after unchanged = %q, want the new ETag", etag)
	}

	// Changed content: rewritten, modified and fetched_at updated.
	a = newArticle(u, "Story", "Second version of the story, with a correction.")
	res = put(t, d, a, store.Fetch{URL: u, At: t2})
	if res.Outcome != store.Updated {
		t.Fatalf("third Put = %v, want updated", res.Outcome)
	}
	got := readFile(t, dir, res.Path)
	if !got.FetchedAt.Equal(t2) || !got.Modified.Equal(t2) || got.Text != a.Text {
		t.Errorf("updated file: fetched_at %v modified %v text %q, want %v, %v, %q", got.FetchedAt, got.Modified, got.Text, t2, t2, a.Text)
	}

	// The same article at another URL: stored once.
	const dup = "https://news.example/amp/story"
	b := newArticle(dup, "Story", "Second version of the story, with a correction.")
	res = put(t, d, b, store.Fetch{URL: dup, At: t2})
	if res.Outcome != store.Duplicate || res.Path != store.Path(u) {
		t.Errorf("Put at second URL = %+v, want duplicate of %s", res, store.Path(u))
	}
	if files := articleFiles(t, dir); len(files) != 1 {
		t.Errorf("files = %v, want one", files)
	}
	rec, ok, err := d.Record(t.Context(), dup)
	if err != nil || !ok || rec.Path != store.Path(u) {
		t.Errorf("Record(dup) = %+v, %v, %v; want the first URL's path", rec, ok, err)
	}
}

func TestPutKeepsLaterModified(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	const u = "https://news.example/story"
	put(t, d, newArticle(u, "S", "one"), store.Fetch{At: t0})
	a := newArticle(u, "S", "two")
	a.Modified = t2 // the page says when it changed
	put(t, d, a, store.Fetch{At: t1})
	if got := readFile(t, dir, store.Path(u)); !got.Modified.Equal(t2) || !got.FetchedAt.Equal(t1) {
		t.Errorf("modified %v fetched_at %v, want %v and %v", got.Modified, got.FetchedAt, t2, t1)
	}
}

func TestFileFormat(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	a := newArticle("https://news.example/fmt", "Fish & <Chips>", "Text.")
	a.FetchedAt = t0
	res := put(t, d, a, store.Fetch{})
	data, err := os.ReadFile(filepath.Join(dir, res.Path))
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), string(data)); diff != "" {
		t.Errorf("file differs from the pith clean encoding (-want +got):\n%s", diff)
	}
	if !bytes.Contains(data, []byte(`"html": "<p>Text. &amp; more</p>"`)) {
		t.Errorf("HTML escaped in file:\n%s", data)
	}
}

func TestValidatorsAndTouch(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	const u = "https://news.example/v"
	if e, l := d.Validators(u); e != "" || l != "" {
		t.Errorf("Validators(unknown) = %q, %q, want empty", e, l)
	}
	if err := d.Touch(t.Context(), store.Fetch{URL: u, At: t1}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Touch(unknown) = %v, want ErrNotFound", err)
	}
	put(t, d, newArticle(u, "V", "text"), store.Fetch{ETag: `"e1"`, LastModified: "Sat, 01 Mar 2025 10:00:00 GMT", At: t0})
	if e, l := d.Validators(u); e != `"e1"` || l != "Sat, 01 Mar 2025 10:00:00 GMT" {
		t.Errorf("Validators = %q, %q", e, l)
	}
	if err := d.Touch(t.Context(), store.Fetch{URL: u, At: t1}); err != nil {
		t.Fatal(err)
	}
	rec, _, err := d.Record(t.Context(), u)
	if err != nil || !rec.FetchedAt.Equal(t1) || rec.ETag != `"e1"` {
		t.Errorf("after Touch: %+v, %v; want fetched_at %v and the old ETag", rec, err, t1)
	}
	// A file deleted by hand is fetched in full again.
	if err := os.Remove(filepath.Join(dir, store.Path(u))); err != nil {
		t.Fatal(err)
	}
	if e, l := d.Validators(u); e != "" || l != "" {
		t.Errorf("Validators with the file gone = %q, %q, want empty", e, l)
	}
	res := put(t, d, newArticle(u, "V", "text"), store.Fetch{At: t2})
	if res.Outcome != store.Created {
		t.Errorf("Put after the file was deleted = %v, want created", res.Outcome)
	}
}

func TestOpenSweepsTempFiles(t *testing.T) {
	dir := t.TempDir()
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(dir, ".pith", "tmp")
	for _, name := range []string{"abc.tmp", "half-written.tmp"} {
		if err := os.WriteFile(filepath.Join(tmp, name), []byte(`{"url": "htt`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	open(t, dir)
	entries, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("temporary files left after Open: %v", entries)
	}
}

func TestOpenLocked(t *testing.T) {
	dir := t.TempDir()
	open(t, dir)
	_, err := store.Open(t.Context(), dir, store.Config{LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, store.ErrLocked) {
		t.Errorf("second Open = %v, want ErrLocked", err)
	}
}

func TestClosed(t *testing.T) {
	d, err := store.Open(t.Context(), t.TempDir(), store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Put(t.Context(), newArticle("https://x.example/a", "a", "b"), store.Fetch{}); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Put after Close = %v, want ErrClosed", err)
	}
	if err := d.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
}

func TestPutBadInput(t *testing.T) {
	d := open(t, t.TempDir())
	if _, err := d.Put(t.Context(), nil, store.Fetch{}); err == nil {
		t.Error("Put(nil) succeeded")
	}
	if _, err := d.Put(t.Context(), &article.Article{Title: "no url"}, store.Fetch{}); err == nil {
		t.Error("Put without URL succeeded")
	}
}

func TestHostileURLsStayInside(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	d := open(t, dir)
	for i, u := range hostileURLs {
		a := newArticle(u, fmt.Sprint("hostile ", i), fmt.Sprint("text ", i))
		if _, err := d.Put(t.Context(), a, store.Fetch{URL: u, At: t0}); err != nil {
			if u == "" {
				continue // refused: no URL
			}
			t.Errorf("Put(%q): %v", u, err)
		}
	}
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "out" {
		t.Errorf("parent of the out dir holds %v, want only out", entries)
	}
	files := articleFiles(t, dir)
	if len(files) != len(hostileURLs)-1 {
		t.Errorf("stored %d files, want %d: %v", len(files), len(hostileURLs)-1, files)
	}
	if _, err := os.Stat(filepath.Join(dir, ".pith", "state.db")); err != nil {
		t.Errorf("state db: %v", err)
	}
}

func TestRunResume(t *testing.T) {
	dir := t.TempDir()
	const key = "https://news.example/"
	urls := []string{"https://news.example/a", "https://news.example/b"}

	// A first run stores one article and is killed: no End.
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r1, err := d.BeginRun(t.Context(), key)
	if err != nil {
		t.Fatal(err)
	}
	if r1.Resuming() || r1.Skip(urls[0]) {
		t.Errorf("first run resumes something")
	}
	put(t, d, newArticle(urls[0], "A", "a"), store.Fetch{At: time.Now()})
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// The next run skips what the killed one stored, and is interrupted.
	d = open(t, dir)
	r2, err := d.BeginRun(t.Context(), key)
	if err != nil {
		t.Fatal(err)
	}
	if !r2.Resuming() || !r2.Skip(urls[0]) || r2.Skip(urls[1]) {
		t.Errorf("second run: resuming %v, skip a %v, skip b %v; want true, true, false", r2.Resuming(), r2.Skip(urls[0]), r2.Skip(urls[1]))
	}
	if other, err := d.BeginRun(t.Context(), "https://other.example/"); err != nil || other.Resuming() {
		t.Errorf("a run under another key resumes: %v", err)
	}
	put(t, d, newArticle(urls[1], "B", "b"), store.Fetch{At: time.Now()})
	if err := r2.End(t.Context(), false); err != nil {
		t.Fatal(err)
	}

	// A file written by a run killed before it recorded it counts as
	// fetched: the state db does not know c, its file is there.
	const c = "https://news.example/c"
	if err := os.MkdirAll(filepath.Join(dir, "news.example"), 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(&article.Article{URL: c, Title: "C", Text: "c", FetchedAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, store.Path(c)), data, 0o644); err != nil {
		t.Fatal(err)
	}

	// The third run resumes both interrupted runs, then completes.
	r3, err := d.BeginRun(t.Context(), key)
	if err != nil {
		t.Fatal(err)
	}
	if !r3.Skip(urls[0]) || !r3.Skip(urls[1]) || !r3.Skip(c) {
		t.Errorf("third run: skip a %v, b %v, c %v; want all", r3.Skip(urls[0]), r3.Skip(urls[1]), r3.Skip(c))
	}
	if err := r3.End(t.Context(), true); err != nil {
		t.Fatal(err)
	}

	// After a complete run, everything is fetched again.
	r4, err := d.BeginRun(t.Context(), key)
	if err != nil {
		t.Fatal(err)
	}
	if r4.Resuming() || r4.Skip(urls[0]) {
		t.Errorf("run after a complete one resumes")
	}
	if r4.ID() <= r3.ID() {
		t.Errorf("run ids %d then %d, want increasing", r3.ID(), r4.ID())
	}
}

func TestStateLagsFiles(t *testing.T) {
	// A crash between the rename and the state commit, or a deleted state
	// db: the file on disk is trusted, and not rewritten when unchanged.
	dir := t.TempDir()
	const u = "https://news.example/lag"
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, d, newArticle(u, "L", "text"), store.Fetch{At: t0})
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, ".pith", "state.db")); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(filepath.Join(dir, store.Path(u)))
	if err != nil {
		t.Fatal(err)
	}
	d = open(t, dir)
	if res := put(t, d, newArticle(u, "L", "text"), store.Fetch{At: t1}); res.Outcome != store.Unchanged {
		t.Errorf("Put = %v, want unchanged", res.Outcome)
	}
	after, err := os.Stat(filepath.Join(dir, store.Path(u)))
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) {
		t.Error("file rewritten")
	}
	if res := put(t, d, newArticle(u, "L", "new text"), store.Fetch{At: t2}); res.Outcome != store.Updated {
		t.Errorf("Put of changed text = %v, want updated", res.Outcome)
	}
}

func TestConcurrentPuts(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	const n = 16
	var wg sync.WaitGroup
	outcomes := make([]store.Outcome, 2*n)
	errs := make([]error, 2*n)
	for i := range 2 * n {
		wg.Go(func() {
			var a *article.Article
			if i < n {
				// n URLs of one article.
				a = newArticle(fmt.Sprintf("https://news.example/same?v=%d", i), "Same", "the same text")
			} else {
				// n distinct articles.
				a = newArticle(fmt.Sprintf("https://news.example/art%d", i), "Other", fmt.Sprint("text ", i))
			}
			res, err := d.Put(t.Context(), a, store.Fetch{At: t0})
			outcomes[i], errs[i] = res.Outcome, err
		})
	}
	wg.Wait()
	count := map[store.Outcome]int{}
	for i, o := range outcomes {
		if errs[i] != nil {
			t.Fatalf("Put %d: %v", i, errs[i])
		}
		count[o]++
	}
	want := map[store.Outcome]int{store.Created: n + 1, store.Duplicate: n - 1}
	if diff := cmp.Diff(want, count); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	if files := articleFiles(t, dir); len(files) != n+1 {
		t.Errorf("%d files, want %d", len(files), n+1)
	}
}

func TestAliases(t *testing.T) {
	d := open(t, t.TempDir())
	const u, print, redirect = "https://news.example/a", "https://news.example/a?print=1", "https://news.example/r/1"
	put(t, d, newArticle(u, "A", "text"), store.Fetch{URL: print, Aliases: []string{u, print, ""}, ETag: `"e"`, At: t0})
	for _, k := range []string{u, print} {
		if etag, _ := d.Validators(k); etag != `"e"` {
			t.Errorf("Validators(%s) = %q, want the ETag", k, etag)
		}
	}
	if err := d.Touch(t.Context(), store.Fetch{URL: u, Aliases: []string{redirect}, At: t1}); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{u, redirect} {
		if rec, ok, err := d.Record(t.Context(), k); err != nil || !ok || !rec.FetchedAt.Equal(t1) || rec.ETag != `"e"` {
			t.Errorf("Record(%s) after Touch = %+v, %v, %v", k, rec, ok, err)
		}
	}
}

// TestLongURL stores an article fetched at a 40 KiB URL, with a 40 KiB
// alias: bbolt refuses keys over 32 KiB, so before urlKey the state
// update failed ("key too large") and every later crawl of the site with
// it.
func TestLongURL(t *testing.T) {
	d := open(t, t.TempDir())
	u := "https://news.example/long?q=" + strings.Repeat("x", 40<<10)
	alias := u + "&b=1"
	put(t, d, newArticle(u, "Long", "text"), store.Fetch{Aliases: []string{alias}, ETag: `"l"`, At: t0})
	if e, _ := d.Validators(alias); e != `"l"` {
		t.Errorf("Validators(alias) = %q, want the stored ETag", e)
	}
	if err := d.Touch(t.Context(), store.Fetch{URL: u, At: t1}); err != nil {
		t.Errorf("Touch: %v", err)
	}
}

// TestDuplicateOfUnreadable stores an article whose content is recorded
// as another file's, when that file has been corrupted: it is written,
// not taken as a duplicate of a file no reader can read.
func TestDuplicateOfUnreadable(t *testing.T) {
	dir := t.TempDir()
	d := open(t, dir)
	first := put(t, d, newArticle("https://news.example/a", "Same", "text"), store.Fetch{At: t0})
	if err := os.WriteFile(filepath.Join(dir, first.Path), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := put(t, d, newArticle("https://news.example/b", "Same", "text"), store.Fetch{At: t1})
	if res.Outcome != store.Created {
		t.Errorf("Put of the same content after the first file was corrupted = %v, want created", res.Outcome)
	}
}
