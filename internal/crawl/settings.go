package crawl

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/machinery/fetch"
	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/scraper"
)

// Settings are what a user chooses about a crawl: the flags of
// `pith crawl` and the site keys of pith.yaml. Both are made from the one
// table that Fields returns, with the defaults of DefaultSettings and the
// checks of Validate, so that a new setting is a field here and a row in
// that table, and nothing else.
type Settings struct {
	// Scope is "host", "domain" or "prefix" (see scraper.Scope).
	Scope string
	// Include and Exclude are URL patterns (Go regular expressions).
	Include, Exclude []string
	// Depth caps the link depth from a seed; 0 means no limit.
	Depth int
	// MaxPages caps the pages fetched per run; 0 means no limit.
	MaxPages int
	// MaxPagesPerHost caps the pages fetched from one host per run; 0
	// means no limit.
	MaxPagesPerHost int
	// Parallel is the number of requests in flight per host.
	Parallel int
	// Delay is the politeness pause between requests to a host; 0 turns it
	// off.
	Delay time.Duration
	// UserAgent is sent with every request.
	UserAgent string
	// Timeout bounds each request, body included.
	Timeout time.Duration
	// Retries is the number of retries of a failed request; 0 means none.
	Retries int
	// IgnoreRobots turns off robots.txt (for your own sites only).
	IgnoreRobots bool
	// Keep lists boilerplate kinds kept in articles instead of removed.
	Keep []string
	// Archive keeps the raw response of every stored page as WARC (see
	// Config.Archive).
	Archive bool
	// Learn counts each site's repeated blocks, to learn and remove its
	// boilerplate (see Config.NoLearn).
	Learn bool
	// Redis is the URL of a Redis that keeps the crawl's shared state, so
	// that several workers run one crawl; "" keeps it in the process.
	Redis string
	// RedisCA is a PEM file of CAs trusted for a rediss:// Redis, besides
	// the system's.
	RedisCA string
}

// DefaultSettings returns the settings of a crawl that chose nothing.
func DefaultSettings() Settings {
	return Settings{
		Scope:           "host",
		MaxPagesPerHost: 100_000,
		Parallel:        2,
		Delay:           time.Second,
		UserAgent:       fetch.DefaultUserAgent,
		Timeout:         30 * time.Second,
		Retries:         3,
		Archive:         true,
		Learn:           true,
	}
}

// Field is one row of the settings table: its names, its help, where it
// lives in Settings, and its check.
type Field struct {
	// Flag is the name of the `pith crawl` flag, Key that of the
	// pith.yaml key.
	Flag, Key string
	// Usage is the flag's help.
	Usage string
	// Value returns where the setting lives in s: a *string, *[]string,
	// *int, *time.Duration or *bool.
	Value func(s *Settings) any
	// Split says a list given as a flag is split at commas (--keep a,b);
	// patterns are kept whole, as they may hold a comma.
	Split bool
	// check returns the problems of the setting's value in s.
	check func(s *Settings) []problem
}

// problem is one thing wrong with a value: the list item at fault (-1 for
// the whole value) and what is wrong.
type problem struct {
	item int
	msg  string
}

func whole(format string, args ...any) []problem {
	return []problem{{-1, fmt.Sprintf(format, args...)}}
}

