package flatten_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/machinery/flatten"
)

// deepBody returns a story of n paragraphs, each in a <div> its writer
// never closed, each with a sentence that says which paragraph it is.
func deepBody(n int) string {
	var b strings.Builder
	b.WriteString(`<article><h1>Ferry timetable changes</h1>`)
	for i := range n {
		fmt.Fprintf(&b, `<div class="row"><p>Paragraph %d of the report: the ferry company said the winter timetable would drop the late crossing on weekdays, and the council asked it to think again before the change takes effect.</p>`, i+1)
	}
	b.WriteString(`</article>`)
	return b.String()
}

func TestPage(t *testing.T) {
	tests := []struct {
		name string
		page string
	}{
		{"unclosed boxes", deepBody(600)},
		{"unclosed font tags", `<html><body><p>` + strings.Repeat(`<font size="2">Old forum post text that never closes its font tag. `, 700) + `</p></body></html>`},
		{"closed boxes nested deep", strings.Repeat(`<div>`, 700) + `<p>The innermost paragraph holds the story.</p>` + strings.Repeat(`</div>`, 700)},
		{"lists in unclosed items", strings.Repeat(`<ul><li>item `, 400) + `end`},
		{"tables in unclosed cells", strings.Repeat(`<table><tr><td>cell `, 200) + `end`},
		{"links in unclosed boxes", strings.Repeat(`<div><a href="/a">link</a> `, 600)},
		{"self-closed boxes", strings.Repeat(`<div class="x"/>text `, 600)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := html.Parse(strings.NewReader(tc.page)); !flatten.TooDeep(err) {
				t.Fatalf("the page parses as it is (err %v): the test needs one too deep", err)
			}
			doc, err := html.Parse(bytes.NewReader(flatten.Page([]byte(tc.page))))
			if err != nil {
				t.Fatalf("flattened page: %v", err)
			}
			// The text, with its spaces left out: blocks may be joined
			// with or without one.
			want := strings.Join(strings.Fields(html.UnescapeString(tagsOut(tc.page))), "")
			if got := strings.Join(strings.Fields(textOf(doc)), ""); got != want {
				t.Errorf("text changed:\n got %.200q\nwant %.200q", got, want)
			}
			if n, want := strings.Count(renderAll(t, doc), `<a href="/a">`), strings.Count(tc.page, `<a href="/a">`); n != want {
				t.Errorf("%d links kept, want %d", n, want)
			}
		})
	}
}

// tagsOut returns page's text: its tags read as spaces.
func tagsOut(page string) string {
	var b strings.Builder
	in := false
	for _, r := range page {
		switch {
		case r == '<':
			in = true
			b.WriteByte(' ')
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// textOf returns the text under n.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
		b.WriteByte(' ')
	}
	return b.String()
}

func renderAll(t *testing.T, doc *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A page within the depth is left byte for byte as it was.
func TestPageLeavesShallowPages(t *testing.T) {
	for _, page := range []string{
		deepBody(100),
		`<!DOCTYPE html><html><head><title>t</title><script>if (a < b && c > d) { x = "</div>"; }</script></head><body><p>One<p>Two<br>three &amp; four<!-- <div> --></p></body></html>`,
		`<table><tr><td>a<td>b<tr><td>c</table><ul><li>x<li>y</ul>`,
		`<p>An icon <svg viewBox="0 0 8 8"><path d="M0 0h8v8z"/><circle r="2"/></svg> and a <div/>box</p>`,
	} {
		if got := string(flatten.Page([]byte(page))); got != page {
			t.Errorf("page changed:\n got %.300q\nwant %.300q", got, page)
		}
	}
}

// FuzzPage: flattening never panics and drops tags only: the text of what
// it writes is that of the page, token for token.
func FuzzPage(f *testing.F) {
	f.Add(deepBody(3))
	f.Add(`<ul><li>a<li>b</ul><table><tr><td>x<td>y</table><dl><dt>t<dd>d</dl>`)
	f.Add(`<div><p>a<p>b</div></span></div><script>"</div>"</script>`)
	f.Add(strings.Repeat(`<div><b>x`, 300))
	f.Fuzz(func(t *testing.T, page string) {
		in := []byte(strings.Repeat(page, 200)) // deep enough to flatten, for most pages
		if got, want := textTokens(flatten.Page(in)), textTokens(in); got != want {
			t.Errorf("flattening changed what is not a tag:\n got %.200q\nwant %.200q", got, want)
		}
	})
}

// textTokens returns the raw text tokens of page, one per line.
func textTokens(page []byte) string {
	var b strings.Builder
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Raw())
			b.WriteByte('\n')
		}
	}
}
