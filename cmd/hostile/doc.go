// Command hostile plays a hostile site and a hostile client on loopback,
// for the measured runs of the README ("Hostile sites and clients").
//
// Usage:
//
//	go run ./cmd/hostile site [-addr 127.0.0.1:8090]
//	    serves internal/testkit/hostile: /cal?month=1 (an endless
//	    calendar), /sid/ (a session id in every link), /deep/ (ever deeper
//	    relative links), /sitemap-many.xml (100 sitemaps of 50,000 URLs),
//	    /nested.xml (10 MiB of nested elements), until interrupted.
//
//	go run ./cmd/hostile trickle [-addr 127.0.0.1:8080] [-n 8] [-html FILE]
//	    opens n connections to pith serve that trickle a POST /v1/clean
//	    body a byte a second, then posts the page FILE (the user's example
//	    by default) and prints how long the answer took and its status.
//
// It only ever listens on and connects to loopback addresses. It is a
// program for people, not part of pith.
package main
