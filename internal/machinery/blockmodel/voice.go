package blockmodel

import (
	"strings"

	"github.com/pith-news/pith/internal/machinery/quotes"
)

// Voice: whom a block speaks to and as whom. Boilerplate addresses the
// reader ("you", "Sie", "vous") and speaks as the publisher ("we", "our",
// "wir", "nous"); a story speaks of third parties, and its "we" and "you"
// are mostly inside quotations. The pronouns are listed per language, so
// that the feature carries over to phrasings the n-grams have not seen.

// voiceWords holds, per language (primary subtag), the forms that address
// the reader and those that speak as "we". Forms that are as often
// something else in the language ("sie", "ihr" in German) are left out.
var voiceWords = map[string][2][]string{
	"en": {{"you", "your", "yours", "yourself"}, {"we", "our", "ours", "us"}},
	"de": {{"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure"}, {"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer"}},
	"fr": {{"vous", "votre", "vos", "tu", "ton", "ta", "tes", "toi"}, {"nous", "notre", "nos"}},
	"es": {{"tú", "tu", "tus", "usted", "ustedes", "vosotros", "vuestro", "vuestra", "te"}, {"nosotros", "nuestro", "nuestra", "nuestros", "nuestras"}},
	"it": {{"tu", "tuo", "tua", "tuoi", "tue", "voi", "vostro", "vostra", "ti"}, {"noi", "nostro", "nostra", "nostri", "nostre"}},
	"pt": {{"você", "vocês", "teu", "tua", "teus", "tuas"}, {"nós", "nosso", "nossa", "nossos", "nossas"}},
	"nl": {{"je", "jij", "jouw", "jullie", "u", "uw"}, {"wij", "we", "ons", "onze"}},
	"pl": {{"ty", "twój", "twoja", "twoje", "wasz", "wasza", "państwo"}, {"my", "nasz", "nasza", "nasze", "naszych", "naszej"}},
	"sv": {{"du", "dig", "din", "ditt", "dina"}, {"vi", "oss", "vår", "vårt", "våra"}},
	"da": {{"du", "dig", "din", "dit", "dine"}, {"vi", "os", "vores"}},
	"no": {{"du", "deg", "din", "ditt", "dine"}, {"vi", "oss", "vår", "vårt", "våre"}},
	"cs": {{"ty", "tvůj", "vy", "váš", "vaše", "vás"}, {"my", "náš", "naše", "nás"}},
	"ro": {{"tu", "tău", "ta", "voi", "dumneavoastră"}, {"noi", "nostru", "noastră"}},
	"fi": {{"sinä", "sinun", "te", "teidän"}, {"me", "meidän"}},
	"hu": {{"te", "ön", "önök"}, {"mi", "mienk"}},
	"tr": {{"sen", "seni", "sana", "senin", "siz", "sizi", "size", "sizin", "sizler"}, {"biz", "bize", "bizi", "bizim", "bizler"}},
}

// voiceSets are voiceWords as sets.
var voiceSets = func() map[string][2]map[string]bool {
	out := map[string][2]map[string]bool{}
	for lang, ws := range voiceWords {
		var sets [2]map[string]bool
		for i := range ws {
			sets[i] = map[string]bool{}
			for _, w := range ws[i] {
				sets[i][w] = true
			}
		}
		out[lang] = sets
	}
	return out
}()

// voice reports whether text, outside its quotations, addresses the
// reader and whether it speaks as "we", in the words of lang (English
// when lang has no list). norm is normalize(text), reused when text
// quotes nothing.
func voice(text, norm, lang string) (you, we bool) {
	sets, ok := voiceSets[lang]
	if !ok {
		sets = voiceSets["en"]
	}
	if uq, quoted := quotes.Strip(text); quoted {
		norm = normalize(uq)
	}
	for norm != "" {
		w, rest, _ := strings.Cut(norm, " ")
		you = you || sets[0][w]
		we = we || sets[1][w]
		norm = rest
	}
	return you, we
}

// Voice reports whether text, outside its quotations, addresses the
// reader ("you") or speaks as "we", in language lang (a primary tag).
func Voice(text, lang string) (you, we bool) {
	return voice(text, normalize(text), MacroLanguage(lang))
}
