package fetch_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pith-news/pith/internal/machinery/fetch"
)

const page = "<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Café</p></body></html>"

// server starts an httptest server with the handlers of routes and closes
// it at the end of the test.
func server(t *testing.T, routes map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for p, h := range routes {
		mux.HandleFunc(p, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func htmlHandler(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGetHTML(t *testing.T) {
	var gotUA, gotAccept, gotEncoding string
	srv := server(t, map[string]http.HandlerFunc{
		"/a": func(w http.ResponseWriter, r *http.Request) {
			gotUA, gotAccept, gotEncoding = r.UserAgent(), r.Header.Get("Accept"), r.Header.Get("Accept-Encoding")
			htmlHandler(page)(w, r)
		},
	})
	resp, err := fetch.New(fetch.Config{}).Get(t.Context(), srv.URL+"/a")
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if string(resp.Body) != page {
		t.Errorf("got body %q, want %q", resp.Body, page)
	}
	if resp.StatusCode != 200 {
		t.Errorf("got status %d, want 200", resp.StatusCode)
	}
	if resp.ContentType != "text/html; charset=utf-8" {
		t.Errorf("got content type %q, want text/html; charset=utf-8", resp.ContentType)
	}
	if got := resp.URL.String(); got != srv.URL+"/a" {
		t.Errorf("got URL %s, want %s", got, srv.URL+"/a")
	}
	if gotUA != fetch.DefaultUserAgent || !strings.Contains(strings.ToLower(gotUA), "pith") {
		t.Errorf("server saw User-Agent %q, want %q (naming pith)", gotUA, fetch.DefaultUserAgent)
	}
	if !strings.Contains(gotAccept, "text/html") {
		t.Errorf("server saw Accept %q, want text/html in it", gotAccept)
	}
	if !strings.Contains(gotEncoding, "gzip") {
		t.Errorf("server saw Accept-Encoding %q, want gzip", gotEncoding)
	}
}

func TestGetUserAgent(t *testing.T) {
	var got string
	srv := server(t, map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) {
		got = r.UserAgent()
		htmlHandler(page)(w, r)
	}})
	if _, err := fetch.New(fetch.Config{UserAgent: "pith-test/1"}).Get(t.Context(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if got != "pith-test/1" {
		t.Errorf("server saw User-Agent %q, want pith-test/1", got)
	}
}

func TestGetGzip(t *testing.T) {
	big := bytes.Repeat([]byte("<p>all work and no play</p>\n"), 40_000) // 1.1 MB
	srv := server(t, map[string]http.HandlerFunc{
		"/page": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipped(t, []byte(page)))
		},
		"/bomb": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipped(t, big))
		},
	})
	compressed := len(gzipped(t, big))
	const limit = 64 << 10
	if compressed >= limit {
		t.Fatalf("the bomb is %d bytes compressed, want it under the %d-byte cap for the test to mean anything", compressed, limit)
	}
	c := fetch.New(fetch.Config{MaxBytes: limit})

	resp, err := c.Get(t.Context(), srv.URL+"/page")
	if err != nil {
		t.Fatalf("Get gzip page: %v", err)
	}
	if string(resp.Body) != page {
		t.Errorf("got body %q, want the decompressed page %q", resp.Body, page)
	}

	_, err = c.Get(t.Context(), srv.URL+"/bomb")
	if !errors.Is(err, fetch.ErrTooLarge) {
		t.Errorf("%d bytes gzipped to %d with a %d cap: got error %v, want ErrTooLarge", len(big), compressed, limit, err)
	}
}

func TestGetMaxBytes(t *testing.T) {
	const limit = 1000
	srv := server(t, map[string]http.HandlerFunc{
		"/{n}": func(w http.ResponseWriter, r *http.Request) {
			n, _ := strconv.Atoi(r.PathValue("n"))
			w.Header().Set("Content-Type", "text/html")
			w.Write(bytes.Repeat([]byte("x"), n))
		},
	})
	c := fetch.New(fetch.Config{MaxBytes: limit})
	tests := []struct {
		n       int
		wantErr error
	}{
		{limit - 1, nil},
		{limit, nil},
		{limit + 1, fetch.ErrTooLarge},
		{10 * limit, fetch.ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.n), func(t *testing.T) {
			resp, err := c.Get(t.Context(), srv.URL+"/"+strconv.Itoa(tc.n))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("got error %v, want %v", err, tc.wantErr)
			}
			if err == nil && len(resp.Body) != tc.n {
				t.Errorf("got %d bytes, want %d", len(resp.Body), tc.n)
			}
		})
	}
}

