package scraper

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"

	"github.com/pith-news/pith/internal/machinery/fetch"
)

// answer acts on a final (non-redirect) answer to a task requested at
// reqURL and answered at u.
func (r *run) answer(ctx context.Context, t task, reqURL, u *url.URL, resp *response, conditional bool) {
	log := r.cfg.Logger
	raw := u // as fetched: the base of the links it holds
	u = Canonicalize(u)
	if resp.status == http.StatusNotModified || resp.status/100 == 2 {
		r.hostAnswered(u)
	} else if t.kind != kindProbe {
		r.hostFailed(u, fmt.Sprintf("%s answered %d %s", t.kind, resp.status, http.StatusText(resp.status)))
	}
	switch code := resp.status; {
	case code == http.StatusNotModified:
		r.count(func(s *Stats) { s.NotModified++ })
		log.Debug("not modified", "url", u.String())
		if conditional && r.markHandled(u) {
			r.call(ctx, &Page{
				URL: u, RequestURL: reqURL, StatusCode: code, Header: resp.header,
				FetchedAt: resp.at, NotModified: true, Depth: t.depth,
			})
		}
	case code == http.StatusNotFound || code == http.StatusGone:
		if t.kind == kindProbe {
			log.Debug("no /sitemap.xml", "url", u.String(), "status", code)
			return
		}
		r.count(func(s *Stats) { s.NotFound++; s.Errors++ })
		r.failLog()("not found", "url", u.String(), "status", code)
		r.outcome(Outcome{URL: t.url, Kind: Failed, Reason: fmt.Sprintf("HTTP %d", code), Status: code})
	case code/100 != 2:
		if t.kind == kindProbe {
			return
		}
		r.count(func(s *Stats) { s.Errors++ })
		r.failLog()("fetch failed", "url", u.String(), "err", &fetch.StatusError{URL: u.String(), Code: code})
		r.outcome(Outcome{URL: t.url, Kind: Failed, Reason: fmt.Sprintf("HTTP %d", code), Status: code})
	case resp.html == nil && isHTMLType(fetch.MediaType(resp.header)) && len(resp.body) > 0:
		// The parser refused the page: it is nested deeper than 512
		// elements. Flattened, its links and its article are read.
		if t.kind != kindPage {
			log.Debug("HTML where a sitemap or feed was expected", "url", u.String())
			return
		}
		flat, info, ok := readDeep(raw, resp.body)
		if !ok {
			r.count(func(s *Stats) { s.Errors++ })
			log.Warn("HTML page that cannot be parsed: skipped", "url", u.String())
			return
		}
		log.Info("page nested deeper than 512 elements: read flattened", "url", u.String())
		resp.body, resp.html = flat, info
		r.page(ctx, t, reqURL, u, resp)
	case resp.html != nil:
		if t.kind != kindPage {
			log.Debug("HTML where a sitemap or feed was expected", "url", u.String())
			return
		}
		r.page(ctx, t, reqURL, u, resp)
	default:
		r.document(t, raw, resp)
	}
}

// page handles an HTML page: follows its links and feeds, and passes it to
// the Handler if it is an article.
func (r *run) page(ctx context.Context, t task, reqURL, u *url.URL, resp *response) {
	info := resp.html
	if t.seed {
		r.discoverSitemaps(u)
	}
	if !info.nofollow {
		for _, l := range info.links {
			r.add(l, t.depth+1, kindPage, false)
		}
	}
	for _, f := range info.feeds {
		r.add(f, t.depth, kindFeed, false)
	}
	pageURL := u
	if c := info.canonical; c != nil && c.String() != u.String() {
		// A canonical URL is believed only on the host the page came
		// from (after redirects), within scope: a page may not claim
		// another site's address, nor pass for its article.
		if hostKey(c.Host) == hostKey(u.Host) && r.scope.contains(c) && len(c.String()) <= MaxURLLength {
			pageURL = c
			r.markSeen(c)
		} else {
			r.cfg.Logger.Info("canonical URL elsewhere ignored: page kept under its own URL", "url", u.String(), "canonical", truncate(c.String(), 200))
		}
	}
	if !info.article || info.noindex {
		r.count(func(s *Stats) { s.Hubs++ })
		r.cfg.Logger.Debug("hub page", "url", u.String(), "links", len(info.links))
		reason := "not an article (a home, section, tag or list page)"
		if info.noindex {
			reason = "noindex"
		}
		r.outcome(Outcome{URL: t.url, Kind: Hub, Reason: reason, Status: resp.status})
		return
	}
	if !r.markHandled(pageURL) {
		r.count(func(s *Stats) { s.Duplicates++ })
		r.cfg.Logger.Debug("duplicate article", "url", u.String(), "canonical", pageURL.String())
		r.outcome(Outcome{URL: t.url, Kind: Duplicate, Reason: "its canonical URL was already seen", Status: resp.status, Other: pageURL.String()})
		return
	}
	r.call(ctx, &Page{
		URL: pageURL, RequestURL: reqURL, StatusCode: resp.status, Header: resp.header,
		Body: resp.body, FetchedAt: resp.at, Depth: t.depth,
	})
}

