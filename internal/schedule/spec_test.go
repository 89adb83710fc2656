package schedule

import (
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	from := time.Date(2026, 3, 1, 10, 7, 0, 0, time.UTC)
	tests := []struct {
		spec string
		want time.Time // Next(from)
	}{
		{"30m", from.Add(30 * time.Minute)},
		{" 2s ", from.Add(2 * time.Second)},
		{"1h30m", from.Add(90 * time.Minute)},
		{"CRON_TZ=UTC 0 */2 * * *", time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)},
		{"CRON_TZ=UTC */15 * * * *", time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC)},
		{"CRON_TZ=UTC @daily", time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)},
		{"@every 1h", from.Add(time.Hour)},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			s, err := Parse(tc.spec)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.spec, err)
			}
			if got := s.Next(from); !got.Equal(tc.want) {
				t.Errorf("Next(%s): got %s, want %s", from, got, tc.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		spec string
		want string
	}{
		{"", "empty"},
		{"500ms", "shorter than"},
		{"-5m", "shorter than"},
		{"0s", "shorter than"},
		{"every 5 minutes", "neither a duration"},
		{"* * *", "neither a duration"},
		{"61 * * * *", "neither a duration"},
		{"30 minutes", "neither a duration"},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			_, err := Parse(tc.spec)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Parse(%q): got error %v, want one containing %q", tc.spec, err, tc.want)
			}
		})
	}
}
