package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/pith-news/pith/bench/dataset"
	"github.com/pith-news/pith/bench/tools"
)

// toolRun is what one child process produced.
type toolRun struct {
	tool tools.Tool
	// records maps set name, then page id, to the page's result.
	records map[string]map[string]record
	// peakRSS is the child's maximum resident set size in bytes, as it
	// reports it (VmHWM).
	peakRSS int64
	wall    time.Duration
}

// runDriver runs one child per tool, scores the results and reports them.
func runDriver(c config) error {
	var err error
	if c.timeoutD, err = time.ParseDuration(c.timeout); err != nil {
		return fmt.Errorf("-timeout: %w", err)
	}
	if c.repeat < 1 {
		return fmt.Errorf("-repeat: %d, want 1 or more", c.repeat)
	}
	loadStart := loadAvg()
	var sets []*dataset.Set
	for _, name := range c.sets {
		s, err := dataset.Load(filepath.Join(c.data, name), c.pages)
		if err != nil {
			return err
		}
		sets = append(sets, s)
	}
	var ts []tools.Tool
	for _, name := range c.tools {
		t, err := tools.ByName(name)
		if err != nil {
			return fmt.Errorf("-tools: %w", err)
		}
		ts = append(ts, t)
	}
	jobs, err := makeJobs(sets)
	if err != nil {
		return err
	}

	dir, err := os.MkdirTemp("", "pith-bench-")
	if err != nil {
		return fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(dir)
	bins, err := buildChildren(dir, c.tools)
	if err != nil {
		return err
	}

	idle, err := runTool(bins[idleTool], idleTool, jobs, c)
	if err != nil {
		return err
	}
	var runs []*toolRun
	for _, t := range ts {
		slog.Info("running", "tool", t.Name, "pages", len(jobs))
		r, err := runTool(bins[t.Name], t.Name, jobs, c)
		if err != nil {
			return err
		}
		r.tool = t
		slog.Info("done", "tool", t.Name, "wall", r.wall.Round(time.Second), "peak_rss_mb", mb(r.peakRSS))
		runs = append(runs, r)
	}

	rep := buildReport(c, sets, runs, idle.peakRSS)
	rep.loadStart, rep.loadEnd = loadStart, loadAvg()
	md := rep.markdown()
	fmt.Print(md)
	if c.out != "" {
		if err := os.WriteFile(c.out, []byte(md), 0o644); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		slog.Info("wrote", "file", c.out)
	}
	if c.dump != "" {
		if err := dump(c.dump, sets, runs, rep); err != nil {
			return err
		}
		slog.Info("dumped predictions", "dir", c.dump)
	}
	return nil
}

// makeJobs lists every page of every set, with absolute set directories so
// that the child does not depend on its working directory.
func makeJobs(sets []*dataset.Set) ([]job, error) {
	var jobs []job
	for _, s := range sets {
		dir, err := filepath.Abs(s.Dir)
		if err != nil {
			return nil, fmt.Errorf("set %s: %w", s.Name, err)
		}
		for _, id := range s.IDs {
			jobs = append(jobs, job{Set: s.Name, Dir: dir, ID: id, URL: s.Truth[id].URL})
		}
	}
	return jobs, nil
}

// runTool starts exe, this program built for tool, as the child for tool,
// feeds it the jobs and collects its records and its peak RSS.
func runTool(exe, tool string, jobs []job, c config) (*toolRun, error) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeoutD)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, "-tool", tool, "-repeat", strconv.Itoa(c.repeat))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("run %s: %w", tool, err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("run %s: %w", tool, err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("run %s: start child: %w", tool, err)
	}
	go func() {
		enc := json.NewEncoder(stdin)
		for _, j := range jobs {
			if enc.Encode(j) != nil {
				break
			}
		}
		stdin.Close()
	}()
	run := &toolRun{records: map[string]map[string]record{}}
	dec := json.NewDecoder(stdout)
	var readErr error
	for {
		var r record
		if err := dec.Decode(&r); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			readErr = fmt.Errorf("run %s: read record: %w", tool, err)
			io.Copy(io.Discard, stdout)
			break
		}
		if r.Set == "" {
			run.peakRSS = r.PeakRSS
			continue
		}
		if run.records[r.Set] == nil {
			run.records[r.Set] = map[string]record{}
		}
		run.records[r.Set][r.ID] = r
	}
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("run %s: child: %w", tool, err)
	}
	if readErr != nil {
		return nil, readErr
	}
	run.wall = time.Since(start)
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && run.peakRSS == 0 {
		// Only if the child could not read its VmHWM: on Linux, Maxrss
		// also counts this parent's RSS at the time of the fork.
		run.peakRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	if n := countRecords(run); n != len(jobs) {
		return nil, fmt.Errorf("run %s: child returned %d of %d pages", tool, n, len(jobs))
	}
	return run, nil
}

func countRecords(r *toolRun) int {
	n := 0
	for _, m := range r.records {
		n += len(m)
	}
	return n
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }
