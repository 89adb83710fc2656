package format_test

import (
	"fmt"
	"os"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/format"
	"github.com/pith-news/pith/markdown"
)

func ExampleWrite() {
	a := &article.Article{
		SourceURL: "https://news.example/2024/05/story",
		Title:     "Rates rise",
		Authors:   []string{"Ana Ruiz"},
		HTML:      `<h2>Why</h2><p>See <a href="/markets">markets</a>.</p><ul><li>Banks</li><li>Funds</li></ul>`,
		Text:      "Why\n\nSee markets.\n\nBanks\n\nFunds",
	}
	if err := format.Write(os.Stdout, a, "markdown", format.Options{Markdown: markdown.Options{OmitFrontMatter: true}}); err != nil {
		fmt.Println(err)
	}
	fmt.Println("---")
	if err := format.Write(os.Stdout, a, "text", format.Options{}); err != nil {
		fmt.Println(err)
	}
	fmt.Println("---")
	fmt.Println(format.Write(os.Stdout, a, "yaml", format.Options{}))
	// Output:
	// # Rates rise
	//
	// *By Ana Ruiz*
	//
	// ## Why
	//
	// See [markets](https://news.example/markets).
	//
	// - Banks
	// - Funds
	// ---
	// Rates rise
	//
	// Why
	//
	// See markets.
	//
	// Banks
	//
	// Funds
	// ---
	// format: unknown format "yaml" (want one of json, text, markdown, html)
}
