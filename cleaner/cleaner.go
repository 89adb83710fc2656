package cleaner

import (
	"errors"
	"io"
	"net/url"

	"github.com/pith-news/pith/article"
)

// Clean reads one HTML page from r and returns its article. pageURL is the
// page's address, used to resolve relative links and as the article's
// source_url; it may be nil. The caller closes r.
func Clean(r io.Reader, pageURL *url.URL, opts Options) (*article.Article, error) {
	return nil, errors.New("cleaner: not implemented yet")
}
