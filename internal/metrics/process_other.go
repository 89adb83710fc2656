//go:build !linux

package metrics

import "bufio"

// writeProcess writes nothing where there is no /proc.
func writeProcess(w *bufio.Writer) {}
