// Command loadtest measures pith serve under load: C concurrent clients
// post one HTML page inline to POST /v1/clean for a fixed time, and it
// reports requests per second, latency percentiles, errors, and the
// server's resident memory (RSS) over the run.
//
// Usage:
//
//	go build -o /tmp/pith ./cmd/pith
//	go run ./cmd/loadtest -pith /tmp/pith            # spawns `pith serve` on loopback
//	go run ./cmd/loadtest -addr 127.0.0.1:8080 -pid N   # a server already running
//	go run ./cmd/loadtest                             # a server in this process
//
// Flags: -c clients (64), -d duration (30s), -warmup (3s, not measured),
// -html the page (testdata/pages/example-techoutlook.html, the user's
// example: a real 37 KB news page), -url its address.
// It exits non-zero if any request failed. Traffic stays on loopback.
//
// It measures the short path of the API, fetch → cleaner, with the page
// given inline (so: the cleaner under concurrency); it is a program for
// people, not part of pith.
package main
