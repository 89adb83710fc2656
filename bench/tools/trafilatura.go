//go:build !onlytool || tool_trafilatura

package tools

import (
	"fmt"
	"io"
	"net/url"

	"github.com/markusmobius/go-trafilatura"
)

func init() {
	register(Tool{
		Name:   "trafilatura",
		Title:  "go-trafilatura",
		Module: "github.com/markusmobius/go-trafilatura",
		Settings: "trafilatura.Extract(r, Options{OriginalURL: url}), all else the zero value " +
			"(Focus Balanced, EnableFallback false, tables kept, no deduplication); text = ContentText " +
			"(comments go to CommentsText, not scored)",
		Extract: func(r io.Reader, u *url.URL) (Result, error) {
			res, err := trafilatura.Extract(r, trafilatura.Options{OriginalURL: u})
			if err != nil {
				return Result{}, fmt.Errorf("go-trafilatura: %w", err)
			}
			return Result{Text: res.ContentText}, nil
		},
	})
}
