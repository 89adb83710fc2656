// Command metabench measures pith's article metadata: publication dates on
// the dated set (testdata/dated) beside go-htmldate, and authors, language,
// site names and titles on the benchmark sets. It is a module of its own so
// that neither pith nor the text benchmark links go-htmldate.
//
//	cd bench/metabench && go run . -dated ../../testdata/dated
//	cd bench/metabench && go run . -data ../../../shared/bench
//
// The benchmark pages are only measured: nothing from them is printed but
// counts, unless -v lists the failing page ids with pith's values.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	htmldate "github.com/markusmobius/go-htmldate"

	"github.com/pith-news/pith/bench/dataset"
	"github.com/pith-news/pith/cleaner"
)

func main() {
	dated := flag.String("dated", "", "the dated set's directory (testdata/dated); empty skips it")
	corpus := flag.String("corpus", "", "the corpus directory (testdata/pages), scored for dates like the dated set; empty skips it")
	data := flag.String("data", "", "the directory of the benchmark sets (aeb, wcxb-dev); empty skips them")
	verbose := flag.Bool("v", false, "list the pages that fail a check")
	flag.Parse()
	if *dated != "" {
		pages, err := loadDated(*dated, ".meta")
		if err == nil {
			err = runDated("dated set", pages, *verbose)
		}
		if err != nil {
			log.Fatal(err)
		}
	}
	if *corpus != "" {
		pages, err := loadDated(*corpus, ".phrases")
		if err == nil {
			err = runDated("corpus", pages, *verbose)
		}
		if err != nil {
			log.Fatal(err)
		}
	}
	if *data != "" {
		if err := runAEB(filepath.Join(*data, "aeb"), *verbose); err != nil {
			log.Fatal(err)
		}
		if err := runTitles(filepath.Join(*data, "wcxb-dev"), *verbose); err != nil {
			log.Fatal(err)
		}
	}
}

// datedPage is one page of the dated set and the day it was published.
type datedPage struct {
	name, html, url, want string // want is YYYY-MM-DD, or "" for none
}

// loadDated reads the pages of dir and the url and published lines of
// their expectation files (ext): a day, an RFC 3339 time (its own day), or
// "none".
func loadDated(dir, ext string) ([]datedPage, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("dated set: no pages in %s (%v)", dir, err)
	}
	var out []datedPage
	for _, f := range files {
		p := datedPage{name: strings.TrimSuffix(filepath.Base(f), ".html"), html: f}
		mf, err := os.Open(strings.TrimSuffix(f, ".html") + ext)
		if err != nil {
			return nil, fmt.Errorf("dated set: %w", err)
		}
		sc := bufio.NewScanner(mf)
		for sc.Scan() {
			k, v, ok := strings.Cut(sc.Text(), ":")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "url":
				p.url = strings.TrimSpace(v)
			case "published":
				if v = strings.TrimSpace(v); v != "none" {
					p.want = v
					if t, err := time.Parse(time.RFC3339, v); err == nil {
						p.want = t.Format(time.DateOnly)
					}
				}
			}
		}
		mf.Close()
		out = append(out, p)
	}
	return out, nil
}

// score counts one tool's dates: right day, wrong day, none where one was
// due, and one given where the page has none.
type score struct{ right, wrong, missing, spurious, n int }

func (s *score) add(got, want string) bool {
	s.n++
	switch {
	case got == want:
		s.right++
		return true
	case want == "":
		s.spurious++
	case got == "":
		s.missing++
	default:
		s.wrong++
	}
	return false
}

func (s score) String() string {
	return fmt.Sprintf("accuracy %.3f (%d/%d), wrong day %.1f%% (%d), missing %d, date on an undated page %d",
		float64(s.right)/float64(s.n), s.right, s.n, 100*float64(s.wrong)/float64(s.n), s.wrong, s.missing, s.spurious)
}

func runDated(name string, pages []datedPage, verbose bool) error {
	var pith, hd score
	var pithTime, hdTime time.Duration
	for _, p := range pages {
		raw, err := os.ReadFile(p.html)
		if err != nil {
			return err
		}
		u, _ := url.Parse(p.url)
		start := time.Now()
		got := ""
		if a, err := cleaner.Clean(bytes.NewReader(raw), u, cleaner.Options{}); err == nil && !a.Published.IsZero() {
			got = a.Published.Format(time.DateOnly)
		}
		pithTime += time.Since(start)
		if !pith.add(got, p.want) && verbose {
			fmt.Printf("  pith       %-28s got %-10q want %q\n", p.name, got, p.want)
		}
		start = time.Now()
		hgot := ""
		res, err := htmldate.FromReader(bytes.NewReader(raw), htmldate.Options{URL: p.url, UseOriginalDate: true, EnableLog: false})
		if err == nil && !res.IsZero() {
			hgot = res.DateTime.Format(time.DateOnly)
		}
		hdTime += time.Since(start)
		if !hd.add(hgot, p.want) && verbose {
			fmt.Printf("  go-htmldate %-28s got %-10q want %q\n", p.name, hgot, p.want)
		}
	}
	fmt.Printf("%s (%d pages)\n", name, len(pages))
	fmt.Printf("  pith (whole Clean)       %v; %v\n", pith, pithTime.Round(time.Millisecond))
	fmt.Printf("  go-htmldate (original)   %v; %v\n", hd, hdTime.Round(time.Millisecond))
	return nil
}

