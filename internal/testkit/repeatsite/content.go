package repeatsite

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The site's own boilerplate, per language: the plug (a house note) sits
// before the sign-off at the end of every article. Written for this
// project, in words no generic rule or classifier should know for
// boilerplate, so that only learning the site's repeated blocks removes
// them. (An earlier plug was a membership appeal, an earlier English
// sign-off "Written up at the quayside desk, where the kettle is always
// on.", and an earlier German one "Aufgeschrieben am Schreibtisch an der
// Kaimauer, wo der Kessel nie kalt wird.": the block classifier learnt to
// remove each on its own, the last with the model of 2026-12-07.)
var (
	plugs = map[string]string{
		"en": "The Tidewater Ledger has been set in type at the old ropeworks on Ferry Lane since 1884, and every copy still travels up the estuary on the Thursday post boat to the nine villages it serves.",
		"de": "Der Hafenbote wird seit 1884 in der alten Seilerei an der Fährgasse gesetzt, und jedes Exemplar fährt donnerstags mit dem Postboot den Fluss hinauf zu den neun Dörfern, über die er schreibt.",
	}
	signoffs = map[string]string{
		"en": "Set down at the long table by the harbour window, between the tide tables and the ferry timetable.",
		"de": "Notiert im Giebelzimmer über der alten Fischhalle, zwischen Gezeitentafel und Fährplan.",
	}
)

// Story is the running story some articles of each language belong to:
// they share its background paragraph and its quote.
type Story struct {
	Background, Quote string
}

var stories = map[string]Story{
	"en": {
		Background: "The lock gates at Saltmarsh Reach were built in 1911 and have not been fully rebuilt since; engineers warned four years ago that the oak mitres were splitting and that a single failure could strand the fishing fleet upstream for a season.",
		Quote:      "“We are not going to wait for the gates to fail before we act,” the harbour master, Oona Pettifer, told the inquiry.",
	},
	"de": {
		Background: "Die Schleusentore am Salzwiesenkanal stammen aus dem Jahr 1911 und wurden seither nie vollständig erneuert; Gutachter warnten schon vor vier Jahren, dass die Eichenbalken reißen und ein einziger Ausfall die Fischereiflotte eine ganze Saison lang flussaufwärts festhalten könnte.",
		Quote:      "„Wir warten nicht, bis die Tore brechen, bevor wir handeln“, sagte die Hafenmeisterin Ortrud Pfeiffer vor dem Ausschuss.",
	},
}

// StoryArticles is the number of articles per language, the first ones,
// that belong to the running story, unless Options.StoryArticles says
// otherwise.
const StoryArticles = 5

// topic is what an article is about: its own words, which its sentences
// repeat, as a story's do.
type topic struct {
	thing, place, person, group string
	words                       []string
}

