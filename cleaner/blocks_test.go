package cleaner_test

import (
	"bytes"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// puentePage is a Spanish story about a town's new bicycle bridge, with
// first as its first block.
func puentePage(first string) string {
	paras := []string{
		"El nuevo puente sobre el canal se abrió a las bicicletas el sábado por la mañana, tres años después de que el ayuntamiento aprobara el proyecto y dos más tarde de lo prometido.",
		"Cientos de vecinos esperaban en el extremo este antes del corte de la cinta, y una fila de niños en bicicletas pequeñas fue la primera en cruzar entre aplausos.",
		"El paso une el casco antiguo con el barrio de la otra orilla, cuyos ciclistas debían dar un rodeo de casi dos kilómetros por la carretera de circunvalación.",
		"La obra costó unos once millones, algo más de lo previsto, porque los cimientos tuvieron que ir más hondo de lo que indicaban los estudios de la primavera.",
		"La iluminación del tablero llegará antes del invierno, según el ayuntamiento, y el carril del lado del barrio se ensanchará cuando terminen las últimas viviendas.",
		"Los vecinos que acudieron a la inauguración dijeron que el puente cambiará su forma de ir al colegio y al trabajo, y varios preguntaron cuándo se hará el siguiente.",
	}
	var b strings.Builder
	b.WriteString(`<html lang="es"><head><title>El puente del canal se abre a las bicicletas</title></head><body><main><article>`)
	b.WriteString(`<h1>El puente del canal se abre a las bicicletas</h1>` + first)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article></main></body></html>`)
	return b.String()
}

// TestOpeningNote checks the lede guard: the first long paragraph needs the
// block classifier's middle score, unless it is set wholly in italics or
// bold, as a note that opens a story is. The note is worded so that no
// text rule names it: only the classifier can judge it.
func TestOpeningNote(t *testing.T) {
	const note = "Este artículo incluye enlaces de compra. Si pides algo desde ellos, la tienda nos da una pequeña parte de la venta y a ti no te cuesta nada más, te lo prometemos."
	const lede = "Durante años, la única forma de cruzar el canal en bicicleta fue una pasarela estrecha con escaleras en ambos extremos, y la mayoría de los ciclistas acababa tomando el autobús."
	tests := []struct {
		name, first, text string
		kept              bool
	}{
		{"an italic note", "<p><em>" + note + "</em></p>", note, false},
		{"the note as a plain paragraph, taken as the lede", "<p>" + note + "</p>", note, true},
		{"an italic lede", "<p><em>" + lede + "</em></p>", lede, true},
		{"a plain lede", "<p>" + lede + "</p>", lede, true},
	}
	u, _ := url.Parse("https://canal.example/noticias/puente-bicicletas")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(puentePage(tc.first)), u, cleaner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if kept := strings.Contains(a.Text, tc.text); kept != tc.kept {
				t.Errorf("first block kept = %v, want %v; text:\n%s", kept, tc.kept, a.Text)
			}
			if !strings.Contains(a.Text, "Cientos de vecinos esperaban") {
				t.Errorf("story text lost:\n%s", a.Text)
			}
		})
	}
}

// TestRulesOnly checks that Options.RulesOnly leaves the block classifier
// out: no corpus page has a removal of rule "model" then, though some have
// with the classifier.
func TestRulesOnly(t *testing.T) {
	withModel := 0
	for _, p := range loadCorpus(t) {
		u, err := url.Parse(p.spec.url)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(p.html)
		if err != nil {
			t.Fatal(err)
		}
		for _, rulesOnly := range []bool{false, true} {
			a, err := cleaner.Clean(bytes.NewReader(data), u, cleaner.Options{ContentType: p.spec.contentType, RulesOnly: rulesOnly})
			if err != nil {
				continue
			}
			for _, r := range a.Removed {
				if r.Rule != "model" {
					continue
				}
				if rulesOnly {
					t.Errorf("%s: RulesOnly, yet the classifier removed %q", p.name, r.Text)
				} else {
					withModel++
				}
			}
		}
	}
	if withModel == 0 {
		t.Error("the classifier removed nothing from the corpus: the check above proves nothing")
	}
}