// Malformed author names, by simple checks.
var (
	gluedCaps  = regexp.MustCompile(`\p{Lu}{2,}\p{Ll}|\p{Ll}{3,}\p{Lu}`)
	byPrefix   = regexp.MustCompile(`(?i)^(by|von|par|por|di|door)\s`)
	roleWords  = regexp.MustCompile(`(?i)\b(editor|correspondent|reporter|staff|writer|contributor|columnist|analysis|desk|bureau|at-large|senior|chief|photographer|press|news)\b`)
	hasDate    = regexp.MustCompile(`(?i)\d|\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b`)
	userNames  = regexp.MustCompile(`(?i)^(admin|administrator|user|guest|webmaster|root|editor|gość|гость)$`)
	lettersRun = regexp.MustCompile(`\p{L}`)
)

func malformed(name string) string {
	switch {
	case gluedCaps.MatchString(name):
		return "glued"
	case byPrefix.MatchString(name):
		return "by"
	case roleWords.MatchString(name):
		return "role"
	case hasDate.MatchString(name):
		return "date"
	case userNames.MatchString(name):
		return "username"
	case len(lettersRun.FindAllString(name, -1)) > 3 && strings.ToUpper(name) == name && strings.ToLower(name) != name:
		// (a script without capitals is not written in capitals)
		return "allcaps"
	}
	return ""
}

func runAEB(dir string, verbose bool) error {
	set, err := dataset.Load(dir, 0)
	if err != nil {
		return err
	}
	var empty, bad, badPages, lang, site, failed int
	kinds := map[string]int{}
	for _, id := range set.IDs {
		raw, err := set.ReadPage(id)
		if err != nil {
			return err
		}
		u, _ := url.Parse(set.Truth[id].URL)
		a, err := cleaner.Clean(bytes.NewReader(raw), u, cleaner.Options{})
		if err != nil {
			failed++
			if verbose {
				fmt.Printf("  %s: %v\n", id[:12], err)
			}
			continue
		}
		if len(a.Authors) == 0 {
			empty++
			if verbose {
				fmt.Printf("  %s no author\n", id[:12])
			}
		}
		pageBad := false
		for _, au := range a.Authors {
			if k := malformed(au); k != "" {
				bad++
				kinds[k]++
				pageBad = true
				if verbose {
					fmt.Printf("  %s malformed author (%s) %q\n", id[:12], k, au)
				}
			}
		}
		if pageBad {
			badPages++
		}
		if a.Language != "" {
			lang++
		} else if verbose {
			fmt.Printf("  %s no language\n", id[:12])
		}
		if a.SiteName != "" {
			site++
		} else if verbose {
			fmt.Printf("  %s no site_name\n", id[:12])
		}
		if verbose {
			fmt.Printf("  %s lang=%s site=%q authors=%q\n", id[:12], a.Language, a.SiteName, a.Authors)
		}
	}
	n := len(set.IDs)
	fmt.Printf("aeb (%d pages, %d not cleaned)\n", n, failed)
	fmt.Printf("  authors empty on %d pages; %d malformed names on %d pages %v\n", empty+failed, bad, badPages, kinds)
	fmt.Printf("  language on %d/%d pages; site_name on %d/%d pages\n", lang, n, site, n)
	return nil
}

func runTitles(dir string, verbose bool) error {
	set, err := dataset.Load(dir, 0)
	if err != nil {
		return err
	}
	var n, truthEq, truthQuotes, h1Eq, withH1 int
	for _, id := range set.IDs {
		t := set.Truth[id]
		if !t.IsArticle() || t.Title == "" {
			continue
		}
		raw, err := set.ReadPage(id)
		if err != nil {
			return err
		}
		n++
		u, _ := url.Parse(t.URL)
		got := ""
		if a, err := cleaner.Clean(bytes.NewReader(raw), u, cleaner.Options{}); err == nil {
			got = norm(a.Title)
		}
		if got == norm(t.Title) {
			truthEq++
		}
		if quotes.Replace(got) == quotes.Replace(norm(t.Title)) {
			truthQuotes++
		} else if verbose {
			fmt.Printf("  %s title %q want %q\n", id, got, norm(t.Title))
		}
		if doc, err := goquery.NewDocumentFromReader(bytes.NewReader(raw)); err == nil {
			if h1 := norm(doc.Find("h1").First().Text()); h1 != "" {
				withH1++
				if got == h1 {
					h1Eq++
				}
			}
		}
	}
	fmt.Printf("wcxb-dev titles (%d article pages with a title)\n", n)
	fmt.Printf("  equal to the set's title: %.3f (%d/%d)\n", float64(truthEq)/float64(n), truthEq, n)
	fmt.Printf("  equal to the set's title, quotes straightened: %.3f (%d/%d)\n", float64(truthQuotes)/float64(n), truthQuotes, n)
	fmt.Printf("  equal to the page's first h1: %.3f (%d/%d pages with an h1)\n", float64(h1Eq)/float64(withH1), h1Eq, withH1)
	return nil
}

// quotes straightens typographic quotes: the set's titles write them
// straight where most pages curl them.
var quotes = strings.NewReplacer("‘", "'", "’", "'", "“", "\"", "”", "\"")

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }
