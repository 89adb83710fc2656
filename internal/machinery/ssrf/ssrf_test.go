package ssrf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

func TestClass(t *testing.T) {
	tests := []struct {
		addr string
		want string // "" means allowed
	}{
		// One or more per blocked class.
		{"127.0.0.1", "loopback"},
		{"127.255.255.254", "loopback"},
		{"::1", "loopback"},
		{"10.0.0.1", "private"},
		{"10.255.255.255", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"192.168.1.1", "private"},
		{"100.64.0.1", "carrier-grade NAT (shared)"},
		{"100.127.255.255", "carrier-grade NAT (shared)"},
		{"169.254.169.254", "link-local"}, // cloud metadata
		{"fe80::1", "link-local"},
		{"fe80::1%eth0", "link-local"},
		{"febf::1", "link-local"},
		{"fc00::1", "unique-local"},
		{"fd12:3456::1", "unique-local"},
		{"224.0.0.1", "multicast"},
		{"239.255.255.250", "multicast"},
		{"ff02::1", "multicast"},
		{"ff0e::1", "multicast"},
		{"0.0.0.0", "unspecified (this network)"},
		{"0.1.2.3", "unspecified (this network)"},
		{"::", "unspecified"},
		{"255.255.255.255", "broadcast"},
		{"::ffff:127.0.0.1", "IPv4-mapped IPv6"},
		{"::ffff:10.0.0.1", "IPv4-mapped IPv6"},
		{"::ffff:8.8.8.8", "IPv4-mapped IPv6"},
		{"::127.0.0.1", "IPv4-compatible IPv6 (deprecated)"},
		{"64:ff9b::7f00:1", "loopback (embedded in IPv6)"},
		{"64:ff9b::a9fe:a9fe", "link-local (embedded in IPv6)"},
		{"2002:7f00:1::1", "loopback (embedded in IPv6)"},
		{"2002:c0a8:101::1", "private (embedded in IPv6)"},
		{"64:ff9b:1::1", "local-use NAT64"},
		{"192.0.2.1", "documentation"},
		{"198.51.100.7", "documentation"},
		{"203.0.113.9", "documentation"},
		{"2001:db8::1", "documentation"},
		{"198.18.0.1", "reserved (benchmarking)"},
		{"240.0.0.1", "reserved"},
		{"192.0.0.8", "reserved (IETF protocol assignments)"},
		{"100::1", "discard-only"},
		{"fec0::1", "site-local (deprecated)"},
		// Public addresses.
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"93.184.216.34", ""},
		{"172.15.255.255", ""}, // just below 172.16/12
		{"172.32.0.0", ""},     // just above
		{"100.63.255.255", ""}, // just below 100.64/10
		{"100.128.0.0", ""},
		{"169.253.255.255", ""},
		{"2606:4700:4700::1111", ""},
		{"2a00:1450:4001:80b::200e", ""},
		{"64:ff9b::808:808", ""}, // NAT64 of 8.8.8.8
		{"2002:808:808::1", ""},  // 6to4 of 8.8.8.8
	}
	for _, tc := range tests {
		t.Run(tc.addr, func(t *testing.T) {
			a := netip.MustParseAddr(tc.addr)
			if got := Class(a); got != tc.want {
				t.Errorf("Class(%s): got %q, want %q", a, got, tc.want)
			}
			var g Guard
			err := g.CheckAddr(a)
			if got := errors.Is(err, ErrBlocked); got != (tc.want != "") {
				t.Errorf("CheckAddr(%s): got %v, want blocked=%v", a, err, tc.want != "")
			}
		})
	}
	if got := Class(netip.Addr{}); got != "invalid" {
		t.Errorf("Class(zero Addr): got %q, want %q", got, "invalid")
	}
}

