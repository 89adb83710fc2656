package fetch

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Config configures a Client. The zero value is ready to use.
type Config struct {
	// UserAgent is sent with every request; "" means DefaultUserAgent.
	UserAgent string
	// ConnectTimeout bounds the TCP and TLS handshakes; 0 means 10s.
	ConnectTimeout time.Duration
	// Timeout bounds the whole request, redirects and body included; 0
	// means 30s. Passing it gives an error matching context.DeadlineExceeded.
	Timeout time.Duration
	// MaxBytes caps the (decompressed) body; 0 means 16 MiB.
	MaxBytes int64
	// MaxRedirects caps the redirects followed; 0 means 10.
	MaxRedirects int
	// Retries is the number of retries of a request that failed with a
	// network error, a 429 or a 5xx (see Retry); 0 means none.
	Retries int
	// RetryWait is the backoff before the first retry; 0 means 1s.
	RetryWait time.Duration
	// DialControl, if set, is called before each connection with the
	// address actually dialled (after DNS), for every hop of a redirect
	// chain; an error refuses the connection. It is the hook of an SSRF guard.
	DialControl func(network, address string, c syscall.RawConn) error
	// Transport, if set, replaces the client's transport (for tests);
	// ConnectTimeout and DialControl are then not applied.
	Transport http.RoundTripper
}

// Response is a fetched HTML page.
type Response struct {
	// URL is the final address, after redirects.
	URL         *url.URL
	StatusCode  int
	Header      http.Header
	Body        []byte
	ContentType string
}

// Client fetches pages. It is safe for concurrent use.
type Client struct {
	cfg    Config
	client *http.Client
	retry  Retry
}

// Defaults of Config.
const (
	defaultTimeout      = 30 * time.Second
	defaultMaxBytes     = 16 << 20
	defaultMaxRedirects = 10
)

// New returns a Client for cfg.
func New(cfg Config) *Client {
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = defaultTimeout
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = defaultMaxBytes
	}
	if cfg.MaxRedirects == 0 {
		cfg.MaxRedirects = defaultMaxRedirects
	}
	rt := cfg.Transport
	if rt == nil {
		rt = NewTransport(TransportConfig{ConnectTimeout: cfg.ConnectTimeout, DialControl: cfg.DialControl})
	}
	max := cfg.MaxRedirects
	return &Client{cfg: cfg, retry: Retry{Max: cfg.Retries, Wait: cfg.RetryWait}, client: &http.Client{
		Transport: rt,
		Timeout:   cfg.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("%w: more than %d, the last to %s", ErrTooManyRedirects, max, req.URL)
			}
			if err := checkURL(req.URL); err != nil {
				return fmt.Errorf("%w: redirect to %s: %w", ErrBadURL, req.URL, err)
			}
			return nil
		},
	}}
}

// ParseURL checks that raw is an absolute http or https URL with a host
// name and a valid port. Its errors match ErrBadURL.
func ParseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %w", ErrBadURL, raw, err)
	}
	if err := checkURL(u); err != nil {
		return nil, fmt.Errorf("%w: %q: %w", ErrBadURL, raw, err)
	}
	return u, nil
}

// checkURL says why u cannot be fetched, or returns nil.
func checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return errors.New("scheme must be http or https")
	}
	if u.Hostname() == "" {
		// "http://:80/" has a Host but no host name; it would dial localhost.
		return errors.New("no host")
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return fmt.Errorf("port %s out of range", p)
		}
	}
	return nil
}

// Get fetches rawURL, following redirects, and returns the page if it is
// HTML. A non-2xx answer is a *StatusError; other content types give
// ErrNotHTML; a timeout gives an error matching context.DeadlineExceeded (the
// package doc lists them all). Every error message is one line that names
// the URL asked for.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	resp, body, err := Do(ctx, c.retry, func(ctx context.Context) (*http.Response, []byte, error) {
		return c.attempt(ctx, u)
	})
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{URL: resp.Request.URL.String(), Code: resp.StatusCode}
	}
	return &Response{
		URL:         resp.Request.URL,
		StatusCode:  resp.StatusCode,
		Header:      resp.Header,
		Body:        body,
		ContentType: resp.Header.Get("Content-Type"),
	}, nil
}

// attempt makes one request for u. A non-2xx answer comes back with no
// body and no error, for Do to retry or Get to report.
func (c *Client) attempt(ctx context.Context, u *url.URL) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrBadURL, err)
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Language", "en;q=0.9,*;q=0.5")
	resp, err := c.client.Do(req)
	if err != nil {
		// A *url.Error repeats the method and URL; ours says them once.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, nil, fmt.Errorf("fetch %s: timed out: %w", u, err)
		}
		return nil, nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp, nil, nil
	}
	ct := resp.Header.Get("Content-Type")
	if !isHTMLType(ct) {
		return nil, nil, fmt.Errorf("%w: %s is %s", ErrNotHTML, resp.Request.URL, ct)
	}
	// The transport decompresses a gzip Content-Encoding itself, and
	// ReadBody any other gzip body, so this cap holds on the decompressed
	// body.
	body, truncated, err := ReadBody(resp, c.cfg.MaxBytes)
	if errors.Is(err, context.DeadlineExceeded) {
		return nil, nil, fmt.Errorf("fetch %s: timed out reading the body: %w", u, err)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("fetch %s: read body: %w", u, err)
	}
	if truncated {
		return nil, nil, fmt.Errorf("%w: %s is over %d bytes", ErrTooLarge, resp.Request.URL, c.cfg.MaxBytes)
	}
	return resp, body, nil
}

// isHTMLType accepts HTML and XHTML, and a missing type (the cleaner sniffs
// the body itself).
func isHTMLType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil && !errors.Is(err, mime.ErrInvalidMediaParameter) {
		// A bad parameter ("text/html; charset") still gives the type.
		return false
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml":
		return true
	}
	return false
}
