package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/store"
)

func main() {
	pith := flag.String("pith", "", "pith binary; empty builds ./cmd/pith")
	hosts := flag.Int("hosts", 100, "scale: number of sites (loopback hosts)")
	articles := flag.Int("articles", 20, "scale: articles per site")
	latency := flag.Duration("latency", 200*time.Millisecond, "scale: answer time of every page")
	urls := flag.Int("urls", 100_000, "memory: URLs pushed; sites: articles counted")
	parallel := flag.Int("parallel", 2, "scale: --parallel of the workers (requests in flight per host)")
	workers := flag.String("workers", "0,1,2,3", "scale: numbers of workers to measure, comma-separated (0: one process without --redis)")
	samePorts := flag.Bool("ports", false, "scale: serve the sites on ports of 127.0.0.1 instead of one loopback address each (127.0.0.2, 127.0.0.3, …), where those cannot be bound")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: redisbench [flags] kill|polite|scale|memory|sites")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := bench(ctx, flag.Arg(0), *pith, *hosts, *articles, *latency, *urls, *parallel, *workers, *samePorts); err != nil {
		fmt.Fprintln(os.Stderr, "redisbench:", err)
		os.Exit(1)
	}
}

func bench(ctx context.Context, mode, pith string, hosts, articles int, latency time.Duration, urls, parallel int, workers string, samePorts bool) error {
	tmp, err := os.MkdirTemp("", "redisbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	rs, err := startRedis(ctx, tmp)
	if err != nil {
		return err
	}
	defer rs.stop()
	switch mode {
	case "memory":
		return memory(ctx, rs, urls)
	case "sites":
		return memorySites(ctx, rs, filepath.Join(tmp, "sites"), urls)
	}
	if pith == "" {
		pith = filepath.Join(tmp, "pith")
		build := exec.CommandContext(ctx, "go", "build", "-o", pith, "github.com/pith-news/pith/cmd/pith")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build pith: %w", err)
		}
	}
	b := &bencher{pith: pith, tmp: tmp, redis: rs}
	switch mode {
	case "kill":
		return b.kill(ctx)
	case "polite":
		return b.polite(ctx)
	case "scale":
		var ns []int
		for _, f := range strings.Split(workers, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 0 {
				return fmt.Errorf("bad -workers %q", workers)
			}
			ns = append(ns, n)
		}
		return b.scale(ctx, hosts, articles, latency, parallel, ns, samePorts)
	}
	return fmt.Errorf("unknown mode %q", mode)
}

type bencher struct {
	pith, tmp string
	redis     *redisServer
	runs      int
}

// worker starts one pith crawl process, with --redis unless alone.
func (b *bencher) worker(ctx context.Context, out string, extra []string, seeds []string) (*exec.Cmd, error) {
	return b.start(ctx, out, true, extra, seeds)
}

func (b *bencher) start(ctx context.Context, out string, shared bool, extra []string, seeds []string) (*exec.Cmd, error) {
	args := []string{"crawl", "--out", out, "--log-level", "warn"}
	if shared {
		args = append(args, "--redis", b.redis.url())
	}
	args = append(args, extra...)
	cmd := exec.CommandContext(ctx, b.pith, append(args, seeds...)...)
	cmd.Stderr = os.Stderr
	return cmd, cmd.Start()
}

// flush empties the Redis between runs.
func (b *bencher) flush(ctx context.Context) error {
	return b.redis.rdb.FlushAll(ctx).Err()
}

func (b *bencher) out() string {
	b.runs++
	return filepath.Join(b.tmp, "out-"+strconv.Itoa(b.runs))
}

