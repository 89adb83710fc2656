// Package repeatsite serves, over loopback HTTP, a generated news site
// whose every article carries the site's own boilerplate: a membership
// plug and a sign-off, worded so that none of the cleaner's built-in rules
// knows them, in English and in German. Some articles of a running story
// share a background paragraph and a standard quote, which are article
// text. It is the fixture of site learning (internal/siteblocks, pith
// reclean): a crawl should learn the plug and the sign-off and remove
// them, and lose none of the story paragraphs.
//
// Each language has its own topics, places and people, so that two
// articles on different topics share few words, as on a real site.
package repeatsite
