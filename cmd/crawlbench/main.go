package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/pith-news/pith/internal/testkit/sitetest"
)

func main() {
	pages := flag.String("pages", "1000,10000", "site sizes to measure, in articles, comma-separated")
	parallel := flag.Int("parallel", 4, "requests in flight, for both crawlers")
	pith := flag.String("pith", "", "pith binary to measure; empty builds ./cmd/pith")
	keep := flag.Bool("keep", false, "keep the out dirs (printed) instead of removing them")
	dir := flag.String("dir", "", "where to put the out dirs and the built binary; empty means the system temp dir")
	child := flag.String("colly-child", "", "internal: run the bare colly crawl of this URL and exit")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	if *child != "" {
		err = collyCrawl(ctx, *child, *parallel)
	} else {
		err = bench(ctx, *dir, *pages, *parallel, *pith, *keep)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "crawlbench:", err)
		os.Exit(1)
	}
}

// result is one measured crawl.
type result struct {
	name     string
	articles int
	pages    int // HTML pages the site served (not robots.txt, sitemaps, feeds)
	requests int // all requests the site served
	stored   int
	wall     time.Duration
	maxRSS   int64 // bytes
	disk     disk
}

func bench(ctx context.Context, dir, sizes string, parallel int, pith string, keep bool) error {
	tmp, err := os.MkdirTemp(dir, "crawlbench")
	if err != nil {
		return err
	}
	if !keep {
		defer os.RemoveAll(tmp)
	}
	if pith == "" {
		pith = filepath.Join(tmp, "pith")
		build := exec.CommandContext(ctx, "go", "build", "-o", pith, "github.com/pith-news/pith/cmd/pith")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build pith: %w", err)
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}

	var results []result
	var recrawls []recrawl
	var pithResults, plainResults []result // the first crawls, with and without archive and learning
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return fmt.Errorf("bad -pages %q", s)
		}
		var rec recorder
		site := sitetest.New(sitetest.Options{Articles: n, OnRequest: rec.add})
		seed := site.URL() + "/"

		out := filepath.Join(tmp, fmt.Sprintf("out-%d", n))
		r, err := measure(ctx, site, "pith crawl", n, pith, "crawl", "--delay", "0", "--parallel", strconv.Itoa(parallel),
			"--out", out, "--log-level", "warn", seed)
		if err != nil {
			site.Close()
			return err
		}
		if r.stored, err = countArticles(out); err != nil {
			site.Close()
			return err
		}
		pithResult := r
		pithResult.disk, err = diskOf(out)
		if err != nil {
			site.Close()
			return err
		}

		// The bare crawl fetches the very URLs pith requested.
		list := filepath.Join(tmp, fmt.Sprintf("urls-%d.txt", n))
		if err := os.WriteFile(list, []byte(strings.Join(rec.take(site.URL()), "\n")), 0o644); err != nil {
			site.Close()
			return err
		}
		site.ResetCounts()
		r, err = measure(ctx, site, "colly (fetch only)", n, self, "-colly-child", list, "-parallel", strconv.Itoa(parallel))
		if err != nil {
			site.Close()
			return err
		}
		collyResult := r

		// pith again over the unchanged site: conditional requests only.
		before, err := snapshot(out)
		if err != nil {
			site.Close()
			return err
		}
		site.ResetCounts()
		rec.take("")
		r, err = measure(ctx, site, "pith re-crawl", n, pith, "crawl", "--delay", "0", "--parallel", strconv.Itoa(parallel),
			"--out", out, "--log-level", "warn", seed)
		if err != nil {
			site.Close()
			return err
		}
		after, err := snapshot(out)
		if err != nil {
			site.Close()
			return err
		}
		r.stored = len(after)
		articles := map[string]bool{}
		for i := range n {
			articles[site.Article(i).Path] = true
		}
		rc := recrawl{articles: n, files: len(after)}
		for _, q := range rec.takeRequests() {
			if articles[q.path] {
				rc.requests++
				if q.conditional {
					rc.conditional++
				}
			}
		}
		for p := range articles {
			rc.notModified += site.Count(p).NotModified
		}
		for p, b := range before {
			if a, ok := after[p]; !ok || a != b {
				rc.rewritten++
			}
		}
		// The same first crawl without archiving and site learning.
		site.ResetCounts()
		plain, err := measurePlain(ctx, site, n, pith, parallel, filepath.Join(tmp, fmt.Sprintf("out-%d-plain", n)), seed)
		if err != nil {
			site.Close()
			return err
		}
		plainResults = append(plainResults, plain)
		pithResults = append(pithResults, pithResult)
		site.Close()
		results = append(results, collyResult, pithResult, r)
		recrawls = append(recrawls, rc)
		if keep {
			fmt.Fprintln(os.Stderr, "out dir:", out)
		}
	}

	fmt.Printf("parallel %d, delays off, loopback; %s\n\n", parallel, goInfo())
	fmt.Println("| crawler | site articles | HTML pages served | requests | articles stored | wall | pages/s | peak RSS |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range results {
		stored := "-"
		if strings.HasPrefix(r.name, "pith") {
			stored = strconv.Itoa(r.stored)
		}
		fmt.Printf("| %s | %d | %d | %d | %s | %.2fs | %.0f | %.1f MB |\n",
			r.name, r.articles, r.pages, r.requests, stored, r.wall.Seconds(),
			float64(r.pages)/r.wall.Seconds(), float64(r.maxRSS)/1e6)
	}
	fmt.Println()
	printCost(pithResults, plainResults)
	fmt.Println()
	fmt.Println("| re-crawl of the unchanged site | article requests | conditional | answered 304 | files | files rewritten |")
	fmt.Println("|---|---:|---:|---:|---:|---:|")
	for _, r := range recrawls {
		fmt.Printf("| %d articles | %d | %d | %d | %d | %d |\n", r.articles, r.requests, r.conditional, r.notModified, r.files, r.rewritten)
	}
	return nil
}

