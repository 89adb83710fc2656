package quotes

import "testing"

func TestStrip(t *testing.T) {
	tests := []struct {
		in, want string
		found    bool
	}{
		{"The note asks for “Accept all” and “Reject all” alike.", "The note asks for   and   alike.", true},
		{"„Wir handeln jetzt“, sagte sie.", " , sagte sie.", true},
		{"Il a dit « non » hier.", "Il a dit   hier.", true},
		{"Det står på affischen: ”Swisha en hundralapp”, sa hon.", "Det står på affischen:  , sa hon.", true},
		{"Han sa »vi kommer» i går.", "Han sa   i går.", true},
		{`He said "we will go" on Monday.`, "He said   on Monday.", true},
		{"It’s what the council’s plan says.", "It’s what the council’s plan says.", false},
		{"No quotation here.", "No quotation here.", false},
		{"An “opening mark with no close.", "An “opening mark with no close.", false},
	}
	for _, tc := range tests {
		got, found := Strip(tc.in)
		if got != tc.want || found != tc.found {
			t.Errorf("Strip(%q) = %q, %v; want %q, %v", tc.in, got, found, tc.want, tc.found)
		}
	}
}