func TestGuardAllow(t *testing.T) {
	g := Guard{Allow: []netip.Prefix{netip.MustParsePrefix("10.1.0.0/16"), netip.MustParsePrefix("fd00::/8")}}
	tests := []struct {
		addr    string
		blocked bool
	}{
		{"10.1.2.3", false},
		{"10.2.0.1", true},
		{"127.0.0.1", true},
		{"fd00::5", false},
		{"fc00::5", true},
		{"8.8.8.8", false},
	}
	for _, tc := range tests {
		err := g.CheckAddr(netip.MustParseAddr(tc.addr))
		if got := errors.Is(err, ErrBlocked); got != tc.blocked {
			t.Errorf("CheckAddr(%s): got %v, want blocked=%v", tc.addr, err, tc.blocked)
		}
	}
}

func TestCheckURL(t *testing.T) {
	tests := []struct {
		url  string
		want string // substring of the error; "" means allowed
	}{
		{"http://example.com/a", ""},
		{"https://news.example:8443/x?y=1", ""},
		{"HTTPS://Example.COM/", ""},
		{"http://8.8.8.8/", ""},
		{"http://[2606:4700:4700::1111]/", ""},
		{"http://localhost/", ""}, // a name: refused when dialled, see TestGuardDial
		{"ftp://example.com/", `scheme "ftp"`},
		{"file:///etc/passwd", `scheme "file"`},
		{"gopher://example.com/", `scheme "gopher"`},
		{"javascript:alert(1)", `scheme "javascript"`},
		{"data:text/html,hi", `scheme "data"`},
		{"//example.com/", `scheme ""`},
		{"http:///path", "no host"},
		{"http://127.0.0.1/", "loopback"},
		{"http://127.0.0.1:8080/admin", "loopback"},
		{"http://[::1]/", "loopback"},
		{"http://10.0.0.1/", "private"},
		{"http://169.254.169.254/latest/meta-data/", "link-local"},
		{"http://[fe80::1%25eth0]/", "link-local"},
		{"http://[fd00::1]/", "unique-local"},
		{"http://[::ffff:127.0.0.1]/", "IPv4-mapped"},
		{"http://[::ffff:7f00:1]/", "IPv4-mapped"},
		{"http://0.0.0.0/", "unspecified"},
		{"http://224.0.0.251/", "multicast"},
		{"http://2130706433/", "non-standard form"}, // 127.0.0.1 as one number
		{"http://0x7f000001/", "non-standard form"},
		{"http://127.1/", "non-standard form"},
		{"http://0177.0.0.1/", "non-standard form"},
	}
	var g Guard
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			u, err := url.Parse(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			err = g.CheckURL(u)
			if tc.want == "" {
				if err != nil {
					t.Errorf("got %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, ErrBlocked) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want a blocked error containing %q", err, tc.want)
			}
		})
	}
}

func TestControl(t *testing.T) {
	tests := []struct {
		network, address string
		want             string // "" means allowed
	}{
		{"tcp4", "8.8.8.8:443", ""},
		{"tcp6", "[2606:4700:4700::1111]:80", ""},
		{"tcp4", "127.0.0.1:80", "loopback"},
		{"tcp6", "[::1]:80", "loopback"},
		{"tcp6", "[fe80::1%lo]:80", "link-local"},
		{"tcp6", "[::ffff:192.168.0.1]:80", "IPv4-mapped"},
		{"udp4", "8.8.8.8:53", `network "udp4"`},
		{"tcp4", "nonsense", "cannot parse"},
		{"tcp4", "example.com:80", "cannot parse"},
	}
	var g Guard
	for _, tc := range tests {
		t.Run(tc.network+" "+tc.address, func(t *testing.T) {
			err := g.Control(tc.network, tc.address, nil)
			if tc.want == "" {
				if err != nil {
					t.Errorf("got %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, ErrBlocked) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want a blocked error containing %q", err, tc.want)
			}
		})
	}
}

// client returns an HTTP client whose dialer runs g.Control (nil: no guard)
// and resolves names with r (nil: the default resolver).
func client(g *Guard, r *net.Resolver) *http.Client {
	d := &net.Dialer{Timeout: 5 * time.Second, Resolver: r}
	if g != nil {
		d.Control = g.Control
	}
	return &http.Client{
		Transport: &http.Transport{DialContext: d.DialContext, Proxy: nil},
		Timeout:   10 * time.Second,
	}
}

// counter is an HTTP server that counts its requests.
type counter struct {
	hits atomic.Int64
}

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.hits.Add(1)
	io.WriteString(w, "<p>hello</p>")
}

