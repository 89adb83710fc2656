package cleaner

import (
	"slices"
	"testing"
)

// A byline's names come without the words around them.
func TestAddAuthor(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"Niamh Corcoran reports from FBD Semple Stadium 6 Oct 2024", []string{"Niamh Corcoran"}},
		{"Ana Ruiz reporting in Kyiv", []string{"Ana Ruiz"}},
		{"Oprac. Katarzyna Wróbel", []string{"Katarzyna Wróbel"}},
		{"opracowanie: Jan Nowak", []string{"Jan Nowak"}},
		{"By Tom Ellery published 22 January 2024", []string{"Tom Ellery"}},
		{"Von Jonas Peters", []string{"Jonas Peters"}},
		{"By Ana Ruiz and Bo Lind", []string{"Ana Ruiz", "Bo Lind"}},
		{"https://news.example/author/ana", nil},
	}
	for _, tc := range tests {
		var m metadata
		m.addAuthor(tc.byline)
		if !slices.Equal(m.authors, tc.want) {
			t.Errorf("addAuthor(%q): got %q, want %q", tc.byline, m.authors, tc.want)
		}
	}
}
