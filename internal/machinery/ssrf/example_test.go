package ssrf_test

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/pith-news/pith/internal/machinery/ssrf"
)

func ExampleGuard_CheckURL() {
	var g ssrf.Guard
	for _, s := range []string{
		"https://news.example/story",
		"http://169.254.169.254/latest/meta-data/",
		"file:///etc/passwd",
	} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s, "->", g.CheckURL(u))
	}
	// Output:
	// https://news.example/story -> <nil>
	// http://169.254.169.254/latest/meta-data/ -> ssrf: address 169.254.169.254 is link-local
	// file:///etc/passwd -> ssrf: scheme "file" is not allowed (only http and https)
}

// ExampleGuard_Control plugs the guard into an HTTP client's dialer: every
// connection, redirects included, is checked on the address dialled.
func ExampleGuard_Control() {
	var g ssrf.Guard
	dialer := &net.Dialer{Timeout: 5 * time.Second, Control: g.Control}
	client := &http.Client{Transport: &http.Transport{DialContext: dialer.DialContext}}

	_, err := client.Get("http://127.0.0.1:1/")
	fmt.Println(errors.Is(err, ssrf.ErrBlocked))
	// Output:
	// true
}
