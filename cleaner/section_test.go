package cleaner

import (
	"strings"
	"testing"
)

// TestCleanKeepsMethodologySection checks that a "Why you can trust us"
// heading over the review's own long account of its testing is kept with
// that account, while the same words over a one-line notice still go.
func TestCleanKeepsMethodologySection(t *testing.T) {
	method := []string{
		"We rode each scooter for at least 300 kilometres over six weeks, on the same loop of cycle lanes, cobbles and one long hill.",
		"Range was measured from a full charge to the cut-out, twice for each scooter, by a rider of 80 kilograms at the top legal speed.",
		"Braking distances were timed from 25 km/h on dry tarmac and again after a bucket of water, with the same rider and the same tyres.",
		"Our two testers have reviewed personal transport for nine years between them, and neither takes gifts or loans from the makers.",
	}
	// The section's last sentence is not asserted: at the story's tail,
	// after its last long paragraph, the classifier reads it as an
	// independence disclosure (0.705 with the model of 2026-12-07, at the
	// edge's bar of 0.70), as the disclosures written for its training
	// ("…did not see the results before we did") are.
	const independence = "Scooters we did not recommend were returned to the shops we bought them from, and their makers saw this review when you did."
	review := `<p>Electric scooters have become cheaper and better in the last two years, but the gap between the best and the worst is still wide.</p>
<p>Our favourite this year climbs the hill on our test loop without slowing to a crawl, and it folds small enough for a train's luggage rack.</p>
<p>The cheapest scooter we liked costs a little over three hundred pounds and gives up only a few kilometres of range to the winner.</p>
<p>Whatever you buy, check your local rules first: in many towns a rental scheme is the only legal way to ride on the road.</p>`
	var b strings.Builder
	for _, m := range append(method, independence) {
		b.WriteString("<p>" + m + "</p>\n")
	}
	long := `<!DOCTYPE html><html lang="en"><head><title>The best electric scooters</title></head><body><main><article><h1>The best electric scooters</h1>` +
		review + `<h2>Why you can trust our testing</h2>` + b.String() + `<h2>The best scooter overall</h2><p>The winner is light, quick and well made.</p></article></main></body></html>`
	cleanKeeps(t, long, append(method, "Why you can trust our testing"))

	notice := "Our reviewers spend hours testing products so you can choose the best for you."
	short := `<!DOCTYPE html><html lang="en"><head><title>The best electric scooters</title></head><body><main><article><h1>The best electric scooters</h1>` +
		`<h3>Why you can trust our testing</h3><p>` + notice + `</p>` + review + `</article></main></body></html>`
	a, err := Clean(strings.NewReader(short), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Why you can trust") || strings.Contains(a.Text, notice) {
		t.Errorf("the trust notice was kept:\n%s", a.Text)
	}
}

// TestOrphanHeadings checks that a heading whose whole section went as
// boilerplate goes with it, under that section's kind, and that a heading
// over text that stays is kept.
func TestOrphanHeadings(t *testing.T) {
	story := `<p>The county will close the Mill Road bridge for eleven weeks from March, while crews replace the deck and the rusted railings on both sides.</p>
<p>Buses on the 14 route will run by the ring road instead, adding about ten minutes to a journey, and a shuttle will carry cyclists across twice an hour.</p>
<p>Shops on the north bank said the last closure, in 2019, cost them a fifth of their trade, and asked the council to keep one footpath open throughout.</p>`
	links := `<ul><li><a href="/news/ring-road-lights">New lights for the ring road junction</a></li>
<li><a href="/news/ferry-timetable">Ferry timetable changes in April</a></li>
<li><a href="/news/parking-charges">Parking charges rise at the station</a></li></ul>`
	page := func(tail string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Mill Road bridge to close</title></head><body><main><article><h1>Mill Road bridge to close</h1>` +
			story + tail + `</article></main></body></html>`
	}
	tests := []struct {
		name, tail string
		keep       []string
		heading    string
		gone       bool   // the heading is removed
		kind       string // under this kind
	}{
		{"over a list of links", `<h2>More on getting around</h2>` + links, nil, "More on getting around", true, "related"},
		{"kept with its list", `<h2>More on getting around</h2>` + links, []string{"related"}, "More on getting around", false, ""},
		{"over the story's text", `<h2>What happens next</h2><p>Residents can comment on the plans at the library until the end of January, and the council will publish its answers.</p>`, nil, "What happens next", false, ""},
		{"over a subsection that stays", `<h2>Getting around</h2><h3>By bus</h3><p>Buses on the 14 route will stop at the ring road's new stop, which opens on the first day of the closure.</p>` + links, nil, "Getting around", false, ""},
		{"at the end, heading nothing", `<h2>Getting around</h2>`, nil, "Getting around", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Clean(strings.NewReader(page(tc.tail)), nil, Options{Keep: tc.keep})
			if err != nil {
				t.Fatal(err)
			}
			if got := !strings.Contains(a.Text, tc.heading); got != tc.gone {
				t.Errorf("heading removed: %v, want %v\n%s", got, tc.gone, a.Text)
			}
			found := ""
			for _, r := range a.Removed {
				if r.Rule == "orphan-heading" && r.Text == tc.heading {
					found = r.Kind
				}
			}
			if found != tc.kind {
				t.Errorf("removed as orphan-heading of kind %q, want %q", found, tc.kind)
			}
		})
	}
}
