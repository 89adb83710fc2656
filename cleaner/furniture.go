package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// headerFurniture recognises, above the story's first paragraph, the
// headline repeated, a byline naming the article's author, a bare URL, and
// the standfirst when the page gives it as its description.
func (s *stripper) headerFurniture(text string, m *metadata) (verdict, bool) {
	norm := normalizeLabel(text)
	words := fields.Count(text)
	if m.title != "" && (norm == normalizeLabel(m.title) || norm == normalizeLabel(cleanTitle(m.title, m.siteName))) {
		return verdict{"byline", "headline"}, true
	}
	if words <= 24 && len(m.authors) > 0 {
		byline := normalizeLabel(bylinePrefix.ReplaceAllString(text, ""))
		for _, a := range m.authors {
			na := normalizeLabel(a)
			// The name as whole words: an author "AP" does not make
			// "Apartment rents rose" a byline.
			if na != "" && strings.HasPrefix(byline, na) && (len(byline) == len(na) || byline[len(na)] == ' ') {
				return verdict{"byline", "author-line"}, true
			}
		}
	}
	if words == 1 && (strings.HasPrefix(text, "http://") || strings.HasPrefix(text, "https://")) {
		return verdict{"nav", "bare-url"}, true
	}
	if words <= 8 && isDateLine(text) {
		return verdict{"byline", "dateline"}, true
	}
	if site := normalizeLabel(m.siteName); site != "" && words <= 8 && !strings.ContainsAny(text, ".!?") &&
		(norm == site || strings.HasPrefix(norm, site+" ")) {
		return verdict{"byline", "affiliation"}, true // "Harbour Herald, North Coast" under the byline
	}
	return verdict{}, false
}

var cjkDate = quickre.MustCompile(`^\d{4}年\d{1,2}月\d{1,2}日(\s*\d{1,2}時(\d{1,2}分)?)?$`)

// isDateLine reports whether text is a date (and maybe a time) and nothing
// else: "May 17, 2023", "15.12.2025, 05:30 Uhr", "06 may 2024 - 05:20 CEST",
// "2024年4月12日 6時00分".
func isDateLine(text string) bool {
	if !strings.ContainsAny(text, "0123456789") {
		return false
	}
	if cjkDate.MatchString(text) {
		return true
	}
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), "Uhr"))
	if !parseTime(t).IsZero() {
		return true
	}
	// A dateline may start with a place: "Madrid - 06 may 2024 - 05:20 CEST".
	if loc := placePrefix.FindStringIndex(text); loc != nil && loc[1] < len(text) {
		text = text[loc[1]:]
	}
	// Token by token: numbers, times, month and weekday names, time zones
	// and a few joining words, with at least one month name.
	months := 0
	for _, tok := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",·|–—-/()", r)
	}) {
		tok = strings.TrimSuffix(tok, ".")
		switch {
		case tok == "":
		case dateNumber.MatchString(tok):
		case isMonth(tok):
			months++
		case dateWords[tok] || timeZone.MatchString(tok):
		default:
			return false
		}
	}
	return months > 0
}

var (
	placePrefix = quickre.MustCompile(`^\p{Lu}[\p{L}.]*( \p{Lu}[\p{L}.]*)?\s*[-–—,:]\s+`)
	dateNumber  = quickre.MustCompile(`^\d{1,4}([.:h]\d{1,2}){0,2}(st|nd|rd|th|er|e|º)?\.?$`)
	timeZone    = quickre.MustCompile(`^(utc|gmt|[ecmp][sd]t|ce[s]?t|bst|ist|aest|aedt|sast|nzst|nzdt|eet|eest|wet|west)$`)
	dateWords   = map[string]bool{"am": true, "pm": true, "a.m": true, "p.m": true, "at": true, "um": true, "à": true,
		"le": true, "el": true, "de": true, "del": true, "kl": true, "uhr": true, "h": true, "of": true, "the": true,
		"on": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}
	monthPrefixes = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
		"mär", "mai", "okt", "dez", "fév", "févr", "avr", "juin", "juil", "août", "déc", "ene", "abr", "ago", "dic",
		"gen", "mag", "giu", "lug", "set", "ott", "mei", "maa", "maj", "sty", "lut", "kwi", "cze", "lip", "sie",
		"wrz", "paź", "lis", "gru", "out", "fev"}
)

