package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/schedule"
)

// Config is a loaded and checked pith.yaml.
type Config struct {
	// File is the path the config was read from.
	File string
	// Sites lists the sites to crawl, in file order.
	Sites []Site
}

// Site is one site to crawl on a schedule. Its fields mirror the flags of
// `pith crawl`; a key missing from the file holds the flag's default.
type Site struct {
	// Name identifies the site in logs, metrics and the API.
	Name string
	// Seeds are the URLs the crawl starts from (a home page, a section,
	// a sitemap or a feed).
	Seeds []string
	// Schedule says when the site is crawled; ScheduleSpec is its text.
	Schedule     schedule.Schedule
	ScheduleSpec string
	// Jitter is the most a run may start after it is due. The default is a
	// tenth of the gap between two runs, at most a minute.
	Jitter time.Duration
	// Out is the out dir of the store (absolute, or relative to the working
	// directory when the config was parsed from memory).
	Out string
	// JSONL, if set, is a file each new or changed article is appended to
	// as one JSON line.
	JSONL string
	// Scope is "host", "domain" or "prefix" (default "host").
	Scope string
	// Include and Exclude are URL patterns (Go regular expressions).
	Include, Exclude []string
	// Depth caps the link depth from a seed; 0 means no limit.
	Depth int
	// MaxPages caps the pages fetched per run; 0 means no limit.
	MaxPages int
	// Parallel is the number of requests in flight per host (default 2).
	Parallel int
	// Delay is the politeness delay between requests to a host (default 1s;
	// 0 turns it off).
	Delay time.Duration
	// UserAgent is sent with every request; "" means pith's default.
	UserAgent string
	// Timeout bounds each request (default 30s).
	Timeout time.Duration
	// Retries is the number of retries of a failed request (default 3).
	Retries int
	// IgnoreRobots turns off robots.txt (for your own sites only).
	IgnoreRobots bool
	// Keep lists boilerplate kinds kept in articles instead of removed.
	Keep []string
	// Line is the line of the site's entry in the file.
	Line int
}

// Defaults of the keys a site may leave out; the same as `pith crawl`'s
// flag defaults.
const (
	DefaultScope    = "host"
	DefaultParallel = 2
	DefaultDelay    = time.Second
	DefaultTimeout  = 30 * time.Second
	DefaultRetries  = 3
	// MaxJitter caps the default jitter.
	MaxJitter = time.Minute
)

// Error is one problem in a config file, at a line and column.
type Error struct {
	File   string
	Line   int // 1-based; 0 when unknown
	Column int // 1-based; 0 when unknown
	Msg    string
}

