// Package format writes an article in one of pith's output formats:
// JSON (the schema), plain text, Markdown or HTML.
//
// JSON is the article schema (see package article), indented, with < > &
// left as they are. Text is the title, a blank line, and the article's
// paragraphs separated by blank lines. Markdown is CommonMark with GitHub
// tables and strikethrough, made by github.com/JohannesKaufmann/html-to-markdown:
// a title heading, a byline, then the article with its headings, lists,
// links and images, relative addresses made absolute. HTML is a small
// standalone document around the clean article HTML.
//
// It is at the face, after the path fetch → scraper → cleaner → store:
// `pith clean` prints the cleaner's article with it.
package format
