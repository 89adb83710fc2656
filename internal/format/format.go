package format

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/markdown"
)

// names lists the formats Write knows.
var names = []string{"json", "text", "markdown", "html"}

// Names returns the formats Write knows, a fresh slice each call.
func Names() []string { return slices.Clone(names) }

// Valid reports whether name is a known format.
func Valid(name string) bool { return slices.Contains(names, name) }

// Options tune the formats that have choices; the zero value is every
// format's default.
type Options struct {
	// Markdown chooses what a Markdown document holds.
	Markdown markdown.Options
}

// Write writes a to w in the named format.
func Write(w io.Writer, a *article.Article, name string, opts Options) error {
	switch name {
	case "json", "":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(a); err != nil {
			return fmt.Errorf("format: json: %w", err)
		}
		return nil
	case "text":
		var b strings.Builder
		if a.Title != "" {
			b.WriteString(a.Title + "\n\n")
		}
		b.WriteString(a.Text + "\n")
		if _, err := io.WriteString(w, b.String()); err != nil {
			return fmt.Errorf("format: text: %w", err)
		}
		return nil
	case "markdown":
		if err := markdown.Write(w, a, opts.Markdown); err != nil {
			return fmt.Errorf("format: %w", err)
		}
		return nil
	case "html":
		var b strings.Builder
		b.WriteString("<!DOCTYPE html>\n<html")
		if a.Language != "" {
			// Escaped as HTML: the language comes from the page.
			fmt.Fprintf(&b, ` lang="%s"`, htmlEscape(a.Language))
		}
		b.WriteString(`><head><meta charset="utf-8">`)
		if page := baseURL(a); page != "" {
			fmt.Fprintf(&b, `<base href="%s">`, htmlEscape(page))
		}
		fmt.Fprintf(&b, "<title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body></html>\n",
			htmlEscape(a.Title), htmlEscape(a.Title), a.HTML)
		if _, err := io.WriteString(w, b.String()); err != nil {
			return fmt.Errorf("format: html: %w", err)
		}
		return nil
	}
	return fmt.Errorf("format: unknown format %q (want one of %s)", name, strings.Join(names, ", "))
}

// baseURL is the address relative links in a.HTML are relative to: the page
// it was read from, else its canonical URL; "" when neither is absolute.
func baseURL(a *article.Article) string {
	for _, raw := range []string{a.SourceURL, a.URL} {
		if u, err := url.Parse(raw); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
			return raw
		}
	}
	return ""
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
