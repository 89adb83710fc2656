// Package hostile serves a hostile site on loopback, for tests and measured
// runs: spider traps, a sitemap index that announces millions of URLs, a
// sitemap of deeply nested elements. It answers every path it knows with
// small HTML pages and counts the requests.
//
// Routes:
//
//	/cal?month=N          an endless calendar: links to month N+1 and N-1
//	/sid/?sid=TOKEN       every link carries a new random session id
//	/deep/…               a relative link "a/" on every page: /deep/a/a/a/…
//	/sitemap-many.xml     a sitemap index of Children sitemaps of PerSitemap URLs
//	/many/C/N.html        the pages those sitemaps list
//	/nested.xml           a sitemap of NestedBytes of nested elements
//
// It is a test fixture, not on the path fetch → scraper → cleaner → store:
// it stands in for a hostile web at the start of it.
package hostile
