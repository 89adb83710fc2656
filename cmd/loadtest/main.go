package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/pith-news/pith/internal/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

type options struct {
	clients  int
	duration time.Duration
	warmup   time.Duration
	htmlPath string
	pageURL  string
	addr     string
	pid      int
	pith     string
}

func run(ctx context.Context, args []string, out io.Writer) error {
	var o options
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.IntVar(&o.clients, "c", 64, "concurrent clients")
	fs.DurationVar(&o.duration, "d", 30*time.Second, "measured duration")
	fs.DurationVar(&o.warmup, "warmup", 3*time.Second, "load before the measured window (not counted)")
	fs.StringVar(&o.htmlPath, "html", "testdata/pages/example-techoutlook.html", "the HTML page posted inline (run from the module root)")
	fs.StringVar(&o.pageURL, "url", "https://www.thetechoutlook.com/news/as-tensions-in-ukraine-rise-biden-and-putin-have-scheduled-a-video-chat-for-tuesday/", "the page's address, sent with it")
	fs.StringVar(&o.addr, "addr", "", "address of a running pith serve (host:port)")
	fs.IntVar(&o.pid, "pid", 0, "process id of the server at -addr, for its RSS")
	fs.StringVar(&o.pith, "pith", "", "a pith binary: spawn `pith serve` on loopback and load it")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.clients < 1 || o.duration <= 0 || o.warmup < 0 {
		return errors.New("want -c ≥ 1, -d > 0 and -warmup ≥ 0")
	}
	page, err := os.ReadFile(o.htmlPath)
	if err != nil {
		return err
	}
	body, err := json.Marshal(map[string]string{"html": string(page), "url": o.pageURL})
	if err != nil {
		return err
	}

	base, pid, cleanup, err := target(ctx, o)
	if err != nil {
		return err
	}
	defer cleanup()
	fmt.Fprintf(out, "target %s (pid %d), %d clients, %s warm-up + %s measured, page %s (%d bytes, %d-byte request)\n",
		base, pid, o.clients, o.warmup, o.duration, o.htmlPath, len(page), len(body))

	idle, err := rss(pid)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "RSS idle: %s\n", mib(idle.rss))

	client := &http.Client{
		Transport: &http.Transport{
			MaxIdleConnsPerHost: o.clients,
			MaxConnsPerHost:     o.clients,
			DisableCompression:  true,
		},
		Timeout: time.Minute,
	}
	defer client.CloseIdleConnections()

	// Phases: warm-up, then the measured window. Workers stamp each
	// request with its start; only those started inside the window count.
	startAll := time.Now()
	windowStart := startAll.Add(o.warmup)
	windowEnd := windowStart.Add(o.duration)
	ctx, cancel := context.WithDeadline(ctx, windowEnd)
	defer cancel()

	type sample struct {
		at  time.Duration // since startAll
		rss int64
	}
	var (
		samples  []sample
		startRSS int64
		mu       sync.Mutex // guards samples, startRSS
	)
	var sampler sync.WaitGroup
	sampler.Go(func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		tookStart := false
		for {
			select {
			case <-ctx.Done():
				return
			case now := <-t.C:
				m, err := rss(pid)
				if err != nil {
					continue
				}
				mu.Lock()
				samples = append(samples, sample{now.Sub(startAll), m.rss})
				if !tookStart && !now.Before(windowStart) {
					startRSS, tookStart = m.rss, true
				}
				mu.Unlock()
			}
		}
	})

	results := make([]workerResult, o.clients)
	var wg sync.WaitGroup
	for i := range o.clients {
		wg.Go(func() { results[i] = worker(ctx, client, base+"/v1/clean", body, windowStart, windowEnd) })
	}
	wg.Wait()
	cancel()
	sampler.Wait()
	end, err := rss(pid)
	if err != nil {
		return err
	}

	var (
		lat     []time.Duration
		errs    = map[string]int{}
		ok      int
		firstEr string
	)
	for _, r := range results {
		lat = append(lat, r.latencies...)
		ok += len(r.latencies)
		for k, v := range r.errors {
			errs[k] += v
		}
		if firstEr == "" {
			firstEr = r.firstError
		}
	}
	slices.Sort(lat)
	nerr := 0
	for _, v := range errs {
		nerr += v
	}
	fmt.Fprintf(out, "requests: %d ok, %d errors", ok, nerr)
	if nerr > 0 {
		fmt.Fprintf(out, " %v (first: %s)", errs, firstEr)
	}
	fmt.Fprintln(out)
	if ok > 0 {
		fmt.Fprintf(out, "throughput: %.1f requests/s\n", float64(ok)/o.duration.Seconds())
		fmt.Fprintf(out, "latency: p50 %s, p90 %s, p99 %s, max %s\n",
			pct(lat, 50), pct(lat, 90), pct(lat, 99), lat[len(lat)-1].Round(time.Microsecond))
	}
	mu.Lock()
	fmt.Fprintf(out, "RSS: start of window %s, end %s, peak (VmHWM) %s\n", mib(startRSS), mib(end.rss), mib(end.hwm))
	var line strings.Builder
	for i, s := range samples {
		if i%5 == 4 || i == len(samples)-1 {
			fmt.Fprintf(&line, " %ds:%s", int(s.at.Round(time.Second).Seconds()), mib(s.rss))
		}
	}
	mu.Unlock()
	fmt.Fprintf(out, "RSS samples:%s\n", line.String())
	if nerr > 0 {
		return fmt.Errorf("%d requests failed", nerr)
	}
	return nil
}

