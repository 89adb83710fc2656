package cleaner_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
)

// update rewrites the golden files: go test ./cleaner -run Corpus -update
var update = flag.Bool("update", false, "rewrite testdata/golden/*.json from the cleaner's output")

const (
	pagesDir  = "../testdata/pages"
	goldenDir = "../testdata/golden"
)

// spec is one page's phrase file (testdata/README.md documents the format).
type spec struct {
	url         string
	contentType string
	keep        []string

	title, lang, site, canonical, image, description string
	standfirst                                       string
	published, modified                              time.Time
	authors                                          []string
	// noAuthors and noPublished say the page names no author, or gives no
	// publication date ("author: none", "published: none").
	noAuthors, noPublished bool

	kinds, noKinds []string
	must, mustNot  []string
}

// corpusPage is one page of the corpus: its HTML file and its phrase file.
type corpusPage struct {
	name string // file name without extension
	html string // path of the .html file
	spec spec
}

// loadCorpus reads every testdata/pages/*.html with its .phrases file.
func loadCorpus(tb testing.TB) []corpusPage {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(pagesDir, "*.html"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatalf("no pages in %s", pagesDir)
	}
	var pages []corpusPage
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		sp, err := readSpec(strings.TrimSuffix(f, ".html") + ".phrases")
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		pages = append(pages, corpusPage{name: name, html: f, spec: sp})
	}
	return pages
}

// readSpec parses a phrase file: "key: value" lines, '#' comments, blank
// lines ignored. Unknown keys are an error so a typo cannot disable a check.
func readSpec(path string) (spec, error) {
	var sp spec
	f, err := os.Open(path)
	if err != nil {
		return sp, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			return sp, fmt.Errorf("%s:%d: want \"key: value\", got %q", path, n, line)
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if val == "" {
			return sp, fmt.Errorf("%s:%d: empty value for %q", path, n, key)
		}
		switch key {
		case "url":
			sp.url = val
		case "contenttype":
			sp.contentType = val
		case "keep":
			sp.keep = append(sp.keep, val)
		case "title":
			sp.title = val
		case "lang":
			sp.lang = val
		case "site":
			sp.site = val
		case "canonical":
			sp.canonical = val
		case "image":
			sp.image = val
		case "description":
			sp.description = val
		case "standfirst":
			sp.standfirst = norm(val)
		case "author":
			if val == "none" {
				sp.noAuthors = true
			} else {
				sp.authors = append(sp.authors, val)
			}
		case "published", "modified":
			if key == "published" && val == "none" {
				sp.noPublished = true
				continue
			}
			t, err := time.Parse(time.RFC3339, val)
			if err != nil {
				return sp, fmt.Errorf("%s:%d: %s: %w", path, n, key, err)
			}
			if key == "published" {
				sp.published = t
			} else {
				sp.modified = t
			}
		case "kind":
			sp.kinds = append(sp.kinds, val)
		case "nokind":
			sp.noKinds = append(sp.noKinds, val)
		case "must":
			sp.must = append(sp.must, norm(val))
		case "mustnot":
			sp.mustNot = append(sp.mustNot, norm(val))
		default:
			return sp, fmt.Errorf("%s:%d: unknown key %q", path, n, key)
		}
	}
	if err := sc.Err(); err != nil {
		return sp, err
	}
	if sp.url == "" {
		return sp, fmt.Errorf("%s: no url: line", path)
	}
	return sp, nil
}

