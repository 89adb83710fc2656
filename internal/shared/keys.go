package shared

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Key names. A crawl's keys share the hash tag {K}, K a hash of its key
// (the seeds), so that its scripts touch one slot.
//
//	pith:crawl:{K}                 hash: gen (generation), state (running, done), started
//	pith:crawl:{K}:G:seen          set of 8-byte hashes of canonical URLs seen in generation G
//	pith:crawl:{K}:G:q:first       list of payloads: seeds' robots.txt, sitemaps, feeds; reclaimed leases
//	pith:crawl:{K}:G:q:pages       list of payloads: HTML pages
//	pith:crawl:{K}:G:q:docs        list of payloads: robots.txt, sitemaps, feeds
//	pith:crawl:{K}:G:leases        sorted set: payload → lease expiry (ms, server clock)
//	pith:crawl:{K}:G:reclaimed     counter of leases that ran out
//	pith:crawl:{K}:G:taken         counter of pages taken against MaxPages
//	pith:host:H                    hash: next (ms, server clock) of scheme://host H
//	pith:host:H:inflight           sorted set: turn token → lease expiry (ms)
//	pith:robots:H                  robots.txt of H, JSON (scraper.RobotsFile), for a day
//	pith:robots:H:lock             held while one process fetches it
//	pith:url:U                     JSON (store.URLState) of fetched URL U
//	pith:hash:C                    path of the file that holds content hash C
//	pith:site:H:v                  version of site H's learning state, bumped by each write
//	pith:site:H:b:B                hash: bucket B of site H (see store.SiteTx; "own" for "")
//	pith:sites                     set of the sites with learning state
//	pith:sites:dirty               hash: site → generation of its last mark (store.Dir.DirtySites)
const prefix = "pith:"

// crawlKeys are the keys of one generation of a crawl.
type crawlKeys struct {
	crawl, seen, first, pages, docs, leases, reclaimed, taken string
}

func keysOf(tag string, gen int64) crawlKeys {
	base := prefix + "crawl:{" + tag + "}"
	g := base + ":" + strconv.FormatInt(gen, 10)
	return crawlKeys{
		crawl: base, seen: g + ":seen",
		first: g + ":q:first", pages: g + ":q:pages", docs: g + ":q:docs",
		leases: g + ":leases", reclaimed: g + ":reclaimed", taken: g + ":taken",
	}
}

// tagOf returns the hash tag of a crawl key.
func tagOf(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}

// member returns the seen set's member for a canonical URL: 8 bytes of its
// SHA-256, as the in-memory seen set keeps 8-byte hashes.
func member(url string) string {
	sum := sha256.Sum256([]byte(url))
	return string(sum[:8])
}

// maxKeyURL is the longest URL kept as its own key; a longer one is keyed
// by its hash.
const maxKeyURL = 2048

func urlKey(u string) string {
	if len(u) > maxKeyURL {
		sum := sha256.Sum256([]byte(u))
		u = "sha256:" + hex.EncodeToString(sum[:])
	}
	return prefix + "url:" + u
}

const (
	sitesKey      = prefix + "sites"
	sitesDirtyKey = prefix + "sites:dirty"
)

func siteVersionKey(h string) string { return prefix + "site:" + h + ":v" }

func siteBucketKey(h, bucket string) string {
	if bucket == "" {
		bucket = "own"
	}
	return prefix + "site:" + h + ":b:" + bucket
}

func hashKey(h string) string     { return prefix + "hash:" + h }
func hostKey(h string) string     { return prefix + "host:" + h }
func inflightKey(h string) string { return prefix + "host:" + h + ":inflight" }
func robotsKey(h string) string   { return prefix + "robots:" + h }
