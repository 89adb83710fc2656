package fetch

import (
	"net"
	"net/http"
	"syscall"
	"time"
)

// DefaultUserAgent names pith and where to read about it. Its product
// token, "pith", is what robots.txt groups are matched against.
const DefaultUserAgent = "pith/0.1 (+https://github.com/pith-news/pith)"

// TransportConfig configures NewTransport.
type TransportConfig struct {
	// ConnectTimeout bounds the TCP and TLS handshakes; 0 means 10s.
	ConnectTimeout time.Duration
	// ResponseHeaderTimeout bounds the wait for the response headers after
	// the request is written; 0 means no bound of its own.
	ResponseHeaderTimeout time.Duration
	// MaxIdleConnsPerHost caps the idle connections kept per host; 0
	// means 4.
	MaxIdleConnsPerHost int
	// DialControl, if set, is called before each connection with the
	// address actually dialled (after DNS), for every hop of a redirect
	// chain; an error refuses the connection. It is the hook of an SSRF
	// guard, and turns off proxies from the environment (the guard would
	// see the proxy's address instead of the target's).
	DialControl func(network, address string, c syscall.RawConn) error
}

const (
	defaultConnectTimeout      = 10 * time.Second
	defaultMaxIdleConnsPerHost = 4
	// keepAlive is the TCP keep-alive period of every connection.
	keepAlive = 30 * time.Second
	// idleConnTimeout is how long an idle connection is kept.
	idleConnTimeout = 90 * time.Second
	// maxIdleConns caps the idle connections kept over all hosts.
	maxIdleConns = 100
)

// NewTransport returns the HTTP transport every pith request goes through:
// `pith clean`, the API and the crawler (under colly's client).
func NewTransport(cfg TransportConfig) *http.Transport {
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = defaultConnectTimeout
	}
	if cfg.MaxIdleConnsPerHost == 0 {
		cfg.MaxIdleConnsPerHost = defaultMaxIdleConnsPerHost
	}
	dialer := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: keepAlive, Control: cfg.DialControl}
	t := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.ResponseHeaderTimeout,
		MaxIdleConns:          maxIdleConns,
		MaxIdleConnsPerHost:   cfg.MaxIdleConnsPerHost,
		IdleConnTimeout:       idleConnTimeout,
		ForceAttemptHTTP2:     true,
	}
	if cfg.DialControl != nil {
		// A proxy would be dialled instead of the target, defeating the guard.
		t.Proxy = nil
	}
	return t
}
