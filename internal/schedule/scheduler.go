package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"runtime/debug"
	"sync"
	"time"
)

// Job is one named task run on a schedule.
type Job struct {
	// Name identifies the job; it is unique within a scheduler. Across an
	// Update, a job with the same name is the same job: it keeps its place
	// in its schedule and never overlaps its own earlier run.
	Name string
	// Schedule says when the job is due.
	Schedule Schedule
	// Jitter is the most a run may start after it is due; each run waits a
	// random time in [0, Jitter). 0 means no jitter.
	Jitter time.Duration
	// Run does the work. Its ctx is cancelled when the scheduler stops; Run
	// should then finish what it must (such as writes in flight) and return.
	Run func(ctx context.Context) error
}

// Config tunes a Scheduler. The zero value is ready to use.
type Config struct {
	// Logger receives one record per run started, finished, failed or
	// skipped; nil discards them.
	Logger *slog.Logger
	// Rand returns a random number in [0, 1) for jitter; nil means
	// math/rand/v2.Float64.
	Rand func() float64
}

// Scheduler runs jobs on their schedules. Create it with New, start it with
// Run, and change its jobs with Update. Update is safe for concurrent use.
type Scheduler struct {
	log  *slog.Logger
	rand func() float64

	mu      sync.Mutex // guards pending and started
	pending []Job      // jobs handed over by New or Update, not yet taken by Run
	started bool       // Run has been called

	update chan struct{} // has a value when pending has changed
}