func isMonth(tok string) bool {
	if len(tok) < 3 || len(tok) > 10 {
		return false
	}
	for _, p := range monthPrefixes {
		if strings.HasPrefix(tok, p) {
			return true
		}
	}
	return false
}

// markStandfirsts finds, in the page before extraction, the elements that
// are the standfirst: placed or classed as one, and saying what the page's
// description says.
func (s *stripper) markStandfirsts(doc *html.Node, description string) {
	if description == "" {
		return
	}
	// A standfirst is not much longer than the description (see
	// sameStandfirst): longer blocks are passed over unread.
	maxLen := 3*len(description) + 100
	match := newStandfirstMatch(description)
	walkElements(doc, func(n *html.Node) bool {
		if !blockAtom(n.DataAtom) || hasBlockChild(n) {
			return true
		}
		if !isStandfirst(n, doc) || textLen(n) > maxLen {
			return false // where it sits is cheaper to read than what it says
		}
		text := nodeText(n)
		if !match.same(text, true) {
			return false
		}
		if match.same(text, isTeaser(n)) && !hasAttr(n, standfirstMark) {
			n.Attr = append(n.Attr, html.Attribute{Key: standfirstMark, Val: "1"})
		}
		return false
	})
}

// unmark removes the cleaner's marks under root: those of
// markStandfirsts and of markBesideAd.
func unmark(root *html.Node) {
	walkElements(root, func(n *html.Node) bool {
		dropAttr(n, standfirstMark)
		dropAttr(n, byAdMark)
		return true
	})
}

// isMarkedStandfirst reports whether n, or an element around it below
// root, was marked as the standfirst.
func (s *stripper) isMarkedStandfirst(n, root *html.Node) bool {
	for p := n; p != nil && p != root; p = p.Parent {
		if attr(p, standfirstMark) != "" {
			return true
		}
	}
	return false
}

// isStandfirst reports whether n sits where a standfirst does: in the
// article's header, or in an element whose class or id says so. A first
// paragraph that merely repeats the meta description is the story's lede
// and stays.
func isStandfirst(n, root *html.Node) bool {
	if isTeaser(n) {
		return true
	}
	for p, k := n, 0; p != nil && p != root && k < 4; p, k = p.Parent, k+1 {
		if p.DataAtom == atom.Header || p.DataAtom == atom.H2 && p == n {
			return true
		}
	}
	return false
}

var teaserClass = quickre.MustCompile(`(?i)(^|[-_ ])(standfirst|dek|deck|subtitle|sub-title|subhead|subheadline|sub-headline|strapline|teaser|description|tagline|excerpt)([-_ ]|$)`)

// isTeaser reports whether n itself (or its parent) is marked as the
// standfirst by its class or itemprop.
func isTeaser(n *html.Node) bool {
	for p, k := n, 0; p != nil && k < 2; p, k = p.Parent, k+1 {
		if teaserClass.MatchString(attr(p, "class") + " " + attr(p, "id")) {
			return true
		}
		if ip := strings.ToLower(attr(p, "itemprop")); ip == "description" || ip == "abstract" {
			return true
		}
	}
	return false
}

// furnitureParts recognises a block above the story made of inline parts
// that are each header furniture: "Author of the article: J. Tremblay ·
// Published May 15, 2024 • Last updated 1 hour ago • 3 minute read".
func (s *stripper) furnitureParts(b *html.Node, m *metadata) (verdict, bool) {
	parts := 0
	for c := b.FirstChild; c != nil; c = c.NextSibling {
		var text string
		switch {
		case c.Type == html.TextNode:
			text = strings.Trim(collapseSpace(c.Data), "·•|–—-, ")
		case c.Type == html.ElementNode && !blockAtom(c.DataAtom):
			text = nodeText(c)
		default:
			return verdict{}, false
		}
		if text == "" {
			continue
		}
		v, ok := s.headerFurniture(text, m)
		if !ok {
			v, ok = s.classifyText(text, true)
			ok = ok && (v.kind == "byline" || v.kind == "nav")
		}
		if !ok {
			return verdict{}, false
		}
		parts++
	}
	if parts < 2 {
		return verdict{}, false
	}
	return verdict{"byline", "byline-parts"}, true
}

var taglineVerb = quickre.MustCompile(`^(is|covers|has covered|reports|writes|joined|has been|was|es|ist|est|är|jest) `)

