package cleaner_test

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/testkit/sitetest"
)

// pageKindDir holds small pages written for these tests: articles that
// must be returned and pages without one that must be refused.
const pageKindDir = "../testdata/pagekind"

// checkPageKind cleans and assesses one page and checks that Clean and
// Assess agree with want (an article or not) and with each other.
func checkPageKind(t *testing.T, body []byte, u *url.URL, want bool) cleaner.Assessment {
	t.Helper()
	a, err := cleaner.Clean(bytes.NewReader(body), u, cleaner.Options{})
	as, aerr := cleaner.Assess(bytes.NewReader(body), u, cleaner.Options{})
	if aerr != nil {
		t.Fatalf("Assess: %v", aerr)
	}
	switch {
	case err != nil && !errors.Is(err, cleaner.ErrNoArticle):
		t.Fatalf("Clean: %v", err)
	case want && err != nil:
		t.Errorf("Clean refused an article: %v (rule %q, score %.2f, threshold %.2f, %v)", err, as.Rule, as.Score, as.Threshold, as.Features)
	case !want && err == nil:
		t.Errorf("Clean returned an article from a page without one (score %.2f, threshold %.2f, %v): %.200q", as.Score, as.Threshold, as.Features, a.Text)
	}
	if as.Article != (err == nil) {
		t.Errorf("Assess says article=%v, Clean says err=%v", as.Article, err)
	}
	return as
}

func TestPageKind(t *testing.T) {
	tests := []struct {
		file, url string
		article   bool
		rule      string // the rule that refuses the page, if one does
	}{
		// Articles, long and short, with and without metadata.
		{"longform-post.html", "https://fieldnotes.example/blog/what-two-winters-taught-us-about-restoring-an-old-sailboat", true, ""},
		{"news-brief.html", "https://valleyherald.example/news/2025/03/04/bridge-closure-extended", true, ""},
		{"news-brief.html", "", true, ""},
		{"news-brief-bare.html", "https://valleyherald.example/news/bridge-closure", true, ""},
		{"news-brief-bare.html", "", true, ""},
		{"two-line-brief.html", "https://valleyherald.example/news/2025/03/04/library-hours", true, ""},
		{"two-line-brief.html", "", true, ""},
		{"product-review.html", "https://paddlenorth.example/reviews/tidewater-canoe-tent", true, ""},
		{"product-review.html", "", true, ""},
		// Pages without an article.
		{"shop-category.html", "https://shop.ridgeline.example/collections/trail-running-shoes", false, ""},
		{"saas-landing.html", "https://ledgerly.example/", false, ""},
		{"news-home.html", "https://valleyherald.example/", false, ""},
		{"service-page.html", "https://brightpath-plumbing.example/services/water-heater-repair", false, ""},
		{"signup-prompt.html", "https://valleyherald.example/newsletters/morning-briefing", false, ""},
		{"consent-interstitial.html", "https://valleyherald.example/consent", false, "prompt"},
		{"price-grid.html", "https://harborformal.example/formal-shoes", false, "mostly prices"},
		{"product-page.html", "https://ferncastle.example/tents/tidewater-2-person-canoe-tent", false, "product page"},
		{"product-page.html", "", false, "product page"},
		{"topic-blurb.html", "https://valleyherald.example/topics/road-closures", false, "one line"},
		{"topic-blurb.html", "", false, "one line"},
		{"search-results.html", "https://valleyherald.example/search?q=bridge", false, "excerpts"},
		{"log-in.html", "https://valleyherald.example/account/login", false, "log-in"},
		{"bot-check.html", "https://valleyherald.example/news/2025/03/04/bridge-closure-extended", false, "bot check"},
	}
	for _, tc := range tests {
		name := tc.file
		if tc.url == "" {
			name += " without address"
		}
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join(pageKindDir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			var u *url.URL
			if tc.url != "" {
				u = mustURL(t, tc.url)
			}
			as := checkPageKind(t, body, u, tc.article)
			if tc.rule != "" && as.Rule != tc.rule {
				t.Errorf("refused by rule %q, want %q", as.Rule, tc.rule)
			}
		})
	}
}

