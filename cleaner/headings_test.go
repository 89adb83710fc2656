package cleaner

import (
	"strings"
	"testing"

	"github.com/pith-news/pith/article"
)

// TestCleanKeepsProseInUnlikelyClasses checks that a part of the story
// whose class happens to contain a word readability takes for page chrome
// ("header", "extra", "supplemental") is kept when it holds paragraphs of
// prose, and that a site header of links is still left out.
func TestCleanKeepsProseInUnlikelyClasses(t *testing.T) {
	kept := []string{
		"We scored every tent on how long two people took to pitch it in a crosswind, timing three attempts each and keeping the median.",
		"Weight counted for a fifth of the score: we weighed each tent with its pegs, poles and bag on the same kitchen scale.",
		"Condensation was judged after a night at four degrees, by wiping the inner wall with a dry cloth and weighing the cloth.",
		"Ventilation mattered more than we expected, because the tents with a single door were wet inside by dawn on every test night.",
		"Two of the tents we tested were withdrawn by their makers during the test, so they are not in the ranking below.",
		"Prices are the makers' list prices in the week we wrote this, rounded to the nearest pound, without any discount codes.",
	}
	page := `<!DOCTYPE html><html lang="en"><head><title>The best two-person tents</title></head><body>
<div class="site-header"><a href="/">Campcraft</a> <a href="/tents">Tents</a> <a href="/stoves">Stoves</a> <a href="/about">About</a></div>
<main><article><h1>The best two-person tents</h1>
<p>We pitched eleven two-person tents on the same exposed field over four weekends this autumn, in wind, rain and one hard frost.</p>
<p>Our favourite is light enough for a long walk and stood up to the worst of the gales without a single bent pole.</p>
<p>The runner-up costs half as much, weighs three hundred grams more, and kept us just as dry, though its zips are stiff in the cold.</p>
<p>If you camp mostly in summer, a mesh inner saves weight and keeps you cooler, but it lets in spindrift and sand when the wind gets up.</p>
<p>None of the tents we liked needed seam sealing out of the box, which was not true of two of the cheaper models we sent back.</p>
<p>Pack size matters if you cycle, and the three smallest tents all fitted, poles and all, into a single twenty-litre pannier.</p>
<p>We also tried each tent with a large dog, a wet rucksack and two sleeping mats, which is how most of our readers actually use them.</p>
<p>Every tent in the ranking came with a repair sleeve for the poles, but only two had spare guy lines and a patch kit in the bag.</p>
<div class="kt-accordion-wrap kt-pane-header-alignment-left"><div class="kt-accordion-pane"><button class="kt-accordion-header">How we tested</button>
<div class="kt-accordion-panel"><p>` + kept[0] + `</p><p>` + kept[1] + `</p><p>` + kept[2] + `</p></div></div></div>
<div class="entry-extra"><p>` + kept[3] + `</p><p>` + kept[4] + `</p><p>` + kept[5] + `</p></div>
<p>Whichever tent you choose, practise pitching it in the garden before the first trip, and count the pegs before you leave.</p>
</article></main></body></html>`
	a := cleanKeeps(t, page, kept)
	if strings.Contains(a.Text, "Stoves") {
		t.Errorf("the site header's links are in the article:\n%s", a.Text)
	}
}

// TestCleanKeepsStoryInChromeClass checks that a story whose container a
// theme names like chrome ("page-footer", "layout-with-sidebar") is
// returned, not the teaser beside it, and that words a paragraph marks
// with such a class stay in their sentence.
func TestCleanKeepsStoryInChromeClass(t *testing.T) {
	story := []string{
		"The harbour board voted on Tuesday to close the old fish market at the end of the season, after a survey found the pier beneath it unsafe.",
		"Traders have until October to move to the new hall on the east quay, where the board has promised the same rents for the first three years.",
		"Several traders said the new hall is too far from the car park, and that older customers who walk down from the town will not follow them.",
		"The board's chair said the pier could be repaired, but that the bill would be larger than the cost of the new hall and its first ten years of upkeep.",
		"A public meeting on the move is planned for next month, and the board said it would publish the survey in full before then.",
		"The market has stood on the pier since 1911, when the railway brought buyers from the cities and the town landed more herring than any port on the coast.",
		"Its last big repair was in the 1980s, when the council replaced the deck but left the iron piles, which the survey now says have lost a third of their thickness.",
		"The new hall cost four million pounds and has stood empty since it was finished last spring, while the board and the traders argued over leases.",
		"Fishermen who land at the east quay said the move would save them a trip across the harbour, and that most of the catch goes straight to lorries anyway.",
	}
	quoted := "Nobody asked us, and now we have three months to move forty years of business"
	teaser := `<section class="promo-panel"><h2>Also on the quay</h2><p>The sailing club has opened its doors to new members for the summer, with taster evenings every Thursday from May, free loan boats for the first month and a barbecue on the slipway to end each session.</p>
<p>Tickets for the lifeboat day go on sale next week; last year they sold out within two days, so the crew has added a second afternoon of displays and a longer open day at the station.</p>
<p>The harbour café reopens on Saturday under new owners, who have kept the old menu of crab sandwiches and added breakfasts for the early boats, served from six in the morning all summer.</p>
<p>The ferry timetable changes on the first of June, with an extra evening crossing on Fridays and Saturdays and a later last boat back from the island during the school holidays.</p>
<p>Also this week: the tide tables, the rowing regatta, the new moorings, the bird count, the beach clean, the lighthouse tours, the market stalls, the quiz night, the harbour walk, and the crab races.</p></section>`
	var b strings.Builder
	for _, p := range story {
		b.WriteString("<p>" + p + "</p>\n")
	}
	page := `<!DOCTYPE html><html lang="en"><head><title>Fish market to close</title></head><body>` + teaser + `
<div class="page1-footer"><h1>Fish market to close</h1>` + b.String() + `<p>One trader put it plainly: <span class="contextmenu Quotation">` + quoted + `</span>, she said.</p></div>
</body></html>`
	cleanKeeps(t, page, append(story, quoted))
}

