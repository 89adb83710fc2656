package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/schedule"
)

// Config is a loaded and checked pith.yaml.
type Config struct {
	// File is the path the config was read from.
	File string
	// Sites lists the sites to crawl, in file order.
	Sites []Site
}

// Site is one site to crawl on a schedule: where and when, and the
// settings of its crawl.
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
	// tenth of the gap between two runs, at most MaxJitter.
	Jitter time.Duration
	// Out is the out dir of the store (absolute, or relative to the working
	// directory when the config was parsed from memory).
	Out string
	// JSONL, if set, is a file each new or changed article is appended to
	// as one JSON line.
	JSONL string
	// Crawl holds the crawl settings: the keys of crawl.Fields given for
	// the site, else under defaults, else crawl.DefaultSettings.
	Crawl crawl.Settings
	// Line is the line of the site's entry in the file.
	Line int
}

// MaxJitter caps the default jitter.
const MaxJitter = time.Minute

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
	base := Site{Crawl: crawl.DefaultSettings(), Jitter: -1}
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
			s.Seeds = slices.Clone(base.Seeds)
			s.Crawl.Include, s.Crawl.Exclude, s.Crawl.Keep = slices.Clone(base.Crawl.Include), slices.Clone(base.Crawl.Exclude), slices.Clone(base.Crawl.Keep)
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
			p.claim(outs, &s, s.Out, n, "out", label, "out dir")
			p.claim(jsonls, &s, s.JSONL, n, "jsonl", label, "jsonl file")
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

// claim records that site s uses path (its key's value in mapping n), or
// reports the site that used it first: two sites may not share an out
// dir or a jsonl file. An empty path claims nothing.
func (p *parser) claim(owners map[string]*Site, s *Site, path string, n *yaml.Node, key, label, what string) {
	if path == "" {
		return
	}
	k := filepath.Clean(path)
	if other, ok := owners[k]; ok {
		p.errorf(lookup(n, key), "%s: %s %s is also the %s of site %q (line %d); each site needs its own", label, what, path, what, other.Name, other.Line)
		return
	}
	owners[k] = s
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
