package quickre

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Regexp is a regular expression compiled on first use, with a literal
// prefilter in front of it. The zero value is not usable: make one with
// MustCompile.
type Regexp struct {
	// The pattern is parsed for its prefilter on first use, and compiled
	// only when a text first passes the prefilter: on a small page most
	// patterns never do, and compiling was most of a one-page clean.
	prepOnce, compileOnce sync.Once
	pattern               string
	re                    *regexp.Regexp
	need                  need
	// starts, for a pattern anchored at the text's start ("^(read
	// more|see also)"), files the lower-cased literals a match must begin
	// with by their first byte; nil when the pattern is not anchored or
	// its start is not a set of literals.
	starts *[256][]string
	// odd holds the runes that match one of the pattern's case-folded
	// literals but lower-case to another rune ("ſ" for "s"): text holding
	// one skips the prefilter.
	odd map[rune]bool
	// branches are the alternatives of a long pattern (see split), each
	// a Regexp with its own prefilter, compiled on its own first use: a
	// text that passes the whole pattern's prefilter compiles only the
	// branches it may match. They are read by parts, when a text first
	// passes that prefilter; nil for a pattern not split.
	splitOnce sync.Once
	branches  []*Regexp
	// words is the pattern read as a word set, or nil when it is not one
	// (see wordSet); set by prep.
	words *wordSet
}

// A pattern is split into its top-level alternatives when it is at least
// splitMinLen bytes long and has at least splitMinBranches of them:
// compiling one of the rules' long alternations in a fresh process cost up
// to 5 ms, most of a one-page clean that needed one of its phrases.
const (
	splitMinLen      = 1000
	splitMinBranches = 8
)

// MustCompile returns a Regexp for pattern, in regexp's syntax. The pattern
// is compiled, and panics if it is invalid, on first use: patterns are
// constant data, which their packages' tests compile.
func MustCompile(pattern string) *Regexp {
	r := &Regexp{pattern: pattern}
	registryMu.Lock()
	registry[pattern] = true
	registryMu.Unlock()
	return r
}

// parts returns the pattern's branches, split on first use, or nil when
// the pattern is not split.
func (r *Regexp) parts() []*Regexp {
	if len(r.pattern) < splitMinLen {
		return nil
	}
	r.splitOnce.Do(func() {
		if ps := branchPatterns(r.pattern); ps != nil {
			r.branches = make([]*Regexp, len(ps))
			for i, p := range ps {
				r.branches[i] = &Regexp{pattern: p}
			}
		}
	})
	return r.branches
}

// branchPatterns returns the patterns of pattern's branches, or nil when it
// is not split: it is shorter than splitMinLen or has fewer than
// splitMinBranches alternatives.
func branchPatterns(pattern string) []string {
	if len(pattern) < splitMinLen {
		return nil
	}
	if ps := split(pattern); len(ps) >= splitMinBranches {
		return ps
	}
	return nil
}

// split returns the alternatives of pattern, each with the flags that
// open the pattern ("(?i)a|b" gives "(?i)a" and "(?i)b"); for a pattern
// that is one group of alternatives, with only ^, \A or \b before it and
// no repeat after it, each alternative in the group with what comes
// before and after ("^(a|b)x" gives "^(a)x" and "^(b)x"). Nil when there
// is one alternative, when flags are set anywhere else at the level
// split (they would reach into the next alternatives), or when an
// alternative is empty. It reads the syntax only as far as it must:
// escapes, \Q…\E, character classes (with their [:name:] classes) and
// groups.
//
// With nothing but anchors before the group, the alternatives' matches
// are tried in the same order as the group's: a branch matching first at
// the leftmost place is the whole pattern's match there.
func split(pattern string) []string {
	flags, rest := "", pattern
	if f, ok := flagGroup(pattern); ok {
		flags, rest = pattern[:f], pattern[f:]
	}
	pipes, closing, ok := topLevel(rest)
	if !ok || closing >= 0 {
		return nil
	}
	// The alternatives, and what goes before and after each.
	parts, before, after := cut(rest, pipes), flags, ""
	if len(pipes) == 0 {
		lead := ""
		for _, a := range []string{"^", `\A`, `\b`} {
			if strings.HasPrefix(rest, a) {
				lead = a
				break
			}
		}
		body := rest[len(lead):]
		open := "("
		if strings.HasPrefix(body, "(?:") {
			open = "(?:"
		} else if !strings.HasPrefix(body, "(") || strings.HasPrefix(body, "(?") {
			return nil
		}
		inner, closing, ok := topLevel(body[len(open):])
		if !ok || closing < 0 || len(inner) == 0 {
			return nil
		}
		after = body[len(open)+closing:] // from the group's ")"
		if len(after) > 1 && strings.IndexByte("*+?{", after[1]) >= 0 {
			return nil // a repeated group
		}
		parts, before = cut(body[len(open):len(open)+closing], inner), flags+lead+open
	}
	for i, p := range parts {
		if p == "" {
			return nil
		}
		parts[i] = before + p + after
	}
	return parts
}

