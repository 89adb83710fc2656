package crawl_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/archive"
	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/internal/testkit/repeatsite"
	"github.com/pith-news/pith/internal/testkit/sitetest"
	"github.com/pith-news/pith/scraper"
	"github.com/pith-news/pith/store"
)

func repeatConfig(site *repeatsite.Site, out string) crawl.Config {
	return crawl.Config{
		Seeds:   []string{site.URL() + "/"},
		Out:     out,
		Archive: true,
		Scraper: scraper.Config{Parallelism: 4, Timeout: 5 * time.Second, RetryWait: 10 * time.Millisecond},
	}
}

// stored reads every article of the out dir, by source URL.
func stored(t *testing.T, dir string) map[string]*article.Article {
	t.Helper()
	out := map[string]*article.Article{}
	err := store.Walk(t.Context(), dir, time.Time{}, func(a *article.Article) error {
		out[a.SourceURL] = a
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// siteCheck is what an out dir holds of the repeat site: the articles
// stored, the site's blocks left in them, the story paragraphs lost.
type siteCheck struct {
	stored, blocksLeft, parasLost, repeatedRemovals int
	lost                                            []string
}

func checkRepeatSite(t *testing.T, site *repeatsite.Site, dir string) siteCheck {
	t.Helper()
	got := stored(t, dir)
	var c siteCheck
	for _, want := range site.Articles() {
		a := got[site.URL()+want.Path]
		if a == nil {
			continue
		}
		c.stored++
		text := siteblocks.Normalize(a.Text)
		for _, b := range []string{repeatsite.Plug(want.Lang), repeatsite.SignOff(want.Lang)} {
			if strings.Contains(text, siteblocks.Normalize(b)) {
				c.blocksLeft++
			}
		}
		for _, p := range want.Paragraphs {
			if !strings.Contains(text, siteblocks.Normalize(p)) {
				c.parasLost++
				c.lost = append(c.lost, want.Path+": "+p)
			}
		}
		for _, r := range a.Removed {
			if r.Kind == "repeated" {
				c.repeatedRemovals++
				if r.Rule != "site" || r.Count < 1 {
					t.Errorf("%s: removal %+v: want rule site and a count", want.Path, r)
				}
			}
		}
	}
	return c
}

// TestLearnRepeatedBlocks crawls a site of 60 English and 60 German
// articles, each ending with the site's own membership plug and sign-off
// (no rule knows them), five per language sharing a story's background
// paragraph and quote. One crawl learns the four blocks, removes them from
// the articles stored after, and recleans the ones stored before from the
// archive: no block is left, no story paragraph is lost, and every stored
// article has its response archived.
func TestLearnRepeatedBlocks(t *testing.T) {
	site := repeatsite.New(repeatsite.Options{})
	defer site.Close()
	n := len(site.Articles())

	// Without learning (today's pith): every block stays.
	off := filepath.Join(t.TempDir(), "off")
	cfg := repeatConfig(site, off)
	cfg.NoLearn = true
	run(t, cfg)
	if c := checkRepeatSite(t, site, off); c.stored != n || c.blocksLeft != 2*n || c.parasLost != 0 {
		t.Fatalf("without learning: %d stored, %d blocks left, %d paragraphs lost; want %d, %d, 0 (%v)", c.stored, c.blocksLeft, c.parasLost, n, 2*n, c.lost)
	}

	dir := filepath.Join(t.TempDir(), "on")
	var jsonl syncBuffer
	cfg = repeatConfig(site, dir)
	cfg.JSONL = &jsonl
	stats := run(t, cfg)
	c := checkRepeatSite(t, site, dir)
	t.Logf("one crawl: %d stored, %d site blocks left, %d paragraphs lost, %d repeated removals; learned %d, recleaned %d", c.stored, c.blocksLeft, c.parasLost, c.repeatedRemovals, stats.Learned, stats.Recleaned)
	if c.stored != n || c.blocksLeft != 0 || c.parasLost != 0 {
		t.Errorf("after one crawl: %d stored, %d blocks left, %d paragraphs lost; want %d, 0, 0 (%v)", c.stored, c.blocksLeft, c.parasLost, n, c.lost)
	}
	if c.repeatedRemovals != 2*n {
		t.Errorf("%d removals of kind repeated, want %d", c.repeatedRemovals, 2*n)
	}
	if stats.Recleaned == 0 || stats.Created != n {
		t.Errorf("created %d, recleaned %d: want %d, and the articles stored before the blocks were learned recleaned", stats.Created, stats.Recleaned, n)
	}
	if lines := jsonl.lines(t); len(lines) != n+stats.Recleaned {
		t.Errorf("%d JSON lines, want %d new and %d recleaned", len(lines), n, stats.Recleaned)
	}

	// The state knows one site and its four blocks, at the end.
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	sites, err := d.Sites(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(sites) != 1 || len(sites[0].Blocks) != 4 || sites[0].Articles != n || sites[0].Dirty {
		t.Errorf("sites: %+v, want one of %d articles with 4 blocks learned, not dirty", sites, n)
	}
	for _, b := range sites[0].Blocks {
		if b.Position != siteblocks.End {
			t.Errorf("block %q learned at %q, want end", b.Text, b.Position)
		}
	}
	// A reclean finds nothing more to change.
	rs, err := crawl.Reclean(t.Context(), d, crawl.RecleanConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if rs.Pages != n || rs.Changed != 0 || rs.Failed != 0 {
		t.Errorf("reclean after the crawl: %+v, want %d pages, none changed", rs, n)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// Every stored article has one response record, read by the WARC
	// library's own reader, strictly.
	responses := map[string]int{}
	files, err := archive.Files(crawl.ArchiveDir(dir))
	if err != nil || len(files) == 0 {
		t.Fatalf("WARC files: %v %v", files, err)
	}
	for _, f := range files {
		rd, err := gowarc.NewWarcFileReader(filepath.Join(crawl.ArchiveDir(dir), f), 0, gowarc.WithStrictValidation())
		if err != nil {
			t.Fatal(err)
		}
		for rec, err := range rd.Records() {
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if rec.WarcRecord.Type() == gowarc.Response {
				responses[rec.WarcRecord.WarcHeader().GetId(gowarc.WarcTargetURI)]++
			}
			rec.Close()
		}
		rd.Close()
	}
	for _, a := range site.Articles() {
		if k := responses[site.URL()+a.Path]; k != 1 {
			t.Errorf("%s: %d response records, want 1", a.Path, k)
		}
	}
	if len(responses) != n {
		t.Errorf("%d URLs archived, want the %d stored", len(responses), n)
	}
}

// TestLearningKeepsNewsSite crawls the generated news site (whose
// paragraphs come from a small pool of sentences) with and without
// learning: no paragraph kept without it is lost with it.
func TestLearningKeepsNewsSite(t *testing.T) {
	site := sitetest.New(sitetest.Options{Articles: 80})
	defer site.Close()
	texts := map[bool]map[string]*article.Article{}
	for _, learn := range []bool{false, true} {
		dir := t.TempDir()
		cfg := config(site, dir)
		cfg.Archive = true
		cfg.NoLearn = !learn
		stats := run(t, cfg)
		if learn && stats.Learned != 0 {
			t.Errorf("the news site made pith learn %d blocks", stats.Learned)
		}
		texts[learn] = stored(t, dir)
	}
	if len(texts[true]) != len(texts[false]) || len(texts[true]) == 0 {
		t.Fatalf("%d articles with learning, %d without", len(texts[true]), len(texts[false]))
	}
	lost := 0
	for u, a := range texts[false] {
		b := texts[true][u]
		if b == nil {
			t.Errorf("%s: stored without learning only", u)
			continue
		}
		for _, p := range strings.Split(a.Text, "\n\n") {
			if !strings.Contains(b.Text, p) {
				lost++
			}
		}
	}
	if lost != 0 {
		t.Errorf("%d paragraphs lost to learning", lost)
	}
}

// TestRunningStoryNotLearned crawls the repeat site where half of each
// language's articles belong to one running story, sharing its background
// paragraph (always the third block: at the start) and its quote. The
// background is frequent enough at one place to be judged; its articles
// are related, so it is not learned. The plug and the sign-off are.
func TestRunningStoryNotLearned(t *testing.T) {
	site := repeatsite.New(repeatsite.Options{PerLang: 30, StoryArticles: 15})
	defer site.Close()
	dir := t.TempDir()
	run(t, repeatConfig(site, dir))
	c := checkRepeatSite(t, site, dir)
	if c.stored != 60 || c.blocksLeft != 0 || c.parasLost != 0 {
		t.Errorf("%d stored, %d blocks left, %d paragraphs lost; want 60, 0, 0 (%v)", c.stored, c.blocksLeft, c.parasLost, c.lost)
	}
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	sites, err := d.Sites(t.Context())
	if err != nil || len(sites) != 1 {
		t.Fatalf("sites %+v %v", sites, err)
	}
	for _, b := range sites[0].Blocks {
		for _, lang := range repeatsite.Langs {
			if s := repeatsite.RunningStory(lang); b.Norm == siteblocks.Normalize(s.Background) || b.Norm == siteblocks.Normalize(s.Quote) {
				t.Errorf("learned the story's %q", b.Text)
			}
		}
	}
	if len(sites[0].Blocks) != 4 {
		t.Errorf("%d blocks learned, want the 4 plugs and sign-offs", len(sites[0].Blocks))
	}
}
