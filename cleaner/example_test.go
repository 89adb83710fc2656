package cleaner_test

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/pith-news/pith/cleaner"
)

func ExampleClean() {
	page := `<html lang="en"><head><title>Harbour expansion approved - Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"></head><body>
<article><h1>Harbour expansion approved</h1>
<p>The city council voted on Tuesday to approve a long-debated expansion of the harbour, ending two years of public hearings and legal challenges from residents.</p>
<p>Officials said the project would create hundreds of jobs over the next decade and allow larger container ships to dock at the eastern quay for the first time.</p>
<p>When you buy through links on our site, we may earn an affiliate commission.</p>
<p>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More</p>
</article></body></html>`
	u, _ := url.Parse("https://news.example/harbour")
	a, err := cleaner.Clean(strings.NewReader(page), u, cleaner.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Text)
	for _, r := range a.Removed {
		fmt.Println("removed:", r.Kind)
	}
	// Output:
	// Harbour expansion approved
	// The city council voted on Tuesday to approve a long-debated expansion of the harbour, ending two years of public hearings and legal challenges from residents.
	//
	// Officials said the project would create hundreds of jobs over the next decade and allow larger container ships to dock at the eastern quay for the first time.
	// removed: affiliate
	// removed: cookie
}