// TestPageKindCorpus checks that every page of the corpus and of the
// held-out set, all articles, is still returned, and logs the smallest
// margin above the threshold.
func TestPageKindCorpus(t *testing.T) {
	pages := append(loadCorpus(t), loadHeldout(t)...)
	minMargin, minPage := 1e9, ""
	for _, p := range pages {
		body, err := os.ReadFile(p.html)
		if err != nil {
			t.Fatal(err)
		}
		var u *url.URL
		if p.spec.url != "" {
			u = mustURL(t, p.spec.url)
		}
		as, err := cleaner.Assess(bytes.NewReader(body), u, cleaner.Options{ContentType: p.spec.contentType})
		if err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		if !as.Article {
			t.Errorf("%s: not an article (rule %q, score %.2f, threshold %.2f, %v)", p.name, as.Rule, as.Score, as.Threshold, as.Features)
			continue
		}
		if m := as.Score - as.Threshold; m < minMargin {
			minMargin, minPage = m, p.name
		}
	}
	t.Logf("%d corpus pages are articles; the smallest margin is %.2f (%s)", len(pages), minMargin, minPage)
}

// TestPageKindTestSite sorts the pages of the crawler's test site: its
// stories are articles; its home, section, tag and author pages are not.
func TestPageKindTestSite(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 30, PageSize: 4})
	defer site.Close()
	pages := map[string]bool{
		"/": false, "/section/politics/": false, "/section/sport/page/2/": false,
		"/tag/climate/": false, "/author/ada-mercer/": false,
		"/specials/latin1.html": true,
	}
	for n := 0; n < 30; n += 7 {
		pages[site.Article(n).Path] = true
	}
	for path, want := range pages {
		t.Run(path, func(t *testing.T) {
			u := mustURL(t, site.URL()+path)
			resp, err := http.Get(u.String())
			if err != nil {
				t.Fatal(err)
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				t.Fatal(err)
			}
			checkPageKind(t, body, u, want)
		})
	}
}

func TestAssessErrors(t *testing.T) {
	if _, err := cleaner.Assess(strings.NewReader(""), nil, cleaner.Options{}); !errors.Is(err, cleaner.ErrEmpty) {
		t.Errorf("empty page: err = %v, want ErrEmpty", err)
	}
	as, err := cleaner.Assess(strings.NewReader(`<html><body><nav><a href="/">Home</a></nav></body></html>`), nil, cleaner.Options{})
	if err != nil || as.Article || as.Rule != "no text" {
		t.Errorf("page without text: %+v, %v; want no article, rule \"no text\"", as, err)
	}
}

