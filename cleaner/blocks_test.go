package cleaner_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/cleaner"
)

// puentePage is a Spanish story about a town's new bicycle bridge, with
// first as its first block.
func puentePage(first string) string {
	paras := []string{
		"El nuevo puente sobre el canal se abrió a las bicicletas el sábado por la mañana, tres años después de que el ayuntamiento aprobara el proyecto y dos más tarde de lo prometido.",
		"Cientos de vecinos esperaban en el extremo este antes del corte de la cinta, y una fila de niños en bicicletas pequeñas fue la primera en cruzar entre aplausos.",
		"El paso une el casco antiguo con el barrio de la otra orilla, cuyos ciclistas debían dar un rodeo de casi dos kilómetros por la carretera de circunvalación.",
		"La obra costó unos once millones, algo más de lo previsto, porque los cimientos tuvieron que ir más hondo de lo que indicaban los estudios de la primavera.",
		"La iluminación del tablero llegará antes del invierno, según el ayuntamiento, y el carril del lado del barrio se ensanchará cuando terminen las últimas viviendas.",
		"Los vecinos que acudieron a la inauguración dijeron que el puente cambiará su forma de ir al colegio y al trabajo, y varios preguntaron cuándo se hará el siguiente.",
	}
	var b strings.Builder
	b.WriteString(`<html lang="es"><head><title>El puente del canal se abre a las bicicletas</title></head><body><main><article>`)
	b.WriteString(`<h1>El puente del canal se abre a las bicicletas</h1>` + first)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article></main></body></html>`)
	return b.String()
}

// TestOpeningNote checks the lede guard: the first long paragraph needs the
// block classifier's sure score, unless it is set wholly in italics or
// bold, as a note that opens a story is, or it speaks to the reader or as
// "we" before a story that does neither (noteBeforeStory), when it needs
// modelNoteLede. The notes are worded so that no text rule names them:
// only the classifier can judge them. A note the classifier is sure of
// goes wherever it is; one it scores between modelNoteLede (0.90) and
// the lede's bar (0.99), as band does (the test checks it), goes before an
// impersonal story but is taken as the lede, and kept, before a story told
// in the same voice (a blog's).
func TestOpeningNote(t *testing.T) {
	const note = "Este artículo incluye enlaces de compra. Si pides algo desde ellos, la tienda nos da una pequeña parte de la venta y a ti no te cuesta nada más, te lo prometemos."
	// 0.959 with the model of this commit.
	const band = "Nuestro equipo lleva tres años siguiendo las obras del puente, y en esta página reunimos todo lo que hemos publicado sobre ellas para que no tengas que buscarlo."
	const lede = "Durante años, la única forma de cruzar el canal en bicicleta fue una pasarela estrecha con escaleras en ambos extremos, y la mayoría de los ciclistas acababa tomando el autobús."
	const personal = "Si vives en el barrio, ya sabes lo que era cruzar el canal con la bici a cuestas: tú también subías aquellas escaleras cada mañana, y por eso te contamos cómo se acabó."
	tests := []struct {
		name, first, text string
		kept              bool
	}{
		{"an italic note", "<p><em>" + note + "</em></p>", note, false},
		{"the note as a plain paragraph, before an impersonal story", "<p>" + note + "</p>", note, false},
		{"a note in the band, before an impersonal story", "<p>" + band + "</p>", band, false},
		{"a note in the band, before a story that speaks to the reader too, taken as the lede", "<p>" + band + "</p><p>" + personal + "</p>", band, true},
		{"an italic lede", "<p><em>" + lede + "</em></p>", lede, true},
		{"a plain lede", "<p>" + lede + "</p>", lede, true},
		{"a lede that speaks to the reader", "<p>" + personal + "</p>", personal, true},
	}
	u, _ := url.Parse("https://canal.example/noticias/puente-bicicletas")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(puentePage(tc.first)), u, cleaner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if kept := strings.Contains(a.Text, tc.text); kept != tc.kept {
				t.Errorf("first block kept = %v, want %v; text:\n%s", kept, tc.kept, a.Text)
			}
			for _, r := range a.Removed {
				if r.Text == band && (r.Score < 0.90 || r.Score >= 0.99) {
					t.Errorf("the band note scores %.3f, outside [0.90, 0.99): it no longer tests the bar", r.Score)
				}
			}
			if !strings.Contains(a.Text, "Cientos de vecinos esperaban") {
				t.Errorf("story text lost:\n%s", a.Text)
			}
		})
	}
}

// TestRulesOnly checks that Options.RulesOnly leaves the block classifier
// out: no corpus page has a removal of rule "model" then, though some have
// with the classifier.
func TestRulesOnly(t *testing.T) {
	withModel := 0
	for _, p := range loadCorpus(t) {
		u, err := url.Parse(p.spec.url)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(p.html)
		if err != nil {
			t.Fatal(err)
		}
		for _, rulesOnly := range []bool{false, true} {
			a, err := cleaner.Clean(bytes.NewReader(data), u, cleaner.Options{ContentType: p.spec.contentType, RulesOnly: rulesOnly})
			if err != nil {
				continue
			}
			for _, r := range a.Removed {
				if r.Rule != "model" {
					continue
				}
				if rulesOnly {
					t.Errorf("%s: RulesOnly, yet the classifier removed %q", p.name, r.Text)
				} else {
					withModel++
				}
			}
		}
	}
	if withModel == 0 {
		t.Error("the classifier removed nothing from the corpus: the check above proves nothing")
	}
}

// TestSelfPlug checks that a block in the story's middle that names the
// site itself needs only a lean of the classifier to go: the publication
// asking for money is not the story. A story sentence that names the site
// stays.
func TestSelfPlug(t *testing.T) {
	const plug = "The Harbour Ledger has no paywall and no owner to answer to. If our reporting helps you, chip in what you can: every gift keeps the newsroom going."
	const quote = "Councillor Mae Owens told the Harbour Ledger on Tuesday that the vote on the ferry contract would be close and could slip to March."
	paras := []string{
		"The council will vote next month on whether to renew the contract of the company that runs the island ferry, after a winter of cancelled sailings and a report that found the boats were late one day in three.",
		"The operator says storms and a shortage of engineers explain most of the delays, and that two new crews will start in the spring, which it says will end the cancellations that hit commuters hardest.",
		quote,
		plug,
		"Residents of the island have collected more than two thousand signatures asking the council to put the service out to tender instead, and several of them plan to speak at the meeting.",
		"The contract is worth about four million a year, and a new tender would take at least eighteen months, according to a note the council's transport officer sent to members last week.",
		"The meeting starts at seven in the town hall and is open to the public, who can also follow it on the council's own stream.",
	}
	a := cleanStory(t, "Council to vote on island ferry contract", `<meta property="og:site_name" content="Harbour Ledger">`, "", paras)
	storyKeptBut(t, a, paras, plug)
}

// TestHeaderZone checks that the blocks between the headline and the
// story's first long paragraph are judged with the edges' bar, not the
// middle's: a follow prompt set under the standfirst goes, and the
// standfirst stays. The prompt must be one the classifier scores between
// the two bars (0.745 with the model of the set-19 session; the one
// before, "Follow along for more stories like this!", fell to 0.670 when
// the model learnt the blocks' shape, and no longer probed the bar).
func TestHeaderZone(t *testing.T) {
	const dek = "The bridge will close for eleven weeks from March"
	const prompt = "Follow along for more news like this!"
	paras := []string{
		"The county will close the Mill Road bridge for eleven weeks from March, while crews replace the deck and the rusted railings on both sides of the river.",
		"Buses on the 14 route will run by the ring road instead, adding about ten minutes to a journey, and a shuttle will carry cyclists across twice an hour.",
		"Shops on the north bank said the last closure, in 2019, cost them a fifth of their trade, and asked the council to keep one footpath open throughout the works.",
	}
	page := `<html lang="en"><head><title>Mill Road bridge to close for repairs</title></head><body><main><article><h1>Mill Road bridge to close for repairs</h1>` +
		`<p>Transport</p><p>` + dek + `</p><p>` + prompt + `</p><p>By Lena Park</p><p>` + strings.Join(paras, "</p><p>") + `</p></article></main></body></html>`
	a, err := cleaner.Clean(strings.NewReader(page), nil, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, prompt) {
		t.Errorf("the follow prompt under the standfirst was kept:\n%s", a.Text)
	}
	for _, p := range append(paras, dek) {
		if !strings.Contains(a.Text, p) {
			t.Errorf("lost: %q", p)
		}
	}
}

// TestOwnTagline checks the end of a story: a closing sentence that names
// the page's author and site is a tagline and goes, though the classifier
// may read it as a "related" line; a closing sentence that points to more
// reading but names neither stays, as the story's.
func TestOwnTagline(t *testing.T) {
	const tagline = "Lena Okafor follows transport and the city council for the Harbour Ledger."
	const pointer = "More about how the fares are set can be read in the report the council published on Friday."
	paras := []string{
		"The island ferry will cost more from March, after the council agreed on Tuesday to raise the adult single fare by forty cents to cover the rising price of fuel and the wages of two new crews.",
		"Commuters who buy a monthly pass will pay six dollars more, while children and pensioners keep their current fares, a change that the operator says it asked for to keep the service running through the winter.",
		"Several residents told councillors that the rise came in a year when the boats were late one day in three, and asked why they should pay more for a service that had become less reliable.",
		"The operator said the new crews would start in the spring and that it expected cancellations to fall by half once they did, though it would not promise a date.",
		"Councillors voted seven to two for the rise, and asked the operator to report on punctuality every three months from now on.",
		pointer,
		tagline,
	}
	paras[len(paras)-1] = "<em>" + tagline + "</em>"
	a := cleanStory(t, "Island ferry fares to rise in March", `<meta property="og:site_name" content="Harbour Ledger"><meta name="author" content="Lena Okafor">`, `<p class="byline">By Lena Okafor</p>`, paras)
	storyKeptBut(t, a, paras[:len(paras)-1], tagline)
}

// cleanStory cleans an English page titled title, with head in its <head>
// and top between the headline and the paragraphs, each of paras a <p>
// (it may hold markup of its own).
func cleanStory(t *testing.T, title, head, top string, paras []string) *article.Article {
	t.Helper()
	return cleanStoryWith(t, title, head, top, paras, cleaner.Options{})
}

// cleanStoryLogged is cleanStory with the cleaner's debug records written
// to log, as text.
func cleanStoryLogged(t *testing.T, title string, paras []string, log *bytes.Buffer) *article.Article {
	t.Helper()
	logger := slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return cleanStoryWith(t, title, "", "", paras, cleaner.Options{Logger: logger})
}

// cleanStoryWith is cleanStory with the cleaner's options.
func cleanStoryWith(t *testing.T, title, head, top string, paras []string, opts cleaner.Options) *article.Article {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<html lang="en"><head><title>` + title + `</title>` + head + `</head><body><main><article><h1>` + title + `</h1>` + top)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article></main></body></html>`)
	u, _ := url.Parse("https://harbourledger.example/news/story")
	a, err := cleaner.Clean(strings.NewReader(b.String()), u, opts)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// storyKeptBut checks that a's text holds every one of paras but gone, and
// not gone.
func storyKeptBut(t *testing.T, a *article.Article, paras []string, gone string) {
	t.Helper()
	if strings.Contains(a.Text, gone) {
		t.Errorf("%q was kept:\n%s", gone, a.Text)
	}
	for _, p := range paras {
		if p != gone && !strings.Contains(a.Text, p) {
			t.Errorf("story paragraph lost: %q", p)
		}
	}
}

// millRoadStory is a story of a bridge's closure told of third parties,
// with an empty fourth paragraph for the block a test sets there.
func millRoadStory() []string {
	return []string{
		"The county will close the Mill Road bridge for eleven weeks from March, while crews replace the deck and the rusted railings on both sides of the river.",
		"Buses on the 14 route will run by the ring road instead, adding about ten minutes to a journey, and a shuttle will carry cyclists across twice an hour.",
		"Shops on the north bank said the last closure, in 2019, cost them a fifth of their trade, and asked the council to keep one footpath open throughout the works.",
		"", // the block under test
		"The council said the works could not wait another year, after an inspection in the autumn found that two of the bridge's steel beams had lost a third of their thickness.",
		"Engineers expect the new deck to last sixty years, and the railings will be raised by twenty centimetres to meet the current rules for cycle routes over water.",
		"A public meeting on the closure will be held at the library on the north bank on the first Tuesday of February, where the contractor will answer questions.",
		"The contractor, a firm from the coast that rebuilt two railway bridges in the county last year, said it would work at night when the river is low.",
		"Residents of the flats beside the bridge asked for the noisiest work to stop at ten in the evening, and the council said it would write that into the contract.",
		"The bridge was built in 1931 and widened in the 1970s, when the old tram rails were taken up and the footpaths were moved to the outside of the arches.",
	}
}

// modelTakesInBand checks that the Mill Road story of paras loses gone
// alone, to the classifier at a score in [lo, hi): the band a bar decides,
// so that a later model that moves the block fails the test rather than
// leaving the bar untested.
func modelTakesInBand(t *testing.T, paras []string, gone string, lo, hi float64) {
	t.Helper()
	a := cleanStory(t, "Mill Road bridge to close for eleven weeks", "", "", paras)
	storyKeptBut(t, a, paras, gone)
	for _, r := range a.Removed {
		if r.Text == gone && (r.Rule != "model" || r.Score < lo || r.Score >= hi) {
			t.Errorf("%q was removed by %q at %.3f, not by the model in [%.2f, %.2f): it no longer tests the bar", gone, r.Rule, r.Score, lo, hi)
		}
	}
}

// TestOffTopicInStory checks the bar of a block in the story's middle
// that shares next to none of the story's words: it is judged as at the
// edge (0.70), where one that names the story's places and things keeps
// the middle's bar (0.85). Both blocks score inside that band, and the
// test checks that they do, so that a later model that moves them fails
// here rather than leaving the bar untested.
func TestOffTopicInStory(t *testing.T) {
	story := millRoadStory()
	// A note on reprints that speaks of none of the story's things, and
	// that no rule names: 0.794 with the model of this commit.
	const offTopic = "Reprints of any photograph in this section can be ordered from the picture desk for private use."
	paras := slices.Clone(story)
	paras[3] = offTopic
	modelTakesInBand(t, paras, offTopic, 0.70, 0.85)

	// The story's own sentence about a newsletter, which names its shops,
	// bank, bridge and closure: 0.773, kept under the middle's bar.
	const onTopic = "Shops on the north bank can register for the county's free bridge closure newsletter."
	paras[3] = onTopic
	var log bytes.Buffer
	a := cleanStoryLogged(t, "Mill Road bridge to close for eleven weeks", paras, &log)
	for _, p := range paras {
		if !strings.Contains(a.Text, p) {
			t.Errorf("story paragraph lost: %q", p)
		}
	}
	var score, bar float64
	for _, line := range strings.Split(log.String(), "\n") {
		if strings.Contains(line, "text=\"Shops on the north bank can register") {
			if i := strings.Index(line, "why=\"score "); i >= 0 {
				fmt.Sscanf(line[i+len("why=\"score "):], "%f under the bar %f", &score, &bar)
			}
		}
	}
	if score < 0.70 || score >= 0.85 || bar != 0.85 {
		t.Errorf("the on-topic sentence scores %.3f against the bar %.2f, not in [0.70, 0.85) against 0.85: it no longer tests the bar", score, bar)
	}
}

// TestAuthorFirstNameTagline checks that a tagline after the story that
// opens with the author's first name ("Rita covers…") needs only the
// classifier's lean, as one naming the author whole does; and that a story
// sentence about someone of the same first name stays.
func TestAuthorFirstNameTagline(t *testing.T) {
	const tagline = "Rita has covered the city's buses and trams since 2019 and rides the number 4 to the newsroom every morning."
	paras := []string{
		"The city will add two night routes to its bus network from January, after a survey found that one in five shift workers walked home after midnight because no bus ran.",
		"The new routes will link the hospital and the industrial estate with the centre every forty minutes between midnight and five, at a cost of about 800,000 euros a year.",
		"Unions welcomed the plan but said the routes should also serve the two care homes on the ring road, where many night staff start and finish their shifts.",
		"Rita Alves, who runs the bakery by the hospital, said the new bus would let two of her bakers give up their cars.",
		tagline,
	}
	a := cleanStory(t, "Night buses to link hospital and industrial estate", `<meta name="author" content="Rita Moreira">`, "", paras)
	storyKeptBut(t, a, paras, tagline)
}

// TestGlossaryKept checks that a definition list of facts without links
// at the story's end goes with the list as a whole, as a list's items do:
// one short term that the classifier, alone, scores over the edge's bar
// ("Freeboard", 0.86 against 0.70 when this was written) stays with its
// definitions.
func TestGlossaryKept(t *testing.T) {
	items := []string{
		"Storm surge", "A rise of the sea above the normal tide, pushed ashore by strong wind and low air pressure",
		"Tidal gate", "A barrier across a river or harbour mouth that is closed when a high tide is forecast",
		"Freeboard", "The height of a wall above the highest water level it is built to hold back",
	}
	var dl strings.Builder
	for i, it := range items {
		tag := "dd"
		if i%2 == 0 {
			tag = "dt"
		}
		fmt.Fprintf(&dl, "<%s>%s</%s>\n", tag, it, tag)
	}
	page := `<html lang="en"><head><title>Harbour wall to be raised by half a metre</title></head><body><main><article><h1>Harbour wall to be raised by half a metre</h1>
