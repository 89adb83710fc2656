package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/format"
	"github.com/pith-news/pith/internal/since"
	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

// errNotFound is returned when a command found nothing to show: exit 1,
// with the message.
var errNotFound = errors.New("not found")

// openIndex opens the index of an out dir for reading. A store written by
// an older pith has no index: it is built once, by opening the store.
func openIndex(ctx context.Context, dir string) (*store.Index, error) {
	ix, err := store.OpenIndex(ctx, dir)
	if errors.Is(err, store.ErrNoIndex) {
		d, oerr := store.Open(ctx, dir, store.Config{})
		if oerr != nil {
			return nil, oerr
		}
		if cerr := d.Close(); cerr != nil {
			return nil, cerr
		}
		ix, err = store.OpenIndex(ctx, dir)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s is not an out dir of pith crawl (no .pith/state.db)", dir)
	}
	return ix, err
}

const lsUsage = `usage: pith ls [flags] DIR

Lists the articles stored in the out dir DIR, one line each: the time it
was fetched (UTC), the site, the words, the title and the file, oldest
first. It reads the store's index, so it takes the same time on a large
store as on a small one per line printed, and runs while a crawl writes
(it then shows the store as of the crawl's last snapshot, at most a
minute old).

examples:
  pith ls ./articles
  pith ls ./articles --site news.example --since 24h
  pith ls ./articles --json | jq -r .url

flags:
`

func runLs(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("ls", flag.ContinueOnError)
	site := fs.String("site", "", "only the articles of this host (news.example, or host:port)")
	sinceFlag := fs.String("since", "", "only articles fetched (new or changed) at or after this time: RFC 3339, a date or a duration back from now (24h)")
	asJSON := fs.Bool("json", false, "one JSON object per line: url, path, site, title, words, published, fetched_at")
	reverse := fs.Bool("reverse", false, "newest first")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, lsUsage)
	}
	if len(pos) != 1 {
		return usageErrorf("ls: want one DIR, got %d arguments (run 'pith help ls')", len(pos))
	}
	q := store.Query{Site: strings.ToLower(*site), Reverse: *reverse}
	if *sinceFlag != "" {
		if q.Since, err = since.Parse(*sinceFlag, time.Now()); err != nil {
			return usageErrorf("ls: --since: %v", err)
		}
	}
	ix, err := openIndex(ctx, pos[0])
	if err != nil {
		return fmt.Errorf("ls: %w", err)
	}
	defer ix.Close()
	bw := bufio.NewWriterSize(stdio.Out, 64<<10)
	var enc *json.Encoder
	if *asJSON {
		enc = json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
	}
	// Fixed-width columns (a long site or title is cut) so that a large
	// store streams instead of being measured first.
	var line []byte
	err = ix.Entries(ctx, q, func(e store.Entry) (bool, error) {
		if enc != nil {
			return true, enc.Encode(e)
		}
		line = e.FetchedAt.UTC().AppendFormat(line[:0], "2006-01-02 15:04")
		line = append(line, "  "...)
		line = appendPadded(line, clipLine(e.Site, 24), 24)
		line = append(line, "  "...)
		line = appendPadded(line, strconv.Itoa(e.Words)+" words", 11)
		line = append(line, "  "...)
		line = appendPadded(line, clipLine(e.Title, 60), 60)
		line = append(line, "  "...)
		line = append(line, e.Path...)
		line = append(line, '\n')
		_, err := bw.Write(line)
		return true, err
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("ls: %w", err)
	}
	return nil
}

// appendPadded appends s and spaces up to width runes.
func appendPadded(b []byte, s string, width int) []byte {
	b = append(b, s...)
	for n := utf8.RuneCountInString(s); n < width; n++ {
		b = append(b, ' ')
	}
	return b
}

// clipLine cuts s to n runes on one line.
func clipLine(s string, n int) string {
	if strings.ContainsAny(s, "\t\n\r\v\f") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if len(s) <= n {
		return s
	}
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

const showUsage = `usage: pith show [flags] DIR URL|PATH

Prints one stored article of the out dir DIR, found by its URL (as
crawled, or its canonical URL) or by its file's path (as pith ls prints it).

examples:
  pith show ./articles https://news.example/2025/03/harbour-plan
  pith show ./articles news.example/harbour-plan-3f2a1b9c0d4e5f60.json --format markdown

flags:
`

func runShow(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	outFormat := fs.String("format", "text", "output format: "+strings.Join(format.Names(), ", "))
	formatOpts := formatFlags(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, showUsage)
	}
	if len(pos) != 2 {
		return usageErrorf("show: want DIR and a URL or path, got %d arguments (run 'pith help show')", len(pos))
	}
	if !format.Valid(*outFormat) {
		return usageErrorf("show: unknown --format %q (want one of %s)", *outFormat, strings.Join(format.Names(), ", "))
	}
	if err := checkFormatFlags(fs, "show", *outFormat); err != nil {
		return err
	}
	dir, key := pos[0], pos[1]
	p := key
	if strings.Contains(key, "://") {
		ix, err := openIndex(ctx, dir)
		if err != nil {
			return fmt.Errorf("show: %w", err)
		}
		e, ok, err := ix.Find(canonical(key))
		if cerr := ix.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("show: %w", err)
		}
		if !ok {
			return fmt.Errorf("show: no article stored for %s (try pith why %s %s): %w", key, dir, key, errNotFound)
		}
		p = e.Path
	}
	a, err := readStored(dir, p)
	if err != nil {
		return fmt.Errorf("show: %w", err)
	}
	return format.Write(stdio.Out, a, *outFormat, formatOpts())
}

