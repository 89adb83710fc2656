package fetch_test

import (
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pith-news/pith/internal/machinery/fetch"
)

func TestRetryAfter(t *testing.T) {
	now, err := http.ParseTime("Wed, 21 Oct 2015 07:28:00 GMT")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		v    string
		want float64 // seconds
		ok   bool
	}{
		{"120", 120, true},
		{"0", 0, true},
		{"Wed, 21 Oct 2015 07:28:30 GMT", 30, true},
		{"Wed, 21 Oct 2015 07:27:00 GMT", 0, true},
		{"-5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		got, ok := fetch.RetryAfter(tc.v, now)
		if ok != tc.ok || got.Seconds() != tc.want {
			t.Errorf("RetryAfter(%q) = %v, %v; want %vs, %v", tc.v, got, ok, tc.want, tc.ok)
		}
	}
}

// With Retries, Get tries a 503 again and gets the page; without, the
// 503 is the answer.
func TestGetRetries(t *testing.T) {
	var hits atomic.Int32
	srv := server(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			if hits.Add(1) == 1 {
				w.Header().Set("Retry-After", "0")
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			htmlHandler(page)(w, r)
		},
	})
	c := fetch.New(fetch.Config{Retries: 2, RetryWait: time.Millisecond})
	if _, err := c.Get(t.Context(), srv.URL+"/"); err != nil {
		t.Fatalf("Get with retries: %v", err)
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("server saw %d requests, want 2", n)
	}

	hits.Store(0)
	_, err := fetch.New(fetch.Config{}).Get(t.Context(), srv.URL+"/")
	var se *fetch.StatusError
	if !errors.As(err, &se) || se.Code != http.StatusServiceUnavailable {
		t.Errorf("Get without retries: got error %v, want a 503 StatusError", err)
	}
}
