// Command insert measures what becomes of freshly written blocks placed,
// as plain paragraphs, inside real article bodies: how many boilerplate
// blocks pith leaves in the article, how many article blocks (look-alikes)
// it removes, and how much of the host article the insertion costs. It is
// the way issue 14's held-out test was built ("blocks placed in real
// articles, at the start, in the middle and at the end"), run on blocks
// the classifier has not learnt.
//
// From bench/:
//
//	go run ./insert [-blocks '../testdata/insert/*.jsonl'] [-wcxb ../../shared/bench/wcxb-dev] [-hosts 60] [-v]
//
// -blocks is a file or a glob of files (by default the fresh blocks of
// testdata/insert); each holds one block a line: {"text", "label"
// ("boilerplate" or "article"), "kind", "lang"}. A block in English goes into one of the
// first -hosts article pages of the WCXB development set with a body of
// 300 words or more; a block in another language into a page of that
// language among the project's development pages (testdata/pages and the
// read sets 9, 17 to 20 and 28). Blocks take the hosts in turn and the
// positions in turn: before the story's first paragraph, after its middle
// one, after its last one.
//
// The blocks must not be training data: a figure on learnt blocks says
// nothing of the next site.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/bench/dataset"
	"github.com/pith-news/pith/cleaner"
)

type block struct {
	Text  string `json:"text"`
	Label string `json:"label"`
	Kind  string `json:"kind"`
	Lang  string `json:"lang"`
}

type host struct {
	name string
	html []byte
	url  *url.URL
	base string // pith's text of the page without an insertion
}

var positions = []string{"start", "middle", "end"}

func main() {
	blocksPath := flag.String("blocks", "../testdata/insert/*.jsonl", "JSON Lines file, or glob of files, of written blocks")
	wcxb := flag.String("wcxb", "../../shared/bench/wcxb-dev", "WCXB development set, hosts for English blocks")
	testdata := flag.String("testdata", "../testdata", "the project's testdata, hosts for other languages")
	nHosts := flag.Int("hosts", 60, "English host pages")
	verbose := flag.Bool("v", false, "list every leaked boilerplate block and lost article block")
	flag.Parse()
	if err := run(*blocksPath, *wcxb, *testdata, *nHosts, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "insert:", err)
		os.Exit(1)
	}
}