// nonArticleSets hold pages without an article, written blind: set 8's
// (testdata/set8/README.md: a shop's product and category pages, a news
// home and section front, search results, a sign-up landing page, a
// consent wall, a bot check, a pricing page and a log-in page) and set
// 14's (testdata/set14/nonarticles/README.md: home pages, section fronts,
// archives, listings, service and shop pages, a 404 page, a forum, live
// scores) and set 15's (testdata/set15/nonarticles/README.md: a most-read
// ranking, a politician's topic page, listings, schedules, a menu, a
// hotel room, a weather forecast, a library's hours, a council's report
// form, a shop's story page) and set 16's
// (testdata/set16/nonarticles/README.md: business and service pages with
// prose: services, pricing, features, a product, a hotel, a dentist, a
// council department, a faculty, a donation page, jobs, a flat, contact,
// careers, an app, tickets, a press room) and set 31's
// (testdata/set31/README.md: shop categories, recipe sign-up pages, bot
// checks, service landing pages, course catalogues). min is how many Clean
// refuses today; the test fails if that falls. Blind, before any fix for
// them: 5 of set 8's 10, 17 of set 14's 20, 7 of set 15's 16, 9 of set
// 16's 18, 6 of set 31's 10 (7 since the bot checks' wording in the ten
// languages), 5 of set 32's 10 (testdata/set32/README.md: bot checks,
// sign-up pages, a product page, topic archives, an about-us page),
// written after set 31's fixes and read as totals only; 5 of set 33's 10
// (testdata/set33/README.md: search results, public services, an author's
// profile, a product's features, an events calendar, vacancies, hotel
// rooms, a menu, a podcast's episodes) at its first read, 8 since a
// government service and a podcast series count as hubs' types (which
// took set 15, written long before, from 9 to 11: its podcast's episode
// list and a council's report-a-pothole page); 5 of set 34's 10
// (testdata/set34/README-a.md, README-b.md: blog indexes of overlay-linked
// cards, service, pricing, team and course-catalogue pages) at its first
// read; 6 of set 35's 10 (testdata/set35/README-a.md, README-b.md:
// pricing, careers, blog index, service and course pages) at its first;
// 2 of set 36's 10 (testdata/set36/README-a.md, README-b.md: pricing,
// services, course catalogue, job list and documentation pages) at its
// first read, with the start's cleaner and this stop's; 7 of set 37's 10
// (testdata/set37/README-a.md, README-b.md: a news site's section front,
// search, listings, weather, an e-paper, an author page, obituaries) at
// its first read, with both as well.
// The schema.org types of a job ad, a property, a contact page and an
// event (pageThingTypes) took set 14 to 19, set 15 to 9 and set 16 to 12.
// Set 15's cinema agenda sits at the page model's threshold: when the block
// classifier removes its "order tickets" button, its candidate, without
// that link, scores −1.53 against −1.57 (−1.69 with it). One retraining of
// the classifier (set 18 learnt) did so, and set 15 fell to 8 until the
// next.
var nonArticleSets = []struct {
	dir string
	min int
}{
	{"../testdata/set8/nonarticles", 9},
	{"../testdata/set14/nonarticles", 19},
	{"../testdata/set15/nonarticles", 11},
	{"../testdata/set16/nonarticles", 12},
	{"../testdata/set31/nonarticles", 7},
	{"../testdata/set32/nonarticles", 5},
	{"../testdata/set33/nonarticles", 8},
	{"../testdata/set34/nonarticles", 5},
	{"../testdata/set35/nonarticles", 6},
	{"../testdata/set36/nonarticles", 2},
	{"../testdata/set37/nonarticles", 7},
}

// TestNonArticles cleans the pages without an article and counts those
// refused with ErrNoArticle.
//
//	go test ./cleaner -run NonArticles -v
func TestNonArticles(t *testing.T) {
	for _, set := range nonArticleSets {
		t.Run(filepath.Base(filepath.Dir(set.dir)), func(t *testing.T) { nonArticleSet(t, set.dir, set.min) })
	}
}

func nonArticleSet(t *testing.T, dir string, minRefused int) {
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s (%v)", dir, err)
	}
	refused := 0
	for _, f := range files {
		sp, err := readSpec(strings.TrimSuffix(f, ".html") + ".phrases")
		if err != nil {
			t.Fatal(err)
		}
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := cleaner.Clean(bytes.NewReader(body), mustURL(t, sp.url), cleaner.Options{})
		switch {
		case errors.Is(err, cleaner.ErrNoArticle):
			refused++
			t.Logf("%s: refused", filepath.Base(f))
		case err != nil:
			t.Errorf("%s: %v", filepath.Base(f), err)
		default:
			t.Logf("%s: returned %d words: %.80q", filepath.Base(f), a.WordCount, a.Text)
		}
	}
	t.Logf("refused %d of %d pages without an article", refused, len(files))
	if refused < minRefused {
		t.Errorf("refused %d pages without an article, want at least %d", refused, minRefused)
	}
}
