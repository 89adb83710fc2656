package main

import (
	"context"
	"encoding/json"
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

	idle, err := runTools(bins, []string{idleTool}, jobs, c)
	if err != nil {
		return err
	}
	slog.Info("running", "tools", c.tools, "pages", len(jobs))
	runs, err := runTools(bins, c.tools, jobs, c)
	if err != nil {
		return err
	}
	for i, r := range runs {
		r.tool = ts[i]
		slog.Info("done", "tool", r.tool.Name, "wall", r.wall.Round(time.Second), "peak_rss_mb", mb(r.peakRSS))
	}

	rep := buildReport(c, sets, runs, idle[0].peakRSS)
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

// child is one tool's process, fed one page at a time.
type child struct {
	tool  string
	cmd   *exec.Cmd
	stdin io.WriteCloser
	enc   *json.Encoder
	dec   *json.Decoder
	run   *toolRun
}

// runTools starts one child per tool, each this program built for that
// tool, and hands them the jobs in turn: each page goes to every tool, one
// after the other, before the next page goes to any. A change in the
// machine's load over the run then falls on every tool alike, and the
// ratio of two tools' times holds when their absolute times drift. Only
// one child works at a time. It returns the tools' runs in order.
func runTools(bins map[string]string, names []string, jobs []job, c config) ([]*toolRun, error) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeoutD*time.Duration(len(names)))
	defer cancel()
	var children []*child
	defer func() {
		for _, ch := range children {
			if ch.cmd.ProcessState == nil {
				ch.stdin.Close()
				ch.cmd.Process.Kill()
				ch.cmd.Wait()
			}
		}
	}()
	for _, name := range names {
		ch, err := startChild(ctx, bins[name], name, c)
		if err != nil {
			return nil, err
		}
		children = append(children, ch)
	}
	for _, j := range jobs {
		for _, ch := range children {
			if err := ch.do(j); err != nil {
				return nil, err
			}
		}
	}
	runs := make([]*toolRun, len(children))
	for i, ch := range children {
		if err := ch.finish(len(jobs)); err != nil {
			return nil, err
		}
		runs[i] = ch.run
	}
	return runs, nil
}

// startChild starts exe, this program built for tool, as the child for
// tool.
func startChild(ctx context.Context, exe, tool string, c config) (*child, error) {
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
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("run %s: start child: %w", tool, err)
	}
	return &child{tool: tool, cmd: cmd, stdin: stdin, enc: json.NewEncoder(stdin), dec: json.NewDecoder(stdout),
		run: &toolRun{records: map[string]map[string]record{}}}, nil
}

// do hands the child one page and waits for its record.
func (ch *child) do(j job) error {
	start := time.Now()
	if err := ch.enc.Encode(j); err != nil {
		return fmt.Errorf("run %s: send page %s/%s: %w", ch.tool, j.Set, j.ID, err)
	}
	var r record
	if err := ch.dec.Decode(&r); err != nil {
		return fmt.Errorf("run %s: read record of %s/%s: %w", ch.tool, j.Set, j.ID, err)
	}
	ch.run.wall += time.Since(start)
	if r.Set != j.Set || r.ID != j.ID {
		return fmt.Errorf("run %s: sent %s/%s, got a record of %s/%s", ch.tool, j.Set, j.ID, r.Set, r.ID)
	}
	if ch.run.records[r.Set] == nil {
		ch.run.records[r.Set] = map[string]record{}
	}
	ch.run.records[r.Set][r.ID] = r
	return nil
}

// finish closes the child's input, reads its peak RSS and waits for it to
// exit; want is the number of pages it was given.
func (ch *child) finish(want int) error {
	ch.stdin.Close()
	var last record
	if err := ch.dec.Decode(&last); err != nil {
		ch.cmd.Wait()
		return fmt.Errorf("run %s: read peak RSS: %w", ch.tool, err)
	}
	ch.run.peakRSS = last.PeakRSS
	if err := ch.cmd.Wait(); err != nil {
		return fmt.Errorf("run %s: child: %w", ch.tool, err)
	}
	if ru, ok := ch.cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ch.run.peakRSS == 0 {
		// Only if the child could not read its VmHWM: on Linux, Maxrss
		// also counts this parent's RSS at the time of the fork.
		ch.run.peakRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	if n := countRecords(ch.run); n != want {
		return fmt.Errorf("run %s: child returned %d of %d pages", ch.tool, n, want)
	}
	return nil
}

func countRecords(r *toolRun) int {
	n := 0
	for _, m := range r.records {
		n += len(m)
	}
	return n
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }
