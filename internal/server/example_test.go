package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/server"
)

func Example() {
	s, err := server.New(server.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A real program calls s.ListenAndServe(ctx, ":8080").
	ts := httptest.NewServer(s)
	defer ts.Close()

	page := `<html><head><title>Tide tables to go online - The Coastal Herald</title></head><body>
<article><h1>Tide tables to go online</h1>
<p>The harbour authority will publish its tide tables online from next month, ending the printed booklets that have been sold at the harbour office since 1952.</p>
<p>The booklets will still be printed for the lifeboat station and the sailing club, which asked to keep them, but the shop copies will stop at the end of the year.</p>
<p>Harbour master Alan Rowe said the website would show the tides for the next twelve months and warn of surges when the Met Office issues one.</p>
</article></body></html>`
	body, err := json.Marshal(map[string]string{"html": page, "url": "https://herald.example/tides"})
	if err != nil {
		fmt.Println(err)
		return
	}
	resp, err := http.Post(ts.URL+"/v1/clean", "application/json", strings.NewReader(string(body)))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var a article.Article
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.StatusCode, a.Title)

	// Errors are JSON too: here the SSRF guard refuses a loopback URL.
	resp, err = http.Post(ts.URL+"/v1/clean", "application/json", strings.NewReader(`{"url": "http://127.0.0.1:8080/admin"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	msg, err := io.ReadAll(resp.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(resp.StatusCode, " ", string(msg))
	// Output:
	// 200 Tide tables to go online
	// 403 {"error":"url not allowed: ssrf: address 127.0.0.1 is loopback","status":403}
}
