package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/pith-news/pith/internal/cli"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "clean" {
		collectLate(lateHeap)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := cli.Run(ctx, os.Args[1:], cli.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})
	stop()
	if err != nil {
		if !errors.Is(err, cli.ErrUsageShown) {
			fmt.Fprintln(os.Stderr, "pith:", err)
		}
		os.Exit(cli.ExitCode(err))
	}
}
