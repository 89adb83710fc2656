// Package siteblocks finds the blocks a site repeats under its articles:
// the sign-off, the membership plug, the disclaimer that no rule list
// knows because each site words its own.
//
// It is the pure half of site learning. [Segment] cuts a clean article
// into its text blocks (paragraphs, list items, headings, quotes, asides'
// paragraphs) with their normalised text ([Normalize]) and key ([Key]);
// [Positions] says where a block sits (the start, the end, after which
// block); [Signature] sums up what the rest of an article is about, and
// [Overlap] compares two such sums. [Thresholds.Decide] judges, from the
// counts the store keeps per site, whether a block is the site's
// boilerplate: seen in a large share of enough articles, at one place, in
// articles that are otherwise unrelated. The counts live in the state
// database (package store); the cleaner removes learned blocks
// (cleaner.Options.SiteBlocks).
package siteblocks
