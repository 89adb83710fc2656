package cleaner

import (
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

const (
	// minDetectChars is the least text the language identifier is asked
	// about; below it, only the page's declared language is taken.
	minDetectChars = 20
	// minOverruleChars is the least text whose language may overrule the
	// page's declaration, and then only when the identifier is sure.
	minOverruleChars = 200
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
	case n >= minOverruleChars && info.IsReliable() && (kin[code] == 0 || kin[code] != kin[primaryLang(declared)]):
		return code
	}
	return declared
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
