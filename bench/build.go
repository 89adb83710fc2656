package main

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
)

// benchModule is this module's path; the driver must run in its directory.
const benchModule = "module github.com/pith-news/pith/bench"

// buildChildren builds this program once per tool, with only that tool
// linked in (tags onlytool,tool_<name>), and once with none (the idle
// floor). A tool's child process then holds no other tool's code or
// start-up data: go-trafilatura's date parser alone allocates about 78 MB
// at init, which would otherwise sit in every child, raise its RSS and
// slow its garbage collector's pace. It returns the binaries by tool name.
func buildChildren(dir string, names []string) (map[string]string, error) {
	gomod, err := os.ReadFile("go.mod")
	if err != nil || !bytes.HasPrefix(gomod, []byte(benchModule+"\n")) {
		return nil, fmt.Errorf("build children: run from the bench/ directory (its go.mod names %q)", benchModule)
	}
	bins := map[string]string{}
	for _, name := range append([]string{idleTool}, names...) {
		tags := "onlytool"
		if name != idleTool {
			tags += ",tool_" + name
		}
		bin := filepath.Join(dir, "bench-"+name)
		cmd := exec.Command("go", "build", "-tags", tags, "-o", bin, ".")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("build child for %s: %w", name, err)
		}
		bins[name] = bin
	}
	slog.Info("built children", "dir", dir, "tools", len(names))
	return bins, nil
}
