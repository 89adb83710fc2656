package cleaner

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/machinery/blockmodel"
	"github.com/pith-news/pith/internal/machinery/charset"
	"github.com/pith-news/pith/internal/machinery/flatten"
)

// Clean reads one HTML page from r and returns its article. pageURL is the
// page's address, used to resolve relative links and as the article's
// source_url; it may be nil. The caller closes r.
//
// Clean is safe for concurrent use. It never panics: an internal failure
// comes back as an error.
func Clean(r io.Reader, pageURL *url.URL, opts Options) (a *article.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	if err := opts.Validate(); err != nil {
		return nil, fmt.Errorf("cleaner: %w", err)
	}
	doc, err := parse(r, opts)
	if err != nil {
		return nil, err
	}
	// The tree is Clean's own: it is cleaned in place, with no copy.
	return cleanDocument(doc, pageURL, opts, nil)
}

// CleanDocument is Clean for a page that is already parsed. It leaves doc
// as it was: the cleaning works on a copy of the tree, so the caller may
// use doc afterwards, or clean it again.
func CleanDocument(doc *html.Node, pageURL *url.URL, opts Options) (a *article.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	if err := opts.Validate(); err != nil {
		return nil, fmt.Errorf("cleaner: %w", err)
	}
	return cleanDocument(cloneTree(doc), pageURL, opts, nil)
}

// cloneTree returns a deep copy of the tree under n (n's own parent and
// siblings are not copied).
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{
		Type:      n.Type,
		DataAtom:  n.DataAtom,
		Data:      n.Data,
		Namespace: n.Namespace,
		Attr:      append([]html.Attribute(nil), n.Attr...),
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}

// cleanDocument cleans doc in place; the caller has validated opts and
// recovers from panics. It fills as, when it is not nil, with what decided
// whether the page holds an article.
func cleanDocument(doc *html.Node, pageURL *url.URL, opts Options, as *Assessment) (*article.Article, error) {
	maxNodes := opts.MaxNodes
	if maxNodes == 0 {
		maxNodes = defaultMaxNodes
	}
	if n := countElements(doc, maxNodes+1); n > maxNodes {
		return nil, fmt.Errorf("%w: more than %d elements", ErrTooLarge, maxNodes)
	}
	if pageURL == nil {
		pageURL = &url.URL{}
	}
	kind := newPageKind(doc, pageURL)
	root, meta, st, err := extract(doc, pageURL, opts)
	if errors.Is(err, ErrNoArticle) {
		kind.judge(nil, "", &metadata{}, nil, as)
	}
	if err != nil {
		return nil, err
	}
	st.stripArticle(root, meta)
	st.removeRepeated(root, opts.SiteBlocks)

	text := renderText(root)
	captioned := false
	if t, ok := st.captionStory(root, text); ok {
		text, captioned = t, true
	}
	if !kind.judge(root, text, meta, st, as) {
		return nil, ErrNoArticle
	}
	out, err := renderHTML(root)
	if err != nil {
		return nil, err
	}
	a := meta.article(pageURL)
	// The text judged above is unmarked; the article's marks its lists,
	// and is that text when it has none.
	a.Text = text
	if findFirst(root, atom.Li) != nil {
		a.Text = textOf(root, captioned, true)
	}
	a.HTML = out
	a.WordCount = article.CountWords(a.Text)
	a.Removed = st.removed
	if a.Removed == nil {
		a.Removed = []article.Removal{}
	}
	return a, nil
}

