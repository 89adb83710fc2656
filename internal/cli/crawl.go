package cli

import (
	"context"
	"errors"
)

func runCrawl(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("crawl: not implemented yet")
}
