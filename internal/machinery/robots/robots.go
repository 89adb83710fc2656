package robots

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"time"
)

// MaxSize is the number of bytes of a robots.txt file that Parse reads; the
// rest is ignored. RFC 9309 section 2.5 asks crawlers to parse at least
// 500 KiB.
const MaxSize = 500 << 10

// maxLineLen is the longest line kept, as in the reference parser (2083*8
// bytes, including a final NUL there); longer lines are cut.
const maxLineLen = 2083*8 - 1

// Robots is a parsed robots.txt file. It is immutable and safe for
// concurrent use.
type Robots struct {
	groups   []group
	sitemaps []string
	// all says what to answer when the file could not be had at all:
	// allowAll (no file, a 4xx) or disallowAll (a 5xx, unreachable).
	all int
}

const (
	parsed = iota
	allowAll
	disallowAll
)

// group is a run of User-agent lines and the rules that follow them.
type group struct {
	agents     []string // product tokens, as written
	global     bool     // one of the agents is "*"
	rules      []rule
	crawlDelay time.Duration
	hasDelay   bool
}

type rule struct {
	allow   bool
	pattern string // percent-encoding normalised
}

// AllowAll returns rules that allow everything: what a crawler applies
// when robots.txt is missing or answered with a 4xx status.
func AllowAll() *Robots { return &Robots{all: allowAll} }

// DisallowAll returns rules that disallow everything: what a crawler applies
// when robots.txt is answered with a 5xx status or cannot be reached.
func DisallowAll() *Robots { return &Robots{all: disallowAll} }

// Parse parses the first MaxSize bytes of a robots.txt body. It accepts any
// input: lines it cannot read are ignored, as RFC 9309 asks.
func Parse(body []byte) *Robots {
	if len(body) > MaxSize {
		body = body[:MaxSize]
	}
	p := parser{r: &Robots{}}
	p.run(body)
	return p.r
}

// parser builds a Robots line by line, tracking the group being read.
type parser struct {
	r *Robots
	// cur is the group being read, nil before the first User-agent line.
	cur *group
	// sawRule is set once the current group has an Allow or Disallow line:
	// the next User-agent line then starts a new group.
	sawRule bool
}

var bom = []byte{0xEF, 0xBB, 0xBF}

func (p *parser) run(body []byte) {
	// Skip a byte-order mark, or any prefix of one, as the reference parser
	// does.
	for i := 0; i < len(bom) && len(body) > 0 && body[0] == bom[i]; i++ {
		body = body[1:]
	}
	for len(body) > 0 {
		end := bytes.IndexAny(body, "\r\n")
		var line []byte
		if end < 0 {
			line, body = body, nil
		} else {
			line = body[:end]
			if body[end] == '\r' && end+1 < len(body) && body[end+1] == '\n' {
				end++
			}
			body = body[end+1:]
		}
		if len(line) > maxLineLen {
			line = line[:maxLineLen]
		}
		p.line(string(line))
	}
}

// line handles one line, already without its line end.
func (p *parser) line(s string) {
	key, value, ok := splitLine(s)
	if !ok {
		return
	}
	switch keyKind(key) {
	case keyUserAgent:
		if p.cur == nil || p.sawRule {
			p.r.groups = append(p.r.groups, group{})
			p.cur = &p.r.groups[len(p.r.groups)-1]
			p.sawRule = false
		}
		if isGlobalAgent(value) {
			p.cur.global = true
		} else {
			p.cur.agents = append(p.cur.agents, ProductToken(value))
		}
	case keyAllow, keyDisallow:
		if p.cur == nil {
			return // rules before the first User-agent line belong to no group
		}
		p.sawRule = true
		allow := keyKind(key) == keyAllow
		pat := escapePattern(value)
		p.cur.rules = append(p.cur.rules, rule{allow: allow, pattern: pat})
		if allow {
			// Google-specific: "Allow: /dir/index.html" also allows "/dir/".
			if i := strings.LastIndexByte(pat, '/'); i >= 0 && strings.HasPrefix(pat[i:], "/index.htm") {
				p.cur.rules = append(p.cur.rules, rule{allow: true, pattern: pat[:i+1] + "$"})
			}
		}
	case keyCrawlDelay:
		if p.cur == nil {
			return
		}
		if d, ok := parseDelay(value); ok {
			p.cur.crawlDelay, p.cur.hasDelay = d, true
		}
	case keySitemap:
		if value != "" {
			p.r.sitemaps = append(p.r.sitemaps, value)
		}
	}
}

// splitLine strips the comment and blanks of a line and splits it into key
// and value at the first colon or, failing one, at the only run of blanks.
func splitLine(s string) (key, value string, ok bool) {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	s = trimSpace(s)
	sep := strings.IndexByte(s, ':')
	if sep < 0 {
		// Google-specific: accept a blank for the colon when the line has
		// exactly two words.
		sep = strings.IndexAny(s, " \t")
		if sep < 0 {
			return "", "", false
		}
		rest := strings.TrimLeft(s[sep:], " \t")
		if strings.ContainsAny(rest, " \t") {
			return "", "", false
		}
	}
	return trimSpace(s[:sep]), trimSpace(s[sep+1:]), true
}