func run(blocksPath, wcxb, testdata string, nHosts int, verbose bool) error {
	blocks, err := readBlocks(blocksPath)
	if err != nil {
		return err
	}
	hosts := map[string][]*host{}
	en, err := wcxbHosts(wcxb, nHosts)
	if err != nil {
		return err
	}
	hosts["en"] = en
	if err := testdataHosts(testdata, hosts); err != nil {
		return err
	}
	type tally struct{ n, bad int }
	byKind, byLang, byPos := map[string]*tally{}, map[string]*tally{}, map[string]*tally{}
	var bp, art tally
	lostHostWords, hostWords, failed := 0, 0, 0
	next := map[string]int{}
	add := func(m map[string]*tally, k string, bad bool) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].n++
		if bad {
			m[k].bad++
		}
	}
	for _, b := range blocks {
		hs := hosts[b.Lang]
		if len(hs) == 0 {
			return fmt.Errorf("no host page in language %q", b.Lang)
		}
		i := next[b.Lang]
		next[b.Lang]++
		h := hs[i%len(hs)]
		pos := positions[(i/len(hs)+i)%len(positions)]
		page, err := insert(h.html, b.Text, pos)
		if err != nil {
			return fmt.Errorf("%s: %w", h.name, err)
		}
		var log bytes.Buffer
		text, err := cleanLogged(page, h.url, &log)
		if err != nil {
			// A page refused is no removal: count it apart, as lost.
			failed++
			fmt.Printf("error %s %s: %v\n", h.name, pos, err)
		}
		in := strings.Contains(norm(text), norm(b.Text))
		own := ""
		if in {
			own = b.Text
		}
		lost := lostWords(h.base, text, own)
		lostHostWords += lost
		if verbose && lost >= 20 {
			fmt.Printf("host %s lost %d words with a block %s: %.60q\n", h.name, lost, pos, b.Text)
		}
		hostWords += len(strings.Fields(h.base))
		if b.Label == "boilerplate" {
			bp.n++
			if in {
				bp.bad++
			}
			add(byKind, b.Kind, in)
			add(byLang, b.Lang, in)
			add(byPos, pos, in)
			if verbose && in {
				fmt.Printf("leak %s %s %s %s: %.90q\n", b.Lang, b.Kind, pos, h.name, b.Text)
				printWhy(&log, b.Text)
			}
		} else {
			art.n++
			if !in {
				art.bad++
				if verbose {
					fmt.Printf("lost %s %s %s: %.90q\n", b.Lang, pos, h.name, b.Text)
				}
			}
		}
	}
	pct := func(t tally) string {
		if t.n == 0 {
			return "–"
		}
		return fmt.Sprintf("%d/%d (%.1f %%)", t.bad, t.n, 100*float64(t.bad)/float64(t.n))
	}
	fmt.Printf("boilerplate blocks left in the article: %s\n", pct(bp))
	if failed > 0 {
		fmt.Printf("insertions after which pith returned no article: %d\n", failed)
	}
	fmt.Printf("article blocks removed:                 %s\n", pct(art))
	if hostWords > 0 {
		fmt.Printf("host article words lost by an insertion: %d of %d (%.2f %%)\n", lostHostWords, hostWords, 100*float64(lostHostWords)/float64(hostWords))
	}
	for _, m := range []struct {
		name string
		t    map[string]*tally
	}{{"kind", byKind}, {"language", byLang}, {"position", byPos}} {
		keys := make([]string, 0, len(m.t))
		for k := range m.t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("\nleft, by %s:", m.name)
		for _, k := range keys {
			fmt.Printf(" %s %d/%d", k, m.t[k].bad, m.t[k].n)
		}
		fmt.Println()
	}
	return nil
}

// printWhy prints the cleaner's debug records about the block whose text
// is text: why a rule or the classifier left it.
func printWhy(log *bytes.Buffer, text string) {
	head := []rune(strings.Join(strings.Fields(text), " "))
	head = head[:min(len(head), 40)]
	for _, line := range strings.Split(log.String(), "\n") {
		if strings.Contains(line, string(head)) {
			if i := strings.Index(line, "why="); i >= 0 {
				line = line[i:]
			}
			fmt.Printf("\t%.160s\n", line)
		}
	}
}

func readBlocks(pattern string) ([]block, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("read blocks: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("read blocks: no file matches %s", pattern)
	}
	var out []block
	for _, f := range files {
		bs, err := readBlockFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, bs...)
	}
	return out, nil
}

func readBlockFile(path string) ([]block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read blocks: %w", err)
	}
	defer f.Close()
	var out []block
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var b block
		if err := json.Unmarshal(sc.Bytes(), &b); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if b.Label != "boilerplate" && b.Label != "article" {
			return nil, fmt.Errorf("%s:%d: label %q", path, line, b.Label)
		}
		out = append(out, b)
	}
	return out, sc.Err()
}

// wcxbHosts returns the first n article pages of the WCXB set whose body
// has 300 words or more, and that pith cleans.
func wcxbHosts(dir string, n int) ([]*host, error) {
	set, err := dataset.Load(dir, 0)
	if err != nil {
		return nil, err
	}
	var out []*host
	for _, id := range set.IDs {
		if len(out) == n {
			break
		}
		t := set.Truth[id]
		body, ok := t.Body()
		if !t.IsArticle() || !ok || len(strings.Fields(body)) < 300 {
			continue
		}
		page, err := set.ReadPage(id)
		if err != nil {
			return nil, err
		}
		u, err := url.Parse(t.URL)
		if err != nil {
			continue
		}
		if h := newHost("wcxb:"+id, page, u); h != nil {
			out = append(out, h)
		}
	}
	return out, nil
}

var langAttr = regexp.MustCompile(`(?i)<html[^>]*\blang=["']?([a-z]{2})`)

