package cleaner

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/machinery/jsonld"
)

func TestTextDates(t *testing.T) {
	tests := []struct {
		text, lang string
		want       []string // YYYY-MM-DD, "u" suffix for a date labelled as the update
	}{
		{"Published 18 October 2019", "en", []string{"2019-10-18"}},
		{"October 18th, 2019 at 9:24 pm", "en", []string{"2019-10-18"}},
		{"Datum: 22.12.2012", "de", []string{"2012-12-22"}},
		{"18. Oktober 2019, 10:43 Uhr", "de", []string{"2019-10-18"}},
		{"Publié le 1er octobre 2019", "fr", []string{"2019-10-01"}},
		{"18 de octubre de 2019", "es", []string{"2019-10-18"}},
		{"Pubblicato il 18 ottobre 2019", "it", []string{"2019-10-18"}},
		{"18 de outubro de 2019", "pt", []string{"2019-10-18"}},
		{"Gepubliceerd op 18 oktober 2019", "nl", []string{"2019-10-18"}},
		{"18 października 2019", "pl", []string{"2019-10-18"}},
		{"18 октября 2019 г.", "ru", []string{"2019-10-18"}},
		{"Publicerad 18 oktober 2019", "sv", []string{"2019-10-18"}},
		{"18 Ekim 2019", "tr", []string{"2019-10-18"}},
		{"公開日 2019年10月18日", "ja", []string{"2019-10-18"}},
		{"2019-10-18", "", []string{"2019-10-18"}},
		{"03/04/2019", "en", []string{"2019-03-04"}},
		{"03/04/2019", "fr", []string{"2019-04-03"}},
		{"25/04/2019", "en", []string{"2019-04-25"}},
		{"Mon 11/03/2024", "en", []string{"2024-03-11"}},     // 3 November 2024 was a Sunday
		{"Sunday, 11/03/2024", "en", []string{"2024-11-03"}}, // and 11 March a Monday
		{"11/03/2024", "en", []string{"2024-11-03"}},
		{"Fri 11/03/2024", "en", []string{"2024-11-03"}}, // neither: the language's order
		{"Updated 3 May 2021 · Published 1 May 2021", "en", []string{"2021-05-03u", "2021-05-01"}},
		{"Aktualisiert am 12.03.2020", "de", []string{"2020-03-12u"}},
		{"31 February 2019", "en", nil},
		{"no date here", "en", nil},
		{"Room 18, October 2019 issue", "en", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, d := range textDates(tc.text, tc.lang) {
			s := d.t.Format(time.DateOnly)
			if d.updated {
				s += "u"
			}
			got = append(got, s)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("textDates(%q, %q) = %q, want %q", tc.text, tc.lang, got, tc.want)
		}
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2020-09-26T10:00:00+02:00", "2020-09-26T10:00:00+02:00"},
		{"2020-09-26T10:00:00+02:00CET", "2020-09-26T10:00:00+02:00"},
		{"20201123T11:02:35Z", "2020-11-23T11:02:35Z"},
		{"20201123T110235Z", "2020-11-23T11:02:35Z"},
		{"20201123", "2020-11-23T00:00:00Z"},
		{"2019-10-18 14:30:00", "2019-10-18T14:30:00Z"},
		{"{{ post.date }}", ""},
		{"0000-00-00 00:00:00", ""},
	}
	for _, tc := range tests {
		got := ""
		if p := parseTime(tc.in); !p.IsZero() {
			got = p.Format(time.RFC3339)
		}
		if got != tc.want {
			t.Errorf("parseTime(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://news.example/2012/05/11/harbour-plan/", "2012-05-11"},
		{"https://news.example/2012-05-11-harbour-plan.html", "2012-05-11"},
		{"https://news.example/archive/20120511/harbour/", "2012-05-11"},
		{"https://news.example/2012/05/harbour-plan/", ""},
		{"https://news.example/2012/13/40/x", ""},
	}
	for _, tc := range tests {
		u, _ := url.Parse(tc.in)
		got := ""
		if d, ok := urlDate(u); ok {
			got = d.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("urlDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The date signals are weighed as the page gives them: each case is a
// page's head and the lines under its headline.
func TestFindDates(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, url, head, body string
		pub, mod              string
	}{
		{"graph webpage", "https://a.example/x", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2019-10-18T10:00:00+02:00"},{"@type":"Article","headline":"H"}]}</script>`, ``, "2019-10-18T10:00:00+02:00", ""},
		{"meta variant", "https://a.example/x", `<meta property="vr:published-time" content="2018-03-02T09:00:00Z">`, ``, "2018-03-02T09:00:00Z", ""},
		{"itemprop list", "https://a.example/x", ``, `<span itemprop="dateCreated datePublished" content="2017-06-05">5 June</span>`, "2017-06-05T00:00:00Z", ""},
		{"itemprop text", "https://a.example/x", ``, `<span itemprop="datePublished">5 June 2017</span>`, "2017-06-05T00:00:00Z", ""},
		{"unparseable first", "https://a.example/x", `<meta name="pubdate" content="TBD"><meta name="date" content="2016-01-02">`, ``, "2016-01-02T00:00:00Z", ""},
		{"future skipped", "https://a.example/x", `<meta property="article:published_time" content="2031-01-01T00:00:00Z">`, `<p class="date">4 May 2020</p>`, "2020-05-04T00:00:00Z", ""},
		{"before 1995 skipped", "https://a.example/x", `<meta name="date" content="1970-01-01">`, ``, "", ""},
		{"related time ignored", "https://a.example/x", ``, `<aside class="related"><time datetime="2024-01-01">1 Jan</time></aside>`, "", ""},
		{"comment time ignored", "https://a.example/x", ``, `<div class="comments"><time datetime="2024-01-01">1 Jan</time></div>`, "", ""},
		{"url fallback", "https://a.example/2012/05/11/x/", ``, ``, "2012-05-11T00:00:00Z", ""},
		{"utc stamp on the local day", "https://a.example/2019/10/18/x", `<meta property="article:published_time" content="2019-10-19T01:40:00Z">`, ``, "2019-10-18T00:00:00Z", ""},
		{"utc stamp in the page's zone", "https://a.example/2019/10/18/x", `<meta property="article:published_time" content="2019-10-17T22:40:00Z"><meta property="article:modified_time" content="2019-10-18T09:00:00+02:00">`, ``, "2019-10-18T00:40:00+02:00", "2019-10-18T09:00:00+02:00"},
		{"modified apart", "https://a.example/x", `<meta property="article:modified_time" content="2021-01-01T00:00:00Z"><meta property="article:published_time" content="2020-01-01T00:00:00Z">`, ``, "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z"},
		{"updated label", "https://a.example/x", ``, `<p class="dates">Updated 3 May 2021 · Published 1 May 2021</p>`, "2021-05-01T00:00:00Z", ""},
		{"update's time by class skipped", "https://a.example/x", ``, `<div class="post-meta"><span class="lastmod">Last modified <time datetime="2023-2-1">1 Feb 2023</time></span> / <span class="date">Posted <time datetime="2022-9-4">4 Sep 2022</time></span></div>`, "2022-09-04T00:00:00Z", "2023-02-01T00:00:00Z"},
		{"update's time by label skipped", "https://a.example/x", ``, `<p class="meta">最終更新日: <time datetime="2023-02-01">2023年2月1日</time></p><p class="meta">投稿日: <time datetime="2022-09-04">2022年9月4日</time></p>`, "2022-09-04T00:00:00Z", "2023-02-01T00:00:00Z"},
		{"utc stamp: the day shown before the url's", "https://a.example/2023/03/13/x/", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-13T04:20:00Z"}</script>`, `<p class="byline">Published 12 March 2023, 22:20</p>`, "2023-03-12T00:00:00Z", ""},
		{"kicker before the headline", "https://a.example/x", ``, `<!--pre--><p>Datum: 22.12.2012</p>`, "2012-12-22T00:00:00Z", ""},
		{"headline by class, no h1", "https://a.example/x", ``, `<!--noh1--><h3 class="post-title">Fog</h3><p>Sunday, 17 September 2023</p>`, "2023-09-17T00:00:00Z", ""},
	}
	for _, tc := range tests {
		body := "<h1>Headline</h1>" + tc.body
		switch {
		case strings.HasPrefix(tc.body, "<!--pre-->"):
			body = tc.body + "<h1>Headline</h1>"
		case strings.HasPrefix(tc.body, "<!--noh1-->"):
			body = tc.body
		}
		doc, err := html.Parse(strings.NewReader("<html><head>" + tc.head + "</head><body>" + body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		s := scanPage(doc)
		u, _ := url.Parse(tc.url)
		pub, mod := findDates(s, jsonld.Read(s.ldScripts), u, "en", now)
		f := func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.Format(time.RFC3339)
		}
		if f(pub) != tc.pub || f(mod) != tc.mod {
			t.Errorf("%s: published %q modified %q, want %q %q", tc.name, f(pub), f(mod), tc.pub, tc.mod)
		}
	}
}
