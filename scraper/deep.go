package scraper

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// maxFlatDepth is the nesting that flatten keeps: well under the 512 open
// elements beyond which golang.org/x/net/html refuses a page, so that the
// parser's own bookkeeping (implied and reopened elements) has room.
// Deeper, only the elements of keptDeep are kept, up to hardFlatDepth.
const (
	maxFlatDepth  = 256
	hardFlatDepth = 400
)

// keptDeep are the elements flatten keeps below maxFlatDepth: links and
// the blocks an article is made of.
var keptDeep = map[string]bool{
	"a": true, "p": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "article": true, "main": true, "time": true,
}

// flatten rewrites an HTML page nested too deeply for the parser: the
// start and end tags of elements nested deeper than maxFlatDepth are
// dropped and their text kept (but for links, paragraphs and headings),
// so the page's links, metadata and article text survive. Everything else
// is copied as it was.
func flatten(body []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(body))
	var (
		out     bytes.Buffer
		stack   []string       // names of the open elements kept
		dropped map[string]int // start tags dropped and not yet closed, by name
	)
	out.Grow(len(body))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes() // io.EOF: the tokenizer reads from memory
		case html.StartTagToken:
			name, _ := z.TagName()
			n := string(name)
			if voidElements[n] {
				break
			}
			if len(stack) >= maxFlatDepth && (!keptDeep[n] || len(stack) >= hardFlatDepth) {
				if dropped == nil {
					dropped = make(map[string]int)
				}
				dropped[n]++
				continue
			}
			stack = append(stack, n)
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if dropped[n] > 0 {
				dropped[n]--
				continue
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == n {
					stack = stack[:i]
					break
				}
			}
		}
		out.Write(z.Raw())
	}
}

// voidElements have no end tag and are never open.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true,
	"source": true, "track": true, "wbr": true, "param": true, "keygen": true,
}

// readDeep reads an HTML page that the parser refused as nested too
// deeply: it flattens it and reads the result. It returns the flattened
// body and what it holds, or false when even that cannot be parsed.
func readDeep(u *url.URL, body []byte) ([]byte, *htmlInfo, bool) {
	flat := flatten(body)
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(flat))
	if err != nil {
		return nil, nil, false
	}
	info := readHTML(u, doc.Selection)
	return flat, &info, true
}

// isHTMLType reports whether a media type is HTML or XHTML.
func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml" || strings.HasSuffix(mt, "+html")
}
