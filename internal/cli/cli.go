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

// ErrUsage marks a command line that is wrong (an unknown command or flag,
// a missing argument): main prints the message and exits 2.
var ErrUsage = errors.New("usage")

// usageError is a wrong command line; it matches ErrUsage.
type usageError struct{ msg string }

func (e *usageError) Error() string        { return e.msg }
func (e *usageError) Is(target error) bool { return target == ErrUsage }

// usageErrorf returns a usage error with a formatted message.
func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// errHelp is returned for an explicit -h: usage printed, exit 0.
var errHelp = errors.New("help")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, io Stdio) error
}

func commands() []command {
	return []command{
		{"clean", "clean pages (URLs, files, .gz files or -) down to their articles", runClean},
		{"crawl", "crawl a news site and store its articles as JSON", runCrawl},
		{"ls", "list the articles of an out dir, one line each", runLs},
		{"show", "print one stored article, by URL or path", runShow},
		{"why", "say what the crawl did with a URL, and why", runWhy},
		{"stats", "counts per site of an out dir: articles, outcomes, failures, runs", runStats},
		{"export", "print the stored articles of an out dir (JSON lines, JSON, Markdown)", runExport},
		{"reclean", "clean the archived pages of an out dir again, offline, and rewrite what changed", runReclean},
		{"sites", "list the blocks each site repeats that pith learned; pin one as article text", runSites},
		{"run", "crawl the sites of a config file on their schedules", runDaemon},
		{"serve", "serve the HTTP API (clean, articles, metrics)", runServe},
		{"health", "check that a pith serve or pith run API answers (for HEALTHCHECK)", runHealth},
		{"version", "print the version, commit and Go version", runVersion},
		{"completion", "print a shell completion script (bash, zsh or fish)", runCompletion},
	}
}

// Run runs the pith command line with args (without the program name).
func Run(ctx context.Context, args []string, stdio Stdio) error {
	if len(args) == 0 {
		usage(stdio.Err)
		return ErrUsageShown
	}
	name := args[0]
	switch name {
	case "-h", "--help":
		usage(stdio.Out)
		return nil
	case "help":
		if len(args) == 1 {
			usage(stdio.Out)
			return nil
		}
		// pith help CMD is pith CMD -h.
		name, args = args[1], []string{args[1], "-h"}
	case "--version", "-version":
		name = "version"
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
	return usageErrorf("unknown command %q (run 'pith help')", name)
}

// ExitCode maps an error returned by Run to a process exit code.
func ExitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, ErrUsageShown), errors.Is(err, ErrUsage):
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
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "run 'pith help <command>' (or 'pith <command> -h') for its flags and examples")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "exit status: 0 ok, 1 failure (nothing found, a fetch or write error, an interrupted crawl), 2 usage (a bad command, flag or argument)")
}
