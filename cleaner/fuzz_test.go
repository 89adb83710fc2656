package cleaner_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-news/pith/cleaner"
)

// FuzzClean checks that no input makes Clean panic (a recovered panic comes
// back as ErrInternal, which fails the test), that the article is valid
// UTF-8, and that its text is never longer than a UTF-8 input.
func FuzzClean(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("..", "testdata", "pages", "*.html"))
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(page("", story)))
	f.Add([]byte(`<html><body><p>This website uses cookies. Accept Read More</p></body></html>`))
	f.Add([]byte(`<div><table><tr><td><p>cell<td>text</table><script>x</script>`))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := cleaner.Clean(strings.NewReader(string(in)), nil, cleaner.Options{MaxNodes: 20000})
		if errors.Is(err, cleaner.ErrInternal) {
			t.Fatalf("Clean panicked: %v", err)
		}
		if err != nil {
			return
		}
		if a == nil || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("no error and an empty article")
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.HTML) || !utf8.ValidString(a.Title) {
			t.Fatalf("output is not valid UTF-8")
		}
		if utf8.Valid(in) && len(a.Text) > len(in) {
			t.Fatalf("text (%d bytes) longer than the input (%d bytes)", len(a.Text), len(in))
		}
	})
}