var topics = map[string][]topic{
	"en": {
		{"lock gates", "Saltmarsh Reach", "Oona Pettifer", "the harbour board", []string{"timber", "mitres", "sluices", "engineers", "fishing", "upstream"}},
		{"orchard cooperative", "Hollins Vale", "Perpetua Graves", "the growers", []string{"cider", "blossom", "pickers", "harvest", "frosts", "pressing"}},
		{"chess tournament", "Marrowby", "Ignatius Fenn", "the junior club", []string{"openings", "grandmaster", "endgame", "rating", "knights", "clocks"}},
		{"observatory", "Cragwell Fell", "Thaddeus Morrow", "the astronomers", []string{"telescope", "comets", "mirrors", "nebula", "darkness", "lenses"}},
		{"ferry timetable", "Gullhaven", "Marisol Teague", "the ferry company", []string{"crossings", "sailings", "passengers", "vessels", "tickets", "islanders"}},
		{"bakery strike", "Penrith Cross", "Dorcas Whitlow", "the bakers' union", []string{"ovens", "loaves", "picket", "flour", "wages", "shifts"}},
		{"lighthouse museum", "Skerry Point", "Barnaby Quill", "the trustees", []string{"lantern", "keepers", "exhibits", "visitors", "foghorn", "restoration"}},
		{"rowing regatta", "Lowmere", "Henrietta Vance", "the rowing club", []string{"oarsmen", "sculls", "heats", "stroke", "finishing", "trophies"}},
		{"library closure", "Ashcombe", "Cornelius Pybus", "the library friends", []string{"borrowers", "shelves", "volunteers", "archives", "petition", "reading"}},
		{"wind farm", "Blackridge Moor", "Isadora Kemp", "the turbine operator", []string{"turbines", "megawatts", "blades", "substation", "curlews", "planning"}},
		{"cheese fair", "Wickham Down", "Rupert Ashdown", "the dairy farmers", []string{"cheddar", "rinds", "cellars", "judging", "creamery", "tasting"}},
		{"bus depot", "Threlkeld", "Winifred Oakes", "the transport union", []string{"drivers", "routes", "garage", "electric", "charging", "fleet"}},
	},
	"de": {
		{"Schleusentore", "Salzwiesenkanal", "Ortrud Pfeiffer", "die Hafenbehörde", []string{"Eichenbalken", "Gutachter", "Fischerei", "Schleusen", "Flotte", "Kanalufer"}},
		{"Obstgenossenschaft", "Apfelgrund", "Leopold Brandauer", "die Obstbauern", []string{"Blüte", "Ernte", "Pflücker", "Nachtfrost", "Mostpresse", "Streuobst"}},
		{"Schachturnier", "Kranichfeld", "Walburga Reimann", "der Jugendverein", []string{"Eröffnung", "Großmeister", "Endspiel", "Springer", "Bedenkzeit", "Turnierleitung"}},
		{"Sternwarte", "Hohenkamm", "Theodor Lindqvist", "die Sternfreunde", []string{"Teleskop", "Kometen", "Spiegel", "Nebelflecken", "Dunkelheit", "Kuppel"}},
		{"Fährfahrplan", "Möwenhafen", "Friederike Alsen", "die Reederei", []string{"Überfahrten", "Fahrgäste", "Anleger", "Inselbewohner", "Fahrkarten", "Wellengang"}},
		{"Bäckerstreik", "Kornhausen", "Gottlieb Sander", "die Bäckerinnung", []string{"Backöfen", "Brötchen", "Streikposten", "Mehlpreise", "Frühschicht", "Sauerteig"}},
		{"Leuchtturmmuseum", "Klippenort", "Hedwig Storm", "der Förderverein", []string{"Laterne", "Wärter", "Ausstellung", "Besucher", "Nebelhorn", "Restaurierung"}},
		{"Ruderregatta", "Seebrück", "Konstantin Wehrle", "der Ruderclub", []string{"Ruderer", "Skiffs", "Vorläufe", "Schlagzahl", "Zielrichter", "Pokale"}},
		{"Bibliotheksschließung", "Eschenbach", "Mechthild Vogt", "die Bücherfreunde", []string{"Ausleihe", "Regale", "Ehrenamtliche", "Archiv", "Unterschriften", "Lesesaal"}},
		{"Windpark", "Schwarzmoor", "Isidor Kamphausen", "der Betreiber", []string{"Windräder", "Megawatt", "Rotorblätter", "Umspannwerk", "Brachvögel", "Genehmigung"}},
		{"Käsemarkt", "Weidenau", "Ruprecht Alber", "die Milchbauern", []string{"Bergkäse", "Rinde", "Reifekeller", "Prämierung", "Sennerei", "Verkostung"}},
		{"Busdepot", "Talheim", "Wilhelmine Ott", "die Verkehrsgewerkschaft", []string{"Fahrerinnen", "Linien", "Betriebshof", "Elektrobusse", "Ladesäulen", "Fuhrpark"}},
	},
}

