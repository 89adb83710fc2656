package cleaner_test

import (
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// A guide's FAQ, declared in its JSON-LD and set after the story in
// accordions, is the article's last part; undeclared or absent, nothing
// is added; already in the story, it is not added twice.
func TestFAQ(t *testing.T) {
	guide := []string{
		"Allotment plots on the east side of the river open for applications in March, and the waiting list is shorter this year than it has been for a decade.",
		"Each plot measures about two hundred and fifty square metres, with a water butt, a shared tool shed and a compost bay at the end of every row.",
		"New tenants sign a one-year agreement and must keep at least three quarters of the plot under cultivation from April to September.",
		"The committee inspects the plots twice a season and writes to any tenant whose plot has been left to weeds, before a second visit a month later.",
		"Rents are set at the annual meeting and have not risen since the council handed the site over to the growers' association.",
		"Most tenants start with potatoes, beans and onions, which forgive a late start and a dry summer on the site's sandy soil.",
	}
	qa := [][2]string{
		{"How long is the waiting list for a plot?", "Most applicants are offered a plot within eight months, sooner for half plots."},
		{"Can I keep chickens on my allotment?", "Up to six hens are allowed on a full plot, with the committee's written consent and a fox-proof run."},
		{"What happens if I fall ill during the season?", "Tell the secretary, and the committee will hold off inspections until you are back on your feet."},
	}
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[`
	for i, p := range qa {
		if i > 0 {
			ld += ","
		}
		ld += `{"@type":"Question","name":"` + p[0] + `","acceptedAnswer":{"@type":"Answer","text":"` + p[1] + `"}}`
	}
	ld += `]}</script>`
	var story strings.Builder
	for _, p := range guide {
		story.WriteString("<p>" + p + "</p>")
	}
	var accordion strings.Builder
	accordion.WriteString(`<div class="faq-block"><h2>Questions from readers</h2>`)
	for i, p := range qa {
		id := "faq-" + string(rune('a'+i))
		accordion.WriteString(`<div class="faq-item"><button class="faq-toggle" aria-expanded="false" aria-controls="` + id + `"><span>` + p[0] + `</span></button><div id="` + id + `" hidden><div>` + p[1] + `</div></div></div>`)
	}
	accordion.WriteString(`</div>`)
	// The same section under a heading that names it, and no JSON-LD: a
	// label, an icon font's ligature in each toggle.
	labelled := func(label string) string {
		var b strings.Builder
		b.WriteString(`<section class="more"><div class="title-row"><h2>` + label + `</h2></div><div class="items">`)
		for _, p := range qa {
			b.WriteString(`<div class="item"><div class="item-head">` + p[0] + ` <i class="material-icons">expand_more</i></div><div class="item-body"><p>` + p[1] + `</p></div></div>`)
		}
		b.WriteString(`</div></section>`)
		return b.String()
	}
	inStory := "<h2>Questions from readers</h2>"
	for _, p := range qa {
		inStory += "<h3>" + p[0] + "</h3><p>" + p[1] + "</p>"
	}
	pageOf := func(head, article, after string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Allotments reopen</title>` + head + `</head><body>
<header><nav><a href="/">Home</a> <a href="/gardens">Gardens</a></nav></header>
<main><article><h1>Allotments reopen</h1>` + article + `</article></main>` + after + `
<footer><p>Riverside Growers, 2026.</p></footer></body></html>`
	}
	tests := []struct {
		name, page string
		want       int // times each question is in the text
		answers    bool
	}{
		{"declared, after the story", pageOf(ld, story.String(), accordion.String()), 1, true},
		{"not declared", pageOf("", story.String(), accordion.String()), 0, false},
		{"declared, not on the page", pageOf(ld, story.String(), ""), 0, false},
		{"declared, in the story", pageOf(ld, story.String()+inStory, ""), 1, true},
		{"labelled FAQ, after the story", pageOf("", story.String(), labelled("Frequently asked questions")), 1, true},
		{"labelled FAQ, in German", pageOf("", story.String(), labelled("Häufige Fragen zum Kleingarten")), 1, true},
		{"labelled FAQ, in the story", pageOf("", story.String()+strings.Replace(inStory, "Questions from readers", "FAQ", 1), ""), 1, true},
		{"labelled FAQ, in the footer", pageOf("", story.String(), "<footer>"+labelled("FAQs")+"</footer>"), 0, false},
		{"labelled FAQ, in an aside", pageOf("", story.String(), "<aside>"+labelled("FAQ")+"</aside>"), 0, false},
		{"a heading that is no FAQ's", pageOf("", story.String(), labelled("Reader questions")), 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(tc.page), mustURL(t, "https://growers.example/news/allotments-reopen"), cleaner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range guide {
				if !strings.Contains(a.Text, p) {
					t.Errorf("story paragraph lost: %q", p)
				}
			}
			for _, p := range qa {
				if n := strings.Count(a.Text, p[0]); n != tc.want {
					t.Errorf("question %q is in the text %d times, want %d", p[0], n, tc.want)
				}
				if got := strings.Contains(a.Text, p[1]); got != tc.answers {
					t.Errorf("answer %q in the text: %v, want %v", p[1], got, tc.answers)
				}
			}
			if tc.want == 1 && strings.Index(a.Text, qa[0][0]) < strings.Index(a.Text, guide[len(guide)-1]) {
				t.Errorf("the FAQ comes before the story's end:\n%s", a.Text)
			}
		})
	}
}
