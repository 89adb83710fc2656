package scraper_test

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"

	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/scraper"
)

func Example() {
	// A generated news site on loopback: 4 articles, hubs, robots.txt,
	// sitemaps and feeds.
	site := sitetest.New(sitetest.Options{Articles: 4})
	defer site.Close()

	s, err := scraper.New(scraper.Config{
		UserAgent: "pith/0.1 (+https://example.org/contact)",
		Delay:     0, // no pause between requests: it is our own site
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var (
		mu     sync.Mutex
		titles []string
	)
	stats, err := s.Run(context.Background(), []string{site.URL()}, func(ctx context.Context, p *scraper.Page) error {
		// Called for article pages only, possibly from several goroutines.
		mu.Lock()
		defer mu.Unlock()
		titles = append(titles, strings.TrimPrefix(p.URL.Path, "/"))
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	sort.Strings(titles)
	for _, t := range titles {
		fmt.Println(t[:strings.IndexByte(t, '/')], "article")
	}
	fmt.Println("articles:", stats.Articles, "disallowed:", stats.Disallowed > 0)
	// Output:
	// business article
	// culture article
	// politics article
	// science article
	// articles: 4 disallowed: true
}

func ExampleCanonicalize() {
	u, _ := url.Parse("HTTPS://News.Example:443/2024/05/17/story?utm_source=rss&id=7&fbclid=abc#comments")
	fmt.Println(scraper.Canonicalize(u))
	// Output:
	// https://news.example/2024/05/17/story?id=7
}

func ExampleIsArticle() {
	page := []byte(`<html><head>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour opens"}</script>
</head><body><article><h1>Harbour opens</h1><p>The harbour opened to night shipping on Tuesday.</p></article></body></html>`)
	story, _ := url.Parse("https://news.example/2024/05/17/harbour-opens-to-night-shipping")
	tag, _ := url.Parse("https://news.example/tag/harbour/")
	fmt.Println(scraper.IsArticle(story, page))
	fmt.Println(scraper.IsArticle(tag, []byte(`<html><head><meta property="og:type" content="website"></head><body><h1>Harbour</h1></body></html>`)))
	// Output:
	// true
	// false
}
