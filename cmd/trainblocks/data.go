package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/pith-news/pith/cleaner"
	"github.com/pith-news/pith/internal/machinery/blockmodel"
)

var wordRun = regexp.MustCompile(`[\p{L}\p{N}]+`)

// norm reduces text to lower-case word runs, as the WCXB scorer does.
func norm(s string) string {
	return strings.Join(wordRun.FindAllString(strings.ToLower(s), -1), " ")
}

// dataSum is the SHA-256 of the training examples' features and labels,
// in order: the model the same features train is the same (the trainer is
// deterministic), so a committed model is current when its .sum matches.
// It changes with the written blocks, with the cleaner's rules, which
// decide what blocks the pages' articles hold, and with the way the model
// reads features from a block.
func dataSum(examples []blockmodel.Example) string {
	return blockmodel.FeatureSum(examples)
}

// corpusDirs are the directories of testdata whose pages teach the model:
// the corpus, the sets that were tuned on (3, 4, 6, 8, 9, 14 to 20) and
// sets 11 to 13, written as training pages. Set 5's controls, set 7, set
// 10 and sets 21 to 28 stay out, so that they still measure pages the
// model never learnt from.
var corpusDirs = []string{"pages", "set3", "heldout", "set6", "set8/articles", "set9", "set11", "set12", "set13", "set14/articles", "set14/odd", "set15/articles", "set15/odd", "set16/articles", "set16/odd", "set17", "set18", "set19", "set20"}

func loadAll(bench, testdata string) ([]blockmodel.Example, error) {
	var all []blockmodel.Example
	wc, err := loadWCXB(bench)
	if err != nil {
		return nil, err
	}
	all = append(all, wc...)
	for _, dir := range corpusDirs {
		corpus, err := loadCorpus(filepath.Join(testdata, dir))
		if err != nil {
			return nil, err
		}
		all = append(all, corpus...)
	}
	written, err := loadWritten(testdata)
	if err != nil {
		return nil, err
	}
	return append(all, written...), nil
}

