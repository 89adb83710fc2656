package cleaner_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// A short author's name (an agency's "AP") removes a byline that begins
// with it, not a paragraph that begins with the same letters.
func TestShortAuthorKeepsText(t *testing.T) {
	page := `<html><head><title>Rents rise</title></head><body><article><h1>Rents rise along the coast</h1>
<p>Apartment rents rose again this spring in every coastal town the survey covered, and fastest where a ferry runs to the city, while inland rents held steady for a second year.</p>
<p>PORT CITY (AP) — Rents for apartments along the coast rose for the sixth quarter in a row, a survey of landlords found on Tuesday, with the sharpest rises in towns that have a ferry to the city.</p>
<p>Tenants' groups said wages had not kept pace and asked the state to cap increases for existing leases, while landlords blamed higher insurance and repair costs after last winter's storms.</p>
<p>The survey covered more than four thousand homes in twelve towns and will be repeated in the autumn, when the summer lets have ended and the students have returned.</p>
</article></body></html>`
	u, _ := url.Parse("https://port.example/news/rents")
	a, err := cleaner.Clean(strings.NewReader(page), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "AP" {
		t.Errorf("authors %q, want [AP]", a.Authors)
	}
	if !strings.Contains(a.Text, "Apartment rents rose again") {
		t.Errorf("lost: %q", a.Text)
	}
}

// An agency or the publisher as the author does not make the story's last
// paragraph, which names it, a line about the author.
func TestAgencyAuthorKeepsLastParagraph(t *testing.T) {
	page := `<html><head><title>Ferry fares</title><meta property="og:site_name" content="Harbour Ledger"></head><body><article><h1>Ferry fares to rise in spring</h1>
<div class="byline">By Reuters</div>
<p>Fares on the island ferries will rise by a tenth in the spring, the operator said on Monday, blaming the price of fuel and the cost of the new terminal.</p>
<p>Season tickets for islanders will rise by less, and children under twelve will still travel free, the operator said in a statement to the stock exchange.</p>
<p>Islanders' groups said the rise would hit families who cross to the mainland for school and work every day, and asked the council to step in.</p>
<p>Reuters was unable to confirm the figures for the new terminal independently.</p>
</article></body></html>`
	u, _ := url.Parse("https://harbour-ledger.example/news/fares")
	a, err := cleaner.Clean(strings.NewReader(page), u, cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Reuters" {
		t.Errorf("authors %q, want [Reuters]", a.Authors)
	}
	if !strings.Contains(a.Text, "Reuters was unable to confirm") {
		t.Errorf("lost the last paragraph: %q", a.Text)
	}
}
