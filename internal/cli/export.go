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
files only, so it can run while a crawl writes to DIR.

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
	err = store.Walk(ctx, pos[0], from, func(a *article.Article) error {
		return enc.Write(a)
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
