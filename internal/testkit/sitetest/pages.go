package sitetest

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"
)

var esc = html.EscapeString

// writeHead writes the top of every HTML page: head, cookie banner,
// header and navigation.
func writeHead(b *strings.Builder, title string, extraHead string) {
	fmt.Fprintf(b, `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | %s</title>
<link rel="stylesheet" href="/static/site.css">
<link rel="alternate" type="application/rss+xml" title="%s" href="/feed.xml">
%s
</head>
<body>
<div id="cookie-banner" class="cookie-consent" role="dialog">
<p>We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse, you agree to our use of cookies. <button type="button">Accept all</button> <a href="/privacy">Manage preferences</a></p>
</div>
<header class="site-header">
<a class="logo" href="/">%s</a>
<nav class="main-nav"><ul>
`, esc(title), SiteName, SiteName, extraHead, SiteName)
	for _, sec := range sections {
		fmt.Fprintf(b, "<li><a href=\"/section/%s/\">%s</a></li>\n", sec, strings.ToUpper(sec[:1])+sec[1:])
	}
	b.WriteString("</ul></nav>\n</header>\n")
}

// writeFoot writes the footer of every page, with its link to the
// disallowed /private/ area.
func writeFoot(b *strings.Builder) {
	b.WriteString(`<footer class="site-footer">
<p>© 2024 ` + SiteName + `. All rights reserved. Registered in Loopback, company number 127001.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy and cookies</a></li><li><a href="/private/staff-directory">Staff directory</a></li></ul>
</footer>
</body>
</html>
`)
}

func writeHTML(w http.ResponseWriter, b *strings.Builder) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(b.String()))
}

func jsonLD(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "{}"
	}
	return `<script type="application/ld+json">` + string(b) + `</script>`
}

// teaser writes an article's teaser on a hub page.
func teaser(b *strings.Builder, a Article) {
	fmt.Fprintf(b, `<article class="teaser">
<h2><a href="%s">%s</a></h2>
<p class="summary">%s</p>
<p class="meta">By <a href="/author/%s/">%s</a> · <time datetime="%s">%s</time></p>
</article>
`, a.Path, esc(a.Title), esc(a.Summary), a.AuthorSlug, esc(a.Author),
		a.Published.Format(time.RFC3339), a.Published.Format("January 2, 2006"))
}

func (s *Site) home(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	writeHead(&b, "Home", `<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml">
<meta property="og:type" content="website">
<meta property="og:title" content="`+SiteName+`">
`+jsonLD(map[string]any{"@context": "https://schema.org", "@type": "WebSite", "name": SiteName, "url": base(r) + "/"}))
	b.WriteString("<main>\n<h1>Latest news</h1>\n")
	for n := 0; n < min(s.opts.PageSize, s.opts.Articles); n++ {
		teaser(&b, s.Article(n))
	}
	b.WriteString("<section class=\"trending\"><h2>Trending</h2><ul>\n")
	for n := 0; n < min(3, s.opts.Articles); n++ {
		a := article(n, 0)
		// A redirect, a tracking duplicate and a fragment duplicate.
		fmt.Fprintf(&b, "<li><a href=\"/r/%d\">%s</a></li>\n", n, esc(a.Title))
		fmt.Fprintf(&b, "<li><a href=\"%s?utm_source=home&amp;utm_medium=trending&amp;fbclid=XyZ\">%s</a></li>\n", a.Path, esc(a.Title))
		fmt.Fprintf(&b, "<li><a href=\"%s%s#comments\">Comments</a></li>\n", base(r), a.Path)
	}

	b.WriteString("</ul></section>\n")
	b.WriteString(`<section class="partners"><h2>From our partners</h2><ul><li><a href="/go/partner">Special offer</a></li><li><a href="mailto:desk@gazette.invalid">Send us a tip</a></li><li><a href="javascript:void(0)">Subscribe</a></li></ul></section>` + "\n")
	if s.opts.Specials {
		b.WriteString("<section class=\"specials\"><h2>More</h2><ul>\n")
		for _, p := range specialLinks {
			fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", p, p)
		}
		b.WriteString("</ul></section>\n")
	}
	if len(s.opts.ExtraLinks) > 0 {
		b.WriteString("<section class=\"extra\"><ul>\n")
		for _, l := range s.opts.ExtraLinks {
			fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", esc(l), esc(l))
		}
		b.WriteString("</ul></section>\n")
	}
	if s.opts.Articles > s.opts.PageSize {
		b.WriteString("<p class=\"more\"><a href=\"/section/politics/\">More politics</a></p>\n")
	}
	b.WriteString("</main>\n")
	writeFoot(&b)
	writeHTML(w, &b)
}

