package charset

import (
	"bytes"

	"github.com/saintfish/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// A page that declares no encoding, or declares UTF-8 over bytes that are
// not, is in some legacy encoding: windows-1251 or KOI8-R for Russian,
// windows-1250 for Polish or Czech, Shift_JIS for Japanese. Reading it all
// as windows-1252, as before, turned such a page's text into Latin
// letters ("Ïðèâåò" for "Привет") or into U+FFFD. guess asks ICU's
// detector (github.com/saintfish/chardet, a port of ICU's n-gram
// recognisers, which colly already links) which encoding the page's text
// reads as. The detector sees only text, not markup, scripts or styles,
// and only the runs of text that hold a byte over 0x7F: a long head of
// scripts would otherwise fill its 8 KB window with ASCII.

// guessMinConfidence is the detector's confidence (0-100) below which
// windows-1252 stays: a few accented words are too little to go by.
const guessMinConfidence = 30

// guessSample is how much text the detector reads; it reads no more.
const guessSample = 8 << 10

// guessScan is how far into the page its text is looked for: a Western
// page labelled windows-1252 holds few bytes over 0x7F, and would
// otherwise be tokenized to its end on every clean.
const guessScan = 256 << 10

// otherScript holds the encodings whose text is not in Latin letters. A
// page labelled windows-1252 whose text reads as one of them is in it:
// Latin text in windows-1252 does not read as Cyrillic, Greek, Hebrew,
// Arabic, Japanese, Chinese or Korean, while a Central European text
// (windows-1250) and a Western one can read as each other, so the label
// stays for those.
var otherScript = map[string]bool{
	"windows-1251": true, "koi8-r": true, "iso-8859-5": true,
	"windows-1253": true, "iso-8859-7": true,
	"windows-1255": true, "iso-8859-8": true,
	"windows-1256": true, "iso-8859-6": true,
	"shift_jis": true, "euc-jp": true, "iso-2022-jp": true,
	"gbk": true, "gb18030": true, "big5": true, "euc-kr": true,
}

// guess returns the legacy encoding body's text most likely is in, or
// windows-1252 when the detector is not confident or names an encoding
// that is not a legacy one.
func guess(body []byte) (encoding.Encoding, string) {
	sample := textSample(body)
	if len(sample) == 0 {
		return charmap.Windows1252, "windows-1252"
	}
	r, err := chardet.NewTextDetector().DetectBest(sample)
	if err != nil || r.Confidence < guessMinConfidence {
		return charmap.Windows1252, "windows-1252"
	}
	cs := r.Charset
	if centralEuropean[r.Language] && (cs == "ISO-8859-1" || cs == "windows-1252") {
		// The port builds its Czech, Hungarian, Polish and Romanian
		// recognisers with the ISO-8859-1 constructor, so they name the
		// Western encodings: a text in one of those languages is in
		// ICU's ISO-8859-2, or windows-1250 when it holds bytes
		// 0x80-0x9F, as ICU names them.
		cs = "ISO-8859-2"
		if c1Bytes(sample) {
			cs = "windows-1250"
		}
	}
	enc, name := charset.Lookup(cs)
	switch {
	case enc == nil, name == "utf-8", name == "utf-16be", name == "utf-16le", name == "replacement":
		return charmap.Windows1252, "windows-1252"
	}
	return enc, name
}

// textSample returns up to guessSample bytes of the text in body's first
// guessScan bytes that hold a byte over 0x7F, outside scripts, styles and
// templates, runs joined by spaces. The tokenizer reads the bytes of any
// ASCII-compatible encoding.
func textSample(body []byte) []byte {
	var out []byte
	skip := 0 // inside a script, style, template or noscript
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), guessScan)]))
	for len(out) < guessSample {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				skip++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				skip = max(0, skip-1)
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := z.Raw()
			if !highByte(t) {
				continue
			}
			out = append(out, bytes.TrimSpace(t)...)
			out = append(out, ' ')
		}
	}
	return out[:min(len(out), guessSample)]
}

// centralEuropean holds the languages of ICU's ISO-8859-2 recognisers.
var centralEuropean = map[string]bool{"cs": true, "hu": true, "pl": true, "ro": true}

// c1Bytes reports whether b holds a byte 0x80-0x9F: a control in ISO-8859-2,
// a letter or sign in windows-1250.
func c1Bytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 && c <= 0x9F {
			return true
		}
	}
	return false
}

func highByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
