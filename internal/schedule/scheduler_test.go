package schedule

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// recorder is a job that records when each of its runs started, relative to
// the start of the test bubble.
type recorder struct {
	t0 time.Time

	mu     sync.Mutex // guards starts
	starts []time.Duration
}

func newRecorder() *recorder { return &recorder{t0: time.Now()} }

func (r *recorder) run(ctx context.Context) error {
	r.mu.Lock()
	r.starts = append(r.starts, time.Since(r.t0))
	r.mu.Unlock()
	return nil
}

func (r *recorder) got() []time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]time.Duration(nil), r.starts...)
}

// logRecorder is a slog handler that keeps the messages it receives.
type logRecorder struct {
	mu   sync.Mutex // guards msgs
	msgs []string
}

func (h *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (h *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *logRecorder) WithGroup(string) slog.Handler            { return h }
func (h *logRecorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.msgs = append(h.msgs, r.Message)
	return nil
}

func (h *logRecorder) count(prefix string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, m := range h.msgs {
		if strings.HasPrefix(m, prefix) {
			n++
		}
	}
	return n
}

// start runs s in the bubble and returns a stop function that cancels it
// and waits for Run to return.
func start(t *testing.T, s *Scheduler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	errc := make(chan error, 1)
	go func() { errc <- s.Run(ctx) }()
	return func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("Run: got %v, want nil", err)
		}
	}
}

func secs(ss ...int) []time.Duration {
	d := make([]time.Duration, len(ss))
	for i, s := range ss {
		d[i] = time.Duration(s) * time.Second
	}
	return d
}

func TestRunInterval(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rec := newRecorder()
		s, err := New(Config{}, []Job{{Name: "a", Schedule: Every(10 * time.Second), Run: rec.run}})
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		time.Sleep(35 * time.Second)
		stop()
		if diff := cmp.Diff(secs(0, 10, 20, 30), rec.got()); diff != "" {
			t.Errorf("run starts (-want +got):\n%s", diff)
		}
	})
}

func TestRunCron(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		sched, err := Parse("CRON_TZ=UTC */5 * * * *")
		if err != nil {
			t.Fatal(err)
		}
		// The bubble's clock starts at midnight UTC; move off the boundary.
		time.Sleep(90 * time.Second)
		rec := newRecorder()
		s, err := New(Config{}, []Job{{Name: "a", Schedule: sched, Run: rec.run}})
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		time.Sleep(11 * time.Minute)
		stop()
		// First run at start (00:01:30), then 00:05 and 00:10.
		want := []time.Duration{0, 210 * time.Second, 510 * time.Second}
		if diff := cmp.Diff(want, rec.got()); diff != "" {
			t.Errorf("run starts (-want +got):\n%s", diff)
		}
	})
}

func TestRunJitter(t *testing.T) {
	tests := []struct {
		name string
		rand func() float64
		want []time.Duration
	}{
		{"none", func() float64 { return 0 }, secs(0, 10, 20)},
		{"half", func() float64 { return 0.5 }, secs(2, 12, 22)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				rec := newRecorder()
				s, err := New(Config{Rand: tc.rand}, []Job{{Name: "a", Schedule: Every(10 * time.Second), Jitter: 4 * time.Second, Run: rec.run}})
				if err != nil {
					t.Fatal(err)
				}
				stop := start(t, s)
				time.Sleep(25 * time.Second)
				stop()
				if diff := cmp.Diff(tc.want, rec.got()); diff != "" {
					t.Errorf("run starts (-want +got):\n%s", diff)
				}
			})
		})
	}
}

func TestRunJitterRandom(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rec := newRecorder()
		jitter := 3 * time.Second
		s, err := New(Config{}, []Job{{Name: "a", Schedule: Every(10 * time.Second), Jitter: jitter, Run: rec.run}})
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		time.Sleep(100 * time.Second)
		stop()
		got := rec.got()
		if len(got) != 10 {
			t.Fatalf("got %d runs, want 10: %v", len(got), got)
		}
		for i, d := range got {
			due := time.Duration(i) * 10 * time.Second
			if d < due || d >= due+jitter {
				t.Errorf("run %d started at %s, want in [%s, %s)", i, d, due, due+jitter)
			}
		}
	})
}

func TestRunNoOverlap(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var (
			mu        sync.Mutex // guards active, maxActive, starts
			active    int
			maxActive int
			starts    []time.Duration
		)
		t0 := time.Now()
		release := make(chan struct{})
		slow := func(ctx context.Context) error {
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			starts = append(starts, time.Since(t0))
			first := len(starts) == 1
			mu.Unlock()
			if first {
				<-release // the first run lasts until released
			}
			mu.Lock()
			active--
			mu.Unlock()
			return nil
		}
		logs := &logRecorder{}
		s, err := New(Config{Logger: slog.New(logs)}, []Job{{Name: "slow", Schedule: Every(time.Second), Run: slow}})
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		time.Sleep(3500 * time.Millisecond) // due at 1s, 2s, 3s: all skipped
		synctest.Wait()
		if got := logs.count("run skipped"); got != 3 {
			t.Errorf("got %d skipped runs logged, want 3", got)
		}
		close(release)
		time.Sleep(time.Second) // due at 4s: runs
		stop()
		mu.Lock()
		defer mu.Unlock()
		if maxActive != 1 {
			t.Errorf("got %d runs at once, want 1", maxActive)
		}
		if diff := cmp.Diff(secs(0, 4), starts); diff != "" {
			t.Errorf("run starts (-want +got):\n%s", diff)
		}
	})
}