// markHandled records u as passed to the Handler and reports whether it
// was new.
func (r *run) markHandled(u *url.URL) bool {
	k := r.hash(u.String())
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.handled[k]; ok {
		return false
	}
	r.handled[k] = struct{}{}
	return true
}

// call passes a page to the Handler, turning a panic into an error.
func (r *run) call(ctx context.Context, p *Page) {
	if ctx.Err() != nil {
		return
	}
	err := func() (err error) {
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("scraper: handler panic on %s: %v", p.URL, v)
			}
		}()
		return r.handler(ctx, p)
	}()
	r.count(func(s *Stats) {
		if !p.NotModified {
			s.Articles++
		}
		if err != nil {
			s.Errors++
		}
	})
	if err != nil {
		r.cfg.Logger.Warn("handler failed", "url", p.URL.String(), "err", err)
		return
	}
	r.cfg.Logger.Debug("article", "url", p.URL.String(), "not_modified", p.NotModified, "bytes", len(p.Body))
}

// document handles a sitemap, sitemap index or feed (or a seed that is
// one): queues the URLs it lists.
func (r *run) document(t task, u *url.URL, resp *response) {
	kind, locs := readXML(resp.body)
	if kind == xmlUnknown && (t.kind == kindSitemap || t.kind == kindProbe) && fetch.MediaType(resp.header) == "text/plain" {
		kind, locs = xmlURLSet, textSitemap(resp.body)
	}
	next, depth := kindPage, t.depth+1
	switch kind {
	case xmlSitemapIndex:
		next, depth = kindSitemap, t.depth
		r.count(func(s *Stats) { s.Sitemaps++ })
	case xmlURLSet:
		r.count(func(s *Stats) { s.Sitemaps++ })
	case xmlFeed:
		r.count(func(s *Stats) { s.Feeds++ })
	default:
		r.count(func(s *Stats) { s.NonHTML++ })
		r.cfg.Logger.Debug("neither HTML, sitemap nor feed: skipped", "url", u.String(), "type", fetch.MediaType(resp.header))
		r.outcome(Outcome{URL: t.url, Kind: NonHTML, Reason: "not HTML: " + fetch.MediaType(resp.header), Status: resp.status})
		return
	}
	for _, loc := range locs {
		if l := parseRaw(u, loc); l != nil {
			r.add(l, depth, next, false)
		}
	}
	r.cfg.Logger.Debug("read", "url", u.String(), "urls", len(locs))
}

// textSitemap reads a plain-text sitemap: one URL per line.
func textSitemap(body []byte) []string {
	var locs []string
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() && len(locs) < maxSitemapURLs {
		if l := strings.TrimSpace(sc.Text()); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
			locs = append(locs, l)
		}
	}
	return locs
}

// discoverSitemaps queues robots.txt of u's host, once, to look for its
// sitemaps. It is done for the hosts of seeds that are HTML pages (site
// URLs), not for sitemap or feed seeds, which are the sources wanted.
func (r *run) discoverSitemaps(u *url.URL) {
	origin := u.Scheme + "://" + u.Host
	r.mu.Lock()
	done := r.origins[origin]
	r.origins[origin] = true
	r.mu.Unlock()
	if !done {
		r.add(&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}, 0, kindRobots, true)
	}
}

// readRobots reads robots.txt of a seed host for its Sitemap lines, and
// queues them and /sitemap.xml.
func (r *run) readRobots(ctx context.Context, u *url.URL) {
	if !r.cfg.IgnoreRobots {
		_, sitemaps, err := r.fetcher.rules(ctx, u)
		if err != nil {
			return
		}
		for _, sm := range sitemaps {
			if l := parseLink(u, sm); l != nil {
				r.add(l, 0, kindSitemap, false)
			}
		}
	}
	r.add(&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/sitemap.xml"}, 0, kindProbe, false)
}

func (k kind) String() string {
	switch k {
	case kindPage:
		return "page"
	case kindSitemap, kindProbe:
		return "sitemap"
	case kindFeed:
		return "feed"
	case kindRobots:
		return "robots"
	}
	return "unknown"
}

// errString is err's message, or "" for nil.
func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// fetchReason names the class of a fetch error in a few stable words, for
// the records and the summary's top reasons.
func fetchReason(err error) string {
	if se, ok := errors.AsType[*fetch.StatusError](err); ok {
		return fmt.Sprintf("HTTP %d", se.Code)
	}
	switch {
	case errors.Is(err, fetch.ErrTooLarge):
		return "body too large"
	case errors.Is(err, fetch.ErrTooManyRedirects):
		return "too many redirects"
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return "timeout"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	}
	if _, ok := errors.AsType[*net.DNSError](err); ok {
		return "DNS error"
	}
	return "network error"
}

func isTimeout(err error) bool {
	t, ok := errors.AsType[interface {
		error
		Timeout() bool
	}](err)
	return ok && t.Timeout()
}

// failLog is where a failed page is logged: at Info, or at Debug when
// Config.OnOutcome receives the failures (the caller then decides what is
// worth a line, such as a URL failing for the first time).
func (r *run) failLog() func(msg string, args ...any) {
	if r.cfg.OnOutcome != nil {
		return r.cfg.Logger.Debug
	}
	return r.cfg.Logger.Info
}