// agencyCredit recognises a line that credits news agencies and says
// nothing else: "(Belga)", "dpa/AFP", "Quelle: APA", or a sentence that
// says the text draws on their reports and names nothing but them ("This
// story is based on reporting from AP and Reuters."). The agencies are
// split as a byline's names are (nameSeparators).
func agencyCredit(text string) (verdict, bool) {
	t := strings.TrimSpace(text)
	if len(t) > maxCreditSentence {
		return verdict{}, false // a story's paragraph: no pattern need read it
	}
	if loc := creditOpener.FindStringIndex(t); loc != nil {
		t = strings.TrimRight(t[loc[1]:], ". ")
	} else if len(t) > 60 {
		return verdict{}, false
	} else if loc := creditLabel.FindStringIndex(t); loc != nil {
		t = t[loc[1]:]
	}
	n, start := 0, 0
	for _, loc := range append(nameSeparators.FindAllStringIndex(t, -1), []int{len(t), len(t)}) {
		part := strings.Trim(t[start:loc[0]], "()[]. ")
		start = loc[1]
		switch {
		case part == "":
		case isAgency(part):
			n++
		default:
			return verdict{}, false
		}
	}
	if n == 0 {
		return verdict{}, false
	}
	return verdict{"notice", "agency-credit"}, true
}

// maxCreditSentence is the longest sentence, in bytes, that agencyCredit
// reads as a credit.
const maxCreditSentence = 200

// creditOpener is the start of a sentence that says the text draws on news
// agencies' reports, up to the agencies: "This story is based in part on
// reporting from (the news agencies)", "Artikeln bygger på uppgifter från",
// "Hanno collaborato all'articolo le agenzie", in ten languages.
var creditOpener = quickre.MustCompile(`(?i)^(?:(?:this|the|der|dieser|das|cet|ce|este|esta|el|dit|het|il|questo|o|a)\s+)?(?:article|story|report|text|texto|texten|artikeln|tekst|článek|articolo|artículo|artikel|beitrag|bericht|reportage|nota|notícia|matéria|zpráva)\b[^.]{0,40}?\b(?:based|basiert|beruht|basé|basée|basado|basada|basato|basata|gebaseerd|baseado|baseada|bygger|baseras|oparty|oparta|powstał|powstała|čerpá|vznikl|vznikla|elaborado|elaborada|rédigé|rédigée|redatto|redatta)\b[^.]{0,50}?\s(?:from|von|der|des|de|du|della|dell['’]|di|van|da|do|från|z|ze|od|of)\s+(?:(?:the|la|le|l['’]|die|der|de|het|a|o)\s+)?(?:(?:news\s+agenc(?:y|ies)|agenc(?:y|ies)|agencias?|agenzi[ae]|agences?|nachrichtenagentur(?:en)?|agentschap(?:pen)?|agências?|agencj[ia]|agentur[ay]?|nyhetsbyrå(?:n|erna)?)\s+)?|^hanno collaborato(?:\s+all['’]articolo|\s+al pezzo)?\s+(?:le agenzie|l['’]agenzia)\s+`)

// creditLabel is the label before a credit line's agencies.
var creditLabel = quickre.MustCompile(`(?i)^(source|sources|quelle|quellen|fonte|fonti|fuente|fuentes|źródło|zdroj|bron|bronnen|källa|kilde|lähde|forrás|sursa|with|mit|avec|con|met|med)\s*:?\s+`)

// authorTagline recognises, after the story, a line about its author:
// "Caleb Whitt is WKVR's eastern Kentucky reporter…", or the author's name
// alone, as an author's card gives it.
func authorTagline(text string, m *metadata) (verdict, bool) {
	if fields.Count(text) > 60 {
		return verdict{}, false
	}
	lower := strings.ToLower(text)
	for _, a := range m.authors {
		name := strings.ToLower(strings.TrimSpace(a))
		if name != "" && fields.Count(name) >= 2 && normalizeLabel(text) == normalizeLabel(a) {
			return verdict{"author-bio", "author-name"}, true
		}
		if name == "" || !strings.HasPrefix(lower, name+" ") {
			continue
		}
		if isAgency(a) || isAffiliation(a, m.publisher) {
			continue // "Reuters was unable to confirm…" is the story's
		}
		if taglineVerb.MatchString(lower[len(name)+1:]) {
			return verdict{"author-bio", "author-tagline"}, true
		}
	}
	return verdict{}, false
}

