package blockmodel

import "testing"

func TestLabelOf(t *testing.T) {
	for _, tc := range []struct {
		text, label string
		ok          bool
	}{
		{"From our archive: How the night train lost its sleeper cars", "From our archive", true},
		{"À relire : La passerelle fermée deux jours", "À relire", true},
		{"Q: How long will the bridge stay closed?", "Q", true},
		{"読んでおきたい：駅前の再開発 計画 決まる", "読んでおきたい", true},
		{"Step 2: Measure the gap.", "", false},                               // a sentence: it ends with a full stop
		{"Closed: Mon–Fri | 7.00–19.00 Open: weekends", "", false},            // a line of facts
		{"Kościerzyna 14:08 | Skowarcz 14:41", "", false},                     // a time, then facts
		{"The mayor of the town said this: we will act", "", false},           // a label of more than five words
		{"Related: More", "", false},                                          // too little after the colon
		{"No colon in this line at all, just a sentence of words", "", false}, // no label
	} {
		label, ok := LabelOf(tc.text)
		if ok != tc.ok || ok && label != tc.label {
			t.Errorf("LabelOf(%q) = %q, %v; want %q, %v", tc.text, label, ok, tc.label, tc.ok)
		}
	}
}
