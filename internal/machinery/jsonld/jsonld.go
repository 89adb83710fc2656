package jsonld

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// articleTypes are the schema.org types of an article page, lower case.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "analysisnewsarticle": true,
	"askpublicnewsarticle": true, "backgroundnewsarticle": true,
	"opinionnewsarticle": true, "reportagenewsarticle": true,
	"reviewnewsarticle": true, "blogposting": true, "liveblogposting": true,
	"report": true, "satiricalarticle": true, "scholarlyarticle": true,
	"techarticle": true, "socialmediaposting": true, "review": true,
}

// hubTypes are the schema.org types of listing and profile pages.
var hubTypes = map[string]bool{
	"collectionpage": true, "itemlist": true, "profilepage": true,
	"searchresultspage": true,
}

// maxDepth caps how deep the walk goes into nested arrays, @graph and
// mainEntity: JSON-LD from the wild nests a few levels at most.
const maxDepth = 8

// controlChars replaces the control characters a string may not hold.
var controlChars = strings.NewReplacer("\n", " ", "\r", " ", "\t", " ")

// Object is one JSON-LD node.
type Object map[string]any

// Page is the JSON-LD of one page: every block that parsed, in page order.
type Page struct {
	blocks []any
	ids    map[string]Object // every node with an @id and other keys
}

// Read parses the text of each JSON-LD script of a page; a block that is
// not JSON (or is wrapped in CDATA) is skipped.
func Read(scripts []string) *Page {
	p := &Page{ids: map[string]Object{}}
	for _, src := range scripts {
		raw := strings.TrimSpace(src)
		raw = strings.TrimSuffix(strings.TrimPrefix(raw, "<![CDATA["), "]]>")
		var v any
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			// A CMS that pastes text into the script leaves raw line
			// breaks and tabs inside strings, which JSON forbids; as
			// white space they change nothing outside the strings.
			if err := json.Unmarshal([]byte(controlChars.Replace(raw)), &v); err != nil {
				continue
			}
		}
		p.blocks = append(p.blocks, v)
		collectIDs(v, p.ids, 0)
	}
	return p
}

// ReadDocument reads the JSON-LD scripts under doc.
func ReadDocument(doc *goquery.Selection) *Page {
	var scripts []string
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		scripts = append(scripts, s.Text())
	})
	return Read(scripts)
}

// walk calls f on every object of v in document order, looking into
// arrays, @graph and mainEntity, until f returns false.
func walk(v any, depth int, f func(Object) bool) bool {
	if depth > maxDepth {
		return true
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			if !walk(e, depth+1, f) {
				return false
			}
		}
	case map[string]any:
		if !f(t) {
			return false
		}
		if g, ok := t["@graph"]; ok && !walk(g, depth+1, f) {
			return false
		}
		if m, ok := t["mainEntity"]; ok && !walk(m, depth+1, f) {
			return false
		}
	}
	return true
}

func collectIDs(v any, ids map[string]Object, depth int) {
	if depth > maxDepth {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			collectIDs(e, ids, depth+1)
		}
	case map[string]any:
		if id, ok := t["@id"].(string); ok && len(t) > 1 {
			ids[id] = t
		}
		if g, ok := t["@graph"]; ok {
			collectIDs(g, ids, depth+1)
		}
	}
}

// Article returns the page's first object of an article type (NewsArticle,
// BlogPosting, ReportageNewsArticle…), or nil.
func (p *Page) Article() Object {
	var found Object
	for _, b := range p.blocks {
		walk(b, 0, func(o Object) bool {
			if o.isArticle() {
				found = o
				return false
			}
			return true
		})
		if found != nil {
			return found
		}
	}
	return nil
}

// Kind reports whether the page declares an article type, or else only a
// hub type (CollectionPage, ItemList, ProfilePage, SearchResultsPage).
func (p *Page) Kind() (article, hub bool) {
	for _, b := range p.blocks {
		walk(b, 0, func(o Object) bool {
			for _, typ := range o.Types() {
				switch {
				case articleTypes[typ]:
					article = true
				case hubTypes[typ]:
					hub = true
				}
			}
			return true
		})
	}
	return article, hub && !article
}

// Questions returns the name of every Question object of the page (a
// FAQPage's mainEntity), in page order, and the words of those questions
// and their accepted answers together.
func (p *Page) Questions() (questions []string, words int) {
	for _, b := range p.blocks {
		walk(b, 0, func(o Object) bool {
			if !slices.Contains(o.Types(), "question") {
				return true
			}
			q := o.String("name")
			if q == "" {
				return true
			}
			questions = append(questions, q)
			words += len(strings.Fields(q))
			switch a := o["acceptedAnswer"].(type) {
			case map[string]any:
				words += len(strings.Fields(Object(a).String("text")))
			case []any:
				for _, e := range a {
					if m, ok := e.(map[string]any); ok {
						words += len(strings.Fields(Object(m).String("text")))
					}
				}
			}
			return true
		})
	}
	return questions, words
}

// Types returns the @type values of every object of the page, in page
// order, as Object.Types gives them.
func (p *Page) Types() []string {
	var out []string
	for _, b := range p.blocks {
		walk(b, 0, func(o Object) bool {
			out = append(out, o.Types()...)
			return true
		})
	}
	return out
}

