package schedule_test

import (
	"context"
	"fmt"
	"time"

	"github.com/pith-news/pith/internal/schedule"
)

func ExampleParse() {
	for _, spec := range []string{"30m", "CRON_TZ=UTC 0 */2 * * *"} {
		s, err := schedule.Parse(spec)
		if err != nil {
			fmt.Println(err)
			continue
		}
		from := time.Date(2026, 3, 1, 10, 7, 0, 0, time.UTC)
		fmt.Println(spec, "->", s.Next(from).Format(time.TimeOnly))
	}
	// Output:
	// 30m -> 10:37:00
	// CRON_TZ=UTC 0 */2 * * * -> 12:00:00
}

// ExampleScheduler runs one job every 30 minutes, the first time at start;
// here the job stops the scheduler after that first run.
func ExampleScheduler() {
	// A real program calls Run with the context that main cancels on SIGTERM.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	job := schedule.Job{
		Name:     "example-news",
		Schedule: schedule.Every(30 * time.Minute),
		Run: func(ctx context.Context) error {
			fmt.Println("crawling example-news")
			cancel()
			return nil
		},
	}
	s, err := schedule.New(schedule.Config{}, []schedule.Job{job})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := s.Run(ctx); err != nil {
		fmt.Println(err)
	}
	fmt.Println("stopped")
	// Output:
	// crawling example-news
	// stopped
}
