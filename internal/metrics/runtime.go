package metrics

import (
	"bufio"
	"runtime"
	rtmetrics "runtime/metrics"
)

// runtimeSamples are the Go runtime's figures written at each scrape,
// under the names client_golang's Go collector gives them.
var runtimeSamples = []struct {
	name, help, kind, source string
}{
	{"go_memstats_heap_alloc_bytes", "Bytes of allocated heap objects.", "gauge", "/memory/classes/heap/objects:bytes"},
	{"go_memstats_sys_bytes", "Bytes of memory obtained from the OS.", "gauge", "/memory/classes/total:bytes"},
	{"go_gc_cycles_total", "Garbage collection cycles completed.", "counter", "/gc/cycles/total:gc-cycles"},
}

func writeRuntime(w *bufio.Writer) {
	header(w, "go_goroutines", "Number of goroutines that currently exist.", "gauge")
	sample(w, "go_goroutines", "", float64(runtime.NumGoroutine()))
	header(w, "go_info", "Information about the Go environment.", "gauge")
	sample(w, "go_info", `version="`+labelEscaper.Replace(runtime.Version())+`"`, 1)
	s := make([]rtmetrics.Sample, len(runtimeSamples))
	for i, r := range runtimeSamples {
		s[i].Name = r.source
	}
	rtmetrics.Read(s)
	for i, r := range runtimeSamples {
		if s[i].Value.Kind() != rtmetrics.KindUint64 {
			continue // not in this Go version
		}
		header(w, r.name, r.help, r.kind)
		sample(w, r.name, "", float64(s[i].Value.Uint64()))
	}
	writeProcess(w)
}