// cut cuts s at the bytes at pipes.
func cut(s string, pipes []int) []string {
	parts := make([]string, 0, len(pipes)+1)
	start := 0
	for _, i := range pipes {
		parts = append(parts, s[start:i])
		start = i + 1
	}
	return append(parts, s[start:])
}

// topLevel reads s up to the ) that closes the group s is inside of, or
// its end: it returns the places of the |s at its level, and where that )
// is (-1 at the end). ok is false for what split must not cut: flags set
// at that level, a class or \Q left open, a group not closed.
func topLevel(s string) (pipes []int, closing int, ok bool) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if strings.HasPrefix(s[i:], `\Q`) {
				end := strings.Index(s[i+2:], `\E`)
				if end < 0 {
					return nil, 0, false
				}
				i += 2 + end + 1
				continue
			}
			i++
		case '[':
			end := classEnd(s, i)
			if end < 0 {
				return nil, 0, false
			}
			i = end
		case '(':
			if depth == 0 {
				if _, isFlags := flagGroup(s[i:]); isFlags {
					return nil, 0, false
				}
			}
			depth++
		case ')':
			if depth == 0 {
				return pipes, i, true
			}
			depth--
		case '|':
			if depth == 0 {
				pipes = append(pipes, i)
			}
		}
	}
	return pipes, -1, depth == 0
}

// flagGroup returns the length of the flag group s opens ("(?i)", "(?-s)"),
// if it does.
func flagGroup(s string) (int, bool) {
	if !strings.HasPrefix(s, "(?") {
		return 0, false
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == ')':
			return i + 1, i > 2
		case c != '-' && c != 'i' && c != 'm' && c != 's' && c != 'U':
			return 0, false
		}
	}
	return 0, false
}

// classEnd returns the index of the ] that closes the character class
// opening at s[i], or -1.
func classEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '^' {
		j++
	}
	if j < len(s) && s[j] == ']' {
		j++ // a ] first is a literal
	}
	for ; j < len(s); j++ {
		switch {
		case s[j] == '\\':
			j++
		case strings.HasPrefix(s[j:], "[:"):
			if end := strings.Index(s[j+2:], ":]"); end >= 0 {
				j += 2 + end + 1
			}
		case s[j] == ']':
			return j
		}
	}
	return -1
}

// prep reads the prefilter from the parsed pattern.
func (r *Regexp) prep() {
	r.prepOnce.Do(func() {
		r.words = parseWordSet(r.pattern)
		if e := lookup(r.pattern); e != nil {
			r.need, r.starts = e.need, e.starts
			if len(e.odd) > 0 {
				r.odd = make(map[rune]bool, len(e.odd))
				for _, c := range e.odd {
					r.odd[c] = true
				}
			}
			return
		}
		tree, err := syntax.Parse(cheapClasses(r.pattern), syntax.Perl)
		if err != nil {
			r.compiled() // panics with regexp's own message
			return
		}
		r.odd = map[rune]bool{}
		r.need = build(tree, r.odd)
		r.starts = fileStarts(tree, r.odd)
	})
}

// cheapClasses returns pattern with each Unicode class escape (\pL,
// \p{Lu}, \P{N}) written as \w or \W. The prefilter reads literals, and
// small classes (at most maxClassStarts runes) at a pattern's start; \w,
// \W and their negations inside brackets are all larger than that, so it
// counts them as matching anything, as it does the Unicode classes, and
// its tree is the same; but
// parsing \p{L} under (?i) folds the whole letter table, and that was half
// the cost of reading the rules' patterns on a one-page clean.
func cheapClasses(pattern string) string {
	if !strings.Contains(pattern, `\p`) && !strings.Contains(pattern, `\P`) {
		return pattern
	}
	var b strings.Builder
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		if c != '\\' || i+1 == len(pattern) {
			b.WriteByte(c)
			continue
		}
		next := pattern[i+1]
		if next != 'p' && next != 'P' {
			b.WriteByte(c)
			b.WriteByte(next) // an escaped character, "\\" included
			i++
			continue
		}
		end := i + 2 // \pL
		if end >= len(pattern) {
			return pattern // malformed: let the parser say so
		}
		if pattern[end] == '{' {
			j := strings.IndexByte(pattern[end:], '}')
			if j < 0 {
				return pattern
			}
			end += j
		}
		if next == 'p' {
			b.WriteString(`\w`)
		} else {
			b.WriteString(`\W`)
		}
		i = end
	}
	return b.String()
}

