// Package article defines the clean news article that pith produces and stores.
//
// It is a leaf package: the cleaner fills an Article, the store writes it,
// the command line prints it. It holds data and pure methods only.
//
// In the path fetch → scraper → cleaner → store it is what passes from the
// cleaner to the store, and from the store (or the cleaner) to the faces:
// the JSON schema of `pith clean`, the store's files and the API.
package article
