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

	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/internal/testkit/repeatsite"
)

// TestRecleanCrash pins a learned block (so that a reclean must put it
// back in 60 articles), kills `pith reclean` with SIGKILL in the middle,
// checks that every file is still a whole article and the site still
// waits for a reclean, and that the next `pith reclean` finishes the job.
func TestRecleanCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the pith binary")
	}
	pith := buildPith(t)
	site := repeatsite.New(repeatsite.Options{})
	defer site.Close()
	dir := filepath.Join(t.TempDir(), "articles")
	stats := run(t, repeatConfig(site, dir))
	if stats.Learned == 0 {
		t.Fatal("the crawl learned nothing")
	}
	plug := repeatsite.Plug("en")
	countPlug := func() int {
		n := 0
		for _, a := range stored(t, dir) {
			if strings.Contains(siteblocks.Normalize(a.Text), siteblocks.Normalize(plug)) {
				n++
			}
		}
		return n
	}
	if n := countPlug(); n != 0 {
		t.Fatalf("%d articles hold the learned plug after the crawl", n)
	}

	out, err := exec.Command(pith, "sites", dir, "--allow", plug[:60]).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "pinned") || !strings.Contains(string(out), "wait for pith reclean") {
		t.Fatalf("pith sites --allow: %v\n%s", err, out)
	}

	cmd := exec.Command(pith, "reclean", dir, "--log-level", "debug")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	rewrites := 0
	for rewrites < 5 && sc.Scan() {
		if strings.Contains(sc.Text(), "rewrote article") {
			rewrites++
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("pith reclean was not killed: %v (%d rewrites seen)", err, rewrites)
	}
	files := storedFiles(t, dir) // every file a whole article
	if len(files) != len(site.Articles()) {
		t.Fatalf("%d article files after the kill, want %d", len(files), len(site.Articles()))
	}
	back := countPlug()
	t.Logf("killed after %d of 60 plugs put back", back)
	if back < 5 || back >= 60 {
		t.Fatalf("%d articles have the plug back after the kill, want 5 to 59", back)
	}
	out, _ = exec.Command(pith, "sites", dir).CombinedOutput()
	if !strings.Contains(string(out), "wait for pith reclean") {
		t.Errorf("after the kill, the site no longer waits for a reclean:\n%s", out)
	}

	var errb bytes.Buffer
	cmd = exec.Command(pith, "reclean", dir)
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("second reclean: %v\n%s", err, errb.String())
	}
	if want := "articles changed"; !strings.Contains(errb.String(), want) {
		t.Errorf("no summary:\n%s", errb.String())
	}
	if n := countPlug(); n != 60 {
		t.Errorf("%d articles have the pinned plug after the second reclean, want 60", n)
	}
	c := checkRepeatSite(t, site, dir)
	if c.parasLost != 0 || c.blocksLeft != 60 { // the English plug, pinned, in the 60 English articles
		t.Errorf("%d paragraphs lost, %d blocks in articles; want 0 and 60", c.parasLost, c.blocksLeft)
	}
	out, _ = exec.Command(pith, "sites", dir).CombinedOutput()
	if strings.Contains(string(out), "wait for pith reclean") || !strings.Contains(string(out), "pinned") {
		t.Errorf("after the second reclean:\n%s", out)
	}
	tmp, err := os.ReadDir(filepath.Join(dir, ".pith", "tmp"))
	if err != nil || len(tmp) != 0 {
		t.Errorf("temporary files after the second reclean: %v %v", tmp, err)
	}
}