// norm collapses every run of white space (including no-break spaces and
// newlines) to one space, so phrases match across line and paragraph breaks.
func norm(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// clean runs the cleaner on one corpus page as its phrase file says.
func clean(tb testing.TB, p corpusPage) (*article.Article, error) {
	tb.Helper()
	u, err := url.Parse(p.spec.url)
	if err != nil {
		tb.Fatalf("%s: url: %v", p.name, err)
	}
	data, err := os.ReadFile(p.html)
	if err != nil {
		tb.Fatal(err)
	}
	return cleaner.Clean(bytes.NewReader(data), u, cleaner.Options{
		ContentType: p.spec.contentType,
		Keep:        p.spec.keep,
	})
}

// phraseResult counts the phrase checks of one page.
type phraseResult struct {
	missing []string // must phrases not in the text
	leaked  []string // mustnot phrases still in the text
}

func checkPhrases(sp spec, a *article.Article) phraseResult {
	var r phraseResult
	text := norm(a.Text)
	for _, m := range sp.must {
		if !strings.Contains(text, m) {
			r.missing = append(r.missing, m)
		}
	}
	for _, m := range sp.mustNot {
		if strings.Contains(text, m) {
			r.leaked = append(r.leaked, m)
		}
	}
	return r
}

func TestCorpus(t *testing.T) {
	for _, p := range loadCorpus(t) {
		t.Run(p.name, func(t *testing.T) {
			a, err := clean(t, p)
			if err != nil {
				t.Fatalf("Clean: %v", err)
			}
			sp := p.spec

			r := checkPhrases(sp, a)
			for _, m := range r.missing {
				t.Errorf("article text lost: must %q is not in the text", m)
			}
			for _, m := range r.leaked {
				t.Errorf("boilerplate leaked: mustnot %q is in the text", m)
			}

			kinds := map[string]bool{}
			for _, rm := range a.Removed {
				kinds[rm.Kind] = true
			}
			for _, k := range sp.kinds {
				if !kinds[k] {
					t.Errorf("removed has no kind %q; got kinds %v", k, sortedKeys(kinds))
				}
			}
			for _, k := range sp.noKinds {
				if kinds[k] {
					t.Errorf("removed has kind %q, want none; removals of that kind: %s", k, removalsOf(a, k))
				}
			}

			checkMeta(t, sp, a)
			checkGolden(t, p.name, a)
		})
	}
}

func checkMeta(t *testing.T, sp spec, a *article.Article) {
	t.Helper()
	eq := func(field, got, want string) {
		if want != "" && got != want {
			t.Errorf("%s: got %q, want %q", field, got, want)
		}
	}
	eq("title", a.Title, sp.title)
	eq("site_name", a.SiteName, sp.site)
	eq("url", a.URL, sp.canonical)
	eq("image", a.Image, sp.image)
	if sp.lang != "" && !strings.EqualFold(a.Language, sp.lang) {
		t.Errorf("language: got %q, want %q", a.Language, sp.lang)
	}
	if sp.description != "" && !strings.Contains(norm(a.Description), norm(sp.description)) {
		t.Errorf("description: got %q, want it to contain %q", a.Description, sp.description)
	}
	// The standfirst belongs in the description, and only there.
	if sp.standfirst != "" {
		if !strings.Contains(norm(a.Description), sp.standfirst) {
			t.Errorf("description: got %q, want it to contain the standfirst %q", a.Description, sp.standfirst)
		}
		if strings.Contains(norm(a.Text), sp.standfirst) {
			t.Errorf("standfirst %q is duplicated in the text", sp.standfirst)
		}
	}
	// Authors are the page's own, exactly: a name too many, or a byline
	// with more than a name in it, fails.
	if want := sp.authors; (len(want) > 0 || sp.noAuthors) && !slices.Equal(a.Authors, want) && !(len(want) == 0 && len(a.Authors) == 0) {
		t.Errorf("authors: got %q, want %q", a.Authors, want)
	}
	if !sp.published.IsZero() && !a.Published.Equal(sp.published) {
		t.Errorf("published: got %v, want %v", a.Published, sp.published)
	}
	if sp.noPublished && !a.Published.IsZero() {
		t.Errorf("published: got %v, want none", a.Published)
	}
	if !sp.modified.IsZero() && !a.Modified.Equal(sp.modified) {
		t.Errorf("modified: got %v, want %v", a.Modified, sp.modified)
	}
}

// goldenJSON is the article as the golden file holds it: the JSON schema,
// indented, with fetched_at zeroed (it changes on every run).
func goldenJSON(a *article.Article) ([]byte, error) {
	c := *a
	c.FetchedAt = time.Time{}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&c); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func checkGolden(t *testing.T, name string, a *article.Article) {
	t.Helper()
	got, err := goldenJSON(a)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	path := filepath.Join(goldenDir, name+".json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run go test ./cleaner -run Corpus -update)", err)
	}
	if !bytes.Equal(got, want) {
		diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n"))
		t.Errorf("output differs from %s (-want +got):\n%s\nrun go test ./cleaner -run Corpus -update if the change is intended", path, diff)
	}
}

