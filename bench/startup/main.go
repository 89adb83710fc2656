// Command startup measures what starting `pith clean` on one small page
// costs, against a readability-only CLI (./readcli), in one run: it builds
// both, runs them in turn on the same page, and reports the CPU time (user
// plus system, from the child's rusage) of each run.
//
// From bench/:
//
//	go run ./startup [-n 40] [-page ../testdata/pages/affiliate-nextjs-ricecooker.html]
//
// pith is built twice: as `go build` makes it (with cgo when a C compiler
// is present, so linked against libc) and with CGO_ENABLED=0 (static), as
// the README's install line and the Dockerfile build it. Two rows are
// floors: `pith version`, which starts pith's packages and reads no page,
// and a Go program that does nothing (./hello), the cost of starting any
// Go process on the machine.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
	flag.Parse()
	if err := run(*n, *page, *pageURL); err != nil {
		fmt.Fprintln(os.Stderr, "startup:", err)
		os.Exit(1)
	}
}

func run(n int, page, pageURL string) error {
	if _, err := os.Stat(page); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "pith-startup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// pith builds in its own module, the repository's root; readcli in
	// this one.
	builds := []struct {
		out, dir, pkg string
		env           []string
	}{
		{filepath.Join(dir, "pith"), "..", "./cmd/pith", nil},
		{filepath.Join(dir, "pith-static"), "..", "./cmd/pith", []string{"CGO_ENABLED=0"}},
		{filepath.Join(dir, "readcli"), ".", "./startup/readcli", nil},
		{filepath.Join(dir, "hello"), ".", "./startup/hello", []string{"CGO_ENABLED=0"}},
	}
	for _, b := range builds {
		cmd := exec.Command("go", "build", "-o", b.out, b.pkg)
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
	}
	for i := 0; i < n; i++ {
		for _, b := range bins {
			d, err := cpuOf(b.args)
			if err != nil {
				return fmt.Errorf("%s: %w", b.name, err)
			}
			b.cpu = append(b.cpu, d)
		}
	}
	base := median(bins[0].cpu)
	fmt.Printf("%d runs each, interleaved, on %s\n\n", n, page)
	fmt.Println("| binary | median CPU | mean CPU | × readcli (medians) |")
	fmt.Println("|---|---:|---:|---:|")
	for _, b := range bins {
		m := median(b.cpu)
		fmt.Printf("| %s | %.1f ms | %.1f ms | %.2f× |\n", b.name, ms(m), ms(mean(b.cpu)), float64(m)/float64(base))
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
