package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// resolveStreamedBoundaries puts streamed content where a browser shows it.
// A React server that streams a page (Next.js and others do) first sends a
// placeholder for each part that is not ready, and later the part itself in
// a hidden <div id="S:n">, with a script that swaps the two. A placeholder
// is either a Suspense boundary, <template id="B:n"> followed by a fallback
// such as a loading skeleton, or a bare segment placeholder, <template
// id="P:n">, which a part streamed earlier may itself hold. A saved or
// fetched page holds both, and the story sits in the hidden divs, where
// extraction would never look. This does what the scripts do: each hidden
// part replaces its placeholder (and a boundary's fallback).
func resolveStreamedBoundaries(doc *html.Node) {
	segments := map[string]*html.Node{}
	var templates []*html.Node
	walkElements(doc, func(n *html.Node) bool {
		id := attr(n, "id")
		switch {
		case n.DataAtom == atom.Div && strings.HasPrefix(id, "S:") && hasAttr(n, "hidden"):
			segments[strings.TrimPrefix(id, "S:")] = n
		case n.DataAtom == atom.Template && (strings.HasPrefix(id, "B:") || strings.HasPrefix(id, "P:")):
			templates = append(templates, n)
		}
		return true
	})
	for _, t := range templates {
		id := attr(t, "id")
		seg := segments[id[2:]]
		if seg == nil || t.Parent == nil || seg.Parent == nil || attached(t, seg) {
			continue // no part for it, or a part that would hold itself
		}
		if strings.HasPrefix(id, "B:") {
			removeFallback(t)
		}
		for c := seg.FirstChild; c != nil; {
			next := c.NextSibling
			seg.RemoveChild(c)
			t.Parent.InsertBefore(c, t)
			c = next
		}
		t.Parent.RemoveChild(t)
		seg.Parent.RemoveChild(seg)
	}
}

// removeFallback removes the fallback after placeholder t, up to the
// comment that closes its boundary ("/$"), when the page kept its comments;
// without them the fallback stays (it is a skeleton with little text).
func removeFallback(t *html.Node) {
	depth := 0
	var end *html.Node
	for c := t.NextSibling; c != nil && end == nil; c = c.NextSibling {
		if c.Type != html.CommentNode {
			continue
		}
		switch c.Data {
		case "$", "$?", "$!":
			depth++
		case "/$":
			if depth == 0 {
				end = c
			} else {
				depth--
			}
		}
	}
	if end == nil {
		return
	}
	for c := t.NextSibling; c != nil && c != end; {
		next := c.NextSibling
		t.Parent.RemoveChild(c)
		c = next
	}
}
