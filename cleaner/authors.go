package cleaner

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/pith-news/pith/internal/machinery/jsonld"
)

// authorMetas are the meta tags that name a page's authors.
var authorMetas = []string{"author", "article:author", "parsely-author", "sailthru.author",
	"dc.creator", "dcterms.creator", "byl", "citation_author"}

const (
	// maxBylineLen is the longest byline read for names, in bytes: longer
	// text is a paragraph or a bio, not a byline.
	maxBylineLen = 200
	// maxNameLen is the longest author name kept, in bytes.
	maxNameLen = 80
	// maxLineByline is the longest line under a headline read as a byline.
	maxLineByline = 120
	// maxNameWords is the most words in a name: more is a phrase.
	maxNameWords = 5
)

// findAuthors returns the page's authors from the first source that names
// a person, in order of trust: the meta tags and JSON-LD Persons together,
// microdata, rel=author and links to author pages, byline elements, the
// "By …" line under the headline, and last a JSON-LD Organization. The
// publisher is never an author unless a visible byline names it.
func findAuthors(s *pageScan, ld *jsonld.Page, publisher string) []string {
	var structured, orgs []string
	for _, k := range authorMetas {
		structured = append(structured, s.metas[k]...)
	}
	for _, a := range ld.AllAuthors() {
		if a.Org {
			orgs = append(orgs, a.Name)
		} else {
			structured = append(structured, a.Name)
		}
	}
	var lines []string
	for i, l := range s.afterH1 {
		if len(strings.Fields(l)) <= 2 && i+1 < len(s.afterH1) && bylinePrefix.MatchString(l+" ") {
			l += " " + s.afterH1[i+1] // "By" and the names in elements of their own
		}
		if len(l) > maxLineByline {
			continue // a sentence, not a byline
		}
		if loc := bylineInline.FindStringSubmatchIndex(l); loc != nil {
			lines = append(lines, l[loc[2]:])
		}
	}
	groups := []struct {
		names   []string
		visible bool
	}{{structured, false}, {s.itempropAuthors, false}, {s.relAuthors, true}, {s.bylines, true}, {lines, true}, {orgs, false}}
	for _, g := range groups {
		var out []string
		for _, raw := range g.names {
			for _, n := range cleanNames(raw) {
				n = stripPublisher(n, publisher)
				if isPublisher(n, publisher, g.visible) {
					continue
				}
				out = addName(out, n)
			}
		}
		if len(out) > 0 {
			return dropAgencies(out)
		}
	}
	return nil
}

// isPublisher reports whether name is the publisher's: its name, or a desk
// named after it ("Harbour Ledger Wire Services"). A visible byline may name
// the publisher: the page says so.
func isPublisher(name, publisher string, visible bool) bool {
	if visible {
		return false
	}
	pk, nk := nameKey(publisher), nameKey(name)
	return pk != "" && (pk == nk || len(pk) >= 4 && strings.Contains(nk, pk))
}

// stripPublisher drops the publisher's name after a reporter's: "Ana Ruiz
// Harbour Ledger".
func stripPublisher(name, publisher string) string {
	pk := nameKey(publisher)
	if len(pk) < 4 {
		return name
	}
	words := strings.Fields(name)
	for k := 1; k < len(words)-1; k++ {
		if nameKey(strings.Join(words[len(words)-k:], " ")) == pk {
			return strings.Join(words[:len(words)-k], " ")
		}
	}
	return name
}

// dropAgencies drops the agencies from a list that names a person: the
// agency is the reporter's employer, not a second author.
func dropAgencies(names []string) []string {
	var people []string
	for _, n := range names {
		if !isAgency(n) {
			people = append(people, n)
		}
	}
	if len(people) == 0 {
		return names
	}
	return people
}

// addName appends name unless the list holds the same person under
// another spelling (case, accents, punctuation).
func addName(list []string, name string) []string {
	for _, a := range list {
		if sameName(a, name) {
			return list
		}
	}
	return append(list, name)
}

