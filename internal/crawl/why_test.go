package crawl_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

// storyPage is an article page: JSON-LD NewsArticle, long paragraphs.
func storyPage(title, canonical, body string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>%s</title>`, title)
	if canonical != "" {
		fmt.Fprintf(&b, `<link rel="canonical" href="%s">`, canonical)
	}
	fmt.Fprintf(&b, `<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":%q}</script></head><body><article><h1>%s</h1>`, title, title)
	for i := range 8 {
		fmt.Fprintf(&b, "<p>%s Paragraph %d tells of the harbour, the council and the long night of votes that ended with the plan approved by a narrow margin.</p>", body, i)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// TestWhyEveryURL crawls a loopback site where each URL has a known fate,
// then asks the store why for each of them.
func TestWhyEveryURL(t *testing.T) {
	mux := http.NewServeMux()
	var base string
	html := func(s string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, s)
		}
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/sitemap.xml", http.NotFound)
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Home</title></head><body><nav>`)
		for _, l := range []string{
			"/2025/03/harbour-plan-approved-after-night-of-votes",
			"/2025/03/harbour-plan-copy-under-another-address",
			"/2025/03/gone-story-that-was-removed-yesterday",
			"/private/draft-story-not-for-robots",
			"/files/report.pdf",
			"/moved",
			"https://elsewhere.example/story",
		} {
			fmt.Fprintf(w, `<a href="%s">link</a> `, l)
		}
		fmt.Fprint(w, `</nav></body></html>`)
	})
	mux.HandleFunc("/2025/03/harbour-plan-approved-after-night-of-votes", func(w http.ResponseWriter, r *http.Request) {
		html(storyPage("Harbour plan approved", "", "The council met."))(w, r)
	})
	mux.HandleFunc("/2025/03/harbour-plan-copy-under-another-address", func(w http.ResponseWriter, r *http.Request) {
		// The same story, its canonical URL its own: a duplicate by content.
		html(storyPage("Harbour plan approved", "", "The council met."))(w, r)
	})
	mux.HandleFunc("/2025/03/gone-story-that-was-removed-yesterday", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	mux.HandleFunc("/files/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "https://elsewhere.example/landing", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL

	dir := t.TempDir()
	crawlOnce := func() (crawl.Stats, string) {
		var logs bytes.Buffer
		stats, err := crawl.Run(t.Context(), crawl.Config{
			Seeds:  []string{base + "/"},
			Out:    dir,
			Logger: slog.New(slog.NewTextHandler(&logs, nil)),
			Scraper: scraper.Config{
				Timeout:   5 * time.Second,
				RetryWait: 10 * time.Millisecond,
				Retries:   -1,
			},
		})
		if err != nil {
			t.Fatalf("crawl: %v", err)
		}
		return stats, logs.String()
	}
	stats, logs := crawlOnce()
	// A URL that fails is logged at Info once; on the next run it is the
	// same failure, and not logged again.
	if n := strings.Count(logs, `msg="fetch failed"`); n != 1 {
		t.Errorf("first run: %d fetch failed lines, want 1:\n%s", n, logs)
	}
	if n := strings.Count(logs, "crawl finished"); n != 1 || strings.Contains(logs, "crawl done") {
		t.Errorf("want one summary line:\n%s", logs)
	}

	tests := []struct {
		path    string
		verdict store.Verdict
		reason  string // a part of the reason
		status  int
	}{
		{"/", store.VerdictHub, "not an article", 200},
		{"/2025/03/harbour-plan-approved-after-night-of-votes", store.VerdictStored, "new article", 0},
		{"/2025/03/harbour-plan-copy-under-another-address", store.VerdictDuplicate, "same title and text", 0},
		{"/2025/03/gone-story-that-was-removed-yesterday", store.VerdictError, "HTTP 410", 410},
		{"/private/draft-story-not-for-robots", store.VerdictDisallowed, "robots.txt", 0},
		{"/files/report.pdf", store.VerdictNonHTML, "not HTML", 0},
		{"/moved", store.VerdictOutOfScope, "redirect out of scope", 302},
	}
	// Stored and duplicate race for the same content: whichever came first
	// is stored, the other is its duplicate.
	ix, err := store.OpenIndex(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	first, _, _ := ix.Why(base + tests[1].path)
	if first.Verdict == store.VerdictDuplicate {
		tests[1].path, tests[2].path = tests[2].path, tests[1].path
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			rec, ok, err := ix.Why(base + tc.path)
			if err != nil || !ok {
				t.Fatalf("Why = %v, %v; want a record", ok, err)
			}
			if rec.Verdict != tc.verdict || !strings.Contains(rec.Reason, tc.reason) || rec.Status != tc.status {
				t.Errorf("Why = %+v, want %s (%q, status %d)", rec, tc.verdict, tc.reason, tc.status)
			}
		})
	}
	if rec, ok, _ := ix.Why("https://elsewhere.example/story"); ok {
		t.Errorf("an off-site link was recorded: %+v", rec)
	}

	// The summary counts the same outcomes.
	got := map[string]int{}
	for _, c := range stats.Outcomes() {
		got[c.Name] = c.N
	}
	for name, n := range map[string]int{"stored": 1, "duplicate": 1, "hub": 1, "disallowed": 1, "non_html": 1, "out_of_scope": 1, "error": 1} {
		if got[name] != n {
			t.Errorf("Outcomes[%s] = %d, want %d (all: %v)", name, got[name], n, got)
		}
	}
	if len(stats.FailedHosts) != 1 || stats.FailedHosts[0].N != 1 {
		t.Errorf("FailedHosts = %v", stats.FailedHosts)
	}

	ix.Close()
	if _, again := crawlOnce(); strings.Contains(again, `msg="fetch failed"`) {
		t.Errorf("second run logged the same failure again:\n%s", again)
	}
}
