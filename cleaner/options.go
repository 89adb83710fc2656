package cleaner

// Options tunes Clean. The zero value is ready to use.
type Options struct {
	// Keep lists boilerplate kinds (see Kinds) that are left in the article
	// instead of removed, such as "related" or "comments".
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
}

const (
	defaultMaxBytes = 16 << 20
	defaultMaxNodes = 200_000
)

// kinds are the classes of boilerplate the cleaner removes.
var kinds = []string{"cookie", "affiliate", "newsletter", "share", "related", "comments", "author-bio", "ad", "button", "nav", "byline", "caption", "standfirst", "notice"}

// Kinds returns the boilerplate kinds that Options.Keep accepts.
func Kinds() []string { return append([]string(nil), kinds...) }

// ValidKind reports whether k is a boilerplate kind.
func ValidKind(k string) bool {
	for _, v := range kinds {
		if v == k {
			return true
		}
	}
	return false
}
