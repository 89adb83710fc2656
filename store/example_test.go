package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/store"
)

func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "articles")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	d, err := store.Open(ctx, dir, store.Config{})
	if err != nil {
		log.Fatal(err)
	}
	at := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	for _, u := range []string{
		"https://news.example/2025/03/01/budget.html",
		"https://news.example/2025/03/01/budget.html", // fetched again
		"https://news.example/amp/budget",             // the same story elsewhere
	} {
		a := &article.Article{URL: u, Title: "Budget passes", Text: "The budget passed on Friday."}
		res, err := d.Put(ctx, a, store.Fetch{URL: u, ETag: `"v1"`, At: at})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(res.Outcome, res.Path)
	}
	if err := d.Close(); err != nil {
		log.Fatal(err)
	}

	// Reading needs no lock: another process can do it during a crawl.
	err = store.Walk(ctx, dir, time.Time{}, func(a *article.Article) error {
		fmt.Println(a.Title, a.FetchedAt.Format(time.DateOnly))
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// created news.example/budget-8ac9061813e321bd.json
	// unchanged news.example/budget-8ac9061813e321bd.json
	// duplicate news.example/budget-8ac9061813e321bd.json
	// Budget passes 2025-03-01
}

func ExampleJSONL() {
	j := store.NewJSONL(os.Stdout)
	a := &article.Article{URL: "https://news.example/a", Title: "A & B", HTML: "<p>Hi</p>"}
	if err := j.Write(a); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"url":"https://news.example/a","source_url":"","title":"A & B","authors":null,"site_name":"","language":"","description":"","image":"","text":"","html":"<p>Hi</p>","word_count":0,"removed":null}
}
