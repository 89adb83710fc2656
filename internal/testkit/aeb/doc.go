// Package aeb reads the Scrapinghub article-extraction benchmark (181 real
// news pages and their article bodies), for the tests and benchmarks that
// measure pith on real pages. The benchmark lives in shared/ beside the
// checkout; it is not part of the module.
//
// It is a test fixture, not on the path fetch → scraper → cleaner → store:
// the cleaner's and the scraper's benchmarks and tests read it.
package aeb
