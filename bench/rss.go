package main

import (
	"fmt"
	"strconv"
	"strings"
)

// peakRSS returns this process's peak resident set size in bytes, VmHWM in
// /proc/self/status. The parent cannot use getrusage's ru_maxrss for it: Go
// starts a child with vfork, and Linux carries the parent's RSS at that
// moment into the child's ru_maxrss, so every child would seem to peak at
// least as high as the driver, which holds the ground truth.
func peakRSS() (int64, error) {
	v := procField("/proc/self/status", "VmHWM")
	f := strings.Fields(v)
	if len(f) != 2 || f[1] != "kB" {
		return 0, fmt.Errorf("peak RSS: no VmHWM in /proc/self/status (%q)", v)
	}
	kb, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("peak RSS: %w", err)
	}
	return kb * 1024, nil
}
