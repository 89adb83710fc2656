package since

import (
	"fmt"
	"time"
)

// Parse reads an RFC 3339 time, a date (2006-01-02, midnight UTC), or a
// duration back from now ("24h", "90m").
func Parse(s string, now time.Time) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("bad time %q (want RFC 3339 such as 2025-03-01T10:00:00Z, a date such as 2025-03-01, or a duration such as 24h)", s)
}
