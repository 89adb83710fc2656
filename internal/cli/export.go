package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/format"
	"github.com/pith-news/pith/internal/since"
	"github.com/pith-news/pith/store"
)

const exportUsage = `usage: pith export [flags] DIR

Prints the articles stored in the out dir DIR (written by pith crawl), in
path order: as JSON lines, one article per line (the default), as one JSON
array, or as Markdown documents. Markdown documents are printed one after
the other, each but the first preceded by the line

  ` + mdSeparatorLine + `

or, with --out-dir, written one .md file per article under that directory
(host/name.md, the stored file's name). --front-matter, --links and
--images choose what a Markdown document holds. It reads the article
files only, so it can run while a crawl writes to DIR. A file that cannot
be read or holds no article is skipped, and the count said on stderr.

examples:
  pith export ./articles > all.jsonl
  pith export ./articles --site news.example --since 24h --format markdown
  pith export ./articles --format markdown --out-dir md/ --links=false

flags:
`

func runExport(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	sinceFlag := fs.String("since", "", "only articles fetched (new or changed) at or after this time: RFC 3339, a date (2025-03-01) or a duration back from now (24h)")
	site := fs.String("site", "", "only the articles of this host (news.example, or host:port)")
	outFormat := fs.String("format", "jsonl", "jsonl (one article per line), json (one array) or markdown")
	outDir := fs.String("out-dir", "", "with --format markdown: write one .md file per article under this directory instead of printing")
	formatOpts := formatFlags(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, fs, stdio.Out, exportUsage)
	}
	if len(pos) != 1 {
		return usageErrorf("export: want one DIR, got %d arguments (run 'pith help export')", len(pos))
	}
	var from time.Time
	if *sinceFlag != "" {
		if from, err = since.Parse(*sinceFlag, time.Now()); err != nil {
			return usageErrorf("export: --since: %v", err)
		}
	}
	if *outDir != "" && *outFormat != "markdown" {
		return usageErrorf("export: --out-dir writes Markdown files; it needs --format markdown")
	}
	if err := checkFormatFlags(fs, "export", *outFormat); err != nil {
		return err
	}
	opts := formatOpts()
	bw := bufio.NewWriterSize(stdio.Out, 64<<10)
	var write func(*article.Article) error
	var end func() error
	var files *markdownFiles
	switch *outFormat {
	case "jsonl":
		enc := store.NewJSONL(bw)
		write = enc.Write
	case "json":
		n := 0
		write = func(a *article.Article) error {
			data, err := marshalIndented(a)
			if err != nil {
				return err
			}
			sep := ",\n  "
			if n == 0 {
				sep = "[\n  "
			}
			n++
			if _, err := io.WriteString(bw, sep); err != nil {
				return err
			}
			_, err = bw.Write(data)
			return err
		}
		end = func() error {
			closing := "\n]\n"
			if n == 0 {
				closing = "[]\n"
			}
			_, err := io.WriteString(bw, closing)
			return err
		}
	case "markdown":
		if *outDir != "" {
			if files, err = newMarkdownFiles(*outDir, opts); err != nil {
				return fmt.Errorf("export: --out-dir: %w", err)
			}
			write = files.write
			break
		}
		n := 0
		write = func(a *article.Article) error {
			if n > 0 {
				if _, err := io.WriteString(bw, "\n"+mdSeparatorLine+"\n\n"); err != nil {
					return err
				}
			}
			n++
			return format.Write(bw, a, "markdown", opts)
		}
	default:
		return usageErrorf("export: unknown --format %q (want jsonl, json or markdown)", *outFormat)
	}
	q := store.Query{Site: strings.ToLower(*site)}
	var (
		skipped   int
		firstSkip string
	)
	err = store.WalkSkipping(ctx, pos[0], from, func(a *article.Article) error {
		if !q.Keeps(a.URL) {
			return nil
		}
		return write(a)
	}, func(p string, err error) {
		if skipped == 0 {
			firstSkip = err.Error()
		}
		skipped++
	})
	if err == nil && end != nil {
		err = end()
	}
	if files != nil {
		if cerr := files.root.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if skipped > 0 {
		// Said once, on stderr: the articles that could be read are out.
		fmt.Fprintf(stdio.Err, "pith: export: skipped %d file(s) that hold no readable article (first: %s)\n", skipped, firstSkip)
	}
	return nil
}

// mdSeparatorLine stands between two Markdown documents of an export
// stream. Markdown escapes the < of text, so only a code block of an
// article could hold the same line.
const mdSeparatorLine = "<!-- pith: next article -->"

// markdownFiles writes one Markdown file per article under a directory.
type markdownFiles struct {
	root  *os.Root
	opts  format.Options
	taken map[string]bool
}

func newMarkdownFiles(dir string, opts format.Options) (*markdownFiles, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &markdownFiles{root: root, opts: opts, taken: map[string]bool{}}, nil
}

// write writes a to host/name.md, the name the store gives its file, with
// a number added when two articles would share it.
func (m *markdownFiles) write(a *article.Article) error {
	key := a.URL
	if key == "" {
		key = a.SourceURL
	}
	stem := strings.TrimSuffix(store.Path(key), ".json")
	name := stem + ".md"
	for n := 2; m.taken[name]; n++ {
		name = fmt.Sprintf("%s-%d.md", stem, n)
	}
	m.taken[name] = true
	var b bytes.Buffer
	if err := format.Write(&b, a, "markdown", m.opts); err != nil {
		return err
	}
	if err := m.root.MkdirAll(path.Dir(name), 0o755); err != nil {
		return fmt.Errorf("--out-dir: %w", err)
	}
	// Through a temporary file renamed into place: a reader never sees
	// half a document.
	tmp := name + ".tmp"
	err := m.root.WriteFile(tmp, b.Bytes(), 0o644)
	if err == nil {
		err = m.root.Rename(tmp, name)
	}
	if err != nil {
		if rerr := m.root.Remove(tmp); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = errors.Join(err, rerr)
		}
		return fmt.Errorf("--out-dir: %w", err)
	}
	return nil
}

// marshalIndented encodes a as an element of an indented JSON array.
func marshalIndented(a *article.Article) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}
