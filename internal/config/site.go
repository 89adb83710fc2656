package config

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/schedule"
)

// siteKey is a key of a site; inDefaults says it may also stand under
// defaults.
type siteKey struct {
	name       string
	inDefaults bool
}

// siteKeys lists the keys of a site: its own (where and when), then one
// per crawl setting (crawl.Fields), which may all be defaults.
var siteKeys = func() []siteKey {
	keys := []siteKey{{"name", false}, {"seeds", false}, {"schedule", true}, {"jitter", true}, {"out", false}, {"jsonl", false}}
	for _, f := range crawl.Fields() {
		keys = append(keys, siteKey{f.Key, true})
	}
	return keys
}()

// settingFields maps a pith.yaml key to its crawl setting.
var settingFields = func() map[string]crawl.Field {
	m := map[string]crawl.Field{}
	for _, f := range crawl.Fields() {
		m[f.Key] = f
	}
	return m
}()

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
	given := map[string]*yaml.Node{} // value nodes of the keys read
	for k, v := range p.pairs(n) {
		if !slices.Contains(allowed, k.Value) {
			if !full && slices.ContainsFunc(siteKeys, func(sk siteKey) bool { return sk.name == k.Value }) {
				p.errorf(k, "%s: %q cannot be a default; give it in each site", label, k.Value)
				continue
			}
			p.unknown(k, allowed)
			continue
		}
		given[k.Value] = v
		at := func(format string, args ...any) {
			p.errorf(v, "%s: %s: %s", label, k.Value, fmt.Sprintf(format, args...))
		}
		if f, ok := settingFields[k.Value]; ok {
			p.setting(f.Value(&s.Crawl), v, at)
			continue
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
					if err := crawl.CheckSeed(raw); err != nil {
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
		}
	}
	p.checkSettings(s.Crawl, given, label)
	if !full {
		return
	}
	for _, req := range []string{"name", "seeds", "schedule", "out"} {
		if given[req] == nil {
			p.errorf(n, "%s: missing %q", label, req)
		}
	}
}

// setting reads the value node v into dst, a field of crawl.Settings, by
// its type; Validate checks the value afterwards.
func (p *parser) setting(dst any, v *yaml.Node, at func(string, ...any)) {
	switch dst := dst.(type) {
	case *string:
		if str, ok := p.str(v, at); ok {
			*dst = str
		}
	case *[]string:
		if list, ok := p.strs(v, at); ok {
			*dst = list
		}
	case *int:
		if i, ok := p.int(v, at); ok {
			*dst = i
		}
	case *time.Duration:
		if d, ok := p.duration(v, at); ok {
			*dst = d
		}
	case *bool:
		if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
			at("want true or false, got %s", describe(v))
		} else {
			*dst = v.Value == "true"
		}
	}
}

// checkSettings reports what crawl.Settings.Validate refuses in set, at
// the keys given in this mapping; a value taken from the defaults was
// reported there.
func (p *parser) checkSettings(set crawl.Settings, given map[string]*yaml.Node, label string) {
	var es crawl.SettingErrors
	if !errors.As(set.Validate(), &es) {
		return
	}
	type located struct {
		n   *yaml.Node
		msg string
	}
	var found []located
	for _, e := range es {
		v := given[e.Field.Key]
		if v == nil {
			continue
		}
		n := v
		if e.Item >= 0 {
			n = item(v, e.Item)
		}
		found = append(found, located{n, fmt.Sprintf("%s: %s: %s", label, e.Field.Key, e.Msg)})
	}
	slices.SortStableFunc(found, func(a, b located) int {
		return cmp.Or(cmp.Compare(a.n.Line, b.n.Line), cmp.Compare(a.n.Column, b.n.Column))
	})
	for _, f := range found {
		p.errorf(f.n, "%s", f.msg)
	}
}