// String returns the pattern.
func (r *Regexp) String() string { return r.pattern }

func (r *Regexp) compiled() *regexp.Regexp {
	r.compileOnce.Do(func() { r.re = regexp.MustCompile(r.pattern) })
	return r.re
}

// optional reports whether re may match nothing: x?, x*, x{0,n}.
func optional(re *syntax.Regexp) bool {
	return re.Op == syntax.OpQuest || re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0
}

// zeroWidth reports whether re matches no text: a word boundary, a line's
// start or end.
func zeroWidth(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpEmptyMatch:
		return true
	}
	return false
}

// maxClassStarts is the most runes a character class may hold for its
// runes to be a pattern's starts ([$€£], \d, [iİ]).
const maxClassStarts = 16

// classStarts returns the lower-cased runes of a small class, one a start
// each: the text is lower-cased rune by rune, so a rune of the class lower-
// cases to one of them.
func classStarts(re *syntax.Regexp) ([]string, bool) {
	n := 0
	for i := 0; i+1 < len(re.Rune); i += 2 {
		n += int(re.Rune[i+1]-re.Rune[i]) + 1
		if n > maxClassStarts {
			return nil, false
		}
	}
	var out []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if l := string(unicode.ToLower(r)); !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out, len(out) > 0
}

// MayMatch reports whether s holds the literals every match needs: false
// means the regexp does not match s. lower is strings.ToLower(s), or "" to
// have it computed.
func (r *Regexp) MayMatch(s, lower string) bool {
	r.prep()
	if r.need.op == opTrue && r.starts == nil {
		return true
	}
	if lower == "" {
		lower = toLower(s)
	}
	if len(r.odd) > 0 && hasOdd(lower, r.odd) {
		return true
	}
	if r.starts != nil && !startsWithAny(lower, r.starts) {
		return false
	}
	return r.need.holds(lower)
}

// MatchString reports whether s holds a match.
func (r *Regexp) MatchString(s string) bool {
	return r.MatchLower(s, "")
}

// MatchLower is MatchString for a caller that has lower, strings.ToLower(s),
// already.
func (r *Regexp) MatchLower(s, lower string) bool {
	r.prep()
	if r.words != nil && isASCII(s) {
		return r.words.match(s, lower)
	}
	branches, lower, ok := r.screen(s, lower)
	switch {
	case !ok:
		return false
	case branches == nil:
		return r.compiled().MatchString(s)
	}
	for _, b := range branches {
		if b.MatchLower(s, lower) {
			return true
		}
	}
	return false
}

// FindStringIndex returns the first match's bounds in s, or nil.
func (r *Regexp) FindStringIndex(s string) []int {
	return r.FindStringIndexLower(s, "")
}

// FindStringIndexLower is FindStringIndex for a caller that has lower,
// strings.ToLower(s), already. For a split pattern, the whole pattern's
// first match is the match of the first branch, in the pattern's order,
// that matches at the leftmost place any of them does: regexp prefers
// earlier alternatives, and a branch matching there has no match further
// left.
func (r *Regexp) FindStringIndexLower(s, lower string) []int {
	branches, lower, ok := r.screen(s, lower)
	switch {
	case !ok:
		return nil
	case branches == nil:
		return r.compiled().FindStringIndex(s)
	}
	var best []int
	for _, b := range branches {
		if loc := b.FindStringIndexLower(s, lower); loc != nil && (best == nil || loc[0] < best[0]) {
			best = loc
		}
	}
	return best
}

// screen runs the prefilter on s. ok is false when the regexp cannot
// match; otherwise screen returns the pattern's branches (nil when it is
// not split) and lower, computed here when the branches will need it.
func (r *Regexp) screen(s, lower string) (branches []*Regexp, _ string, ok bool) {
	if lower == "" && len(r.pattern) >= splitMinLen {
		lower = toLower(s) // once for the whole pattern and its branches
	}
	if !r.MayMatch(s, lower) {
		return nil, lower, false
	}
	return r.parts(), lower, true
}

