package crawl_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/store"
)

// buildPith builds cmd/pith into a temporary directory.
func buildPith(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "pith")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/pith-news/pith/cmd/pith").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestCrashResume kills `pith crawl` with SIGKILL in the middle of a crawl,
// checks that the store holds only whole articles, and that the next run
// completes the crawl without fetching again what was stored and without
// duplicates.
func TestCrashResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the pith binary")
	}
	pith := buildPith(t)
	var uris uriCounter
	site := sitetest.New(sitetest.Options{Articles: 120, OnRequest: uris.add})
	defer site.Close()
	dir := filepath.Join(t.TempDir(), "articles")
	seed := site.URL() + "/"

	// First run: a small delay, killed once 25 articles are stored.
	cmd := exec.Command(pith, "crawl", "--out", dir, "--delay", "5ms", "--parallel", "2", "--jsonl", "-", seed)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<20)
	lines := 0
	for lines < 25 && sc.Scan() {
		lines++
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("first run was not killed: %v (%d JSON lines)\n%s", err, lines, stderr.String())
	}
	if lines < 25 {
		t.Fatalf("only %d JSON lines before the kill\n%s", lines, stderr.String())
	}

	// Every file in the store is a whole article.
	stored := storedFiles(t, dir)
	if len(stored) < 25 || len(stored) >= site.Articles() {
		t.Fatalf("%d articles stored before the kill, want 25 to %d", len(stored), site.Articles()-1)
	}
	t.Logf("killed after %d articles stored", len(stored))

	// Second run: completes, resumes, fetches nothing stored again.
	uris.reset()
	stderr.Reset()
	cmd = exec.Command(pith, "crawl", "--out", dir, "--delay", "0", seed)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("second run: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "resuming an interrupted crawl") {
		t.Errorf("second run did not say it resumes:\n%s", stderr.String())
	}
	checkOnce(t, site, dir)
	if files := storedFiles(t, dir); len(files) != site.Articles() {
		t.Errorf("%d files after the second run, want %d", len(files), site.Articles())
	}
	for n := range site.Articles() {
		if _, ok := stored[store.Path(site.ArticleURL(n))]; ok && first(uris.get(site.Article(n).Path)) != 0 {
			t.Errorf("article %d, stored before the kill, was fetched again", n)
		}
	}
	tmp, err := os.ReadDir(filepath.Join(dir, ".pith", "tmp"))
	if err != nil || len(tmp) != 0 {
		t.Errorf("temporary files after the second run: %v %v", tmp, err)
	}
}
