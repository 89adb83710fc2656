package shared_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/cli"
	"github.com/pith-news/pith/internal/testkit/redistest"
	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/store"
)

// workerEnv, when set to 1, makes the test binary run `pith` with its
// arguments instead of the tests: the workers of these tests are real
// processes, so SIGKILL is real.
const workerEnv = "PITH_TEST_WORKER"

func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := cli.Run(ctx, os.Args[1:], cli.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "pith:", err)
		}
		os.Exit(cli.ExitCode(err))
	}
	os.Exit(m.Run())
}

// worker is a pith process.
type worker struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
	err    error
	done   chan struct{}
}

// startWorker starts `pith args...` as a process of its own.
func startWorker(t *testing.T, args ...string) *worker {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	w := &worker{done: make(chan struct{})}
	w.cmd = exec.Command(self, args...)
	w.cmd.Env = append(os.Environ(), workerEnv+"=1")
	w.cmd.Stderr = &w.stderr
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		w.err = w.cmd.Wait()
		close(w.done)
	}()
	t.Cleanup(func() {
		w.cmd.Process.Kill()
		<-w.done
	})
	return w
}

// wait waits for the worker to exit, at most d.
func (w *worker) wait(t *testing.T, d time.Duration) error {
	t.Helper()
	select {
	case <-w.done:
		return w.err
	case <-time.After(d):
		w.cmd.Process.Kill()
		<-w.done
		t.Fatalf("worker still running after %v; its log:\n%s", d, w.stderr.String())
		return nil
	}
}

