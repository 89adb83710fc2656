// Package charset decodes an HTML page to UTF-8, once.
//
// The encoding is found the way browsers find it, with one guard for the web
// as it is: a byte-order mark wins; then a page that is valid UTF-8 is taken
// as UTF-8 (servers often send a wrong charset=iso-8859-1 header for UTF-8
// pages, while text in a legacy encoding is almost never valid UTF-8); then the
// Content-Type header's charset; then a <meta charset> or http-equiv
// declaration, searched for in the first 64 KiB rather than the first 1 KiB;
// and windows-1252 when nothing is declared.
package charset

import (
	"bytes"
	"fmt"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// metaScan is how far into the page a <meta> declaration is looked for.
const metaScan = 64 << 10

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)`)

// Decode returns body as UTF-8 and the name of the encoding it was read in.
// contentType is the HTTP Content-Type header, or empty.
func Decode(body []byte, contentType string) ([]byte, string, error) {
	if enc, name := bomEncoding(body); enc != nil {
		return transform(enc, name, body)
	}
	if utf8.Valid(body) {
		return body, "utf-8", nil
	}
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain {
		// DetermineEncoding looks at the first 1024 bytes only; pages often
		// declare their charset after a long head of scripts and styles.
		head := body
		if len(head) > metaScan {
			head = head[:metaScan]
		}
		if m := metaCharset.FindSubmatch(head); m != nil {
			if e, n := charset.Lookup(string(m[1])); e != nil {
				enc, name = e, n
			}
		}
	}
	if name == "utf-8" {
		// Declared UTF-8 but not valid: keep what is valid, mark the rest.
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), name, nil
	}
	return transform(enc, name, body)
}

func bomEncoding(b []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

func transform(enc encoding.Encoding, name string, body []byte) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, fmt.Errorf("charset: decode %s: %w", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), name, nil
}
