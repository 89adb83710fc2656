package charset

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// metaScan is how far into the page a <meta> declaration is looked for.
const metaScan = 64 << 10

// Decode returns body as UTF-8 and the name of the encoding it was read in
// (a WHATWG name such as "utf-8", "windows-1252" or "shift_jis").
// contentType is the HTTP Content-Type header, or empty. Bytes that are
// invalid in the chosen encoding become U+FFFD; a byte-order mark is
// dropped.
func Decode(body []byte, contentType string) ([]byte, string, error) {
	if enc, name := bomEncoding(body); enc != nil {
		return transform(enc, name, body)
	}
	headerEnc, headerName := headerCharset(contentType)
	if utf8.Valid(body) && !(strings.HasPrefix(headerName, "utf-16") && bytes.IndexByte(body, 0) >= 0) {
		// An ASCII-only UTF-16 page without a BOM is valid UTF-8 too, but
		// full of NULs; only then is a UTF-16 header believed.
		return body, "utf-8", nil
	}
	enc, name := headerEnc, headerName
	if enc == nil {
		head := body[:min(len(body), metaScan)]
		enc, name = metaCharset(head)
	}
	switch {
	case enc == nil && mostlyUTF8(body):
		enc, name = unicode.UTF8, "utf-8"
	case enc == nil, name == "utf-8" && notUTF8(body):
		// Nothing declared, or UTF-8 declared over bytes that are not:
		// the bytes are a legacy encoding, which their text tells.
		enc, name = guess(body)
	case name == "windows-1252":
		// windows-1252 (or iso-8859-1, which it stands for) is the default
		// of many servers and editors, sent over text in any legacy
		// encoding; a text that reads as another script overrides it.
		if g, gName := guess(body); otherScript[gName] {
			enc, name = g, gName
		}
	}
	if name == "utf-8" {
		// UTF-8 but not valid: keep what is valid, mark the rest.
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

// headerCharset returns the encoding named by a Content-Type header, or nil
// when it names none or one that is not known.
func headerCharset(contentType string) (encoding.Encoding, string) {
	if contentType == "" {
		return nil, ""
	}
	cs := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		cs = params["charset"]
	} else {
		// A malformed header ("text/html; charset=koi8-r; x") still names
		// its charset, and browsers read it.
		cs = charsetParam(contentType)
	}
	if cs == "" {
		return nil, ""
	}
	return charset.Lookup(cs)
}

// metaCharset finds the first <meta charset> or <meta http-equiv> Content-Type
// declaration in head that names a known encoding. It tokenizes rather than
// matching text, so declarations inside comments and scripts do not count.
// As in browsers, a declared UTF-16 means UTF-8 (a UTF-16 page has a BOM).
func metaCharset(head []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) != "meta" {
				continue
			}
			var cs, content string
			pragma := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					pragma = strings.EqualFold(string(v), "content-type")
				case "content":
					content = string(v)
				}
			}
			if cs == "" && pragma {
				cs = charsetParam(content)
			}
			if cs == "" {
				continue
			}
			enc, name := charset.Lookup(cs)
			if enc == nil {
				continue
			}
			if strings.HasPrefix(name, "utf-16") {
				return unicode.UTF8, "utf-8"
			}
			return enc, name
		}
	}
}

// charsetParam returns the charset named in a meta content attribute such as
// "text/html; charset=koi8-r".
func charsetParam(content string) string {
	// Lower-case ASCII bytes only, so that indexes into lower are indexes
	// into content (strings.ToLower changes the length of some text).
	lower := []byte(content)
	for j, c := range lower {
		if 'A' <= c && c <= 'Z' {
			lower[j] = c + 'a' - 'A'
		}
	}
	i := bytes.Index(lower, []byte("charset"))
	if i < 0 {
		return ""
	}
	s := strings.TrimLeft(content[i+len("charset"):], " \t\n\f\r")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.TrimLeft(s[1:], " \t\n\f\r")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if j := strings.IndexByte(s, q); j >= 0 {
			return s[:j]
		}
		return ""
	}
	if j := strings.IndexAny(s, "; \t\n\f\r"); j >= 0 {
		s = s[:j]
	}
	return s
}

// mostlyUTF8 reports whether body, which is not valid UTF-8, reads as UTF-8
// with a few bad bytes: it holds more well-formed multi-byte sequences than
// invalid bytes. Text in a legacy 8-bit encoding almost never forms
// multi-byte UTF-8 sequences.
func mostlyUTF8(body []byte) bool {
	good, bad := utf8Tally(body)
	return good > bad
}

// notUTF8 reports whether body, declared UTF-8, is plainly in another
// encoding: for each well-formed multi-byte sequence it holds more than
// eight invalid bytes. A UTF-8 page damaged here and there holds far more
// good sequences than that, and keeps its declaration.
func notUTF8(body []byte) bool {
	good, bad := utf8Tally(body)
	return bad > 8*good
}

// utf8Tally counts body's well-formed multi-byte UTF-8 sequences and its
// bytes that start none.
func utf8Tally(body []byte) (good, bad int) {
	for i := 0; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return good, bad
}

func transform(enc encoding.Encoding, name string, body []byte) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, fmt.Errorf("charset: decode %s: %w", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), name, nil
}
