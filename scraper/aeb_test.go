package scraper

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/pith-news/pith/internal/testkit/aeb"
)

// TestIsArticleRealPages measures article detection on 181 real news and
// blog article pages (Scrapinghub's article-extraction benchmark): every one
// is an article. It is skipped when shared/ is not beside the checkout.
func TestIsArticleRealPages(t *testing.T) {
	pages, err := aeb.Load(aeb.Dir(1))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("benchmark pages not found: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	found, total := 0, 0
	for _, p := range pages {
		u, body := p.URL, p.HTML
		total++
		if IsArticle(u, body) {
			found++
			continue
		}
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
		s := gatherSignals(doc.Selection)
		t.Logf("not an article: %s %+v shape=%d", u, s, urlShape(u))
	}
	t.Logf("IsArticle: %d/%d real article pages detected", found, total)
	if found*100 < total*95 {
		t.Errorf("IsArticle found %d/%d articles, want at least 95%%", found, total)
	}
}
