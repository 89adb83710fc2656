package cleaner

import (
	"fmt"
	"log/slog"
	"slices"
	"strings"
)

// Options tunes Clean. The zero value is ready to use.
type Options struct {
	// Keep lists boilerplate kinds (see Kinds) that are left in the article
	// instead of removed, such as "related" or "comments". An unknown kind
	// is an error (see Validate).
	Keep []string
	// ContentType is the page's Content-Type header, if it came over HTTP;
	// its charset parameter is honoured. Empty means: detect from the page.
	ContentType string
	// MaxBytes caps the input read; 0 means 16 MiB. A longer page fails with
	// ErrTooLarge.
	MaxBytes int64
	// MaxNodes caps the number of HTML elements; 0 means 200,000. A page
	// with more fails with ErrTooLarge.
	MaxNodes int
	// SiteBlocks are the blocks the page's site repeats under its
	// articles, learned by a crawl (see SiteBlock); nil means none.
	SiteBlocks []SiteBlock
	// RulesOnly judges the article's blocks by the rules alone, without
	// the block classifier. cmd/trainblocks cleans so when it builds the
	// classifier's training data, which must not depend on the classifier
	// already built in.
	RulesOnly bool
	// Logger, when not nil, receives the cleaner's debug records: each
	// removal a guard refused (a markup rule's element that holds much of
	// the page's text, the headline or the story's prose, a link inside a
	// sentence) and a removal before extraction undone because the article
	// shrank with it. Clean logs nothing else.
	Logger *slog.Logger
}

const (
	defaultMaxBytes = 16 << 20
	defaultMaxNodes = 200_000
)

// kinds are the classes of boilerplate the cleaner removes.
var kinds = []string{"cookie", "affiliate", "newsletter", "share", "related", "comments", "author-bio", "ad", "button", "nav", "byline", "caption", "standfirst", "notice", "dialog", "repeated"}

// Kinds returns the boilerplate kinds that Options.Keep accepts.
func Kinds() []string { return append([]string(nil), kinds...) }

// ValidKind reports whether k is a boilerplate kind.
func ValidKind(k string) bool { return slices.Contains(kinds, k) }

// KindError is an entry of Options.Keep that is not a boilerplate kind.
type KindError struct {
	Kind string
}

func (e *KindError) Error() string {
	return fmt.Sprintf("unknown kind %q (want one of %s)", e.Kind, strings.Join(kinds, ", "))
}

// Validate checks o: every Keep entry is one of Kinds, and no cap is
// negative. An unknown kind is a *KindError. Clean calls it; callers that
// take options from a user call it first, to refuse them before any work.
func (o Options) Validate() error {
	for _, k := range o.Keep {
		if !ValidKind(k) {
			return &KindError{Kind: k}
		}
	}
	switch {
	case o.MaxBytes < 0:
		return fmt.Errorf("MaxBytes %d < 0", o.MaxBytes)
	case o.MaxNodes < 0:
		return fmt.Errorf("MaxNodes %d < 0", o.MaxNodes)
	}
	return nil
}
