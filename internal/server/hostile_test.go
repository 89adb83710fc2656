package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
)

// cleanBody is a POST /v1/clean body with the test article inline.
func cleanBody(t *testing.T) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"html": articleHTML(t), "url": "https://news.example/story"})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestTricklingBodiesHoldNoSlot has 8 connections trickle their bodies,
// a byte every 100 ms, past the two slots: a normal request is still
// answered, where it used to get 429 for as long as they kept going.
func TestTricklingBodiesHoldNoSlot(t *testing.T) {
	_, ts := start(t, Config{MaxInFlight: 2, MaxQueue: 2, MaxWait: 500 * time.Millisecond, BodyTimeout: 3 * time.Second})
	addr := strings.TrimPrefix(ts.URL, "http://")
	for range 8 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		fmt.Fprintf(c, "POST /v1/clean HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{", addr)
		go func() {
			for range 30 {
				time.Sleep(100 * time.Millisecond)
				if _, err := c.Write([]byte(" ")); err != nil {
					return
				}
			}
		}()
	}
	time.Sleep(300 * time.Millisecond) // the trickles have begun
	start := time.Now()
	a := do(t, ts.Client(), "POST", ts.URL+"/v1/clean", cleanBody(t))
	if a.status != 200 {
		t.Errorf("POST /v1/clean beside 8 trickling bodies: %d %s, want 200", a.status, a.body)
	}
	t.Logf("answered in %v", time.Since(start))
}

// TestCleanTimeLimit cleans with a time limit too short for the page: the
// answer is 503 at once, not when the cleaning ends.
func TestCleanTimeLimit(t *testing.T) {
	_, ts := start(t, Config{CleanTimeout: time.Millisecond})
	page := "<html><body><article>" + strings.Repeat("<p>The council voted on Tuesday to approve the harbour plan, ending years of hearings.</p>", 20_000) + "</article></body></html>"
	b, _ := json.Marshal(map[string]string{"html": page})
	a := do(t, ts.Client(), "POST", ts.URL+"/v1/clean", string(b))
	if a.status != http.StatusServiceUnavailable {
		t.Errorf("got %d %s, want 503", a.status, a.body)
	}
}

// TestSlotHandedOver checks that a request answered while its cleaning
// goes on frees its slot when the orphans have room, and hands it to the
// cleaning when not.
func TestSlotHandedOver(t *testing.T) {
	l := newLimiter(1, 0, time.Second, NewMetrics())
	done := make(chan struct{})
	sl, err := l.take(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	sl.detach(done)
	sl.release()
	sl2, err := l.take(t.Context())
	if err != nil {
		t.Fatalf("no slot after the first request was answered: %v", err)
	}
	done2 := make(chan struct{})
	sl2.detach(done2) // the orphans are full: the cleaning keeps the slot
	sl2.release()
	if len(l.slots) != 1 {
		t.Errorf("slot freed while its cleaning runs and the orphans are full")
	}
	close(done2)
	close(done)
	deadline := time.Now().Add(2 * time.Second)
	for (len(l.slots) != 0 || len(l.orphans) != 0) && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if len(l.slots) != 0 || len(l.orphans) != 0 {
		t.Errorf("after the cleanings ended: %d slots, %d orphans taken, want none", len(l.slots), len(l.orphans))
	}
}

// TestNoAmplification posts a 1 MB url: the answer is a 400 of a few
// hundred bytes, not an echo of the url.
func TestNoAmplification(t *testing.T) {
	_, ts := start(t, Config{})
	b, _ := json.Marshal(map[string]string{"url": "https://news.example/" + strings.Repeat("a", 1<<20)})
	a := do(t, ts.Client(), "POST", ts.URL+"/v1/clean", string(b))
	if a.status != http.StatusBadRequest || len(a.body) > 512 {
		t.Errorf("got %d with %d bytes, want 400 with at most 512", a.status, len(a.body))
	}
	// A refused URL under the cap is quoted, cut short.
	b, _ = json.Marshal(map[string]string{"url": "ftp://news.example/" + strings.Repeat("a", 8000)})
	a = do(t, ts.Client(), "POST", ts.URL+"/v1/clean", string(b))
	if a.status != http.StatusBadRequest || len(a.body) > 512 {
		t.Errorf("got %d with %d bytes, want 400 with at most 512", a.status, len(a.body))
	}
}

// TestBrowserCannotDrive posts what a web page can post without a CORS
// preflight, and asks under a rebound name: both are refused.
func TestBrowserCannotDrive(t *testing.T) {
	_, ts := start(t, Config{AllowedHosts: []string{"pith.example.org"}})
	req, _ := http.NewRequest("POST", ts.URL+"/v1/clean", strings.NewReader(cleanBody(t)))
	req.Header.Set("Content-Type", "text/plain")
	if resp, err := ts.Client().Do(req); err != nil {
		t.Fatal(err)
	} else if resp.Body.Close(); resp.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain POST: got %d, want 415", resp.StatusCode)
	}
	for host, want := range map[string]int{
		"attacker.example":      http.StatusMisdirectedRequest,
		"attacker.example:8080": http.StatusMisdirectedRequest,
		"pith.example.org":      http.StatusOK,
		"localhost:8080":        http.StatusOK,
		"127.0.0.1":             http.StatusOK,
		"[::1]:80":              http.StatusOK,
	} {
		req, _ := http.NewRequest("GET", ts.URL+"/healthz", nil)
		req.Host = host
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Host %s: got %d, want %d", host, resp.StatusCode, want)
		}
	}
}