// specialLinks are the special pages linked with Options.Specials.
var specialLinks = []string{
	"/this-page-does-not-exist", "/specials/ratelimited", "/specials/flaky",
	"/specials/broken-server", "/specials/slow", "/specials/huge.html",
	"/specials/report.pdf", "/specials/photo.jpg", "/specials/broken.html",
	"/specials/latin1.html",
}

// hub serves section, tag and author pages: /{kind}/{name}/ and
// /{kind}/{name}/page/{n}/.
func (s *Site) hub(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if len(parts) != 2 && !(len(parts) == 4 && parts[2] == "page") || !strings.HasSuffix(r.URL.Path, "/") {
		http.NotFound(w, r)
		return
	}
	kind, name := parts[0], parts[1]
	page := 1
	if len(parts) == 4 {
		n, err := strconv.Atoi(parts[3])
		if err != nil || n < 2 {
			http.NotFound(w, r)
			return
		}
		page = n
	}
	var match func(n int) bool
	var title string
	switch kind {
	case "section":
		idx := -1
		for i, sec := range sections {
			if sec == name {
				idx = i
			}
		}
		if idx < 0 {
			http.NotFound(w, r)
			return
		}
		match = func(n int) bool { return n%len(sections) == idx }
		title = strings.ToUpper(name[:1]) + name[1:]
	case "tag":
		found := false
		for _, t := range tags {
			found = found || t == name
		}
		if !found {
			http.NotFound(w, r)
			return
		}
		match = func(n int) bool { return hasTag(n, name) }
		title = "Articles tagged " + name
	case "author":
		idx := -1
		for i, a := range authors {
			if a.Slug == name {
				idx = i
			}
		}
		if idx < 0 {
			http.NotFound(w, r)
			return
		}
		match = func(n int) bool { return (n*7)%len(authors) == idx }
		title = "Articles by " + authors[idx].Name
	}
	// Scan for the page's articles: cheap even for 10,000 articles.
	first, last := (page-1)*s.opts.PageSize, page*s.opts.PageSize
	var list []int
	more := false
	k := 0
	for n := 0; n < s.opts.Articles; n++ {
		if !match(n) {
			continue
		}
		switch {
		case k >= last:
			more = true
		case k >= first:
			list = append(list, n)
		}
		k++
		if more {
			break
		}
	}
	if len(list) == 0 && page > 1 {
		http.NotFound(w, r)
		return
	}
	root := "/" + kind + "/" + name + "/"
	pageURL := func(p int) string {
		if p == 1 {
			return root
		}
		return fmt.Sprintf("%spage/%d/", root, p)
	}
	head := `<meta property="og:type" content="website">
<link rel="canonical" href="` + base(r) + pageURL(page) + `">
` + jsonLD(map[string]any{"@context": "https://schema.org", "@type": "CollectionPage", "name": title, "url": base(r) + pageURL(page)})
	if page > 1 {
		head += "\n<link rel=\"prev\" href=\"" + pageURL(page-1) + "\">"
	}
	if more {
		head += "\n<link rel=\"next\" href=\"" + pageURL(page+1) + "\">"
	}
	var b strings.Builder
	writeHead(&b, title, head)
	fmt.Fprintf(&b, "<main>\n<h1>%s</h1>\n", esc(title))
	for _, n := range list {
		teaser(&b, s.Article(n))
	}
	b.WriteString("<nav class=\"pagination\">")
	if page > 1 {
		fmt.Fprintf(&b, "<a href=\"%s\">Newer</a> ", pageURL(page-1))
	}
	if more {
		fmt.Fprintf(&b, "<a href=\"%s\">Older</a>", pageURL(page+1))
	}
	b.WriteString("</nav>\n</main>\n")
	writeFoot(&b)
	writeHTML(w, &b)
}

