// Package schedule runs named jobs on their own schedules: a fixed interval
// (Every) or a cron expression, each parsed by Parse.
//
// A Scheduler runs every job once at start, then each time its schedule says
// it is due, plus a random jitter of up to Job.Jitter. It never runs two runs
// of one job at once: a run still going when the next is due makes that next
// run skipped (and logged), not queued. A job that fails or panics is logged
// and scheduled again as usual; it never stops the others. Update swaps the
// job list while the scheduler runs (for a config reload), keeping each
// surviving job's place in its schedule.
//
// The scheduler reads the time through the time package only (time.Now and
// timers), so tests drive it with testing/synctest's fake clock.
//
// It is at the face, before the path fetch → scraper → cleaner → store:
// `pith run` starts each site's crawl (internal/crawl) when it is due.
package schedule
