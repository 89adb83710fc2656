package robots_test

import (
	"fmt"

	"github.com/pith-news/pith/internal/machinery/robots"
)

func Example() {
	txt := []byte(`User-agent: *
Disallow: /private/
Allow: /private/press-kit$
Crawl-delay: 1.5
Sitemap: https://news.example/sitemap.xml
`)
	r := robots.Parse(txt)
	a := r.Agent(robots.ProductToken("pith/0.1 (+https://github.com/pith-news/pith)"))
	for _, u := range []string{
		"https://news.example/2024/05/17/story",
		"https://news.example/private/drafts",
		"https://news.example/private/press-kit",
	} {
		fmt.Println(a.Allowed(u), u)
	}
	d, _ := a.CrawlDelay()
	fmt.Println("crawl delay:", d)
	fmt.Println("sitemaps:", r.Sitemaps())
	// Output:
	// true https://news.example/2024/05/17/story
	// false https://news.example/private/drafts
	// true https://news.example/private/press-kit
	// crawl delay: 1.5s
	// sitemaps: [https://news.example/sitemap.xml]
}