// loadWCXB labels the blocks of the WCXB development articles against
// their human-checked main text.
func loadWCXB(dir string) ([]blockmodel.Example, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("wcxb: %w", err)
	}
	var gt map[string]struct {
		URL      string   `json:"url"`
		PageType string   `json:"page_type"`
		Body     string   `json:"articleBody"`
		Without  []string `json:"without"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("wcxb: %w", err)
	}
	var out []blockmodel.Example
	for _, id := range sortedKeys(gt) {
		page := gt[id]
		if page.PageType != "article" || page.Body == "" {
			continue
		}
		body, err := gunzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		u, _ := url.Parse(page.URL)
		blocks, err := cleaner.ArticleBlocks(bytes.NewReader(body), u, trainOptions(""))
		if err != nil {
			continue
		}
		truth := norm(page.Body)
		group := siteOf(u)
		out = append(out, ruleRemovals(body, u, trainOptions(""), func(t string) bool { return !strings.Contains(truth, t) }, group)...)
		truthWords := map[string]bool{}
		for _, w := range strings.Fields(truth) {
			truthWords[w] = true
		}
		var without []string
		for _, w := range page.Without {
			if n := norm(w); n != "" {
				without = append(without, n)
			}
		}
		for _, b := range blocks {
			t := norm(b.Text)
			words := strings.Fields(t)
			if len(words) == 0 {
				continue
			}
			e := blockmodel.Example{Block: b, Group: group}
			switch {
			case strings.Contains(truth, t):
				e.Boilerplate = false
			case containsAny(t, without):
				e.Boilerplate = true
			case len(words) >= 3 && sharedShare(words, truthWords) < 0.3:
				e.Boilerplate = true
			default:
				continue // partly the story's: no label
			}
			out = append(out, e)
		}
	}
	return out, nil
}

// siteOf is the site a page's examples are grouped by, so that
// cross-validation never puts one site in both the training and the test
// fold: its host without "www.", "" for no address.
func siteOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// trainOptions are the options pages are cleaned with for their blocks:
// the rules alone, and the blocks a site repeats and its dialogs kept. A
// page builder's templates and a page's dialogs are removed by their markup
// when pith cleans, but their words are boilerplate worth learning, for
// the sites whose templates and pop-ups carry no such mark. Keeping
// "repeated" also keeps a second copy of the story (rule copy) and a
// crawl's learned blocks (rule site, none here): a change to the copy rule
// does not reach the training data.
func trainOptions(contentType string) cleaner.Options {
	return cleaner.Options{ContentType: contentType, RulesOnly: true, Keep: []string{"repeated", "dialog"}}
}

// textKinds are the kinds of the rules' removals that are text a reader
// sees as a block, and so teach the classifier; bylines, captions and
// standfirsts are matters of position, not of wording.
var textKinds = map[string]bool{"cookie": true, "affiliate": true, "newsletter": true, "share": true,
	"related": true, "comments": true, "author-bio": true, "notice": true}

// ruleRemovals cleans a page and returns what the rules removed as text,
// as boilerplate examples with their kind, when ok accepts its words.
func ruleRemovals(body []byte, u *url.URL, opts cleaner.Options, ok func(normText string) bool, group string) []blockmodel.Example {
	a, err := cleaner.Clean(bytes.NewReader(body), u, opts)
	if err != nil {
		return nil
	}
	var out []blockmodel.Example
	for _, r := range a.Removed {
		t := norm(r.Text)
		// An excerpt card's words are another story's: the rule judges
		// its shape, and its text would teach the classifier that a
		// story's sentences are boilerplate.
		if !textKinds[r.Kind] || r.Rule == "model" || r.Rule == "excerpt-cards" || len(strings.Fields(t)) < 4 || strings.HasSuffix(r.Text, "…") || !ok(t) {
			continue
		}
		out = append(out, blockmodel.Example{Block: blockmodel.Block{Text: r.Text, Lang: a.Language}, Boilerplate: true, Kind: r.Kind, Group: group})
	}
	return out
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func sharedShare(words []string, set map[string]bool) float64 {
	n := 0
	for _, w := range words {
		if set[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// loadCorpus labels the blocks of the corpus pages by their phrase files.
func loadCorpus(dir string) ([]blockmodel.Example, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.phrases"))
	if err != nil {
		return nil, err
	}
	var out []blockmodel.Example
	for _, f := range files {
		spec, err := readPhrases(f)
		if err != nil {
			return nil, err
		}
		body, err := os.ReadFile(strings.TrimSuffix(f, ".phrases") + ".html")
		if err != nil {
			return nil, err
		}
		u, _ := url.Parse(spec.url)
		blocks, err := cleaner.ArticleBlocks(bytes.NewReader(body), u, trainOptions(spec.contentType))
		if err != nil {
			continue
		}
		group := "corpus:" + filepath.Base(f)
		if u != nil {
			group = siteOf(u)
		}
		out = append(out, ruleRemovals(body, u, trainOptions(spec.contentType), func(t string) bool {
			for _, m := range spec.must {
				if strings.Contains(t, norm(m)) {
					return false
				}
			}
			return true
		}, group)...)
		for _, b := range blocks {
			text := strings.Join(strings.Fields(b.Text), " ")
			must, mustNot := containsAnyRaw(text, spec.must), containsAnyRaw(text, spec.mustNot)
			if must == mustNot {
				continue
			}
			out = append(out, blockmodel.Example{Block: b, Boilerplate: mustNot, Group: group})
		}
	}
	return out, nil
}

func containsAnyRaw(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

type phrases struct {
	url, contentType string
	must, mustNot    []string
}

func readPhrases(path string) (phrases, error) {
	var p phrases
	f, err := os.Open(path)
	if err != nil {
		return p, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || strings.HasPrefix(k, "#") {
			continue
		}
		v = strings.Join(strings.Fields(v), " ")
		switch strings.TrimSpace(k) {
		case "url":
			p.url = v
		case "contenttype":
			p.contentType = v
		case "must":
			p.must = append(p.must, v)
		case "mustnot":
			p.mustNot = append(p.mustNot, v)
		}
	}
	return p, sc.Err()
}

// kindOf maps the kinds of the written blocks to the cleaner's kinds.
var kindOf = map[string]string{
	"cookie": "cookie", "affiliate": "affiliate", "sponsor": "affiliate", "membership": "newsletter",
	"newsletter": "newsletter", "syndication": "notice", "follow": "share", "share": "share", "app": "share",
	"comments": "comments", "related": "related", "ad": "ad", "author-contact": "author-bio",
	"copyright": "notice", "notice": "notice", "author-bio": "author-bio",
	"consent": "cookie", "tipline": "author-bio", "print": "notice",
}

// writtenPositions are the places a written block is learnt at.
var writtenPositions = []blockmodel.Position{blockmodel.PosUnknown, blockmodel.PosFirst, blockmodel.PosMiddle, blockmodel.PosTail, blockmodel.PosLast}

// loadWritten reads the blocks written for the project.
func loadWritten(testdata string) ([]blockmodel.Example, error) {
	var out []blockmodel.Example
	read := func(name string, each func(map[string]string)) error {
		return readJSONL(filepath.Join(testdata, "train", name), each)
	}
	// A written block has no page around it. It is learnt once with no
	// position and once at each place a block sits in an article, so that
	// its words, not the rarity of boilerplate in the middle of the pages
	// of the development set, decide its score wherever it appears.
	add := func(e blockmodel.Example) {
		for _, pos := range writtenPositions {
			e.Pos = pos
			out = append(out, e)
		}
	}
	files, err := filepath.Glob(filepath.Join(testdata, "train", "blocks*.jsonl"))
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		var bad error // the first line of a kind kindOf does not know
		err := read(filepath.Base(f), func(m map[string]string) {
			e := blockmodel.Example{Block: blockmodel.Block{Text: m["text"], Lang: m["lang"]}, Group: "written:" + m["lang"]}
			if m["label"] == "boilerplate" {
				e.Boilerplate = true
				kind, ok := kindOf[m["kind"]]
				if !ok && bad == nil {
					bad = fmt.Errorf("%s: boilerplate of unknown kind %q", f, m["kind"])
				}
				e.Kind = kind
			}
			add(e)
		})
		if err == nil {
			err = bad
		}
		if err != nil {
			return nil, err
		}
	}
	err = read("lookalikes.jsonl", func(m map[string]string) {
		add(blockmodel.Example{Block: blockmodel.Block{Text: m["text"], Lang: m["lang"]}, Group: "written:" + m["lang"]})
	})
	return out, err
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// readJSONL calls each for every object of the JSON Lines file at path.
func readJSONL(path string, each func(map[string]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var m map[string]string
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return fmt.Errorf("%s:%d: %w", filepath.Base(path), line, err)
		}
		each(m)
	}
	return sc.Err()
}