// FindString returns the first match in s, or "".
func (r *Regexp) FindString(s string) string {
	if !r.MayMatch(s, "") {
		return ""
	}
	return r.compiled().FindString(s)
}

// FindStringSubmatch returns the first match and its groups, or nil.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.MayMatch(s, "") {
		return nil
	}
	return r.compiled().FindStringSubmatch(s)
}

// FindStringSubmatchIndex returns the bounds of the first match and its
// groups, or nil.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.MayMatch(s, "") {
		return nil
	}
	return r.compiled().FindStringSubmatchIndex(s)
}

// FindAllStringIndex returns the bounds of up to n matches (all when n < 0).
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.MayMatch(s, "") {
		return nil
	}
	return r.compiled().FindAllStringIndex(s, n)
}

// ReplaceAllString replaces every match in src with repl, expanding $1.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if !r.MayMatch(src, "") {
		return src
	}
	return r.compiled().ReplaceAllString(src, repl)
}

// toLower lower-cases s, without a copy when s has no upper-case ASCII and
// no other bytes than ASCII.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func startsWithAny(lower string, starts *[256][]string) bool {
	if lower == "" {
		return false
	}
	for _, p := range starts[lower[0]] {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

func hasOdd(lower string, odd map[rune]bool) bool {
	for i := 0; i < len(lower); i++ {
		if lower[i] >= utf8.RuneSelf {
			for _, c := range lower[i:] {
				if odd[c] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// need is a formula over literals that every match satisfies: a literal
// the text contains, all of some needs, or any of them.
type need struct {
	op   int
	lit  string
	subs []need
	// byFirst files an or's literal subs by their first byte, when it has
	// many: the text is then read once, not once per literal.
	byFirst *[256][]string
	others  []need // the or's subs that are not literals
}

// manyLiterals is how many literal subs an or needs before it files them
// by first byte.
const manyLiterals = 8

const (
	opTrue = iota // no need: the regexp must run
	opLit
	opAnd
	opOr
)

func (n *need) holds(lower string) bool {
	switch n.op {
	case opLit:
		return strings.Contains(lower, n.lit)
	case opAnd:
		for i := range n.subs {
			if !n.subs[i].holds(lower) {
				return false
			}
		}
		return true
	case opOr:
		if n.byFirst != nil {
			return n.holdsFiled(lower)
		}
		for i := range n.subs {
			if n.subs[i].holds(lower) {
				return true
			}
		}
		return false
	}
	return true
}

func (n *need) holdsFiled(lower string) bool {
	for i := 0; i < len(lower); i++ {
		for _, lit := range n.byFirst[lower[i]] {
			if strings.HasPrefix(lower[i:], lit) {
				return true
			}
		}
	}
	for i := range n.others {
		if n.others[i].holds(lower) {
			return true
		}
	}
	return false
}

// file sets up an or's byFirst, when it has many literal subs.
func (n *need) file() {
	lits := 0
	for _, s := range n.subs {
		if s.op == opLit {
			lits++
		}
	}
	if lits < manyLiterals {
		return
	}
	n.byFirst = new([256][]string)
	for _, s := range n.subs {
		if s.op == opLit {
			n.byFirst[s.lit[0]] = append(n.byFirst[s.lit[0]], s.lit)
		} else {
			n.others = append(n.others, s)
		}
	}
}

// build reads the need of a parsed pattern. A literal is kept lower-cased,
// which holds for text lower-cased the same way (strings.ToLower maps rune
// by rune): a case-sensitive "PM" in the text is "pm" in the lower text. A
// case-folded literal also matches the runes of its fold orbit; those that
// do not lower-case to the literal's own lower case go into odd.
func build(re *syntax.Regexp, odd map[rune]bool) need {
	if sub := inner(re); sub != nil {
		return build(sub, odd)
	}
	switch re.Op {
	case syntax.OpLiteral:
		return need{op: opLit, lit: lowerLiteral(re, odd)}
	case syntax.OpConcat:
		var subs []need
		var run strings.Builder // adjacent literals make one longer one
		flush := func() {
			if run.Len() > 0 {
				subs = append(subs, need{op: opLit, lit: run.String()})
				run.Reset()
			}
		}
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpLiteral {
				run.WriteString(lowerLiteral(sub, odd))
				continue
			}
			flush()
			if n := build(sub, odd); n.op != opTrue {
				subs = append(subs, n)
			}
		}
		flush()
		switch len(subs) {
		case 0:
			return need{op: opTrue}
		case 1:
			return subs[0]
		}
		return need{op: opAnd, subs: subs}
	case syntax.OpAlternate:
		subs := make([]need, 0, len(re.Sub))
		for _, sub := range re.Sub {
			n := build(sub, odd)
			if n.op == opTrue {
				return n
			}
			subs = append(subs, n)
		}
		or := need{op: opOr, subs: subs}
		or.file()
		return or
	}
	return need{op: opTrue}
}

// inner returns the part every match of re is a match of, for a group or
// a repeat of at least one; nil for other operators.
func inner(re *syntax.Regexp) *syntax.Regexp {
	switch {
	case re.Op == syntax.OpCapture, re.Op == syntax.OpPlus, re.Op == syntax.OpRepeat && re.Min >= 1:
		return re.Sub[0]
	}
	return nil
}

func lowerLiteral(re *syntax.Regexp, odd map[rune]bool) string {
	var b strings.Builder
	for _, r := range re.Rune {
		low := unicode.ToLower(r)
		b.WriteRune(low)
		if re.Flags&syntax.FoldCase == 0 {
			continue
		}
		for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
			if unicode.ToLower(o) != low {
				odd[o] = true
			}
		}
	}
	return b.String()
}

// maxStarts bounds the literals fileStarts keeps: past it, the filter is
// not worth its table.
const maxStarts = 512

// fileStarts returns the literals a match of an anchored pattern begins
// with, filed by first byte, or nil.
func fileStarts(re *syntax.Regexp, odd map[rune]bool) *[256][]string {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	starts, ok := concatStarts(re.Sub[1:], odd)
	if !ok {
		return nil
	}
	filed := new([256][]string)
	for _, p := range starts {
		filed[p[0]] = append(filed[p[0]], p)
	}
	return filed
}

// startsOf returns the non-empty literals one of which every match of re
// begins with.
func startsOf(re *syntax.Regexp, odd map[rune]bool) ([]string, bool) {
	if sub := inner(re); sub != nil {
		return startsOf(sub, odd)
	}
	switch re.Op {
	case syntax.OpLiteral:
		return []string{lowerLiteral(re, odd)}, true
	case syntax.OpCharClass:
		return classStarts(re)
	case syntax.OpConcat:
		return concatStarts(re.Sub, odd)
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			starts, ok := startsOf(sub, odd)
			if !ok || len(all)+len(starts) > maxStarts {
				return nil, false
			}
			all = append(all, starts...)
		}
		return all, true
	}
	return nil, false
}

// concatStarts returns the starts of a concatenation: its leading literals,
// then the starts of the first part that is not one.
func concatStarts(subs []*syntax.Regexp, odd map[rune]bool) ([]string, bool) {
	lead := ""
	for j, sub := range subs {
		if sub.Op == syntax.OpLiteral {
			lead += lowerLiteral(sub, odd)
			continue
		}
		if zeroWidth(sub) {
			continue // a match goes on with what follows
		}
		var starts []string
		var ok bool
		if optional(sub) {
			// A match begins with the optional part or, without it,
			// with the rest.
			var rest []string
			if starts, ok = startsOf(sub.Sub[0], odd); ok {
				rest, ok = concatStarts(subs[j+1:], odd)
				starts = append(starts, rest...)
				ok = ok && len(starts) <= maxStarts
			}
		} else {
			starts, ok = startsOf(sub, odd)
		}
		if !ok {
			break
		}
		out := make([]string, len(starts))
		for j, p := range starts {
			out[j] = lead + p
		}
		return out, true
	}
	if lead == "" {
		return nil, false
	}
	return []string{lead}, true
}

// Leads returns, for a pattern anchored at the text's start whose matches
// begin with one of a few literals ("^(read more|see also)"), the first
// bytes of those literals, lower-cased, and the runes whose presence in a
// text makes the prefilter stand aside (see MayMatch); ok is false for any
// other pattern. A caller holding many patterns can then skip, at once,
// those a text cannot match: when lower, a text lower-cased, is empty or
// begins with a byte not in leads, and holds none of the odd runes, the
// pattern does not match it.
func (r *Regexp) Leads() (leads [256]bool, odd []rune, ok bool) {
	r.prep()
	if r.starts == nil {
		return leads, nil, false
	}
	for c, lits := range r.starts {
		leads[c] = len(lits) > 0
	}
	for c := range r.odd {
		odd = append(odd, c)
	}
	return leads, odd, true
}