// trimSpace trims what C's isspace calls blank.
func trimSpace(s string) string {
	return strings.Trim(s, " \t\n\v\f\r")
}

const (
	keyUnknown = iota
	keyUserAgent
	keyAllow
	keyDisallow
	keySitemap
	keyCrawlDelay
)

// keyKind names a key by its prefix, case-insensitively, accepting the
// misspellings the reference parser accepts.
func keyKind(key string) int {
	has := func(prefixes ...string) bool {
		for _, p := range prefixes {
			if len(key) >= len(p) && strings.EqualFold(key[:len(p)], p) {
				return true
			}
		}
		return false
	}
	switch {
	case has("user-agent", "useragent", "user agent"):
		return keyUserAgent
	case has("allow"):
		return keyAllow
	case has("disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw"):
		return keyDisallow
	case has("sitemap", "site-map"):
		return keySitemap
	case has("crawl-delay", "crawldelay", "crawl delay"):
		return keyCrawlDelay
	}
	return keyUnknown
}

// isGlobalAgent reports whether a User-agent value is "*", possibly
// followed by a blank and more text.
func isGlobalAgent(v string) bool {
	return len(v) > 0 && v[0] == '*' && (len(v) == 1 || strings.ContainsRune(" \t\n\v\f\r", rune(v[1])))
}

// ProductToken returns the leading [A-Za-z_-] characters of a user agent,
// the part that robots.txt groups are matched on: "pith" for
// "pith/0.1 (+https://github.com/pith-news/pith)".
func ProductToken(ua string) string {
	i := 0
	for i < len(ua) {
		c := ua[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '_') {
			break
		}
		i++
	}
	return ua[:i]
}

// parseDelay reads a Crawl-delay value in seconds.
func parseDelay(v string) (time.Duration, bool) {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || f < 0 || f > 365*24*3600 {
		return 0, false
	}
	return time.Duration(f * float64(time.Second)), true
}

// escapePattern percent-encodes the non-ASCII bytes of a pattern and
// upper-cases the hex digits of its escapes, as RFC 9309 section 2.2.2 asks.
func escapePattern(s string) string {
	need := false
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '%' {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteByte(upper(s[i+1]))
			b.WriteByte(upper(s[i+2]))
			i += 2
		case c >= 0x80:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// Sitemaps returns the URLs of the Sitemap lines, in file order.
func (r *Robots) Sitemaps() []string {
	return append([]string(nil), r.sitemaps...)
}

// Agent returns the rules that apply to the crawler whose product token is
// agent (see ProductToken): the merged groups naming it or, if none does,
// the merged "*" groups.
func (r *Robots) Agent(agent string) *Agent {
	a := &Agent{all: r.all}
	if r.all != parsed {
		return a
	}
	specific := false
	for i := range r.groups {
		for _, name := range r.groups[i].agents {
			if strings.EqualFold(name, agent) {
				specific = true
				break
			}
		}
	}
	for i := range r.groups {
		g := &r.groups[i]
		match := false
		if specific {
			for _, name := range g.agents {
				if strings.EqualFold(name, agent) {
					match = true
					break
				}
			}
		} else {
			match = g.global
		}
		if !match {
			continue
		}
		a.rules = append(a.rules, g.rules...)
		if g.hasDelay && g.crawlDelay > a.crawlDelay {
			a.crawlDelay = g.crawlDelay
			a.hasDelay = true
		} else if g.hasDelay {
			a.hasDelay = true
		}
	}
	return a
}

// Allowed reports whether the crawler whose product token is agent may
// fetch url, which is an absolute URL or a path (with its query), already
// percent-encoded.
func (r *Robots) Allowed(agent, url string) bool {
	return r.Agent(agent).Allowed(url)
}

// Agent holds the rules of a robots.txt file that apply to one crawler. It
// is immutable and safe for concurrent use.
type Agent struct {
	rules      []rule
	crawlDelay time.Duration
	hasDelay   bool
	all        int
}

// Allowed reports whether url may be fetched. url is an absolute URL or a
// path (with its query), already percent-encoded: the path, parameters and
// query are matched, the fragment is not.
func (a *Agent) Allowed(url string) bool {
	switch a.all {
	case allowAll:
		return true
	case disallowAll:
		return false
	}
	path := pathParamsQuery(url)
	allow, disallow := -1, -1
	for _, r := range a.rules {
		best := &disallow
		if r.allow {
			best = &allow
		}
		if len(r.pattern) <= *best {
			continue
		}
		if matches(path, r.pattern) {
			*best = len(r.pattern)
		}
	}
	// A pattern of length 0 (an empty Disallow) decides nothing.
	if allow <= 0 && disallow <= 0 {
		return true
	}
	return disallow <= allow
}

// CrawlDelay returns the Crawl-delay of the selected groups (the largest,
// if several set one) and whether any did.
func (a *Agent) CrawlDelay() (time.Duration, bool) {
	return a.crawlDelay, a.hasDelay
}