func (s *Site) articlePage(w http.ResponseWriter, r *http.Request, n int) {
	a := s.Article(n)
	etag := a.ETag()
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", a.Modified.Format(http.TimeFormat))
	if notModified(r, etag, a.Modified) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	u := base(r) + a.Path
	var b strings.Builder
	head := fmt.Sprintf(`<meta name="description" content="%s">
<meta name="author" content="%s">
<link rel="canonical" href="%s">
<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<meta property="og:description" content="%s">
<meta property="og:url" content="%s">
<meta property="og:site_name" content="%s">
<meta property="og:image" content="%s/img/%d.jpg">
<meta property="article:published_time" content="%s">
<meta property="article:modified_time" content="%s">
<meta property="article:section" content="%s">
`, esc(a.Summary), esc(a.Author), u, esc(a.Title), esc(a.Summary), u, SiteName, base(r), n,
		a.Published.Format(time.RFC3339), a.Modified.Format(time.RFC3339), a.Section)
	head += jsonLD(map[string]any{
		"@context":         "https://schema.org",
		"@type":            "NewsArticle",
		"headline":         a.Title,
		"description":      a.Summary,
		"datePublished":    a.Published.Format(time.RFC3339),
		"dateModified":     a.Modified.Format(time.RFC3339),
		"author":           []any{map[string]any{"@type": "Person", "name": a.Author, "url": base(r) + "/author/" + a.AuthorSlug + "/"}},
		"publisher":        map[string]any{"@type": "Organization", "name": SiteName},
		"mainEntityOfPage": u,
		"image":            fmt.Sprintf("%s/img/%d.jpg", base(r), n),
		"articleSection":   a.Section,
		"keywords":         a.Tags,
	})
	writeHead(&b, a.Title, head)
	fmt.Fprintf(&b, `<main>
<article class="story">
<p class="kicker"><a href="/section/%s/">%s</a></p>
<h1>%s</h1>
<p class="standfirst">%s</p>
<div class="byline">By <a rel="author" href="/author/%s/">%s</a> · <time datetime="%s">%s</time></div>
<figure><img src="/img/%d.jpg" alt="%s" width="800" height="450"><figcaption>The scene on Tuesday. Photo: Gazette staff</figcaption></figure>
<div class="share">Share this article: <a href="https://social.invalid/share?u=%s">Social</a> <a href="mailto:?subject=%s">Email</a> <a rel="nofollow" href="%s?print=1">Print</a></div>
<div class="article-body">
`, a.Section, strings.ToUpper(a.Section[:1])+a.Section[1:], esc(a.Title), esc(a.Summary),
		a.AuthorSlug, esc(a.Author), a.Published.Format(time.RFC3339), a.Published.Format("January 2, 2006"),
		n, esc(a.Title), u, esc(a.Title), a.Path)
	for i, p := range a.Paragraphs {
		if i == 1 && s.opts.Articles > 1 {
			other := article((n+1)%s.opts.Articles, 0)
			fmt.Fprintf(&b, "<p>%s Read more: <a href=\"%s?utm_source=inline&amp;utm_campaign=story\">%s</a>.</p>\n", esc(p), other.Path, esc(other.Title))
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 2 {
			b.WriteString(`<aside class="newsletter-signup"><h3>Get the Morning Briefing</h3><p>Sign up for our free newsletter and get the day's top stories in your inbox every morning.</p><form action="/newsletter"><input type="email" name="email"><button>Sign up</button></form></aside>` + "\n")
		}
	}
	b.WriteString("</div>\n<p class=\"tags\">Tags:")
	for _, t := range a.Tags {
		fmt.Fprintf(&b, " <a href=\"/tag/%s/\">%s</a>", t, t)
	}
	b.WriteString("</p>\n</article>\n<section class=\"related\"><h2>Related stories</h2><ul>\n")
	for _, d := range []int{7, 13, 29} {
		if s.opts.Articles <= 1 {
			break
		}
		o := article((n+d)%s.opts.Articles, 0)
		fmt.Fprintf(&b, "<li><a href=\"%s?utm_source=related&amp;utm_medium=web\">%s</a></li>\n", o.Path, esc(o.Title))
	}
	b.WriteString("</ul></section>\n<section id=\"comments\" class=\"comments\"><h2>Comments</h2><p>Comments are closed for this article.</p></section>\n</main>\n")
	writeFoot(&b)
	writeHTML(w, &b)
}

// notModified reports whether a conditional request matches: If-None-Match
// first, else If-Modified-Since.
func notModified(r *http.Request, etag string, modified time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == etag || t == "*" {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		t, err := http.ParseTime(ims)
		return err == nil && !modified.Truncate(time.Second).After(t)
	}
	return false
}

func (s *Site) static(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	title := strings.Trim(r.URL.Path, "/")
	writeHead(&b, title, `<meta property="og:type" content="website">`)
	fmt.Fprintf(&b, "<main><h1>%s</h1><p>%s is an imaginary newspaper that exists only on loopback interfaces.</p></main>\n", esc(title), SiteName)
	writeFoot(&b)
	writeHTML(w, &b)
}

func (s *Site) robots(w http.ResponseWriter, r *http.Request) {
	if s.opts.RobotsStatus/100 == 3 && r.URL.Path == "/robots.txt" {
		http.Redirect(w, r, "/moved/robots.txt", s.opts.RobotsStatus)
		return
	}
	if s.opts.RobotsStatus != 0 && s.opts.RobotsStatus/100 != 3 {
		w.WriteHeader(s.opts.RobotsStatus)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if s.opts.Robots != "" {
		w.Write([]byte(s.opts.Robots))
		return
	}
	var b strings.Builder
	b.WriteString("# robots.txt of " + SiteName + "\nUser-agent: *\nDisallow: /private/\nAllow: /private/press-kit\nDisallow: /search\n")
	if s.opts.CrawlDelay > 0 {
		fmt.Fprintf(&b, "Crawl-delay: %g\n", s.opts.CrawlDelay.Seconds())
	}
	b.WriteString("\nUser-agent: GreedyBot\nDisallow: /\n\nSitemap: " + base(r) + "/sitemap_index.xml\n")
	w.Write([]byte(b.String()))
}

// sitemapChunks returns the number of article sitemaps.
func (s *Site) sitemapChunks() int {
	return (s.opts.Articles + s.opts.SitemapSize - 1) / s.opts.SitemapSize
}

// sitemapPath returns the path of article sitemap k; the first is gzipped.
func sitemapPath(k int) string {
	if k == 0 {
		return "/sitemaps/articles-0.xml.gz"
	}
	return fmt.Sprintf("/sitemaps/articles-%d.xml", k)
}

func writeXML(w http.ResponseWriter, contentType string, b *strings.Builder) {
	w.Header().Set("Content-Type", contentType)
	w.Write([]byte(b.String()))
}

func (s *Site) sitemapIndex(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	loc := func(p string) { fmt.Fprintf(&b, "<sitemap><loc>%s%s</loc></sitemap>\n", base(r), p) }
	for k := 0; k < s.sitemapChunks(); k++ {
		loc(sitemapPath(k))
	}
	loc("/sitemaps/hubs.xml")
	loc("/news-sitemap.xml")
	if s.opts.Specials {
		loc("/specials/bomb.xml.gz")
	}
	b.WriteString("</sitemapindex>\n")
	writeXML(w, "application/xml; charset=utf-8", &b)
}

func (s *Site) articleSitemap(w http.ResponseWriter, r *http.Request) {
	k := -1
	for i := 0; i < s.sitemapChunks(); i++ {
		if sitemapPath(i) == r.URL.Path {
			k = i
		}
	}
	if k < 0 {
		http.NotFound(w, r)
		return
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">` + "\n")
	for n := k * s.opts.SitemapSize; n < min((k+1)*s.opts.SitemapSize, s.opts.Articles); n++ {
		a := s.Article(n)
		fmt.Fprintf(&b, "<url><loc>%s%s</loc><lastmod>%s</lastmod><image:image><image:loc>%s/img/%d.jpg</image:loc></image:image></url>\n",
			base(r), a.Path, a.Modified.Format(time.RFC3339), base(r), n)
	}
	b.WriteString("</urlset>\n")
	if k == 0 {
		w.Header().Set("Content-Type", "application/x-gzip")
		zw := gzipWriter(w)
		zw.Write([]byte(b.String()))
		zw.Close()
		return
	}
	writeXML(w, "application/xml; charset=utf-8", &b)
}

func (s *Site) hubSitemap(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	loc := func(p string) { fmt.Fprintf(&b, "<url><loc>%s%s</loc></url>\n", base(r), p) }
	loc("/")
	for _, sec := range sections {
		loc("/section/" + sec + "/")
	}
	for _, t := range tags {
		loc("/tag/" + t + "/")
	}
	for _, a := range authors {
		loc("/author/" + a.Slug + "/")
	}
	b.WriteString("</urlset>\n")
	writeXML(w, "application/xml; charset=utf-8", &b)
}

func (s *Site) newsSitemap(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">` + "\n")
	for n := 0; n < min(20, s.opts.Articles); n++ {
		a := s.Article(n)
		fmt.Fprintf(&b, "<url><loc>%s%s</loc><news:news><news:publication><news:name>%s</news:name><news:language>en</news:language></news:publication><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>\n",
			base(r), a.Path, SiteName, a.Published.Format(time.RFC3339), esc(a.Title))
	}
	b.WriteString("</urlset>\n")
	writeXML(w, "application/xml; charset=utf-8", &b)
}

func (s *Site) rss(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>%s</title><link>%s/</link><description>Latest news</description>
`, SiteName, base(r))
	for n := 0; n < min(50, s.opts.Articles); n++ {
		a := s.Article(n)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s%s?utm_source=rss</link><guid isPermaLink=\"true\">%s%s</guid><pubDate>%s</pubDate><description>%s</description></item>\n",
			esc(a.Title), base(r), a.Path, base(r), a.Path, a.Published.Format(time.RFC1123Z), esc(a.Summary))
	}
	b.WriteString("</channel></rss>\n")
	writeXML(w, "application/rss+xml; charset=utf-8", &b)
}

func (s *Site) atom(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><link rel="self" href="%s/atom.xml"/><id>%s/</id><updated>%s</updated>
`, SiteName, base(r), base(r), firstPublished.Format(time.RFC3339))
	for n := 0; n < min(20, s.opts.Articles); n++ {
		a := s.Article(n)
		fmt.Fprintf(&b, "<entry><title>%s</title><link rel=\"alternate\" href=\"%s%s\"/><link rel=\"enclosure\" href=\"%s/img/%d.jpg\"/><id>%s%s</id><updated>%s</updated></entry>\n",
			esc(a.Title), base(r), a.Path, base(r), n, base(r), a.Path, a.Modified.Format(time.RFC3339))
	}
	b.WriteString("</feed>\n")
	writeXML(w, "application/atom+xml; charset=utf-8", &b)
}