<p>The council will raise the harbour wall by half a metre over the next two winters, after three storm surges in five years pushed seawater into the shops and cellars of the old quay.</p>
<p>Engineers looked at a tidal gate across the harbour mouth, but the gate would have cost four times as much and would have closed the harbour to the fishing fleet on the roughest nights.</p>
<p>The works will start in October, when the last of the summer boats have left, and the quay road will close to cars for six weeks while the first section of the new wall is cast.</p>
<p>Traders on the quay said they welcomed the plan but asked for the road to stay open to deliveries in the mornings, which the council said it would try to arrange with the contractor.</p>
<h2>The words behind the works</h2>
<dl>
` + dl.String() + `</dl>
</article></main></body></html>`
	a, err := cleaner.Clean(strings.NewReader(page), nil, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if !strings.Contains(a.Text, it) {
			t.Errorf("glossary entry lost: %q", it)
		}
	}
}

// TestAuthorTagline checks that a short block after the story that opens
// with the author's whole name goes as the author's tagline, in a
// language whose words for a bio the classifier barely knows (this one
// scored 0.25, under the bar of a block naming the author), and that a
// story sentence that names the author elsewhere stays.
func TestAuthorTagline(t *testing.T) {
	const tagline = "Mette Dalsgaard Holm har fulgt planerne for stien siden de første skitser i 2021."
	paras := []string{
		"Kommunen åbner i maj den nye cykelsti langs åen, som forbinder bydelene nord for centrum med stationen og sparer mange pendlere for en omvej på næsten to kilometer hver dag.",
		"Stien har kostet omkring 14 millioner kroner, og en del af pengene kommer fra en statslig pulje til grøn transport, som kommunen søgte om for to år siden sammen med nabokommunerne.",
		"Beboerne langs åen har været bekymrede for støj og lys om aftenen, men kommunen har valgt lave lamper, der kun tænder, når der kommer nogen, siger projektlederen til Mette Dalsgaard Holm.",
		"Der bliver også sat bænke op ved de to broer, og om sommeren skal der plantes vilde blomster langs stien, så den bliver et sted, man også har lyst til at gå en tur.",
	}
	page := `<html lang="da"><head><title>Ny cykelsti langs åen åbner i maj</title><meta name="author" content="Mette Dalsgaard Holm"></head><body><main><article><h1>Ny cykelsti langs åen åbner i maj</h1>` +
		`<p>` + strings.Join(paras, `</p><p>`) + `</p><p>` + tagline + `</p></article></main></body></html>`
	u, _ := url.Parse("https://byavisen.example/trafik/cykelsti")
	a, err := cleaner.Clean(strings.NewReader(page), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	storyKeptBut(t, a, paras, tagline)
}

// TestAsideInStory checks the middle's lower bar for a block that speaks
// to the reader or as "we" between long paragraphs that do neither: the
// site's aside in a report (modelMiddlePersonal, 0.75). The aside must
// score between that bar and the middle's (0.85): the test checks that it
// does, so that it fails when a retrained classifier moves the aside out
// of that band (choose another aside then), rather than passing without
// the bar doing anything. In a story told to the reader throughout, the
// same aside needs the middle's bar and stays; a quotation's "we" is the
// speaker's.
func TestAsideInStory(t *testing.T) {
	story := millRoadStory()
	const quoted = "“We will keep one footpath open whatever happens,” the contractor's site manager said on Monday, standing by the rusted railings."
	const personal = "If you cross the bridge on your way to work, you will want to leave ten minutes early from March, and you may find the shuttle quicker than the bus."
	const personal2 = "And if you cycle, you can take the shuttle across twice an hour, or ride the long way round by the weir, which adds about two kilometres to your trip."
	// 0.817 with the model of this commit (the aside of the earlier
	// models, "…and we answer questions about…", fell under the band).
	const aside = "We are a small team, and we answer reader questions about our coverage on the first Friday of each month."
	paras := slices.Clone(story)
	paras[3] = aside
	modelTakesInBand(t, paras, aside, 0.75, 0.85)

	told := slices.Clone(paras)
	told[2], told[4] = personal, personal2
	a := cleanStory(t, "Mill Road bridge to close for eleven weeks", "", "", told)
	for _, p := range told {
		if !strings.Contains(a.Text, p) {
			t.Errorf("between paragraphs that speak to the reader, %q was removed", p)
		}
	}
	paras = slices.Clone(story)
	paras[3] = quoted
	a = cleanStory(t, "Mill Road bridge to close for eleven weeks", "", "", paras)
	for _, p := range paras {
		if !strings.Contains(a.Text, p) {
			t.Errorf("story paragraph lost: %q", p)
		}
	}
}
