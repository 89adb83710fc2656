package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/article"
)

// Options choose what a document holds. The zero value is the default: front
// matter, links and images.
type Options struct {
	// OmitFrontMatter leaves out the YAML front matter; a byline line
	// (authors · date · site) follows the title heading instead.
	OmitFrontMatter bool
	// OmitLinks writes each link as its text alone.
	OmitLinks bool
	// OmitImages leaves out the images, with the captions of the figures
	// they were in.
	OmitImages bool
}

// Render returns a as a Markdown document: front matter, the title as a
// heading, then the article. It reads a and never changes it.
func Render(a *article.Article, opts Options) (string, error) {
	var b bytes.Buffer
	if err := Write(&b, a, opts); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Write writes a to w as a Markdown document, as Render returns it.
func Write(w io.Writer, a *article.Article, opts Options) error {
	if a == nil {
		return errors.New("markdown: nil article")
	}
	var b bytes.Buffer
	if !opts.OmitFrontMatter {
		if err := writeFrontMatter(&b, a); err != nil {
			return err
		}
	}
	body, err := convert(a.HTML, baseURL(a), opts)
	if err != nil {
		return err
	}
	var parts []string
	if title := oneLine(a.Title); title != "" {
		head, err := convertLine("<h1>" + html.EscapeString(title) + "</h1>")
		if err != nil {
			return err
		}
		parts = append(parts, head)
	}
	if opts.OmitFrontMatter {
		if by := byline(a); by != "" {
			parts = append(parts, by)
		}
	}
	if body != "" {
		parts = append(parts, body)
	}
	if len(parts) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n") // a blank line after the front matter
		}
		b.WriteString(strings.Join(parts, "\n\n") + "\n")
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// frontMatter is the YAML header, fields in the order written.
type frontMatter struct {
	Title       string     `yaml:"title"`
	URL         string     `yaml:"url"`
	Authors     []string   `yaml:"authors,omitempty"`
	Published   *time.Time `yaml:"published,omitempty"`
	Modified    *time.Time `yaml:"modified,omitempty"`
	SiteName    string     `yaml:"site_name,omitempty"`
	Language    string     `yaml:"language,omitempty"`
	Description string     `yaml:"description,omitempty"`
	Image       string     `yaml:"image,omitempty"`
	WordCount   int        `yaml:"word_count"`
}

// writeFrontMatter writes a's metadata between --- lines. The YAML encoder
// quotes what needs it (colons, quotes, a leading - or #, words such as
// "yes" or "null"), so every value reads back as the string it was.
func writeFrontMatter(b *bytes.Buffer, a *article.Article) error {
	fm := frontMatter{
		Title:       a.Title,
		URL:         a.URL,
		Authors:     a.Authors,
		SiteName:    a.SiteName,
		Language:    a.Language,
		Description: a.Description,
		Image:       a.Image,
		WordCount:   a.WordCount,
	}
	if fm.URL == "" {
		fm.URL = a.SourceURL
	}
	if !a.Published.IsZero() {
		fm.Published = &a.Published
	}
	if !a.Modified.IsZero() {
		fm.Modified = &a.Modified
	}
	b.WriteString("---\n")
	enc := yaml.NewEncoder(b)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return fmt.Errorf("markdown: front matter: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("markdown: front matter: %w", err)
	}
	b.WriteString("---\n")
	return nil
}

// byline is the line under the title when there is no front matter:
// "*By A, B · 2024-05-06 · Site*", or "" when a has none of them.
func byline(a *article.Article) string {
	var by []string
	if len(a.Authors) > 0 {
		by = append(by, "By "+strings.Join(a.Authors, ", "))
	}
	if !a.Published.IsZero() {
		by = append(by, a.Published.Format(time.DateOnly))
	}
	if a.SiteName != "" {
		by = append(by, a.SiteName)
	}
	if len(by) == 0 {
		return ""
	}
	line, err := convertLine("<p><em>" + html.EscapeString(oneLine(strings.Join(by, " · "))) + "</em></p>")
	if err != nil {
		return ""
	}
	return line
}

// conv is shared: a Converter is safe for concurrent use, and building one
// registers every plugin's handlers. Two lists in a row are not kept apart
// by an HTML comment (<!--THE END-->): a reader, or a model, would read the
// comment, and one list where there were two loses nothing.
var conv = converter.NewConverter(converter.WithPlugins(
	base.NewBasePlugin(),
	commonmark.NewCommonmarkPlugin(commonmark.WithListEndComment(false)),
	table.NewTablePlugin(table.WithHeaderPromotion(true), table.WithSkipEmptyRows(true)),
	strikethrough.NewStrikethroughPlugin(),
))

// convert tidies the article HTML for Markdown and converts it; page, when
// not "", is the address relative links are resolved against.
func convert(src, page string, opts Options) (string, error) {
	return convertHTML(src, page, func(root *html.Node) { tidy(root, opts) })
}

// convertLine converts a line pith wrote itself, such as the title
// heading: the converter escapes what would read as Markdown.
func convertLine(src string) (string, error) { return convertHTML(src, "", nil) }

func convertHTML(src, page string, prepare func(*html.Node)) (string, error) {
	nodes, err := html.ParseFragment(strings.NewReader(src), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return "", fmt.Errorf("markdown: parse html: %w", err)
	}
	root := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	if prepare != nil {
		prepare(root)
	}
	var copts []converter.ConvertOptionFunc
	if page != "" {
		// The converter resolves relative links against the whole URL.
		copts = append(copts, converter.WithDomain(page))
	}
	out, err := conv.ConvertNode(root, copts...)
	if err != nil {
		return "", fmt.Errorf("markdown: %w", err)
	}
	return string(bytes.TrimSpace(out)), nil
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

// oneLine collapses runs of white space, line breaks included, to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
