package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

var (
	// bylinePrefix matches the words before the names of a byline: "By",
	// "Von", "Par", "Por", "Di", "Door", "Av", "Analysis by", "Autor:",
	// and the Polish "Oprac." ("compiled by"). The one "^" stands before
	// the alternation, not in each branch: so written, the regexp package
	// sees the pattern anchored and tries it at the text's start only,
	// where with a "^" per branch it tried every position of the text.
	bylinePrefix = quickre.MustCompile(`(?i)^(?:\s*(?:(?:read\s+)?more\s+(?:about|from)|about|(?:view\s+)?all\s+(?:posts|articles|stories)\s+by)\s+|\s*(?:(?:analysis|opinion|commentary|review|story|words|text|reporting|written|authored|posted|photos?|interview|articles?|posts|stories)\s+)?(?:by|von|par|por|di|door|av|oprac\.|opracowanie):?(?:\s+|$)|\s*(?:autor|autorin|author|auteur|autore|автор|текст|yazan|yazar|texto?|tekst|redakcja|文|記者)\s*[:：]\s*|\s*(?:autor|autorin|author|auteur|autore|автор)\s+)`)
	// bylineInline finds a byline in a line of other things: "Published
	// 3 May 2021 | By Ana Ruiz". The name begins with a capital, or a
	// letter of a script without case ("by 山田花子").
	bylineInline = quickre.MustCompile(`(?:^\s*|[|·•]\s*)((?i:by|von|par|por|di|door|av)\s+[\p{Lu}\p{Lo}]|(?i:autor|author|автор|текст|yazan|文|記者)\s*[:：])`)
	// bylineTrailer matches what follows the names in a byline: where the
	// reporter files from ("reports from Semple Stadium"), or when the
	// story was published or updated.
	bylineTrailer = quickre.MustCompile(`(?i)(?:^|\s+)(?:last\s+)?(?:(?:reports?|reporting|writes|writing)\s+(?:from|in)|published|updated|veröffentlicht|aktualisiert|publié|publicado|pubblicato|gepubliceerd|opublikowano|опубликовано|publicerad)\b.*$`)
	// nameSeparators split a list of names: commas, "and" in the
	// languages of the bylines above, "&", middle dots and bars.
	nameSeparators = quickre.MustCompile(`\s*(?:[,;/|·•]|\s(?:and|und|et|y|e|en|i|и|och|og|ve|&)\s|、)\s*`)
	// roleWord marks a job title or a desk, not a name.
	roleWord = quickre.MustCompile(`(?i)(?:^|[\s-])(?:editor|editors|editor-at-large|at-large|correspondent|reporter|writer|staff|contributor|contributing|columnist|bureau|desk|photographer|producer|wire|services|director|founder|co-founder|ceo|president|manager|officer|consultant|reviewer|expert|coordinator|specialist|strategist|analyst|team|editorial|newsroom|newsdesk|redaktion|redakteur|redakteurin|korrespondent|korrespondentin|rédaction|correspondant|correspondante|journaliste|redacción|corresponsal|periodista|redazione|redação|redactie|redakcja|редакция|корреспондент|muhabir)(?:$|[\s-])`)
	// agencies are news agencies whose name follows a reporter's, or
	// stands alone where no reporter is named.
	agencies = []string{"the associated press", "associated press", "agence france-presse", "agence france presse",
		"reuters", "afp", "ap", "dpa", "epa", "efe", "ansa", "upi", "pa media", "press association",
		"bloomberg", "kyodo", "xinhua", "anp", "belga", "apa", "pap", "ctk", "čtk", "tt", "ntb", "europa press",
		"pti", "ians", "yonhap", "aap", "jiji", "antara", "bernama",
		"lusa", "adnkronos", "ritzau", "keystone-sda", "stt", "mti", "agerpres",
		"тасс", "риа новости", "интерфакс"}
	// domainName marks a site's address in a byline ("Media for Example.com").
	domainName = quickre.MustCompile(`(?i)\w\.(?:com|net|org|co|info|news|in|de|fr|es|it|ru|uk|au)\b`)
	// signoff is a reporter's sign-off at the end of a Korean, Chinese or
	// Japanese story: the name and the role word ("기자", "记者") before the
	// e-mail address, in either order.
	signoff = quickre.MustCompile(`^(?:(\p{Hangul}{2,4})\s*(?:기자|선임기자|객원기자|칼럼니스트|특파원|논설위원)|(?:기자|칼럼니스트|특파원|논설위원)\s*(\p{Hangul}{2,4})|(?:记者|記者)\s*(\p{Han}{2,4})|(\p{Han}{2,4})\s*(?:记者|記者))(?:\s|$|\p{P})`)
	// dateLead is the word left before a date that cutAtDate cut: "Ana
	// Ruiz on", "Ana Ruiz am", "Ana Ruiz le".
	dateLead = quickre.MustCompile(`\s+(?:on|am|le|el|il|op|den|the)$`)
	// weekdayTrailer is a weekday after the names: "Ana Ruiz Monday".
	weekdayTrailer = quickre.MustCompile(`(?i)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.*$`)
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
		if p.afterComma && words >= 2 && fields.Count(n) == 1 || words >= 2 && isDegree(n) {
			continue
		}
		n = stripDegree(n)
		out = append(out, n)
		words = fields.Count(n)
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

// splitGluedMonth puts a space before a month glued to the name before
// it and followed by a number ("Ana RuizMarch 3, 2021"). It looks at the
// first capitalised word glued to a small letter before it and followed,
// after an optional full stop and spaces, by a digit; nothing is changed
// when that word is not a month. (A scan rather than a regexp: compiling
// one cost a one-page clean a tenth of a millisecond.)
func splitGluedMonth(s string) string {
	prevLower := false
	for i, r := range s {
		if !prevLower || !unicode.IsUpper(r) {
			prevLower = unicode.IsLower(r)
			continue
		}
		word := i + utf8.RuneLen(r) // the word: this capital, then small letters
		for word < len(s) {
			c, size := utf8.DecodeRuneInString(s[word:])
			if !unicode.IsLower(c) {
				break
			}
			word += size
		}
		end := strings.TrimPrefix(s[word:], ".")
		rest := strings.TrimLeft(end, " \t\n\f\r")
		if word == i+utf8.RuneLen(r) || len(rest) == len(end) || rest == "" || rest[0] < '0' || rest[0] > '9' {
			prevLower = false // a capital: the next one is not glued to a small letter
			continue
		}
		if monthNames[strings.ToLower(s[i:word])] == 0 {
			return s
		}
		return s[:i] + " " + s[i:]
	}
	return s
}

// splitGluedWords puts a space in each run of three capitals or more
// followed by a small letter, before the last capital: a byline and its
// agency run together, "IDA MORROWAssociated Press".
func splitGluedWords(s string) string {
	var b strings.Builder
	done, caps, last := 0, 0, 0 // caps in the current run; last: where its last one begins
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
			last = i
			continue
		case caps >= 3 && unicode.IsLower(r):
			b.WriteString(s[done:last])
			b.WriteByte(' ')
			done = last
		}
		caps = 0
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
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
	s = splitGluedWords(s)
	s = splitGluedMonth(s)
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
	if i := strings.Index(s, " ("); i > 0 && fields.Count(s[:i]) >= 2 {
		s = s[:i] // "Ana Ruiz (Harbour Ledger)": where she works
	}
	if s == "" || len(s) > maxNameLen || strings.ContainsAny(s, "@#0123456789") {
		return "", false
	}
	if low := strings.ToLower(strings.TrimSuffix(s, ".")); monthNames[low] > 0 || weekdayTrailer.MatchString(" "+low) || shortWeekdays[low] {
		return "", false // "Dec", "Sat": a date's month or day, cut from its number
	}
	if roleWord.MatchString(s) || userNames[strings.ToLower(s)] || buttonWords[strings.ToLower(s)] || domainName.MatchString(s) {
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

// shortWeekdays are the days' short names in the bylines' languages.
var shortWeekdays = map[string]bool{"mon": true, "tue": true, "tues": true, "wed": true, "thu": true,
	"thur": true, "thurs": true, "fri": true, "sat": true, "sun": true, "mo": true, "di": true,
	"mi": true, "do": true, "fr": true, "sa": true, "so": true, "lun": true, "mar": true, "mer": true,
	"jeu": true, "ven": true, "sam": true, "dim": true}

// buttonWords are the labels of an author box's links and buttons.
var buttonWords = map[string]bool{"more": true, "learn more": true, "read more": true, "see all": true,
	"view all": true, "follow": true, "contact": true, "bio": true, "full bio": true, "profile": true,
	"name": true}

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
