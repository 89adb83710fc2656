package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/pith-news/pith/internal/machinery/fetch"
)

func ExampleClient_Get() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/news/1":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<html><body><p>Hello.</p></body></html>")
		case "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	c := fetch.New(fetch.Config{})
	ctx := context.Background()

	resp, err := c.Get(ctx, srv.URL+"/news/1")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.StatusCode, resp.ContentType, string(resp.Body))

	_, err = c.Get(ctx, srv.URL+"/gone")
	var se *fetch.StatusError
	fmt.Println(errors.As(err, &se), se.Code)

	_, err = c.Get(ctx, srv.URL+"/report.pdf")
	fmt.Println(errors.Is(err, fetch.ErrNotHTML))

	_, err = c.Get(ctx, "ftp://example.com/file")
	fmt.Println(errors.Is(err, fetch.ErrBadURL))
	// Output:
	// 200 text/html; charset=utf-8 <html><body><p>Hello.</p></body></html>
	// true 404
	// true
	// true
}
