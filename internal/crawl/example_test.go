package crawl_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/testkit/sitetest"
)

func Example() {
	site := sitetest.New(sitetest.Options{Articles: 5}) // a news site on loopback
	defer site.Close()
	out, err := os.MkdirTemp("", "articles")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(out)

	cfg := crawl.Config{Seeds: []string{site.URL() + "/"}, Out: out}
	for range 2 {
		stats, err := crawl.Run(context.Background(), cfg)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("new %d, changed %d, not modified %d\n", stats.Created, stats.Updated, stats.NotModified)
	}
	// Output:
	// new 5, changed 0, not modified 0
	// new 0, changed 0, not modified 5
}
