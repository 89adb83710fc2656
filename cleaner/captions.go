package cleaner

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/internal/machinery/quickre"
)

// A photo story is told in its figures' captions. Captions are otherwise
// not the article's text (renderText leaves them out), but when the
// article holds next to no text outside them, they are its text, without
// the photographers' credits the captions carry.

// captionStoryWords: an article with fewer words than this outside its
// captions, and twice as many with them, is a photo story.
const captionStoryWords = 30

// captionStory returns the text of root with its captions, and true, when
// root is a photo story; it removes the credits marked in its captions
// (markCaptionCredits), and takes the marks off the other credits.
func (s *stripper) captionStory(root *html.Node, text string) (string, bool) {
	defer unmarkCaptionCredits(root)
	if article.CountWords(text) >= captionStoryWords {
		return "", false
	}
	if article.CountWords(renderTextCaptions(root)) < 2*captionStoryWords {
		return "", false
	}
	s.stripCaptionCredits(root)
	return renderTextCaptions(root), true
}

// creditMark marks an element in a figure's caption whose class or id
// says it holds a credit: readability drops classes, an attribute
// survives.
const creditMark = "data-pith-credit"

// markCaptionCredits marks the elements in doc's figure captions whose
// class or id says they hold a credit: <span class="credit">.
func markCaptionCredits(doc *html.Node) {
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.Figcaption {
			return true
		}
		walkElements(n, func(c *html.Node) bool {
			if creditClass.MatchString(attr(c, "class")+" "+attr(c, "id")) && !hasAttr(c, creditMark) {
				c.Attr = append(c.Attr, html.Attribute{Key: creditMark, Val: "1"})
				return false
			}
			return true
		})
		return false
	})
}

// stripCaptionCredits removes the marked credits under root.
func (s *stripper) stripCaptionCredits(root *html.Node) {
	if s.keep["caption"] {
		return
	}
	for _, c := range marked(root, creditMark) {
		s.remove(c, verdict{kind: "caption", rule: "credit-class"}, nodeText(c))
	}
}

// unmarkCaptionCredits takes the credit marks off the elements under root.
func unmarkCaptionCredits(root *html.Node) {
	walkElements(root, func(n *html.Node) bool {
		dropAttr(n, creditMark)
		return true
	})
}

// creditClass is a class or id that names a caption's credit line.
var creditClass = quickre.MustCompile(`(?i)credit|copyright|attribution|photographer`)

// soleArticle returns the page's <article> element when it has exactly
// one, nil otherwise.
func soleArticle(doc *html.Node) *html.Node {
	var found *html.Node
	n := 0
	walkElements(doc, func(c *html.Node) bool {
		if c.DataAtom == atom.Article {
			n++
			found = c
			return false
		}
		return n < 2
	})
	if n != 1 {
		return nil
	}
	return found
}
