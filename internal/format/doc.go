// Package format writes an article in one of pith's output formats:
// JSON (the schema), plain text, Markdown or HTML.
//
// JSON is the article schema (see package article), indented, with < > &
// left as they are. Text is the title, a blank line, and the article's
// paragraphs separated by blank lines. Markdown is package markdown's
// document (front matter, title heading, the article), as Options.Markdown
// chooses. HTML is a small standalone document around the clean article
// HTML.
//
// It is at the face, after the path fetch → scraper → cleaner → store:
// `pith clean` prints the cleaner's article with it.
package format
