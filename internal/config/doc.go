// Package config reads pith.yaml, the file that lists the sites `pith run`
// crawls on their schedules.
//
// The file is YAML. Decoding is strict: an unknown key, a value of the wrong
// type, a missing required key, a bad schedule, a bad URL or pattern, or two
// sites sharing a name or an out dir is an error, and Load reports every one
// it finds as an *Error naming the file, the line and column, and the reason.
//
//	defaults:                  # optional; any site key but name, seeds, out, jsonl
//	  delay: 1s
//	  user_agent: "pith (+https://example.org/contact)"
//	sites:
//	  - name: example-news     # [A-Za-z0-9._-], unique
//	    seeds: [https://news.example/]
//	    schedule: 30m          # a duration, or a cron expression such as "0 */2 * * *"
//	    out: ./articles/example-news
//	    delay: 1s
//
// The other site keys are the crawl settings, made from the same table as
// the flags of `pith crawl` (internal/crawl.Fields, with its defaults and
// its checks): scope, include, exclude, depth, max_pages, parallel, delay,
// user_agent, timeout, retries, ignore_robots, keep, archive and learn; plus jitter and
// jsonl. Relative paths (out, jsonl) are
// taken from the directory of the config file, not the working directory, so
// the file means the same wherever the daemon is started. YAML anchors,
// aliases and merge keys (<<) work.
//
// Files: config.go (Config, Site, Load, the file's layout), site.go (the
// keys of a site), yaml.go (reading YAML nodes: merge keys, types,
// positions).
//
// It sits at the face of pith, before the path fetch → scraper → cleaner
// → store: `pith run` turns each Site into a crawl (internal/crawl).
package config
