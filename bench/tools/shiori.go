//go:build !onlytool || tool_shiori

package tools

import (
	"fmt"
	"io"
	"net/url"

	readability "github.com/go-shiori/go-readability"
)

func init() {
	register(Tool{
		Name:     "shiori",
		Title:    "go-shiori/go-readability",
		Module:   "github.com/go-shiori/go-readability",
		Settings: "readability.FromReader(r, url); text = Article.TextContent",
		Extract: func(r io.Reader, u *url.URL) (Result, error) {
			a, err := readability.FromReader(r, u)
			if err != nil {
				return Result{}, fmt.Errorf("go-shiori: %w", err)
			}
			return Result{Text: a.TextContent}, nil
		},
	})
}
