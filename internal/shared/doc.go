// Package shared keeps the state of one crawl in Redis, so that several
// pith processes, on one machine or many, run it together (pith crawl
// --redis).
//
// A Crawl implements scraper.Shared (the frontier, the seen set,
// robots.txt and the politeness of each host) and store.Shared (the
// validators and content hash of each fetched URL, the owner of each
// content hash); its Sites is a store.SiteState (site learning's counts,
// for every crawl of the database, written in optimistic transactions).
// Every other step that more than one process may take at once is one Lua
// script, so it is atomic on the server:
//
//   - Start begins a generation of the crawl (its frontier and seen set)
//     and queues the seeds, or joins the generation in progress.
//   - Next claims a queued URL with a lease (Lease, 15s by default) that
//     a goroutine renews every third of it while the URL is worked on. A
//     lease that runs out (its process died) puts the URL back at the
//     head of the frontier. The crawl is over when nothing is queued and
//     no lease is held.
//   - Turn holds the politeness of a host for every process: the number
//     of requests in flight (each one a short lease too) and the time of
//     the next start, read from the server's clock.
//
// A Redis that cannot be reached is retried with backoff for RetryFor (one
// minute by default); then the call fails with ErrLost and the crawl
// stops. The keys are under "pith:"; see keys.go.
//
// Files: crawl.go (Open, Options, retries, Start), frontier.go (Add, See,
// Next, Done, Take, the leases), host.go (Turn, HoldOff, Robots), state.go
// (the store's shared state), sites.go (site learning's counts,
// store.SiteState, in optimistic transactions), keys.go (key names).
package shared
