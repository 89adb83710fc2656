package blockmodel

import (
	"slices"
	"testing"
)

func TestShape(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Know someone who takes the night bus? Send them this story.", []string{"ask"}},
		{"¿Vives en el barrio? Escríbenos a redaccion@diario.example.", []string{"ask"}},
		{"Why now? Because the lease ends in May.", []string{"ask"}}, // a story asks too: the model weighs it
		{"Ready to start?", []string{"question"}},
		{"The council asked why. Nobody answered? Not quite.", nil}, // the question is not the opening
		{"Become a supporter from £4 a month.", []string{"money"}},
		{"Za 69 Kč měsíčně dostanete všechno.", []string{"money"}},
		{"Mit 5 Franken bist du dabei.", []string{"money"}},
		{"Ab 9,99 € im Monat.", []string{"money"}},
		{"Tickets cost 12 euros at the door.", []string{"money"}},
		{"The bridge is 40 metres long and opened in 1998.", nil},
	}
	for _, tc := range tests {
		if got := shape(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("shape(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNorwegianTags checks that a page tagged with either written standard
// of Norwegian reads as the "no" the training data holds, and that
// another Nordic language does not.
func TestNorwegianTags(t *testing.T) {
	block := func(lang string) []feature {
		return features(Block{Text: "Følg oss på Instagram for flere bilder.", Pos: PosLast, Lang: lang})
	}
	no := block("no")
	for _, lang := range []string{"nb", "nn"} {
		if !slices.Equal(block(lang), no) {
			t.Errorf("features of a block tagged %q differ from one tagged \"no\"", lang)
		}
	}
	if slices.Equal(block("da"), no) {
		t.Error("features of a block tagged \"da\" equal one tagged \"no\"")
	}
}