func TestRunFailingJob(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		good := newRecorder()
		var bad, panicky recorder
		bad.t0, panicky.t0 = good.t0, good.t0
		logs := &logRecorder{}
		s, err := New(Config{Logger: slog.New(logs)}, []Job{
			{Name: "bad", Schedule: Every(10 * time.Second), Run: func(ctx context.Context) error {
				bad.run(ctx)
				return errors.New("site down")
			}},
			{Name: "panicky", Schedule: Every(10 * time.Second), Run: func(ctx context.Context) error {
				panicky.run(ctx)
				panic("boom")
			}},
			{Name: "good", Schedule: Every(10 * time.Second), Run: good.run},
		})
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		time.Sleep(25 * time.Second)
		stop()
		for name, r := range map[string]*recorder{"good": good, "bad": &bad, "panicky": &panicky} {
			if diff := cmp.Diff(secs(0, 10, 20), r.got()); diff != "" {
				t.Errorf("%s: run starts (-want +got):\n%s", name, diff)
			}
		}
		if got := logs.count("run failed"); got != 6 {
			t.Errorf("got %d failed runs logged, want 6", got)
		}
	})
}

func TestRunStopWaitsForRuns(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var wrote bool
		job := func(ctx context.Context) error {
			<-ctx.Done()
			// Finish a write after cancellation, as a crawl saves its state.
			time.Sleep(2 * time.Second)
			wrote = true
			return ctx.Err()
		}
		s, err := New(Config{}, []Job{{Name: "a", Schedule: Every(time.Hour), Run: job}})
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		time.Sleep(time.Second)
		stop()
		if !wrote {
			t.Error("Run returned before the run in progress finished")
		}
	})
}

func TestUpdate(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		keep, gone, added := newRecorder(), newRecorder(), newRecorder()
		release := make(chan struct{})
		goneRun := func(ctx context.Context) error {
			gone.run(ctx)
			<-release
			return nil
		}
		every10 := Every(10 * time.Second)
		s, err := New(Config{}, []Job{
			{Name: "keep", Schedule: every10, Run: keep.run},
			{Name: "gone", Schedule: every10, Run: goneRun},
		})
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		time.Sleep(5 * time.Second)
		// "gone" is still running; remove it, add "added", keep "keep".
		if err := s.Update([]Job{
			{Name: "keep", Schedule: every10, Run: keep.run},
			{Name: "added", Schedule: every10, Run: added.run},
		}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Second) // t = 15s
		// Bring "gone" back while its first run is still going: it must
		// not start a second run until the first returns.
		if err := s.Update([]Job{
			{Name: "keep", Schedule: every10, Run: keep.run},
			{Name: "added", Schedule: every10, Run: added.run},
			{Name: "gone", Schedule: every10, Run: goneRun},
		}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Second) // t = 20s
		synctest.Wait()
		if got := len(gone.got()); got != 1 {
			t.Errorf("gone: got %d runs while the first was still going, want 1", got)
		}
		close(release)
		time.Sleep(6 * time.Second) // t = 26s
		stop()
		if diff := cmp.Diff(secs(0, 10, 20), keep.got()); diff != "" {
			t.Errorf("keep: run starts (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(secs(5, 15, 25), added.got()); diff != "" {
			t.Errorf("added: run starts (-want +got):\n%s", diff)
		}
		// Re-added at 15s while running: due at once (skipped, still
		// running), then at 25s.
		if diff := cmp.Diff(secs(0, 25), gone.got()); diff != "" {
			t.Errorf("gone: run starts (-want +got):\n%s", diff)
		}
	})
}

func TestUpdateInvalidKeepsJobs(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rec := newRecorder()
		s, err := New(Config{}, []Job{{Name: "a", Schedule: Every(10 * time.Second), Run: rec.run}})
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		if err := s.Update([]Job{{Name: "a"}}); err == nil {
			t.Error("Update with a job without schedule: got nil error")
		}
		time.Sleep(15 * time.Second)
		stop()
		if diff := cmp.Diff(secs(0, 10), rec.got()); diff != "" {
			t.Errorf("run starts (-want +got):\n%s", diff)
		}
	})
}

func TestNewErrors(t *testing.T) {
	run := func(context.Context) error { return nil }
	every := Every(time.Minute)
	tests := []struct {
		name string
		jobs []Job
		want string
	}{
		{"no name", []Job{{Schedule: every, Run: run}}, "no name"},
		{"twice", []Job{{Name: "a", Schedule: every, Run: run}, {Name: "a", Schedule: every, Run: run}}, "used twice"},
		{"no schedule", []Job{{Name: "a", Run: run}}, "no schedule"},
		{"no run", []Job{{Name: "a", Schedule: every}}, "no Run"},
		{"negative jitter", []Job{{Name: "a", Schedule: every, Run: run, Jitter: -time.Second}}, "negative jitter"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(Config{}, tc.jobs)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestRunTwice(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s, err := New(Config{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		stop := start(t, s)
		synctest.Wait()
		if err := s.Run(t.Context()); err == nil {
			t.Error("second Run: got nil error")
		}
		stop()
	})
}
