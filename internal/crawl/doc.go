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
// It also keeps the raw response of every stored page (archive, in
// DIR/.pith/warc) and learns each site's boilerplate from its own pages
// (learn.go): the blocks a site repeats under its articles are counted in
// the store, removed from the articles stored after they were learned, and
// from those stored before by a reclean from the archive at the end of the
// crawl (reclean.go, also `pith reclean`).
//
// With Config.Redis, the crawl is shared by every process started with
// the same seeds, Redis and out dir (internal/shared keeps its state);
// shared.go opens the Redis and each worker's own state database. The
// workers learn together: the site learning's counts are in Redis too
// (store.Config.Sites), each worker recleans at the end the articles it
// stored, and those of the workers gone (recleanIdle).
package crawl