func sortedKeys(m map[string]bool) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func removalsOf(a *article.Article, kind string) string {
	var b strings.Builder
	for _, rm := range a.Removed {
		if rm.Kind == kind {
			fmt.Fprintf(&b, "\n\t%s (%s): %q", rm.Kind, rm.Rule, rm.Text)
		}
	}
	return b.String()
}

// TestCorpusSpecs checks the corpus itself, independently of the cleaner:
// every phrase must occur in the page's own text (decoded as the page
// declares), so a typo in a phrase file cannot pass as "removed".
func TestCorpusSpecs(t *testing.T) {
	for _, p := range loadCorpus(t) {
		t.Run(p.name, func(t *testing.T) {
			if len(p.spec.must) == 0 {
				t.Error("no must: phrases")
			}
			raw := pageText(t, p)
			for _, m := range append(slices.Clone(p.spec.must), p.spec.mustNot...) {
				if !strings.Contains(raw, m) {
					t.Errorf("phrase %q does not occur in the page", m)
				}
			}
			if p.spec.title != "" && !strings.Contains(raw, p.spec.title) {
				t.Errorf("title %q does not occur in the page", p.spec.title)
			}
			// Goldens are checked against hand-written metadata: every page
			// says what its title, authors, date and language are.
			switch sp := p.spec; {
			case sp.title == "":
				t.Error("no title: line")
			case len(sp.authors) == 0 && !sp.noAuthors:
				t.Error("no author: line (author: none for a page without a byline)")
			case sp.published.IsZero() && !sp.noPublished:
				t.Error("no published: line (published: none for a page without a date)")
			case sp.lang == "":
				t.Error("no lang: line")
			}
			src := pageSource(t, p)
			for _, au := range p.spec.authors {
				if !strings.Contains(src, au) {
					t.Errorf("author %q does not occur in the page", au)
				}
			}
			if st := p.spec.standfirst; st != "" {
				if !strings.Contains(raw, st) {
					t.Errorf("standfirst %q does not occur in the page", st)
				}
				for _, m := range p.spec.must {
					if strings.Contains(m, st) || strings.Contains(st, m) {
						t.Errorf("must %q and standfirst %q overlap", m, st)
					}
				}
			}
			for _, m := range p.spec.must {
				for _, n := range p.spec.mustNot {
					if strings.Contains(m, n) || strings.Contains(n, m) {
						t.Errorf("must %q and mustnot %q overlap", m, n)
					}
				}
			}
		})
	}
}

// blockTags are the elements whose boundaries separate words in pageText.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "figure": true,
	"figcaption": true, "section": true, "aside": true, "article": true, "header": true,
	"footer": true, "nav": true, "main": true, "tr": true, "td": true, "th": true, "table": true,
	"form": true, "button": true, "dd": true, "dt": true, "dl": true, "pre": true, "hr": true,
	"label": true, "input": true, "select": true, "option": true, "title": true,
}

// pageSource is the whole page, markup included, decoded as the page
// declares.
func pageSource(t *testing.T, p corpusPage) string {
	t.Helper()
	f, err := os.Open(p.html)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := charset.NewReader(f, p.spec.contentType)
	if err != nil {
		t.Fatalf("charset: %v", err)
	}
	var b strings.Builder
	if _, err := io.Copy(&b, r); err != nil {
		t.Fatal(err)
	}
	return html.UnescapeString(b.String())
}

// pageText is the visible text of the whole page (head title included,
// scripts and styles excluded), decoded as the page declares, normalised.
func pageText(t *testing.T, p corpusPage) string {
	t.Helper()
	f, err := os.Open(p.html)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := charset.NewReader(f, p.spec.contentType)
	if err != nil {
		t.Fatalf("charset: %v", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript":
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte(' ')
		}
	}
	walk(doc)
	return norm(b.String())
}
