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
		"Scooters we did not recommend were returned to the shops we bought them from, and their makers saw this review when you did.",
	}
	review := `<p>Electric scooters have become cheaper and better in the last two years, but the gap between the best and the worst is still wide.</p>
<p>Our favourite this year climbs the hill on our test loop without slowing to a crawl, and it folds small enough for a train's luggage rack.</p>
<p>The cheapest scooter we liked costs a little over three hundred pounds and gives up only a few kilometres of range to the winner.</p>
<p>Whatever you buy, check your local rules first: in many towns a rental scheme is the only legal way to ride on the road.</p>`
	var b strings.Builder
	for _, m := range method {
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