// kill: three workers on a site of 120 articles answering in 50 ms; one is
// killed with SIGKILL after 2 s.
func (b *bencher) kill(ctx context.Context) error {
	var mu sync.Mutex
	arrived := map[string]int{} // requests by path as they arrive, answered or cut short
	site := sitetest.New(sitetest.Options{Articles: 120, Latency: 50 * time.Millisecond, OnRequest: func(r *http.Request) {
		mu.Lock()
		arrived[r.URL.Path]++
		mu.Unlock()
	}})
	defer site.Close()
	out := b.out()
	extra := []string{"--delay", "0", "--parallel", "3"}
	start := time.Now()
	var ws []*exec.Cmd
	for range 3 {
		w, err := b.worker(ctx, out, extra, []string{site.URL() + "/"})
		if err != nil {
			return err
		}
		ws = append(ws, w)
	}
	time.Sleep(2 * time.Second)
	atKill, err := countStored(ctx, out)
	if err != nil {
		return err
	}
	ws[0].Process.Signal(syscall.SIGKILL)
	ws[0].Wait()
	for i, w := range ws[1:] {
		if err := w.Wait(); err != nil {
			return fmt.Errorf("worker %d: %w", i+1, err)
		}
	}
	wall := time.Since(start)
	once, dups, missing, err := storedOnce(ctx, site, out)
	if err != nil {
		return err
	}
	refetches := 0
	var again []string
	requests := 0
	for p, n := range arrived {
		requests += n
		if n > 1 {
			refetches += n - 1
			again = append(again, p)
		}
	}
	fmt.Printf("kill: site of %d articles, 50 ms answers; 3 workers --parallel 3 --delay 0; worker 0 SIGKILLed after 2 s (%d articles stored by then)\n",
		site.Articles(), atKill)
	fmt.Printf("  wall %.1fs; articles stored once %d, more than once %d, missing %d; refetches %d %v; requests %d\n",
		wall.Seconds(), once, dups, missing, refetches, again, requests)
	return nil
}

// polite: requests per second one host sees from three workers (and from
// one) with --delay 300ms --parallel 1.
func (b *bencher) polite(ctx context.Context) error {
	for _, n := range []int{1, 3} {
		if err := b.flush(ctx); err != nil {
			return err
		}
		var mu sync.Mutex
		var starts []time.Time
		site := sitetest.New(sitetest.Options{Articles: 30, OnRequest: func(*http.Request) {
			mu.Lock()
			starts = append(starts, time.Now())
			mu.Unlock()
		}})
		out := b.out()
		var ws []*exec.Cmd
		for range n {
			w, err := b.worker(ctx, out, []string{"--delay", "300ms", "--parallel", "1"}, []string{site.URL() + "/"})
			if err != nil {
				site.Close()
				return err
			}
			ws = append(ws, w)
		}
		for i, w := range ws {
			if err := w.Wait(); err != nil {
				site.Close()
				return fmt.Errorf("worker %d: %w", i, err)
			}
		}
		site.Close()
		sort.Slice(starts, func(i, j int) bool { return starts[i].Before(starts[j]) })
		span := starts[len(starts)-1].Sub(starts[0])
		minGap := time.Hour
		for i := 1; i < len(starts); i++ {
			minGap = min(minGap, starts[i].Sub(starts[i-1]))
		}
		// The busiest 10 s window.
		best := 0
		for i := range starts {
			j := sort.Search(len(starts), func(j int) bool { return starts[j].Sub(starts[i]) >= 10*time.Second })
			best = max(best, j-i)
		}
		fmt.Printf("polite: %d worker(s), --delay 300ms --parallel 1, one host: %d requests in %.1fs = %.2f/s; busiest 10 s: %.1f/s; smallest gap %v; max in flight %d\n",
			n, len(starts), span.Seconds(), float64(len(starts)-1)/span.Seconds(), float64(best)/10, minGap.Round(time.Millisecond), site.MaxInFlight())
	}
	return nil
}

