// Package quickre is a regular expression that costs nothing on text it
// cannot match.
//
// The cleaner tries dozens of patterns on every block of a page, and most
// blocks match none of them. Go's regexp engines pay for the size of the
// pattern on each call, even when the text fails at once, so the misses were
// most of the cost. A quickre.Regexp reads, from the parsed pattern, the
// literal strings a match cannot do without ("journalism" and "needs" or
// "relies on", in that shape: an and/or formula of literals), and answers
// "no match" without running the regexp when the text lacks them. The answer
// is always the regexp's own: the formula is a necessary condition, never a
// guess.
//
// A Regexp is also compiled on first use, not at program start: a one-page
// `pith clean` runs only the few patterns its page reaches. Its prefilter
// is read from a table written ahead of time (table_gen.go, by WriteTable)
// when its pattern is there, and parsed on first use when not.
package quickre
