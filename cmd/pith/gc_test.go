package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// gcSettings reads the collector's percent and memory limit.
func gcSettings() (percent, limit int64) {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()), int64(s[1].Value.Uint64())
}

// TestCollectLate checks that the collector is off after collectLate and
// back to its settings after the first collection.
func TestCollectLate(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	_, wantLimit := gcSettings()

	collectLate(1 << 40)
	if p, l := gcSettings(); p != -1 || l != min(1<<40, wantLimit) {
		t.Fatalf("after collectLate: GC percent %d, memory limit %d; want -1 (off) and %d", p, l, min(1<<40, wantLimit))
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC() // the first collection queues the finalizer that restores the settings
		time.Sleep(10 * time.Millisecond)
		p, l := gcSettings()
		if p == 100 && l == wantLimit {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the first collection: GC percent %d, memory limit %d; want 100 and %d", p, l, wantLimit)
		}
	}
}
