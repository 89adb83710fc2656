package crawl

import (
	"cmp"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/pith-news/pith/scraper"
)

// Stats are the totals of a crawl.
type Stats struct {
	// Scraper holds the crawler's totals: pages fetched, 304s, skipped,
	// errors, requests, rate, elapsed.
	Scraper scraper.Stats
	// Created, Updated, Unchanged and Duplicate count the articles by what
	// the store did with them (see store.Outcome).
	Created, Updated, Unchanged, Duplicate int
	// NotModified counts the article pages answered 304 Not Modified.
	NotModified int
	// NoArticle counts the pages the scraper took for articles but in
	// which the cleaner found none (too short, not HTML, empty, too large).
	NoArticle int
	// Errors counts the pages that failed to clean; failures of the store
	// end the crawl and are returned by Run.
	Errors int
	// OutOfScopeLinks counts the links on the seeds' sites not followed
	// for the scope, the filters or the depth (each URL once).
	OutOfScopeLinks int
	// Learned counts the repeated blocks the sites learned; Recleaned the
	// stored articles rewritten without them (see Reclean).
	Learned, Recleaned int
	// Resumed says the crawl resumed an interrupted one.
	Resumed bool
	// Complete says the crawl ran to its end (not interrupted).
	Complete bool
	// Elapsed is the time since Run started.
	Elapsed time.Duration
	// TopReasons are the most frequent reasons a URL was not stored, most
	// frequent first (at most 5); FailedHosts the hosts with failed
	// requests, most failures first (at most 10). Both are set on the
	// Stats Run returns, not on progress.
	TopReasons  []Count
	FailedHosts []Count
}

// tallies count the reasons and failed hosts of a crawl.
type tallies struct {
	reasons map[string]int // "verdict: reason" → URLs, up to maxDistinct
	hosts   map[string]int // host → failures, up to maxDistinct
}

// Count is a name and how many times it occurred.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

// maxDistinct bounds the reasons and hosts a crawl counts.
const maxDistinct = 1000

func (s *tallies) addReason(verdict, reason string) {
	if s.reasons == nil {
		s.reasons = map[string]int{}
	}
	k := verdict
	if reason != "" {
		k += ": " + reason
	}
	if _, ok := s.reasons[k]; ok || len(s.reasons) < maxDistinct {
		s.reasons[k]++
	}
}

func (s *tallies) addFailedHost(rawURL string) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return
	}
	if s.hosts == nil {
		s.hosts = map[string]int{}
	}
	if _, ok := s.hosts[u.Host]; ok || len(s.hosts) < maxDistinct {
		s.hosts[u.Host]++
	}
}

// top returns the n largest counts of m, largest first, names breaking ties.
func top(m map[string]int, n int) []Count {
	var out []Count
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	slices.SortFunc(out, func(a, b Count) int {
		if c := cmp.Compare(b.N, a.N); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// finish sets the fields of the final totals.
func (s *Stats) finish(t *tallies) {
	s.TopReasons, s.FailedHosts = top(t.reasons, 5), top(t.hosts, 10)
}

// Stored returns the number of articles written: created or updated.
func (s Stats) Stored() int { return s.Created + s.Updated }

// Skipped returns the pages not stored for a benign reason: not modified,
// unchanged, duplicates, no article found, skipped by a resume, non-HTML.
func (s Stats) Skipped() int {
	return s.NotModified + s.Unchanged + s.Duplicate + s.NoArticle + s.Scraper.Skipped + s.Scraper.Duplicates + s.Scraper.NonHTML
}

// AllErrors returns the crawler's errors and the cleaner's together.
func (s Stats) AllErrors() int { return s.Scraper.Errors + s.Errors }

// rate returns the pages fetched per second, to one decimal.
func (s Stats) rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return math.Round(float64(s.Scraper.Fetched)/s.Elapsed.Seconds()*10) / 10
}

// Outcomes returns the pages and URLs of the crawl by outcome, in the
// verdicts of pith why (see store.Verdict), plus "skipped" for the URLs a
// resumed crawl did not fetch again.
func (s Stats) Outcomes() []Count {
	sc := s.Scraper
	return []Count{
		{"stored", s.Stored()},
		{"unchanged", s.Unchanged + s.NotModified},
		{"duplicate", s.Duplicate + sc.Duplicates},
		{"hub", sc.Hubs},
		{"not_article", s.NoArticle},
		{"disallowed", sc.Disallowed},
		{"out_of_scope", sc.OutOfScope + s.OutOfScopeLinks},
		{"non_html", sc.NonHTML},
		{"error", s.AllErrors()},
		{"skipped", sc.Skipped},
	}
}

// String formats the totals on one line, for a status line or a summary.
func (s Stats) String() string {
	return fmt.Sprintf("%d pages fetched (%.1f/s), %d articles stored (%d new, %d changed), %d skipped, %d errors, %s",
		s.Scraper.Fetched, s.rate(), s.Stored(), s.Created, s.Updated, s.Skipped(), s.AllErrors(), s.Elapsed.Round(100*time.Millisecond))
}

// Summary writes the totals of a finished crawl for a person: the headline,
// the counts by outcome (those not zero), the top reasons for not storing a
// URL and the failed hosts.
func (s Stats) Summary(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "  %s\n", s)
	var parts []string
	for _, c := range s.Outcomes() {
		if c.N > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c.N, c.Name))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(&b, "  by outcome: %s\n", strings.Join(parts, ", "))
	}
	if s.Learned > 0 || s.Recleaned > 0 {
		fmt.Fprintf(&b, "  site learning: %d repeated blocks learned; %d stored articles recleaned without them (pith sites lists them)\n", s.Learned, s.Recleaned)
	}
	if len(s.TopReasons) > 0 {
		fmt.Fprintf(&b, "  top reasons: %s\n", joinCounts(s.TopReasons))
	}
	if len(s.FailedHosts) > 0 {
		fmt.Fprintf(&b, "  failed hosts: %s\n", joinCounts(s.FailedHosts))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func joinCounts(cs []Count) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s (%d)", c.Name, c.N)
	}
	return strings.Join(parts, "; ")
}

// LogValue logs the totals as a group: counts by outcome, the rate to one
// decimal, the elapsed time in seconds, the top reasons and failed hosts.
func (s Stats) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.Int("fetched", s.Scraper.Fetched),
		slog.Int("requests", s.Scraper.Requests),
		slog.Float64("pages_per_sec", s.rate()),
		slog.Int("created", s.Created),
		slog.Int("updated", s.Updated),
	}
	for _, c := range s.Outcomes() {
		attrs = append(attrs, slog.Int(c.Name, c.N))
	}
	if s.Learned > 0 || s.Recleaned > 0 {
		attrs = append(attrs, slog.Int("learned", s.Learned), slog.Int("recleaned", s.Recleaned))
	}
	attrs = append(attrs,
		slog.Bool("resumed", s.Resumed),
		slog.Bool("complete", s.Complete),
		slog.Float64("elapsed_s", math.Round(s.Elapsed.Seconds()*10)/10),
	)
	if len(s.TopReasons) > 0 {
		attrs = append(attrs, slog.String("top_reasons", joinCounts(s.TopReasons)))
	}
	if len(s.FailedHosts) > 0 {
		attrs = append(attrs, slog.String("failed_hosts", joinCounts(s.FailedHosts)))
	}
	return slog.GroupValue(attrs...)
}