// sameName reports whether a and b name the same person: the same letters,
// or the same first and last names around a middle initial ("Troy Smith",
// "Troy L. Smith").
func sameName(a, b string) bool {
	if nameKey(a) == nameKey(b) {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 || len(fa) == len(fb) {
		return false
	}
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	if len(fb)-len(fa) != 1 || len(fa) != 2 || len([]rune(strings.Trim(fb[1], "."))) != 1 {
		return false
	}
	return nameKey(fa[0]) == nameKey(fb[0]) && nameKey(fa[1]) == nameKey(fb[2])
}

func nameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var (
	// bylinePrefix matches the words before the names of a byline: "By",
	// "Von", "Par", "Por", "Di", "Door", "Av", "Analysis by", "Autor:",
	// and the Polish "Oprac." ("compiled by").
	bylinePrefix = regexp.MustCompile(`(?i)^\s*(?:(?:analysis|opinion|commentary|review|story|words|text|reporting|written|posted|photos?|interview)\s+)?(?:by|von|par|por|di|door|av|oprac\.|opracowanie:?)\s+|^\s*(?:autor|autorin|author|auteur|autore|автор|текст|yazan|yazar|texto?|tekst|redakcja|文|記者)\s*[:：]\s*`)
	// bylineInline finds a byline in a line of other things: "Published
	// 3 May 2021 | By Ana Ruiz".
	bylineInline = regexp.MustCompile(`(?:^\s*|[|·•]\s*)((?i:by|von|par|por|di|door|av)\s+\p{Lu}|(?i:autor|author|автор|текст|yazan|文|記者)\s*[:：])`)
	// bylineTrailer matches what follows the names in a byline: where the
	// reporter files from ("reports from Semple Stadium"), or when the
	// story was published or updated.
	bylineTrailer = regexp.MustCompile(`(?i)\s+(?:(?:reports?|reporting|writes|writing)\s+(?:from|in)|published|updated|veröffentlicht|aktualisiert|publié|publicado|pubblicato|gepubliceerd|opublikowano|опубликовано|publicerad)\b.*$`)
	// nameSeparators split a list of names: commas, "and" in the
	// languages of the bylines above, "&", middle dots and bars.
	nameSeparators = regexp.MustCompile(`\s*(?:[,;/|·•]|\s(?:and|und|et|y|e|en|i|и|och|og|ve|&)\s|、)\s*`)
	// gluedWords splits a capitalised word glued to the next one, as a
	// byline and its agency run together: "IDA MORROWAssociated Press".
	gluedWords = regexp.MustCompile(`(\p{Lu}{2,})(\p{Lu}\p{Ll}+)`)
	// roleWord marks a job title or a desk, not a name.
	roleWord = regexp.MustCompile(`(?i)(?:^|[\s-])(?:editor|editors|editor-at-large|at-large|correspondent|reporter|writer|staff|contributor|contributing|columnist|bureau|desk|photographer|producer|wire|services|redaktion|redakteur|redakteurin|korrespondent|korrespondentin|rédaction|correspondant|correspondante|journaliste|redacción|corresponsal|periodista|redazione|redação|redactie|redakcja|редакция|корреспондент|muhabir)(?:$|[\s-])`)
	// agencies are news agencies whose name follows a reporter's, or
	// stands alone where no reporter is named.
	agencies = []string{"the associated press", "associated press", "agence france-presse", "agence france presse",
		"reuters", "afp", "ap", "dpa", "epa", "efe", "ansa", "upi", "pa media", "press association",
		"bloomberg", "kyodo", "xinhua", "anp", "belga", "apa", "pap", "ctk", "tt", "ntb", "europa press",
		"тасс", "риа новости", "интерфакс"}
	// domainName marks a site's address in a byline ("Media for Example.com").
	domainName = regexp.MustCompile(`(?i)\w\.(?:com|net|org|co|info|news|in|de|fr|es|it|ru|uk|au)\b`)
	// weekdayTrailer is a weekday after the names: "Ana Ruiz Monday".
	weekdayTrailer = regexp.MustCompile(`(?i)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.*$`)
	// userNames are account names a CMS shows for a post without a byline.
	userNames = map[string]bool{"admin": true, "administrator": true, "administrador": true,
		"amministratore": true, "guest": true, "gast": true, "invité": true, "invitado": true, "ospite": true,
		"gość": true, "гость": true, "anonymous": true, "anonym": true, "anonyme": true, "anónimo": true,
		"user": true, "webmaster": true, "root": true, "editor": true, "staff": true, "team": true,
		"redaktion": true, "redazione": true, "redacción": true, "rédaction": true}
)

// cleanNames returns the person names of one byline or author field: the
// byline words, roles, dates and agencies dropped, glued words split,
// capitals tamed. A field that is a URL, a handle or a sentence gives none.
func cleanNames(raw string) []string {
	s := collapseSpace(raw)
	if s == "" || len(s) > maxBylineLen || strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return nil
	}
	s = gluedWords.ReplaceAllString(s, "$1 $2")
	for range 2 {
		s = bylinePrefix.ReplaceAllString(s, "")
	}
	s = bylineTrailer.ReplaceAllString(s, "")
	s = cutAtDate(s)
	s = weekdayTrailer.ReplaceAllString(s, "")
	var out, agencyNames []string
	for _, part := range nameSeparators.Split(s, -1) {
		if n := cleanName(part); n != "" {
			if isAgency(n) {
				agencyNames = append(agencyNames, n)
			} else {
				out = append(out, n)
			}
		}
	}
	if len(out) == 0 {
		return agencyNames // "Reuters" alone: the agency is the byline
	}
	return out
}

