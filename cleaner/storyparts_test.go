package cleaner_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// Story paragraphs that a site builder wraps in blocks named for their
// look ("hero-banner", "social-proof", "popup-note") and a reporter's fact
// box in an <aside> are the story's; a comment note after the story and a
// sidebar beside it are not.
func TestStoryParts(t *testing.T) {
	paras := []string{
		"The ferry between Holmsund and the outer islands will run twice a day from March, the county transport office said on Monday, after a winter in which the crossing was cut to three days a week.",
		"Islanders had asked for the second daily crossing since the school on the largest island closed and children began travelling to the mainland every morning, a trip that took most of a day in bad weather.",
		"The new timetable costs the county about 2.4 million kronor a year, most of it for a second crew, and the office said it would review the figures after the first summer season.",
		"Fishermen on the outer islands welcomed the change but said the evening departure was too early for anyone who works a full day on the mainland and wants to get home the same night.",
		"The transport office said it would hold an open meeting on the largest island in February, where residents can comment on the draft timetable before it is fixed for the year.",
		"A ticket will cost the same as today, and children travelling to school will keep their free passes, the office added in a statement published on its website on Monday afternoon.",
	}
	facts := []string{"Crossings per day: two from March", "Crew added: one", "Yearly cost: 2.4 million kronor"}
	comment := "Comments on this story are checked by an editor before they appear, and we remove anything that attacks a person rather than an argument."
	sidebar := "This blog has covered island life in the northern archipelago since 2011 and is written by a small team of volunteers who live there."
	page := `<html lang="en"><head><title>Second daily ferry for the outer islands</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-30T08:00:00Z"></head>
<body><div class="wrap"><main><article><h1>Second daily ferry for the outer islands</h1>
<section class="hero-banner"><p>` + paras[0] + `</p></section>
<div class="text-block"><p>` + paras[1] + `</p></div>
<div class="block-social-proof"><p>` + paras[2] + `</p></div>
<aside class="factbox"><ul><li>` + facts[0] + `</li><li>` + facts[1] + `</li><li>` + facts[2] + `</li></ul></aside>
<div class="text-block"><p>` + paras[3] + `</p></div>
<div class="card popup-note"><p>` + paras[4] + `</p></div>
<div class="text-block"><p>` + paras[5] + `</p></div>
<aside class="comment-note"><p>` + comment + `</p></aside>
</article></main>
<div class="sidebar"><p>` + sidebar + `</p></div></div></body></html>`
	u, _ := url.Parse("https://islandpost.example/news/second-daily-ferry")
	a, err := cleaner.Clean(strings.NewReader(page), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(paras, facts...) {
		if !strings.Contains(a.Text, p) {
			t.Errorf("story text lost: %q", p)
		}
	}
	for _, p := range []string{comment, sidebar} {
		if strings.Contains(a.Text, p) {
			t.Errorf("kept %q", p)
		}
	}
}

// Story text in elements whose class names a kind of boilerplate is kept
// when the element is one paragraph or quotation among the story's, when
// a complementary region among them holds its figures, and when a
// wrapper named "related" or "ad" holds its prose; a real list of other
// stories under the story still goes.
func TestStoryPartsNamedForKinds(t *testing.T) {
	paras := []string{
		"The narrow-gauge line between the two villages will carry passengers again from June, the district board decided on Wednesday after buying the track and two wooden carriages.",
		"The line was built before the war to carry timber and peat, and after it closed the rails were overgrown and in places stolen for scrap, residents told the board.",
		"Not everyone is pleased. Three crossings of the regional road will need barriers, and owners of holiday cottages along the track fear the noise of a diesel engine in summer.",
		"In season the train is to run four times a day, and twice a day at weekends outside it, with a diesel engine leased from a railway society in the county town.",
		"The board expects about thirty thousand passengers a year and says the line will pay for its running costs from tickets within five years, though not for the repairs.",
	}
	quote := "We are not building a museum, we are building a way to get to the sea, the district head said."
	figures := []string{"Track length: 11 kilometres", "Carriages bought: two", "First trains: June"}
	related := []string{"Harbour car park charges to double in summer", "Lantern parade route changes for the first time"}
	page := `<html lang="en"><head><title>Narrow-gauge line to carry passengers again</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Narrow-gauge line to carry passengers again</h1>
<div class="story-body">
<p class="c-paragraph">` + paras[0] + `</p>
<div class="related-content-wrapper"><p>` + paras[1] + `</p></div>
<blockquote class="c-paragraph default-social-quote"><p>` + quote + `</p></blockquote>
<p class="c-paragraph comment-style-quote">` + paras[2] + `</p>
<section role="complementary" class="sidebar-figures"><h3>The line in figures</h3><p>` + figures[0] + `</p><p>` + figures[1] + `</p><p>` + figures[2] + `</p></section>
<div class="ad-free-zone"><p>` + paras[3] + `</p></div>
<p class="c-paragraph">` + paras[4] + `</p>
</div>
<div class="related-posts"><h3>More from the coast</h3><ul><li><a href="/news/2026/12/harbour-car-park-charges/">` + related[0] + `</a></li><li><a href="/whats-on/2026/12/lantern-parade-route/">` + related[1] + `</a></li></ul></div>
</article></main></body></html>`
	u, _ := url.Parse("https://coastpost.example/news/narrow-gauge-line-passengers")
	a, err := cleaner.Clean(strings.NewReader(page), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(append(paras, quote), figures...) {
		if !strings.Contains(a.Text, p) {
			t.Errorf("story text lost: %q", p)
		}
	}
	for _, r := range related {
		if strings.Contains(a.Text, r) {
			t.Errorf("kept %q", r)
		}
	}
}

// A photo story's text is its captions, without the credits marked up in
// them; a story with photos keeps its captions out of its text.
func TestCaptionStory(t *testing.T) {
	captions := []string{
		"Stallholders set up before dawn on the square, where the market has been held every Saturday since the town was granted its charter.",
		"A baker from the valley sold out of rye loaves by nine o'clock, an hour earlier than last year, and promised to bring twice as many next week.",
		"Children from the music school played carols by the fountain for most of the afternoon, collecting money for the new organ in the town church.",
		"When the lights on the town hall came on at five, the square was so full that stewards closed the gate on the river side for half an hour.",
	}
	credits := []string{"Photo: Ines Varga", "Photo: Tomas Berg", "Photo: Ines Varga for the Gazette", "Photo: T. Berg"}
	var b strings.Builder
	b.WriteString(`<html lang="en"><head><title>The first market weekend in pictures</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-29T18:00:00Z"></head>
<body><main><article><h1>The first market weekend in pictures</h1><div class="gallery">`)
	for i, c := range captions {
		b.WriteString(`<figure><img src="/img/market-` + string(rune('1'+i)) + `.jpg" alt=""><figcaption>` + c + ` <span class="photo-credit">` + credits[i] + `</span></figcaption></figure>`)
	}
	b.WriteString(`</div></article></main></body></html>`)
	u, _ := url.Parse("https://valleygazette.example/gallery/first-market-weekend")
	a, err := cleaner.Clean(strings.NewReader(b.String()), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range captions {
		if !strings.Contains(a.Text, c) {
			t.Errorf("caption lost: %q", c)
		}
	}
	listed := 0
	for _, r := range a.Removed {
		if r.Rule == "credit-class" {
			listed++
		}
	}
	for _, c := range credits {
		if strings.Contains(a.Text, c) {
			t.Errorf("credit kept: %q", c)
		}
	}
	if listed != len(credits) {
		t.Errorf("%d credits listed in removed, want %d", listed, len(credits))
	}

	// A story with a photo: the caption stays out of the text.
	story := `<html lang="en"><head><title>Market opens</title></head><body><main><article><h1>Market opens</h1>
<figure><img src="/img/m.jpg" alt=""><figcaption>` + captions[0] + `</figcaption></figure>` +
		"<p>" + strings.Join(captions[1:], "</p><p>") + "</p><p>" + strings.Join(captions[1:], " ") + "</p></article></main></body></html>"
	a, err = cleaner.Clean(strings.NewReader(story), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, captions[0]) {
		t.Errorf("a story's caption is in its text:\n%s", a.Text)
	}
}

// An interview's short questions are kept, each with its answer after it,
// though some read like a plug's ("Quer deixar um recado aos leitores?").
func TestInterviewQuestions(t *testing.T) {
	qa := [][2]string{
		{"Quando abriu a oficina?", "Em 1979, com um empréstimo do meu tio e dois tornos em segunda mão que ainda hoje trabalham."},
		{"Pensa em parar?", "Só quando as mãos deixarem de me obedecer. Por enquanto obedecem."},
		{"Quer deixar um recado aos leitores?", "Que não deitem fora o que se pode consertar. Quase tudo tem conserto."},
		{"Quem vai ficar com a oficina?", "A minha neta trabalha aqui todos os verões desde os catorze anos, e quer ficar."},
		{"Já pensou em mudar-se?", "Nunca. Esta arcada é a minha casa, e os clientes sabem onde me encontrar."},
	}
	intro := "Há quarenta e sete anos que Joaquim Matos conserta relógios, rádios e máquinas de costura numa oficina debaixo da arcada do mercado, e no sábado a câmara deu-lhe a medalha de mérito pelo trabalho."
	var b strings.Builder
	b.WriteString(`<html lang="pt"><head><title>O consertador da arcada do mercado</title></head><body><main><article><h1>O consertador da arcada do mercado</h1><p>` + intro + `</p>`)
	for _, p := range qa {
		b.WriteString(`<p><strong>` + p[0] + `</strong></p><p>` + p[1] + `</p>`)
	}
	b.WriteString(`<p>A medalha não traz dinheiro, disse Matos a rir, mas a presidente da câmara prometeu trazer-lhe o seu rádio na próxima semana.</p></article></main></body></html>`)
	u, _ := url.Parse("https://marketpost.example/people/repairman-market-arcade")
	a, err := cleaner.Clean(strings.NewReader(b.String()), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range qa {
		for _, s := range p {
			if !strings.Contains(a.Text, s) {
				t.Errorf("lost %q:\n%s", s, a.Text)
			}
		}
	}
}