func get(t *testing.T, c *http.Client, u string) error {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}

func listen(t *testing.T, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = l
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

func TestGuardDial(t *testing.T) {
	var c4, c6 counter
	srv4 := listen(t, "127.0.0.1:0", &c4)
	srv6 := listen(t, "[::1]:0", &c6)
	_, port4, _ := net.SplitHostPort(srv4.Listener.Addr().String())

	tests := []struct {
		name string
		url  string
		want string
		hits *counter
	}{
		{"IPv4 loopback", srv4.URL, "loopback", &c4},
		{"IPv6 loopback", srv6.URL, "loopback", &c6},
		{"localhost", "http://localhost:" + port4 + "/", "loopback", &c4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.hits.hits.Load()
			err := get(t, client(&Guard{}, nil), tc.url)
			if !errors.Is(err, ErrBlocked) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("GET %s: got %v, want a blocked error containing %q", tc.url, err, tc.want)
			}
			if n := tc.hits.hits.Load() - before; n != 0 {
				t.Errorf("server got %d requests, want 0", n)
			}
			// The same request without the guard reaches the server, so the
			// refusal above came from the guard.
			if err := get(t, client(nil, nil), tc.url); err != nil {
				t.Errorf("GET %s without guard: %v", tc.url, err)
			}
		})
	}
}

func TestGuardAllowPrivate(t *testing.T) {
	var c counter
	srv := listen(t, "127.0.0.1:0", &c)
	all := &Guard{Allow: []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0"), netip.MustParsePrefix("::/0")}}
	if err := get(t, client(all, nil), srv.URL); err != nil {
		t.Errorf("GET %s allowing all: %v", srv.URL, err)
	}
	if got := c.hits.Load(); got != 1 {
		t.Errorf("server got %d requests, want 1", got)
	}
}

// TestGuardRedirectClasses redirects from an allowed loopback server to an
// address of each blocked class: the guard must refuse the second hop. A
// second Control behind the guard refuses any non-loopback address, so no
// packet leaves the machine even if the guard let one through.
func TestGuardRedirectClasses(t *testing.T) {
	targets := []struct{ url, want string }{
		{"http://10.0.0.1/", "10.0.0.1 is private"},
		{"http://172.16.5.4:8080/", "172.16.5.4 is private"},
		{"http://192.168.1.1/admin", "192.168.1.1 is private"},
		{"http://100.64.0.1/", "100.64.0.1 is carrier-grade NAT"},
		{"http://169.254.169.254/latest/meta-data/", "169.254.169.254 is link-local"},
		{"http://[fe80::1]/", "fe80::1 is link-local"},
		{"http://[fd00::1]/", "fd00::1 is unique-local"},
		{"http://224.0.0.1/", "224.0.0.1 is multicast"},
		// Go dials an IPv4-mapped address as the IPv4 address itself, so
		// Control judges 10.0.0.1 (CheckURL refuses the literal form).
		{"http://[::ffff:10.0.0.1]/", "10.0.0.1 is private"},
		{"http://0.0.0.0/", "0.0.0.0 is unspecified"},
	}
	var target atomic.Value
	src := listen(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.Load().(string), http.StatusFound)
	}))
	g := &Guard{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}
	loopbackOnly := func(network, address string, c syscall.RawConn) error {
		if err := g.Control(network, address, c); err != nil {
			return err
		}
		ap, err := netip.ParseAddrPort(address)
		if err != nil || !ap.Addr().IsLoopback() {
			return fmt.Errorf("test: refusing to leave loopback for %s", address)
		}
		return nil
	}
	d := &net.Dialer{Timeout: 5 * time.Second, Control: loopbackOnly}
	c := &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
	for _, tc := range targets {
		t.Run(tc.url, func(t *testing.T) {
			target.Store(tc.url)
			err := get(t, c, src.URL)
			if !errors.Is(err, ErrBlocked) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("redirect to %s: got %v, want blocked with %q", tc.url, err, tc.want)
			}
		})
	}
}

