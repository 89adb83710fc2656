// Package cleaner turns a news page into its article: the text and clean HTML
// of the story, its metadata, and a record of every block of boilerplate that
// was removed (cookie banners, affiliate disclosures, newsletter boxes, share
// bars, related links, comments…).
//
// The article is found with a readability port
// (codeberg.org/readeck/go-readability/v2); pith's own rules strip what
// readability keeps. The rules are data (rules.json, embedded), so they can be
// read and extended without touching the algorithm. Beside them, a block
// classifier (internal/machinery/blockmodel) judges the blocks no rule
// names; blocks.go sets its bars by a block's place and shape, and
// ownnames.go lowers them for a block that names the page's own site or
// author.
//
// The metadata (title, authors, dates, language, site name) is read in one
// walk of the page before extraction changes it (scan.go): dates.go and
// datetext.go weigh the publication date's signals, authors.go the bylines'
// sources (and names.go cuts one byline into names), lang.go checks the declared language against the text, headline.go the
// title against the page's <h1>.
//
// Clean decodes the page to UTF-8 itself; it reads at most Options.MaxBytes
// and never panics. It does no I/O besides reading r, so it takes no context.
//
// It is the third step of the path fetch → scraper → cleaner → store: it
// takes a page the scraper (or internal/machinery/fetch, for `pith clean`
// and the API) fetched, and gives the article that the store keeps.
package cleaner
