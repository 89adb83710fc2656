package blockmodel

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// Position says where a block sits in the article.
type Position int

const (
	PosUnknown   Position = iota // training text with no page around it
	PosFirst                     // among the first two blocks
	PosMiddle                    // between the story's long paragraphs
	PosTail                      // after the last long paragraph
	PosLast                      // among the last four blocks
	PosAside                     // in an aside or a footer inside the article
	positionSize                 // number of positions
)

var posNames = [positionSize]string{"unknown", "first", "middle", "tail", "last", "aside"}

func (p Position) String() string {
	if p < 0 || p >= positionSize {
		return "unknown"
	}
	return posNames[p]
}

// Block is what the classifier reads of one block.
type Block struct {
	Text        string
	Pos         Position
	LinkDensity float64  // share of the text inside links
	Links       []string // the links' targets (href)
	Form        bool     // holds an input, select, textarea or button
	Emphasis    bool     // wholly in <em>, <i>, <strong>, <b> or <small>
	Heading     bool
	ListItem    bool
	Lang        string // the page's language, "en", "de" (primary subtag)
}

// Hash spaces of the two models, in bits.
const (
	binaryBits = 18
	kindBits   = 14
)

// maxTextRunes caps the text read for n-grams: a block's nature shows in
// its first sentences, and a long block is rarely boilerplate.
const maxTextRunes = 600

// feature is one hashed feature with its value.
type feature struct {
	h uint32
	v float32
}

// features turns a block into hashed features. The n-grams of the text are
// weighted so that their squared values sum to one (a long block does not
// outvote a short one); the structural features count one each.
func features(b Block) []feature {
	var sc scratch
	return sc.features(b)
}

// scratch holds the buffers of features, for a caller that reuses them.
type scratch struct {
	fs     []feature
	starts []int
}

// features is features(b) in sc's buffers: the result is valid until the
// next call.
func (sc *scratch) features(b Block) []feature {
	text := normalize(b.Text)
	// The n-grams are hashed straight from the UTF-8 of " text ", in the
	// order they always were: every 3-gram, then every 4-gram, then every
	// 5-gram. starts holds each rune's offset and the end, so that a
	// position's three hashes share one pass over its first five runes.
	padded := " " + text + " "
	starts := sc.starts[:0]
	for i := range padded {
		starts = append(starts, i)
		if len(starts) > maxTextRunes {
			break // starts[maxTextRunes] ends the last rune read
		}
	}
	if len(starts) <= maxTextRunes {
		starts = append(starts, len(padded))
	}
	runes := len(starts) - 1
	grams := 0
	for n := 3; n <= 5; n++ {
		grams += max(runes-n+1, 0)
	}
	sc.starts = starts
	out := slices.Grow(sc.fs[:0], grams+32)[:grams]
	if grams > 0 {
		w := float32(1 / math.Sqrt(float64(grams)))
		n3, n4 := max(runes-2, 0), max(runes-3, 0)
		for i := 0; i+3 <= runes; i++ {
			h := uint32(fnvOffset)
			h = (h ^ uint32('g')) * fnvPrime
			for k := 0; k < 5 && i+k < runes; k++ {
				for _, c := range []byte(padded[starts[i+k]:starts[i+k+1]]) {
					h = (h ^ uint32(c)) * fnvPrime
				}
				switch k {
				case 2:
					out[i] = feature{h, w}
				case 3:
					out[n3+i] = feature{h, w}
				case 4:
					out[n3+n4+i] = feature{h, w}
				}
			}
		}
	}
	words := fields.Count(text)
	pos := b.Pos.String()
	add := func(parts ...string) { out = append(out, feature{hashParts(parts), 1}) }
	add("bias")
	add("pos:", pos)
	lb := lengthBucket(words)
	add("len:", lb)
	add("pos:", pos, "&len:", lb)
	ld := "none"
	switch {
	case b.LinkDensity >= 0.7:
		ld = "high"
	case b.LinkDensity >= 0.3:
		ld = "mid"
	case b.LinkDensity > 0:
		ld = "low"
	}
	add("ld:", ld)
	add("pos:", pos, "&ld:", ld)
	for _, t := range LinkTargets(b.Links) {
		add("link:", t)
		add("pos:", pos, "&link:", t)
	}
	if b.Form {
		add("form")
	}
	if b.Emphasis {
		add("emphasis")
		add("pos:", pos, "&emphasis")
	}
	if b.Heading {
		add("heading")
	}
	if b.ListItem {
		add("listitem")
	}
	lang := MacroLanguage(b.Lang)
	if lang != "" {
		add("lang:", lang)
	}
	// The voice is not read in the first blocks, where a blog's or a
	// liveblog's own lede often says "we" or "you" (cross-validated, it
	// cost more article blocks there than it found boilerplate).
	you, we := false, false
	if b.Pos != PosFirst {
		you, we = voice(b.Text, text, lang)
	}
	if you {
		add("voice:you")
		add("pos:", pos, "&voice:you")
	}
	if we {
		add("voice:we")
		add("pos:", pos, "&voice:we")
	}
	for _, sh := range shape(b.Text) {
		add("shape:", sh)
		add("pos:", pos, "&shape:", sh)
		if you {
			add("voice:you&shape:", sh)
		}
		if we {
			add("voice:we&shape:", sh)
		}
	}
	sc.fs = out
	return out
}