// readStored reads the article file p of the out dir dir, confined to it.
func readStored(dir, p string) (*article.Article, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	data, err := root.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no article file %s in %s: %w", p, dir, errNotFound)
	}
	if err != nil {
		return nil, err
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return &a, nil
}

// canonical puts a URL in the form the crawl records it under.
func canonical(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	return scraper.Canonicalize(u).String()
}

const whyUsage = `usage: pith why [flags] DIR URL

Says what the last crawl into the out dir DIR did with URL and why: stored,
unchanged, duplicate (of which URL), hub (followed, not an article), not an
article (and why), disallowed by robots.txt, out of scope, not HTML, or an
error (with its HTTP status). Links to other sites are not recorded.
It exits 1 when the URL has no record.

examples:
  pith why ./articles https://news.example/2025/03/harbour-plan
  pith why ./articles https://news.example/tag/harbour --json

flags:
`

func runWhy(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("why", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the record as JSON")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, whyUsage)
	}
	if len(pos) != 2 {
		return usageErrorf("why: want DIR and URL, got %d arguments (run 'pith help why')", len(pos))
	}
	ix, err := openIndex(ctx, pos[0])
	if err != nil {
		return fmt.Errorf("why: %w", err)
	}
	defer ix.Close()
	u := canonical(pos[1])
	rec, ok, err := ix.Why(u)
	if err != nil {
		return fmt.Errorf("why: %w", err)
	}
	if !ok {
		return fmt.Errorf("why: no record of %s: no crawl into %s met it (links to other sites are not recorded): %w", u, pos[0], errNotFound)
	}
	if *asJSON {
		enc := json.NewEncoder(stdio.Out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rec)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n  %s", rec.URL, rec.Verdict)
	if rec.Reason != "" {
		fmt.Fprintf(&b, ": %s", rec.Reason)
	}
	if rec.Status != 0 {
		fmt.Fprintf(&b, " (HTTP %d)", rec.Status)
	}
	fmt.Fprintf(&b, "\n  at %s\n", rec.At.UTC().Format(time.RFC3339))
	if rec.DuplicateOf != "" {
		label := "duplicate of"
		if rec.Verdict != store.VerdictDuplicate {
			label = "target"
		}
		fmt.Fprintf(&b, "  %s %s\n", label, rec.DuplicateOf)
	}
	if rec.Path != "" {
		fmt.Fprintf(&b, "  file %s\n", rec.Path)
	}
	if rec.Detail != "" {
		fmt.Fprintf(&b, "  detail: %s\n", rec.Detail)
	}
	_, err = io.WriteString(stdio.Out, b.String())
	return err
}

const statsUsage = `usage: pith stats [flags] DIR

Prints, for each site of the out dir DIR, the articles stored and the URLs
by the outcome of their last crawl (as pith why says it), the URLs that
failed, and the last runs. It reads counts kept up to date by the crawl, so
it is as fast on a large store as on a small one.

examples:
  pith stats ./articles
  pith stats ./articles --json | jq '.sites[] | {site, articles}'

flags:
`

func runStats(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the stats as one JSON object")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, statsUsage)
	}
	if len(pos) != 1 {
		return usageErrorf("stats: want one DIR, got %d arguments (run 'pith help stats')", len(pos))
	}
	ix, err := openIndex(ctx, pos[0])
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	defer ix.Close()
	st, err := ix.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdio.Out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	bw := bufio.NewWriter(stdio.Out)
	tw := tabwriter.NewWriter(bw, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "site\tarticles\t")
	for _, v := range store.Verdicts {
		fmt.Fprintf(tw, "%s\t", v)
	}
	fmt.Fprintln(tw)
	for _, s := range st.Sites {
		fmt.Fprintf(tw, "%s\t%d\t", s.Site, s.Articles)
		for _, v := range store.Verdicts {
			fmt.Fprintf(tw, "%d\t", s.Verdicts[v])
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(st.Runs) > 0 {
		fmt.Fprintln(bw, "\nlast runs:")
		for i, r := range st.Runs {
			if i == 5 {
				fmt.Fprintf(bw, "  … %d more\n", len(st.Runs)-i)
				break
			}
			state := "interrupted or running"
			if r.Complete {
				state = "complete in " + r.Finished.Sub(r.Started).Round(time.Second).String()
			}
			fmt.Fprintf(bw, "  %s  %s  (%s)\n", r.Started.UTC().Format("2006-01-02 15:04:05Z"), clipLine(r.Key, 60), state)
		}
	}
	for _, s := range st.Sites {
		if len(s.Failures) == 0 {
			continue
		}
		fmt.Fprintf(bw, "\nfailures on %s (%d; latest first):\n", s.Site, s.Verdicts[store.VerdictError])
		for _, f := range s.Failures {
			fmt.Fprintf(bw, "  %s  %s  %s\n", f.At.UTC().Format("2006-01-02 15:04"), f.Reason, f.URL)
		}
	}
	return bw.Flush()
}
