package cleaner

import "testing"

// TestHeaderFurniture checks each kind of line headerFurniture takes from
// above the story, and lines like them that are the story's.
func TestHeaderFurniture(t *testing.T) {
	m := &metadata{
		title:    "Ferry to the outer islands will carry bicycles free",
		authors:  []string{"Mara Lindqvist"},
		siteName: "Harbour Herald",
	}
	tests := []struct {
		text, rule string // rule "": not furniture
	}{
		{"Ferry to the outer islands will carry bicycles free", "headline"},
		{"By Mara Lindqvist", "author-line"},
		{"Mara Lindqvist, transport reporter", "author-line"},
		{"https://harbourherald.example/2026/04/ferry-bicycles-free", "bare-url"},
		{"14 April 2026, 09:30", "dateline"},
		{"Harbour Herald, North Coast", "affiliation"},
		// The story's own lines.
		{"The ferry will carry bicycles free of charge from April, the operator said.", ""},
		{"Timetables are at https://harbourherald.example/ferry until the summer.", ""},
		{"Maranatha Lindqvist Street will close for the works.", ""},
		{"Harbour Herald readers asked for the change in a poll last year.", ""},
	}
	st := &stripper{}
	for _, tc := range tests {
		v, ok := st.headerFurniture(tc.text, m)
		got := ""
		if ok {
			got = v.rule
		}
		if got != tc.rule {
			t.Errorf("headerFurniture(%q) = rule %q, want %q", tc.text, got, tc.rule)
		}
	}
}
