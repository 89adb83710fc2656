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
// when its pattern is there, and parsed on first use when not. An anchored
// pattern also lists the literals, or the runes of a small class, that a
// match must begin with ("read more", "$", a digit), and a text that
// begins otherwise is answered at once.
//
// A long alternation (1,000 bytes or more, eight alternatives or more, at
// its top level or in one group after an anchor) is split, when a text
// first passes its prefilter, into one Regexp per alternative, each with
// its own prefilter and compiled on its own first use: a page that holds
// one phrase of the rules' longest patterns compiles that phrase's
// branch. MatchString and FindStringIndex answer as the whole pattern
// does (TestBranchesMatchTheWhole); submatches and replacements use the
// whole pattern.
package quickre