// measure runs one crawler process and reads its peak RSS.
func measure(ctx context.Context, site *sitetest.Site, name string, n int, bin string, args ...string) (result, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("%s: %w", name, err)
	}
	wall := time.Since(start)
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return result{}, errors.New("no rusage on this platform")
	}
	r := result{name: name, articles: n, wall: wall, maxRSS: ru.Maxrss * 1024}
	for _, p := range site.Paths() {
		c := site.Count(p)
		r.requests += c.Requests
		if isPage(p) {
			r.pages += c.Requests
		}
	}
	return r, nil
}

// isPage tells HTML pages from robots.txt, sitemaps and feeds.
func isPage(p string) bool {
	return !strings.HasSuffix(p, ".xml") && !strings.HasSuffix(p, ".xml.gz") && p != "/robots.txt"
}

func countArticles(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && e.Name() == ".pith" {
			return fs.SkipDir
		}
		if !e.IsDir() && strings.HasSuffix(p, ".json") {
			n++
		}
		return nil
	})
	return n, err
}

func goInfo() string {
	return fmt.Sprintf("%s, %d CPUs", runtime.Version(), runtime.NumCPU())
}

// recrawl is what a re-crawl of an unchanged site did.
type recrawl struct {
	articles, requests, conditional, notModified, files, rewritten int
}

// fileID tells whether a file was rewritten: a rename makes a new inode.
type fileID struct {
	ino   uint64
	mtime time.Time
}

// snapshot maps the article files of an out dir to their identity.
func snapshot(dir string) (map[string]fileID, error) {
	files := map[string]fileID{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && e.Name() == ".pith" {
			return fs.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		fi, err := e.Info()
		if err != nil {
			return err
		}
		id := fileID{mtime: fi.ModTime()}
		if st, ok := fi.Sys().(*syscall.Stat_t); ok {
			id.ino = st.Ino
		}
		files[p] = id
		return nil
	})
	return files, err
}

// request is one request a site served.
type request struct {
	uri, path   string
	conditional bool
}

// recorder keeps the requests a site served.
type recorder struct {
	mu   sync.Mutex // guards reqs
	reqs []request
}

func (r *recorder) add(req *http.Request) {
	q := request{
		uri:         req.URL.RequestURI(),
		path:        req.URL.Path,
		conditional: req.Header.Get("If-None-Match") != "" || req.Header.Get("If-Modified-Since") != "",
	}
	r.mu.Lock()
	r.reqs = append(r.reqs, q)
	r.mu.Unlock()
}

// takeRequests returns the requests recorded so far and forgets them.
func (r *recorder) takeRequests() []request {
	r.mu.Lock()
	defer r.mu.Unlock()
	reqs := r.reqs
	r.reqs = nil
	return reqs
}

// take returns the URLs recorded so far, made absolute with base, and
// forgets them.
func (r *recorder) take(base string) []string {
	reqs := r.takeRequests()
	urls := make([]string, len(reqs))
	for i, q := range reqs {
		urls[i] = base + q.uri
	}
	return urls
}

// collyCrawl is the bare colly crawl: fetch every URL listed in the file
// list (one per line) with colly/v2, Async, parallel requests in flight,
// keeping nothing. Redirects are followed, as colly does by default.
func collyCrawl(ctx context.Context, list string, parallel int) error {
	data, err := os.ReadFile(list)
	if err != nil {
		return err
	}
	c := colly.NewCollector(
		colly.Async(true),
		colly.AllowURLRevisit(), // the list may hold a URL twice (a retry)
		colly.StdlibContext(ctx),
	)
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: parallel}); err != nil {
		return err
	}
	var pages, failed atomic.Int64
	c.OnResponse(func(*colly.Response) { pages.Add(1) })
	c.OnError(func(*colly.Response, error) { failed.Add(1) })
	for _, u := range strings.Fields(string(data)) {
		if err := c.Visit(u); err != nil {
			return err
		}
	}
	c.Wait()
	fmt.Fprintf(os.Stderr, "colly: %d responses, %d errors\n", pages.Load(), failed.Load())
	return ctx.Err()
}
