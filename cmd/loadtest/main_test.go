package main

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestRun runs a short load against a server in the process: a check
// that the tool works, not a measurement.
func TestRun(t *testing.T) {
	var out strings.Builder
	err := run(t.Context(), []string{"-c", "4", "-d", "300ms", "-warmup", "0s", "-html", "../../internal/server/testdata/article.html"}, &out)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	for _, want := range []string{" ok, 0 errors\n", "throughput: ", "latency: p50 ", "RSS: start of window "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output misses %q:\n%s", want, out.String())
		}
	}
}

func TestPct(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 200; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		p    int
		want time.Duration
	}{{50, 100 * time.Millisecond}, {99, 198 * time.Millisecond}, {100, 200 * time.Millisecond}} {
		if got := pct(d, tc.p); got != tc.want {
			t.Errorf("pct(%d): got %s, want %s", tc.p, got, tc.want)
		}
	}
	if got := pct(d[:1], 99); got != time.Millisecond {
		t.Errorf("pct of one: got %s", got)
	}
}

func TestRSS(t *testing.T) {
	m, err := rss(0)
	if err == nil {
		t.Errorf("rss(0): got %+v, want an error", m)
	}
	// The test process itself.
	m, err = rss(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if m.rss <= 0 || m.hwm < m.rss {
		t.Errorf("got RSS %d, peak %d", m.rss, m.hwm)
	}
}
