// Package markdown writes an article as a Markdown document for people and
// for pipelines that feed text to a language model.
//
// A document is YAML front matter (title, url, authors, published,
// modified, site_name, language, description, image, word_count), the
// title as a heading, then the article: CommonMark with GitHub tables and
// strikethrough, made by github.com/JohannesKaufmann/html-to-markdown, with
// relative addresses made absolute. Options leave out the front matter, the
// links (their text stays) or the images.
//
// Before the article's HTML is converted, what reads as noise in Markdown
// is taken out by structure, not by wording: media players and other
// controls, text meant for screen readers only or hidden from them, photo
// credits, captions left without their picture, links with no text, runs of
// three or more linked thumbnails (galleries), bold inside headings, lone
// labels such as "Photo:" with nothing after them, and headings left with
// nothing under them.
//
// Files: markdown.go (Render, Write, the front matter), tidy.go (the order
// of the passes; players and controls), figures.go, links.go, labels.go,
// headings.go, dom.go (tree helpers).
//
// Markdown is derived from the article record (its HTML and metadata), never
// stored: the store keeps the record, and `pith clean`, `pith show`,
// `pith export` and POST /v1/clean render it on request.
package markdown
