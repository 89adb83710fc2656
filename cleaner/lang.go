package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

const (
	// minDetectChars is the least text the language identifier is asked
	// about; below it, only the page's declared language is taken.
	minDetectChars = 20
	// minOverruleChars is the least text whose language may overrule the
	// page's declaration, and then only when the identifier is sure;
	// text in another script than the declared language's may be shorter.
	minOverruleChars = 200
	// maxDetectBytes is the most text the identifier reads.
	maxDetectBytes = 400
)

// kin are languages the identifier tells apart poorly from short text: a
// declaration naming one of a group is not overruled by another of it.
var kin = map[string]int{
	"da": 1, "no": 1, "nb": 1, "nn": 1, "sv": 1,
	"hr": 2, "sr": 2, "bs": 2, "sl": 2, "mk": 2,
	"id": 3, "ms": 3,
	"es": 4, "gl": 4, "ca": 4, "pt": 4,
	"cs": 5, "sk": 5,
	"ru": 6, "uk": 6, "be": 6, "bg": 6,
	"zh": 7, "ja": 7,
	"hi": 8, "mr": 8, "ne": 8,
}

// pageLanguage returns the page's language: the one it declares, checked
// against the language of a sample of its paragraph text. When the text is
// long enough and the identifier sure, and the two differ, the text wins;
// without a declaration the identifier's best guess is taken.
func pageLanguage(declared, sample string) string {
	declared = normalizeLang(declared)
	n := utf8.RuneCountInString(sample)
	if n < minDetectChars {
		return declared
	}
	if declared != "" && plausible(primaryLang(declared), sample) {
		return declared // the identifier, a thousand times dearer, is not asked
	}
	if len(sample) > maxDetectBytes {
		cut := maxDetectBytes
		for cut > 0 && !utf8.RuneStart(sample[cut]) {
			cut--
		}
		sample = sample[:cut] // the identifier's cost grows with the text
	}
	info := whatlanggo.Detect(sample)
	code := info.Lang.Iso6391()
	if code == "" {
		code = info.Lang.Iso6393()
	}
	switch {
	case code == "":
		return declared
	case declared == "":
		return code
	case primaryLang(declared) == code:
		return declared
	case (n >= minOverruleChars || scriptOf(sample) != scriptFor(primaryLang(declared))) &&
		info.IsReliable() && (kin[code] == 0 || kin[code] != kin[primaryLang(declared)]):
		return code
	}
	return declared
}

// stopwords are frequent short words of the languages written in the Latin
// script that the cheap check tells apart.
var stopwords = map[string]string{}

func init() {
	for lang, words := range map[string]string{
		"en": "the and of to in is that for it with was on as are be this by at from have not but",
		"de": "der die und den das ist nicht sich mit auf ein eine dem des von zu im für auch wird werden",
		"fr": "le la les et des est une pour dans qui que pas sur du au avec ce sont il elle aux",
		"es": "el los las del que por una para con es se lo como más pero sus al ha fue muy",
		"it": "il che della di per non una sono gli con del alla nel anche le ha si più questo dei",
		"pt": "os que do da em um uma para com não as dos das no na ao se mais foi são",
		"nl": "de het een van en is dat op te zijn niet met voor er ook aan bij om door naar",
		"pl": "się nie na jest że do to jak po za od ale przez tak już dla czy przy",
		"sv": "och att det som en på är av för med till den har inte om ett var jag",
		"tr": "ve bir bu için ile da de olan çok daha gibi ama olarak kadar sonra en",
	} {
		for _, w := range strings.Fields(words) {
			if _, taken := stopwords[w]; !taken {
				stopwords[w] = lang
			}
		}
	}
}

// minStopwords is the least count of another language's stopwords that
// puts a declaration in doubt.
const minStopwords = 3

// plausible reports, cheaply, whether sample can be in lang: its letters
// are in lang's script and, for a language of the stopword table, no other
// language's stopwords (minStopwords at least) outnumber lang's.
func plausible(lang, sample string) bool {
	if scriptOf(sample) != scriptFor(lang) {
		return false
	}
	if _, known := stopwordLangs[lang]; !known {
		return true
	}
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(sample), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if l, ok := stopwords[w]; ok {
			counts[l]++
		}
	}
	for l, c := range counts {
		if l != lang && c >= minStopwords && c > counts[lang] {
			return false
		}
	}
	return true
}

var stopwordLangs = map[string]bool{"en": true, "de": true, "fr": true, "es": true, "it": true,
	"pt": true, "nl": true, "pl": true, "sv": true, "tr": true}

// scriptFor is the script a language is written in: a name for the
// scripts scriptOf tells apart, "latin" for the rest.
func scriptFor(lang string) string {
	switch lang {
	case "ru", "uk", "be", "bg", "mk", "kk", "ky", "mn", "tg", "sr":
		return "cyrillic"
	case "el":
		return "greek"
	case "ar", "fa", "ur", "ps":
		return "arabic"
	case "he", "yi":
		return "hebrew"
	case "zh", "ja":
		return "han"
	case "ko":
		return "hangul"
	case "th":
		return "thai"
	case "hi", "mr", "ne":
		return "devanagari"
	}
	return "latin"
}

// scriptOf is the script of most of the letters of s.
func scriptOf(s string) string {
	counts := map[string]int{}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		switch {
		case r < 0x250:
			counts["latin"]++
		case unicode.Is(unicode.Cyrillic, r):
			counts["cyrillic"]++
		case unicode.Is(unicode.Greek, r):
			counts["greek"]++
		case unicode.Is(unicode.Arabic, r):
			counts["arabic"]++
		case unicode.Is(unicode.Hebrew, r):
			counts["hebrew"]++
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			counts["han"]++
		case unicode.Is(unicode.Hangul, r):
			counts["hangul"]++
		case unicode.Is(unicode.Thai, r):
			counts["thai"]++
		case unicode.Is(unicode.Devanagari, r):
			counts["devanagari"]++
		default:
			counts["other"]++
		}
	}
	best, n := "", 0
	for k, c := range counts {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

func normalizeLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 35 {
		return ""
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return "" // not a language tag
		}
	}
	parts := strings.Split(s, "-")
	parts[0] = strings.ToLower(parts[0])
	if parts[0] == "x" || parts[0] == "und" || parts[0] == "mul" || len(parts[0]) > 3 {
		return "" // private, undetermined or multiple: no language
	}
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 2 {
			parts[i] = strings.ToUpper(parts[i])
		}
	}
	return strings.Join(parts, "-")
}
