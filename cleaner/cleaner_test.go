package cleaner_test

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/pith-news/pith/cleaner"
)

// page wraps paragraphs in a plausible news page.
func page(head, body string) string {
	return `<!DOCTYPE html><html lang="en"><head>` + head + `</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Harbour expansion approved</h1>` + body + `</article></main>
<footer><p>© 2024 Harbour Times. All rights reserved.</p></footer></body></html>`
}

const story = `<p>The city council voted on Tuesday to approve a long-debated expansion of the harbour, ending two years of public hearings and legal challenges from residents.</p>
<p>Officials said the project would create hundreds of jobs over the next decade and allow larger container ships to dock at the eastern quay for the first time.</p>
<p>Opponents, including a coalition of fishermen and environmental groups, said they would consider an appeal, arguing that dredging would damage the bay's seagrass meadows.</p>
<p>The mayor called the vote a turning point for the region's economy and promised that a independent panel would monitor the work as it proceeds through 2027.</p>`

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestCleanErrors(t *testing.T) {
	pdf := "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
	tests := []struct {
		name string
		in   string
		opts cleaner.Options
		want error
	}{
		{"empty", "", cleaner.Options{}, cleaner.ErrEmpty},
		{"blank", " \n\t ", cleaner.Options{}, cleaner.ErrEmpty},
		{"pdf", pdf, cleaner.Options{}, cleaner.ErrNotHTML},
		{"png", png, cleaner.Options{}, cleaner.ErrNotHTML},
		{"plain text", "just some words with no markup at all", cleaner.Options{}, cleaner.ErrNotHTML},
		{"too many bytes", page("", story), cleaner.Options{MaxBytes: 100}, cleaner.ErrTooLarge},
		{"too many nodes", page("", story+strings.Repeat("<span>x</span>", 500)), cleaner.Options{MaxNodes: 100}, cleaner.ErrTooLarge},
		{"no article", `<html><body><nav><a href="/">Home</a></nav></body></html>`, cleaner.Options{}, cleaner.ErrNoArticle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(tc.in), nil, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Clean error = %v, want %v", err, tc.want)
			}
			if a != nil {
				t.Errorf("Clean returned an article with error %v", err)
			}
		})
	}
}

func TestCleanReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	_, err := cleaner.Clean(iotest.ErrReader(boom), nil, cleaner.Options{})
	if !errors.Is(err, boom) {
		t.Errorf("Clean error = %v, want it to wrap %v", err, boom)
	}
}

func TestCleanOneByteReader(t *testing.T) {
	a, err := cleaner.Clean(iotest.OneByteReader(strings.NewReader(page("", story))), nil, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "seagrass meadows") {
		t.Errorf("text lacks the story: %q", a.Text)
	}
}

func TestCleanBrokenHTML(t *testing.T) {
	broken := `<html><body><div><article><h1>Harbour</h1><p>The city council voted on Tuesday to approve a long-debated expansion of the harbour, ending two years of public hearings and legal challenges.<p>Officials said the project would create hundreds of jobs over the next decade and allow larger ships to dock at the eastern quay<div><span>for the first time, they said, in a statement issued after the vote on the plan.`
	a, err := cleaner.Clean(strings.NewReader(broken), nil, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"long-debated expansion", "eastern quay"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q: %q", want, a.Text)
		}
	}
}

