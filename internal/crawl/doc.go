// Package crawl runs one crawl of a news site into an out dir: the scraper
// finds and fetches the article pages, the cleaner turns each into its
// article, the store keeps it. It is the part shared by `pith crawl` and the
// daemon (`pith run`).
//
// It is the wiring of the path fetch → scraper → cleaner → store, just
// below the face (internal/cli, internal/config): the one package that
// knows all three steps. Settings is the one table of crawl settings that
// the flags of `pith crawl` and the keys of pith.yaml are made from.
//
// A crawl is incremental and resumable. Requests for pages already stored
// are conditional (If-None-Match / If-Modified-Since), so a re-crawl of an
// unchanged site rewrites nothing; a crawl interrupted by a signal or killed
// is resumed by the next one, which does not fetch again what the
// interrupted one stored.
//
// With Config.Redis, the crawl is shared by every process started with
// the same seeds, Redis and out dir (internal/shared keeps its state);
// shared.go opens the Redis and each worker's own state database.
package crawl