// fields is the settings table, in the order of `pith crawl -h`.
var fields = []Field{
	{Flag: "scope", Key: "scope", Value: func(s *Settings) any { return &s.Scope },
		Usage: "which URLs to follow: host (the seed's host), domain (its registrable domain) or prefix (the seed's path)",
		check: func(s *Settings) []problem {
			switch s.Scope {
			case "host", "domain", "prefix":
				return nil
			}
			return whole("%q: want host, domain or prefix", s.Scope)
		}},
	{Flag: "include", Key: "include", Value: func(s *Settings) any { return &s.Include },
		Usage: "follow only URLs matching this regexp (repeatable)",
		check: func(s *Settings) []problem { return checkPatterns(s.Include) }},
	{Flag: "exclude", Key: "exclude", Value: func(s *Settings) any { return &s.Exclude },
		Usage: "do not follow URLs matching this regexp (repeatable)",
		check: func(s *Settings) []problem { return checkPatterns(s.Exclude) }},
	{Flag: "depth", Key: "depth", Value: func(s *Settings) any { return &s.Depth },
		Usage: "follow links at most this deep from a seed; 0 means no limit",
		check: func(s *Settings) []problem { return atLeast(s.Depth, 0) }},
	{Flag: "max-pages", Key: "max_pages", Value: func(s *Settings) any { return &s.MaxPages },
		Usage: "fetch at most this many pages (with --redis, in all the workers); 0 means no limit",
		check: func(s *Settings) []problem { return atLeast(s.MaxPages, 0) }},
	{Flag: "max-pages-per-host", Key: "max_pages_per_host", Value: func(s *Settings) any { return &s.MaxPagesPerHost },
		Usage: "fetch at most this many pages from one host (a bound on spider traps); 0 means no limit",
		check: func(s *Settings) []problem { return atLeast(s.MaxPagesPerHost, 0) }},
	{Flag: "parallel", Key: "parallel", Value: func(s *Settings) any { return &s.Parallel },
		Usage: "requests in flight per host",
		check: func(s *Settings) []problem { return atLeast(s.Parallel, 1) }},
	{Flag: "delay", Key: "delay", Value: func(s *Settings) any { return &s.Delay },
		Usage: "pause between two requests to a host, with jitter; 0 disables it (for your own sites)",
		check: func(s *Settings) []problem {
			if s.Delay < 0 {
				return whole("%s is negative", s.Delay)
			}
			return nil
		}},
	{Flag: "user-agent", Key: "user_agent", Value: func(s *Settings) any { return &s.UserAgent },
		Usage: "User-Agent sent, naming pith; add a contact URL",
		check: func(s *Settings) []problem {
			if s.UserAgent == "" {
				return whole("empty; leave it out for pith's default")
			}
			return nil
		}},
	{Flag: "timeout", Key: "timeout", Value: func(s *Settings) any { return &s.Timeout },
		Usage: "time allowed for one request, body included",
		check: func(s *Settings) []problem {
			if s.Timeout <= 0 {
				return whole("want a duration above 0, such as 30s")
			}
			return nil
		}},
	{Flag: "retries", Key: "retries", Value: func(s *Settings) any { return &s.Retries },
		Usage: "retries of a request after a network error, 429 or 5xx; 0 means none",
		check: func(s *Settings) []problem { return atLeast(s.Retries, 0) }},
	{Flag: "ignore-robots", Key: "ignore_robots", Value: func(s *Settings) any { return &s.IgnoreRobots },
		Usage: "do not read robots.txt (only for sites you own)"},
	{Flag: "keep", Key: "keep", Value: func(s *Settings) any { return &s.Keep }, Split: true,
		Usage: "keep a boilerplate kind instead of removing it (repeatable): " + strings.Join(cleaner.Kinds(), ", "),
		check: func(s *Settings) []problem {
			var ps []problem
			for i, k := range s.Keep {
				if err := (cleaner.Options{Keep: []string{k}}).Validate(); err != nil {
					ps = append(ps, problem{i, err.Error()})
				}
			}
			return ps
		}},
	{Flag: "archive", Key: "archive", Value: func(s *Settings) any { return &s.Archive },
		Usage: "keep the raw response of every stored page as WARC under DIR/.pith/warc, for pith reclean; --archive=false turns it off"},
	{Flag: "learn", Key: "learn", Value: func(s *Settings) any { return &s.Learn },
		Usage: "learn the blocks each site repeats under its articles (pith sites) and remove them; --learn=false stops counting (blocks learned are still removed)"},
	{Flag: "redis", Key: "redis", Value: func(s *Settings) any { return &s.Redis },
		Usage: "share the crawl with other workers through this Redis: redis://[:PASSWORD@]HOST:PORT/DB, or rediss:// for TLS (workers need the same seeds, Redis and --out)",
		check: func(s *Settings) []problem { return checkRedisURL(s.Redis) }},
	{Flag: "redis-ca", Key: "redis_ca", Value: func(s *Settings) any { return &s.RedisCA },
		Usage: "PEM file of the CA that signed the certificate of a rediss:// Redis, trusted besides the system's CAs",
		check: func(s *Settings) []problem {
			if s.RedisCA != "" && !strings.HasPrefix(s.Redis, "rediss://") {
				return whole("needs a rediss:// redis URL")
			}
			return nil
		}},
}