func lengthBucket(words int) string {
	switch {
	case words <= 3:
		return "1-3"
	case words <= 8:
		return "4-8"
	case words <= 20:
		return "9-20"
	case words <= 50:
		return "21-50"
	case words <= 120:
		return "51-120"
	}
	return "121+"
}

// LinkTargets names the kinds of places links go to: "privacy",
// "cookie", "subscribe" (a sign-up, subscription, membership or donation
// page), "account", "social", "shop", "mail", "app". The model reads them
// as features of a block's links.
func LinkTargets(links []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range links {
		l = strings.ToLower(l)
		for _, t := range targetWords {
			if seen[t.name] {
				continue
			}
			for _, w := range t.words {
				if strings.Contains(l, w) {
					seen[t.name] = true
					out = append(out, t.name)
					break
				}
			}
		}
	}
	return out
}

var targetWords = []struct {
	name  string
	words []string
}{
	{"privacy", []string{"privacy", "datenschutz", "confidentialit", "privacidad", "privacidade", "riservatezza", "privacybeleid", "prywatno", "integritet", "gdpr", "rgpd", "dsgvo"}},
	{"cookie", []string{"cookie"}},
	{"subscribe", []string{"subscribe", "subscription", "newsletter", "signup", "sign-up", "register", "abonn", "abo.", "/abo", "suscrip", "assinatura", "abbonamento", "membership", "member", "donate", "support-us", "spenden", "prenumer", "predplat", "předplat", "prenumerat"}},
	{"account", []string{"login", "log-in", "signin", "sign-in", "account", "konto", "compte", "cuenta", "conta"}},
	{"social", []string{"facebook.com", "twitter.com", "x.com/", "instagram.com", "linkedin.com", "tiktok.com", "youtube.com", "whatsapp", "t.me/", "telegram", "pinterest", "bsky.app", "threads.net", "mastodon", "news.google"}},
	{"shop", []string{"amazon.", "amzn.to", "ebay.", "/shop", "tag=", "affiliate", "awin", "skimlinks", "go.redirectingat", "click.linksynergy", "shareasale", "?ref=", "rstyle.me"}},
	{"mail", []string{"mailto:"}},
	{"app", []string{"apps.apple.com", "play.google.com", "itunes.apple.com"}},
}

// normalize lower-cases text and keeps letters and digits, with one space
// between runs.
func normalize(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// hashParts is FNV-1a over the prefix byte 'f' and the parts joined,
// without joining them.
func hashParts(parts []string) uint32 {
	h := uint32(fnvOffset)
	h = (h ^ uint32('f')) * fnvPrime
	for _, s := range parts {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint32(s[i])) * fnvPrime
		}
	}
	return h
}

// MacroLanguage is lang (a primary tag) as the training data and the
// cleaner's word lists name it: Norwegian's two written standards, bokmål
// ("nb", the tag most Norwegian sites give) and nynorsk ("nn"), are its
// macrolanguage "no".
func MacroLanguage(lang string) string {
	switch lang {
	case "nb", "nn":
		return "no"
	}
	return lang
}
