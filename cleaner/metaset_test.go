package cleaner_test

import (
	"bufio"
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
)

const (
	datedDir = "../testdata/dated"
	// dated2Dir holds a set of dated pages written blind, by a helper who
	// read neither the date code nor the dated set; its .meta files give
	// no authors.
	dated2Dir = "../testdata/dated2"
	// dated3Dir holds a second blind set, written by another helper after
	// dated2's fixes.
	dated3Dir = "../testdata/dated3"
	// metaDir holds pages written for the byline and headline shapes:
	// desks, datelines, employers after a name, kickers, site suffixes.
	metaDir = "../testdata/meta"
)

// metaWant is one page's hand-written metadata: what a reader of the page
// takes its title, authors, day of publication and language to be.
type metaWant struct {
	name, html, url string
	title           string
	authors         []string
	published       string // YYYY-MM-DD, "" for a page without a date
	lang            string
}

// loadDated reads testdata/dated.
func loadDated(tb testing.TB) []metaWant {
	tb.Helper()
	return loadMetaDir(tb, datedDir)
}

// loadMetaDir reads a directory where each page.html has a page.meta of
// "key: value" lines (url, title, author (repeatable), published, lang,
// site).
func loadMetaDir(tb testing.TB, dir string) []metaWant {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no pages in %s (%v)", dir, err)
	}
	var out []metaWant
	for _, f := range files {
		w := metaWant{name: strings.TrimSuffix(filepath.Base(f), ".html"), html: f}
		mf, err := os.Open(strings.TrimSuffix(f, ".html") + ".meta")
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(mf)
		for n := 1; sc.Scan(); n++ {
			k, v, ok := strings.Cut(sc.Text(), ":")
			v = strings.TrimSpace(v)
			if !ok || v == "" {
				tb.Fatalf("%s.meta:%d: want \"key: value\"", w.name, n)
			}
			switch strings.TrimSpace(k) {
			case "url":
				w.url = v
			case "title":
				w.title = v
			case "author":
				w.authors = append(w.authors, v)
			case "published":
				if v != "none" {
					if _, err := time.Parse(time.DateOnly, v); err != nil {
						tb.Fatalf("%s.meta:%d: %v", w.name, n, err)
					}
					w.published = v
				}
			case "lang":
				w.lang = v
			case "site":
			default:
				tb.Fatalf("%s.meta:%d: unknown key %q", w.name, n, k)
			}
		}
		mf.Close()
		if w.url == "" || w.title == "" || w.lang == "" {
			tb.Fatalf("%s.meta: url, title and lang are required", w.name)
		}
		out = append(out, w)
	}
	return out
}

// corpusWants is the corpus pages' metadata, from their phrase files.
func corpusWants(tb testing.TB) []metaWant {
	var out []metaWant
	for _, p := range loadCorpus(tb) {
		w := metaWant{name: p.name, html: p.html, url: p.spec.url, title: p.spec.title,
			authors: p.spec.authors, lang: p.spec.lang}
		if !p.spec.published.IsZero() {
			w.published = p.spec.published.Format(time.DateOnly)
		}
		out = append(out, w)
	}
	return out
}

// metaScore counts right answers per field.
type metaScore struct {
	pages                                     int
	title, authors, date, wrongDate, language int
}

func (s metaScore) rate(n int) float64 { return float64(n) / float64(s.pages) }

func (s metaScore) String() string {
	return fmt.Sprintf("%d pages: title %.3f, authors %.3f, published (day) %.3f with a wrong day on %.3f, language %.3f",
		s.pages, s.rate(s.title), s.rate(s.authors), s.rate(s.date), s.rate(s.wrongDate), s.rate(s.language))
}

