package cli

import (
	"context"
	"errors"
)

// These commands are being built; each moves to its own file.

func runCrawl(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("crawl: not implemented yet")
}

func runExport(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("export: not implemented yet")
}

func runDaemon(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("run: not implemented yet")
}

func runServe(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("serve: not implemented yet")
}

func runClean(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("clean: not implemented yet")
}