// New returns a Scheduler for jobs. It fails if a job has no name, no
// schedule or no Run function, a negative jitter, or a name used twice.
func New(cfg Config, jobs []Job) (*Scheduler, error) {
	if err := validate(jobs); err != nil {
		return nil, err
	}
	s := &Scheduler{
		log:    cfg.Logger,
		rand:   cfg.Rand,
		update: make(chan struct{}, 1),
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.rand == nil {
		s.rand = rand.Float64
	}
	s.pending = jobs
	return s, nil
}

// Update replaces the scheduler's jobs with jobs, checked as New does. A job
// whose name is new runs at once (plus jitter); a job that keeps its name
// keeps its place in its (possibly new) schedule; a job that is gone is no
// longer scheduled, but a run of it in progress finishes. On error the old
// jobs stay.
func (s *Scheduler) Update(jobs []Job) error {
	if err := validate(jobs); err != nil {
		return err
	}
	s.mu.Lock()
	s.pending = jobs
	s.mu.Unlock()
	select {
	case s.update <- struct{}{}:
	default: // a signal is already waiting; Run will see the newest jobs
	}
	return nil
}

func validate(jobs []Job) error {
	seen := make(map[string]bool, len(jobs))
	for i, j := range jobs {
		switch {
		case j.Name == "":
			return fmt.Errorf("schedule: job %d has no name", i)
		case seen[j.Name]:
			return fmt.Errorf("schedule: job name %q used twice", j.Name)
		case j.Schedule == nil:
			return fmt.Errorf("schedule: job %q has no schedule", j.Name)
		case j.Run == nil:
			return fmt.Errorf("schedule: job %q has no Run function", j.Name)
		case j.Jitter < 0:
			return fmt.Errorf("schedule: job %q has a negative jitter %s", j.Name, j.Jitter)
		}
		seen[j.Name] = true
	}
	return nil
}

// entry is the run loop's view of one job.
type entry struct {
	job  Job
	last time.Time // when the job was last due; zero before its first run
	due  time.Time // when it is due next (zero: never again)
	at   time.Time // due plus jitter: when it fires
}

type result struct {
	name  string
	start time.Time
	err   error
}

// Run runs the jobs until ctx is cancelled, then waits for the runs in
// progress (whose ctx is cancelled too) to return, and returns nil. It
// returns an error only if it is called twice. Run must not be called
// again after it returns.
func (s *Scheduler) Run(ctx context.Context) error {
	s.mu.Lock()
	if s.started {
		s.mu.Unlock()
		return errors.New("schedule: Run called twice")
	}
	s.started = true
	s.mu.Unlock()

	var (
		entries = map[string]*entry{}
		running = map[string]bool{} // names with a run in progress
		done    = make(chan result) // each run sends once
		wg      sync.WaitGroup
		timer   = time.NewTimer(0)
	)
	defer timer.Stop()
	s.take(entries, time.Now())

	for {
		next := earliest(entries)
		if next.IsZero() {
			timer.Stop()
		} else {
			timer.Reset(time.Until(next))
		}
		select {
		case <-ctx.Done():
			s.log.Info("scheduler stopping", "running", len(running))
			for len(running) > 0 {
				r := <-done
				delete(running, r.name)
				s.logResult(r)
			}
			wg.Wait()
			return nil
		case <-s.update:
			s.take(entries, time.Now())
		case r := <-done:
			delete(running, r.name)
			s.logResult(r)
		case <-timer.C:
			now := time.Now()
			for _, e := range entries {
				if e.at.IsZero() || e.at.After(now) {
					continue
				}
				if running[e.job.Name] {
					s.log.Warn("run skipped: the previous run is still going", "site", e.job.Name, "due", e.due)
				} else {
					running[e.job.Name] = true
					job := e.job
					wg.Go(func() {
						start := time.Now()
						s.log.Info("run started", "site", job.Name)
						done <- result{name: job.Name, start: start, err: runJob(ctx, job)}
					})
				}
				e.last = e.due
				s.plan(e, now)
			}
		}
	}
}

// take installs the pending jobs into entries.
func (s *Scheduler) take(entries map[string]*entry, now time.Time) {
	s.mu.Lock()
	jobs := s.pending
	s.pending = nil
	s.mu.Unlock()
	if jobs == nil {
		return
	}
	keep := make(map[string]bool, len(jobs))
	for _, j := range jobs {
		keep[j.Name] = true
		e, ok := entries[j.Name]
		if !ok {
			e = &entry{}
			entries[j.Name] = e
		}
		e.job = j
		s.plan(e, now)
	}
	for name := range entries {
		if !keep[name] {
			delete(entries, name)
		}
	}
	s.log.Info("sites scheduled", "sites", len(entries))
}

// plan sets e's next due time after e.last (now, for a job never run) and
// the jittered time it fires. Runs missed while the process was stopped or
// the machine asleep are collapsed into one.
func (s *Scheduler) plan(e *entry, now time.Time) {
	if e.last.IsZero() {
		e.due = now
	} else {
		e.due = e.job.Schedule.Next(e.last)
		if !e.due.IsZero() && !e.due.After(now) {
			e.due = e.job.Schedule.Next(now)
		}
	}
	if e.due.IsZero() {
		e.at = time.Time{}
		s.log.Warn("job never due again", "site", e.job.Name)
		return
	}
	e.at = e.due.Add(time.Duration(s.rand() * float64(e.job.Jitter)))
	s.log.Info("next run", "site", e.job.Name, "at", e.at.Round(time.Second), "in", e.at.Sub(now).Round(time.Second).String())
}

// seconds is d in seconds, to the millisecond, for logs.
func seconds(d time.Duration) float64 {
	return float64(d.Round(time.Millisecond)) / float64(time.Second)
}

func earliest(entries map[string]*entry) time.Time {
	var t time.Time
	for _, e := range entries {
		if !e.at.IsZero() && (t.IsZero() || e.at.Before(t)) {
			t = e.at
		}
	}
	return t
}

// runJob runs j, turning a panic into an error so one job cannot bring the
// scheduler down.
func runJob(ctx context.Context, j Job) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("schedule: job %q panicked: %v\n%s", j.Name, v, debug.Stack())
		}
	}()
	return j.Run(ctx)
}

func (s *Scheduler) logResult(r result) {
	dur := time.Since(r.start)
	if r.err != nil {
		s.log.Error("run failed", "site", r.name, "elapsed_s", seconds(dur), "err", r.err)
		return
	}
	s.log.Info("run finished", "site", r.name, "elapsed_s", seconds(dur))
}