// Types returns the object's @type value(s), lower case, without a
// schema.org prefix ("https://schema.org/NewsArticle" is "newsarticle").
func (o Object) Types() []string {
	var out []string
	add := func(s string) {
		s = strings.ToLower(strings.TrimSpace(s))
		if i := strings.LastIndexAny(s, "/:"); i >= 0 {
			s = s[i+1:]
		}
		out = append(out, s)
	}
	switch t := o["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}

func (o Object) isArticle() bool {
	for _, t := range o.Types() {
		if articleTypes[t] {
			return true
		}
	}
	return false
}

// String returns the text of key: a string (HTML entities decoded) or the
// first string of a list; "" when o is nil or has none.
func (o Object) String(key string) string {
	if o == nil {
		return ""
	}
	switch t := o[key].(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(t))
	case []any:
		if len(t) > 0 {
			if s, ok := t[0].(string); ok {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// NotFree reports whether the object declares itself not free to read:
// isAccessibleForFree false (a boolean, or the text "false" or "False"),
// schema.org's mark for paywalled content.
func (o Object) NotFree() bool {
	if o == nil {
		return false
	}
	switch v := o["isAccessibleForFree"].(type) {
	case bool:
		return !v
	case string:
		return strings.EqualFold(strings.TrimSpace(v), "false")
	}
	return false
}

// Publisher returns the name of the object's publisher.
func (o Object) Publisher() string {
	if o == nil {
		return ""
	}
	if p, ok := o["publisher"].(map[string]any); ok {
		return Object(p).String("name")
	}
	return ""
}

// Image returns the URL of the object's (first) image: a string, or an
// ImageObject's url or contentUrl.
func (o Object) Image() string {
	if o == nil {
		return ""
	}
	var pick func(v any) string
	pick = func(v any) string {
		switch t := v.(type) {
		case string:
			return t
		case map[string]any:
			if s, ok := t["url"].(string); ok {
				return s
			}
			if s, ok := t["contentUrl"].(string); ok {
				return s
			}
		case []any:
			if len(t) > 0 {
				return pick(t[0])
			}
		}
		return ""
	}
	return strings.TrimSpace(pick(o["image"]))
}

// Authors returns the names of o's authors, as written: strings, Person
// objects, or {"@id": …} references to nodes elsewhere on the page.
func (p *Page) Authors(o Object) []string {
	if o == nil {
		return nil
	}
	return p.names(o["author"])
}

func (p *Page) names(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case map[string]any:
		if s, ok := t["name"].(string); ok {
			return []string{s}
		}
		if id, ok := t["@id"].(string); ok {
			if o, ok := p.ids[id]; ok {
				if s, ok := o["name"].(string); ok {
					return []string{s}
				}
			}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, p.names(e)...)
		}
		return out
	}
	return nil
}

// Strings returns the value of key on every object of the page that has
// it, in page order, the article objects' first: "datePublished" is read
// from a NewsArticle before the WebPage of a Yoast @graph. Lists give their
// strings one by one.
func (p *Page) Strings(key string) []string {
	var first, rest []string
	for _, b := range p.blocks {
		walk(b, 0, func(o Object) bool {
			var vals []string
			switch t := o[key].(type) {
			case string:
				vals = append(vals, t)
			case []any:
				for _, e := range t {
					if s, ok := e.(string); ok {
						vals = append(vals, s)
					}
				}
			}
			for i, v := range vals {
				vals[i] = strings.TrimSpace(html.UnescapeString(v))
			}
			if o.isArticle() {
				first = append(first, vals...)
			} else {
				rest = append(rest, vals...)
			}
			return true
		})
	}
	return append(first, rest...)
}

// Author is one author named in JSON-LD.
type Author struct {
	Name string
	// Org is set when the author is an Organization (or a NewsMediaOrganization…),
	// not a Person.
	Org bool
}

// AllAuthors returns the authors of the page's article object, or, when it
// names none, of the first object that does (a WebPage, a MedicalWebPage),
// following {"@id": …} references. A Person comes before an Organization.
func (p *Page) AllAuthors() []Author {
	var found []Author
	pick := func(o Object) bool {
		found = p.authors(o["author"], 0)
		return len(found) == 0
	}
	if a := p.Article(); a != nil {
		pick(a)
	}
	for _, b := range p.blocks {
		if len(found) > 0 {
			break
		}
		walk(b, 0, pick)
	}
	var people, orgs []Author
	for _, a := range found {
		if a.Org {
			orgs = append(orgs, a)
		} else {
			people = append(people, a)
		}
	}
	return append(people, orgs...)
}

func (p *Page) authors(v any, depth int) []Author {
	if depth > maxDepth {
		return nil
	}
	switch t := v.(type) {
	case string:
		return []Author{{Name: strings.TrimSpace(html.UnescapeString(t))}}
	case map[string]any:
		o := Object(t)
		if _, named := o["name"]; !named {
			if id, ok := o["@id"].(string); ok {
				if ref, ok := p.ids[id]; ok {
					o = ref
				}
			}
		}
		name := o.String("name")
		if name == "" {
			return nil
		}
		org := false
		for _, typ := range o.Types() {
			if strings.Contains(typ, "organization") || typ == "corporation" || typ == "newsmediaorganization" {
				org = true
			}
		}
		return []Author{{Name: name, Org: org}}
	case []any:
		var out []Author
		for _, e := range t {
			out = append(out, p.authors(e, depth+1)...)
		}
		return out
	}
	return nil
}

// PublisherName returns the name of the first publisher named on the page
// (following an @id reference), else of its first Organization or
// WebSite object.
func (p *Page) PublisherName() string {
	name := ""
	for _, b := range p.blocks {
		walk(b, 0, func(o Object) bool {
			if pub := p.authors(o["publisher"], 0); len(pub) > 0 {
				name = pub[0].Name
				return false
			}
			return true
		})
		if name != "" {
			return name
		}
	}
	for _, b := range p.blocks {
		walk(b, 0, func(o Object) bool {
			for _, typ := range o.Types() {
				if typ == "website" || typ == "organization" || typ == "newsmediaorganization" {
					name = o.String("name")
					return name == ""
				}
			}
			return true
		})
		if name != "" {
			return name
		}
	}
	return ""
}
