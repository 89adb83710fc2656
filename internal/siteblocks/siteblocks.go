package siteblocks

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// MaxWords is the longest block that is counted: a paragraph of more
// words is the story's, whatever repeats it.
const MaxWords = 80

// Block is one text block of an article.
type Block struct {
	// Node is the block's element in the tree Segment was given.
	Node *html.Node
	// Text is the block's text, spaces collapsed.
	Text string
	// Norm is Normalize(Text); Key is Key(Norm).
	Norm, Key string
}

// blockAtoms are the elements that hold a block of text.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Dd: true, atom.Dt: true, atom.Figcaption: true, atom.Td: true, atom.Th: true,
	atom.Div: true, atom.Section: true, atom.Aside: true, atom.Footer: true, atom.Header: true,
	atom.Article: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tr: true, atom.Figure: true, atom.Details: true,
}

// skipAtoms hold no article text.
var skipAtoms = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true}

// Segment returns the text blocks under root in document order: the block
// elements that hold no other block element, and have text.
func Segment(root *html.Node) []Block {
	var out []Block
	var visit func(n *html.Node) bool // reports whether n holds a block
	visit = func(n *html.Node) bool {
		hasBlock := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !skipAtoms[c.DataAtom] && visit(c) {
				hasBlock = true
			}
		}
		isBlock := n.Type == html.ElementNode && blockAtoms[n.DataAtom] && n != root
		if isBlock && !hasBlock {
			if t := text(n); t != "" {
				norm := Normalize(t)
				out = append(out, Block{Node: n, Text: t, Norm: norm, Key: Key(norm)})
			}
		}
		return hasBlock || isBlock
	}
	visit(root)
	return out
}

// text returns the text of n, spaces collapsed.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if skipAtoms[n.DataAtom] {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// Normalize returns the comparable form of a block's text: lower case,
// every run of digits one "0" (a year, a date, a count change), every run
// of other characters that are not letters one space.
func Normalize(s string) string {
	var b strings.Builder
	space, digit := true, false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
			space, digit = false, false
		case unicode.IsDigit(r):
			if !digit {
				b.WriteByte('0')
			}
			space, digit = false, true
		default:
			if !space {
				b.WriteByte(' ')
			}
			space, digit = true, false
		}
	}
	return strings.TrimSpace(b.String())
}

// Key returns the key of a normalised text: 16 hex digits of its SHA-256.
func Key(norm string) string {
	sum := sha256.Sum256([]byte(norm))
	return hex.EncodeToString(sum[:8])
}

// Countable reports whether a block is worth counting: it has a letter and
// at most MaxWords words.
func Countable(b Block) bool {
	if !strings.ContainsFunc(b.Norm, unicode.IsLetter) {
		return false
	}
	return fields.Count(b.Norm) <= MaxWords
}

// The positions a block can have. A block's place is the start (one of
// the first EdgeBlocks blocks), the end (one of the last EdgeBlocks) or
// after a given block ("after:" and the first 8 digits of its key).
const (
	Start = "start"
	End   = "end"
	after = "after:"
)

// EdgeBlocks is how many blocks make the start and the end of an article.
const EdgeBlocks = 3

// After returns the position "after the block of key".
func After(key string) string { return after + key[:min(8, len(key))] }

// Positions returns the places of blocks[i]: Start, End and After the
// block before it, as they apply.
func Positions(blocks []Block, i int) []string {
	var ps []string
	if i < EdgeBlocks {
		ps = append(ps, Start)
	}
	if i >= len(blocks)-EdgeBlocks {
		ps = append(ps, End)
	}
	if i > 0 {
		ps = append(ps, After(blocks[i-1].Key))
	}
	return ps
}

// At reports whether blocks[i] sits at position pos.
func At(blocks []Block, i int, pos string) bool {
	return slices.Contains(Positions(blocks, i), pos)
}

// SignatureWords is the number of words in a Signature.
const SignatureWords = 16

// minSignatureRunes is the shortest word a Signature takes: shorter ones
// are mostly the language's own (the, und, which), not the story's.
const minSignatureRunes = 6

// Signature sums up what a text is about: its SignatureWords most
// frequent words of six letters or more, most frequent first (ties: the
// first used). Two articles on one story share many of them; two
// unrelated articles of a site, few.
func Signature(text string) []string {
	type word struct {
		w      string
		n, pos int
	}
	seen := map[string]*word{}
	for i, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(f) < minSignatureRunes {
			continue
		}
		if w, ok := seen[f]; ok {
			w.n++
		} else {
			seen[f] = &word{f, 1, i}
		}
	}
	ws := make([]*word, 0, len(seen))
	for _, w := range seen {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b *word) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.pos, b.pos)
	})
	out := make([]string, 0, SignatureWords)
	for _, w := range ws[:min(len(ws), SignatureWords)] {
		out = append(out, w.w)
	}
	return out
}

// Overlap returns the share of the shorter signature that the other has
// too: 0 for unrelated texts, 1 for one story told twice.
func Overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// Relatedness returns the mean Overlap of every pair of signatures: how
// much the articles a block was seen in are about the same thing.
func Relatedness(sigs [][]string) float64 {
	sum, pairs := 0.0, 0
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			sum += Overlap(sigs[i], sigs[j])
			pairs++
		}
	}
	if pairs == 0 {
		return 0
	}
	return sum / float64(pairs)
}
