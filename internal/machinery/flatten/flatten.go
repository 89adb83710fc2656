// Package flatten reads pages nested too deep for the HTML parser.
//
// golang.org/x/net/html gives up on a page whose stack of open elements
// passes 512 ("open stack of elements exceeds 512 nodes"): broken HTML with
// hundreds of unclosed <div>s or <font>s, which old pages and some
// generators write. Browsers read such a page: past a depth they stop
// nesting (Blink at 512) and keep the text. Page rewrites such a page the
// same way, so that it parses with its text, its links and its article's
// blocks: the crawler reads the links of the page it gets (scraper), and
// the cleaner its article.
//
// It is machinery of the path fetch → scraper → cleaner; the cleaner and
// the crawler call Page when the parser refuses a page (TooDeep).
package flatten

import (
	"bytes"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// ParserLimit is the depth of open elements past which golang.org/x/net/html
// refuses a page.
const ParserLimit = 512

// Depth is the depth past which Page drops start tags: far under the
// parser's limit, which leaves room for the elements the tree builder adds
// itself (html, head, body, tbody, reopened formatting elements), and
// deeper than the structure of pages that parse (a page builder's are 40 to
// 60 deep). On a page of unclosed boxes each holding a paragraph, the
// paragraphs past it become siblings, which readability reads as one story.
const Depth = 128

// keptDepth: links and the blocks an article is made of (keptDeep) stay
// open past Depth, up to keptDepth, so that a deep page keeps its links
// and its story's paragraphs and headings.
const keptDepth = 400

// keptDeep are the elements Page keeps past Depth.
var keptDeep = map[string]bool{
	"a": true, "p": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "article": true, "main": true, "time": true,
}

// search is how far down the stack an end tag looks for its start tag: a
// page of thousands of unclosed tags is not searched in full for each end
// tag.
const search = 1024

// mark stands where a tag was dropped: an empty comment, so that the text
// on either side stays apart and reads as it did ("<" before the tag does
// not open a new one with the text after it, nor "&am" before it end an
// entity with "p;" after it).
const mark = "<!---->"

// TooDeep reports whether err is the parser's refusal of a page nested
// past ParserLimit.
func TooDeep(err error) bool {
	return err != nil && strings.Contains(err.Error(), "open stack of elements exceeds")
}

// voidTags have no end tag and are never open.
var voidTags = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true, "keygen": true}

// closesP holds the start tags that close an open <p>, as the tree
// builder does: the stack Page keeps would grow with every unclosed
// paragraph otherwise.
var closesP = map[string]bool{"address": true, "article": true, "aside": true, "blockquote": true,
	"details": true, "div": true, "dl": true, "fieldset": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "main": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "table": true, "ul": true, "li": true, "dd": true, "dt": true}

// siblings holds, for a start tag that closes an unclosed sibling (a list
// item, a definition, a row, a cell, an option), the elements it closes
// and the containers that bound the search: a list item closes the open
// item of its own list, not one of the list around it.
var siblings = map[string]struct{ closes, bounds []string }{
	"li":     {[]string{"li"}, []string{"ul", "ol", "menu"}},
	"dt":     {[]string{"dt", "dd"}, []string{"dl"}},
	"dd":     {[]string{"dt", "dd"}, []string{"dl"}},
	"tr":     {[]string{"tr"}, []string{"table", "tbody", "thead", "tfoot"}},
	"td":     {[]string{"td", "th"}, []string{"tr", "table"}},
	"th":     {[]string{"td", "th"}, []string{"tr", "table"}},
	"option": {[]string{"option"}, []string{"select", "datalist", "optgroup"}},
}

// Page returns page with every start tag that would open an element
// deeper than Depth dropped (deeper than keptDepth for links, paragraphs
// and headings), with the end tag that closes it. It follows the open
// elements the way the tree builder does closely enough for that: a
// matching end tag closes what is open above it, a block closes an open
// paragraph, a list item or cell closes its unclosed sibling. A page
// within the depth comes back byte for byte; text is never dropped.
func Page(page []byte) []byte {
	type open struct {
		name    string
		dropped bool
	}
	var stack []open
	kept := 0            // entries of stack not dropped
	pop := func(i int) { // pops stack[i:]
		for _, o := range stack[i:] {
			if !o.dropped {
				kept--
			}
		}
		stack = stack[:i]
	}
	// find returns the index of the topmost open element named name,
	// or -1.
	find := func(name string) int {
		for i := len(stack) - 1; i >= 0 && i >= len(stack)-search; i-- {
			if stack[i].name == name {
				return i
			}
		}
		return -1
	}
	foreign := 0 // open <svg> and <math> elements
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes() // io.EOF: the tokenizer reads from memory
		}
		raw := z.Raw()
		if tt == html.SelfClosingTagToken {
			// "<div/>" opens a <div>: the tree builder ignores the slash
			// on an HTML element. Inside SVG or MathML it closes the
			// element, as written.
			if foreign > 0 {
				out.Write(raw)
				continue
			}
			tt = html.StartTagToken
		}
		switch tt {
		case html.StartTagToken:
			b, _ := z.TagName()
			name := string(b)
			if voidTags[name] {
				break
			}
			if name == "svg" || name == "math" {
				foreign++
			}
			if n := len(stack); n > 0 && closesP[name] && stack[n-1].name == "p" {
				pop(n - 1)
			}
			if sib, ok := siblings[name]; ok {
				for i := len(stack) - 1; i >= 0 && i >= len(stack)-search; i-- {
					if slices.Contains(sib.closes, stack[i].name) {
						pop(i)
						break
					}
					if slices.Contains(sib.bounds, stack[i].name) {
						break
					}
				}
			}
			if kept >= Depth && (!keptDeep[name] || kept >= keptDepth) {
				stack = append(stack, open{name, true})
				out.WriteString(mark) // dropped: its text stays, one level up
				continue
			}
			stack = append(stack, open{name, false})
			kept++
		case html.EndTagToken:
			b, _ := z.TagName()
			if (string(b) == "svg" || string(b) == "math") && foreign > 0 {
				foreign--
			}
			if i := find(string(b)); i >= 0 {
				dropped := stack[i].dropped
				pop(i)
				if dropped {
					out.WriteString(mark)
					continue
				}
			}
		}
		out.Write(raw)
	}
}
