// Package store keeps clean articles on disk, one JSON file per article, and
// remembers what it fetched so that the next crawl only fetches what changed.
// It is the last step of the path fetch → scraper → cleaner → store:
// internal/crawl hands it each article the cleaner made of a crawled page.
//
// # Layout
//
// An out dir holds article files and one hidden directory:
//
//	DIR/<host>/<slug>-<hash>.json   one article, the schema of `pith clean`
//	DIR/.pith/state.db              the state database (bbolt)
//	DIR/.pith/tmp/                  temporary files of writes in progress
//	DIR/.pith/warc/                 the raw responses of stored pages (internal/archive)
//	DIR/.pith/workers/HOST-N/       the same, for each worker of a
//	                                crawl shared through Redis (Config.StateDir)
//
// The file name of an article is derived from its canonical URL by [Path]:
// a sanitised host directory, a slug of the last path segment and a hash of
// the whole URL. No URL, however hostile, names a file outside DIR, and all
// file access goes through an [os.Root] opened on DIR. Outside DIR/.pith
// there are article files and nothing else, so
//
//	find DIR -name '*.json' -not -path '*/.pith/*'
//
// lists exactly the stored articles.
//
// # Writes
//
// [Dir.Put] writes an article atomically: into a temporary file under
// DIR/.pith/tmp, flushed and fsynced, renamed into place, and the directory
// fsynced. A crash or a kill leaves either the old file or the new one,
// never a partial one; leftover temporary files are swept by [Open]. A write
// error (a full disk) is returned and leaves no partial file.
//
// The state database records, per fetched URL, the time of the last fetch,
// the ETag and Last-Modified validators, the content hash and the stored
// path. Put stores an article reached at two URLs once ([Duplicate]), does
// not rewrite an unchanged one ([Unchanged]), and rewrites a changed one with
// its modified and fetched_at times updated ([Updated]). [Dir.Validators]
// feeds conditional requests, [Dir.Touch] records a 304 Not Modified, and
// [Run] remembers crawls so that an interrupted one can be resumed.
//
// Several processes may write one out dir at once when each has its own
// Config.StateDir and they share a [Shared] state (pith crawl --redis):
// the state of each fetched URL and the owner of each content hash are
// then kept there, so that an article is stored once across them and a
// conditional request uses what any of them fetched.
//
// # Reading
//
// [Walk], [Get] and [GetPath] read the article files directly and need
// neither the state database nor its lock, so another process (pith
// export) can read an out dir while a crawl writes to it. [JSONL] streams
// articles as JSON lines.
//
// # Records and the index
//
// The state database also keeps, in the transactions that commit a Put or
// a Touch (and in batches for [Dir.Note]), a [Record] per URL the crawl met
// (its [Verdict] and reason: what pith why prints), an index of the stored
// articles by fetch time ([Entry]), and counts per host and verdict. They
// are read through [OpenIndex], without the lock: the state database when
// no crawl holds it, otherwise the snapshot (DIR/.pith/index.db) a crawl
// writes when it opens the store, at most every [SnapshotEvery] while it
// runs, and when it closes it. [Index.Entries] costs what it visits, so a
// page of results costs the same at any size of store.
//
// # Files
//
// store.go (Dir, Open, Close, the types of Put), put.go (Put: decide, then
// write, then commit the state), write.go (atomic file writes), state.go
// (the state database: Touch, Validators, Run), shared.go (Shared), record.go (Record, Note,
// the tallies), index.go (the index: its keys, entries and rebuild),
// query.go (OpenIndex and its queries), snapshot.go (the readers' copy),
// read.go (Walk, Get, GetPath), path.go (Path), jsonl.go (JSONL),
// sites.go (site learning: the counts of each site's blocks, Observe),
// sitereview.go (what was learned: LearnedBlocks, Sites, Pin, the sites
// that wait for a reclean), sitestate.go (SiteState, where the counts are
// kept, and its state database implementation),
// rewrite.go (where each article's response is archived, and Rewrite,
// which pith reclean writes through).
//
// # Site learning
//
// The state database also counts, per site (host), the blocks of the
// stored articles (internal/siteblocks cuts and judges them): how many
// articles each was seen in, at which place, and a sample of what those
// articles are about. [Dir.Observe] counts an article once per path and
// says when a block became the site's boilerplate; the counts survive
// restarts and grow with every crawl. A site that learned a block is marked
// until its stored articles are recleaned ([Dir.DirtySites],
// [Dir.CleanSite]); [Dir.Pin] takes a learned block back for article text.
// The counts live behind a [SiteState]: the state database's own, or one
// that processes share (Config.Sites; internal/shared keeps one in Redis),
// so that they learn together. Each process records in its own state
// database which marks it recleaned.
package store