// TestCleanKeepsRecipeCardNotes checks that a recipe card's summary, a
// step's tip and its notes, in elements whose classes readability reads
// as chrome ("recipe-header", "step-supplemental", "card-extra"), stay.
func TestCleanKeepsRecipeCardNotes(t *testing.T) {
	kept := []string{
		"Serves six and keeps for three days in a cool tin.",
		"If the dough cracks when you roll it, knead in a spoonful of milk.",
		"The biscuits soften in a humid kitchen, so crisp them for five minutes in a low oven.",
	}
	page := `<!DOCTYPE html><html lang="en"><head><title>Oat biscuits</title></head><body><main><article><h1>Oat biscuits</h1>
<p>These are the biscuits my grandfather baked every Sunday, in a tin that had once held tea and still smelled faintly of it.</p>
<p>They take twenty minutes to make and half an hour to bake, and they are better on the second day, once the oats have softened a little.</p>
<p>Use butter, not margarine: the biscuits are mostly butter and oats, and you will taste the difference in every bite of them.</p>
<div class="recipe-card"><div class="recipe-header"><h2>Oat biscuits</h2><p>` + kept[0] + `</p></div>
<ol><li><p>Rub 200 g of butter into 250 g of oats and 100 g of flour.</p><div class="step-supplemental"><p>` + kept[1] + `</p></div></li>
<li><p>Roll the dough thinly, cut rounds and bake at 170 degrees for thirty minutes.</p></li></ol>
<div class="card-extra"><h3>Notes</h3><p>` + kept[2] + `</p></div></div>
<p>My grandfather ate them with sharp cheese, which sounds odd until you try it, and which I now do every time I bake a batch.</p>
</article></main></body></html>`
	cleanKeeps(t, page, kept)
}

// cleanKeeps cleans page and checks that its text holds every phrase of
// kept.
func cleanKeeps(t *testing.T, page string, kept []string) *article.Article {
	t.Helper()
	a, err := Clean(strings.NewReader(page), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range kept {
		if !strings.Contains(a.Text, k) {
			t.Errorf("lost: %q", k)
		}
	}
	return a
}

// TestCleanKeepsHeadingsWithChromeAnchors checks that a subheading whose
// id is its own words made an anchor is kept, whatever chrome word the
// words hold ("share", "shopping", "related", "contact", "community"), with
// its id in the html, and so is a section whose id is its heading's words;
// readability drops an <h2> whose id reads as chrome, and any element whose
// id reads as an unlikely candidate.
func TestCleanKeepsHeadingsWithChromeAnchors(t *testing.T) {
	headings := []string{
		"How to share files with a new colleague",
		"What the shopping centre plans for next year",
		"Related work on school journeys",
		"Contact tracing in the first week",
	}
	var b strings.Builder
	for i, h := range headings {
		id := strings.ToLower(strings.ReplaceAll(h, " ", "-"))
		b.WriteString(`<h2 id="` + id + `">` + h + `</h2>`)
		b.WriteString(`<p>Paragraph ` + string(rune('A'+i)) + ` of the council's report explains, in plain words, what changed this year in the town's services, who decided it and what residents said about it at the last public meeting.</p>`)
	}
	// A section named after its own heading: readability drops an element
	// whose id says "community" as an unlikely candidate.
	section := "Volunteers ran the library's Saturday opening for the whole year, and the council will pay for a second paid librarian from April."
	b.WriteString(`<section id="community-groups-at-the-library"><h2>Community groups at the library</h2><p>` + section + `</p>
<p>The groups asked for a room they can book in the evenings; the report says one will be ready by the autumn, once the roof is repaired.</p></section>`)
	page := `<!DOCTYPE html><html lang="en"><head><title>What the council changed this year</title></head><body>
<main><article><h1>What the council changed this year</h1>
<p>The council published its yearly report on Monday. It covers five subjects, each with its own section, and runs to forty pages.</p>
` + b.String() + `</article></main></body></html>`
	a := cleanKeeps(t, page, append(headings, section))
	if !strings.Contains(a.HTML, `id="how-to-share-files-with-a-new-colleague"`) {
		t.Errorf("the heading's anchor is not in the html:\n%s", a.HTML)
	}
	if strings.Contains(a.HTML, anchorMark) {
		t.Errorf("the mark %q is left in the html", anchorMark)
	}
}

// An id is a heading's anchor when most of its three or more words are
// the heading's.
func TestAnchorOf(t *testing.T) {
	tests := []struct {
		id, text string
		want     bool
	}{
		{"how-to-share-files-safely", "How to share files safely", true},
		{"h-what-the-shopping-centre-plans", "What the shopping centre plans", true},
		{"related_work_on_buses", "Related work on buses", true},
		{"comments", "3 Comments", false},                    // a section's name
		{"related-posts-widget", "You may also like", false}, // not the heading's words
		{"share-this", "Share this", false},                  // too few words
		{"section-2", "Why the bridge closed", false},
	}
	for _, tc := range tests {
		if got := anchorOf(tc.id, tc.text); got != tc.want {
			t.Errorf("anchorOf(%q, %q) = %v, want %v", tc.id, tc.text, got, tc.want)
		}
	}
}
