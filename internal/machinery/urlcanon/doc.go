// Package urlcanon puts URLs in the canonical form pith deduplicates on.
// The scraper keys its visited set on it; the cleaner uses it for an
// article's URL when the page names no canonical URL.
//
// It is machinery of the path fetch → scraper → cleaner → store, used by
// the first two steps and by the store's keys.
package urlcanon
