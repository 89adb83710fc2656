package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/since"
	"github.com/pith-news/pith/store"
)

const exportUsage = `usage: pith export [flags] DIR

Prints the articles stored in the out dir DIR (written by pith crawl) as
JSON lines, one article per line, in path order. It reads the article
files only, so it can run while a crawl writes to DIR. A file that cannot
be read or holds no article is skipped, and the count said on stderr.

flags:
`

func runExport(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	sinceFlag := fs.String("since", "", "only articles fetched (new or changed) at or after this time: RFC 3339, a date (2025-03-01) or a duration back from now (24h)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, exportUsage)
	}
	if len(pos) != 1 {
		return fmt.Errorf("export: want one DIR, got %d arguments (run 'pith export -h')", len(pos))
	}
	var from time.Time
	if *sinceFlag != "" {
		if from, err = since.Parse(*sinceFlag, time.Now()); err != nil {
			return fmt.Errorf("export: --since: %w", err)
		}
	}
	bw := bufio.NewWriterSize(stdio.Out, 64<<10)
	enc := store.NewJSONL(bw)
	var (
		skipped   int
		firstSkip string
	)
	err = store.WalkSkipping(ctx, pos[0], from, func(a *article.Article) error {
		return enc.Write(a)
	}, func(p string, err error) {
		if skipped == 0 {
			firstSkip = err.Error()
		}
		skipped++
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if skipped > 0 {
		// Said once, on stderr: the articles that could be read are out.
		fmt.Fprintf(stdio.Err, "pith: export: skipped %d file(s) that hold no readable article (first: %s)\n", skipped, firstSkip)
	}
	return nil
}
