// Package cli implements pith's command line: it parses flags, maps them onto
// the library packages' Config and Options, and prints results. cmd/pith only
// calls Run.
//
// It is where a newcomer starts. The data path runs from here:
// `pith crawl` (crawl.go, flags made from internal/crawl.Settings) →
// internal/crawl → scraper → cleaner → store; `pith run` (daemon.go) reads
// pith.yaml with internal/config and runs the same crawls on the
// schedules of internal/schedule; `pith clean` (clean.go) and `pith serve`
// (serve.go, internal/server) go fetch (internal/machinery/fetch) →
// cleaner; `pith export` (export.go) reads the store.
//
// Files: cli.go (Run, the command table), one file per command, settings.go
// (the crawl settings as flags), flags.go (flag helpers), shared.go (the
// --redis of pith sites, reclean and clean: the learning a shared crawl's
// workers keep in Redis).
package cli
