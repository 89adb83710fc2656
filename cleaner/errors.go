package cleaner

import "errors"

// Errors returned by Clean. Callers test them with errors.Is.
var (
	// ErrNoArticle means the page holds no article text that could be found.
	ErrNoArticle = errors.New("cleaner: no article found")
	// ErrTooLarge means the input is over Options.MaxBytes or Options.MaxNodes.
	ErrTooLarge = errors.New("cleaner: page too large")
	// ErrNotHTML means the input is not an HTML document (a PDF, an image, binary data).
	ErrNotHTML = errors.New("cleaner: not an HTML page")
	// ErrEmpty means the input is empty.
	ErrEmpty = errors.New("cleaner: empty page")
	// ErrInternal means the cleaner hit a bug on this page; it is reported
	// as an error rather than a panic.
	ErrInternal = errors.New("cleaner: internal error")
)
