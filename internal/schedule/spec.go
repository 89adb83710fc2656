package schedule

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Schedule says when a job is due next. A robfig/cron Schedule is one.
type Schedule interface {
	// Next returns the first time after t when the job is due, or the zero
	// time if it never is.
	Next(t time.Time) time.Time
}

// Every is a fixed interval: a job is due every d after the previous time
// it was due.
type Every time.Duration

// Next returns t plus the interval.
func (e Every) Next(t time.Time) time.Time { return t.Add(time.Duration(e)) }

// String returns the interval as a Go duration, such as "30m0s".
func (e Every) String() string { return time.Duration(e).String() }

// MinInterval is the shortest interval Parse accepts.
const MinInterval = time.Second

// Parse parses a schedule: a Go duration such as "30m" or "90s" (at least
// MinInterval) for a fixed interval, or a standard five-field cron expression
// such as "0 */2 * * *" (minute, hour, day of month, month, day of week),
// which may also be a descriptor such as "@hourly" or "@every 1h". Cron times
// are in the local time zone unless the spec starts with "CRON_TZ=Zone ".
func Parse(spec string) (Schedule, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil, fmt.Errorf("schedule: empty schedule")
	}
	if d, err := time.ParseDuration(spec); err == nil {
		if d < MinInterval {
			return nil, fmt.Errorf("schedule: interval %s is shorter than %s", d, MinInterval)
		}
		return Every(d), nil
	}
	s, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("schedule: %q is neither a duration (such as 30m) nor a cron expression (such as \"0 */2 * * *\"): %w", spec, err)
	}
	return s, nil
}
