package cleaner

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestReadPathSignals(t *testing.T) {
	tests := []struct {
		url       string
		slugWords int
		root, hub bool
	}{
		{"https://n.example/", 0, true, false},
		{"https://n.example", 0, true, false},
		{"https://n.example/index.html", 0, true, false},
		{"https://n.example/en-us/", 2, true, false},
		{"https://n.example/?p=1234", 0, false, false},
		{"https://n.example/?utm_source=x", 0, true, false},
		{"https://n.example/2024/05/17/council-votes-on-harbour-plan", 5, false, false},
		{"https://n.example/news/council-votes.html", 2, false, false},
		{"https://n.example/news", 1, false, true},
		{"https://n.example/blog/", 1, false, true},
		{"https://n.example/collections/trail-shoes", 2, false, true},
		{"https://n.example/c/furniture/-/N-5xtnr", 2, false, true},
		{"https://n.example/services/seo-audit", 2, false, true},
		{"https://n.example/us/en/services.html", 1, false, true},
		{"https://n.example/tag/climate/", 1, false, true},
		{"https://n.example/author/ada-mercer/", 2, false, true},
		{"https://n.example/section/sport/page/2/", 1, false, true},
		{"https://n.example/news?page=3", 1, false, true},
		{"https://n.example/news/harbour-plan-approved?page=1", 3, false, false},
		{"https://n.example/topics/energy/how-heat-pumps-work", 4, false, false},
		{"https://n.example/collection/small-business-guide", 3, false, false},
		{"", 0, false, false},
	}
	for _, tc := range tests {
		u, err := url.Parse(tc.url)
		if err != nil {
			t.Fatal(err)
		}
		got := readPathSignals(u)
		want := pathSignals{known: tc.url != "", slugWords: tc.slugWords, root: tc.root, hub: tc.hub}
		if got != want {
			t.Errorf("%q: %+v, want %+v", tc.url, got, want)
		}
	}
	if got := readPathSignals(nil); got != (pathSignals{}) {
		t.Errorf("nil URL: %+v, want none", got)
	}
}

func TestReadPageSignals(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             pageSignals
	}{
		{"json-ld article in a graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle","Thing"]}]}</script>`, "", pageSignals{articleType: true}},
		{"json-ld with a prefix", `<script type="application/ld+json">[{"@type":"http://schema.org/BlogPosting"}]</script>`, "", pageSignals{articleType: true}},
		{"og article", `<meta property="og:type" content="article">`, "", pageSignals{articleType: true}},
		{"og product", `<meta property="og:type" content="product.item">`, "", pageSignals{productType: true}},
		{"json-ld product as main entity", `<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"Product","name":"x"}}</script>`, "", pageSignals{productType: true}},
		{"json-ld collection page", `<script type="application/ld+json">{"@type":"CollectionPage"}</script>`, "", pageSignals{hubType: true}},
		{"json-ld service", `<script type="application/ld+json">{"@type":"Service"}</script>`, "", pageSignals{hubType: true}},
		{"json-ld job posting", `<script type="application/ld+json">{"@type":"JobPosting","title":"x"}</script>`, "", pageSignals{thingType: true, hubType: true}},
		{"microdata event", "", `<div itemscope itemtype="https://schema.org/MusicEvent"></div>`, pageSignals{thingType: true, hubType: true}},
		{"a story with its event", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle"},{"@type":"Event"}]}</script>`, "", pageSignals{articleType: true, thingType: true}},
		{"bad json-ld", `<script type="application/ld+json">{"@type":"NewsArticle",}</script>`, "", pageSignals{}},
		{"microdata", "", `<div itemscope itemtype="https://schema.org/Product"></div>`, pageSignals{productType: true}},
		{"product cards", "", `<ul><li class="product-card">a</li><li class="grid__item productTile">b</li><li class="reproduction">c</li></ul>`, pageSignals{productCards: 2, words: 3}},
		{"nested review is not the page's type", `<script type="application/ld+json">{"@type":"Product","review":{"@type":"Review"}}</script>`, "", pageSignals{productType: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head><title>t</title>" + tc.head + "</head><body>" + tc.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := readPageSignals(doc); got != tc.want {
				t.Errorf("%+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestCountSentences(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"One. Two! Three?", 3},
		{"Version 2.5 is out.", 1},
		{"Add to cart\n\nSale", 0},
		{"港の拡張計画を承認した。反対派は上訴を検討している。", 2},
	}
	for _, tc := range tests {
		if got := countSentences(tc.text); got != tc.want {
			t.Errorf("countSentences(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestMostlyPrices(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Oxford shoe, $89.00\n\nLoafer, $99.00\n\nDerby, €85,00", true},
		{"Kettle 45.00 €\n\nToaster 30.00 €\n\nBlender 80.00 €\n\nA longer paragraph about kitchens and what to buy for them.", true},
		{"The council set a $12 fee.\n\nResidents objected.\n\nThe vote is next week.\n\nTickets cost £5.", false},
		{"Oxford, $89\n\nLoafer, $99", false},
	}
	for _, tc := range tests {
		if got := mostlyPrices(tc.text); got != tc.want {
			t.Errorf("mostlyPrices(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBotCheckWording checks the bot-protection pages' wording in the ten
// languages, and story sentences that speak of people and checks.
func TestBotCheckWording(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Verify you are human by completing the action below.", true},
		{"Bitte bestätigen Sie, dass Sie ein Mensch sind.", true},
		{"Wir müssen überprüfen, ob du ein Mensch bist.", true},
		{"Vérifions que vous êtes un être humain avant de continuer.", true},
		{"Confirma que eres un ser humano para continuar.", true},
		{"Verifica che sei un essere umano.", true},
		{"We moeten verifiëren dat u een mens bent.", true},
		{"Confirme que você é humano para acessar o site.", true},
		{"Sprawdźmy, czy jesteś człowiekiem.", true},
		{"Vi behöver verifiera att du är en människa.", true},
		{"Ověřte prosím, že jste člověk.", true},
		{"Controleer of u een mens bent.", true},
		{"Verifica di essere un essere umano.", true},
		{"Sprawdzanie, czy jesteś człowiekiem.", true},
		{"Kontrollerar att du är en människa.", true},
		{"Verifique que es un ser humano.", true},
		{"La policía confirmó que el hueso es humano.", false},
		{"The museum confirmed that the bones are human and about 900 years old.", false},
		{"Die Polizei bestätigte, dass der Fahrer ein Mensch aus dem Dorf war.", false},
		{"Los forenses verificaron que el resto era humano.", false},
	} {
		if got := botCheck.MatchString(tc.text); got != tc.want {
			t.Errorf("botCheck(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
