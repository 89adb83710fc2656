// Package robots parses robots.txt files and answers whether a crawler may
// fetch a URL, as RFC 9309 (the Robots Exclusion Protocol) says and as
// Google's reference parser (google/robotstxt) does where the RFC leaves
// room.
//
// What it implements:
//
//   - groups of rules selected by user agent: the crawler's product token
//     (such as "pith") is compared case-insensitively with the leading
//     [A-Za-z_-] characters of each User-agent value; every group that
//     matches is merged; when none matches, the "*" groups apply;
//   - Allow and Disallow with the * and $ wildcards; the longest matching
//     pattern wins and Allow wins a tie;
//   - percent-encoding: non-ASCII bytes in patterns are percent-encoded and
//     the hex digits of %xx escapes are upper-cased before comparison;
//   - the lenient line syntax of the reference parser: rules before the first
//     User-agent line are ignored, inline # comments, CR, LF and CRLF line
//     ends, a leading byte-order mark, a missing colon, common misspellings
//     of the keys, over-long lines cut at 16,663 bytes;
//   - Crawl-delay (seconds, fractions allowed) for the selected groups, and
//     Sitemap lines wherever they stand;
//   - at most MaxSize (500 KiB) of a file is read, the minimum RFC 9309 asks
//     a crawler to parse.
//
// Fetching robots.txt (and what a 4xx or a 5xx answer means) is the
// crawler's job; AllowAll and DisallowAll give the two outcomes RFC 9309
// prescribes for them.
//
// It is machinery of the path fetch → scraper → cleaner → store: the
// scraper asks it before each fetch.
//
// Files: robots.go holds the parser and the matcher; match.go the pattern
// matching.
package robots
