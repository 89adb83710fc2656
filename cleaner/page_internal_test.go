package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wordsBesideControls counts as strings.Fields counts textBesideControls,
// up to its limit, across the places where text joins or splits: inline
// tags, blocks, line breaks, skipped controls and scripts, and the spaces
// writeCollapsed does not collapse but strings.Fields splits on.
func TestWordsBesideControls(t *testing.T) {
	tests := []struct {
		html  string
		words int // written by hand: the box's words besides its controls
	}{
		{`<div>Accept the terms</div>`, 3},
		{`<div>one<b>two</b> three</div>`, 2},
		{`<div>one<p>two</p>three</div>`, 2},
		{`<div><p>one</p><p>two</p></div>`, 2},
		{`<div>one<br>two</div>`, 2},
		{`<div>before<button>Accept all</button>after</div>`, 1},
		{`<div>We use cookies. <a role="button" href="#">OK</a> <a href="/p">Policy</a></div>`, 4},
		{`<div>one<script>var a = 1;</script> two</div>`, 2},
		{"<div>one\u2003two\u00a0three</div>", 3},
		{`<div><input type="submit" value="Go"><span>  </span></div>`, 0},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader(tc.html))
		if err != nil {
			t.Fatal(err)
		}
		box := findFirst(doc, atom.Div)
		if box == nil {
			t.Fatalf("%s: no div", tc.html)
		}
		if got := len(strings.Fields(textBesideControls(box))); got != tc.words {
			t.Errorf("%s: textBesideControls has %d words, want %d", tc.html, got, tc.words)
		}
		for limit := 0; limit <= tc.words+1; limit++ {
			want := min(tc.words, limit+1)
			if got := wordsBesideControls(box, limit); got != want {
				t.Errorf("%s: wordsBesideControls(limit %d) = %d, want %d", tc.html, limit, got, want)
			}
		}
	}
}

// writeCollapsedByRune is writeCollapsed as it was first written, rune by
// rune: the specification the faster one keeps.
func writeCollapsedByRune(b *strings.Builder, s string) {
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0' {
			space = true
			continue
		}
		if space {
			if b.Len() > 0 && !endsWithSpace(b) {
				b.WriteByte(' ')
			}
			space = false
		}
		b.WriteRune(r)
	}
	if space && b.Len() > 0 && !endsWithSpace(b) {
		b.WriteByte(' ')
	}
}

var spaceSamples = []string{"", " ", "a", " a ", "a  b", "a\tb\n", "a\u00a0\u00a0b", "\u00a0", "a\u2003b", "x\xffy", "\xc2", "a \xc2\xa0 b", "l’été\n\n déjà ", "a\vb\u3000c", "a b c", "\n"}

func TestWriteCollapsed(t *testing.T) {
	for _, prefix := range []string{"", "x", "x ", "x\n"} {
		for _, s := range spaceSamples {
			var got, want strings.Builder
			got.WriteString(prefix)
			want.WriteString(prefix)
			writeCollapsed(&got, s)
			writeCollapsedByRune(&want, s)
			if got.String() != want.String() {
				t.Errorf("writeCollapsed(%q after %q) = %q, want %q", s, prefix, got.String(), want.String())
			}
		}
	}
}

func FuzzWriteCollapsed(f *testing.F) {
	for _, s := range spaceSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want strings.Builder
		writeCollapsed(&got, s)
		writeCollapsedByRune(&want, s)
		if got.String() != want.String() {
			t.Errorf("writeCollapsed(%q) = %q, want %q", s, got.String(), want.String())
		}
	})
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range spaceSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
