package scraper_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/pith-news/pith/scraper"
)

// robotsCase is a case of Google's robots.txt conformance suite, as the
// matcher's own test reads it.
type robotsCase struct {
	ID        int    `json:"id"`
	Robots    string `json:"robots"`
	RobotsHex string `json:"robots_hex"`
	Agent     string `json:"agent"`
	URL       string `json:"url"`
	Allowed   bool   `json:"allowed"`
}

// rawOnly are the cases an HTTP crawl cannot pose: an empty URL (0-3), a
// user agent with a space (40), and a URL with a raw non-ASCII character
// (63, 65), which a request always sends escaped.
var rawOnly = map[int]bool{0: true, 1: true, 2: true, 3: true, 40: true, 63: true, 65: true}

// TestRobotsEndToEnd runs Google's conformance cases through whole crawls:
// each case's robots.txt is served on a host of its own, the case's URL is
// the seed, and the page must be requested exactly when the case allows
// it. The URL is checked as written: a query holding ? and &, or escapes
// of unreserved characters, used to be canonicalised first and so
// misjudged.
func TestRobotsEndToEnd(t *testing.T) {
	b, err := os.ReadFile("../internal/machinery/robots/testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []robotsCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	var (
		mu      sync.Mutex
		robots  = map[string]string{}   // host → robots.txt
		fetched = map[string][]string{} // host → pages requested
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, robots[r.Host])
		case "/sitemap.xml":
			http.NotFound(w, r)
		default:
			fetched[r.Host] = append(fetched[r.Host], r.RequestURI)
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><p>page</p></body></html>")
		}
	}))
	defer srv.Close()
	addr := srv.Listener.Addr().String()
	transport := &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr) // every host is the test server
	}}
	defer transport.CloseIdleConnections()

	pass, total := 0, 0
	for _, c := range cases {
		if rawOnly[c.ID] {
			continue
		}
		total++
		body := c.Robots
		if c.RobotsHex != "" {
			raw, err := hex.DecodeString(c.RobotsHex)
			if err != nil {
				t.Fatal(err)
			}
			body = string(raw)
		}
		host := fmt.Sprintf("case%d.test", c.ID)
		u, err := url.Parse(c.URL)
		if err != nil {
			t.Fatalf("case %d: %v", c.ID, err)
		}
		seed := "http://" + host + strings.TrimPrefix(c.URL, u.Scheme+"://"+u.Host)
		mu.Lock()
		robots[host] = body
		mu.Unlock()
		s, err := scraper.New(scraper.Config{UserAgent: c.Agent + "/1.0", Transport: transport, Retries: -1, MaxPages: 1})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Run(t.Context(), []string{seed}, func(context.Context, *scraper.Page) error { return nil }); err != nil {
			t.Fatalf("case %d: %v", c.ID, err)
		}
		mu.Lock()
		got := len(fetched[host]) > 0
		mu.Unlock()
		if got == c.Allowed {
			pass++
			continue
		}
		t.Errorf("case %d: agent %q url %.80q: fetched=%v, want %v (requests %.120q)", c.ID, c.Agent, c.URL, got, c.Allowed, fetched[host])
	}
	t.Logf("robots.txt end to end: %d/%d cases", pass, total)
	if total != 138 {
		t.Errorf("%d cases run, want 138", total)
	}
}
