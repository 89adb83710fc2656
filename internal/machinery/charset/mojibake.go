package charset

import (
	"strings"
	"unicode/utf8"
)

// Mojibake: text that was UTF-8, read as Windows-1252 (or Latin-1) and
// written out again as UTF-8, so that "’" shows as "â€™", "é" as "Ã©"
// and a no-break space as "Â ". Some sites serve their pages so, in bytes
// or in entities ("&acirc;&euro;&trade;"); no charset label can undo it,
// because the page is valid UTF-8 of the wrong characters.
//
// RepairMojibake turns such sequences back into the characters they were
// made from. It changes a sequence only when every character of it maps
// back to one byte, the bytes form one valid UTF-8 character, and that
// character is one mojibake is made of: a letter or sign of Latin-1, a
// Latin letter with a diacritic, typographic punctuation, the euro or
// trade mark sign, an emoji. Text written in Latin-1 letters on purpose ("ADIÓS…",
// "Ñandú") does not form such sequences.

// RepairMojibake returns s with its mojibake sequences repaired and how
// many it repaired.
func RepairMojibake(s string) (string, int) {
	if !mayHoldMojibake(s) {
		return s, 0
	}
	var b strings.Builder
	fixed, last := 0, 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], leadByte)
		if j < 0 {
			break
		}
		i += j
		r, size := utf8.DecodeRuneInString(s[i:])
		if n := leadLen(r); n > 0 {
			if c, used, ok := decodeMojibake(s[i:], n); ok {
				b.WriteString(s[last:i])
				b.WriteRune(c)
				fixed++
				i += used
				last = i
				continue
			}
		}
		i += size
	}
	if fixed == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), fixed
}

// leadByte is the first byte of every rune that can lead a mojibake
// sequence (U+00C2 to U+00F4 are C3 82 to C3 B4 in UTF-8).
const leadByte = 0xC3

// mayHoldMojibake is a quick test: s holds a rune that can lead a
// mojibake sequence.
func mayHoldMojibake(s string) bool {
	return strings.IndexByte(s, leadByte) >= 0
}

// leadLen is the length of the UTF-8 sequence whose first byte, read as
// Latin-1, is r; 0 when r is not such a byte.
func leadLen(r rune) int {
	switch {
	case r >= 0xC2 && r <= 0xDF:
		return 2
	case r >= 0xE0 && r <= 0xEF:
		return 3
	case r >= 0xF0 && r <= 0xF4:
		return 4
	}
	return 0
}

// decodeMojibake reads n runes from s, maps each back to its byte, and
// decodes the bytes as one UTF-8 character; used is the length in s of the
// runes read.
func decodeMojibake(s string, n int) (c rune, used int, ok bool) {
	var buf [4]byte
	for k := range n {
		if used >= len(s) {
			return 0, 0, false
		}
		r, size := utf8.DecodeRuneInString(s[used:])
		by, ok := byteOf(r)
		if !ok || k > 0 && (by < 0x80 || by > 0xBF) {
			return 0, 0, false
		}
		buf[k] = by
		used += size
	}
	c, size := utf8.DecodeRune(buf[:n])
	if c == utf8.RuneError || size != n || !mojibakeSource(c) {
		return 0, 0, false
	}
	return c, used, true
}

// byteOf maps a rune back to the Windows-1252 (or Latin-1) byte it was
// read from.
func byteOf(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true // Latin-1, and the C1 bytes Windows-1252 leaves undefined
	}
	if b, ok := cp1252[r]; ok {
		return b, true
	}
	return 0, false
}

// cp1252 holds the characters Windows-1252 puts in 0x80-0x9F.
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// mojibakeSource reports whether c is a character mojibake is commonly
// made of: Latin-1's letters and signs, Latin Extended-A letters,
// typographic punctuation (quotes, dashes, ellipsis, bullets, spaces),
// the euro sign, the trade mark sign and emoji.
func mojibakeSource(c rune) bool {
	switch {
	case c >= 0xA0 && c <= 0xFF, c >= 0x100 && c <= 0x17F:
		return true
	case c >= 0x2000 && c <= 0x206F, c == 0x20AC, c == 0x2122:
		return true
	case c >= 0x1F300 && c <= 0x1FAFF: // emoji
		return true
	}
	return false
}