func (e *Error) Error() string {
	switch {
	case e.Line == 0:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	case e.Column == 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// maxErrors caps the errors reported for one file.
const maxErrors = 20

// Load reads and checks the config file at path. Every problem found is
// reported, each as an *Error, joined (errors.Join); use errors.As to get
// the first one.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return parse(path, filepath.Dir(abs), data)
}

// Parse checks config data read from a file named file (used in errors
// only). Relative paths in it are left relative to the working directory.
func Parse(file string, data []byte) (*Config, error) {
	return parse(file, "", data)
}

// parser holds the state of one parse.
type parser struct {
	file string
	dir  string // base of relative paths; "" keeps them as written
	errs []error
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	e := &Error{File: p.file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	p.errs = append(p.errs, e)
}

// syntaxError turns err, a yaml syntax error in data, into an *Error. The
// yaml package often names the line where the enclosing block starts, not
// the line at fault; the first line at which a prefix of data stops parsing
// is a better guess, and is reported with the block's line.
func syntaxError(file string, data []byte, err error) *Error {
	e := &Error{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return e
	}
	e.Line, _ = strconv.Atoi(m[1])
	e.Msg = m[2]
	lines := strings.SplitAfter(string(data), "\n")
	if len(lines) > maxScanLines {
		return e
	}
	for k := e.Line; k <= len(lines); k++ {
		var n yaml.Node
		if yaml.Unmarshal([]byte(strings.Join(lines[:k], "")), &n) != nil {
			if k != e.Line {
				e.Msg = fmt.Sprintf("%s (in the block that starts at line %d)", e.Msg, e.Line)
				e.Line = k
			}
			break
		}
	}
	return e
}

// maxScanLines caps the size of a file whose syntax errors are located
// line by line.
const maxScanLines = 1000

// yamlLine matches the position in a yaml syntax error.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func parse(file, dir string, data []byte) (*Config, error) {
	p := &parser{file: file, dir: dir}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, syntaxError(file, data, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, &Error{File: file, Line: 1, Msg: "empty config: want a \"sites\" list"}
	}
	root := deref(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		return nil, &Error{File: file, Line: root.Line, Column: root.Column, Msg: "want a mapping with a \"sites\" list at the top"}
	}
	cfg := &Config{File: file}
	var defaults, sites *yaml.Node
	for k, v := range p.pairs(root) {
		switch k.Value {
		case "defaults":
			defaults = v
		case "sites":
			sites = v
		default:
			p.unknown(k, []string{"defaults", "sites"})
		}
	}
	base := Site{Scope: DefaultScope, Parallel: DefaultParallel, Delay: DefaultDelay, Timeout: DefaultTimeout, Retries: DefaultRetries, Jitter: -1}
	if defaults != nil {
		if defaults.Kind != yaml.MappingNode {
			p.errorf(defaults, "defaults: want a mapping of site keys")
		} else {
			p.site(&base, defaults, "defaults", false)
		}
	}
	switch {
	case sites == nil:
		p.errorf(root, "missing \"sites\": want a list of sites")
	case sites.Kind != yaml.SequenceNode:
		p.errorf(sites, "sites: want a list of sites")
	case len(sites.Content) == 0:
		p.errorf(sites, "sites: the list is empty")
	}
	if sites != nil && sites.Kind == yaml.SequenceNode {
		names := map[string]int{}
		outs := map[string]*Site{}
		jsonls := map[string]*Site{}
		for i, n := range sites.Content {
			n = deref(n)
			if n.Kind != yaml.MappingNode {
				p.errorf(n, "sites[%d]: want a mapping with name, seeds, schedule and out", i)
				continue
			}
			s := base
			s.Line = n.Line
			s.Seeds, s.Include, s.Exclude, s.Keep = clone(base.Seeds), clone(base.Include), clone(base.Exclude), clone(base.Keep)
			label := fmt.Sprintf("sites[%d]", i)
			if name := lookup(n, "name"); name != nil && name.Kind == yaml.ScalarNode && name.Value != "" {
				label = fmt.Sprintf("site %q", name.Value)
			}
			p.site(&s, n, label, true)
			if s.Name != "" {
				if line, ok := names[s.Name]; ok {
					p.errorf(lookup(n, "name"), "%s: name used twice (first at line %d)", label, line)
				}
				names[s.Name] = s.Line
			}
			if s.Out != "" {
				key := filepath.Clean(s.Out)
				if other, ok := outs[key]; ok {
					p.errorf(lookup(n, "out"), "%s: out dir %s is also the out dir of site %q (line %d); each site needs its own", label, s.Out, other.Name, other.Line)
				} else {
					outs[key] = &s
				}
			}
			if s.JSONL != "" {
				key := filepath.Clean(s.JSONL)
				if other, ok := jsonls[key]; ok {
					p.errorf(lookup(n, "jsonl"), "%s: jsonl file %s is also the jsonl file of site %q (line %d); each site needs its own", label, s.JSONL, other.Name, other.Line)
				} else {
					jsonls[key] = &s
				}
			}
			if s.Jitter < 0 && s.Schedule != nil {
				s.Jitter = defaultJitter(s.Schedule, time.Now())
			}
			cfg.Sites = append(cfg.Sites, s)
		}
	}
	if len(p.errs) > 0 {
		if len(p.errs) > maxErrors {
			p.errs = append(p.errs[:maxErrors], fmt.Errorf("%s: too many errors", file))
		}
		return nil, errors.Join(p.errs...)
	}
	return cfg, nil
}

type siteKey struct {
	name       string
	inDefaults bool
}

// siteKeys lists the keys of a site; the ones marked false may not appear
// under defaults.
var siteKeys = []siteKey{
	{"name", false}, {"seeds", false}, {"schedule", true}, {"jitter", true},
	{"out", false}, {"jsonl", false}, {"scope", true}, {"include", true},
	{"exclude", true}, {"depth", true}, {"max_pages", true}, {"parallel", true},
	{"delay", true}, {"user_agent", true}, {"timeout", true}, {"retries", true},
	{"ignore_robots", true}, {"keep", true},
}

var siteName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// site reads the keys of mapping n into s. full says n is a site (and not
// the defaults): required keys are checked.
func (p *parser) site(s *Site, n *yaml.Node, label string, full bool) {
	var allowed []string
	for _, k := range siteKeys {
		if full || k.inDefaults {
			allowed = append(allowed, k.name)
		}
	}
	seen := map[string]bool{}
	for k, v := range p.pairs(n) {
		if !slices.Contains(allowed, k.Value) {
			if !full && slices.ContainsFunc(siteKeys, func(sk siteKey) bool { return sk.name == k.Value }) {
				p.errorf(k, "%s: %q cannot be a default; give it in each site", label, k.Value)
				continue
			}
			p.unknown(k, allowed)
			continue
		}
		seen[k.Value] = true
		at := func(format string, args ...any) {
			p.errorf(v, "%s: %s: %s", label, k.Value, fmt.Sprintf(format, args...))
		}
		switch k.Value {
		case "name":
			if str, ok := p.str(v, at); ok {
				if !siteName.MatchString(str) {
					at("%q: want letters, digits, '.', '_' or '-', starting with a letter or digit", str)
				}
				s.Name = str
			}
		case "seeds":
			if list, ok := p.strs(v, at); ok {
				for i, raw := range list {
					if err := checkURL(raw); err != nil {
						p.errorf(item(v, i), "%s: seeds: %q: %v", label, raw, err)
					}
				}
				s.Seeds = list
			}
		case "schedule":
			if str, ok := p.str(v, at); ok {
				sched, err := schedule.Parse(str)
				if err != nil {
					at("%s", strings.TrimPrefix(err.Error(), "schedule: "))
				} else {
					s.Schedule, s.ScheduleSpec = sched, str
				}
			}
		case "jitter":
			if d, ok := p.duration(v, at); ok {
				s.Jitter = d
			}
		case "out":
			if str, ok := p.str(v, at); ok {
				s.Out = p.path(str)
			}
		case "jsonl":
			if str, ok := p.str(v, at); ok {
				if str == "-" {
					at("\"-\" (standard output) is not allowed for a daemon; give a file path")
				} else {
					s.JSONL = p.path(str)
				}
			}
		case "scope":
			if str, ok := p.str(v, at); ok {
				switch str {
				case "host", "domain", "prefix":
					s.Scope = str
				default:
					at("%q: want host, domain or prefix", str)
				}
			}
		case "include", "exclude":
			if list, ok := p.strs(v, at); ok {
				for i, pat := range list {
					if _, err := regexp.Compile(pat); err != nil {
						p.errorf(item(v, i), "%s: %s: bad pattern %q: %v", label, k.Value, pat, err)
					}
				}
				if k.Value == "include" {
					s.Include = list
				} else {
					s.Exclude = list
				}
			}
		case "depth":
			if i, ok := p.int(v, at, 0); ok {
				s.Depth = i
			}
		case "max_pages":
			if i, ok := p.int(v, at, 0); ok {
				s.MaxPages = i
			}
		case "parallel":
			if i, ok := p.int(v, at, 1); ok {
				s.Parallel = i
			}
		case "retries":
			if i, ok := p.int(v, at, 0); ok {
				s.Retries = i
			}
		case "delay":
			if d, ok := p.duration(v, at); ok {
				s.Delay = d
			}
		case "timeout":
			if d, ok := p.duration(v, at); ok {
				if d == 0 {
					at("want a duration above 0, such as 30s")
				} else {
					s.Timeout = d
				}
			}
		case "user_agent":
			if str, ok := p.str(v, at); ok {
				if str == "" {
					at("empty; leave the key out for pith's default")
				}
				s.UserAgent = str
			}
		case "ignore_robots":
			if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
				at("want true or false, got %s", describe(v))
			} else {
				s.IgnoreRobots = v.Value == "true"
			}
		case "keep":
			if list, ok := p.strs(v, at); ok {
				kinds := cleaner.Kinds()
				for i, kind := range list {
					if !slices.Contains(kinds, kind) {
						p.errorf(item(v, i), "%s: keep: unknown kind %q (want one of %s)", label, kind, strings.Join(kinds, ", "))
					}
				}
				s.Keep = list
			}
		}
	}
	if !full {
		return
	}
	for _, req := range []string{"name", "seeds", "schedule", "out"} {
		if !seen[req] {
			p.errorf(n, "%s: missing %q", label, req)
		}
	}
}

