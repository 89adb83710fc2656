// Package scraper crawls news sites politely and hands their article pages
// to a Handler.
//
// It is the second step of the path fetch → scraper → cleaner → store:
// its requests go through internal/machinery/fetch, and internal/crawl's
// Handler passes each article page on to the cleaner, then the store. The
// scraper knows neither of them.
//
// A crawl starts from seeds (site URLs, sitemap URLs or feed URLs) and
// discovers URLs through links, sitemaps (robots.txt Sitemap lines,
// /sitemap.xml, sitemap indexes, news sitemaps, gzipped sitemaps) and RSS
// or Atom feeds. URLs are canonicalised (Canonicalize) before they are
// deduplicated, kept to a Scope and filtered by Include, Exclude, MaxDepth
// and MaxPages. Pages are sorted by IsArticle: hubs (home, section, tag,
// author and pagination pages) are followed but not handed on; articles
// are passed to the Handler, under their rel=canonical URL when that is in
// scope.
//
// Politeness is the default: robots.txt is obeyed as RFC 9309 says
// (internal/machinery/robots; a 4xx robots.txt means no rules, a 5xx or an
// unreachable one means nothing may be fetched), with its Crawl-delay; a
// User-Agent names pith; requests to one host are limited to Parallelism
// in flight and spaced by Delay with jitter; network errors, 429s and 5xx
// are retried with exponential backoff and jitter, honouring Retry-After.
// Every request has connect and total timeouts, and bodies are capped at
// MaxBodySize after decompression (a gzipped sitemap too, so a gzip bomb
// costs no more than the cap). Responses that are neither HTML nor XML
// (PDFs, images) are skipped without error.
//
// The crawl is built on github.com/gocolly/colly/v2, which stays inside
// the package: a fresh collector per Run, synchronous, cancelled through
// the Run's context. Colly's own robots.txt handling (temoto/robotstxt,
// which fails 21 of Google's 145 conformance cases) is off; pith's
// matcher is used instead. Memory stays flat as a site grows: bodies are
// dropped once handled and the frontier holds URL strings only.
//
// Files: scraper.go (New, Run, the run's state), crawl.go (the colly
// collector and what is done with each answer), fetch.go (politeness,
// the retry hooks, robots.txt fetching; the HTTP
// stack itself is internal/machinery/fetch), frontier.go (the queue),
// shared.go (Shared: the frontier, seen set, robots.txt and politeness
// kept outside the process, for several processes on one crawl),
// discover.go (links, feeds, sitemaps), article.go (IsArticle; its JSON-LD
// is read by internal/machinery/jsonld),
// canonical.go (Canonicalize), scope.go, config.go, page.go (Page, Stats),
// errors.go.
package scraper