func TestGetStatus(t *testing.T) {
	srv := server(t, map[string]http.HandlerFunc{
		"/{code}": func(w http.ResponseWriter, r *http.Request) {
			code, _ := strconv.Atoi(r.PathValue("code"))
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(code)
			fmt.Fprint(w, page)
		},
		"/moved": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/404", http.StatusFound)
		},
	})
	c := fetch.New(fetch.Config{})
	tests := []struct {
		path     string
		wantCode int // 0: success
		wantURL  string
	}{
		{"/200", 0, ""},
		{"/203", 0, ""},
		{"/404", 404, "/404"},
		{"/410", 410, "/410"},
		{"/500", 500, "/500"},
		{"/503", 503, "/503"},
		{"/304", 304, "/304"},
		// The error names the address that answered, after redirects.
		{"/moved", 404, "/404"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			_, err := c.Get(t.Context(), srv.URL+tc.path)
			if tc.wantCode == 0 {
				if err != nil {
					t.Fatalf("got error %v, want none", err)
				}
				return
			}
			var se *fetch.StatusError
			if !errors.As(err, &se) {
				t.Fatalf("got error %v (%T), want a *StatusError", err, err)
			}
			if se.Code != tc.wantCode {
				t.Errorf("got code %d, want %d", se.Code, tc.wantCode)
			}
			if se.URL != srv.URL+tc.wantURL {
				t.Errorf("got URL %s, want %s", se.URL, srv.URL+tc.wantURL)
			}
			if msg := err.Error(); !strings.Contains(msg, strconv.Itoa(tc.wantCode)) || strings.Contains(msg, "\n") {
				t.Errorf("got message %q, want one line with the code", msg)
			}
		})
	}
}

func TestGetContentType(t *testing.T) {
	srv := server(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			if ct, ok := r.URL.Query()["ct"]; ok {
				// Setting the header to nil stops the server sniffing one.
				w.Header()["Content-Type"] = nil
				if ct[0] != "" {
					w.Header().Set("Content-Type", ct[0])
				}
			}
			fmt.Fprint(w, page)
		},
	})
	c := fetch.New(fetch.Config{})
	tests := []struct {
		ct      string
		wantErr error
	}{
		{"text/html", nil},
		{"text/html; charset=iso-8859-1", nil},
		{"TEXT/HTML; Charset=UTF-8", nil},
		{"application/xhtml+xml", nil},
		{"", nil}, // no type: the cleaner sniffs the body
		{"text/html; charset", nil},
		{"text/html;;", nil},
		{"application/pdf", fetch.ErrNotHTML},
		{"image/png", fetch.ErrNotHTML},
		{"application/octet-stream", fetch.ErrNotHTML},
		{"application/json", fetch.ErrNotHTML},
		{"video/mp4", fetch.ErrNotHTML},
		{"nonsense", fetch.ErrNotHTML},
	}
	for _, tc := range tests {
		t.Run(tc.ct, func(t *testing.T) {
			resp, err := c.Get(t.Context(), srv.URL+"/?ct="+urlQueryEscape(tc.ct))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Content-Type %q: got error %v, want %v", tc.ct, err, tc.wantErr)
			}
			if err == nil && resp.ContentType != tc.ct {
				t.Errorf("got ContentType %q, want %q", resp.ContentType, tc.ct)
			}
		})
	}
}

func urlQueryEscape(s string) string {
	r := strings.NewReplacer("%", "%25", " ", "%20", ";", "%3B", "=", "%3D", "+", "%2B", "/", "%2F")
	return r.Replace(s)
}

