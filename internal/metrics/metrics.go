// Package metrics counts what pith does and writes it in the Prometheus
// text exposition format (version 0.0.4): counters, gauges and histograms,
// with or without labels, in a registry of their own, beside the process's
// CPU, memory and file descriptors and the Go runtime's goroutines and heap.
//
// It replaces prometheus/client_golang, whose package initialisers (its
// default registry and collectors, procfs, protocol buffers) cost about
// 9 ms of CPU at every start of the binary: a third of what a one-page
// `pith clean` may spend. pith needs a dozen metrics and the text format,
// which is a few hundred lines.
//
// Metric names and label names are the caller's constants and are not
// checked; label values and help texts are escaped.
package metrics

import (
	"bufio"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ContentType is the text format's media type.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// Registry holds metric families and writes them, in the order they were
// added, followed by the process and runtime metrics. It is safe for
// concurrent use.
type Registry struct {
	mu       sync.Mutex
	families []*family
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{} }

// A family is one metric name: its type, help, label names and series.
type family struct {
	name, help, kind string // kind: counter, gauge or histogram
	labels           []string
	order            []int     // label indexes in name order, as written
	buckets          []float64 // histograms' upper bounds, ascending

	mu     sync.Mutex
	series map[string]*series // by the label values joined with \xff
}

// series is one labelled metric of a family.
type series struct {
	values []string
	bits   atomic.Uint64 // counters and gauges: the float64's bits

	mu     sync.Mutex // histograms
	counts []uint64   // per bucket, not cumulative
	sum    float64
	count  uint64
}

func (r *Registry) add(name, help, kind string, buckets []float64, labels []string) *family {
	f := &family{name: name, help: help, kind: kind, labels: labels, buckets: buckets, series: map[string]*series{}}
	f.order = make([]int, len(labels))
	for i := range f.order {
		f.order[i] = i
	}
	slices.SortFunc(f.order, func(a, b int) int { return strings.Compare(labels[a], labels[b]) })
	r.mu.Lock()
	r.families = append(r.families, f)
	r.mu.Unlock()
	return f
}

// with returns the series of the label values, made on first use. It
// panics when the number of values is not the number of labels: that is
// a programming error, as in client_golang.
func (f *family) with(values []string) *series {
	if len(values) != len(f.labels) {
		panic("metrics: " + f.name + " takes " + strconv.Itoa(len(f.labels)) + " label values, got " + strconv.Itoa(len(values)))
	}
	key := strings.Join(values, "\xff")
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.series[key]
	if s == nil {
		s = &series{values: slices.Clone(values)}
		if f.kind == "histogram" {
			s.counts = make([]uint64, len(f.buckets))
		}
		f.series[key] = s
	}
	return s
}

func (s *series) add(v float64) {
	for {
		old := s.bits.Load()
		if s.bits.CompareAndSwap(old, math.Float64bits(math.Float64frombits(old)+v)) {
			return
		}
	}
}

func (s *series) value() float64 { return math.Float64frombits(s.bits.Load()) }

// Counter is a value that only goes up.
type Counter struct{ s *series }

// Inc adds 1.
func (c Counter) Inc() { c.s.add(1) }

// Add adds v, which must not be negative; a negative v is ignored.
func (c Counter) Add(v float64) {
	if v > 0 {
		c.s.add(v)
	}
}

// Gauge is a value that goes up and down.
type Gauge struct{ s *series }

// Set sets the value.
func (g Gauge) Set(v float64) { g.s.bits.Store(math.Float64bits(v)) }

// Inc adds 1.
func (g Gauge) Inc() { g.s.add(1) }

// Dec subtracts 1.
func (g Gauge) Dec() { g.s.add(-1) }

// SetToCurrentTime sets the value to the Unix time, in seconds.
func (g Gauge) SetToCurrentTime() { g.Set(float64(time.Now().UnixNano()) / 1e9) }

// Histogram counts observations in buckets.
type Histogram struct {
	s       *series
	buckets []float64
}

// Observe adds one observation.
func (h Histogram) Observe(v float64) {
	i, _ := slices.BinarySearch(h.buckets, v) // the first bound >= v
	h.s.mu.Lock()
	if i < len(h.s.counts) {
		h.s.counts[i]++
	}
	h.s.sum += v
	h.s.count++
	h.s.mu.Unlock()
}

// CounterVec is a counter with labels.
type CounterVec struct{ f *family }

// WithLabelValues returns the counter of these label values, in the order
// the labels were given.
func (v CounterVec) WithLabelValues(values ...string) Counter { return Counter{v.f.with(values)} }

// GaugeVec is a gauge with labels.
type GaugeVec struct{ f *family }

// WithLabelValues returns the gauge of these label values.
func (v GaugeVec) WithLabelValues(values ...string) Gauge { return Gauge{v.f.with(values)} }

// HistogramVec is a histogram with labels.
type HistogramVec struct{ f *family }

// WithLabelValues returns the histogram of these label values.
func (v HistogramVec) WithLabelValues(values ...string) Histogram {
	return Histogram{v.f.with(values), v.f.buckets}
}

// Counter adds a counter without labels.
func (r *Registry) Counter(name, help string) Counter {
	return Counter{r.add(name, help, "counter", nil, nil).with(nil)}
}

// CounterVec adds a counter with labels.
func (r *Registry) CounterVec(name, help string, labels ...string) CounterVec {
	return CounterVec{r.add(name, help, "counter", nil, labels)}
}

// Gauge adds a gauge without labels.
func (r *Registry) Gauge(name, help string) Gauge {
	return Gauge{r.add(name, help, "gauge", nil, nil).with(nil)}
}

// GaugeVec adds a gauge with labels.
func (r *Registry) GaugeVec(name, help string, labels ...string) GaugeVec {
	return GaugeVec{r.add(name, help, "gauge", nil, labels)}
}

// Histogram adds a histogram without labels, with these bucket upper
// bounds (sorted here; +Inf is implied).
func (r *Registry) Histogram(name, help string, buckets []float64) Histogram {
	f := r.add(name, help, "histogram", sortedBounds(buckets), nil)
	return Histogram{f.with(nil), f.buckets}
}

// HistogramVec adds a histogram with labels.
func (r *Registry) HistogramVec(name, help string, buckets []float64, labels ...string) HistogramVec {
	return HistogramVec{r.add(name, help, "histogram", sortedBounds(buckets), labels)}
}

func sortedBounds(b []float64) []float64 {
	b = slices.Clone(b)
	slices.Sort(b)
	return slices.Compact(slices.DeleteFunc(b, func(v float64) bool { return math.IsInf(v, 1) || math.IsNaN(v) }))
}

// ExponentialBuckets returns n bounds: start, start*factor, start*factor²…
func ExponentialBuckets(start, factor float64, n int) []float64 {
	b := make([]float64, n)
	for i := range b {
		b[i] = start
		start *= factor
	}
	return b
}

// Handler serves the registry in the text format.
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", ContentType)
		if req.Method == http.MethodHead {
			return
		}
		r.WriteText(w) // an error here is the client gone
	})
}

