package cleaner

import (
	"golang.org/x/net/html"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/siteblocks"
)

// SiteBlock is a block that a site repeats under its articles, learned
// from the site's own pages by a crawl (see pith sites): a sign-off, a
// membership plug, a disclaimer in the site's own words. Clean removes it
// where it sits, listing it in Removed with kind "repeated", rule "site"
// and its Count.
type SiteBlock struct {
	// Text is the block's text; case, punctuation and digits do not
	// matter.
	Text string
	// Position is where the block sits in the site's articles: "start"
	// (one of the first three blocks), "end" (one of the last three), or
	// "after:" and the first eight hex digits of the key of the block
	// before it (see internal/siteblocks). A copy of the text elsewhere,
	// quoted in a story, stays.
	Position string
	// Count is the number of the site's articles the block was seen in.
	Count int
}

// repeatedKind is the kind of a learned block's removal, repeatedRule its
// rule.
const (
	repeatedKind = "repeated"
	repeatedRule = "site"
)

// removeRepeated removes from the article under root the site's learned
// blocks that sit where they were learned.
func (s *stripper) removeRepeated(root *html.Node, site []SiteBlock) {
	if len(site) == 0 || s.keep[repeatedKind] {
		return
	}
	type learned struct {
		pos   string
		count int
	}
	want := make(map[string][]learned, len(site))
	for _, b := range site {
		k := siteblocks.Key(siteblocks.Normalize(b.Text))
		want[k] = append(want[k], learned{b.Position, b.Count})
	}
	blocks := siteblocks.Segment(root)
	var drop []int
	for i, b := range blocks {
		for _, l := range want[b.Key] {
			if siteblocks.At(blocks, i, l.pos) {
				drop = append(drop, i)
				s.removed = append(s.removed, recordOf(repeatedKind, repeatedRule, b.Text, l.count))
				break
			}
		}
	}
	for _, i := range drop {
		if n := blocks[i].Node; n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	if len(drop) > 0 {
		pruneEmpty(root)
	}
}

// recordOf is the Removal of a block removed as a whole, its text cut at
// maxRecorded characters.
func recordOf(kind, rule, text string, count int) article.Removal {
	return article.Removal{Kind: kind, Rule: rule, Text: clip(collapseSpace(text), maxRecorded), Count: count}
}
