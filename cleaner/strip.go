package cleaner

import (
	"golang.org/x/net/html"

	"github.com/pith-news/pith/article"
)

func stripPage(doc *html.Node, keep map[string]bool) []article.Removal { return nil }

func stripArticle(n *html.Node, m *metadata, keep map[string]bool) []article.Removal { return nil }