// templates make the story's sentences; %[1]s is the thing, %[2]s the
// place, %[3]s the person, %[4]s the group, %[5]s and %[6]s two of the
// topic's words.
var templates = map[string][]string{
	"en": {
		"In %[2]s, %[4]s spent the week arguing over the %[1]s, and over the %[5]s above all.",
		"%[3]s said the %[5]s had been neglected for years and that the %[6]s would suffer next.",
		"Nobody in %[2]s remembers a quarrel like this one about the %[1]s.",
		"The %[6]s and the %[5]s were the subject of a long meeting on Thursday night.",
		"%[4]s have asked for a written answer about the %[5]s before the end of the month.",
		"According to %[3]s, the cost of the %[6]s has nearly doubled since the spring.",
		"Several people in %[2]s wrote to say the %[1]s matters more than any road or shop.",
		"A report on the %[5]s, seen by this paper, lists eleven problems with the %[6]s.",
		"%[3]s will meet %[4]s again next week, with the %[1]s first on the agenda.",
		"For now the %[6]s carry on as before, and the %[5]s wait.",
	},
	"de": {
		"In %[2]s stritten %[4]s die ganze Woche über die %[1]s und vor allem über die %[5]s.",
		"%[3]s sagte, die %[5]s seien jahrelang vernachlässigt worden und als Nächstes litten die %[6]s.",
		"Niemand in %[2]s erinnert sich an einen solchen Streit um die %[1]s.",
		"Die %[6]s und die %[5]s beschäftigten am Donnerstagabend eine lange Sitzung.",
		"%[4]s verlangen bis zum Monatsende eine schriftliche Antwort zu den %[5]s.",
		"Nach Angaben von %[3]s haben sich die Kosten für die %[6]s seit dem Frühjahr fast verdoppelt.",
		"Mehrere Leute aus %[2]s schrieben, die %[1]s seien wichtiger als jede Straße und jeder Laden.",
		"Ein Bericht über die %[5]s, der dieser Zeitung vorliegt, nennt elf Mängel bei den %[6]s.",
		"%[3]s trifft %[4]s nächste Woche wieder, die %[1]s stehen oben auf der Tagesordnung.",
		"Vorerst bleibt bei den %[6]s alles beim Alten, und die %[5]s warten.",
	},
}

// Article is one generated article.
type Article struct {
	// Lang is "en" or "de"; N its number within the language.
	Lang string
	N    int
	// Path is its URL path.
	Path  string
	Title string
	// Paragraphs are the story's paragraphs, in order: article text, all
	// of it, the story's background and quote included.
	Paragraphs []string
	// InStory says the article belongs to the running story.
	InStory bool
}

// Plug and SignOff return the site's boilerplate in lang.
func Plug(lang string) string    { return plugs[lang] }
func SignOff(lang string) string { return signoffs[lang] }

// RunningStory returns the running story of lang.
func RunningStory(lang string) Story { return stories[lang] }

// Langs are the site's languages.
var Langs = []string{"en", "de"}

// article generates article n of lang; the first story articles belong
// to the running story.
func article(lang string, n, story int) Article {
	rng := rand.New(rand.NewPCG(uint64(n), uint64(len(lang))*0x9e3779b97f4a7c15))
	ts := topics[lang]
	inStory := n < story
	t := ts[n%len(ts)]
	if inStory {
		t = ts[0]
	}
	a := Article{Lang: lang, N: n, InStory: inStory}
	tmpl := templates[lang]
	sentence := func() string {
		w1, w2 := t.words[rng.IntN(len(t.words))], t.words[rng.IntN(len(t.words))]
		return fmt.Sprintf(tmpl[rng.IntN(len(tmpl))], t.thing, t.place, t.person, t.group, w1, w2)
	}
	paras := 4 + rng.IntN(3)
	for i := range paras {
		var b strings.Builder
		for s := range 2 + rng.IntN(3) {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(sentence())
		}
		// A number makes each paragraph the article's own.
		fmt.Fprintf(&b, " (%s %d.%d)", map[string]string{"en": "Ref.", "de": "Az."}[lang], n, i)
		a.Paragraphs = append(a.Paragraphs, b.String())
		if inStory && i == 1 {
			a.Paragraphs = append(a.Paragraphs, stories[lang].Background)
		}
		if inStory && i == 2 {
			a.Paragraphs = append(a.Paragraphs, stories[lang].Quote)
		}
	}
	a.Title = fmt.Sprintf(map[string]string{"en": "What next for the %s in %s? (%d)", "de": "Wie geht es weiter mit den %s in %s? (%d)"}[lang], t.thing, t.place, n)
	a.Path = fmt.Sprintf("/%s/2026/%02d/%s-%d.html", lang, 1+n%12, slug(t.thing), n)
	return a
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'ä':
			b.WriteString("ae")
		case r == 'ö':
			b.WriteString("oe")
		case r == 'ü':
			b.WriteString("ue")
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}
