package article

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is one clean news article. Its JSON form is pith's output schema,
// shared by `pith clean`, the store and the JSON-lines stream; field names
// are snake_case and stable.
type Article struct {
	// URL is the canonical URL of the article (rel=canonical, og:url),
	// or SourceURL when the page names none.
	URL string `json:"url"`
	// SourceURL is the address the page was fetched from or given as.
	SourceURL string `json:"source_url"`
	// Title is the headline, without a " - Site Name" suffix.
	Title string `json:"title"`
	// Authors lists the bylines, one name each.
	Authors []string `json:"authors"`
	// Published and Modified are zero (and omitted) when unknown.
	Published time.Time `json:"published,omitzero"`
	Modified  time.Time `json:"modified,omitzero"`
	// SiteName is the publication's name.
	SiteName string `json:"site_name"`
	// Language is a BCP 47 tag such as "en" or "de-DE", or empty.
	Language string `json:"language"`
	// Description is the standfirst or summary.
	Description string `json:"description"`
	// Image is the absolute URL of the lead image, or empty.
	Image string `json:"image"`
	// Text is the article as plain text, paragraphs separated by a blank
	// line, a list's items marked "- " (or "1. ", "2. " in a numbered list).
	Text string `json:"text"`
	// HTML is the clean article HTML.
	HTML string `json:"html"`
	// WordCount counts the words of Text.
	WordCount int `json:"word_count"`
	// Removed lists what the cleaner stripped and why.
	Removed []Removal `json:"removed"`
	// FetchedAt is when the page was fetched or read.
	FetchedAt time.Time `json:"fetched_at,omitzero"`
}

// Removal records one block of text that the cleaner removed.
type Removal struct {
	// Kind is the class of boilerplate, such as "cookie" or "affiliate".
	Kind string `json:"kind"`
	// Rule names the rule that matched.
	Rule string `json:"rule"`
	// Text is the removed text, shortened when long.
	Text string `json:"text"`
	// Score is the block classifier's probability that the block is
	// boilerplate, for a removal by rule "model"; 0 for the rules' own.
	Score float64 `json:"score,omitempty"`
	// Count is, for a block a site repeats (kind "repeated", rule
	// "site"), the number of the site's articles it was seen in.
	Count int `json:"count,omitempty"`
}

// ContentHash returns a hex SHA-256 of what makes the article itself: its
// title and text. Fetch times and removals do not change it, so two fetches
// of an unchanged article hash the same.
func (a *Article) ContentHash() string {
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// CountWords counts the words of s: runs of characters separated by
// spaces, except that Chinese and Japanese characters, written without
// spaces, count one each, and that a run without a letter or a digit (a
// dash, a list's bullet) is no word.
func CountWords(s string) int {
	n := 0
	cjk, other, in := 0, false, false // the current field's
	end := func() {
		n += cjk
		if other {
			n++
		}
		cjk, other, in = 0, false, false
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case asciiSpace[r]:
				if in {
					end()
				}
			case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9':
				other, in = true, true
			default:
				in = true
			}
			continue
		}
		switch {
		case unicode.IsSpace(r):
			if in {
				end()
			}
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			cjk, in = cjk+1, true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			other, in = true, true
		default:
			in = true
		}
	}
	if in {
		end()
	}
	return n
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
