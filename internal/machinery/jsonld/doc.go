// Package jsonld reads the schema.org JSON-LD blocks of a page
// (<script type="application/ld+json">): what kind of page it says it is,
// and the fields of its article. It is the one JSON-LD walker of pith,
// shared by the scraper (is this page an article or a hub?) and the
// cleaner (the article's headline, authors, dates…), in the path
// fetch → scraper → cleaner → store.
package jsonld
