// Command bench runs pith's cleaner and three other Go article extractors on
// the benchmark sets, one child process per tool, scores their output with
// Go ports of the official scorers and writes BENCHMARKS.md.
//
// From this directory:
//
//	go run .
//
// See README.md for the flags.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"
)

type config struct {
	data    string
	sets    []string
	tools   []string
	pages   int
	out     string
	dump    string
	timeout string
	// timeoutD is timeout parsed.
	timeoutD time.Duration
	repeat   int
	child    string
}

func main() {
	var c config
	var sets, tools string
	flag.StringVar(&c.data, "data", "../../shared/bench", "directory holding the sets (from bench/, the repo's ../shared/bench)")
	flag.StringVar(&sets, "sets", "aeb,wcxb-dev", "comma-separated sets to run, subdirectories of -data")
	flag.StringVar(&tools, "tools", "pith,readeck,shiori,trafilatura", "comma-separated tools to run")
	flag.IntVar(&c.pages, "pages", 0, "run only N pages of each set, evenly spaced over the sorted ids (0: all)")
	flag.StringVar(&c.out, "out", "../BENCHMARKS.md", "Markdown report to write (empty: none)")
	flag.StringVar(&c.dump, "dump", "", "also write each tool's predictions and the ground truth here, in the layout of the Python scorers")
	flag.StringVar(&c.timeout, "timeout", "2h", "time limit per tool; the children run side by side, so the run's limit is this times the number of tools")
	flag.IntVar(&c.repeat, "repeat", 3, "call each tool this many times per page and keep the fastest time (noise on a shared machine)")
	flag.StringVar(&c.child, "tool", "", "internal: run as the child process of this tool, reading pages on stdin")
	flag.Parse()
	c.sets, c.tools = splitList(sets), splitList(tools)

	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, nil)))
	var err error
	if c.child != "" {
		err = runChild(c.child, max(c.repeat, 1), os.Stdin, os.Stdout)
	} else {
		err = runDriver(c)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