// WriteText writes every family, then the process and runtime metrics.
// Series are written sorted by their label values, labels by name.
func (r *Registry) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	r.mu.Lock()
	families := slices.Clone(r.families)
	r.mu.Unlock()
	for _, f := range families {
		f.write(bw)
	}
	writeRuntime(bw)
	return bw.Flush()
}

func (f *family) write(w *bufio.Writer) {
	f.mu.Lock()
	all := make([]*series, 0, len(f.series))
	for _, s := range f.series {
		all = append(all, s)
	}
	f.mu.Unlock()
	slices.SortFunc(all, func(a, b *series) int {
		for _, i := range f.order {
			if c := strings.Compare(a.values[i], b.values[i]); c != 0 {
				return c
			}
		}
		return 0
	})
	header(w, f.name, f.help, f.kind)
	for _, s := range all {
		labels := f.labelText(s.values)
		if f.kind != "histogram" {
			sample(w, f.name, labels, s.value())
			continue
		}
		s.mu.Lock()
		counts, sum, count := slices.Clone(s.counts), s.sum, s.count
		s.mu.Unlock()
		var cum uint64
		for i, b := range f.buckets {
			cum += counts[i]
			sample(w, f.name+"_bucket", withLabel(labels, "le", formatFloat(b)), float64(cum))
		}
		sample(w, f.name+"_bucket", withLabel(labels, "le", "+Inf"), float64(count))
		sample(w, f.name+"_sum", labels, sum)
		sample(w, f.name+"_count", labels, float64(count))
	}
}

// labelText is `a="x",b="y"`, labels in name order, or "".
func (f *family) labelText(values []string) string {
	var b strings.Builder
	for n, i := range f.order {
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(f.labels[i])
		b.WriteString(`="`)
		b.WriteString(labelEscaper.Replace(values[i]))
		b.WriteByte('"')
	}
	return b.String()
}

// withLabel adds one label after the others, as `le` goes last.
func withLabel(labels, name, value string) string {
	if labels != "" {
		labels += ","
	}
	return labels + name + `="` + value + `"`
}

var (
	labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	helpEscaper  = strings.NewReplacer(`\`, `\\`, "\n", `\n`)
)

func header(w *bufio.Writer, name, help, kind string) {
	w.WriteString("# HELP " + name + " " + helpEscaper.Replace(help) + "\n")
	w.WriteString("# TYPE " + name + " " + kind + "\n")
}

func sample(w *bufio.Writer, name, labels string, v float64) {
	w.WriteString(name)
	if labels != "" {
		w.WriteString("{" + labels + "}")
	}
	w.WriteString(" " + formatFloat(v) + "\n")
}

// formatFloat writes a value as the text format reads it.
func formatFloat(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
