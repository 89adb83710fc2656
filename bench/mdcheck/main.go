// Command mdcheck measures pith's Markdown on a benchmark set: it cleans
// every page, renders the article as Markdown with package markdown, and
// checks the result the way a pipeline reading it would, with a CommonMark
// parser (goldmark) and a YAML parser:
//
//   - front matter: the document opens with a YAML header that parses and
//     holds a title and a url;
//   - empty links: a link with no text and no picture in it;
//   - headings: a document that ends with a heading, a heading in bold;
//   - galleries: three or more links that hold only a picture, one after
//     the other with nothing but white space between them;
//   - F1: the Markdown's text (the parsed document's text, title heading
//     and front matter left out, images dropped, links as their text),
//     scored against the ground truth as aeb_eval.py scores, beside the
//     article's own text.
//
// From bench/:
//
//	go run ./mdcheck [-data ../../shared/bench/aeb] [-dump DIR] [-links=false] [-images=false]
package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"go.yaml.in/yaml/v3"

	"github.com/pith-news/pith/bench/dataset"
	"github.com/pith-news/pith/bench/score"
	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/markdown"
)

func main() {
	data := flag.String("data", "../../shared/bench/aeb", "the set's directory (ground-truth.json and html/)")
	dump := flag.String("dump", "", "also write each page's Markdown, text and Markdown text to DIR/<id>.md, .text and .mdtext")
	links := flag.Bool("links", true, "keep links (markdown.Options.OmitLinks is the opposite)")
	images := flag.Bool("images", true, "keep images")
	worst := flag.Int("worst", 0, "list the N pages whose Markdown scores furthest below their text")
	flag.Parse()
	if err := run(*data, *dump, *worst, markdown.Options{OmitLinks: !*links, OmitImages: !*images}); err != nil {
		fmt.Fprintln(os.Stderr, "mdcheck:", err)
		os.Exit(1)
	}
}

// check is what one page's Markdown shows.
type check struct {
	frontMatter bool
	emptyLinks  int
	galleries   int
	// endHeading: the document ends with a heading; boldHeadings counts
	// headings with strong emphasis in them.
	endHeading   bool
	boldHeadings int
	text         string
}

func run(dir, dump string, worst int, opts markdown.Options) error {
	set, err := dataset.Load(dir, 0)
	if err != nil {
		return err
	}
	if dump != "" {
		if err := os.MkdirAll(dump, 0o755); err != nil {
			return err
		}
	}
	truth := map[string]string{}
	textPred := map[string]string{}
	mdPred := map[string]string{}
	var pages, fm, fails int
	var emptyPages, galleryPages, endPages, boldPages []string
	for _, id := range set.IDs {
		t := set.Truth[id]
		truth[id] = t.AEBText()
		page, err := set.ReadPage(id)
		if err != nil {
			return err
		}
		pages++
		u, _ := url.Parse(t.URL)
		a, err := cleaner.Clean(bytes.NewReader(page), u, cleaner.Options{})
		if err != nil {
			fails++
			continue
		}
		md, err := markdown.Render(a, opts)
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		if dump != "" {
			if err := os.WriteFile(filepath.Join(dump, id+".md"), []byte(md), 0o644); err != nil {
				return err
			}
		}
		c, err := inspect(md, a.Title != "")
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		textPred[id] = a.Text
		mdPred[id] = c.text
		if dump != "" {
			if err := os.WriteFile(filepath.Join(dump, id+".text"), []byte(a.Text), 0o644); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dump, id+".mdtext"), []byte(c.text), 0o644); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dump, id+".html"), []byte(a.HTML), 0o644); err != nil {
				return err
			}
		}
		if c.frontMatter {
			fm++
		}
		if c.emptyLinks > 0 {
			emptyPages = append(emptyPages, id)
		}
		if c.galleries > 0 {
			galleryPages = append(galleryPages, id)
		}
		if c.endHeading {
			endPages = append(endPages, id)
		}
		if c.boldHeadings > 0 {
			boldPages = append(boldPages, id)
		}
	}
	ts, ms := score.AEB(truth, textPred), score.AEB(truth, mdPred)
	fmt.Printf("pages %d (cleaner error on %d)\n", pages, fails)
	fmt.Printf("front matter that parses, with title and url: %d of %d articles\n", fm, pages-fails)
	fmt.Printf("pages with an empty link: %d %v\n", len(emptyPages), emptyPages)
	fmt.Printf("pages with a gallery of %d+ linked pictures: %d %v\n", 3, len(galleryPages), galleryPages)
	fmt.Printf("pages ending with a heading: %d %v\n", len(endPages), endPages)
	fmt.Printf("pages with bold inside a heading: %d %v\n", len(boldPages), boldPages)
	fmt.Printf("text     F1 %.4f P %.4f R %.4f\n", ts.F1, ts.P, ts.R)
	fmt.Printf("markdown F1 %.4f P %.4f R %.4f (difference %+.4f)\n", ms.F1, ms.P, ms.R, ms.F1-ts.F1)
	if worst > 0 {
		type gap struct {
			id     string
			dp, dr float64
		}
		var gaps []gap
		for id := range textPred {
			tp, tr := score.AEBPage(truth[id], textPred[id])
			mp, mr := score.AEBPage(truth[id], mdPred[id])
			gaps = append(gaps, gap{id, mp - tp, mr - tr})
		}
		slices.SortFunc(gaps, func(a, b gap) int { return cmp.Compare(a.dp+a.dr, b.dp+b.dr) })
		for _, g := range gaps[:min(worst, len(gaps))] {
			fmt.Printf("  %s precision %+.3f recall %+.3f\n", g.id, g.dp, g.dr)
		}
	}
	return nil
}

