// Command startup measures what starting `pith clean` on one small page
// costs, against a readability-only CLI (the repository's ./cmd/readcli),
// in one run: it builds both, runs them in turn on the same page, and
// reports the CPU time (user plus system, from the child's rusage) of each
// run.
//
// From bench/:
//
//	go run ./startup [-n 40] [-page ../testdata/pages/affiliate-nextjs-ricecooker.html] [-pages a.html,b.html]
//
// pith is built twice: as `go build` makes it (with cgo when a C compiler
// is present, so linked against libc) and with CGO_ENABLED=0 (static), as
// the README's install line and the Dockerfile build it. Three rows are
// floors: `pith version`, which starts pith's packages and reads no page;
// a Go program that does nothing (./hello), the cost of starting any Go
// process on the machine; and readcli built with -tags pithinit, which
// links every package pith links and then does readcli's work and no
// more, so that what pith clean costs above it is pith's own cleaning.
//
// A second table runs readcli, the static pith clean and the floor on
// each of -pages, small pages of other kinds, so that the ratio is not one page's:
// which of the rules' patterns a page makes pith compile varies with its
// text.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

type binary struct {
	name string
	args []string
	cpu  []time.Duration
}

func main() {
	n := flag.Int("n", 40, "runs of each binary, interleaved")
	page := flag.String("page", "../testdata/pages/affiliate-nextjs-ricecooker.html", "the page to clean")
	pageURL := flag.String("url", "https://example.org/news/rice-cooker", "the page's URL")
	more := flag.String("pages", strings.Join([]string{
		"../testdata/pages/newspaper-ferry-prompts.html",
		"../testdata/pages/pl-portal-ceny-pradu.html",
		"../testdata/pages/beehiiv-newsletter-grid.html",
		"../testdata/pages/control-fr-cnil-amende.html",
		"../testdata/pages/generic-alertdialog-seagrass.html",
	}, ","), "more pages, comma-separated, for the second table (empty: none)")
	flag.Parse()
	var pages []string
	if *more != "" {
		pages = strings.Split(*more, ",")
	}
	if err := run(*n, *page, *pageURL, pages); err != nil {
		fmt.Fprintln(os.Stderr, "startup:", err)
		os.Exit(1)
	}
}

func run(n int, page, pageURL string, pages []string) error {
	for _, p := range append([]string{page}, pages...) {
		if _, err := os.Stat(p); err != nil {
			return err
		}
	}
	dir, err := os.MkdirTemp("", "pith-startup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// pith and readcli build in the repository's root module, so that
	// they link the same versions of readability and its dependencies;
	// the do-nothing program in this one.
	builds := []struct {
		out, dir, pkg string
		env           []string
		tags          string
	}{
		{filepath.Join(dir, "pith"), "..", "./cmd/pith", nil, ""},
		{filepath.Join(dir, "pith-static"), "..", "./cmd/pith", []string{"CGO_ENABLED=0"}, ""},
		{filepath.Join(dir, "readcli"), "..", "./cmd/readcli", nil, ""},
		{filepath.Join(dir, "hello"), ".", "./startup/hello", []string{"CGO_ENABLED=0"}, ""},
		{filepath.Join(dir, "readcli-pith"), "..", "./cmd/readcli", []string{"CGO_ENABLED=0"}, "pithinit"},
	}
	for _, b := range builds {
		cmd := exec.Command("go", "build", "-tags", b.tags, "-o", b.out, b.pkg)
		cmd.Dir = b.dir
		cmd.Env = append(os.Environ(), b.env...)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("build %s: %w", b.pkg, err)
		}
	}
	bins := []*binary{
		{name: "readcli (readability only)", args: []string{builds[2].out, page, pageURL}},
		{name: "pith clean", args: []string{builds[0].out, "clean", "--url", pageURL, page}},
		{name: "pith clean (CGO_ENABLED=0)", args: []string{builds[1].out, "clean", "--url", pageURL, page}},
		// The floor: pith's start-up alone, its packages' init and the
		// runtime's, with no page read.
		{name: "pith version (CGO_ENABLED=0)", args: []string{builds[1].out, "version"}},
		// The floor of any Go process on this machine: the runtime's start
		// and exit, with no package of note.
		{name: "Go program that does nothing (CGO_ENABLED=0)", args: []string{builds[3].out}},
		// The floor under pith clean: readcli's work in a binary that links
		// every package pith links, so that their initialisers run as at
		// pith's start. pith clean costs this plus its own cleaning.
		{name: "readcli linking pith's packages (CGO_ENABLED=0)", args: []string{builds[4].out, page, pageURL}},
	}
	if err := interleave(bins, n); err != nil {
		return err
	}
	base := median(bins[0].cpu)
	fmt.Printf("%d runs each, interleaved, on %s\n\n", n, page)
	fmt.Println("| binary | median CPU | mean CPU | × readcli (medians) |")
	fmt.Println("|---|---:|---:|---:|")
	for _, b := range bins {
		m := median(b.cpu)
		fmt.Printf("| %s | %.1f ms | %.1f ms | %.2f× |\n", b.name, ms(m), ms(mean(b.cpu)), float64(m)/float64(base))
	}
	if len(pages) == 0 {
		return nil
	}
	// Each page: readcli, the static pith and the floor, in turn.
	type pair struct{ read, pith, floor *binary }
	pairs := make([]pair, len(pages))
	var all []*binary
	for i, p := range pages {
		u := "https://example.org/news/" + strings.TrimSuffix(filepath.Base(p), ".html")
		pairs[i] = pair{
			&binary{name: "readcli on " + p, args: []string{builds[2].out, p, u}},
			&binary{name: "pith clean on " + p, args: []string{builds[1].out, "clean", "--url", u, p}},
			&binary{name: "readcli linking pith's packages on " + p, args: []string{builds[4].out, p, u}},
		}
		all = append(all, pairs[i].read, pairs[i].pith, pairs[i].floor)
	}
	if err := interleave(all, n); err != nil {
		return err
	}
	fmt.Printf("\n%d runs each, interleaved, static pith clean and the floor against readcli on other small pages\n\n", n)
	fmt.Println("| page | readcli | pith clean (CGO_ENABLED=0) | × readcli (medians) | floor: readcli linking pith's packages | × readcli |")
	fmt.Println("|---|---:|---:|---:|---:|---:|")
	for j, pr := range pairs {
		r, p, f := median(pr.read.cpu), median(pr.pith.cpu), median(pr.floor.cpu)
		fmt.Printf("| %s | %.1f ms | %.1f ms | %.2f× | %.1f ms | %.2f× |\n", filepath.Base(pages[j]), ms(r), ms(p), float64(p)/float64(r), ms(f), float64(f)/float64(r))
	}
	return nil
}

// interleave runs each binary n times, in turn, and records its CPU.
func interleave(bins []*binary, n int) error {
	for range n {
		for _, b := range bins {
			d, err := cpuOf(b.args)
			if err != nil {
				return fmt.Errorf("%s: %w", b.name, err)
			}
			b.cpu = append(b.cpu, d)
		}
	}
	return nil
}

// cpuOf runs args and returns the user plus system CPU time the process
// used. Its output is discarded; a non-zero exit is an error.
func cpuOf(args []string) (time.Duration, error) {
	cmd := exec.Command(args[0], args[1:]...)
	if err := cmd.Run(); err != nil {
		return 0, err
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, fmt.Errorf("no rusage on this system")
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func mean(ds []time.Duration) time.Duration {
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return sum / time.Duration(len(ds))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
