package cleaner

import (
	"strings"

	"golang.org/x/net/html"
)

// Page builders say which of a post's blocks the site reuses on other
// pages. Elementor wraps the content it builds for a post in an element
// of classes "elementor elementor-<post id>", the id WordPress puts in the
// body's classes ("postid-123" for a post, "page-id-123" for a page).
// A saved template dropped into the post (a call to action, an ad, an
// author box, a follow prompt) is rendered inside it as another
// "elementor elementor-<template id>", and a global widget, one widget
// shared by many pages, carries the class "elementor-widget-global". The
// same holds inside the post-content widget of a theme template. Either
// block is the site's, repeated under its posts by construction, whatever
// its words: it goes as kind "repeated", rule "embedded-template". So do
// the theme's templates for the site's header and footer and its popups
// ("elementor-location-header", "-footer", "-popup"), which readability
// keeps when the story's container is the page's body: rule
// "theme-template".
const (
	templateRule      = "embedded-template"
	themeTemplateRule = "theme-template"
)

// templateMaxShare is the largest share of the post's text its embedded
// templates may hold together: a post whose story sits in a template of
// its own, or is built of templates, is left alone.
const templateMaxShare = 0.3

// stripTemplates removes, with guard's checks, the theme's header, footer
// and popup templates, and the templates and global widgets embedded in
// the post's own content, as the page builder marks them.
func (s *stripper) stripTemplates(body *html.Node, guard func(*html.Node, float64, bool, string) bool) {
	if s.keep[repeatedKind] {
		return
	}
	id := postID(body)
	var posts []*html.Node
	builderRole := func(n *html.Node) bool {
		cls := attr(n, "class")
		return strings.Contains(cls, "elementor") && (themeTemplate(cls) || postContent(cls, id)) // most pages: no element is the builder's
	}
	for _, n := range outermost(body, builderRole) {
		if !themeTemplate(attr(n, "class")) {
			posts = append(posts, n)
			continue
		}
		if guard(n, 0.4, true, themeTemplateRule) {
			s.noteRemoval(n)
			s.removeMarked(n, verdict{repeatedKind, themeTemplateRule})
		}
	}
	for _, post := range posts {
		size := textLen(post)
		found := outermost(post, func(n *html.Node) bool { return n != post && builderTemplate(n, id) })
		sum := 0
		for _, n := range found {
			sum += textLen(n)
		}
		for _, n := range found {
			if float64(sum) > templateMaxShare*float64(size) {
				// One template, or several together, holding much of
				// the post: the post is built of templates.
				s.refused(n, templateRule, "the post's templates hold %.0f%% of its text", 100*float64(sum)/float64(size))
				continue
			}
			if !guard(n, 0.25, true, templateRule) {
				continue
			}
			s.noteRemoval(n)
			s.removeMarked(n, verdict{repeatedKind, templateRule})
		}
	}
}

// themeTemplate reports whether an element of class cls is the theme's
// header, footer or popup template.
func themeTemplate(cls string) bool {
	return hasToken(cls, "elementor-location-header") || hasToken(cls, "elementor-location-footer") || hasToken(cls, "elementor-location-popup")
}

// postContent reports whether an element of class cls holds the post's own
// content: the builder's element of the post's id, or a theme's
// post-content widget.
func postContent(cls, id string) bool {
	return id != "" && hasToken(cls, "elementor") && hasToken(cls, "elementor-"+id) || hasToken(cls, "elementor-widget-theme-post-content")
}

// builderTemplate reports whether n is a template embedded in the post of
// the given id, or a global widget. Without the post's id (the body names
// none) only a global widget is known for one: the post's own content is
// an "elementor elementor-<id>" too. A loop grid's item is rendered from a
// template too, but its words are the listed post's, not the site's.
func builderTemplate(n *html.Node, id string) bool {
	if !strings.Contains(attr(n, "class"), "elementor") {
		return false
	}
	builder, other := false, false
	for c := range strings.FieldsSeq(attr(n, "class")) {
		switch {
		case c == "elementor-widget-global":
			return true
		case c == "e-loop-item":
			return false
		case c == "elementor":
			builder = true
		case id != "" && strings.HasPrefix(c, "elementor-") && allDigits(c[len("elementor-"):]) && c[len("elementor-"):] != id:
			other = true
		}
	}
	return builder && other
}

// postID returns the WordPress id of the page's post, read from the
// body's classes, or "" when it names none.
func postID(body *html.Node) string {
	for _, c := range strings.Fields(attr(body, "class")) {
		for _, prefix := range []string{"postid-", "page-id-"} {
			if id, ok := strings.CutPrefix(c, prefix); ok && allDigits(id) {
				return id
			}
		}
	}
	return ""
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
