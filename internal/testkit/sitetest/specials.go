package sitetest

import (
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// Windows1252Sentence is a sentence of /specials/latin1.html, as UTF-8. The
// page is served in windows-1252, so its bytes differ; a reader that
// decodes the page right finds this sentence.
const Windows1252Sentence = "Café owners in the old town say the “naïve” plan will cost them €2,000 a month — or more."

// BrokenSentence is a sentence of /specials/broken.html, whose HTML is
// broken (unclosed tags, stray end tags, bare ampersands).
const BrokenSentence = "The harbour master said the night ships would bring jobs & noise in equal measure."

func gzipWriter(w io.Writer) *gzip.Writer {
	return gzip.NewWriter(w)
}

// tinyJPEG is the smallest JPEG worth the name: a 1x1 grey pixel.
var tinyJPEG = []byte{
	0xff, 0xd8, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06, 0x07, 0x06, 0x05, 0x08, 0x07, 0x07,
	0x07, 0x09, 0x09, 0x08, 0x0a, 0x0c, 0x14, 0x0d, 0x0c, 0x0b, 0x0b, 0x0c, 0x19, 0x12, 0x13, 0x0f,
	0x14, 0x1d, 0x1a, 0x1f, 0x1e, 0x1d, 0x1a, 0x1c, 0x1c, 0x20, 0x24, 0x2e, 0x27, 0x20, 0x22, 0x2c,
	0x23, 0x1c, 0x1c, 0x28, 0x37, 0x29, 0x2c, 0x30, 0x31, 0x34, 0x34, 0x34, 0x1f, 0x27, 0x39, 0x3d,
	0x38, 0x32, 0x3c, 0x2e, 0x33, 0x34, 0x32, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01,
	0x01, 0x01, 0x11, 0x00, 0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0xff, 0xda, 0x00, 0x08,
	0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0xd2, 0xcf, 0x20, 0xff, 0xd9,
}

// pdf is a small, valid-looking PDF.
const pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

// specialArticle writes a simple article page for the special routes.
func specialArticle(w http.ResponseWriter, title string, paragraphs ...string) {
	var b strings.Builder
	writeHead(&b, title, `<meta property="og:type" content="article">`+"\n"+
		jsonLD(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}))
	fmt.Fprintf(&b, "<main><article class=\"story\"><h1>%s</h1>\n", esc(title))
	for _, p := range paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString("</article></main>\n")
	writeFoot(&b)
	writeHTML(w, &b)
}

// filler are paragraphs for the special articles.
var filler = []string{
	"Officials have promised a public consultation in the coming weeks, with meetings in every district and an online survey for those who cannot attend in person.",
	"The last comparable project took almost six years to complete and cost nearly twice its original estimate, a record that critics were quick to point out.",
	"Local businesses have been divided, with some welcoming the investment and others worried about months of disruption on the main road into town.",
	"Campaigners say they will keep up the pressure until a firm timetable is agreed, written into the budget and published for everyone to see.",
}

func (s *Site) special(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/specials/ratelimited":
		// 429 with Retry-After the first time, then the article.
		if s.hit(r.URL.Path) == 1 {
			w.Header().Set("Retry-After", strconv.Itoa(s.opts.RetryAfter))
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		specialArticle(w, "Harbour opens to night shipping after a long rate-limited debate", filler...)
	case "/specials/flaky":
		// 503 twice, then the article.
		if s.hit(r.URL.Path) <= 2 {
			http.Error(w, "temporarily unavailable", http.StatusServiceUnavailable)
			return
		}
		specialArticle(w, "Flaky servers recover in time for the evening edition", filler...)
	case "/specials/broken-server":
		http.Error(w, "internal error", http.StatusInternalServerError)
	case "/specials/slow":
		if !wait(r, s.opts.SlowDelay) {
			return
		}
		specialArticle(w, "Slow news day turns out to be the slowest on record", filler...)
	case "/specials/huge.html":
		s.huge(w, r)
	case "/specials/report.pdf":
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte(pdf))
	case "/specials/photo.jpg":
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write(tinyJPEG)
	case "/specials/broken.html":
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Broken page</title>
<meta property=og:type content=article>
<body><div class=wrap><article><h1>Night ships split the harbour town</h1>
<p>%s
<p>%s</span></div>
<p>%s <b>bold <i>and italic</b> text</i>
<table><tr><td>stray cell
<p>%s
`, BrokenSentence, filler[0], filler[1], filler[2])
	case "/specials/latin1.html":
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		var b strings.Builder
		writeHead(&b, "Café owners fear the harbour plan", `<meta property="og:type" content="article">`)
		fmt.Fprintf(&b, "<main><article><h1>Café owners fear the harbour plan</h1>\n<p>%s</p>\n", Windows1252Sentence)
		for _, p := range filler {
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
		}
		b.WriteString("</article></main>\n")
		writeFoot(&b)
		page := strings.Replace(b.String(), `<meta charset="utf-8">`, `<meta charset="windows-1252">`, 1)
		w.Write(toWindows1252(page))
	case "/specials/bomb.xml.gz":
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(s.bomb(base(r)))
	default:
		http.NotFound(w, r)
	}
}

// huge streams Options.HugeSize bytes of HTML, stopping if the client
// goes.
func (s *Site) huge(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	head := "<!DOCTYPE html><html><head><title>Huge</title></head><body><article><h1>A very long read</h1>\n"
	para := "<p>" + strings.Repeat(filler[0]+" ", 20) + "</p>\n"
	w.Header().Set("Content-Length", strconv.FormatInt(s.opts.HugeSize, 10))
	left := s.opts.HugeSize
	write := func(str string) bool {
		if int64(len(str)) > left {
			str = str[:left]
		}
		n, err := io.WriteString(w, str)
		left -= int64(n)
		return err == nil && r.Context().Err() == nil
	}
	if !write(head) {
		return
	}
	for left > 0 {
		if !write(para) {
			return
		}
	}
}

// toWindows1252 encodes s, whose characters must all exist in
// windows-1252.
func toWindows1252(s string) []byte {
	special := map[rune]byte{'€': 0x80, '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '—': 0x97, '–': 0x96}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch b, ok := special[r]; {
		case ok:
			out = append(out, b)
		case r < 0x100:
			out = append(out, byte(r))
		default:
			out = append(out, '?')
		}
	}
	return out
}