func scoreMeta(t *testing.T, wants []metaWant, contentType func(string) string) metaScore {
	t.Helper()
	var s metaScore
	for _, w := range wants {
		data, err := os.ReadFile(w.html)
		if err != nil {
			t.Fatal(err)
		}
		u, err := url.Parse(w.url)
		if err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		a, err := cleaner.Clean(bytes.NewReader(data), u, cleaner.Options{ContentType: contentType(w.name)})
		if err != nil {
			t.Errorf("%s: Clean: %v", w.name, err)
			a = &article.Article{}
		}
		s.pages++
		if a.Title == w.title {
			s.title++
		} else {
			t.Logf("%s: title %q, want %q", w.name, a.Title, w.title)
		}
		if slices.Equal(a.Authors, w.authors) || len(a.Authors) == 0 && len(w.authors) == 0 {
			s.authors++
		} else {
			t.Logf("%s: authors %q, want %q", w.name, a.Authors, w.authors)
		}
		got := ""
		if !a.Published.IsZero() {
			got = a.Published.Format(time.DateOnly)
		}
		switch {
		case got == w.published:
			s.date++
		case got != "" && w.published != "":
			s.wrongDate++
			t.Logf("%s: published %s, want %s", w.name, got, w.published)
		default:
			t.Logf("%s: published %q, want %q", w.name, got, w.published)
		}
		if strings.EqualFold(primary(a.Language), primary(w.lang)) {
			s.language++
		} else {
			t.Logf("%s: language %q, want %q", w.name, a.Language, w.lang)
		}
	}
	return s
}

func primary(tag string) string {
	tag, _, _ = strings.Cut(tag, "-")
	return tag
}

// Floors for the metadata test set, set from the measured rates (go test
// ./cleaner -run MetadataSet -v prints them) a little below, so that a
// change which loses a page or two fails.
var metaFloors = map[string]metaScore{
	// Measured: dates right on 47 of 48 pages, the one wrong an English
	// page's "11/07/2013", meant as 11 July and read the American way as
	// November 7th; every other field 48 of 48.
	"dated": {pages: 100, title: 100, authors: 95, date: 95, wrongDate: 3, language: 100},
	// Measured: before the fixes it led to, dates right on 41 of 44 pages
	// (3 wrong days: a day-first date read month first, an update's <time>
	// taken, and a UTC timestamp's day); now 44 of 44. Its .meta files
	// give no authors, so authors is not scored. Titles: 41 of 44, then 43
	// once the ideographic space of Japanese titles was kept (a Swedish
	// title still loses its last clause, read as a suffix).
	"dated2": {pages: 100, title: 90, authors: 0, date: 95, wrongDate: 3, language: 100},
	// Measured blind: 44 of 44 days, both at its commit and before
	// dated2's fixes; no authors in its .meta files either. Titles 43 of
	// 44, 44 once the ideographic space was kept; languages 43 of 44 (nb
	// for a page declared no).
	"dated3": {pages: 100, title: 90, authors: 0, date: 95, wrongDate: 3, language: 95},
	// Measured: 86 of 86 on every field (TestCorpus checks the same pages
	// exactly, the dates to the second).
	"corpus": {pages: 100, title: 100, authors: 100, date: 100, wrongDate: 0, language: 100},
	// Every page of testdata/meta shows one byline or headline shape the
	// cleaner reads: a page that fails has lost a shape.
	"meta": {pages: 100, title: 100, authors: 100, date: 100, wrongDate: 0, language: 100},
}

// TestMetadataSet reports the metadata's accuracy per field on the dated set
// (testdata/dated, 48 pages in 12 languages) and on the corpus, and fails
// below the floors.
func TestMetadataSet(t *testing.T) {
	contentTypes := map[string]string{}
	for _, p := range loadCorpus(t) {
		contentTypes[p.name] = p.spec.contentType
	}
	ct := func(name string) string { return contentTypes[name] }
	for _, set := range []struct {
		name  string
		wants []metaWant
	}{{"dated", loadDated(t)}, {"dated2", loadMetaDir(t, dated2Dir)}, {"dated3", loadMetaDir(t, dated3Dir)}, {"corpus", corpusWants(t)}, {"meta", loadMetaDir(t, metaDir)}} {
		t.Run(set.name, func(t *testing.T) {
			s := scoreMeta(t, set.wants, ct)
			t.Logf("%s: %v", set.name, s)
			f := metaFloors[set.name]
			check := func(field string, got, floorPct int) {
				if 100*got < floorPct*s.pages {
					t.Errorf("%s: %s right on %d of %d pages, under the floor of %d %%", set.name, field, got, s.pages, floorPct)
				}
			}
			check("title", s.title, f.title)
			check("authors", s.authors, f.authors)
			check("published", s.date, f.date)
			check("language", s.language, f.language)
			if 100*s.wrongDate > f.wrongDate*s.pages {
				t.Errorf("%s: a wrong day on %d of %d pages, over %d %%", set.name, s.wrongDate, s.pages, f.wrongDate)
			}
		})
	}
}
