package store

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/pith-news/pith/article"
)

// encodeFile writes a to w in the schema of `pith clean`: indented JSON,
// HTML left unescaped.
func encodeFile(w io.Writer, a *article.Article) error {
	bw := bufio.NewWriterSize(w, 32<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		return err
	}
	return bw.Flush()
}

// readArticle reads and decodes the article file p under root. A file that
// decodes but names no URL is not an article (ErrNotArticle). Missing
// lists come back empty, never nil, so that they encode as [].
func readArticle(root *os.Root, p string) (*article.Article, error) {
	data, err := root.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("decode %s: %w", p, err)
	}
	if a.URL == "" {
		return nil, fmt.Errorf("%s: %w", p, ErrNotArticle)
	}
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if a.Removed == nil {
		a.Removed = []article.Removal{}
	}
	return &a, nil
}

// Walk calls fn for each article stored in the out dir dir whose fetched_at
// is not before since (a zero since means all), in lexical order of their
// paths. It reads the article files only, without the state database or its
// lock, so it can run while another process crawls into dir; each article
// is seen whole, as before or after a concurrent write. A file or directory
// that cannot be read, or does not hold an article, is skipped silently;
// WalkSkipping says which. Walk stops at the first error fn returns, and
// returns it.
func Walk(ctx context.Context, dir string, since time.Time, fn func(*article.Article) error) error {
	return WalkSkipping(ctx, dir, since, fn, nil)
}

// WalkSkipping is Walk, calling skipped (when not nil) with the path,
// relative to dir, and the error of each file or directory it skips
// because it cannot be read or does not hold an article.
func WalkSkipping(ctx context.Context, dir string, since time.Time, fn func(*article.Article) error, skipped func(path string, err error)) error {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("store: walk: %w", err)
	}
	defer root.Close()
	skip := func(p string, err error) {
		if skipped != nil {
			skipped(p, err)
		}
	}
	return fs.WalkDir(root.FS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return fmt.Errorf("store: walk: %w", err)
			}
			skip(p, err)
			if e != nil && e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if e.IsDir() {
			if p == stateDir {
				return fs.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		a, err := readArticle(root, p)
		if err != nil {
			skip(p, err)
			return nil
		}
		if !since.IsZero() && a.FetchedAt.Before(since) {
			return nil
		}
		return fn(a)
	})
}

// Get reads the article stored for the canonical URL rawURL in the out dir
// dir, without the state database. It fails with ErrNotFound when there is
// none. An article stored as a Duplicate of another is found under the URL
// of the copy stored first.
func Get(ctx context.Context, dir, rawURL string) (*article.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("store: get: %w", err)
	}
	defer root.Close()
	a, err := readArticle(root, Path(rawURL))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: get %s: %w", rawURL, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: get %s: %w", rawURL, err)
	}
	return a, nil
}

// GetPath reads the article file p (as in Entry.Path) of the out dir dir,
// without the state database. It fails with ErrNotFound when there is no
// such file; p cannot name a file outside dir.
func GetPath(ctx context.Context, dir, p string) (*article.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("store: get: %w", err)
	}
	defer root.Close()
	a, err := readArticle(root, p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: get %s: %w", p, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: get %s: %w", p, err)
	}
	return a, nil
}
