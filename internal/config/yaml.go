package config

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

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

func (p *parser) int(v *yaml.Node, at func(string, ...any)) (int, bool) {
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" {
		at("want a whole number, got %s", describe(v))
		return 0, false
	}
	i, err := strconv.Atoi(v.Value)
	if err != nil {
		at("want a whole number, got %q", v.Value)
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
