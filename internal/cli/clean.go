package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/format"
	"github.com/pith-news/pith/internal/machinery/fetch"
)

const cleanUsage = `usage: pith clean [flags] <URL | FILE | ->

Cleans one news page down to its article and prints it (JSON by default).
A URL is fetched; a FILE or - (stdin) is read, with --url as its address.

flags:
`

func runClean(ctx context.Context, args []string, stdio Stdio) (err error) {
	defer func() { err = oneLine(err) }()
	fs := flag.NewFlagSet("clean", flag.ContinueOnError)
	pageURL := fs.String("url", "", "the page's address, for a FILE or stdin (relative links, canonical URL)")
	outFormat := fs.String("format", "json", "output format: json, text, markdown or html")
	var keep multiFlag
	fs.Var(&keep, "keep", "keep a boilerplate kind instead of removing it (repeatable): "+strings.Join(cleaner.Kinds(), ", "))
	timeout := fs.Duration("timeout", 30*time.Second, "total time to fetch a URL")
	userAgent := fs.String("user-agent", "", "User-Agent for fetching a URL (default names pith)")
	maxBytes := fs.Int64("max-bytes", 16<<20, "largest page accepted, in bytes")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, cleanUsage)
	}
	if len(pos) != 1 {
		return usageErrorf("clean: want one URL, FILE or -, got %d arguments (run 'pith clean -h')", len(pos))
	}
	if !format.Valid(*outFormat) {
		return usageErrorf("clean: unknown --format %q (want one of %s)", *outFormat, strings.Join(format.Names(), ", "))
	}
	opts := cleaner.Options{Keep: keep, MaxBytes: *maxBytes}
	if err := opts.Validate(); err != nil {
		if _, ok := errors.AsType[*cleaner.KindError](err); ok {
			return usageErrorf("clean: --keep: %v", err)
		}
		return usageErrorf("clean: --max-bytes: %v", err)
	}
	src := pos[0]

	var body io.Reader
	var base *url.URL
	if *pageURL != "" {
		u, err := fetch.ParseURL(*pageURL)
		if err != nil {
			return fmt.Errorf("clean: --url: %w", err)
		}
		base = u
	}
	fetchedAt := time.Now().UTC()
	switch {
	case src == "-":
		body = stdio.In
	case isURLArg(src):
		client := fetch.New(fetch.Config{UserAgent: *userAgent, Timeout: *timeout, MaxBytes: *maxBytes})
		resp, err := client.Get(ctx, src)
		if err != nil {
			return fmt.Errorf("clean: %w", err)
		}
		body = bytes.NewReader(resp.Body)
		opts.ContentType = resp.ContentType
		if base == nil {
			base = resp.URL
		}
	default:
		f, err := os.Open(src)
		if err != nil {
			return fmt.Errorf("clean: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return fmt.Errorf("clean: %s is a directory", src)
		}
		body = f
	}
	a, err := cleaner.Clean(body, base, opts)
	if err != nil {
		return fmt.Errorf("clean %s: %w", src, err)
	}
	a.FetchedAt = fetchedAt
	return format.Write(stdio.Out, a, *outFormat)
}

// isURLArg tells a URL argument from a file name: it has a scheme.
func isURLArg(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for _, r := range s[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// oneLine keeps an error's message on one line, as main prints it: a file
// name can hold a newline. The error chain stays intact for errors.Is.
func oneLine(err error) error {
	if err == nil || !strings.ContainsAny(err.Error(), "\r\n") {
		return err
	}
	return &lineError{err}
}

type lineError struct{ err error }

func (e *lineError) Error() string {
	return strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(e.err.Error())
}

func (e *lineError) Unwrap() error { return e.err }
