//go:build !onlytool || tool_pith

package tools

import (
	"fmt"
	"io"
	"net/url"

	"github.com/pith-news/pith/cleaner"
)

func init() {
	register(Tool{
		Name:     "pith",
		Title:    "pith",
		Module:   "github.com/pith-news/pith",
		Settings: "cleaner.Clean(r, url, cleaner.Options{}); text = Article.Text",
		Extract: func(r io.Reader, u *url.URL) (Result, error) {
			a, err := cleaner.Clean(r, u, cleaner.Options{})
			if err != nil {
				return Result{}, fmt.Errorf("pith: %w", err)
			}
			return Result{Text: a.Text, Removed: a.Removed}, nil
		},
	})
}
