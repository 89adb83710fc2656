package fields

import (
	"strings"
	"testing"
)

func TestCount(t *testing.T) {
	tests := []struct {
		s    string
		want int // written by hand
	}{
		{"", 0},
		{"   ", 0},
		{"one", 1},
		{" one  two\tthree\n", 3},
		{"a\vb\fc\rd", 4},
		{"non\u00a0breaking", 2},
		{"em\u2003space and\u3000ideographic", 4},
		{"zero\u200bwidth", 1}, // not a space to strings.Fields
		{"bad \xff\xfe bytes", 3},
		{"日本語の文", 1},
		{"l’été — déjà", 3},
	}
	for _, tc := range tests {
		if got := Count(tc.s); got != tc.want {
			t.Errorf("Count(%q) = %d, want %d", tc.s, got, tc.want)
		}
		if got := len(strings.Fields(tc.s)); got != tc.want {
			t.Errorf("the case is wrong: strings.Fields(%q) has %d fields, not %d", tc.s, got, tc.want)
		}
	}
}

func FuzzCount(f *testing.F) {
	for _, s := range []string{"", "a b", " \t\n", "x\u0085y", "\u00a0\u1680\u2028z", "\xc3", "a\xc3 b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Count(s), len(strings.Fields(s)); got != want {
			t.Errorf("Count(%q) = %d, strings.Fields has %d", s, got, want)
		}
	})
}
