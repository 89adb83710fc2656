package cli

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/format"
	"github.com/pith-news/pith/internal/machinery/fetch"
	"github.com/pith-news/pith/store"
)

const cleanUsage = `usage: pith clean [flags] <URL | FILE | ->...

Cleans news pages down to their articles. A URL is fetched; a FILE (gzipped
if its name ends in .gz) or - (stdin) is read, with --url as its address
(without --url, a file's source_url is its file:// URL); in a list given
with -i, a line "FILE URL" gives the file's address. With one input the
article is printed (JSON by default). With several inputs, or -i, the
articles are printed as JSON lines in the order of the inputs, or written
one file each into -o DIR; an input that fails is reported on stderr and
does not stop the others, and the exit status is 1 if any failed.

examples:
  pith clean https://news.example/2025/03/harbour-plan --format text
  pith clean https://news.example/2025/03/harbour-plan --format markdown --links=false
  pith clean --url https://news.example/a saved.html
  pith clean -i urls.txt > articles.jsonl
  find pages -name '*.html.gz' | pith clean -i - -o out/

flags:
`

// cleanInput is one page to clean and where its answer goes.
type cleanInput struct {
	src  string
	base string // the page's address, for a file of an -i line "FILE URL"
	out  string // file under -o, or ""
}

type cleanResult struct {
	a   *article.Article
	err error
}

func runClean(ctx context.Context, args []string, stdio Stdio) (err error) {
	defer func() { err = oneLine(err) }()
	fs := flag.NewFlagSet("clean", flag.ContinueOnError)
	pageURL := fs.String("url", "", "the page's address, for a FILE or stdin (relative links, canonical URL)")
	outFormat := fs.String("format", "json", "output format: json, text, markdown or html")
	var keep multiFlag
	fs.Var(&keep, "keep", "keep a boilerplate kind instead of removing it (repeatable): "+strings.Join(cleaner.Kinds(), ", "))
	timeout := fs.Duration("timeout", 30*time.Second, "total time to fetch a URL")
	userAgent := fs.String("user-agent", "", "User-Agent for fetching a URL (default names pith)")
	maxBytes := fs.Int64("max-bytes", 16<<20, "largest page accepted, in bytes (after decompression)")
	list := fs.String("i", "", "read the inputs from FILE, one URL or path a line (- for stdin; blank lines and # comments skipped)")
	outDir := fs.String("o", "", "write one file per input into DIR (named after the input) instead of printing")
	stateDir := fs.String("state", "", "also remove the blocks each site repeats, as learned by pith crawl in this out dir (see pith sites)")
	redisURL := fs.String("redis", "", "also remove the blocks each site repeats, as learned by the workers of a pith crawl --redis in this Redis")
	redisCA := fs.String("redis-ca", "", "PEM file of the CA of a rediss:// Redis, as in pith crawl")
	logLevel := fs.String("log-level", "warn", "log level on stderr: debug also says which removals the cleaner's guards refused, and why (info, warn or error)")
	formatOpts := formatFlags(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, cleanUsage)
	}
	if !format.Valid(*outFormat) {
		return usageErrorf("clean: unknown --format %q (want one of %s)", *outFormat, strings.Join(format.Names(), ", "))
	}
	if err := checkFormatFlags(fs, "clean", *outFormat); err != nil {
		return err
	}
	opts := cleaner.Options{Keep: keep, MaxBytes: *maxBytes}
	logger, err := newLogger(stdio.Err, "text", *logLevel)
	if err != nil {
		return usageErrorf("clean: %v", err)
	}
	if logger.Enabled(ctx, slog.LevelDebug) {
		opts.Logger = logger // the cleaner's records cost a little; only when asked
	}
	if err := opts.Validate(); err != nil {
		if _, ok := errors.AsType[*cleaner.KindError](err); ok {
			return usageErrorf("clean: --keep: %v", err)
		}
		return usageErrorf("clean: --max-bytes: %v", err)
	}
	var inputs []cleanInput
	for _, p := range pos {
		inputs = append(inputs, cleanInput{src: p})
	}
	if *list != "" {
		more, err := readList(*list, stdio.In)
		if err != nil {
			return fmt.Errorf("clean: -i: %w", err)
		}
		inputs = append(inputs, more...)
	}
	srcs := make([]string, len(inputs))
	for i, in := range inputs {
		srcs[i] = in.src
	}
	if len(srcs) == 0 {
		return usageErrorf("clean: want a URL, FILE or -, or -i FILE, got none (run 'pith help clean')")
	}
	var base *url.URL
	if *pageURL != "" {
		u, err := fetch.ParseURL(*pageURL)
		if err != nil {
			return usageErrorf("clean: --url: %v", err)
		}
		base = u
	}
	c := &cleanJob{
		opts:   opts,
		base:   base,
		stdin:  stdio.In,
		client: fetch.New(fetch.Config{UserAgent: *userAgent, Timeout: *timeout, MaxBytes: *maxBytes}),
	}
	switch {
	case *stateDir != "" && *redisURL != "":
		return usageErrorf("clean: --state or --redis, not both")
	case *stateDir != "":
		if c.sites, err = siteBlocksOf(ctx, *stateDir); err != nil {
			return fmt.Errorf("clean: --state: %w", err)
		}
	case *redisURL != "":
		if c.sites, err = sharedSiteBlocks(ctx, *redisURL, *redisCA); err != nil {
			return fmt.Errorf("clean: --redis: %w", err)
		}
	}
	batch := len(srcs) > 1 || *list != "" || *outDir != ""
	if !batch {
		a, err := c.clean(ctx, srcs[0])
		if err != nil {
			return err
		}
		return format.Write(stdio.Out, a, *outFormat, formatOpts())
	}
	if *list == "-" && slices.Contains(srcs, "-") {
		return usageErrorf("clean: - is both -i's list and an input")
	}
	if base != nil {
		return usageErrorf("clean: --url names one page; it cannot go with several inputs")
	}
	if *outDir == "" && *outFormat != "json" {
		return usageErrorf("clean: several inputs are printed as JSON lines; use -o DIR for --format %s", *outFormat)
	}
	names := map[string]bool{}
	for i, in := range inputs {
		if *outDir != "" {
			inputs[i].out = outName(in.src, *outFormat, names)
		}
	}
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return fmt.Errorf("clean: -o: %w", err)
		}
	}
	c.format = formatOpts()
	return c.batch(ctx, inputs, *outDir, *outFormat, stdio)
}

