package metrics

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// clockTicks is the unit of /proc's CPU times: USER_HZ, 100 on every
// Linux architecture Go supports (procfs assumes the same).
const clockTicks = 100

// writeProcess writes the process's figures, under the names of
// client_golang's process collector, from /proc/self. A figure it cannot
// read is left out.
func writeProcess(w *bufio.Writer) {
	if stat, err := os.ReadFile("/proc/self/stat"); err == nil {
		// The fields after the command name, which is in parentheses and
		// may hold spaces: state is f[0], utime f[11], stime f[12],
		// starttime f[19], vsize f[20], rss f[21] (proc(5), from 3).
		if i := bytes.LastIndexByte(stat, ')'); i > 0 {
			f := strings.Fields(string(stat[i+1:]))
			if len(f) > 21 {
				num := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
				gaugeOrCounter(w, "process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter",
					(num(f[11])+num(f[12]))/clockTicks)
				gaugeOrCounter(w, "process_virtual_memory_bytes", "Virtual memory size in bytes.", "gauge", num(f[20]))
				gaugeOrCounter(w, "process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", num(f[21])*float64(os.Getpagesize()))
				if boot := bootTime(); boot > 0 {
					gaugeOrCounter(w, "process_start_time_seconds", "Start time of the process since unix epoch in seconds.", "gauge",
						boot+num(f[19])/clockTicks)
				}
			}
		}
	}
	if fds, err := os.ReadDir("/proc/self/fd"); err == nil {
		gaugeOrCounter(w, "process_open_fds", "Number of open file descriptors.", "gauge", float64(len(fds)))
	}
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil {
		gaugeOrCounter(w, "process_max_fds", "Maximum number of open file descriptors.", "gauge", float64(lim.Cur))
	}
}

// bootTime is the system's boot time from /proc/stat, in Unix seconds, or 0.
func bootTime() float64 {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "btime "); ok {
			t, _ := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return t
		}
	}
	return 0
}

func gaugeOrCounter(w *bufio.Writer, name, help, kind string, v float64) {
	header(w, name, help, kind)
	sample(w, name, "", v)
}
