package cleaner

import (
	"net/url"
	"strings"
	"time"

	"github.com/itlightning/dateparse"

	"github.com/pith-news/pith/internal/machinery/jsonld"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// The meta tags that give a page's publication and update dates, in order
// of trust: OpenGraph's article namespace, then the names CMSs, Dublin Core
// and analytics tags use.
var (
	publishedMetas = []string{
		"article:published_time", "og:article:published_time", "article:published", "og:published_time",
		"published_time", "article.published", "datepublished", "vr:published-time", "parsely-pub-date",
		"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
		"dc.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
		"publish-date", "publish_date", "publishdate", "published-date", "published_date",
		"publication_date", "publication-date", "pub_date", "pubdate", "date_published",
		"originalpublicationdate", "article_date_original", "rnews:datepublished", "og:pubdate",
		"cxenseparse:recs:publishtime", "article.created", "datecreated", "date", "created",
	}
	modifiedMetas = []string{
		"article:modified_time", "og:updated_time", "article:modified", "og:modified_time",
		"modified_time", "updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
		"dc.modified", "article.updated", "date_modified", "last-modified", "lastmod", "revised",
	}
)

const (
	// A date before minYear is not a web page's publication date.
	minYear = 1995
	// maxAhead is how far past now a date may lie: time zones.
	maxAhead = 36 * time.Hour
)

// dateSource says where a publication date came from.
type dateSource int

const (
	fromNone       dateSource = iota
	fromStructured            // JSON-LD, meta tags, microdata attributes
	fromMarkup                // <time datetime>
	fromText                  // visible text
	fromURL
)

// findDates returns the page's publication and update dates. The
// publication date is the first that parses and is plausible from, in
// order: JSON-LD (any object, the article's first), the meta tags,
// microdata, <time> outside comments and related links, dates written near
// the headline and in the byline, and the URL. The URL's date, and the
// date the page shows, then correct a UTC timestamp that falls on the day
// after or before the local day the page was published on.
func findDates(s *pageScan, ld *jsonld.Page, pageURL *url.URL, lang string, now time.Time) (published, modified time.Time) {
	valid := func(t time.Time) bool {
		return !t.IsZero() && t.Year() >= minYear && t.Before(now.Add(maxAhead))
	}
	src := fromNone
	var stamps []time.Time // every valid timestamp, for the page's time zone
	try := func(t time.Time, from dateSource) bool {
		if !valid(t) {
			return false
		}
		if from != fromText {
			stamps = append(stamps, t)
		}
		if src == fromNone {
			published, src = t, from
		}
		return true
	}
	for _, v := range ld.Strings("datePublished") {
		try(parseTime(v), fromStructured)
	}
	for _, v := range ld.Strings("dateCreated") {
		try(parseTime(v), fromStructured)
	}
	for _, k := range publishedMetas {
		for _, v := range s.metas[k] {
			try(parseTime(v), fromStructured)
		}
	}
	for _, p := range s.itempropDates {
		if p.prop != "datemodified" {
			try(parsePropDate(p, lang), fromStructured)
		}
	}
	// <time>: the one marked as the publication first, and never one
	// marked as the update.
	for _, pass := range []bool{true, false} {
		for _, tm := range s.times {
			if tm.pub == pass && !tm.update {
				try(parseTimeMark(tm, lang), fromMarkup)
			}
		}
	}
	urlDay, urlHasDay := urlDate(pageURL)
	if !urlHasDay || !valid(urlDay) {
		urlDay = time.Time{}
	}
	// The date the page shows, in its date and byline elements and in the
	// lines under the headline, is read when no machine-readable date was
	// found, or to tell the local day of a UTC timestamp: most pages are
	// spared the reading.
	shown := time.Time{}
	if src == fromNone || isUTC(published) {
	texts:
		for gi, group := range [][]string{s.dateTexts, s.afterH1, s.dateTextsPre, {collapseSpace(strings.Join(s.beforeH1, " "))}} {
			for _, text := range group {
				for _, d := range textDates(text, lang) {
					if !d.updated && valid(d.t) {
						if shown.IsZero() && gi < 2 { // not a masthead's date
							shown = d.t
						}
						try(d.t, fromText)
						if !shown.IsZero() {
							break texts
						}
					}
				}
			}
		}
	}
	if src == fromNone && !urlDay.IsZero() {
		published, src = urlDay, fromURL
	}
	// The day the page shows is the local day: a UTC timestamp one day off
	// is the same moment seen from Greenwich. The day written on the page
	// is the local one before the URL's, which some sites build from the
	// UTC timestamp.
	local := urlDay
	if local.IsZero() || !shown.IsZero() && isUTC(published) && oneDayApart(published, shown) {
		local = shown
	}
	if src == fromText && !urlDay.IsZero() && !sameDay(published, urlDay) {
		published = urlDay // a date in the text that the URL contradicts is another story's
	}

	for _, v := range ld.Strings("dateModified") {
		if modified = parseTime(v); valid(modified) {
			break
		}
	}
	if !valid(modified) {
		modified = time.Time{}
	metas:
		for _, k := range modifiedMetas {
			for _, v := range s.metas[k] {
				if t := parseTime(v); valid(t) {
					modified = t
					break metas
				}
			}
		}
	}
	if modified.IsZero() {
		for _, p := range s.itempropDates {
			if p.prop != "datemodified" {
				continue
			}
			if t := parsePropDate(p, lang); valid(t) {
				modified = t
				break
			}
		}
	}
	if modified.IsZero() {
		for _, tm := range s.times {
			if tm.update {
				if t := parseTimeMark(tm, lang); valid(t) {
					modified = t
					break
				}
			}
		}
	}
	if !modified.IsZero() {
		stamps = append(stamps, modified)
	}
	if !local.IsZero() && (src == fromStructured || src == fromMarkup) && isUTC(published) && oneDayApart(published, local) {
		published = inLocalZone(published, local, stamps)
	}
	if !published.IsZero() && !modified.IsZero() && modified.Before(published.Add(-24*time.Hour)) {
		modified = time.Time{} // an update before the publication is a wrong signal
	}
	return published, modified
}

// inLocalZone returns the moment t on the local day: in the time zone of
// another of the page's timestamps that puts it there, or, when none does,
// the local day itself (its time of day is not known).
func inLocalZone(t, local time.Time, stamps []time.Time) time.Time {
	for _, s := range stamps {
		if _, off := s.Zone(); off != 0 {
			if lt := t.In(s.Location()); sameDay(lt, local) {
				return lt
			}
		}
	}
	return local
}

func parsePropDate(p propValue, lang string) time.Time {
	if !p.text {
		if t := parseTime(p.value); !t.IsZero() {
			return t
		}
	}
	if ds := textDates(p.value, lang); len(ds) > 0 {
		return ds[0].t
	}
	if !p.text {
		return time.Time{} // parsed above
	}
	return parseTime(p.value)
}

func parseTimeMark(tm timeMark, lang string) time.Time {
	if t := parseTime(tm.datetime); !t.IsZero() {
		return t
	}
	if ds := textDates(tm.text, lang); len(ds) > 0 {
		return ds[0].t
	}
	return time.Time{}
}

// urlDatePath matches /2012/05/11/ (or 2012-05-11) in a URL's path.
var (
	urlDatePath  = quickre.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_-]|\.html?|$)`)
	urlDateSolid = quickre.MustCompile(`/((?:19|20)\d\d)(\d\d)(\d\d)/`)
)

// urlDate returns the date in the page's path, when it gives the day.
func urlDate(u *url.URL) (time.Time, bool) {
	if u == nil {
		return time.Time{}, false
	}
	for _, re := range []*quickre.Regexp{urlDatePath, urlDateSolid} {
		if m := re.FindStringSubmatch(u.Path); m != nil {
			if t, ok := makeDate(atoi(m[1]), atoi(m[2]), atoi(m[3])); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// oneDayApart reports whether a's calendar day (in its own zone) is the
// day before or after b's.
func oneDayApart(a, b time.Time) bool {
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	diff := da.Sub(db)
	return diff == 24*time.Hour || diff == -24*time.Hour
}

// isUTC reports whether t carries a time of day in UTC, as a timestamp
// converted to Greenwich does ("2019-10-19T01:40:00Z").
func isUTC(t time.Time) bool {
	_, off := t.Zone()
	return off == 0 && (t.Hour() != 0 || t.Minute() != 0)
}

// isoPrefix is the ISO 8601 date and time at the start of a value that has
// more after it: "2020-09-26T10:00:00+02:00CET".
var isoPrefix = quickre.MustCompile(`^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`)

// parseTime parses a machine-readable date: RFC 3339 and its relatives,
// ISO 8601's basic form (20201123T110235Z), a valid ISO prefix followed by
// junk, and whatever else dateparse reads. It returns the zero time when
// nothing parses.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
		"20060102T150405Z0700", "20060102T150405Z", "20060102T150405", "20060102T15:04:05Z07:00",
		"20060102T15:04:05", "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	if p := isoPrefix.FindString(s); p != "" && p != s {
		if t := parseTime(p); !t.IsZero() {
			return t
		}
	}
	t, err := dateparse.ParseAny(s)
	if err != nil || t.Year() < 1990 || t.Year() > 2200 {
		return time.Time{}
	}
	return t
}