type workerResult struct {
	latencies  []time.Duration // of the requests started in the window and answered 200
	errors     map[string]int  // by status or error class, all phases
	firstError string
}

func worker(ctx context.Context, c *http.Client, u string, body []byte, from, to time.Time) workerResult {
	r := workerResult{errors: map[string]int{}}
	for ctx.Err() == nil {
		start := time.Now()
		if !start.Before(to) {
			break
		}
		// The request is not bound to ctx: one in flight at the end of the
		// window finishes, so no error is made up by cancelling it.
		req, err := http.NewRequestWithContext(context.WithoutCancel(ctx), http.MethodPost, u, bytes.NewReader(body))
		if err != nil {
			r.fail("request", err.Error())
			continue
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.Do(req)
		if err != nil {
			r.fail("transport", err.Error())
			continue
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		d := time.Since(start)
		switch {
		case err != nil:
			r.fail("read", err.Error())
		case resp.StatusCode != http.StatusOK:
			r.fail(strconv.Itoa(resp.StatusCode), resp.Status)
		case !start.Before(from):
			r.latencies = append(r.latencies, d)
		}
	}
	return r
}

func (r *workerResult) fail(kind, msg string) {
	r.errors[kind]++
	if r.firstError == "" {
		r.firstError = msg
	}
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	i = min(max(i-1, 0), len(sorted)-1)
	return sorted[i].Round(time.Microsecond)
}

// target returns the base URL and pid of the server to load, starting one
// if needed, and a function that stops it.
func target(ctx context.Context, o options) (base string, pid int, cleanup func(), err error) {
	switch {
	case o.addr != "":
		pid = o.pid
		if pid == 0 {
			return "", 0, nil, errors.New("-addr needs -pid for the server's RSS")
		}
		base = "http://" + o.addr
		return base, pid, func() {}, waitHealthy(ctx, base)
	case o.pith != "":
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return "", 0, nil, err
		}
		addr := l.Addr().String()
		l.Close()
		cmd := exec.Command(o.pith, "serve", "--addr", addr, "--log-level", "warn")
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			return "", 0, nil, err
		}
		stop := func() {
			if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
				fmt.Fprintln(os.Stderr, "loadtest: stop server:", err)
			}
			if err := cmd.Wait(); err != nil {
				fmt.Fprintln(os.Stderr, "loadtest: server:", err)
			}
		}
		base = "http://" + addr
		if err := waitHealthy(ctx, base); err != nil {
			stop()
			return "", 0, nil, err
		}
		return base, cmd.Process.Pid, stop, nil
	}
	s, err := server.New(server.Config{})
	if err != nil {
		return "", 0, nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", 0, nil, err
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- s.Serve(sctx, l) }()
	return "http://" + l.Addr().String(), os.Getpid(), func() { cancel(); <-done }, nil
}

// waitHealthy polls /healthz until it answers, for up to 10 seconds.
func waitHealthy(ctx context.Context, base string) error {
	deadline := time.Now().Add(10 * time.Second)
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s/healthz did not answer: %v", base, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

type mem struct{ rss, hwm int64 }

// rss reads the resident set size and its peak of process pid.
func rss(pid int) (mem, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return mem{}, err
	}
	defer f.Close()
	var m mem
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		n, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			continue
		}
		switch k {
		case "VmRSS":
			m.rss = n << 10
		case "VmHWM":
			m.hwm = n << 10
		}
	}
	return m, sc.Err()
}

func mib(b int64) string { return fmt.Sprintf("%.1fMiB", float64(b)/(1<<20)) }
