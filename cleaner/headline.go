package cleaner

import (
	"net/url"
	"strings"
	"unicode"
)

// minHeadlineShare is the least share of the metadata title's length that
// a headline (<h1>) found at its start or end must have to replace it: "Fog
// closes the port | Harbour Ledger | News" gives "Fog closes the port", a
// logo's <h1> "Harbour Ledger" gives nothing.
const minHeadlineShare = 0.4

// headline checks the title the metadata gives against the page's <h1>
// headlines. The headline as the page shows it wins when it is the title
// with a site's suffix or prefix left over, or the same words written
// differently (case, quotes, punctuation); otherwise the title stays.
func headline(title string, h1s []string, site string) string {
	if len(h1s) > 8 {
		h1s = h1s[:8] // a page of many <h1> is a listing: its first ones are enough
	}
	tk := wordKey(title)
	for _, h := range h1s {
		h = collapseSpace(h)
		hk := wordKey(h)
		if hk == "" || len(h) > 300 || (site != "" && sameName(h, site)) {
			continue
		}
		if hk == tk {
			return h
		}
	}
	if title == "" && len(h1s) > 0 {
		return collapseSpace(h1s[0])
	}
	for _, h := range h1s {
		h = collapseSpace(h)
		hk := wordKey(h)
		if hk == "" || len(h) > 300 || (site != "" && sameName(h, site)) {
			continue
		}
		if float64(len(hk)) >= minHeadlineShare*float64(len(tk)) && len(hk) < len(tk) &&
			(strings.HasPrefix(tk, hk+" ") || strings.HasSuffix(tk, " "+hk)) {
			return h
		}
	}
	// A headline that shares a good part of its words with the title
	// (minSharedWords) is the same story's, written for the page rather
	// than for search engines and social cards: the page's wins.
	for _, h := range h1s {
		h = collapseSpace(h)
		if len(h) > 300 || (site != "" && sameName(h, site)) {
			continue
		}
		if sharedWords(h, title) >= minSharedWords {
			return h
		}
	}
	return title
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
