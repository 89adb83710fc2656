// Command trainpage fits the cleaner's page-kind model: the logistic model
// that tells an article page from a product, category, listing, home or
// service page (see cleaner/pagekind.go). It reads the WCXB development
// set (pages labelled article, listing, collection or service), computes
// every page's features with cleaner.Assess, and
//
//   - estimates by nested cross-validation, with folds split by site so that
//     no site is in both a training and a test fold, how many articles the
//     fitted model returns and how many non-articles it refuses;
//   - fits the model on the whole set, sets its threshold by
//     cross-validation so that the target share of articles is returned,
//     and writes the weights as Go (cleaner/pagekind_model.go).
//
// Run it from the module root:
//
//	go run ./cmd/trainpage             # fit, report, write the model
//	go run ./cmd/trainpage -n          # fit and report only
//	go run ./cmd/trainpage -eval       # count ErrNoArticle of the built-in model
//
// The benchmark lives in shared/ beside the checkout (-data, -aeb).
//
// It is a development tool, not part of pith and not on the path fetch →
// scraper → cleaner → store: it makes the model the cleaner's step loads.
package main
