package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
)

// Stdio holds the standard streams a command reads and writes.
type Stdio struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// ErrUsageShown is returned when a usage message was already printed (for
// -h or a bad flag); main then exits non-zero without printing more.
var ErrUsageShown = errors.New("usage shown")

// errHelp is returned for an explicit -h: usage printed, exit 0.
var errHelp = errors.New("help")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, io Stdio) error
}

func commands() []command {
	return []command{
		{"clean", "clean one page (URL, file or -) down to its article", runClean},
		{"crawl", "crawl a news site and store its articles as JSON", runCrawl},
		{"export", "print the stored articles of an out dir as JSON lines", runExport},
		{"run", "crawl the sites of a config file on their schedules", runDaemon},
		{"serve", "serve the HTTP API (clean, articles, metrics)", runServe},
	}
}

// Run runs the pith command line with args (without the program name).
func Run(ctx context.Context, args []string, stdio Stdio) error {
	if len(args) == 0 {
		usage(stdio.Err)
		return ErrUsageShown
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		usage(stdio.Out)
		return nil
	}
	for _, c := range commands() {
		if c.name == name {
			err := c.run(ctx, args[1:], stdio)
			if errors.Is(err, errHelp) {
				return nil
			}
			return err
		}
	}
	return fmt.Errorf("unknown command %q (run 'pith help')", name)
}

// ExitCode maps an error returned by Run to a process exit code.
func ExitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, ErrUsageShown):
		return 2
	default:
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: pith <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "run 'pith <command> -h' for the flags of a command")
}