// scale: pages per second of 1, 2 and 3 workers over many hosts whose
// pages answer slowly. Each site is a host of its own: a loopback address
// (127.0.0.2, 127.0.0.3, …; Linux routes all of 127/8 to lo), or with
// samePorts a port of 127.0.0.1.
func (b *bencher) scale(ctx context.Context, hosts, articles int, latency time.Duration, parallel int, workers []int, samePorts bool) error {
	if hosts < 1 || hosts > 250*256 {
		return fmt.Errorf("-hosts %d: want 1 to %d", hosts, 250*256)
	}
	sites := make([]*sitetest.Site, hosts)
	var seeds []string
	for i := range sites {
		opts := sitetest.Options{Articles: articles, Latency: latency}
		if !samePorts {
			ip := loopbackAddr(i)
			l, err := net.Listen("tcp", ip+":0")
			if err != nil {
				return fmt.Errorf("listen on %s (each site its own loopback address; run with -ports to use ports of 127.0.0.1 instead): %w", ip, err)
			}
			opts.Listener = l
		}
		sites[i] = sitetest.New(opts)
		defer sites[i].Close()
		seeds = append(seeds, sites[i].URL()+"/")
	}
	where := "loopback addresses 127.0.0.2 to " + loopbackAddr(hosts-1)
	if samePorts {
		where = "ports of 127.0.0.1"
	}
	fmt.Printf("scale: %d hosts (%s) of %d articles, %v answers, --delay 0 --parallel %d; %d cores\n", hosts, where, articles, latency, parallel, runtime.NumCPU())
	fmt.Println("  (the sites serve the same articles: one copy is stored, the others are duplicates)")
	var base float64
	for _, n := range workers { // 0: one process without Redis
		if err := b.flush(ctx); err != nil {
			return err
		}
		for _, s := range sites {
			s.ResetCounts()
		}
		out := b.out()
		start := time.Now()
		var ws []*exec.Cmd
		for range max(n, 1) {
			w, err := b.start(ctx, out, n > 0, []string{"--delay", "0", "--parallel", strconv.Itoa(parallel)}, seeds)
			if err != nil {
				return err
			}
			ws = append(ws, w)
		}
		var cpu time.Duration
		for i, w := range ws {
			if err := w.Wait(); err != nil {
				return fmt.Errorf("worker %d: %w", i, err)
			}
			cpu += w.ProcessState.UserTime() + w.ProcessState.SystemTime()
		}
		wall := time.Since(start)
		pages := 0
		for _, s := range sites {
			pages += s.Total().Requests
		}
		rate := float64(pages) / wall.Seconds()
		if n <= 1 {
			base = rate
		}
		name := strconv.Itoa(n) + " worker(s)"
		if n == 0 {
			name = "no --redis"
		}
		stored, err := countStored(ctx, out)
		if err != nil {
			return err
		}
		fmt.Printf("  %s: %d requests in %.1fs = %.0f/s (x%.2f), %d articles stored, workers' CPU %.1fs\n",
			name, pages, wall.Seconds(), rate, rate/base, stored, cpu.Seconds())
	}
	return nil
}

// loopbackAddr returns the address of the i-th site: 127.0.0.2 on, then
// 127.0.1.2 on after 127.0.0.251.
func loopbackAddr(i int) string {
	return "127.0." + strconv.Itoa(i/250) + "." + strconv.Itoa(2+i%250)
}

func countStored(ctx context.Context, out string) (int, error) {
	n := 0
	err := store.Walk(ctx, out, time.Time{}, func(*article.Article) error { n++; return nil })
	if err != nil {
		return 0, fmt.Errorf("count stored articles: %w", err)
	}
	return n, nil
}

// storedOnce counts the site's articles stored once, more than once and
// not at all.
func storedOnce(ctx context.Context, site *sitetest.Site, out string) (once, dups, missing int, err error) {
	byURL := map[string]int{}
	if err := store.Walk(ctx, out, time.Time{}, func(a *article.Article) error { byURL[a.URL]++; return nil }); err != nil {
		return 0, 0, 0, fmt.Errorf("count stored articles: %w", err)
	}
	for i := range site.Articles() {
		switch byURL[site.ArticleURL(i)] {
		case 0:
			missing++
		case 1:
			once++
		default:
			dups++
		}
	}
	return once, dups, missing, nil
}

// redisServer is a redis-server of this command.
type redisServer struct {
	cmd  *exec.Cmd
	port int
	rdb  *redis.Client
}

func startRedis(ctx context.Context, dir string) (*redisServer, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command("redis-server", "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", dir,
		"--save", "", "--appendonly", "no", "--logfile", filepath.Join(dir, "redis.log"))
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("redis-server: %w", err)
	}
	rs := &redisServer{cmd: cmd, port: port, rdb: redis.NewClient(&redis.Options{Addr: "127.0.0.1:" + strconv.Itoa(port)})}
	for range 200 {
		if rs.rdb.Ping(ctx).Err() == nil {
			return rs, nil
		}
		time.Sleep(25 * time.Millisecond)
	}
	rs.stop()
	return nil, errors.New("redis-server did not answer")
}

func (rs *redisServer) url() string { return "redis://127.0.0.1:" + strconv.Itoa(rs.port) + "/0" }

func (rs *redisServer) stop() {
	rs.rdb.Close()
	rs.cmd.Process.Signal(syscall.SIGTERM)
	rs.cmd.Wait()
}