// checkStoredOnce fails unless every article of site is stored once in dir.
func checkStoredOnce(t *testing.T, site *sitetest.Site, dir string) {
	t.Helper()
	byURL := map[string]int{}
	err := store.Walk(t.Context(), dir, time.Time{}, func(a *article.Article) error {
		byURL[a.URL]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for n := range site.Articles() {
		if c := byURL[site.ArticleURL(n)]; c != 1 {
			t.Errorf("article %d stored %d times, want once", n, c)
		}
	}
	if len(byURL) != site.Articles() {
		t.Errorf("%d articles stored, want %d", len(byURL), site.Articles())
	}
}

// arrivals counts the requests of each path as they arrive, answered or
// not (a request of a killed worker is cut short).
type arrivals struct {
	mu sync.Mutex // guards n
	n  map[string]int
}

func (a *arrivals) add(r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.n == nil {
		a.n = map[string]int{}
	}
	a.n[r.URL.Path]++
}

// again returns the paths requested more than once, with how many
// requests more.
func (a *arrivals) again() map[string]int {
	a.mu.Lock()
	defer a.mu.Unlock()
	again := map[string]int{}
	for p, n := range a.n {
		if n > 1 {
			again[p] = n - 1
		}
	}
	return again
}

// Three workers crawl one site; one is killed with SIGKILL half-way and
// one joins late. The crawl completes: every article is stored once, and
// only the URLs the killed worker held are fetched again.
func TestWorkerKilled(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	var reqs arrivals
	site := sitetest.New(sitetest.Options{Articles: 120, Latency: 50 * time.Millisecond, OnRequest: reqs.add})
	defer site.Close()
	dir := t.TempDir()
	const parallel = 3
	args := []string{"crawl", "--redis", srv.URL(), "--out", dir, "--delay", "0", "--parallel", fmt.Sprint(parallel),
		"--log-level", "info", site.URL() + "/"}

	ws := []*worker{startWorker(t, args...), startWorker(t, args...)}
	time.Sleep(time.Second)
	ws = append(ws, startWorker(t, args...)) // late: joins the crawl in progress
	time.Sleep(time.Second)
	stored := 0
	store.Walk(t.Context(), dir, time.Time{}, func(*article.Article) error { stored++; return nil })
	if stored == 0 || stored >= site.Articles() {
		t.Logf("%d articles stored at the kill: not half-way", stored)
	}
	ws[0].cmd.Process.Signal(syscall.SIGKILL)

	for i, w := range ws {
		err := w.wait(t, 2*time.Minute)
		if i == 0 {
			continue
		}
		if err != nil {
			t.Errorf("worker %d: %v; its log:\n%s", i, err, w.stderr.String())
		}
		if !strings.Contains(w.stderr.String(), "crawl finished") {
			t.Errorf("worker %d printed no summary:\n%s", i, w.stderr.String())
		}
	}
	checkStoredOnce(t, site, dir)
	// The killed worker held at most one claim per request it could have
	// in flight, that is --parallel (the host's turns are shared).
	again := reqs.again()
	total := 0
	for _, n := range again {
		total += n
	}
	if total > parallel {
		t.Errorf("%d refetches (%v), want at most %d: the killed worker's claims", total, again, parallel)
	}
	t.Logf("%d articles stored at the kill, %d refetches", stored, total)
}

// Redis is restarted in the middle of a crawl of three workers: they wait
// for it and finish the crawl, every article stored once.
func TestWorkersRedisRestart(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{AOF: true})
	site := sitetest.New(sitetest.Options{Articles: 60, Latency: 30 * time.Millisecond})
	defer site.Close()
	dir := t.TempDir()
	args := []string{"crawl", "--redis", srv.URL(), "--out", dir, "--delay", "0", "--parallel", "2", site.URL() + "/"}
	var ws []*worker
	for range 3 {
		ws = append(ws, startWorker(t, args...))
	}
	time.Sleep(1500 * time.Millisecond)
	srv.Stop()
	time.Sleep(time.Second)
	srv.Restart()
	for i, w := range ws {
		if err := w.wait(t, 2*time.Minute); err != nil {
			t.Errorf("worker %d: %v; its log:\n%s", i, err, w.stderr.String())
		}
	}
	checkStoredOnce(t, site, dir)
	logs := ""
	for _, w := range ws {
		logs += w.stderr.String()
	}
	if !strings.Contains(logs, "redis unreachable") || !strings.Contains(logs, "reachable again") {
		t.Errorf("no worker saw Redis go and come back:\n%s", logs)
	}
}

// A worker whose Redis cannot be reached at start exits 1 at once.
func TestWorkerRedisUnreachable(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	url := srv.URL()
	srv.Stop()
	w := startWorker(t, "crawl", "--redis", url, "--out", t.TempDir(), "http://127.0.0.1:1/")
	err := w.wait(t, 30*time.Second)
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("exit %v, want status 1; log:\n%s", err, w.stderr.String())
	}
	if !strings.Contains(w.stderr.String(), "unreachable") {
		t.Errorf("no clear error:\n%s", w.stderr.String())
	}
}

// A worker stopped with SIGTERM gives its claims back at once: the other
// finishes the crawl without waiting for leases to run out.
func TestWorkerTerminated(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	site := sitetest.New(sitetest.Options{Articles: 60, Latency: 50 * time.Millisecond})
	defer site.Close()
	dir := t.TempDir()
	args := []string{"crawl", "--redis", srv.URL(), "--out", dir, "--delay", "0", "--parallel", "3", site.URL() + "/"}
	stopped, other := startWorker(t, args...), startWorker(t, args...)
	time.Sleep(1500 * time.Millisecond)
	stopped.cmd.Process.Signal(syscall.SIGTERM)
	if err := stopped.wait(t, time.Minute); err == nil {
		t.Error("a worker stopped in the middle exited 0, want 1 (interrupted)")
	}
	start := time.Now()
	if err := other.wait(t, 2*time.Minute); err != nil {
		t.Fatalf("worker: %v; its log:\n%s", err, other.stderr.String())
	}
	// The lease is 15s: finishing well before says the claims came back.
	if d := time.Since(start); d > 12*time.Second {
		t.Errorf("the other worker took %v after the SIGTERM: the claims waited for their leases", d)
	}
	checkStoredOnce(t, site, dir)
}