var md = goldmark.New(goldmark.WithExtensions(extension.GFM))

// inspect parses one document. With titled, its first heading is the
// article's title, left out of the text as Article.Text leaves it out.
func inspect(doc string, titled bool) (check, error) {
	var c check
	body := doc
	if rest, ok := strings.CutPrefix(doc, "---\n"); ok {
		head, after, found := strings.Cut(rest, "\n---\n")
		if !found {
			return c, errors.New("front matter not closed")
		}
		var fm map[string]any
		if err := yaml.Unmarshal([]byte(head), &fm); err != nil {
			return c, fmt.Errorf("front matter: %w", err)
		}
		_, hasTitle := fm["title"].(string)
		u, _ := fm["url"].(string)
		c.frontMatter = hasTitle && u != ""
		body = after
	}
	src := []byte(body)
	root := md.Parser().Parse(text.NewReader(src))
	var b strings.Builder
	skippedTitle := !titled
	err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock {
				b.WriteString("\n\n")
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if hasStrong(n) {
				c.boldHeadings++
			}
			if !skippedTitle {
				skippedTitle = true
				return ast.WalkSkipChildren, nil
			}
		case *ast.Image:
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			if !hasText(n, src) && !hasImage(n) {
				c.emptyLinks++
			}
		case *ast.Text:
			// As a renderer shows it: escapes and entities resolved.
			v := util.UnescapePunctuations(n.Segment.Value(src))
			b.Write(util.ResolveEntityNames(util.ResolveNumericReferences(v)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.AutoLink:
			b.Write(n.Label(src))
		}
		if cb, ok := n.(*ast.FencedCodeBlock); ok {
			lines := cb.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
	c.text = b.String()
	c.galleries = galleries(root, src)
	if last := root.LastChild(); last != nil && last.Kind() == ast.KindHeading && last != root.FirstChild() {
		c.endHeading = true
	}
	return c, err
}

// galleries counts the runs of three or more links that hold a picture
// alone, one after the other in reading order with no text between them
// (in one paragraph or in paragraphs of their own).
func galleries(root ast.Node, src []byte) int {
	n, run := 0, 0
	_ = ast.Walk(root, func(k ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch k := k.(type) {
		case *ast.Link:
			if hasImage(k) && !hasOwnText(k, src) {
				run++
				if run == minGallery {
					n++
				}
				return ast.WalkSkipChildren, nil
			}
		case *ast.Image:
			run = 0
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if strings.TrimSpace(string(k.Segment.Value(src))) != "" {
				run = 0
			}
		}
		return ast.WalkContinue, nil
	})
	return n
}

const minGallery = 3

// hasStrong reports whether n holds strong emphasis (**x**).
func hasStrong(n ast.Node) bool {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		if e, ok := k.(*ast.Emphasis); ok && e.Level == 2 || hasStrong(k) {
			return true
		}
	}
	return false
}

func hasImage(n ast.Node) bool {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		if _, ok := k.(*ast.Image); ok || hasImage(k) {
			return true
		}
	}
	return false
}

// hasText reports whether n has text of its own or in an image's alt.
func hasText(n ast.Node, src []byte) bool {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		if t, ok := k.(*ast.Text); ok && strings.TrimSpace(string(t.Segment.Value(src))) != "" {
			return true
		}
		if _, ok := k.(*ast.Image); !ok && hasText(k, src) {
			return true
		}
	}
	return false
}

// hasOwnText reports whether a link has text outside its pictures.
func hasOwnText(n ast.Node, src []byte) bool {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		if _, ok := k.(*ast.Image); ok {
			continue
		}
		if t, ok := k.(*ast.Text); ok && strings.TrimSpace(string(t.Segment.Value(src))) != "" {
			return true
		}
		if hasOwnText(k, src) {
			return true
		}
	}
	return false
}
