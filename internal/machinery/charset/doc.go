// Package charset decodes an HTML page to UTF-8, once.
//
// The encoding is found the way browsers find it, with two guards for the
// web as it is: a byte-order mark wins; then a page that is valid UTF-8 is
// taken as UTF-8 (servers often send a wrong charset=iso-8859-1 header for
// UTF-8 pages, while text in a legacy encoding is almost never valid UTF-8);
// then the Content-Type header's charset; then a <meta charset> or
// http-equiv declaration, searched for in the first 64 KiB rather than the
// first 1 KiB (pages often declare it after a long head of scripts); and
// when nothing is declared, UTF-8 if the page reads as UTF-8 with a few bad
// bytes. Otherwise the page's text tells its legacy encoding (ICU's
// detector, guess.go), windows-1252 when it cannot tell. The text is asked
// as well when a page declares UTF-8 over bytes that plainly are not, and
// when it declares windows-1252 or iso-8859-1, many servers' default, over
// a text in another script (Cyrillic, Greek, Hebrew, Arabic, Japanese,
// Chinese, Korean).
//
// It is machinery of the path fetch → scraper → cleaner → store, called by
// the cleaner as the page comes in.
package charset
