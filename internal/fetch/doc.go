// Package fetch gets one web page over HTTP for cleaning: with connect and
// total timeouts, a redirect limit, a body cap that holds after
// decompression, and a check that the answer is an HTML page.
//
// Errors from Client.Get tell their cause with errors.Is and errors.As:
// ErrBadURL (a malformed or non-http(s) address, or a redirect to one),
// *StatusError (an HTTP status other than 2xx), ErrNotHTML, ErrTooLarge,
// ErrTooManyRedirects; context.DeadlineExceeded for any timeout
// (Config.Timeout, Config.ConnectTimeout or a deadline on the context, while
// connecting, waiting for headers or reading the body); context.Canceled
// when the context is cancelled; and the error of Config.DialControl when it
// refuses a connection. Network failures such as a refused connection keep
// their *net.OpError and syscall errno.
package fetch
