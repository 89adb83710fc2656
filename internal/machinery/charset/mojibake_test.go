package charset

import "testing"

func TestRepairMojibake(t *testing.T) {
	tests := []struct {
		in, want string
		fixed    int
	}{
		{"weâ€™ve", "we’ve", 1},
		{"Ã©tÃ© Ã\u00a0 Paris", "été à Paris", 3},
		{"matters\u00e2\u0080\u0094your products", "matters—your products", 1}, // C1 controls, as Latin-1 reads them
		{"costs â‚¬14/month", "costs €14/month", 1},
		{"10\u00c2\u00a0km", "10\u00a0km", 1},
		{"â€œQuotedâ€\u009d", "“Quoted”", 2},
		{"Great ðŸ˜€", "Great 😀", 1},
		// Text written in Latin-1 letters on purpose stays.
		{"ADIÓS…", "ADIÓS…", 0},
		{"Ñandú, Ærø, naïve café", "Ñandú, Ærø, naïve café", 0},
		{"ÉTÉ’S", "ÉTÉ’S", 0},
		{"plain ASCII", "plain ASCII", 0},
		{"", "", 0},
		// A lead at the end of the text, or before a non-continuation.
		{"Ã", "Ã", 0},
		{"Ãx", "Ãx", 0},
	}
	for _, tc := range tests {
		got, n := RepairMojibake(tc.in)
		if got != tc.want || n != tc.fixed {
			t.Errorf("RepairMojibake(%q) = %q, %d; want %q, %d", tc.in, got, n, tc.want, tc.fixed)
		}
	}
}
