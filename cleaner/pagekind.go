package cleaner

import (
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/machinery/jsonld"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// A page holds an article when it is a story, a post, a guide or a review:
// not a product, category, listing, home, service or marketing page, whose
// text readability also finds. Clean decides in two steps.
//
// First, rules refuse what has no article to return: a candidate of fewer
// than five words, a short one that is mostly links or prices, a short one
// that is a single line (a section's blurb, a shop's shipping note), a
// short one on a page with a log-in form, a bot-protection check, a list of
// truncated excerpts (search results), a page that declares a product
// and neither an article nor a publication date, or what is left of a
// consent or sign-up prompt.
//
// Then a logistic model weighs eleven page-level signals (pageFeatureNames):
// how much prose the candidate holds, how much of it is links and what
// share of the page's words it is (a hub's teasers are a small part of the
// page, a story most of its text), whether
// the page declares an article, a product or a hub (JSON-LD, microdata,
// og:type), whether it gives a publication date, how many product cards it
// has, and the shape of its address (a long slug, a home page, a shop,
// category or service path). Its weights come from cmd/trainpage, which
// fits them on a development benchmark and sets the threshold so that
// articles come first: a page is refused only when the model is confident.

// Assessment tells whether a page holds an article, and why.
type Assessment struct {
	// Article is true when Clean returns the page's article, false when it
	// returns ErrNoArticle.
	Article bool
	// Rule names the rule that refused the page before it was scored
	// ("no text", "mostly links", "one line", "log-in", "bot check",
	// "excerpts", "mostly prices", "product page", "prompt"); empty when
	// the model decided.
	Rule string
	// Score is the model's log-odds that the page is an article; the page
	// is one when Score >= Threshold. It is 0 when Rule refused the page.
	Score, Threshold float64
	// Features are the values the model weighed, in pageFeatureNames order.
	Features []Feature
}

// Feature is one signal of an Assessment.
type Feature struct {
	Name  string
	Value float64
}

// Assess reads one HTML page from r, as Clean does, and tells whether it
// holds an article: Clean returns ErrNoArticle exactly when the
// assessment's Article is false. Its errors are Clean's other errors.
func Assess(r io.Reader, pageURL *url.URL, opts Options) (as Assessment, err error) {
	defer func() {
		if p := recover(); p != nil {
			as, err = Assessment{}, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	if err := opts.Validate(); err != nil {
		return as, fmt.Errorf("cleaner: %w", err)
	}
	doc, err := parse(r, opts)
	if err != nil {
		return as, err
	}
	if _, err := cleanDocument(doc, pageURL, opts, &as); err != nil && !errors.Is(err, ErrNoArticle) {
		return Assessment{}, err
	}
	return as, nil
}

// The model's inputs.
const (
	featSentences    = iota // log(1 + sentences in the candidate's text)
	featLinkDensity         // share of the candidate's text inside links
	featPublished           // the page gives a publication date
	featArticleType         // JSON-LD, microdata or og:type says article
	featSlugWords           // words of the last path segment, at most 10
	featProductType         // JSON-LD, microdata or og:type says product
	featHubType             // JSON-LD says collection, search results, service, app or podcast series
	featProductCards        // log(1 + elements whose class names a product card)
	featHubPath             // a shop, category or service path, or a section's root
	featRootPath            // the site's home page
	featCandShare           // the candidate's share of the page's words
	numPageFeatures
)

var pageFeatureNames = [numPageFeatures]string{
	"sentences", "link_density", "published", "article_type", "slug_words",
	"product_type", "hub_type", "product_cards", "hub_path", "root_path",
	"cand_share",
}

// pageModel is a logistic model over the features: the log-odds that a
// page is an article is Bias plus the weighted features. Neutral holds the
// features' mean values on the training pages, which stand in for what is
// not known: the path features of a page cleaned without its address.
type pageModel struct {
	Bias      float64
	Weights   [numPageFeatures]float64
	Neutral   [numPageFeatures]float64
	Threshold float64
}

func (m *pageModel) score(x [numPageFeatures]float64) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		z += w * x[i]
	}
	return z
}

// pageKind holds what is known of a page's kind while it is cleaned: what
// the whole page and its address say, read before anything is stripped.
type pageKind struct {
	page pageSignals
	path pathSignals
}

func newPageKind(doc *html.Node, pageURL *url.URL) *pageKind {
	return &pageKind{page: readPageSignals(doc), path: readPathSignals(pageURL)}
}

// judge decides whether the candidate n (nil when readability found none),
// whose text is text, is an article, and fills as when it is not nil.
func (k *pageKind) judge(n *html.Node, text string, m *metadata, st *stripper, as *Assessment) bool {
	words := article.CountWords(text)
	links := 0.0
	if n != nil {
		links = linkDensity(n)
	}
	var x [numPageFeatures]float64
	x[featSentences] = math.Log1p(float64(countSentences(text)))
	x[featLinkDensity] = links
	x[featPublished] = b2f(!m.published.IsZero())
	x[featArticleType] = b2f(k.page.articleType)
	x[featSlugWords] = float64(min(k.path.slugWords, 10))
	x[featProductType] = b2f(k.page.productType)
	x[featHubType] = b2f(k.page.hubType)
	x[featProductCards] = math.Log1p(float64(k.page.productCards))
	x[featHubPath] = b2f(k.path.hub)
	x[featRootPath] = b2f(k.path.root)
	if k.page.words > 0 {
		x[featCandShare] = min(1, float64(words)/float64(k.page.words))
	}
	model := &pageKindModel
	if !k.path.known {
		for _, f := range []int{featSlugWords, featHubPath, featRootPath} {
			x[f] = model.Neutral[f]
		}
	}

	rule := ""
	switch {
	case words < shortArticleWords && k.page.password:
		// Said first: what is left of a sign-in form's help text once the
		// classifier has judged it may be nothing, and "log-in" says why.
		rule = "log-in"
	case n == nil || words < minArticleWords:
		rule = "no text"
	case words < shortArticleWords && links >= maxShortLinkDensity:
		rule = "mostly links"
	case words < shortArticleWords && countSentences(text) <= 1 && !strings.Contains(text, "\n\n"):
		rule = "one line"
	case words < 100 && botCheck.MatchString(text):
		rule = "bot check"
	case mostlyExcerpts(text):
		rule = "excerpts"
	case words < 150 && mostlyPrices(withModelRemovals(text, st)):
		rule = "mostly prices"
	case k.page.productType && !k.page.articleType && m.published.IsZero():
		rule = "product page"
	case k.isPrompt(st, text, words):
		rule = "prompt"
	}
	score := 0.0
	if rule == "" {
		score = model.score(x)
	}
	ok := rule == "" && score >= model.Threshold
	if as != nil {
		*as = Assessment{Article: ok, Rule: rule, Score: score, Threshold: model.Threshold}
		for i, v := range x {
			as.Features = append(as.Features, Feature{pageFeatureNames[i], v})
		}
	}
	return ok
}

// withModelRemovals adds to text the blocks the block classifier removed
// from it: a grid of products is a grid, though the classifier took some
// of its lines for teasers.
func withModelRemovals(text string, st *stripper) string {
	if st == nil {
		return text
	}
	for _, r := range st.removed {
		if r.Rule == "model" {
			text += "\n\n" + r.Text
		}
	}
	return text
}

// isPrompt reports whether a short candidate is what is left of a consent
// banner or a sign-up box shown in place of a story: the rules call its
// text a consent or newsletter prompt as a whole; or it is a few sentences,
// and the consent or newsletter text removed from the page outweighs them
// and, with them, makes up most of the page.
func (k *pageKind) isPrompt(st *stripper, text string, words int) bool {
	if st == nil || words >= 100 {
		return false
	}
	if v, ok := st.classifyText(text, true); ok && (v.kind == "cookie" || v.kind == "newsletter") {
		return true
	}
	removed := 0
	for _, r := range st.removed {
		if r.Kind == "cookie" || r.Kind == "newsletter" {
			removed += article.CountWords(r.Text)
		}
	}
	return words < 100 && removed > 0 && 2*removed >= words && 2*(words+removed) >= k.page.words
}

// botCheck is the wording of the pages that bot-protection services show
// in place of the one asked for (Cloudflare, hCaptcha, reCAPTCHA,
// DataDome, PerimeterX): their own generic text, in English.
var botCheck = quickre.MustCompile(`(?i)\bverify (that )?you are (a )?human\b|\bneeds to review the security of your connection\b|\bchecking (if the site connection is secure|your browser before accessing)\b|\benable javascript and cookies to continue\b|\bpress (&|and) hold to confirm you are a human\b|\bplease complete the security check to access\b|\b(we want to make sure|let us know) (that )?you('| a)re (a )?human\b` +
	// The challenge pages' own wording in the other languages: "you are a
	// human" after a verb of checking or confirming (\P{L}, not \b, before
	// it: \b knows ASCII letters only, and "überprüfen" opens on another).
	`|(^|\P{L})(überprüf|prüf|bestätig|verifizier|vérifi|confirm|verific|verifiq|comprob|verifiëren|controle|bevestig|sprawdz|sprawdź|potwierdź|weryfik|verifiera|kontroll|bekräfta|ověř)\S*.{0,40}?\b(sie ein mensch sind|du ein mensch bist|vous êtes (un )?(être )?humain|eres (un )?(ser )?humano|es un ser humano|sei (un )?(essere )?umano|di essere (un )?(essere )?umano|(u|je) een mens bent|você é (um )?(ser )?humano|jesteś człowiekiem|du är (en )?människa|jste člověk)\b`)

// mostlyExcerpts reports whether text is mostly truncated excerpts: three
// or more paragraphs, at least half of which start or end with an
// ellipsis. A search results page, or a list of teasers, shows the start
// of other pages; a story's paragraphs are whole.
func mostlyExcerpts(text string) bool {
	paras, cut := 0, 0
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		paras++
		if hasEllipsis(strings.TrimRight(p, "] "), true) || hasEllipsis(strings.TrimLeft(p, "[ "), false) {
			cut++
		}
	}
	return paras >= 3 && 2*cut >= paras
}

