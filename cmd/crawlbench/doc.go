// Command crawlbench measures `pith crawl` against a bare colly crawl of
// the same generated news site, served on loopback with politeness delays
// off: pages per second and peak RSS, each crawler run as its own process.
//
//	go run ./cmd/crawlbench                   # 1,000 and 10,000 articles
//	go run ./cmd/crawlbench -pages 10000 -parallel 4
//
// It builds cmd/pith (or uses -pith), serves internal/testkit/sitetest on
// 127.0.0.1, then for each site size runs
//
//   - pith: `pith crawl --delay 0 --parallel P --out TMP SEED`, which finds
//     the pages (robots.txt, sitemaps, feeds, links), cleans every article
//     and stores it (fsync included);
//   - colly: a child process of this command that fetches, with colly/v2
//     (Async, the same parallelism), the very URLs pith requested (the site
//     records them), and keeps nothing: the cost of fetching alone;
//   - pith re-crawl: the same pith crawl again into the same out dir, the
//     site unchanged; it reports how many article requests were
//     conditional, how many were answered 304, and how many files were
//     rewritten (a new inode or mtime).
//
// Peak RSS is the child's maximum resident set size, from wait4's rusage
// (the same figure as VmHWM in /proc/PID/status). The site runs in this
// process, on the same cores, for both crawlers.
//
// It measures the whole path fetch → scraper → cleaner → store as
// `pith crawl` runs it; it is a program for people, not part of pith.
package main