// trailingByline recognises, after the story, a byline on its own line:
// "Written by Lena Park", "Von Jan Berger", "Par Claire Dumas", as an
// author's card under a story gives it (or the card's "About Lena Park"). The words after the byline word
// must read as a name: two to four words, each capitalised, and no
// sentence after them.
func trailingByline(text string) (verdict, bool) {
	text = strings.TrimSuffix(strings.TrimSpace(text), ".")
	if n := fields.Count(text); n < 3 || n > 8 || strings.ContainsAny(text, ".!?:;,") {
		return verdict{}, false
	}
	loc := bylinePrefix.FindStringIndex(text)
	if loc == nil || loc[1] == 0 {
		return verdict{}, false
	}
	name := strings.Fields(text[loc[1]:])
	if len(name) < 2 || len(name) > 4 {
		return verdict{}, false
	}
	for _, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return verdict{}, false
		}
	}
	return verdict{"author-bio", "byline-after"}, true
}

// sameStandfirst reports whether a block says what the page's description
// says: the same words, or one holding the other (a teaser that goes on for
// a sentence more than the meta description).
//
// Only the exact match counts unless teaser is set: a story's lede often
// begins with what the description says, and stays.
func sameStandfirst(text, description string, teaser bool) bool {
	return newStandfirstMatch(description).same(text, teaser)
}

// standfirstMatch is sameStandfirst for one description, read once for a
// page's many blocks.
type standfirstMatch struct {
	norm  string
	words int // the description's words
	// index numbers the description's distinct words that a block's words
	// can equal (not those with an apostrophe, which a block's words are
	// split at); counts holds how often each occurs, and stamp when a block
	// last had it.
	index  map[string]int
	counts []int
	stamp  []int
	block  int
}

func newStandfirstMatch(description string) *standfirstMatch {
	m := &standfirstMatch{norm: normalizeLabel(description), index: map[string]int{}}
	for _, w := range strings.Fields(m.norm) {
		m.words++
		if strings.ContainsRune(w, '\'') {
			continue
		}
		i, ok := m.index[w]
		if !ok {
			i = len(m.counts)
			m.index[w] = i
			m.counts = append(m.counts, 0)
			m.stamp = append(m.stamp, 0)
		}
		m.counts[i]++
	}
	return m
}

func (m *standfirstMatch) same(text string, teaser bool) bool {
	a, b := normalizeLabel(text), m.norm
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if !teaser {
		return false
	}
	aWords := strings.Count(a, " ") + 1 // normalizeLabel leaves single spaces
	shortWords := aWords
	if len(b) < len(a) {
		shortWords = m.words
	}
	if shortWords >= 6 && (strings.Contains(a, b) || strings.Contains(b, a)) {
		return true
	}
	// A teaser edited from the description: most of the description's
	// words, in a block not much longer than it.
	if m.words < 6 || aWords > 2*m.words+10 {
		return false
	}
	m.block++
	shared := 0
	for _, w := range strings.FieldsFunc(a, func(r rune) bool { return r == ' ' || r == '\'' }) {
		if i, ok := m.index[w]; ok && m.stamp[i] != m.block {
			m.stamp[i] = m.block
			shared += m.counts[i]
		}
	}
	return float64(shared) >= 0.75*float64(m.words)
}

// Menus inside the article: readability sometimes keeps the page's header
// with the story under it. An element that says it is navigation (<nav>,
// role navigation, menu or menubar), mostly links and a small part of the
// article's text, is the site's menu, not the story's.
const (
	menuMaxShare = 0.3
	menuMinLinks = 0.5
)

// navLandmark reports whether n says it is navigation: a <nav>, or role
// navigation, menu or menubar.
func navLandmark(n *html.Node) bool {
	role := strings.ToLower(attr(n, "role"))
	return n.DataAtom == atom.Nav || role == "navigation" || role == "menu" || role == "menubar"
}

// inMenu reports whether n sits in a navigation landmark under root.
func inMenu(n, root *html.Node) bool {
	for p := n.Parent; p != nil && p != root; p = p.Parent {
		if navLandmark(p) {
			return true
		}
	}
	return false
}

// stripMenus removes the menus inside the article under root.
func (s *stripper) stripMenus(root *html.Node) {
	if s.keep["nav"] {
		return
	}
	total := textLen(root)
	var menus []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if navLandmark(n) {
			menus = append(menus, n)
			return false
		}
		return true
	})
	for _, n := range menus {
		if t := textLen(n); t > 0 && float64(t) <= menuMaxShare*float64(total) && linkDensity(n) >= menuMinLinks {
			s.removeMarked(n, verdict{"nav", "menu"})
		}
	}
}
