package scraper

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// aebDir holds the article-extraction benchmark's 181 real article pages,
// in shared/ beside the checkout (as in CI).
const aebDir = "../../shared/bench/aeb"

// TestIsArticleRealPages measures article detection on 181 real news and
// blog article pages (Scrapinghub's article-extraction benchmark): every one
// is an article. It is skipped when shared/ is not beside the checkout.
func TestIsArticleRealPages(t *testing.T) {
	gt, err := os.ReadFile(filepath.Join(aebDir, "ground-truth.json"))
	if err != nil {
		t.Skipf("benchmark pages not found: %v", err)
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(gt, &truth); err != nil {
		t.Fatal(err)
	}
	found, total := 0, 0
	for id, v := range truth {
		f, err := os.Open(filepath.Join(aebDir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		u, err := url.Parse(v.URL)
		if err != nil {
			t.Fatal(err)
		}
		total++
		if IsArticle(u, body) {
			found++
			continue
		}
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
		s := gatherSignals(doc.Selection)
		t.Logf("not an article: %s %+v shape=%d", v.URL, s, urlShape(u))
	}
	t.Logf("IsArticle: %d/%d real article pages detected", found, total)
	if found*100 < total*95 {
		t.Errorf("IsArticle found %d/%d articles, want at least 95%%", found, total)
	}
}