// pairs yields the key and value nodes of mapping n, with merge keys (<<)
// applied first so that the mapping's own keys override them. A key given
// twice is an error.
func (p *parser) pairs(n *yaml.Node) func(yield func(k, v *yaml.Node) bool) {
	return func(yield func(k, v *yaml.Node) bool) {
		seen := map[string]int{}
		merging := map[*yaml.Node]bool{n: true} // each mapping is merged once, and never into itself
		var walk func(n *yaml.Node, merged bool) bool
		walk = func(n *yaml.Node, merged bool) bool {
			var own [][2]*yaml.Node
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], deref(n.Content[i+1])
				if k.Value == "<<" && k.ShortTag() == "!!merge" {
					var srcs []*yaml.Node
					switch v.Kind {
					case yaml.MappingNode:
						srcs = []*yaml.Node{v}
					case yaml.SequenceNode:
						for _, c := range v.Content {
							srcs = append(srcs, deref(c))
						}
					}
					for _, src := range srcs {
						if src.Kind != yaml.MappingNode {
							p.errorf(k, "merge key <<: want a mapping or a list of mappings")
							continue
						}
						if merging[src] {
							p.errorf(k, "merge key <<: a mapping merged twice or into itself")
							continue
						}
						merging[src] = true
						if !walk(src, true) {
							return false
						}
					}
					continue
				}
				own = append(own, [2]*yaml.Node{k, v})
			}
			for _, kv := range own {
				k, v := kv[0], kv[1]
				if k.Kind != yaml.ScalarNode {
					p.errorf(k, "want a plain key, got %s", describe(k))
					continue
				}
				if line, ok := seen[k.Value]; ok && !merged && line >= 0 {
					p.errorf(k, "key %q given twice (first at line %d)", k.Value, line)
					continue
				}
				if merged {
					seen[k.Value] = -1 // may be overridden by the mapping's own key
				} else {
					seen[k.Value] = k.Line
				}
				if !yield(k, v) {
					return false
				}
			}
			return true
		}
		walk(n, false)
	}
}