// cleanJob holds what every input of one pith clean shares.
type cleanJob struct {
	opts   cleaner.Options
	base   *url.URL
	stdin  io.Reader
	client *fetch.Client
	sites  map[string][]cleaner.SiteBlock // by host, from --state or --redis
	format format.Options                 // for the files written under -o
}

// batch cleans the inputs with up to GOMAXPROCS at once (more for URLs,
// which mostly wait), writing the results in the order of the inputs.
func (c *cleanJob) batch(ctx context.Context, inputs []cleanInput, outDir, outFormat string, stdio Stdio) error {
	workers := runtime.GOMAXPROCS(0)
	if slices.ContainsFunc(inputs, func(in cleanInput) bool { return isURLArg(in.src) }) {
		workers = max(workers, 8)
	}
	// queue holds one channel per input, in order; at most workers are
	// in flight, and the loop below receives from every one of them.
	queue := make(chan chan cleanResult, workers)
	go func() {
		defer close(queue)
		for _, in := range inputs {
			ch := make(chan cleanResult, 1)
			queue <- ch
			go func() {
				a, err := c.cleanAt(ctx, in)
				ch <- cleanResult{a, err}
			}()
		}
	}()
	bw := bufio.NewWriterSize(stdio.Out, 64<<10)
	enc := store.NewJSONL(bw)
	failed, i := 0, 0
	var werr error
	for ch := range queue {
		r := <-ch
		in := inputs[i]
		i++
		if r.err == nil && werr == nil {
			if in.out != "" {
				r.err = writeArticleFile(filepath.Join(outDir, in.out), r.a, outFormat, c.format)
			} else if werr = enc.Write(r.a); werr == nil {
				werr = bw.Flush() // each line whole, as soon as it is ready
			}
		}
		if r.err != nil {
			failed++
			fmt.Fprintf(stdio.Err, "pith: %v\n", oneLine(r.err))
		}
	}
	if werr != nil {
		return fmt.Errorf("clean: write: %w", werr)
	}
	if failed > 0 {
		return fmt.Errorf("clean: %d of %d inputs failed", failed, len(inputs))
	}
	return nil
}

