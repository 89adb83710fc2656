package crawl_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/store"
)

// TestCanonicalOnAnotherHost crawls an attacker's page that copies the
// victim's article, with its rel=canonical and og:url naming the victim:
// the article is stored under the attacker's own URL, and the victim's
// file is neither written nor faked.
func TestCanonicalOnAnotherHost(t *testing.T) {
	victim := sitetest.New(sitetest.Options{Articles: 1})
	defer victim.Close()
	page := get(t, victim.ArticleURL(0))
	attacker := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer attacker.Close()

	out := t.TempDir()
	cfg := config(victim, out)
	cfg.Seeds = []string{attacker.URL + "/story"}
	cfg.Scraper.IgnoreRobots = true
	cfg.Scraper.MaxDepth = 0
	cfg.Scraper.MaxPages = 1
	st := run(t, cfg)
	if st.Created != 1 {
		t.Fatalf("created %d articles, want 1 (stats %v)", st.Created, st)
	}
	if _, err := os.Stat(filepath.Join(out, store.Path(victim.ArticleURL(0)))); err == nil {
		t.Errorf("the victim's article file was written by the attacker's page")
	}
	a, err := store.Get(t.Context(), out, attacker.URL+"/story")
	if err != nil {
		t.Fatalf("the attacker's page is not stored under its own URL: %v", err)
	}
	if a.URL != attacker.URL+"/story" {
		t.Errorf("stored url = %s, want the page's own URL", a.URL)
	}
}

// TestDeepArticleStored crawls an article nested 600 elements deep, past
// the HTML parser's limit of 512: it is stored, where it used to be
// skipped silently as "not HTML".
func TestDeepArticleStored(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 1})
	defer site.Close()
	page := get(t, site.ArticleURL(0))
	deep := bytes.Replace(page, []byte("<body>"), []byte("<body>"+strings.Repeat("<div>", 600)), 1)
	if bytes.Equal(deep, page) {
		t.Fatal("no <body> in the article page")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(deep)
	}))
	defer srv.Close()
	out := t.TempDir()
	cfg := config(site, out)
	u, _ := url.Parse(site.ArticleURL(0))
	cfg.Seeds = []string{srv.URL + u.Path}
	cfg.Scraper.IgnoreRobots = true
	cfg.Scraper.MaxPages = 1
	st := run(t, cfg)
	if st.Created != 1 {
		t.Errorf("created %d articles from the deep page, want 1 (stats %v)", st.Created, st)
	}
}

// get returns the body of the page at u.
func get(t *testing.T, u string) []byte {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return page
}

// TestMisleadingPagesStored crawls two pages whose markup misleads a
// cleaner, each served on loopback: a story rendered by a script, whole
// only in its JSON-LD articleBody, and a Russian story in windows-1251
// served with a server's default iso-8859-1 header. Each is stored with
// its story's text, where the first was refused and the second stored as
// Latin letters.
func TestMisleadingPagesStored(t *testing.T) {
	paras := []string{
		"The regional water board agreed on Monday to rebuild the pumping station at Millbrook, which flooded twice last winter and left four villages without clean water.",
		"Engineers will raise the new building two metres above the old floor and fit pumps that can run from a generator, at a cost the board put at eleven million.",
		"Residents who queued at a tanker in the church car park during the floods said they were relieved, and asked for a date; the board promised one this month.",
		"Work on the foundations is due to begin in the spring, and the old station will keep running until the new one has come through a full season of autumn rain.",
	}
	ld, err := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle",
		"headline": "Water board to rebuild flooded pumping station", "datePublished": "2025-11-03T08:00:00Z",
		"articleBody": strings.Join(paras, "\n\n")})
	if err != nil {
		t.Fatal(err)
	}
	scripted := `<!DOCTYPE html><html lang="en"><head><title>Water board to rebuild flooded pumping station</title>
<meta property="og:type" content="article"><script type="application/ld+json">` + string(ld) + `</script></head>
<body><header><a href="/">Home</a></header><div id="story-body" data-hydrate="story"></div><script src="/app.js"></script></body></html>`
	ru := "Городской совет в четверг одобрил план ремонта старого моста через реку. Работы начнутся весной и продлятся около двух лет."
	cyrillic, err := charmap.Windows1251.NewEncoder().String(`<!DOCTYPE html><html><head><title>Ремонт моста</title>
<meta property="og:type" content="article"></head><body><article><h1>Ремонт моста</h1>` + strings.Repeat("<p>"+ru+"</p>", 5) + `</article></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, contentType, page, want string
	}{
		{"rendered by a script", "/2025/11/03/water-board-pumping-station", "text/html; charset=utf-8", scripted, "full season of autumn rain"},
		{"windows-1251 under iso-8859-1", "/2025/11/04/remont-starogo-mosta-cherez-reku", "text/html; charset=iso-8859-1", cyrillic, "Городской совет в четверг"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			site := sitetest.New(sitetest.Options{Articles: 1})
			defer site.Close()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				io.WriteString(w, tc.page)
			}))
			defer srv.Close()
			out := t.TempDir()
			cfg := config(site, out)
			cfg.Seeds = []string{srv.URL + tc.path}
			cfg.Scraper.IgnoreRobots = true
			cfg.Scraper.MaxPages = 1
			if st := run(t, cfg); st.Created != 1 {
				t.Fatalf("created %d articles, want 1 (stats %v)", st.Created, st)
			}
			a, err := store.Get(t.Context(), out, srv.URL+tc.path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("stored text lacks %q:\n%s", tc.want, a.Text)
			}
		})
	}
}
