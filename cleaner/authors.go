package cleaner

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	var signoffs []string
	for _, t := range s.signoffs {
		if m := signoff.FindStringSubmatch(t); m != nil {
			signoffs = append(signoffs, firstNonEmpty(m[1:]...))
		}
	}
	groups := []authorSource{{structured, false}, {s.itempropAuthors, false}, {s.relAuthors, true},
		{s.bylines, true}, {lines, true}, {signoffs, true}}
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
		if gi == 0 && (len(out) > 1 || len(out) == 1 && len(strings.Fields(out[0])) > 2) {
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
		if len(strings.Fields(desk)) == 1 && strings.ToUpper(desk) != desk && !isAffiliation(desk, publisher) {
			desk = "" // "Staff Clinician", "Web Desk": a desk of the publisher's
		}
		if desk == "" && len(strings.Fields(publisher)) <= maxNameWords+1 && !strings.ContainsAny(publisher, ",|") {
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
			if vk, nk := wordKey(v), wordKey(n); len(strings.Fields(vk)) >= 2 && strings.HasPrefix(nk, vk+" ") {
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

var (
	// bylinePrefix matches the words before the names of a byline: "By",
	// "Von", "Par", "Por", "Di", "Door", "Av", "Analysis by", "Autor:",
	// and the Polish "Oprac." ("compiled by").
	bylinePrefix = regexp.MustCompile(`(?i)^\s*(?:(?:analysis|opinion|commentary|review|story|words|text|reporting|written|authored|posted|photos?|interview|articles?|posts|stories)\s+)?(?:by|von|par|por|di|door|av|oprac\.|opracowanie):?\s+|^\s*(?:autor|autorin|author|auteur|autore|автор|текст|yazan|yazar|texto?|tekst|redakcja|文|記者)\s*[:：]\s*`)
	// bylineInline finds a byline in a line of other things: "Published
	// 3 May 2021 | By Ana Ruiz". The name begins with a capital, or a
	// letter of a script without case ("by 山田花子").
	bylineInline = regexp.MustCompile(`(?:^\s*|[|·•]\s*)((?i:by|von|par|por|di|door|av)\s+[\p{Lu}\p{Lo}]|(?i:autor|author|автор|текст|yazan|文|記者)\s*[:：])`)
	// bylineTrailer matches what follows the names in a byline: where the
	// reporter files from ("reports from Semple Stadium"), or when the
	// story was published or updated.
	bylineTrailer = regexp.MustCompile(`(?i)(?:^|\s+)(?:(?:reports?|reporting|writes|writing)\s+(?:from|in)|published|updated|veröffentlicht|aktualisiert|publié|publicado|pubblicato|gepubliceerd|opublikowano|опубликовано|publicerad)\b.*$`)
	// nameSeparators split a list of names: commas, "and" in the
	// languages of the bylines above, "&", middle dots and bars.
	nameSeparators = regexp.MustCompile(`\s*(?:[,;/|·•]|\s(?:and|und|et|y|e|en|i|и|och|og|ve|&)\s|、)\s*`)
	// gluedWords splits a capitalised word glued to the next one, as a
	// byline and its agency run together: "IDA MORROWAssociated Press".
	gluedWords = regexp.MustCompile(`(\p{Lu}{2,})(\p{Lu}\p{Ll}+)`)
	// roleWord marks a job title or a desk, not a name.
	roleWord = regexp.MustCompile(`(?i)(?:^|[\s-])(?:editor|editors|editor-at-large|at-large|correspondent|reporter|writer|staff|contributor|contributing|columnist|bureau|desk|photographer|producer|wire|services|director|founder|co-founder|ceo|president|manager|officer|consultant|reviewer|expert|redaktion|redakteur|redakteurin|korrespondent|korrespondentin|rédaction|correspondant|correspondante|journaliste|redacción|corresponsal|periodista|redazione|redação|redactie|redakcja|редакция|корреспондент|muhabir)(?:$|[\s-])`)
	// agencies are news agencies whose name follows a reporter's, or
	// stands alone where no reporter is named.
	agencies = []string{"the associated press", "associated press", "agence france-presse", "agence france presse",
		"reuters", "afp", "ap", "dpa", "epa", "efe", "ansa", "upi", "pa media", "press association",
		"bloomberg", "kyodo", "xinhua", "anp", "belga", "apa", "pap", "ctk", "tt", "ntb", "europa press",
		"pti", "ians", "yonhap", "aap", "jiji", "antara", "bernama",
		"тасс", "риа новости", "интерфакс"}
	// domainName marks a site's address in a byline ("Media for Example.com").
	domainName = regexp.MustCompile(`(?i)\w\.(?:com|net|org|co|info|news|in|de|fr|es|it|ru|uk|au)\b`)
	// signoff is a reporter's sign-off at the end of a Korean, Chinese or
	// Japanese story: the name and the role word ("기자", "记者") before the
	// e-mail address, in either order.
	signoff = regexp.MustCompile(`^(?:(\p{Hangul}{2,4})\s*(?:기자|선임기자|객원기자|칼럼니스트|특파원|논설위원)|(?:기자|칼럼니스트|특파원|논설위원)\s*(\p{Hangul}{2,4})|(?:记者|記者)\s*(\p{Han}{2,4})|(\p{Han}{2,4})\s*(?:记者|記者))(?:\s|$|\p{P})`)
	// dateLead is the word left before a date that cutAtDate cut: "Ana
	// Ruiz on", "Ana Ruiz am", "Ana Ruiz le".
	dateLead = regexp.MustCompile(`\s+(?:on|am|le|el|il|op|den|the)$`)
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
// After a comma, one word that follows a full name is where the person
// works or a degree ("Ana Ruiz, Ledger", "Ana Ruiz, MS, RD"), not a
// second person.
func cleanNames(raw string) []string {
	var out, agencyNames []string
	words := 0 // of the last name kept
	parts := bylineParts(raw)
	for i, p := range parts {
		n, prose := cleanName(p.text)
		if prose {
			if p.joined || i+1 < len(parts) && parts[i+1].joined {
				return nil // "The harbour and ferry operators": words of a sentence
			}
			continue // "Ana Ruiz, head of news at …": what she does
		}
		if n == "" {
			continue
		}
		if isAgency(n) {
			agencyNames = append(agencyNames, n)
			continue
		}
		if p.afterComma && words >= 2 && len(strings.Fields(n)) == 1 || words >= 2 && isDegree(n) {
			continue
		}
		n = stripDegree(n)
		out = append(out, n)
		words = len(strings.Fields(n))
	}
	if len(out) == 0 {
		return agencyNames // "Reuters" alone: the agency is the byline
	}
	return out
}

// isDegree reports whether a byline's part is two to four capitals that
// are no agency and no Roman numeral: a degree or a licence ("RN", "MSc"
// written "MSC", "CPP") rather than a person.
func isDegree(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 4 || strings.ToUpper(s) != s || strings.ToLower(s) == s || isAgency(s) {
		return false
	}
	return strings.Trim(s, "IVX") != ""
}

// stripDegree drops a degree after a person's full name: "Ana Ruiz RN"
// is "Ana Ruiz"; "Harbour Port Authority IT" keeps its last word only when
// its other words are not all capitalised.
func stripDegree(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 || !isDegree(words[len(words)-1]) {
		return name
	}
	for _, w := range words[:len(words)-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return name
		}
	}
	return strings.Join(words[:len(words)-1], " ")
}

// bylinePart is one name's text in a byline, and whether a comma, or a
// word that joins ("and", "und", "&"), came before it.
type bylinePart struct {
	text               string
	afterComma, joined bool
}

// bylineParts cuts a byline into the texts of its names: the byline word,
// what follows the names (a place, a date, a weekday) dropped, the list
// split at its separators.
func bylineParts(raw string) []bylinePart {
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
	s = dateLead.ReplaceAllString(s, "")
	var parts []bylinePart
	start, comma, joined := 0, false, false
	for _, loc := range nameSeparators.FindAllStringIndex(s, -1) {
		parts = append(parts, bylinePart{s[start:loc[0]], comma, joined})
		sep := strings.TrimSpace(s[loc[0]:loc[1]])
		comma = sep == ","
		joined = sep == "&" || sep != "" && unicode.IsLetter([]rune(sep)[0])
		start = loc[1]
	}
	return append(parts, bylinePart{s[start:], comma, joined})
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
		for i, w := range rest {
			if strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 3 {
				rest[i] = titleCase(w) // "LEDGER" but "AP"
			}
		}
		return strings.Join(rest, " "), true
	}
	return "", false
}

var (
	// deskWord marks a desk's byline: the paper's staff, a bureau, the
	// wire desk, the newsroom, in the languages of the bylines.
	deskWord = regexp.MustCompile(`(?i)(?:^|[\s-])(?:staff|bureau|desk|newsroom|editorial|wire|team|redaktion|rédaction|redacción|redazione|redação|redactie|redakcja|редакция)(?:$|[\s-])`)
	// deskWords are the words of a desk's byline around the name of the
	// paper: the desk words and the roles that go with them.
	deskWords = map[string]bool{"staff": true, "bureau": true, "desk": true, "newsroom": true,
		"editorial": true, "editor": true, "editors": true, "wire": true, "service": true, "services": true,
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
	datelineAgency = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M} .,'’-]{0,40}?\s*\(([\p{L}]{2,12})\)\s*[-–—]`)
)

func isAgency(s string) bool {
	low := strings.ToLower(s)
	for _, a := range agencies {
		if low == a {
			return true
		}
	}
	return false
}

// cleanName returns the name in one part of a byline, or "" for a role,
// a handle, an account name; prose is set when the part holds words of a
// sentence (a lower-case word that is no name particle) in a script with
// capitals.
func cleanName(s string) (name string, prose bool) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ".,:;|-–—_()[]\"'«»“”／"))
	s = bylinePrefix.ReplaceAllString(s, "")
	s = stripAgency(s)
	if s == "" || len(s) > maxNameLen || strings.ContainsAny(s, "@#0123456789") {
		return "", false
	}
	if roleWord.MatchString(s) || userNames[strings.ToLower(s)] || domainName.MatchString(s) {
		return "", false
	}
	words := strings.Fields(s)
	if len(words) > maxNameWords {
		return "", false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return "", false
	}
	// A single lower-case word is an account name ("jsmith"), not a byline.
	if len(words) == 1 && strings.ToLower(s) == s && strings.ToUpper(s) != s {
		return "", false
	}
	if len(words) > 1 {
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) && !nameParticles[strings.ToLower(w)] && !strings.ContainsAny(w, "'’") {
				return "", true
			}
		}
	}
	if strings.ToUpper(s) == s && letters > 3 {
		s = titleCase(s)
	}
	return s, false
}

// nameParticles are the lower-case words inside a person's name: "Sanne
// de Wit", "Ludwig van Beethoven".
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true,
	"del": true, "della": true, "degli": true, "di": true, "da": true, "das": true, "do": true,
	"dos": true, "du": true, "des": true, "la": true, "le": true, "lo": true, "ten": true, "ter": true,
	"zu": true, "zur": true, "af": true, "av": true, "bin": true, "ibn": true, "bint": true, "al": true,
	"el": true, "y": true, "e": true, "i": true, "vom": true, "op": true, "het": true}

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