// TestGuardRedirect follows a redirect from an allowed server to a blocked
// address: the guard must refuse the second hop.
func TestGuardRedirect(t *testing.T) {
	var target counter
	dst := listen(t, "127.0.0.2:0", &target) // loopback, but not allowed below
	src := listen(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, dst.URL+"/secret", http.StatusFound)
	}))
	g := &Guard{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}

	err := get(t, client(g, nil), src.URL)
	if !errors.Is(err, ErrBlocked) || !strings.Contains(err.Error(), "127.0.0.2 is loopback") {
		t.Errorf("GET %s: got %v, want the redirect to 127.0.0.2 blocked", src.URL, err)
	}
	if got := target.hits.Load(); got != 0 {
		t.Errorf("redirect target got %d requests, want 0", got)
	}
	// Without the guard the redirect is followed.
	if err := get(t, client(nil, nil), src.URL); err != nil {
		t.Fatalf("GET %s without guard: %v", src.URL, err)
	}
	if got := target.hits.Load(); got != 1 {
		t.Errorf("redirect target got %d requests without guard, want 1", got)
	}
}

// TestGuardResolvedName resolves a made-up name through a DNS server on
// loopback that answers 127.0.0.1: the guard sees the resolved address, so
// any name pointing at a blocked address (DNS rebinding included) fails.
func TestGuardResolvedName(t *testing.T) {
	var c counter
	srv := listen(t, "127.0.0.1:0", &c)
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	dns := fakeDNS(t, netip.MustParseAddr("127.0.0.1"))
	r := &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "udp", dns)
		},
	}
	u := "http://rebind.pith.test:" + port + "/"
	if err := get(t, client(nil, r), u); err != nil {
		t.Fatalf("GET %s without guard: %v (the fake DNS does not work)", u, err)
	}
	err := get(t, client(&Guard{}, r), u)
	if !errors.Is(err, ErrBlocked) || !strings.Contains(err.Error(), "127.0.0.1 is loopback") {
		t.Errorf("GET %s: got %v, want blocked as loopback", u, err)
	}
	if got := c.hits.Load(); got != 1 {
		t.Errorf("server got %d requests, want 1 (the unguarded one)", got)
	}
}

// fakeDNS serves A queries for any name with addr on a loopback UDP port,
// and returns that port's address. AAAA queries get no answer.
func fakeDNS(t *testing.T, addr netip.Addr) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("cannot listen on UDP: %v", err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 512)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return // closed
			}
			var p dnsmessage.Parser
			h, err := p.Start(buf[:n])
			if err != nil {
				continue
			}
			q, err := p.Question()
			if err != nil {
				continue
			}
			b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true})
			b.EnableCompression()
			if b.StartQuestions() != nil || b.Question(q) != nil || b.StartAnswers() != nil {
				continue
			}
			if q.Type == dnsmessage.TypeA {
				rh := dnsmessage.ResourceHeader{Name: q.Name, Type: dnsmessage.TypeA, Class: dnsmessage.ClassINET, TTL: 0}
				if b.AResource(rh, dnsmessage.AResource{A: addr.As4()}) != nil {
					continue
				}
			}
			msg, err := b.Finish()
			if err != nil {
				continue
			}
			if _, err := pc.WriteTo(msg, from); err != nil {
				return
			}
		}
	}()
	return pc.LocalAddr().String()
}
