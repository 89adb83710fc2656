package blockmodel

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// A labelled line: a label of at most LabelMaxWords words, a colon, and
// LabelRestMinWords to LabelRestMaxWords words after it that end with no
// full stop and hold no second label ("From our archive: How the night
// train lost its sleeper cars", "Step 2: Measure the gap", "Q: How long
// will it take?"). A site sets its cross-links between a story's
// paragraphs so; a story sets its steps, questions and facts so.
const (
	LabelMaxWords     = 5
	LabelRestMinWords = 3
	LabelRestMaxWords = 16
)

// LabelOf returns the label of a labelled line, and whether text is one.
func LabelOf(text string) (string, bool) {
	colon := strings.IndexAny(text, ":：")
	if colon <= 0 {
		return "", false
	}
	label := strings.TrimSpace(text[:colon])
	_, size := utf8.DecodeRuneInString(text[colon:])
	rest := text[colon+size:]
	if n := fields.Count(label); n == 0 || n > LabelMaxWords {
		return "", false
	}
	if n := fields.Count(rest); n < LabelRestMinWords || n > LabelRestMaxWords {
		return "", false
	}
	if strings.ContainsAny(rest, ":：|") {
		return "", false // a line of facts: "Closed: Mon–Fri | 8.30–16.00 Open: …"
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	return label, !strings.ContainsRune(".!;", last)
}

//go:embed labels.bin
var labelsBin []byte

// DefaultLabels returns the embedded label model: the same classifier,
// trained on labels alone (the words before a labelled line's colon), to
// tell a site's cross-link labels ("Also in the valley", "Z archiwum")
// from a story's own ("Step 2", "Q", "Price"). It is an error when the
// embedded file is damaged or empty (a build defect).
var DefaultLabels = sync.OnceValues(func() (*Model, error) {
	return parse(labelsBin)
})
