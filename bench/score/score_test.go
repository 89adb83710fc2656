package score

import (
	"math"
	"slices"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestPythonStrings(t *testing.T) {
	if got, want := Words("naïve café_2 x-y e\u0301"), []string{"naïve", "café_2", "x", "y", "e"}; !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
	if got, want := split("a\x1fb\u00a0c  d\n"), []string{"a", "b", "c", "d"}; !slices.Equal(got, want) {
		t.Errorf("split = %q, want %q", got, want)
	}
	for in, want := range map[string]string{
		"ΟΔΟΣ":       "οδος",
		"ΣΑ":         "σα",
		"İ":          "i\u0307",
		"The ΣΟΦΟΣ.": "the σοφος.",
	} {
		if got := Lower(in); got != want {
			t.Errorf("Lower(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Caf&eacute; STRASSE – it’s": "café strasse it s",
		"Straße":                     "strasse",
		"ﬁne":                        "fine",
		"  ":                         "",
	} {
		if got := SnipNorm(in); got != want {
			t.Errorf("SnipNorm(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAEB checks hand-computed shingle scores.
func TestAEB(t *testing.T) {
	// Page a: shingles {abcd, bcde} against {abcd, bcdx}: one matched, one
	// extra, one missed, so precision = recall = 1/2.
	// Page b: empty prediction: no precision, recall 0.
	// P = 1/2 (page a only), R = (1/2 + 0)/2 = 1/4, F1 = 2·½·¼/(¾) = 1/3.
	truth := map[string]string{"a": "a b c d e", "b": "one two three four"}
	pred := map[string]string{"a": "a b c d x"}
	got := AEB(truth, pred)
	if !near(got.P, 0.5) || !near(got.R, 0.25) || !near(got.F1, 1.0/3) || got.N != 2 || got.Empty != 1 {
		t.Errorf("AEB = %+v, want P 0.5 R 0.25 F1 1/3 N 2 Empty 1", got)
	}

	// Fewer than four words make one shingle; case counts.
	got = AEB(map[string]string{"a": "Hi there"}, map[string]string{"a": "Hi, there!"})
	if got.P != 1 || got.R != 1 || got.F1 != 1 || got.Accuracy != 1 {
		t.Errorf("AEB same words = %+v, want all 1", got)
	}
	got = AEB(map[string]string{"a": "Hi there"}, map[string]string{"a": "hi there"})
	if got.P != 0 || got.R != 0 || got.F1 != 0 {
		t.Errorf("AEB other case = %+v, want all 0", got)
	}
}

// TestBOW checks hand-computed bag-of-words scores and snippets.
func TestBOW(t *testing.T) {
	// Page a: 3 predicted tokens all in the 6 true ones: P 1, R 1/2.
	// Page b: empty prediction: no precision, recall 0.
	// Page c: no articleBody: not scored, but its snippets count.
	// P = 1, R = 1/4, F1 = 2·1·¼/(5/4) = 0.4.
	truth := map[string]Page{
		"a": {ArticleBody: "The cat sat on the mat", HasBody: true, With: []string{"cat SAT"}, Without: []string{"Mat"}},
		"b": {ArticleBody: "Hello world", HasBody: true, With: []string{"hello"}, Without: []string{"Menu"}},
		"c": {With: []string{"—"}, Without: []string{"it’s"}},
	}
	pred := map[string]string{"a": "the cat sat", "c": "it's here"}
	got := BOW(truth, pred)
	if !near(got.P, 1) || !near(got.R, 0.25) || !near(got.F1, 0.4) {
		t.Errorf("BOW P/R/F1 = %v/%v/%v, want 1/0.25/0.4", got.P, got.R, got.F1)
	}
	// WITH: a passes, b fails, c has no snippet with a word: 1/2.
	// WITHOUT: a passes, b passes (empty), c fails ("it s"): 2/3.
	if !near(got.With, 50) || !near(got.Without, 200.0/3) {
		t.Errorf("BOW WITH/WITHOUT = %v/%v, want 50/66.67", got.With, got.Without)
	}
	if got.N != 3 || got.Scored != 2 || got.Empty != 1 {
		t.Errorf("BOW counts = %+v, want N 3 Scored 2 Empty 1", got)
	}
}

func TestBOWNoPrediction(t *testing.T) {
	got := BOW(map[string]Page{"a": {ArticleBody: "x", HasBody: true}}, nil)
	if !math.IsNaN(got.P) || got.R != 0 || got.F1 != 0 || !math.IsNaN(got.With) {
		t.Errorf("BOW without predictions = %+v, want P NaN, R 0, F1 0, WITH NaN", got)
	}
}
