package cleaner

import (
	"slices"
	"strings"
	"unicode"

	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/jsonld"
	"github.com/pith-news/pith/internal/machinery/quickre"
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
// "By …" line under the headline, a sign-off with the reporter's e-mail
// address ("Name 기자 name@…"), the agency of a dateline ("PARIS (AFP)
// —"); then a desk that a byline or author field names ("By Harbour
// Ledger Staff"); and last a JSON-LD Organization. The publisher is never
// an author unless the page names it so.
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
	var lines, datelines []string
	for i, l := range s.afterH1 {
		if i < maxDatelineLines {
			if m := datelineAgency.FindStringSubmatch(l); m != nil && isAgency(m[1]) {
				datelines = append(datelines, m[1])
			}
		}
		if fields.Count(l) <= 2 && i+1 < len(s.afterH1) && bylinePrefix.MatchString(l+" ") {
			l += " " + s.afterH1[i+1] // "By" and the names in elements of their own
		}
		if len(l) > maxLineByline {
			continue // a sentence, not a byline
		}
		if loc := bylineInline.FindStringSubmatchIndex(l); loc != nil {
			lines = append(lines, l[loc[2]:])
		}
	}
	var signoffs []string
	for _, t := range s.signoffs {
		if m := signoff.FindStringSubmatch(t); m != nil {
			signoffs = append(signoffs, firstNonEmpty(m[1:]...))
		}
	}
	groups := []authorSource{{structured, false}, {s.itempropAuthors, false}, {s.relAuthors, true},
		{innermost(s.bylines), true}, {lines, true}, {signoffs, true}}
	desk, deskFound := "", false
	for gi, g := range groups {
		var out []string
		for _, raw := range g.names {
			names := cleanNames(raw)
			if len(names) == 0 && !deskFound {
				desk, deskFound = deskName(raw)
			}
			for _, n := range names {
				n = stripPublisher(n, publisher)
				if isPublisher(n, publisher, g.visible) {
					continue
				}
				out = addName(out, n)
			}
		}
		if len(out) > 1 {
			out = dropAffiliations(out, publisher)
		}
		if gi == 0 && (len(out) > 1 || len(out) == 1 && fields.Count(out[0]) > 2) {
			out = confirmStructured(out, groups[1:], publisher)
		}
		if len(out) > 0 {
			return dropAgencies(out)
		}
	}
	if len(datelines) > 0 {
		return datelines[:1] // the agency as the dateline writes it: "AP", "dpa"
	}
	if deskFound {
		if w := strings.Fields(desk); len(w) == 2 && strings.EqualFold(w[0], "the") && !sameName(desk, publisher) {
			desk = w[1] // "The Harbourly Team": the article went with "Team"
		}
		if fields.Count(desk) == 1 && strings.ToUpper(desk) != desk && !isAffiliation(desk, publisher) {
			desk = "" // "Staff Clinician", "Web Desk": a desk of the publisher's
		}
		if desk == "" && fields.Count(publisher) <= maxNameWords+1 && !strings.ContainsAny(publisher, ",|") {
			desk = publisher // "Staff Reports", "Editorial": the publisher's own desk
		}
		if desk != "" {
			return []string{desk}
		}
	}
	var out []string
	for _, raw := range orgs {
		for _, n := range cleanNames(raw) {
			if !isPublisher(n, publisher, false) {
				out = addName(out, n)
			}
		}
	}
	return out
}

// maxDatelineLines is how many lines after the headline are looked at for
// a dateline naming an agency.
const maxDatelineLines = 6

// authorSource is one kind of place that names authors, and whether it
// is visible on the page (a visible byline may name the publisher).
type authorSource struct {
	names   []string
	visible bool
}

// dropAffiliations drops from a list that names a person the names that
// are the publisher's, or a part of it ("Ana Ruiz, Harbour Ledger Sport"):
// they say where the reporter works; and degrees given on their own
// ("Ana Ruiz", "RN").
func dropAffiliations(names []string, publisher string) []string {
	var out []string
	for _, n := range names {
		if !isAffiliation(n, publisher) && !isDegree(n) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return names
	}
	return out
}

// isAffiliation reports whether name is the publisher, begins with the
// publisher's name ("Harbour Ledger Sport"), or is a run of the
// publisher's words ("Harbour Ledger" of "Harbour Ledger Weekly").
func isAffiliation(name, publisher string) bool {
	pw, nw := strings.Fields(wordKey(publisher)), strings.Fields(wordKey(name))
	if len(pw) == 0 || len(nw) == 0 || len(strings.Join(pw, "")) < 3 {
		return false
	}
	if nameKey(name) == nameKey(publisher) {
		return true
	}
	if len(nw) > len(pw) {
		return slices.Equal(nw[:len(pw)], pw)
	}
	for i := 0; i+len(nw) <= len(pw); i++ {
		if slices.Equal(pw[i:i+len(nw)], nw) {
			return true
		}
	}
	return false
}

