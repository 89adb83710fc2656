// Package sitetest serves a generated news site over loopback HTTP, for
// the tests and benchmarks of pith's crawler, cleaner and store.
//
// The site, "The Loopback Gazette", is generated on the fly from the
// article number, so a site of 10,000 articles costs no memory: nothing is
// stored but request counters. It has:
//
//   - article pages with a real-looking story in <article> (a headline, a
//     standfirst, a byline, several paragraphs), JSON-LD NewsArticle,
//     OpenGraph tags, rel=canonical, a cookie banner, navigation, a share
//     bar, a newsletter box, related links and a footer, at
//     /{section}/{yyyy}/{mm}/{dd}/{slug}-{n}.html; the same article with
//     "?print=1" names the clean URL as rel=canonical;
//   - hub pages: the home page, section, tag and author pages, each with
//     pagination (/section/politics/page/2/);
//   - robots.txt with a Disallow (/private/, linked from every footer), an
//     Allow, an optional Crawl-delay and a Sitemap line; a sitemap index
//     (/sitemap_index.xml; /sitemap.xml redirects to it) listing article
//     sitemaps (the first one gzipped), a sitemap of the hubs and a Google
//     news sitemap; an RSS feed (/feed.xml) and an Atom feed (/atom.xml);
//   - redirects (/r/{n} to article n, /go/partner out of the site), links
//     with tracking parameters and fragments, a 404 link;
//   - ETag and Last-Modified on articles, answered with 304 to a matching
//     conditional request; Site.Update changes an article;
//   - with Options.Specials, links to special pages: a 429 with Retry-After
//     then OK (/specials/ratelimited), a 503 twice then OK
//     (/specials/flaky), an always-500 page, a slow page, a huge page, a
//     PDF, an image, broken HTML, a windows-1252 page, and a gzip bomb
//     sitemap. The routes exist without Specials too.
//
// Every response is counted per path, conditional or not; tests read the
// counts with Site.Count and Site.Total. Absolute URLs are built from the
// request's Host header, so one Site can stand for several host names
// behind a custom dialer.
//
// It is a test fixture, not on the path fetch → scraper → cleaner → store:
// it stands in for the web at the start of it.
package sitetest
