package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func firstOf(t *testing.T, page string, a atom.Atom) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	n := findFirst(doc, a)
	if n == nil {
		t.Fatalf("no %s in %q", a, page)
	}
	return n
}

func TestControlBlock(t *testing.T) {
	tests := []struct {
		name   string
		block  string
		middle bool
		want   string // rule, "" for none
	}{
		{"button element", `<p><button>Request a quote</button></p>`, true, "button-element"},
		{"link styled as a button", `<p><a class="btn btn-primary" href="/demo">Book a demo</a></p>`, true, "button-link"},
		{"lone link at the edge", `<p><a href="/services">Services</a></p>`, false, "lone-link"},
		{"lone link in the middle", `<p><a href="/report">Read the report</a></p>`, true, ""},
		{"a list of resources", `<ul><li><a href="https://a.example/">Zero-waste kitchen</a></li></ul>`, false, ""},
		{"text beside the link", `<p>See <a href="/services">our services</a></p>`, false, ""},
		{"a sentence in a link", `<p><a class="cta" href="/x">The council voted on Tuesday. It passed.</a></p>`, true, ""},
		{"a heading link", `<h2><a href="/x">Services</a></h2>`, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := atom.P
			switch {
			case strings.HasPrefix(tc.block, "<ul"):
				a = atom.Li
			case strings.HasPrefix(tc.block, "<h2"):
				a = atom.H2
			}
			b := firstOf(t, tc.block, a)
			v, ok := controlBlock(b, nodeText(b), tc.middle)
			got := ""
			if ok {
				got = v.rule
			}
			if got != tc.want {
				t.Errorf("rule %q, want %q", got, tc.want)
			}
		})
	}
}

func TestInPageLinks(t *testing.T) {
	toc := `<ul><li><a href="#a">Costs</a></li><li><a href="#b">Rates</a></li><li><a href="#c">Tips</a></li></ul>`
	links := `<ul><li><a href="/a">Costs</a></li><li><a href="/b">Rates</a></li><li><a href="#c">Tips</a></li></ul>`
	prose := `<ul><li>Costs rose by a third, <a href="#a">see</a></li><li><a href="#b">b</a> and more words here</li><li><a href="#c">c</a></li></ul>`
	for _, tc := range []struct {
		page string
		want bool
	}{{toc, true}, {links, false}, {prose, false}} {
		if got := inPageLinks(firstOf(t, tc.page, atom.Ul)); got != tc.want {
			t.Errorf("inPageLinks(%s) = %v, want %v", tc.page, got, tc.want)
		}
	}
}
