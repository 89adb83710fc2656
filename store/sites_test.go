package store_test

import (
	"fmt"
	"testing"

	"github.com/pith-news/pith/internal/siteblocks"
	"github.com/pith-news/pith/store"
)

// obs is article i of a site: a story of its own and the site's sign-off
// at its end.
func obs(i int) store.Observation {
	story := fmt.Sprintf("story %d", i)
	signOff := "written at the quay desk"
	return store.Observation{
		Host: "news.example", Path: fmt.Sprintf("news.example/a-%d.json", i),
		Blocks: []store.ObservedBlock{
			{Key: siteblocks.Key(story), Text: story, Norm: story, Positions: []string{siteblocks.Start}},
			{Key: siteblocks.Key(signOff), Text: "Written at the quay desk.", Norm: signOff, Positions: []string{siteblocks.End}},
		},
		Signature: []string{fmt.Sprintf("topicword%c", 'a'+i%26), fmt.Sprintf("placename%c", 'a'+i%26)},
	}
}

// TestObserveAcrossRestarts counts a site's articles over two opens of the
// store: the counts survive, an article is counted once, and the sign-off
// is learned when the 20th article is counted, not before.
func TestObserveAcrossRestarts(t *testing.T) {
	dir := t.TempDir()
	observe := func(d *store.Dir, from, to int) int {
		learned := 0
		for i := from; i < to; i++ {
			got, err := d.Observe(t.Context(), []store.Observation{obs(i)}, siteblocks.Thresholds{})
			if err != nil {
				t.Fatal(err)
			}
			learned += len(got)
			if len(got) > 0 && i != 19 {
				t.Errorf("learned at article %d, want at the 20th", i+1)
			}
		}
		return learned
	}
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if n := observe(d, 0, 12); n != 0 {
		t.Errorf("learned %d blocks from 12 articles", n)
	}
	if n := observe(d, 0, 12); n != 0 { // the same articles again: not counted
		t.Errorf("learned %d blocks from articles counted twice", n)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d, err = store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if n := observe(d, 12, 30); n != 1 {
		t.Errorf("learned %d blocks after the restart, want the sign-off", n)
	}
	sites, err := d.Sites(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(sites) != 1 || sites[0].Articles != 30 || len(sites[0].Blocks) != 1 || sites[0].Blocks[0].Count != 30 || !sites[0].Dirty {
		t.Fatalf("sites: %+v", sites)
	}
	bs, err := d.LearnedBlocks(t.Context(), "news.example")
	if err != nil || len(bs) != 1 || bs[0].Norm != "written at the quay desk" || bs[0].Position != siteblocks.End {
		t.Errorf("learned blocks: %+v %v", bs, err)
	}
	// Pinning by text takes it back, for good.
	pinned, err := d.Pin(t.Context(), "Written at the quay desk")
	if err != nil || len(pinned) != 1 {
		t.Fatalf("pin: %+v %v", pinned, err)
	}
	if bs, _ := d.LearnedBlocks(t.Context(), "news.example"); len(bs) != 0 {
		t.Errorf("a pinned block is still removed: %+v", bs)
	}
	if n := observe(d, 30, 40); n != 0 {
		t.Errorf("a pinned block was learned again (%d)", n)
	}
	// A reclean done at the generation read marks the site clean.
	dirty, err := d.DirtySites(t.Context())
	if err != nil || len(dirty) != 1 {
		t.Fatalf("dirty: %v %v", dirty, err)
	}
	if err := d.CleanSite(t.Context(), "news.example", dirty["news.example"]-1); err != nil {
		t.Fatal(err)
	}
	if again, _ := d.DirtySites(t.Context()); len(again) != 1 {
		t.Errorf("an older generation cleaned the site")
	}
	if err := d.CleanSite(t.Context(), "news.example", dirty["news.example"]); err != nil {
		t.Fatal(err)
	}
	if again, _ := d.DirtySites(t.Context()); len(again) != 0 {
		t.Errorf("still dirty: %v", again)
	}
}

// TestObservePerLanguage counts a site of 100 English articles and 25
// German ones, each ending with its language's sign-off. The German one is
// in a fifth of the site's articles but in all of its German ones: it is
// learned once 20 German articles are counted.
func TestObservePerLanguage(t *testing.T) {
	d, err := store.Open(t.Context(), t.TempDir(), store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	learnedAt := map[string]int{}
	for i := range 125 {
		o := obs(i)
		o.Lang = "en"
		if i%5 == 4 { // one article in five is German
			o.Lang = "de"
			so := "geschrieben am kai"
			o.Blocks[1] = store.ObservedBlock{Key: siteblocks.Key(so), Text: "Geschrieben am Kai.", Norm: so, Positions: []string{siteblocks.End}}
		}
		got, err := d.Observe(t.Context(), []store.Observation{o}, siteblocks.Thresholds{})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range got {
			learnedAt[b.Norm] = i + 1
		}
	}
	if at := learnedAt["geschrieben am kai"]; at != 100 { // the 20th German article is the site's 100th
		t.Errorf("German sign-off learned at article %d, want 100 (%v)", at, learnedAt)
	}
	if at := learnedAt["written at the quay desk"]; at != 24 { // the 20th English article is the 24th
		t.Errorf("English sign-off learned at article %d, want 24 (%v)", at, learnedAt)
	}
}
