package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-news/pith/store"
)

// Processes that share an out dir each have their own state directory,
// under .pith and nowhere else.
func TestStateDir(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		stateDir string
		ok       bool
	}{
		{"", true},
		{".pith/workers/a-1", true},
		{".pith/workers/a-2", true},
		{"state", false},
		{"../elsewhere", false},
		{".pith/../x", false},
		{filepath.Join(dir, ".pith"), false},
	} {
		d, err := store.Open(t.Context(), dir, store.Config{StateDir: tc.stateDir})
		if (err == nil) != tc.ok {
			t.Errorf("StateDir %q: %v, want ok %v", tc.stateDir, err, tc.ok)
		}
		if err != nil {
			continue
		}
		// Each one holds its own lock: all are open at once.
		defer d.Close()
		want := tc.stateDir
		if want == "" {
			want = ".pith"
		}
		if _, err := os.Stat(filepath.Join(dir, want, "state.db")); err != nil {
			t.Errorf("StateDir %q: %v", tc.stateDir, err)
		}
	}
}
