// Command pith cleans news pages down to the article, crawls news sites and
// keeps their articles as JSON. Run `pith help` for the commands.
//
// main only sets up signals and calls internal/cli.Run, where the data
// path starts: internal/cli → internal/crawl → scraper → cleaner → store
// for `pith crawl` and `pith run`, and internal/machinery/fetch → cleaner
// for `pith clean` and `pith serve`. See the README's layout section.
package main
