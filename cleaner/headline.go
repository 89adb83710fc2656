package cleaner

import (
	"html"
	"net/url"
	"strings"
	"unicode"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// minHeadlineShare is the least share of the metadata title's length that
// a headline (<h1>) found at its start or end must have to replace it: "Fog
// closes the port | Harbour Ledger | News" gives "Fog closes the port", a
// logo's <h1> "Harbour Ledger" gives nothing.
const minHeadlineShare = 0.4

// headline checks the title the metadata gives (raw, with a site's name
// still on) against the page's <h1> headlines. The headline as the page
// shows it wins when it is the title with a site's suffix or prefix left
// over, or the same words written differently (quotes, punctuation);
// otherwise the title stays. The title wins over a headline that carries
// what the title's cleaning dropped (a section, the site's name), over a
// kicker or date glued before the title's words, and over a headline in
// capitals or in lower case only, which is the page's styling.
func headline(raw string, h1s []string, site string) string {
	title := cleanTitle(raw, site)
	if len(h1s) > 8 {
		h1s = h1s[:8] // a page of many <h1> is a listing: its first ones are enough
	}
	tk, rk := wordKey(title), wordKey(collapseSpace(raw))
	heads := make([]string, 0, len(h1s))
	for _, h := range h1s {
		h = collapseTitleSpace(h)
		if strings.Contains(h, "&") && strings.Contains(h, ";") {
			h = html.UnescapeString(h) // escaped twice by the page: "&amp;#x26;"
		}
		if wordKey(h) == "" || len(h) > 300 || (site != "" && sameName(h, site)) {
			continue
		}
		heads = append(heads, h)
	}
	for _, h := range heads {
		hk := wordKey(h)
		if hk == tk {
			if oneCase(h) && !oneCase(title) {
				return title
			}
			return h
		}
		if fields.Count(tk) >= minKickerTitleWords && len(hk) > len(tk) {
			// "Dec 18 2025 Fog closes the port", "Blog: Fog closes the port"
			if strings.HasSuffix(hk, " "+tk) && isKicker(h, hk[:len(hk)-len(tk)-1]) {
				return title
			}
			// "Fog closes the port | Opinion" beside the title "Fog closes
			// the port | Opinion | Harbour Ledger"
			if strings.HasPrefix(hk, tk+" ") && (rk == hk || strings.HasPrefix(rk, hk+" ")) {
				return title
			}
		}
	}
	if title == "" && len(heads) > 0 {
		return heads[0]
	}
	for _, h := range heads {
		hk := wordKey(h)
		if float64(len(hk)) >= minHeadlineShare*float64(len(tk)) && len(hk) < len(tk) &&
			(strings.HasPrefix(tk, hk+" ") || strings.HasSuffix(tk, " "+hk)) {
			if oneCase(h) {
				if t, ok := sameWordsIn(title, hk); ok {
					return t
				}
			}
			return h
		}
	}
	// A headline that shares a good part of its words with the title
	// (minSharedWords) is the same story's, written for the page rather
	// than for search engines and social cards: the page's wins.
	for _, h := range heads {
		if sharedWords(h, title) >= minSharedWords {
			if oneCase(h) && !oneCase(title) {
				if t, ok := sameWordsIn(title, wordKey(h)); ok {
					return t
				}
				return title
			}
			return h
		}
	}
	return title
}

// minKickerTitleWords is the fewest words a title needs for a headline
// that holds them and more to be taken for the title with furniture
// around it: a title of two words may be a kicker's.
const minKickerTitleWords = 3

// isKicker reports whether the first words of h, whose word key is key,
// are a label or a date set before a headline: "Blog:", "Dec 18 2025",
// "Analyse |"; not "The" or a longer overline, which belong to it.
func isKicker(h, key string) bool {
	words := strings.Fields(h)
	for i := 1; i <= maxKickerWords && i < len(words); i++ {
		pre := strings.Join(words[:i], " ")
		if wordKey(pre) != key {
			continue
		}
		if strings.ContainsAny(pre[len(pre)-1:], ":|>»") {
			return true
		}
		months, nums := 0, 0
		for _, t := range tokenize(pre) {
			switch {
			case t.kind == tokNum:
				nums++
			case t.kind == tokWord && monthNames[strings.ToLower(t.text)] > 0:
				months++
			}
		}
		return nums >= 2 || months > 0 && nums > 0
	}
	return false
}

// maxKickerWords is the most words of a kicker.
const maxKickerWords = 3

// oneCase reports whether s, in a script with capitals, is written in
// capitals only or in small letters only: a headline styled so by the page
// ("FOG CLOSES THE PORT"), not the words as the writer cased them.
func oneCase(s string) bool {
	upper, lower := false, false
	for _, r := range s {
		upper = upper || unicode.IsUpper(r)
		lower = lower || unicode.IsLower(r)
	}
	return upper != lower && fields.Count(s) > 1
}

// sameWordsIn returns the start or end of t whose words are key, as t
// writes them: the title's casing of a headline styled in capitals.
func sameWordsIn(t, key string) (string, bool) {
	words := strings.Fields(t)
	for i := 1; i <= len(words); i++ {
		if head := strings.Join(words[:i], " "); wordKey(head) == key {
			return strings.TrimRight(head, " |-–—:·•"), true
		}
		if tail := strings.Join(words[len(words)-i:], " "); wordKey(tail) == key {
			return strings.TrimLeft(tail, " |-–—:·•"), true
		}
	}
	return "", false
}

// minSharedWords is the least share of a headline's words that the title
// must hold for the headline to replace it. Measured on WCXB's development
// pages (bench/metabench), titles equal to the set's: 0.793 at 0.5, 0.814
// at 0.3, 0.819 at 0.15; 0.3 keeps a margin against a section's <h1>.
const minSharedWords = 0.3

// sharedWords is the share of h's words (two or more) that t has too.
func sharedWords(h, t string) float64 {
	hw := strings.Fields(wordKey(h))
	if len(hw) < 2 {
		return 0
	}
	tw := map[string]bool{}
	for _, w := range strings.Fields(wordKey(t)) {
		tw[w] = true
	}
	n := 0
	for _, w := range hw {
		if tw[w] {
			n++
		}
	}
	return float64(n) / float64(len(hw))
}

// wordKey is s lower case with every run of other characters than letters
// and digits made one space: titles compared by their words.
func wordKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// hostName is the site's name when the page gives none: its host without
// "www." or a mobile prefix.
func hostName(u *url.URL) string {
	if u == nil {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "m.", "amp.", "mobile."} {
		if strings.HasPrefix(h, p) && strings.Count(h, ".") > 1 {
			h = strings.TrimPrefix(h, p)
			break
		}
	}
	return h
}

// tidySiteName drops the stray punctuation a site name comes with: a
// handle's "@", underscores, separators at either end.
// A site name given as an address ("https://www.example.com") is its host.
func tidySiteName(s string) string {
	s = collapseSpace(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		if u, err := url.Parse(s); err == nil {
			return hostName(u)
		}
	}
	return strings.Trim(collapseSpace(strings.ReplaceAll(s, "_", " ")), " |@-–—:·•,;/\\*#~")
}
