package sitetest_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/pith-news/pith/internal/testkit/sitetest"
)

func Example() {
	site := sitetest.New(sitetest.Options{Articles: 12})
	defer site.Close()

	resp, err := http.Get(site.ArticleURL(3))
	if err != nil {
		fmt.Println(err)
		return
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := site.Article(3)
	fmt.Println(resp.StatusCode, strings.Contains(string(body), a.Paragraphs[0]))

	// The same request, conditional on the ETag, is answered with 304.
	req, _ := http.NewRequest(http.MethodGet, site.ArticleURL(3), nil)
	req.Header.Set("If-None-Match", a.ETag())
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode, site.Count(a.Path))
	// Output:
	// 200 true
	// 304 {2 1 1}
}
