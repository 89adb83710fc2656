package urlcanon_test

import (
	"fmt"
	"net/url"

	"github.com/pith-news/pith/internal/machinery/urlcanon"
)

func ExampleCanonicalize() {
	u, _ := url.Parse("HTTPS://News.Example:443/a/./b?utm_source=x&id=2&fbclid=y#top")
	fmt.Println(urlcanon.Canonicalize(u))
	// Output: https://news.example/a/b?id=2
}