// unknown reports key k, not one of allowed, suggesting the closest.
func (p *parser) unknown(k *yaml.Node, allowed []string) {
	best, bestDist := "", 3
	for _, a := range allowed {
		if d := distance(k.Value, a); d < bestDist {
			best, bestDist = a, d
		}
	}
	if best != "" {
		p.errorf(k, "unknown key %q (did you mean %q?)", k.Value, best)
		return
	}
	p.errorf(k, "unknown key %q (want one of %s)", k.Value, strings.Join(allowed, ", "))
}

func (p *parser) str(v *yaml.Node, at func(string, ...any)) (string, bool) {
	if v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
		at("want a string, got %s", describe(v))
		return "", false
	}
	return v.Value, true
}

// strs reads a list of strings; a single string is a list of one.
func (p *parser) strs(v *yaml.Node, at func(string, ...any)) ([]string, bool) {
	if v.Kind == yaml.ScalarNode && v.ShortTag() != "!!null" {
		return []string{v.Value}, true
	}
	if v.Kind != yaml.SequenceNode {
		at("want a list of strings, got %s", describe(v))
		return nil, false
	}
	if len(v.Content) == 0 {
		at("the list is empty")
		return nil, false
	}
	list := make([]string, 0, len(v.Content))
	ok := true
	for _, c := range v.Content {
		c = deref(c)
		if c.Kind != yaml.ScalarNode || c.ShortTag() == "!!null" {
			p.errorf(c, "want a string in the list, got %s", describe(c))
			ok = false
			continue
		}
		list = append(list, c.Value)
	}
	return list, ok
}

func (p *parser) int(v *yaml.Node, at func(string, ...any), min int) (int, bool) {
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" {
		at("want a whole number, got %s", describe(v))
		return 0, false
	}
	i, err := strconv.Atoi(v.Value)
	if err != nil {
		at("want a whole number, got %q", v.Value)
		return 0, false
	}
	if i < min {
		at("%d is below the minimum %d", i, min)
		return 0, false
	}
	return i, true
}

func (p *parser) duration(v *yaml.Node, at func(string, ...any)) (time.Duration, bool) {
	if v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
		at("want a duration such as 1s, got %s", describe(v))
		return 0, false
	}
	d, err := time.ParseDuration(v.Value)
	if err != nil {
		at("want a duration such as 1s or 500ms, got %q", v.Value)
		return 0, false
	}
	if d < 0 {
		at("%s is negative", d)
		return 0, false
	}
	return d, true
}

// path resolves a relative path against the config file's directory.
func (p *parser) path(s string) string {
	if p.dir == "" || filepath.IsAbs(s) {
		return filepath.Clean(s)
	}
	return filepath.Join(p.dir, s)
}

func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("not a URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return errors.New("want an http or https URL")
	}
	if u.Host == "" {
		return errors.New("the URL has no host")
	}
	return nil
}

// defaultJitter is a tenth of the gap between the next two runs of s after
// now, at most MaxJitter.
func defaultJitter(s schedule.Schedule, now time.Time) time.Duration {
	n1 := s.Next(now)
	if n1.IsZero() {
		return 0
	}
	n2 := s.Next(n1)
	if n2.IsZero() {
		return 0
	}
	return min(n2.Sub(n1)/10, MaxJitter)
}

// lookup returns the value of key in mapping n, or nil.
func lookup(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return deref(n.Content[i+1])
		}
	}
	return nil
}

// item returns the i-th element of sequence v, or v itself if it is a
// scalar (a list of one).
func item(v *yaml.Node, i int) *yaml.Node {
	if v.Kind == yaml.SequenceNode && i < len(v.Content) {
		return deref(v.Content[i])
	}
	return v
}

func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func clone(s []string) []string { return slices.Clone(s) }

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
