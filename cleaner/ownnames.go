package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// selfNameLean is the bar for a block that names the page's own site or
// its author (not the lede, nor a block of the kind the story is about):
// the publication or the author speaking of themselves is a plug, an
// appeal, a credit or a bio. A story names its publication and its
// reporter rarely ("…, she told the Harbour Times"), and the classifier
// scores such sentences low. Measured against a bar of 0.5 on wcxb-dev and
// the Scrapinghub pages, 0.3 took 31 more blocks: 2 story sentences ("…
// did not respond to <site>'s request for comment"), 5 calls to action
// and plugs the annotators kept, the rest credits, plugs and bios. From
// 0.1, a company blog's own sentences about itself came in.
const selfNameLean = 0.3

// selfNameMiddleLean is the bar for such a block in the story's middle
// that does not speak as the publication or the author (speaksAsItself).
const selfNameMiddleLean = 0.5

// minSiteNameRunes is the shortest name looked for in a block: a shorter
// one ("AP", "Vox") is a common word or part of one too often.
const minSiteNameRunes = 4

// ownNames are the page's own names: its site's, in the ways a paper
// names itself, and its authors'.
type ownNames struct {
	site, authors []string
}

// in reports whether text holds one of the names: a site's, or an
// author's of two words or more.
func (o ownNames) in(text string) bool {
	for _, n := range o.site {
		if namesWhole(text, n) {
			return true
		}
	}
	for _, n := range o.authors {
		if fields.Count(n) >= 2 && namesWhole(text, n) {
			return true
		}
	}
	return false
}

// siteArticles are the articles a site's name may start with.
var siteArticles = map[string]bool{"the": true, "il": true, "la": true, "le": true, "les": true, "der": true, "die": true, "das": true, "de": true, "het": true, "el": true, "los": true, "o": true, "a": true, "den": true, "det": true, "lo": true}

// siteNames returns the ways a page names its own site: "The Forks
// Dispatch" as written, without its article ("Forks Dispatch"), and by
// its last word, in English ("the Dispatch", "The Dispatch").
func siteNames(site string) []string {
	words := strings.Fields(site)
	if len(words) == 0 {
		return nil
	}
	out := []string{site}
	if len(words) >= 2 && siteArticles[strings.ToLower(words[0])] {
		out = append(out, strings.Join(words[1:], " "))
		if len(words) >= 3 && strings.EqualFold(words[0], "the") && utf8.RuneCountInString(words[len(words)-1]) >= 5 {
			last := words[len(words)-1]
			out = append(out, "the "+last, "The "+last)
		}
	}
	return out
}

// namesWhole reports whether text holds name, as written and as whole
// words.
func namesWhole(text, site string) bool {
	site = strings.TrimSpace(site)
	if utf8.RuneCountInString(site) < minSiteNameRunes {
		return false
	}
	for from := 0; ; {
		j := strings.Index(text[from:], site)
		if j < 0 {
			return false
		}
		start, end := from+j, from+j+len(site)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = start + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// opensWithAuthor reports whether text opens with the first name of one
// of the page's authors, after an article if any ("Lena covers transport
// from Leeds.", "A Rita escreve sobre Coimbra."): a tagline in the
// author's own paper, when it comes after the story. The name must be the
// first of two words or more, so that a byline names the person whole.
func (o ownNames) opensWithAuthor(text string) bool {
	words := strings.Fields(text)
	if len(words) > 1 && siteArticles[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) < 3 {
		return false
	}
	first := strings.TrimRight(words[0], ",.:;")
	for _, a := range o.authors {
		parts := strings.Fields(a)
		if len(parts) >= 2 && utf8.RuneCountInString(parts[0]) >= 3 && first == parts[0] {
			return true
		}
	}
	return false
}

// opensWithWholeAuthor reports whether text opens with the whole name of
// one of the page's authors of two words or more, followed by two words
// or more (a tagline says something of them, a signature does not).
func (o ownNames) opensWithWholeAuthor(text string) bool {
	for _, a := range o.authors {
		if strings.Count(a, " ") == 0 {
			continue
		}
		rest, ok := strings.CutPrefix(text, a)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, ",")
		if strings.HasPrefix(rest, " ") && fields.Count(rest) >= 2 {
			return true
		}
	}
	return false
}

// speaksAsItself reports whether text, which names the page's own site or
// author, is the publication or the author speaking of themselves: opening
// with the name ("The Dispatch is
// funded by its members…"), or addressing the reader or speaking as "we"
// ("If our reporting helps you, chip in"). A story's sentence that names
// its publication ("Councillor Mae Owens told the Harbour Ledger that the
// vote would be close") does none of these.
func (o ownNames) speaksAsItself(text, lang string) bool {
	return o.opensWithName(text) || personal(text, lang)
}

// opensWithName reports whether text opens with the site's name or an
// author's full name.
func (o ownNames) opensWithName(text string) bool {
	for _, n := range append(o.site[:len(o.site):len(o.site)], o.authors...) {
		if n = strings.TrimSpace(n); n != "" && strings.HasPrefix(text, n) {
			if after, _ := utf8.DecodeRuneInString(text[len(n):]); !isWordRune(after) {
				return true
			}
		}
	}
	return false
}
