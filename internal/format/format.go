// Package format writes an article in one of pith's output formats:
// JSON (the schema), plain text, Markdown or HTML.
package format

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"

	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"
	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"

	"github.com/pith-news/pith/article"
)

// Names lists the formats Write knows.
var Names = []string{"json", "text", "markdown", "html"}

// Valid reports whether name is a known format.
func Valid(name string) bool {
	for _, n := range Names {
		if n == name {
			return true
		}
	}
	return false
}

// Write writes a to w in the named format.
func Write(w io.Writer, a *article.Article, name string) error {
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
		_, err := io.WriteString(w, b.String())
		return err
	case "markdown":
		md, err := Markdown(a)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, md)
		return err
	case "html":
		_, err := fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=%q><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body></html>\n",
			a.Language, htmlEscape(a.Title), htmlEscape(a.Title), a.HTML)
		return err
	}
	return fmt.Errorf("format: unknown format %q (want one of %s)", name, strings.Join(Names, ", "))
}

// Markdown renders a as a Markdown document: the title as a heading, a
// byline, then the article with its headings, lists, links and images.
func Markdown(a *article.Article) (string, error) {
	var opts []converter.ConvertOptionFunc
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		opts = append(opts, converter.WithDomain(u.Scheme+"://"+u.Host))
	}
	body, err := htmltomarkdown.ConvertString(a.HTML, opts...)
	if err != nil {
		return "", fmt.Errorf("format: markdown: %w", err)
	}
	var b strings.Builder
	if a.Title != "" {
		b.WriteString("# " + a.Title + "\n\n")
	}
	var by []string
	if len(a.Authors) > 0 {
		by = append(by, "By "+strings.Join(a.Authors, ", "))
	}
	if !a.Published.IsZero() {
		by = append(by, a.Published.Format("2006-01-02"))
	}
	if a.SiteName != "" {
		by = append(by, a.SiteName)
	}
	if len(by) > 0 {
		b.WriteString("*" + strings.Join(by, " · ") + "*\n\n")
	}
	b.WriteString(strings.TrimSpace(body))
	b.WriteString("\n")
	return b.String(), nil
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