func TestGetRedirects(t *testing.T) {
	srv := server(t, map[string]http.HandlerFunc{
		// /hop/n redirects n more times, then lands on /final.
		"/hop/{n}": func(w http.ResponseWriter, r *http.Request) {
			n, _ := strconv.Atoi(r.PathValue("n"))
			if n <= 1 {
				http.Redirect(w, r, "/final", http.StatusMovedPermanently)
				return
			}
			http.Redirect(w, r, "/hop/"+strconv.Itoa(n-1), http.StatusFound)
		},
		"/final": htmlHandler(page),
		"/to": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Query().Get("u"), http.StatusFound)
		},
	})
	tests := []struct {
		name     string
		max      int
		path     string
		wantErr  error
		wantPath string
	}{
		{"one", 0, "/hop/1", nil, "/final"},
		{"ten under the default", 0, "/hop/10", nil, "/final"},
		{"eleven over the default", 0, "/hop/11", fetch.ErrTooManyRedirects, ""},
		{"three under three", 3, "/hop/3", nil, "/final"},
		{"four over three", 3, "/hop/4", fetch.ErrTooManyRedirects, ""},
		{"to ftp", 0, "/to?u=ftp://127.0.0.1/x", fetch.ErrBadURL, ""},
		{"to file", 0, "/to?u=file:///etc/passwd", fetch.ErrBadURL, ""},
		{"to javascript", 0, "/to?u=javascript:alert(1)", fetch.ErrBadURL, ""},
		{"to no host", 0, "/to?u=http://:" + port(srv) + "/final", fetch.ErrBadURL, ""},
		{"relative", 0, "/to?u=final", nil, "/final"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := fetch.New(fetch.Config{MaxRedirects: tc.max}).Get(t.Context(), srv.URL+tc.path)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("got error %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if got := resp.URL.String(); got != srv.URL+tc.wantPath {
				t.Errorf("got final URL %s, want %s", got, srv.URL+tc.wantPath)
			}
			if string(resp.Body) != page {
				t.Errorf("got body %q, want the final page", resp.Body)
			}
		})
	}
}

// A timeout, whether Config.Timeout or a deadline on ctx, and whether it
// strikes before the headers or while the body is read, is an error that
// matches context.DeadlineExceeded.
func TestGetTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := server(t, map[string]http.HandlerFunc{
		"/headers": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-release:
			}
		},
		"/body": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><p>first half")
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-release:
			}
		},
	})
	t.Cleanup(func() { close(release) }) // runs before srv.Close
	const short = 100 * time.Millisecond
	tests := []struct {
		name string
		cfg  fetch.Config
		ctx  func(t *testing.T) context.Context
		path string
	}{
		{"config timeout before headers", fetch.Config{Timeout: short}, nil, "/headers"},
		{"config timeout in body", fetch.Config{Timeout: short}, nil, "/body"},
		{"ctx deadline before headers", fetch.Config{}, deadline(short), "/headers"},
		{"ctx deadline in body", fetch.Config{}, deadline(short), "/body"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := t.Context()
			if tc.ctx != nil {
				ctx = tc.ctx(t)
			}
			start := time.Now()
			_, err := fetch.New(tc.cfg).Get(ctx, srv.URL+tc.path)
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("got error %v, want one matching context.DeadlineExceeded", err)
			}
			var ne net.Error
			if !errors.As(err, &ne) || !ne.Timeout() {
				t.Errorf("got error %v, want a net.Error whose Timeout() is true", err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "fetch "+srv.URL+tc.path+": timed out") {
				t.Errorf("got message %q, want it to start with fetch, the URL and \"timed out\"", msg)
			}
			if el := time.Since(start); el > 10*time.Second {
				t.Errorf("took %v with a %v timeout", el, short)
			}
		})
	}
}

func port(srv *httptest.Server) string {
	_, p, _ := net.SplitHostPort(srv.Listener.Addr().String())
	return p
}

func deadline(d time.Duration) func(t *testing.T) context.Context {
	return func(t *testing.T) context.Context {
		ctx, cancel := context.WithTimeout(t.Context(), d)
		t.Cleanup(cancel)
		return ctx
	}
}

func TestGetCancel(t *testing.T) {
	arrived := make(chan struct{})
	srv := server(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			close(arrived)
			<-r.Context().Done()
		},
	})
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-arrived
		cancel()
	}()
	_, err := fetch.New(fetch.Config{}).Get(ctx, srv.URL)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled mid-request: got error %v, want context.Canceled", err)
	}

	// Already cancelled: no request is made.
	var hits atomic.Int32
	srv2 := server(t, map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }})
	_, err = fetch.New(fetch.Config{}).Get(ctx, srv2.URL)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: got error %v, want context.Canceled", err)
	}
	if hits.Load() != 0 {
		t.Errorf("server got %d requests after cancel, want 0", hits.Load())
	}
}

func TestGetUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	_, err = fetch.New(fetch.Config{}).Get(t.Context(), "http://"+addr+"/")
	if err == nil {
		t.Fatal("got no error from a closed port")
	}
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Errorf("got error %v, want connection refused", err)
	}
	var se *fetch.StatusError
	if errors.As(err, &se) || errors.Is(err, fetch.ErrBadURL) {
		t.Errorf("got error %v, want a network error, not a status or URL error", err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "fetch http://"+addr+"/: ") || strings.Contains(msg, "\n") {
		t.Errorf("got message %q, want one line starting with fetch and the URL", msg)
	}
	if msg := err.Error(); strings.Contains(msg, `Get "`) {
		t.Errorf("got message %q, want the URL said once (no *url.Error prefix)", msg)
	}
}

