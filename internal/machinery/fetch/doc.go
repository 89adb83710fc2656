// Package fetch is pith's one HTTP client stack, the first step of the
// path fetch → scraper → cleaner → store. Everything pith asks of the
// network goes through it: `pith clean` and the API get one page with
// Client; the scraper sends its crawl's requests through NewTransport,
// ReadBody and Do (under colly's client, with its own per-host
// politeness in the Retry hooks).
//
// What it holds, once: the transport (connect and TLS timeouts, keep-alive,
// an optional DialControl for the SSRF guard, which also turns off
// proxies), DefaultUserAgent, the body cap that holds after decompression
// (ReadBody), the retry policy (Retry, Do, Retryable, RetryAfter), and the
// fetch errors.
//
// Errors from Client.Get tell their cause with errors.Is and errors.As:
// ErrBadURL (a malformed or non-http(s) address, or a redirect to one),
// *StatusError (an HTTP status other than 2xx), ErrNotHTML, ErrTooLarge,
// ErrTooManyRedirects; context.DeadlineExceeded for any timeout
// (Config.Timeout, Config.ConnectTimeout or a deadline on the context, while
// connecting, waiting for headers or reading the body); context.Canceled
// when the context is cancelled; and the error of Config.DialControl when it
// refuses a connection. Network failures such as a refused connection keep
// their *net.OpError and syscall errno. The scraper logs the same errors
// for the pages it could not fetch.
//
// Files: fetch.go (Client), transport.go, body.go, retry.go, errors.go.
package fetch