// extract strips the page of what its markup names as boilerplate and
// extracts the article with readability. It returns the article's root,
// the page's metadata and the stripper, which holds what was removed.
func extract(doc *html.Node, pageURL *url.URL, opts Options) (*html.Node, *metadata, *stripper, error) {
	resolveStreamedBoundaries(doc)
	keep := keepSet(opts.Keep)
	meta := extractMetadata(doc, pageURL)

	rules, err := loadRules()
	if err != nil {
		return nil, nil, nil, err
	}
	st := &stripper{rules: rules, keep: keep, host: hostName(pageURL), log: opts.Logger}
	if m, err := blockmodel.Default(); err == nil && !opts.RulesOnly {
		st.model = m
		if lm, err := blockmodel.DefaultLabels(); err == nil {
			st.labels = lm
		}
	}
	revealCollapsed(doc) // before the page pass takes the buttons that open the sections
	// Before the page pass: a heading above a box the pass removes (a
	// list of links) does not sit between two of the story's blocks.
	subheads := noteSubheads(doc, meta.title)
	st.stripPage(doc)
	// The second opinion is taken on the stripped page before readability
	// changes it.
	st.markStandfirsts(doc, meta.description) // before the ledes are copied: a marked standfirst stays marked
	ledes := noteLedes(doc)
	subheads = append(subheads, noteTables(doc)...)
	standfirst := noteStandfirst(doc, meta.title)
	var dense *html.Node
	denseChars := 0
	if d, n := st.denseContainer(doc); d != nil {
		dense, denseChars = cloneTree(d), n
	}
	sole := soleArticle(doc)
	var faq *html.Node
	questions := meta.questions
	f := findFAQ(doc, questions, meta.questionWords)
	if len(questions) == 0 {
		f, questions = labelledFAQ(doc)
	}
	if f != nil {
		faq = cloneTree(f)
	}
	ra, err := readable(doc, pageURL, meta)
	if err != nil && !errors.Is(err, ErrNoArticle) {
		return nil, nil, nil, err
	}
	if st.before != nil && err == nil && textLen(ra.Node) < st.bigRemoved {
		// A markup rule took an element with more text than the article
		// readability found: check that it did not move readability off
		// the story. If the page without that
		// stripping gives a much longer article, the stripping was wrong;
		// that article is kept, and what the page pass removed outside it
		// is not the article's to list.
		alt := st.fresh()
		alt.markStandfirsts(st.before, meta.description)
		altRA, altErr := readable(st.before, pageURL, meta)
		if altErr == nil && shrankSharply(ra.Node, altRA.Node) {
			if opts.Logger != nil {
				opts.Logger.Debug("cleaner: removals before extraction undone: the article shrank with them",
					"with", wordsIn(ra.Node), "without", wordsIn(altRA.Node))
			}
			ra, st = altRA, alt
			dense = nil // the stripping was undone; the container came from the stripped page
		}
	}
	if dense != nil && (err != nil || tooShort(textLen(ra.Node), denseChars)) {
		if ra == nil {
			ra = &readability.Article{}
		}
		ra.Node, err = asArticle(dense), nil
	}
	if sole != nil && !meta.published.IsZero() && (err != nil || wordsIn(ra.Node) < soleMaxReadWords) && attached(sole, doc) && wordsIn(sole) >= soleMinWords {
		// Readability found next to nothing in a dated page's one
		// <article>: a photo story told in captions, which it does not
		// score. The element is the article, and the page-kind model
		// still judges it.
		if ra == nil {
			ra = &readability.Article{}
		}
		ra.Node, err = asArticle(cloneTree(sole)), nil
	}
	var read *html.Node
	if err == nil {
		read = ra.Node
	}
	if useDeclared(meta, read) {
		if ra == nil {
			ra = &readability.Article{}
		}
		ra.Node, err = declaredArticle(meta.body), nil
		faq = nil // the declared body is the story as the page states it
	}
	if err != nil {
		return nil, nil, nil, err
	}
	if faq != nil {
		addFAQ(ra.Node, faq, questions)
	}
	meta.fillFrom(*ra)
	fixAtoms(ra.Node)
	restoreSubheads(ra.Node, subheads)
	restoreHeadings(ra.Node)
	restoreAsides(ra.Node)
	restoreLedes(ra.Node, ledes)
	restoreStandfirst(ra.Node, standfirst)
	return ra.Node, meta, st, nil
}

// readable runs readability on a stripped page whose standfirsts are
// marked.
func readable(doc *html.Node, pageURL *url.URL, meta *metadata) (*readability.Article, error) {
	dropParagraphSlots(doc)
	protectHeadings(doc, meta.title)
	protectHeadingAnchors(doc)
	protectContentBoxes(doc)
	protectStory(doc, hostName(pageURL))
	markCaptionCredits(doc)
	markMastheads(doc)
	parser := readability.NewParser()
	// Readability strips class attributes from its article by default;
	// the article's own rules (the class tokens of stripArticle, the
	// button-styled links of controlBlock) read them, so they stay until
	// the html field is rendered (renderHTML drops them).
	parser.KeepClasses = true
	ra, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return nil, fmt.Errorf("cleaner: readability: %w", err)
	}
	if ra.Node == nil {
		return nil, ErrNoArticle
	}
	return &ra, nil
}

// The sole <article> of a dated page stands in for readability's article
// when readability keeps fewer than soleMaxReadWords words of the page
// and the element holds soleMinWords or more.
const (
	soleMaxReadWords = 30
	soleMinWords     = 60
)

// Sharp shrinking: the extraction after the page pass keeps less than
// shrinkShare of the text of the extraction without it, and at least
// shrinkChars fewer characters.
const (
	shrinkShare = 0.5
	shrinkChars = 500
)

func shrankSharply(stripped, whole *html.Node) bool {
	a, b := textLen(stripped), textLen(whole)
	return float64(a) < shrinkShare*float64(b) && b-a >= shrinkChars
}

