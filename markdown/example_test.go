package markdown_test

import (
	"fmt"
	"os"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/markdown"
)

func Example() {
	a := &article.Article{
		URL:       "https://news.example/2025/03/ferry",
		Title:     "Ferry: back on time",
		Authors:   []string{"Ines Holt"},
		Published: time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC),
		SiteName:  "The Harbour Post",
		Language:  "en",
		WordCount: 9,
		HTML: `<h2><strong>At the quay</strong></h2><p>The <a href="/ferry">ferry</a> left at dawn.</p>` +
			`<p><a href="/tag/ferries"></a>Tickets are sold on board.</p>` +
			`<h2>Related</h2><p><a href="/a"><img src="/a.jpg"></a><a href="/b"><img src="/b.jpg"></a><a href="/c"><img src="/c.jpg"></a></p>`,
	}
	if err := markdown.Write(os.Stdout, a, markdown.Options{}); err != nil {
		fmt.Println(err)
	}
	fmt.Println("===")
	if err := markdown.Write(os.Stdout, a, markdown.Options{OmitFrontMatter: true, OmitLinks: true}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ---
	// title: 'Ferry: back on time'
	// url: https://news.example/2025/03/ferry
	// authors:
	//   - Ines Holt
	// published: 2025-03-14T09:30:00Z
	// site_name: The Harbour Post
	// language: en
	// word_count: 9
	// ---
	//
	// # Ferry: back on time
	//
	// ## At the quay
	//
	// The [ferry](https://news.example/ferry) left at dawn.
	//
	// Tickets are sold on board.
	// ===
	// # Ferry: back on time
	//
	// *By Ines Holt · 2025-03-14 · The Harbour Post*
	//
	// ## At the quay
	//
	// The ferry left at dawn.
	//
	// Tickets are sold on board.
}