// TestDeepNesting posts a story under 200,000 unclosed <div>s: the page is
// read flattened, as a browser reads it, and its story comes back (it was a
// 422 "nested too deeply" before the cleaner flattened such pages).
func TestDeepNesting(t *testing.T) {
	_, ts := start(t, Config{})
	story := strings.Repeat("<p>The harbour board approved the new quay on Tuesday after two years of hearings, and work on the dredging is due to begin in the spring.</p>", 6)
	b, _ := json.Marshal(map[string]string{"html": "<html><body>" + strings.Repeat("<div>", 200_000) + "<article><h1>Quay approved</h1>" + story + "</article>"})
	a := do(t, ts.Client(), "POST", ts.URL+"/v1/clean", string(b))
	if a.status != http.StatusOK || !strings.Contains(string(a.body), "work on the dredging is due to begin") {
		t.Errorf("got %d %.300s, want 200 with the story", a.status, a.body)
	}
}

// TestCleanFailureTooDeep: a page the parser refuses even once flattened is
// the client's fault, 422 too_deep, not the server's 500.
func TestCleanFailureTooDeep(t *testing.T) {
	tests := []struct {
		err  error
		code string
	}{
		{fmt.Errorf("cleaner: parse html: %w", errors.New("html: open stack of elements exceeds 512 nodes")), "too_deep"},
		{fmt.Errorf("cleaner: %w", cleaner.ErrNoArticle), "no_article"},
		{errors.New("cleaner: something else"), "internal"},
	}
	for _, tc := range tests {
		if e := cleanFailure(tc.err); e.kind != tc.code {
			t.Errorf("%v: kind %q, want %q", tc.err, e.kind, tc.code)
		}
	}
}

// TestShutdownCutsStuckRequests stops a server while a request waits on a
// page that never comes: past the grace time the request is cut and Serve
// returns nil, where it used to outlast the shutdown and fail.
func TestShutdownCutsStuckRequests(t *testing.T) {
	stuck := make(chan struct{})
	up := newUpstream(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-stuck:
		case <-r.Context().Done():
		}
	})
	defer close(stuck)
	s, err := New(Config{AllowPrivate: true, Timeout: time.Minute, Grace: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, l) }()
	answered := make(chan struct{})
	go func() {
		defer close(answered)
		req, _ := http.NewRequest("POST", "http://"+l.Addr().String()+"/v1/clean", strings.NewReader(`{"url": "`+up.URL+`/"}`))
		req.Header.Set("Content-Type", "application/json")
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	for up.hits.Load() == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve after the grace time: %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after the grace time")
	}
	<-answered
}

// TestHangUpFreesSlot has a client hang up while its page is being
// cleaned, with one slot: the next request is served at once, where the
// abandoned cleaning used to keep the slot to its end.
func TestHangUpFreesSlot(t *testing.T) {
	s, ts := start(t, Config{MaxInFlight: 1, MaxWait: 2 * time.Second, CleanTimeout: time.Minute})
	started, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	var calls atomic.Int64
	s.cleanPage = func(page []byte, u *url.URL, opts cleaner.Options) (*article.Article, error) {
		if calls.Add(1) == 1 {
			close(started)
			<-release // a cleaning that takes its time
		}
		return cleanPage(page, u, opts)
	}
	ctx, hangUp := context.WithCancel(t.Context())
	gone := make(chan struct{})
	go func() {
		defer close(gone)
		req, _ := http.NewRequestWithContext(ctx, "POST", ts.URL+"/v1/clean", strings.NewReader(cleanBody(t)))
		req.Header.Set("Content-Type", "application/json")
		if resp, err := ts.Client().Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	<-started
	hangUp()
	<-gone
	a := do(t, ts.Client(), "POST", ts.URL+"/v1/clean", cleanBody(t))
	if a.status != 200 {
		t.Errorf("after a client hung up mid-clean: %d %s, want 200", a.status, a.body)
	}
}

// TestBodyBudget holds one large body in a cleaning: a second large body,
// which would pass MaxPendingBytes, is answered 429 rather than read,
// since bodies are read before a request waits for a slot.
func TestBodyBudget(t *testing.T) {
	s, ts := start(t, Config{MaxBodyBytes: 1 << 20, MaxPageBytes: 1 << 20, MaxPendingBytes: 3 << 19})
	started, release := make(chan struct{}), make(chan struct{})
	var calls atomic.Int64
	s.cleanPage = func(page []byte, u *url.URL, opts cleaner.Options) (*article.Article, error) {
		if calls.Add(1) == 1 {
			close(started)
			<-release
		}
		return cleanPage(page, u, opts)
	}
	big, _ := json.Marshal(map[string]string{"html": articleHTML(t) + "<!--" + strings.Repeat("x", 900<<10) + "-->"})
	first := make(chan answer, 1)
	go func() { first <- do(t, ts.Client(), "POST", ts.URL+"/v1/clean", string(big)) }()
	<-started
	a := do(t, ts.Client(), "POST", ts.URL+"/v1/clean", string(big))
	close(release)
	if a.status != http.StatusTooManyRequests {
		t.Errorf("second large body beside one held: %d %s, want 429", a.status, a.body)
	}
	if a := <-first; a.status != 200 {
		t.Errorf("first request: %d %s, want 200", a.status, a.body)
	}
	if n := s.bodies.used.Load(); n != 0 {
		t.Errorf("%d body bytes still counted after both answers", n)
	}
}
