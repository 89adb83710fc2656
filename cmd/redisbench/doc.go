// Command redisbench measures pith crawl --redis: several workers on one
// crawl, on loopback, against a redis-server it starts itself (on a free
// loopback port, in a temporary directory, stopped at the end).
//
//	go run ./cmd/redisbench kill     # 120 articles, 50 ms answers, 3 workers, one SIGKILLed after 2 s
//	go run ./cmd/redisbench polite   # 3 workers, --delay 300ms --parallel 1, one host: requests/s it sees
//	go run ./cmd/redisbench scale    # 1, 2, 3 workers on 100 hosts, 127.0.0.2 on (-ports: ports of 127.0.0.1): pages/s
//	go run ./cmd/redisbench memory   # Redis memory for 100,000 URLs (INFO memory)
//	go run ./cmd/redisbench sites    # Redis memory of site learning for 100,000 articles
//
// It builds cmd/pith (or uses -pith) and runs each worker as its own
// process; the sites (internal/testkit/sitetest) run in this process. It
// is a program for people, not part of pith.
package main