// cleanAt cleans one input of a batch, with its own address if it has one.
func (c *cleanJob) cleanAt(ctx context.Context, in cleanInput) (*article.Article, error) {
	if in.base == "" {
		return c.clean(ctx, in.src)
	}
	u, err := fetch.ParseURL(in.base)
	if err != nil {
		return nil, fmt.Errorf("clean %s: bad address %q: %w", in.src, in.base, err)
	}
	one := *c
	one.base = u
	return one.clean(ctx, in.src)
}

// clean fetches or reads one input and cleans it.
func (c *cleanJob) clean(ctx context.Context, src string) (*article.Article, error) {
	var body io.Reader
	opts, base := c.opts, c.base
	fetchedAt := time.Now().UTC()
	source := ""
	switch {
	case src == "-":
		body = c.stdin
	case isURLArg(src):
		resp, err := c.client.Get(ctx, src)
		if err != nil {
			return nil, fmt.Errorf("clean: %w", err)
		}
		body = bytes.NewReader(resp.Body)
		opts.ContentType = resp.ContentType
		if base == nil {
			base = resp.URL
		}
	default:
		f, err := os.Open(src)
		if err != nil {
			return nil, fmt.Errorf("clean: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("clean: %s is a directory", src)
		}
		body = f
		if strings.HasSuffix(strings.ToLower(src), ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				return nil, fmt.Errorf("clean %s: gzip: %w", src, err)
			}
			defer zr.Close()
			body = zr
		}
		if base == nil {
			if abs, err := filepath.Abs(src); err == nil {
				source = (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
			}
		}
	}
	if base != nil {
		opts.SiteBlocks = c.siteBlocksFor(base.String())
	}
	if opts.Logger != nil {
		opts.Logger = opts.Logger.With("input", src)
	}
	a, err := cleaner.Clean(body, base, opts)
	if err != nil {
		return nil, fmt.Errorf("clean %s: %w", src, err)
	}
	if a.SourceURL == "" {
		a.SourceURL = source
	}
	a.FetchedAt = fetchedAt
	return a, nil
}

// readList reads the inputs of -i: one a line, blank lines and # comments
// skipped. A line "FILE URL" gives the file's address, as --url does.
func readList(name string, stdin io.Reader) ([]cleanInput, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var out []cleanInput
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		in := cleanInput{src: l}
		if i := strings.LastIndexAny(l, " \t"); i > 0 && isURLArg(l[i+1:]) && !isURLArg(l) {
			in.src, in.base = strings.TrimSpace(l[:i]), l[i+1:]
		}
		out = append(out, in)
	}
	return out, sc.Err()
}

// outName names the file of an input under -o: the file's base name, or
// the store's name for a URL, with the format's extension; a name taken by
// an earlier input gets a number.
func outName(src, outFormat string, taken map[string]bool) string {
	ext := map[string]string{"json": ".json", "text": ".txt", "markdown": ".md", "html": ".html"}[outFormat]
	var stem string
	switch {
	case src == "-":
		stem = "stdin"
	case isURLArg(src):
		stem = strings.TrimSuffix(path.Base(store.Path(src)), ".json")
	default:
		stem = filepath.Base(src)
		for _, e := range []string{".gz", ".html", ".htm", ".xhtml"} {
			stem = strings.TrimSuffix(stem, e)
		}
	}
	if stem == "" || stem == "." || stem == ".." || strings.HasPrefix(stem, ".") {
		stem = "page" + stem
	}
	name := stem + ext
	for n := 2; taken[name]; n++ {
		name = fmt.Sprintf("%s-%d%s", stem, n, ext)
	}
	taken[name] = true
	return name
}

// writeArticleFile writes a to name in the format, through a temporary
// file renamed into place.
func writeArticleFile(name string, a *article.Article, outFormat string, opts format.Options) error {
	tmp := name + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("clean: -o: %w", err)
	}
	bw := bufio.NewWriter(f)
	err = format.Write(bw, a, outFormat, opts)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	if err != nil {
		if rerr := os.Remove(tmp); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = errors.Join(err, rerr)
		}
		return fmt.Errorf("clean: -o: %w", err)
	}
	return nil
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