// Fields returns the settings table: every setting, once.
func Fields() []Field { return append([]Field(nil), fields...) }

func atLeast(n, least int) []problem {
	if n < least {
		return whole("%d is below the minimum %d", n, least)
	}
	return nil
}

func checkPatterns(patterns []string) []problem {
	var ps []problem
	for i, p := range patterns {
		if _, err := regexp.Compile(p); err != nil {
			ps = append(ps, problem{i, fmt.Sprintf("bad pattern %q: %v", p, err)})
		}
	}
	return ps
}

// SettingError is one setting whose value Validate refuses.
type SettingError struct {
	// Field is the setting.
	Field Field
	// Item is the index of the list entry at fault, or -1 when the whole
	// value is.
	Item int
	// Msg says what is wrong, without naming the setting: the face that
	// took the value (a flag, a key) names it.
	Msg string
}

func (e *SettingError) Error() string { return e.Field.Key + ": " + e.Msg }

// SettingErrors are the settings Validate refuses, in table order.
type SettingErrors []*SettingError

func (es SettingErrors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Validate checks every setting of s. It returns nil when all are good,
// and otherwise SettingErrors.
func (s Settings) Validate() error {
	var errs SettingErrors
	for _, f := range fields {
		if f.check == nil {
			continue
		}
		for _, p := range f.check(&s) {
			errs = append(errs, &SettingError{Field: f, Item: p.item, Msg: p.msg})
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// Config validates s and returns the crawl of seeds into the out dir out
// that it describes.
func (s Settings) Config(seeds []string, out string) (Config, error) {
	if err := s.Validate(); err != nil {
		return Config{}, err
	}
	scope, err := scraper.ParseScope(s.Scope)
	if err != nil {
		return Config{}, err
	}
	include, err := compile(s.Include)
	if err != nil {
		return Config{}, err
	}
	exclude, err := compile(s.Exclude)
	if err != nil {
		return Config{}, err
	}
	sc := scraper.Config{
		UserAgent:       s.UserAgent,
		Scope:           scope,
		MaxDepth:        s.Depth,
		MaxPages:        s.MaxPages,
		MaxPagesPerHost: s.MaxPagesPerHost,
		Parallelism:     s.Parallel,
		Delay:           s.Delay,
		Timeout:         s.Timeout,
		Retries:         s.Retries,
		IgnoreRobots:    s.IgnoreRobots,
		Include:         include,
		Exclude:         exclude,
	}
	if s.Retries == 0 {
		sc.Retries = -1 // scraper.Config: 0 means its default, below 0 none
	}
	if s.MaxPagesPerHost == 0 {
		sc.MaxPagesPerHost = -1 // likewise
	}
	return Config{Seeds: seeds, Out: out, Scraper: sc, Keep: s.Keep, Archive: s.Archive, NoLearn: !s.Learn, Redis: s.Redis,
		RedisOptions: shared.Options{CAFile: s.RedisCA}}, nil
}

func compile(patterns []string) ([]*regexp.Regexp, error) {
	var res []*regexp.Regexp
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, err
		}
		res = append(res, re)
	}
	return res, nil
}

// CheckSeed says why raw cannot be a seed, or returns nil: a seed is an
// absolute http or https URL with a host.
func CheckSeed(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("not a URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return errors.New("want an http or https URL such as https://news.example/")
	}
	if u.Host == "" {
		return errors.New("the URL has no host")
	}
	return nil
}