// confirmStructured checks the names of the meta tags and JSON-LD against
// the visible bylines: when some of them are in a byline, the others (a
// parent company in "author", a name padded with the publisher's) go;
// a name that is a visible name with more words after it is the visible
// one ("Ana Ruiz. Harbour Ledger" beside "By Ana Ruiz").
func confirmStructured(names []string, visible []authorSource, publisher string) []string {
	var seen []string
	for _, g := range visible {
		for _, raw := range g.names {
			for _, n := range cleanNames(raw) {
				seen = addName(seen, n)
			}
		}
	}
	if len(seen) == 0 {
		return names
	}
	var confirmed []string
	for _, n := range names {
		for _, v := range seen {
			if sameName(n, v) {
				confirmed = addName(confirmed, n)
				break
			}
			if vk, nk := wordKey(v), wordKey(n); fields.Count(vk) >= 2 && strings.HasPrefix(nk, vk+" ") {
				confirmed = addName(confirmed, v)
				break
			}
		}
	}
	if len(confirmed) == 0 {
		return names
	}
	return confirmed
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

// deskName returns the desk a byline or author field names, when it names
// one rather than a person: "By Harbour Ledger Staff" gives "Harbour
// Ledger"; "Staff Reports", "La Rédaction", "Editorial" give "" (the
// publisher's desk). ok is false when the byline names no desk.
func deskName(raw string) (name string, ok bool) {
	for _, p := range bylineParts(raw) {
		t := strings.Trim(strings.TrimSpace(p.text), ".,:;|-–—_()[]\"'«»“”／")
		if !deskWord.MatchString(t) || len(t) > maxNameLen || strings.ContainsAny(t, "@#0123456789") {
			continue
		}
		var rest []string
		for _, w := range strings.Fields(t) {
			if !deskWords[strings.ToLower(strings.Trim(w, ",.:;"))] {
				rest = append(rest, w)
			}
		}
		for len(rest) > 0 && (deskLinks[strings.ToLower(rest[0])] || rest[0] == "the") {
			rest = rest[1:] // "Staff of …", "Redaktion von …"
		}
		generic := true
		for _, w := range rest {
			generic = generic && deskGeneric[strings.ToLower(w)]
		}
		if generic || len(rest) > maxNameWords {
			return "", true
		}
		name = strings.Join(rest, " ")
		if len(rest) > 1 && strings.ToUpper(name) == name {
			name = titleCase(name) // "HARBOUR LEDGER", but "KLX" and "BCX Connect" stay
		}
		return name, true
	}
	return "", false
}

var (
	// deskWord marks a desk's byline: the paper's staff, a bureau, the
	// wire desk, the newsroom, in the languages of the bylines.
	deskWord = quickre.MustCompile(`(?i)(?:^|[\s-])(?:staff|bureau|desk|newsroom|newsdesk|editorial|wire|team|redaktion|rédaction|redacción|redazione|redação|redactie|redakcja|редакция)(?:$|[\s-])`)
	// deskWords are the words of a desk's byline around the name of the
	// paper: the desk words and the roles that go with them.
	deskWords = map[string]bool{"staff": true, "bureau": true, "desk": true, "newsroom": true,
		"editorial": true, "newsdesk": true, "editor": true, "editors": true, "wire": true, "service": true, "services": true,
		"team": true, "report": true, "reports": true, "reporter": true, "reporters": true, "writer": true,
		"writers": true, "redaktion": true, "rédaction": true, "redacción": true, "redazione": true,
		"redação": true, "redactie": true, "redakcja": true, "редакция": true}
	// deskLinks join a desk to the paper's name: "Staff of the Ledger".
	deskLinks = map[string]bool{"of": true, "from": true, "at": true, "von": true, "der": true, "de": true,
		"du": true, "del": true, "della": true, "di": true, "van": true, "unserer": true, "our": true}
	// deskGeneric are words that name no paper: a desk of "the" web site.
	deskGeneric = map[string]bool{"the": true, "la": true, "le": true, "el": true, "il": true, "lo": true,
		"die": true, "das": true, "de": true, "het": true, "our": true, "news": true, "web": true,
		"online": true, "digital": true, "sports": true, "sport": true, "local": true, "city": true,
		"nachrichten": true, "actualités": true, "noticias": true, "notizie": true}
	// datelineAgency is a dateline that names a news agency: "PARIS
	// (AFP) —", "BERLIN (dpa) -".
	datelineAgency = quickre.MustCompile(`^\p{Lu}[\p{L}\p{M} .,'’-]{0,40}?\s*\(([\p{L}]{2,12})\)\s*[-–—]`)
)

// innermost drops each text that starts with another of texts glued to
// more: a byline block's text, glued from its parts ("Ana
// RuizZaragoza15/04/2026"), when its author's element is among them too
// ("Ana Ruiz").
func innermost(texts []string) []string {
	var out []string
	for i, t := range texts {
		outer := false
		for j, u := range texts {
			if i != j && len(u) < len(t) && u != "" && strings.HasPrefix(t, u) && !strings.HasPrefix(t[len(u):], " ") {
				outer = true
				break
			}
		}
		if !outer {
			out = append(out, t)
		}
	}
	return out
}
