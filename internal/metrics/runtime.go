package metrics

import (
	"bufio"
	"runtime"
)

// writeRuntime writes the Go runtime's figures, under the names
// client_golang's Go collector gives them, then the process's. It reads
// runtime.MemStats, which stops the world for a few microseconds, rather
// than runtime/metrics, whose package initialiser would cost every start
// of the binary half a millisecond.
func writeRuntime(w *bufio.Writer) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	for _, m := range []struct {
		name, help, kind string
		value            float64
	}{
		{"go_goroutines", "Number of goroutines that currently exist.", "gauge", float64(runtime.NumGoroutine())},
		{"go_memstats_heap_alloc_bytes", "Number of heap bytes allocated and still in use.", "gauge", float64(ms.HeapAlloc)},
		{"go_memstats_sys_bytes", "Number of bytes obtained from system.", "gauge", float64(ms.Sys)},
		{"go_memstats_last_gc_time_seconds", "Number of seconds since 1970 of last garbage collection.", "gauge", float64(ms.LastGC) / 1e9},
	} {
		header(w, m.name, m.help, m.kind)
		sample(w, m.name, "", m.value)
	}
	header(w, "go_info", "Information about the Go environment.", "gauge")
	sample(w, "go_info", `version="`+labelEscaper.Replace(runtime.Version())+`"`, 1)
	writeProcess(w)
}
