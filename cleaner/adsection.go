package cleaner

import (
	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/machinery/fields"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// adLabel is the label a site puts on a paid placement, in the languages
// pith knows: "Sponsored", "Anzeige", "Gesponsord", "Sponsorowane". These
// open a heading as "Label: title" too. The words that also name the
// subject (advertising: "Werbung", "Publicidad", "Reklama") count only in
// brackets, adBracketLabel, since "Werbung: was Kinder sehen" heads a
// story's section about it.
const (
	adLabel = `(sponsored|sponsor|advertisement|advertorial|paid post|paid content|partner content|promoted|` +
		`anzeige|gesponsert|sponsorisé|publi-?reportage|patrocinado|sponsorizzato|advertentie|gesponsord|` +
		`sponsorowane|sponsorowany|annons|sponsrad|sponzorováno|inzerce|komerční sdělení)`
	adBracketLabel = `(sponsored|sponsor|advertisement|advertorial|advert|ad|paid post|paid content|partner content|promoted|` +
		`anzeige|werbung|gesponsert|sponsorisé|publicité|publi-?reportage|publicidad|patrocinado|pubblicità|sponsorizzato|` +
		`advertentie|gesponsord|publicidade|reklama|sponsorowane|sponsorowany|annons|sponsrad|sponzorováno|inzerce|komerční sdělení)`
)

// adHeadingRe matches a heading that names a paid placement and labels it
// so: "Advertisement: A new course", "[Anzeige] Ein neues Konto", "Faster
// builds with one tool (Sponsored)". A label alone ("Advertisement") heads
// an ad slot, not a section of text, and the label rules take it.
var adHeadingRe = quickre.MustCompile(`(?i)^(` + adLabel + `\s*[:|–—]\s*\S.*|[\[(]` + adBracketLabel + `[\])]\s*\S.*|.*\S\s*[\[(]` + adBracketLabel + `[\])])$`)

// An ad's heading has at most adHeadingMaxWords words. Its section ends at
// the next heading or rule, or at the story's end; it holds at most
// adSectionMaxBlocks elements and adSectionMaxWords words, and never more
// than adSectionMaxShare of the story's words: a story that is all one
// sponsored piece is not cut to nothing.
const (
	adHeadingMaxWords  = 15
	adSectionMaxBlocks = 12
	adSectionMaxWords  = 400
	adSectionMaxShare  = 0.34
)

// adHeading reports whether heading b labels the section under it as a
// paid placement, with the section's elements (from first, up to the next
// heading or rule; sectionFrom) when it is short enough to be one of the
// story under root.
func adHeading(b, first *html.Node, text string, root *html.Node) ([]*html.Node, bool) {
	if !isHeading(b) || fields.Count(text) > adHeadingMaxWords || !adHeadingRe.MatchString(collapseSpace(text)) {
		return nil, false
	}
	maxWords := min(adSectionMaxWords, int(adSectionMaxShare*float64(wordsIn(root))))
	section, fits := sectionFrom(first, true, adSectionMaxBlocks, maxWords)
	if !fits {
		return nil, false
	}
	return section, true
}