func TestCleanBoilerplateAndKeep(t *testing.T) {
	body := story + `<p>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More</p>`
	in := page(`<title>Harbour expansion approved - Harbour Times</title><meta property="og:site_name" content="Harbour Times">`, body)
	a, err := cleaner.Clean(strings.NewReader(in), mustURL(t, "https://news.example/harbour"), cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "uses cookies") {
		t.Errorf("cookie banner kept: %q", a.Text)
	}
	found := false
	for _, r := range a.Removed {
		if r.Kind == "cookie" && strings.Contains(r.Text, "uses cookies") {
			found = true
		}
	}
	if !found {
		t.Errorf("cookie banner not recorded in removed: %+v", a.Removed)
	}
	if a.Title != "Harbour expansion approved" {
		t.Errorf("title = %q, want the headline without the site suffix", a.Title)
	}
	if a.URL != "https://news.example/harbour" || a.SourceURL != "https://news.example/harbour" {
		t.Errorf("url = %q, source_url = %q", a.URL, a.SourceURL)
	}
	if a.WordCount < 90 {
		t.Errorf("word_count = %d, want the story's words", a.WordCount)
	}

	kept, err := cleaner.Clean(strings.NewReader(in), nil, cleaner.Options{Keep: []string{"cookie"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(kept.Text, "uses cookies") {
		t.Errorf("Keep cookie: banner removed anyway: %q", kept.Text)
	}
}

func TestCleanCharsets(t *testing.T) {
	w1252, err := charmap.Windows1252.NewEncoder().String(page(`<meta charset="windows-1252">`,
		`<p>Der Bürgermeister sagte, die Erweiterung des Hafens sei ein Wendepunkt für die Region; Kritiker fürchten Schäden an den Seegraswiesen der Bucht und kündigten rechtliche Schritte an.</p>`+story))
	if err != nil {
		t.Fatal(err)
	}
	sjis, err := encoding.ReplaceUnsupported(japanese.ShiftJIS.NewEncoder()).String(page(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`,
		`<p>市議会は火曜日、港の拡張計画を承認した。反対派は上訴を検討している。</p>`+story))
	if err != nil {
		t.Fatal(err)
	}
	latin1, err := charmap.ISO8859_1.NewEncoder().String(page("", `<p>Le maire a déclaré que l'extension du port était un tournant économique pour la région côtière.</p>`+story))
	if err != nil {
		t.Fatal(err)
	}
	// Legacy bytes declared wrongly or not at all: the text tells the
	// encoding (internal/machinery/charset).
	ru := `<p>Мэр заявил, что расширение порта станет поворотным моментом для всего побережья, а противники проекта обещают обжаловать решение совета в суде.</p>`
	w1251, err := charmap.Windows1251.NewEncoder().String(page("", ru+story))
	if err != nil {
		t.Fatal(err)
	}
	w1252utf8, err := charmap.Windows1252.NewEncoder().String(page(`<meta charset="utf-8">`,
		`<p>Der Bürgermeister sagte, die Erweiterung des Hafens sei ein Wendepunkt für die Region; Kritiker fürchten Schäden an den Seegraswiesen der Bucht und kündigten rechtliche Schritte an.</p>`+story))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, contentType, want string
	}{
		{"windows-1251, nothing declared", w1251, "", "Мэр заявил, что расширение порта"},
		{"windows-1251 under an iso-8859-1 header", w1251, "text/html; charset=iso-8859-1", "Мэр заявил, что расширение порта"},
		{"windows-1252 under a utf-8 meta", w1252utf8, "", "Der Bürgermeister sagte"},
		{"windows-1252 in meta", w1252, "", "Der Bürgermeister sagte"},
		{"shift_jis in http-equiv", sjis, "", "市議会は火曜日"},
		{"iso-8859-1 in header", latin1, "text/html; charset=iso-8859-1", "Le maire a déclaré"},
		{"utf-8 with a wrong header", page("", `<p>Der Bürgermeister sagte etwas Wichtiges über die Zukunft des Hafens und der Stadt.</p>`+story), "text/html; charset=iso-8859-1", "Der Bürgermeister"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(tc.in), nil, cleaner.Options{ContentType: tc.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(a.Text) {
				t.Fatalf("text is not valid UTF-8")
			}
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("text lacks %q:\n%s", tc.want, a.Text)
			}
		})
	}
}

func TestCleanMetadata(t *testing.T) {
	head := `<title>Harbour expansion approved | Harbour Times</title>
<link rel="canonical" href="/news/harbour-expansion">
<meta property="og:site_name" content="Harbour Times">
<meta property="og:description" content="The council ended two years of hearings.">
<meta property="og:image" content="/img/harbour.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"Person","@id":"#p1","name":"Ana Ruiz"},
 {"@type":"NewsArticle","headline":"Harbour expansion approved","author":[{"@id":"#p1"},{"@type":"Person","name":"Tom Berg"}],
  "datePublished":"2024-03-05T09:30:00+01:00","dateModified":"2024-03-05T12:00:00+01:00","inLanguage":"en-GB"}]}</script>`
	a, err := cleaner.Clean(strings.NewReader(page(head, story)), mustURL(t, "https://news.example/a?utm_source=x"), cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"title", a.Title, "Harbour expansion approved"},
		{"url", a.URL, "https://news.example/news/harbour-expansion"},
		{"site_name", a.SiteName, "Harbour Times"},
		{"description", a.Description, "The council ended two years of hearings."},
		{"image", a.Image, "https://news.example/img/harbour.jpg"},
		{"authors", strings.Join(a.Authors, ";"), "Ana Ruiz;Tom Berg"},
		{"published", a.Published.UTC().Format("2006-01-02T15:04"), "2024-03-05T08:30"},
		{"modified", a.Modified.UTC().Format("2006-01-02T15:04"), "2024-03-05T11:00"},
		{"language", a.Language, "en"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
}

// TestCleanHostile feeds inputs built to hurt: deep nesting, huge attribute
// values, many tiny elements. Clean must return, with an article or an error.
func TestCleanHostile(t *testing.T) {
	tests := []struct{ name, in string }{
		{"deep nesting", "<html><body>" + strings.Repeat("<div>", 20000) + "<p>deep text here for the reader</p>" + strings.Repeat("</div>", 20000)},
		{"long attribute", `<html><body><p class="` + strings.Repeat("a", 1<<20) + `">hello world text</p></body></html>`},
		{"unclosed tags", "<html><body>" + strings.Repeat("<p><b><i>word ", 5000)},
		{"null bytes", "<html><body><p>a\x00b\x00c text that goes on</p></body></html>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(tc.in), nil, cleaner.Options{})
			if err == nil && (a == nil || strings.TrimSpace(a.Text) == "") {
				t.Errorf("Clean returned no error and an empty article")
			}
		})
	}
}

func TestCleanDoesNotPanicOnBadURL(t *testing.T) {
	_, err := cleaner.Clean(bytes.NewReader([]byte(page("", story))), &url.URL{Scheme: "mailto", Opaque: "x"}, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
}

// An unknown kind in Keep is an error, not ignored.
func TestCleanUnknownKind(t *testing.T) {
	_, err := cleaner.Clean(strings.NewReader("<p>x</p>"), nil, cleaner.Options{Keep: []string{"related", "weather"}})
	var ke *cleaner.KindError
	if !errors.As(err, &ke) || ke.Kind != "weather" {
		t.Errorf("got error %v, want a KindError for weather", err)
	}
}

// CleanDocument leaves the tree it is given as it was, so cleaning it twice
// gives the same article, and the same as Clean.
func TestCleanDocumentKeepsDoc(t *testing.T) {
	src := page(`<title>Harbour plan approved</title>`, `<div class="cookie-banner">We use cookies. Accept</div><article><h1>Harbour plan approved</h1>`+story+`</article>`)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var before bytes.Buffer
	if err := html.Render(&before, doc); err != nil {
		t.Fatal(err)
	}
	u := mustURL(t, "https://news.example/2025/harbour")
	first, err := cleaner.CleanDocument(doc, u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var after bytes.Buffer
	if err := html.Render(&after, doc); err != nil {
		t.Fatal(err)
	}
	if before.String() != after.String() {
		t.Errorf("CleanDocument changed its argument:\nbefore %s\nafter  %s", before.String(), after.String())
	}
	second, err := cleaner.CleanDocument(doc, u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	viaClean, err := cleaner.Clean(strings.NewReader(src), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(first, second); diff != "" {
		t.Errorf("second CleanDocument differs (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(viaClean, first); diff != "" {
		t.Errorf("CleanDocument differs from Clean (-Clean +CleanDocument):\n%s", diff)
	}
}

// TestCleanDeepPage: a story under 600 unclosed boxes, nested past the
// HTML parser's limit, is read flattened (internal/machinery/flatten), as
// a browser reads it, where Clean failed with the parser's error.
func TestCleanDeepPage(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Ferry timetable changes | Harbour Times</title></head><body><article><h1>Ferry timetable changes</h1>`)
	for i := range 600 {
		fmt.Fprintf(&b, `<div class="row"><p>Paragraph %d of the report: the ferry company said the winter timetable would drop the late crossing on weekdays, and the council asked it to think again before the change takes effect.</p>`, i+1)
	}
	b.WriteString(`</article></body></html>`)
	a, err := cleaner.Clean(strings.NewReader(b.String()), nil, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Paragraph 300 of the report", "Paragraph 600 of the report"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
}
