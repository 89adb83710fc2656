package server

import (
	"bytes"

	"golang.org/x/net/html"
)

// maxParseDepth is the nesting beyond which golang.org/x/net/html refuses
// a page ("open stack of elements exceeds 512 nodes").
const maxParseDepth = 512

// voidElements have no end tag and are never open.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true,
	"source": true, "track": true, "wbr": true, "param": true, "keygen": true,
}

// closesSame are the elements whose start closes an open one of the same
// name (a new <p> ends the paragraph before it), as the parser does.
var closesSame = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "option": true,
	"tr": true, "td": true, "th": true,
}

// tooDeep reports whether page nests elements deeper than maxParseDepth,
// counting open elements as a tokenizer sees them. It is asked only after
// the cleaner failed, to tell a page too deep to parse (the client's
// input) from a fault of the server.
func tooDeep(page []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(page))
	var stack []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			n := string(name)
			if voidElements[n] {
				continue
			}
			if closesSame[n] && len(stack) > 0 && stack[len(stack)-1] == n {
				continue // closes the one open and opens another: no deeper
			}
			stack = append(stack, n)
			if len(stack) > maxParseDepth {
				return true
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == string(name) {
					stack = stack[:i]
					break
				}
			}
		}
	}
}