// hasEllipsis reports whether p ends (or, when end is false, starts) with
// "…" or "...".
func hasEllipsis(p string, end bool) bool {
	if end {
		return strings.HasSuffix(p, "…") || strings.HasSuffix(p, "...")
	}
	return strings.HasPrefix(p, "…") || strings.HasPrefix(p, "...")
}

// moneyAmount is the pattern of an amount of money: "$12", "€ 9,99",
// "45.00 €", "1 150 zł": a currency sign before the number, or a number
// (with its thousands and decimal separators) and a currency after it.
const moneyAmount = `[$€£¥₹]\s?\d|\d[\d.,\s]*?\s?(?:€|£|zł|kr|Kč|USD|EUR|GBP)(?:\s|$)`

// priceToken is an amount of money anywhere in a text.
var priceToken = quickre.MustCompile(moneyAmount)

// mostlyPrices reports whether most paragraphs of text are short lines
// with a price: the names and prices of a product grid.
func mostlyPrices(text string) bool {
	paras, priced := 0, 0
	for _, p := range strings.Split(text, "\n\n") {
		w := article.CountWords(p)
		if w == 0 {
			continue
		}
		paras++
		if w < 20 && priceToken.MatchString(p) {
			priced++
		}
	}
	return priced >= 3 && 2*priced >= paras
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// countSentences counts the ends of sentences in text: a full stop,
// question or exclamation mark before a space or the end, or a CJK full
// stop.
func countSentences(text string) int {
	n := 0
	rs := []rune(text)
	for i, r := range rs {
		switch r {
		case '。', '！', '？':
			n++
		case '.', '!', '?':
			if i+1 == len(rs) || unicode.IsSpace(rs[i+1]) {
				n++
			}
		}
	}
	return n
}

// pageSignals are what the whole page says about its kind.
type pageSignals struct {
	articleType, productType, hubType bool
	thingType                         bool // pageThingTypes
	productCards                      int
	words                             int  // of the page's text
	password                          bool // the page asks for a password: a log-in form
}

// Schema.org types (lower case) that say what a page is. A type counts at
// the top level of a JSON-LD block (an object, an array, an @graph, a
// page's mainEntity) or as a microdata itemtype.
var (
	pageArticleTypes = map[string]bool{
		"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
		"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
		"backgroundnewsarticle": true, "askpublicnewsarticle": true, "liveblogposting": true,
		"techarticle": true, "scholarlyarticle": true, "satiricalarticle": true, "report": true,
		"socialmediaposting": true, "discussionforumposting": true, "review": true,
	}
	pageProductTypes = map[string]bool{
		"product": true, "productgroup": true, "productmodel": true, "individualproduct": true,
		"offer": true, "aggregateoffer": true,
	}
	pageHubTypes = map[string]bool{
		"collectionpage": true, "searchresultspage": true, "profilepage": true, "offercatalog": true,
		"service": true, "governmentservice": true, "softwareapplication": true, "webapplication": true, "mobileapplication": true,
		"podcastseries": true,
	}
	// pageThingTypes name a thing that is not an article: a job ad, a
	// property for sale or rent, a contact page, an event's page (a
	// concert's tickets, a fair's programme). They count as a hub's only
	// when the page declares no article: a story about a concert may
	// carry the concert's Event too.
	pageThingTypes = map[string]bool{
		"jobposting": true, "realestatelisting": true, "contactpage": true,
		"event": true, "musicevent": true, "festival": true, "theaterevent": true, "sportsevent": true,
		"businessevent": true, "educationevent": true, "exhibitionevent": true, "screeningevent": true,
		"socialevent": true, "foodevent": true, "comedyevent": true, "danceevent": true, "literaryevent": true,
		"childrensevent": true,
	}
)

// productCard matches a class that names a product tile in a shop's grid:
// "product-card", "product_item", "productTile", "products-grid".
var productCard = quickre.MustCompile(`(?i)(^|[\s_-])products?[-_]?(card|item|tile|grid|list|box|thumb)`)

func readPageSignals(doc *html.Node) pageSignals {
	var s pageSignals
	var scripts []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			s.words += article.CountWords(n.Data)
		}
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		switch n.DataAtom {
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				scripts = append(scripts, childText(n))
			}
			return
		case atom.Meta:
			if strings.EqualFold(attr(n, "property"), "og:type") || strings.EqualFold(attr(n, "name"), "og:type") {
				s.note(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(attr(n, "content"))), "og:"))
			}
		case atom.Style, atom.Template, atom.Svg, atom.Noscript, atom.Title:
			return
		}
		if it := attr(n, "itemtype"); it != "" {
			for _, t := range strings.Fields(it) {
				s.note(schemaName(t))
			}
		}
		if productCard.MatchString(attr(n, "class")) {
			s.productCards++
		}
		if n.DataAtom == atom.Input && strings.EqualFold(attr(n, "type"), "password") {
			s.password = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, t := range jsonld.Read(scripts).Types() {
		s.note(t)
	}
	s.hubType = s.hubType || s.thingType && !s.articleType
	return s
}

