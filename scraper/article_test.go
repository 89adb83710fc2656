package scraper

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pith-news/pith/internal/testkit/sitetest"
)

func get(t *testing.T, u string) []byte {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestIsArticleTestSite sorts every page kind of the test site.
func TestIsArticleTestSite(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 60, PageSize: 4, SlowDelay: 1})
	defer site.Close()
	var pages []struct {
		path string
		want bool
	}
	add := func(path string, want bool) {
		pages = append(pages, struct {
			path string
			want bool
		}{path, want})
	}
	for n := 0; n < 60; n += 7 {
		add(site.Article(n).Path, true)
		add(site.Article(n).Path+"?print=1", true)
	}
	for _, p := range []string{
		"/specials/slow", "/specials/broken.html", "/specials/latin1.html",
	} {
		add(p, true)
	}
	for _, p := range []string{
		"/", "/section/politics/", "/section/sport/page/2/", "/tag/climate/", "/tag/climate/page/2/",
		"/author/ada-mercer/", "/author/ada-mercer/page/3/", "/about", "/privacy",
	} {
		add(p, false)
	}
	for _, tc := range pages {
		u, err := url.Parse(site.URL() + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := IsArticle(u, get(t, u.String())); got != tc.want {
			t.Errorf("IsArticle(%s) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestIsArticleSignals(t *testing.T) {
	para := strings.Repeat("The council said the plan would cost more than expected, and residents were not convinced. ", 4)
	body := func(head, main string) []byte {
		return []byte("<html><head>" + head + "</head><body><nav><a href=/>Home</a></nav>" + main + "<footer>© News</footer></body></html>")
	}
	text := "<article><h1>Title</h1>" + strings.Repeat("<p>"+para+"</p>", 5) + "</article>"
	teasers := strings.Repeat(`<article class="teaser"><h2><a href="/a">A headline here</a></h2><p>A short summary of the story.</p></article>`, 8)
	tests := []struct {
		name, url string
		page      []byte
		want      bool
	}{
		{"json-ld article", "https://n.example/x", body(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>`, "<p>short</p>"), true},
		{"json-ld graph", "https://n.example/x", body(`<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["Article","Thing"]}]}</script>`, "<p>short</p>"), true},
		{"json-ld schema.org prefix", "https://n.example/x", body(`<script type="application/ld+json">[{"@type":"http://schema.org/BlogPosting"}]</script>`, "<p>short</p>"), true},
		{"og article and text", "https://n.example/story", body(`<meta property="og:type" content="article">`, text), true},
		{"long text and dated url", "https://n.example/2024/05/17/council-plan", body("", text), true},
		{"long text, no signal", "https://n.example/news/x", body("", text), true},
		{"home", "https://n.example/", body(`<meta property="og:type" content="website">`, teasers+text), false},
		{"tag", "https://n.example/tag/climate/", body(`<meta property="og:type" content="article">`, text), false},
		{"author", "https://n.example/authors/ada", body("", text), false},
		{"pagination", "https://n.example/news?page=3", body("", text), false},
		{"collection page", "https://n.example/world", body(`<script type="application/ld+json">{"@type":"CollectionPage"}</script>`, teasers), false},
		{"section root with teasers", "https://n.example/world/", body("", teasers), false},
		{"empty", "https://n.example/x", nil, false},
		{"bad json-ld", "https://n.example/x", body(`<script type="application/ld+json">{"@type": "NewsArticle",}</script>`, "<p>short</p>"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, err := url.Parse(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := IsArticle(u, tc.page); got != tc.want {
				t.Errorf("IsArticle = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestURLShape(t *testing.T) {
	tests := []struct {
		path string
		want int
	}{
		{"/", -3},
		{"/index.html", -3},
		{"/tag/x/", -3},
		{"/topics/energy", -3},
		{"/author/ada/", -3},
		{"/category/news/page/2/", -3},
		{"/news/page/4", -3},
		{"/news?page=2", -3},
		{"/news?page=1", -1},
		{"/search?q=x", -3},
		{"/2024/05/17/x", 1},
		{"/news/2024-05-17-x", 1},
		{"/a/1234567", 1},
		{"/news/the-council-votes-on-the-plan", 1},
		{"/politics", -1},
		{"/politics/", -1},
		{"/news/world", 0},
		{"/?p=123", -3},
	}
	for _, tc := range tests {
		u, err := url.Parse("https://n.example" + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := urlShape(u); got != tc.want {
			t.Errorf("urlShape(%s) = %d, want %d", tc.path, got, tc.want)
		}
	}
}

// FuzzIsArticle checks that no page makes IsArticle panic.
func FuzzIsArticle(f *testing.F) {
	f.Add("https://n.example/2024/01/01/x", `<html><script type="application/ld+json">{"@graph":[[[{"@type":["Article"]}]]]}</script><p>x</p>`)
	f.Add("/tag/", "<article><p><a>x")
	f.Fuzz(func(t *testing.T, rawURL, page string) {
		u, err := url.Parse(rawURL)
		if err != nil {
			u = nil
		}
		IsArticle(u, []byte(page))
		_ = fmt.Sprint(u)
	})
}