func isAgency(s string) bool {
	low := strings.ToLower(s)
	for _, a := range agencies {
		if low == a {
			return true
		}
	}
	return false
}

func cleanName(s string) string {
	s = strings.Trim(strings.TrimSpace(s), ".,:;|-–—_()[]\"'«»“”／")
	s = bylinePrefix.ReplaceAllString(s, "")
	s = stripAgency(s)
	if s == "" || len(s) > maxNameLen || strings.ContainsAny(s, "@#0123456789") {
		return ""
	}
	if roleWord.MatchString(s) || userNames[strings.ToLower(s)] || domainName.MatchString(s) {
		return ""
	}
	words := strings.Fields(s)
	if len(words) > maxNameWords {
		return ""
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	// A single lower-case word is an account name ("jsmith"), not a byline.
	if len(words) == 1 && strings.ToLower(s) == s && strings.ToUpper(s) != s {
		return ""
	}
	if strings.ToUpper(s) == s && letters > 3 {
		s = titleCase(s)
	}
	return s
}

// stripAgency drops a news agency's name after a reporter's ("Jane Roe
// Associated Press", "Jane Roe (AFP)"); an agency alone is kept.
func stripAgency(s string) string {
	low := strings.ToLower(s)
	for _, a := range agencies {
		if low == a {
			return s
		}
		for _, sep := range []string{" ", " (", "/"} {
			if strings.HasSuffix(strings.TrimSuffix(low, ")"), sep+a) {
				cut := len(s) - len(a) - len(sep)
				if strings.HasSuffix(low, ")") {
					cut--
				}
				return strings.Trim(strings.TrimSpace(s[:cut]), ",-–—|/")
			}
		}
	}
	return s
}

// titleCase writes an all-capitals name as a name: "JEAN-PAUL O'NEIL" →
// "Jean-Paul O'Neil".
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	start := true
	for i, r := range rs {
		if unicode.IsLetter(r) {
			if start {
				rs[i] = unicode.ToUpper(r)
			}
			start = false
		} else {
			start = r == ' ' || r == '-' || r == '\''
		}
	}
	return string(rs)
}
