//go:build !onlytool || tool_readeck

package tools

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

func init() {
	register(Tool{
		Name:     "readeck",
		Title:    "readeck/go-readability v2",
		Module:   "codeberg.org/readeck/go-readability/v2",
		Settings: "readability.FromReader(r, url); text = Article.RenderText (block-separated inner text)",
		Extract: func(r io.Reader, u *url.URL) (Result, error) {
			a, err := readability.FromReader(r, u)
			if err != nil {
				return Result{}, fmt.Errorf("readeck: %w", err)
			}
			if a.Node == nil {
				return Result{}, fmt.Errorf("readeck: no article")
			}
			var b strings.Builder
			if err := a.RenderText(&b); err != nil {
				return Result{}, fmt.Errorf("readeck: render text: %w", err)
			}
			return Result{Text: b.String()}, nil
		},
	})
}