// readAll reads r up to limit bytes. When r knows how much it holds (a
// bytes.Reader, a strings.Reader, a bytes.Buffer), the page is read into
// one buffer of that size: io.ReadAll's doubling allocated about twice the
// page and copied it as often.
func readAll(r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok {
		buf.Grow(int(min(int64(l.Len()), limit)) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, limit))
	return buf.Bytes(), err
}

// parse reads, sniffs, decodes and parses the page.
func parse(r io.Reader, opts Options) (*html.Node, error) {
	maxBytes := opts.MaxBytes
	if maxBytes == 0 {
		maxBytes = defaultMaxBytes
	}
	body, err := readAll(r, maxBytes+1)
	if err != nil {
		return nil, fmt.Errorf("cleaner: read page: %w", err)
	}
	if int64(len(body)) > maxBytes {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, maxBytes)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, ErrEmpty
	}
	if !looksLikeHTML(body) {
		return nil, fmt.Errorf("%w (%s)", ErrNotHTML, http.DetectContentType(body))
	}
	utf8Body, _, err := charset.Decode(body, opts.ContentType)
	if err != nil {
		return nil, fmt.Errorf("cleaner: %w", err)
	}
	doc, err := html.Parse(bytes.NewReader(utf8Body))
	if flatten.TooDeep(err) {
		// Nested past the parser's limit: read as a browser would, the
		// deepest elements flattened into their parents.
		if d, err2 := html.Parse(bytes.NewReader(flatten.Page(utf8Body))); err2 == nil {
			doc, err = d, nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("cleaner: parse html: %w", err)
	}
	repairMojibake(doc)
	return doc, nil
}

// repairMojibake undoes, in doc's text and in the attributes metadata is
// read from, the double encoding of a page served as UTF-8 read as
// Windows-1252 ("â€™" for "’"), when the page holds at least
// minMojibake such sequences: one alone may be a word written so on
// purpose.
func repairMojibake(doc *html.Node) {
	type fix struct {
		n    *html.Node
		attr int // -1 for the node's text
		s    string
	}
	var fixes []fix
	total := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if s, k := charset.RepairMojibake(n.Data); k > 0 {
				fixes = append(fixes, fix{n, -1, s})
				total += k
			}
		case html.ElementNode:
			for i, a := range n.Attr {
				if a.Key == "content" || a.Key == "alt" || a.Key == "title" {
					if s, k := charset.RepairMojibake(a.Val); k > 0 {
						fixes = append(fixes, fix{n, i, s})
						total += k
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if total < minMojibake {
		return
	}
	for _, f := range fixes {
		if f.attr < 0 {
			f.n.Data = f.s
		} else {
			f.n.Attr[f.attr].Val = f.s
		}
	}
}

// minMojibake is the fewest mojibake sequences a page must hold for them
// to be repaired.
const minMojibake = 2

// Thresholds of what counts as a page and as an article.
const (
	// sniffBytes is how much of a text/plain body is searched for tags.
	sniffBytes = 4096
	// minArticleWords is the fewest words an article may have.
	minArticleWords = 5
	// shortArticleWords: an article under this many words must not be
	// mostly links (its link density under maxShortLinkDensity), or it is
	// taken for a list of links rather than a story.
	shortArticleWords   = 50
	maxShortLinkDensity = 0.6
)

// looksLikeHTML rejects what is plainly not a web page: PDFs, images,
// archives and other binary data, or text with no markup at all.
func looksLikeHTML(body []byte) bool {
	ct := http.DetectContentType(body)
	switch {
	case strings.HasPrefix(ct, "text/html"), strings.HasPrefix(ct, "text/xml"):
		return true
	case strings.HasPrefix(ct, "text/plain"):
		// DetectContentType calls anything textual without a known
		// leading tag text/plain; a page with tags later on is still HTML.
		head := body
		if len(head) > sniffBytes {
			head = head[:sniffBytes]
		}
		return bytes.Contains(bytes.ToLower(head), []byte("<html")) ||
			bytes.Contains(bytes.ToLower(head), []byte("<body")) ||
			bytes.Contains(bytes.ToLower(head), []byte("<p")) ||
			bytes.Contains(bytes.ToLower(head), []byte("<div")) ||
			bytes.Contains(bytes.ToLower(head), []byte("<article"))
	}
	return false
}

// fixAtoms sets the atom of every element under n from its tag name:
// readability renames elements (a <div> becomes a <p>) and creates new ones
// by name only, and the rest of the cleaner goes by atoms.
func fixAtoms(n *html.Node) {
	if n == nil {
		return
	}
	if n.Type == html.ElementNode {
		n.DataAtom = atom.Lookup([]byte(n.Data))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		fixAtoms(c)
	}
}

func countElements(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

func keepSet(kinds []string) map[string]bool {
	m := make(map[string]bool, len(kinds))
	for _, k := range kinds {
		m[strings.ToLower(strings.TrimSpace(k))] = true
	}
	return m
}
