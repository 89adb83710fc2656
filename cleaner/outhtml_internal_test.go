package cleaner

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/testkit/aeb"
)

func TestRenderHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"readability wrapper", `<div id="readability-page-1" class="page"><div><p>Body.</p></div></div>`, `<div><p>Body.</p></div>`},
		{"wrapper with several children", `<div id="readability-page-1" class="page"><p>One.</p><p>Two.</p></div>`, `<p>One.</p><p>Two.</p>`},
		{"not a wrapper", `<div id="story"><p>Body.</p></div>`, `<div id="story"><p>Body.</p></div>`},
		{"meta and link", `<div><meta itemprop="datePublished" content="2024-05-06"/><p>Body.<link itemprop="url" href="/x"/></p></div>`, `<div><p>Body.</p></div>`},
		{"div of metadata only", `<div><div><meta itemprop="name" content="x"/></div><p>Body.</p></div>`, `<div><p>Body.</p></div>`},
		{"empty span between words", `<div><p>one<span> </span>two<span></span></p></div>`, `<div><p>one two</p></div>`},
		{"empty link and time", `<div><p><a href="/tag/x"></a>Body <time datetime="2024-05-06"></time>here.</p></div>`, `<div><p>Body here.</p></div>`},
		{"empty blocks nested", `<div><section><div><p> </p><ul><li></li></ul></div></section><p>Body.</p></div>`, `<div><p>Body.</p></div>`},
		{"br only", `<div><p><br/></p><p>Body.</p></div>`, `<div><p>Body.</p></div>`},
		{"empty span with a line break", `<div><p>one<span><br/></span>two</p></div>`, `<div><p>one<br/>two</p></div>`},
		{"picture kept", `<div><a href="/big.jpg"><img src="/small.jpg"/></a><figure><img src="/b.jpg"/><figcaption></figcaption></figure></div>`, `<div><a href="/big.jpg"><img src="/small.jpg"/></a><figure><img src="/b.jpg"/></figure></div>`},
		{"table cells kept", `<div><table><tbody><tr><td></td><td>1</td></tr></tbody></table></div>`, `<div><table><tbody><tr><td></td><td>1</td></tr></tbody></table></div>`},
		{"hr kept", `<div><p>One.</p><hr/><p>Two.</p></div>`, `<div><p>One.</p><hr/><p>Two.</p></div>`},
		{"comments go", `<div><!-- ad slot --><p>Body.</p></div>`, `<div><p>Body.</p></div>`},
		{"indentation shrinks, pre untouched", "<div>\n    \n  <p>Body.</p>\n  <pre>  a\n\n  b</pre>\n</div>", "<div>\n<p>Body.</p>\n<pre>  a\n\n  b</pre>\n</div>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := parseArticle(t, tc.in)
			got, err := renderHTML(root)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// parseArticle parses src as the article readability would give: its one
// top element.
func parseArticle(t *testing.T, src string) *html.Node {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(src), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil || len(nodes) != 1 {
		t.Fatalf("parse %q: %d nodes, %v", src, len(nodes), err)
	}
	return nodes[0]
}

// TestCleanHTMLField checks the html field of a whole cleaning: no wrapper,
// no metadata elements, the article's text kept.
func TestCleanHTMLField(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Ferry back on time</title></head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Ferry back on time</h1>
<meta itemprop="datePublished" content="2025-03-14T09:30:00Z">
<link itemprop="mainEntityOfPage" href="https://news.example/ferry">
<span itemprop="publisher" itemscope><meta itemprop="name" content="The Harbour Post"></span>
<p>The ferry from Lindholm resumed its winter timetable on Monday after three weeks of storms kept it in port.</p>
<p>The operator said the crossing would take forty minutes, ten more than in summer, while the engines are serviced.</p>
<p>Tickets can be bought on board or at the kiosk on the quay, which opens an hour before the first sailing.</p>
</article></body></html>`
	a, err := Clean(strings.NewReader(page), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"readability-page", "<meta", "<link", "<span></span>", "<span>\n</span>"} {
		if strings.Contains(a.HTML, bad) {
			t.Errorf("html holds %q:\n%s", bad, a.HTML)
		}
	}
	if !strings.Contains(a.HTML, "<p>Tickets can be bought on board") {
		t.Errorf("html lost the article:\n%s", a.HTML)
	}
}

// BenchmarkRenderHTML prices the tidying of the html field: the article
// trees of the benchmark's pages rendered as they are and tidied first.
// Compare its ns/page with BenchmarkAEB's for the share of a cleaning:
//
//	go test ./cleaner -run '^$' -bench RenderHTML
func BenchmarkRenderHTML(b *testing.B) {
	pages, err := aeb.Load(aeb.Dir(1))
	if errors.Is(err, os.ErrNotExist) {
		b.Skipf("article-extraction benchmark not found (%v); set PITH_AEB", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	var trees []*html.Node
	for _, p := range pages {
		a, err := Clean(bytes.NewReader(p.HTML), p.URL, Options{})
		if err != nil {
			continue
		}
		nodes, err := html.ParseFragment(strings.NewReader(a.HTML), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
		if err != nil {
			b.Fatal(err)
		}
		root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		for _, n := range nodes {
			root.AppendChild(n)
		}
		trees = append(trees, root)
	}
	for _, bc := range []struct {
		name   string
		render func(*html.Node) error
	}{
		// As cleanDocument rendered before: the root, wrapper and all, into a buffer.
		{"render", func(n *html.Node) error {
			var buf bytes.Buffer
			err := html.Render(&buf, n)
			sink = buf.String()
			return err
		}},
		{"tidy+render", func(n *html.Node) error { _, err := renderHTML(n); return err }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				for _, tr := range trees {
					if err := bc.render(cloneTree(tr)); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(trees)), "ns/page")
		})
	}
}

// sink keeps the rendered string alive, as the record keeps it.
var sink string