// note records a page type: a schema.org name or an og:type ("article",
// "product", "product.item").
func (s *pageSignals) note(typ string) {
	if i := strings.IndexByte(typ, '.'); i > 0 {
		typ = typ[:i]
	}
	switch {
	case pageArticleTypes[typ]:
		s.articleType = true
	case pageProductTypes[typ]:
		s.productType = true
	case pageHubTypes[typ]:
		s.hubType = true
	case pageThingTypes[typ]:
		s.thingType = true
	}
}

// schemaName is a schema.org type, lower case, without its prefix
// ("https://schema.org/NewsArticle", "schema:Product").
func schemaName(t string) string {
	t = strings.ToLower(strings.TrimSpace(t))
	return t[strings.LastIndexAny(t, "/:")+1:]
}

// childText is the text of n's own text children: the text of a raw-text
// element (<script>, <title>).
func childText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// pathSignals are what a page's address says about its kind.
type pathSignals struct {
	known     bool // the page's address is known
	slugWords int  // words of the last path segment
	root      bool // the home page, or a language's home page
	hub       bool // a shop, category, service, tag or author path, a section's root, a list's later page
}

var (
	// hubSegment is a path segment of shops, catalogues, tag pages and
	// service pages: /c/, /category/, /collections/, /products/,
	// /services/, /solutions/, /tag/, /author/…
	hubSegment = quickre.MustCompile(`(?i)^(c|cat|category|categories|product-category|collections|products?|shop|store|services|solutions|platform|pricing|tags?|topic|authors?|search|catalogs?|coupons|deals|directory)$`)
	// pagination is the second or a later page of a list: /page/2,
	// ?page=3, ?paged=2.
	pagination = quickre.MustCompile(`(?i)/page/\d+/?$|(^|&)(page|paged)=([2-9]|[1-9]\d+)(&|$)`)
	// sectionName is the last segment of a section's front page: /news,
	// /blog/, /articles…, or of a calendar of events or fixtures: /agenda/,
	// /kalender, /schedule.
	sectionName = quickre.MustCompile(`(?i)^(news|blogs?|articles|posts|stories|recipes|reviews|learn|latest|archives?|sections?|topics|categories|magazine|insights|resources|press|events|index|agenda|calendar|calendario|calendrier|kalender|kalendarz|schedule|spielplan|termine|veranstaltungen)$`)
	// langHome is a language's home page: /en/, /en-us/.
	langHome = quickre.MustCompile(`(?i)^[a-z]{2}([-_][a-z]{2})?$`)
	// numericQuery is a query naming a post by number (?p=123).
	numericQuery = quickre.MustCompile(`(^|&)[^=&]+=\d+(&|$)`)
)

func readPathSignals(u *url.URL) pathSignals {
	var s pathSignals
	if u == nil || u.Opaque != "" || u.Host == "" && u.Path == "" {
		return s // no address: it says nothing
	}
	s.known = true
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) > 0 {
		last := segs[len(segs)-1]
		if i := strings.LastIndexByte(last, '.'); i > 0 {
			last = last[:i]
		}
		if len(segs) == 1 && strings.EqualFold(last, "index") {
			segs = nil
		} else {
			s.slugWords = len(strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' || r == '+' || r == ' ' }))
			s.hub = sectionName.MatchString(last)
		}
	}
	if len(segs) == 0 || len(segs) == 1 && langHome.MatchString(segs[0]) {
		s.root = !numericQuery.MatchString(u.RawQuery)
		return s
	}
	if pagination.MatchString(u.Path) || pagination.MatchString(u.RawQuery) {
		s.hub = true
	}
	for _, seg := range segs {
		if i := strings.LastIndexByte(seg, '.'); i > 0 {
			seg = seg[:i]
		}
		if hubSegment.MatchString(seg) {
			s.hub = true
		}
	}
	return s
}