// testdataHosts adds the project's development pages, by their language.
func testdataHosts(dir string, hosts map[string][]*host) error {
	for _, sub := range []string{"pages", "set9", "set17", "set18", "set19", "set20", "set28"} {
		files, err := filepath.Glob(filepath.Join(dir, sub, "*.html"))
		if err != nil {
			return err
		}
		for _, f := range files {
			page, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			m := langAttr.FindSubmatch(page)
			if m == nil {
				continue
			}
			lang := strings.ToLower(string(m[1]))
			if lang == "en" {
				continue // English blocks go into real pages
			}
			u, err := phrasesURL(strings.TrimSuffix(f, ".html") + ".phrases")
			if err != nil {
				return err
			}
			if h := newHost(sub+"/"+filepath.Base(f), page, u); h != nil {
				hosts[lang] = append(hosts[lang], h)
			}
		}
	}
	return nil
}

func phrasesURL(path string) (*url.URL, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "url:"); ok {
			return url.Parse(strings.TrimSpace(v))
		}
	}
	return nil, fmt.Errorf("%s: no url", path)
}

// newHost cleans page once; a page pith refuses, one not in UTF-8 (the
// block would be read in its charset), or one whose story has fewer than
// three paragraphs to place a block among, is no host.
func newHost(name string, page []byte, u *url.URL) *host {
	if !utf8.Valid(page) {
		return nil
	}
	if _, err := insert(page, "x", "middle"); err != nil {
		return nil
	}
	base := clean(page, u)
	if base == "" {
		return nil
	}
	return &host{name: name, html: page, url: u, base: base}
}

func clean(page []byte, u *url.URL) string {
	text, _ := cleanLogged(page, u, nil)
	return text
}

// cleanLogged cleans page, writing the cleaner's debug records to log
// when it is not nil.
func cleanLogged(page []byte, u *url.URL, log io.Writer) (string, error) {
	opts := cleaner.Options{}
	if log != nil {
		opts.Logger = slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	a, err := cleaner.Clean(bytes.NewReader(page), u, opts)
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

// insert places text as a new <p> in the story of page: before its first
// paragraph, after its middle one or after its last one. The story is the
// element with the most paragraphs of twelve words or more as children.
func insert(page []byte, text, pos string) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, err
	}
	counts := map[*html.Node][]*html.Node{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.P && n.Parent != nil && len(strings.Fields(textOf(n))) >= 12 {
			counts[n.Parent] = append(counts[n.Parent], n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var story []*html.Node
	for _, ps := range counts {
		if len(ps) > len(story) || len(ps) == len(story) && len(ps) > 0 && before(ps[0], story[0]) {
			story = ps
		}
	}
	if len(story) < 3 {
		return nil, errors.New("no story of three paragraphs")
	}
	p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	switch pos {
	case "start":
		story[0].Parent.InsertBefore(p, story[0])
	case "middle":
		m := story[len(story)/2-1]
		m.Parent.InsertBefore(p, m.NextSibling)
	default:
		last := story[len(story)-1]
		last.Parent.InsertBefore(p, last.NextSibling)
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// before reports whether a comes before b in document order, by their
// paths from the root; it only breaks ties, so a cheap order will do.
func before(a, b *html.Node) bool {
	return slices.Compare(path(a), path(b)) < 0
}

func path(n *html.Node) []int {
	var p []int
	for ; n.Parent != nil; n = n.Parent {
		i := 0
		for c := n.Parent.FirstChild; c != n; c = c.NextSibling {
			i++
		}
		p = append([]int{i}, p...)
	}
	return p
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// norm is s lower-cased, as words of letters and digits joined by single
// spaces, with a space at each end.
func norm(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	return " " + strings.Join(f, " ") + " "
}

// lostWords counts the words of base (the host's text without the
// insertion) missing from got, the words of block (the inserted block,
// when it was kept) aside: what the insertion cost the host's article.
func lostWords(base, got, block string) int {
	have := map[string]int{}
	for _, w := range strings.Fields(norm(got)) {
		have[w]++
	}
	for _, w := range strings.Fields(norm(block)) {
		have[w]--
	}
	lost := 0
	for _, w := range strings.Fields(norm(base)) {
		if have[w] > 0 {
			have[w]--
		} else {
			lost++
		}
	}
	return lost
}
