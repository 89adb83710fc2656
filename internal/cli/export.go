package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/format"
	"github.com/pith-news/pith/internal/since"
	"github.com/pith-news/pith/store"
)

const exportUsage = `usage: pith export [flags] DIR

Prints the articles stored in the out dir DIR (written by pith crawl), in
path order: as JSON lines, one article per line (the default), as one JSON
array, or as Markdown documents separated by a rule. It reads the article
files only, so it can run while a crawl writes to DIR. A file that cannot
be read or holds no article is skipped, and the count said on stderr.

examples:
  pith export ./articles > all.jsonl
  pith export ./articles --site news.example --since 24h --format markdown

flags:
`

func runExport(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	sinceFlag := fs.String("since", "", "only articles fetched (new or changed) at or after this time: RFC 3339, a date (2025-03-01) or a duration back from now (24h)")
	site := fs.String("site", "", "only the articles of this host (news.example, or host:port)")
	outFormat := fs.String("format", "jsonl", "jsonl (one article per line), json (one array) or markdown")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, exportUsage)
	}
	if len(pos) != 1 {
		return usageErrorf("export: want one DIR, got %d arguments (run 'pith help export')", len(pos))
	}
	var from time.Time
	if *sinceFlag != "" {
		if from, err = since.Parse(*sinceFlag, time.Now()); err != nil {
			return usageErrorf("export: --since: %v", err)
		}
	}
	bw := bufio.NewWriterSize(stdio.Out, 64<<10)
	var write func(*article.Article) error
	var end func() error
	switch *outFormat {
	case "jsonl":
		enc := store.NewJSONL(bw)
		write = enc.Write
	case "json":
		n := 0
		write = func(a *article.Article) error {
			data, err := marshalIndented(a)
			if err != nil {
				return err
			}
			sep := ",\n  "
			if n == 0 {
				sep = "[\n  "
			}
			n++
			if _, err := io.WriteString(bw, sep); err != nil {
				return err
			}
			_, err = bw.Write(data)
			return err
		}
		end = func() error {
			closing := "\n]\n"
			if n == 0 {
				closing = "[]\n"
			}
			_, err := io.WriteString(bw, closing)
			return err
		}
	case "markdown":
		n := 0
		write = func(a *article.Article) error {
			if n > 0 {
				if _, err := io.WriteString(bw, "\n---\n\n"); err != nil {
					return err
				}
			}
			n++
			return format.Write(bw, a, "markdown")
		}
	default:
		return usageErrorf("export: unknown --format %q (want jsonl, json or markdown)", *outFormat)
	}
	q := store.Query{Site: strings.ToLower(*site)}
	var (
		skipped   int
		firstSkip string
	)
	err = store.WalkSkipping(ctx, pos[0], from, func(a *article.Article) error {
		if !q.Keeps(a.URL) {
			return nil
		}
		return write(a)
	}, func(p string, err error) {
		if skipped == 0 {
			firstSkip = err.Error()
		}
		skipped++
	})
	if err == nil && end != nil {
		err = end()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if skipped > 0 {
		// Said once, on stderr: the articles that could be read are out.
		fmt.Fprintf(stdio.Err, "pith: export: skipped %d file(s) that hold no readable article (first: %s)\n", skipped, firstSkip)
	}
	return nil
}

// marshalIndented encodes a as an element of an indented JSON array.
func marshalIndented(a *article.Article) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}
