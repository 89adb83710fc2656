package main

import (
	"runtime"
	"runtime/debug"
)

// lateHeap is the memory `pith clean` may hold before its first garbage
// collection.
const lateHeap = 64 << 20

// collectLate turns the garbage collector off until the process holds
// limit bytes (or the GOMEMLIMIT given, when lower), and restores the
// collector's settings after that first collection. A clean of one page
// allocates a few megabytes and exits: collecting them three times cost
// about a tenth of its CPU and freed nothing that mattered. A large page or
// a long list of inputs is collected at the usual pace once past limit, so
// its peak memory is what it was (see the README's figures).
func collectLate(limit int64) {
	memLimit := debug.SetMemoryLimit(-1) // -1 reads the limit
	percent := debug.SetGCPercent(-1)
	debug.SetMemoryLimit(min(limit, memLimit))
	sentinel := new([16]byte)
	runtime.SetFinalizer(sentinel, func(*[16]byte) {
		debug.SetMemoryLimit(memLimit)
		debug.SetGCPercent(percent)
	})
}
