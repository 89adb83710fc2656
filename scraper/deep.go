package scraper

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/pith-news/pith/internal/machinery/flatten"
)

// readDeep reads an HTML page that the parser refused as nested too
// deeply: it flattens it and reads the result. It returns the flattened
// body and what it holds, or false when even that cannot be parsed.
func readDeep(u *url.URL, body []byte) ([]byte, *htmlInfo, bool) {
	flat := flatten.Page(body)
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(flat))
	if err != nil {
		return nil, nil, false
	}
	info := readHTML(u, doc.Selection)
	return flat, &info, true
}

// isHTMLType reports whether a media type is HTML or XHTML.
func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml" || strings.HasSuffix(mt, "+html")
}
