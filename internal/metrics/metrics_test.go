package metrics

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func TestWriteText(t *testing.T) {
	tests := []struct {
		name string
		use  func(r *Registry)
		want string // the registry's own families, before the runtime's
	}{
		{
			name: "counter vec, labels written by name, series by value",
			use: func(r *Registry) {
				c := r.CounterVec("jobs_total", "Jobs done.", "site", "result")
				c.WithLabelValues("b", "ok").Inc()
				c.WithLabelValues("a", "ok").Add(2.5)
				c.WithLabelValues("a", "error").Inc()
				c.WithLabelValues("a", "error").Add(-3) // ignored: counters only go up
			},
			want: `# HELP jobs_total Jobs done.
# TYPE jobs_total counter
jobs_total{result="error",site="a"} 1
jobs_total{result="ok",site="a"} 2.5
jobs_total{result="ok",site="b"} 1
`,
		},
		{
			name: "escaping of label values and help",
			use: func(r *Registry) {
				r.CounterVec("odd_total", "Back\\slash and\nnewline.", "v").WithLabelValues("say \"hi\"\\\n").Inc()
			},
			want: `# HELP odd_total Back\\slash and\nnewline.
# TYPE odd_total counter
odd_total{v="say \"hi\"\\\n"} 1
`,
		},
		{
			name: "gauges, an unused vec has a header and no series",
			use: func(r *Registry) {
				g := r.Gauge("busy", "Busy workers.")
				g.Inc()
				g.Inc()
				g.Dec()
				r.GaugeVec("last_seconds", "Last run.", "site")
				r.Gauge("ratio", "A ratio.").Set(0.25)
			},
			want: `# HELP busy Busy workers.
# TYPE busy gauge
busy 1
# HELP last_seconds Last run.
# TYPE last_seconds gauge
# HELP ratio A ratio.
# TYPE ratio gauge
ratio 0.25
`,
		},
		{
			name: "histogram: cumulative buckets, a bound is inclusive, +Inf counts all",
			use: func(r *Registry) {
				h := r.Histogram("took_seconds", "Time taken.", []float64{1, 0.5})
				for _, v := range []float64{0.2, 0.5, 0.7, 3} {
					h.Observe(v)
				}
			},
			want: `# HELP took_seconds Time taken.
# TYPE took_seconds histogram
took_seconds_bucket{le="0.5"} 2
took_seconds_bucket{le="1"} 3
took_seconds_bucket{le="+Inf"} 4
took_seconds_sum 4.4
took_seconds_count 4
`,
		},
		{
			name: "histogram vec: le after the other labels",
			use: func(r *Registry) {
				r.HistogramVec("run_seconds", "Runs.", ExponentialBuckets(1, 10, 2), "site").WithLabelValues("x").Observe(50)
			},
			want: `# HELP run_seconds Runs.
# TYPE run_seconds histogram
run_seconds_bucket{site="x",le="1"} 0
run_seconds_bucket{site="x",le="10"} 0
run_seconds_bucket{site="x",le="+Inf"} 1
run_seconds_sum{site="x"} 50
run_seconds_count{site="x"} 1
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRegistry()
			tt.use(r)
			var b strings.Builder
			if err := r.WriteText(&b); err != nil {
				t.Fatal(err)
			}
			got := b.String()
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got\n%s\nwant it to start with\n%s", got, tt.want)
			}
			if !strings.Contains(got, "\ngo_goroutines ") {
				t.Error("no go_goroutines")
			}
			if runtime.GOOS == "linux" && !strings.Contains(got, "\nprocess_resident_memory_bytes ") {
				t.Error("no process_resident_memory_bytes on linux")
			}
		})
	}
}

// TestConcurrent adds from many goroutines at once; run it with -race.
func TestConcurrent(t *testing.T) {
	r := NewRegistry()
	c := r.CounterVec("n_total", "N.", "k")
	h := r.Histogram("h", "H.", []float64{1})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				c.WithLabelValues([]string{"a", "b"}[i%2]).Inc()
				h.Observe(0.5)
			}
			r.WriteText(new(strings.Builder))
		}()
	}
	wg.Wait()
	var b strings.Builder
	r.WriteText(&b)
	for _, want := range []string{`n_total{k="a"} 4000`, `n_total{k="b"} 4000`, `h_count 8000`, `h_bucket{le="1"} 8000`} {
		if !strings.Contains(b.String(), want+"\n") {
			t.Errorf("missing %q in\n%s", want, b.String())
		}
	}
}

func TestHandler(t *testing.T) {
	r := NewRegistry()
	r.Counter("hits_total", "Hits.").Inc()
	srv := httptest.NewServer(r.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(resp.Body); err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != ContentType {
		t.Errorf("Content-Type %q, want %q", ct, ContentType)
	}
	if !strings.Contains(b.String(), "\nhits_total 1\n") {
		t.Errorf("body:\n%s", b.String())
	}
}

func TestWrongLabelCount(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("two values for one label did not panic")
		}
	}()
	NewRegistry().CounterVec("x_total", "X.", "a").WithLabelValues("1", "2")
}