func TestGetBadURL(t *testing.T) {
	c := fetch.New(fetch.Config{})
	for _, raw := range []string{
		"",
		"   ",
		"example.com/page",
		"/relative/path",
		"ftp://127.0.0.1/file",
		"file:///etc/passwd",
		"javascript:alert(1)",
		"mailto:someone@127.0.0.1",
		"http://",
		"http:///path",
		"http://:80/",
		"http://exa mple.com/",
		"http://[::1",
		"http://127.0.0.1:99999/",
		"http://127.0.0.1:port/",
		"http://%zz/",
		"https//127.0.0.1/",
	} {
		t.Run(raw, func(t *testing.T) {
			_, err := c.Get(t.Context(), raw)
			if !errors.Is(err, fetch.ErrBadURL) {
				t.Errorf("Get(%q): got error %v, want ErrBadURL", raw, err)
			}
			if _, err := fetch.ParseURL(raw); !errors.Is(err, fetch.ErrBadURL) {
				t.Errorf("ParseURL(%q): got error %v, want ErrBadURL", raw, err)
			}
		})
	}
}

func TestParseURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"http://127.0.0.1/a", "http://127.0.0.1/a"},
		{"https://example.com/a?b=c#d", "https://example.com/a?b=c#d"},
		{"  https://example.com/  ", "https://example.com/"},
		{"HTTP://Example.com/", "http://Example.com/"},
		{"http://[::1]:8080/", "http://[::1]:8080/"},
	} {
		u, err := fetch.ParseURL(tc.in)
		if err != nil {
			t.Errorf("ParseURL(%q): %v", tc.in, err)
			continue
		}
		if u.String() != tc.want {
			t.Errorf("ParseURL(%q) = %s, want %s", tc.in, u, tc.want)
		}
	}
}

func TestDialControl(t *testing.T) {
	srv := server(t, map[string]http.HandlerFunc{
		"/": htmlHandler(page),
		"/jump": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Query().Get("u"), http.StatusFound)
		},
		"/other": htmlHandler(page),
	})
	other := server(t, map[string]http.HandlerFunc{"/": htmlHandler(page)})

	var mu sync.Mutex
	var dialled []string
	c := fetch.New(fetch.Config{DialControl: func(network, address string, _ syscall.RawConn) error {
		mu.Lock()
		defer mu.Unlock()
		dialled = append(dialled, network+" "+address)
		return nil
	}})
	// A redirect to another server dials it too.
	if _, err := c.Get(t.Context(), srv.URL+"/jump?u="+other.URL+"/"); err != nil {
		t.Fatal(err)
	}
	want := []string{"tcp4 " + srv.Listener.Addr().String(), "tcp4 " + other.Listener.Addr().String()}
	if fmt.Sprint(dialled) != fmt.Sprint(want) {
		t.Errorf("DialControl saw %q, want %q", dialled, want)
	}

	errRefused := errors.New("refused by test")
	var hits atomic.Int32
	blocked := server(t, map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }})
	guard := func(network, address string, _ syscall.RawConn) error {
		if address == blocked.Listener.Addr().String() {
			return errRefused
		}
		return nil
	}
	c = fetch.New(fetch.Config{DialControl: guard})
	for _, u := range []string{blocked.URL + "/", srv.URL + "/jump?u=" + blocked.URL + "/"} {
		_, err := c.Get(t.Context(), u)
		if !errors.Is(err, errRefused) {
			t.Errorf("Get %s: got error %v, want the DialControl error", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("blocked server got %d requests, want 0", hits.Load())
	}
}

// A Client is safe for concurrent use.
func TestGetConcurrent(t *testing.T) {
	srv := server(t, map[string]http.HandlerFunc{"/{n}": func(w http.ResponseWriter, r *http.Request) {
		htmlHandler("<p>"+r.PathValue("n")+"</p>")(w, r)
	}})
	c := fetch.New(fetch.Config{})
	var wg sync.WaitGroup
	errs := make([]error, 16)
	for i := range errs {
		wg.Go(func() {
			resp, err := c.Get(t.Context(), srv.URL+"/"+strconv.Itoa(i))
			if err == nil && string(resp.Body) != "<p>"+strconv.Itoa(i)+"</p>" {
				err = fmt.Errorf("got body %q", resp.Body)
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("request %d: %v", i, err)
		}
	}
}
