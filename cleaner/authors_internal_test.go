package cleaner

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A byline's names come without the words around them: the byline word,
// roles, dates, agencies, account names.
func TestCleanNames(t *testing.T) {
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
		{"Par Claire Dubreuil et Mathieu Lenoir", []string{"Claire Dubreuil", "Mathieu Lenoir"}},
		{"Por Lucía Herrera y Andrés Molina", []string{"Lucía Herrera", "Andrés Molina"}},
		{"Di Giulia Ferri e Marco Bellini", []string{"Giulia Ferri", "Marco Bellini"}},
		{"Door Sanne de Wit en Pieter Janssen", []string{"Sanne de Wit", "Pieter Janssen"}},
		{"Autor: Anna Kowalczyk i Piotr Zieliński", []string{"Anna Kowalczyk", "Piotr Zieliński"}},
		{"https://news.example/author/ana", nil},
		{"IDA MORROWAssociated Press", []string{"Ida Morrow"}},
		{"Kit Lamb, Associated Press", []string{"Kit Lamb"}},
		{"Kit Lamb (AFP)", []string{"Kit Lamb"}},
		{"Reuters", []string{"Reuters"}},
		{"Analysis by Rhea Stone", []string{"Rhea Stone"}},
		{"Rhea Stone, Harbour Ledger Editor-at-large", []string{"Rhea Stone"}},
		{"LEDGER STAFF MARCH 3, 2021 08:15", nil},
		{"Harbour Sports Writer", nil},
		{"admin", nil},
		{"jsmith", nil},
		{"Гость", nil},
		{"@harbourledger", nil},
		{"Ola Brekke | 3 hours ago", []string{"Ola Brekke"}},
		{"Yazan: Elif Aydın ve Mert Kaya", []string{"Elif Aydın", "Mert Kaya"}},
		{"Автор: Анна Соколова и Дмитрий Орлов", []string{"Анна Соколова", "Дмитрий Орлов"}},
		// After a comma, one word after a full name is an employer or a degree.
		{"By Ana Ruiz, Ledger", []string{"Ana Ruiz"}},
		{"Ana Ruiz, MS, RD", []string{"Ana Ruiz"}},
		{"Par Claire Dubreuil, AFP", []string{"Claire Dubreuil"}},
		{"By Ana Ruiz, Bo Lind", []string{"Ana Ruiz", "Bo Lind"}},
		{"Door Sanne de Wit, Pieter Janssen", []string{"Sanne de Wit", "Pieter Janssen"}},
		// Words of a sentence are no byline, whatever looks like a name in it.
		{"The Harbour and Fishing ministries", nil},
		{"Ana Ruiz in Madrid", nil},
		{"Ludwig van Oort", []string{"Ludwig van Oort"}},
		{"by 山田花子 ／ 2021.03.04", []string{"山田花子"}},
		{"Updated 9:40 pm, Tuesday", nil},
		{"Article by: Ana Ruiz RN, BSN, Certified Sleep Consultant", []string{"Ana Ruiz"}},
		{"Authored by: Dr. Ana Ruiz", []string{"Dr. Ana Ruiz"}},
		{"Articles by Ana", []string{"Ana"}},
		{"Ana Ruiz, head of news at the Ledger", []string{"Ana Ruiz"}},
		{"Kit Lamb III", []string{"Kit Lamb III"}},
		{"Written By", nil},
		{"More About Ana Ruiz", []string{"Ana Ruiz"}},
		{"View all posts by Ana Ruiz", []string{"Ana Ruiz"}},
		{"Ana Ruiz Last updated 3 May 2021", []string{"Ana Ruiz"}},
		{"Learn More", nil},
		{"Ana RuizMarch 3, 2021", []string{"Ana Ruiz"}},
		{"Ana Ruiz (Harbour Ledger)", []string{"Ana Ruiz"}},
		{"Author Ana Ruiz", []string{"Ana Ruiz"}},
		{"Autorin Maria Keller", []string{"Maria Keller"}},
		{"Dec", nil},
		{"Sat", nil},
		{"Saturday", nil},
		{"About Ana Ruiz", []string{"Ana Ruiz"}},
		{"Harbour Ledger Editorial Team", nil},
		{"Ana Ruiz Content Marketing Coordinator", nil},
		{"Harbour Audio On", []string{"Harbour Audio On"}},
		{"Written by Ana Ruiz on May 2, 2020", []string{"Ana Ruiz"}},
	}
	for _, tc := range tests {
		if got := cleanNames(tc.byline); !slices.Equal(got, tc.want) {
			t.Errorf("cleanNames(%q): got %q, want %q", tc.byline, got, tc.want)
		}
	}
}

// One person is listed once, however the page spells the name.
func TestAddNameOneSpelling(t *testing.T) {
	var list []string
	for _, n := range []string{"Jill Moreau", "JILL MOREAU", "Jill  Moreau.", "Ana Ruiz", "Jill K. Moreau", "Jill Kay Moreau"} {
		list = addName(list, collapseSpace(n))
	}
	if want := []string{"Jill Moreau", "Ana Ruiz", "Jill Kay Moreau"}; !slices.Equal(list, want) {
		t.Errorf("got %q, want %q", list, want)
	}
}

// A desk's byline gives the paper it names, or "" for the publisher's own.
func TestDeskName(t *testing.T) {
	tests := []struct {
		byline, want string
		ok           bool
	}{
		{"By Harbour Ledger Staff", "Harbour Ledger", true},
		{"HARBOUR LEDGER STAFF NOVEMBER 3, 2021 10:40", "Harbour Ledger", true},
		{"Ledger wire services Published 11:11 PM", "Ledger", true},
		{"HLN Staff | March 3, 2021", "HLN", true},
		{"Staff Reports", "", true},
		{"Staff reporter", "", true},
		{"Editorial", "", true},
		{"Web Desk", "", true},
		{"Von unserer Redaktion", "", true},
		{"Redazione Corriere del Porto", "Corriere del Porto", true},
		{"Редакция Портовых вестей", "Портовых вестей", true},
		{"Ana Ruiz", "", false},
		{"admin", "", false},
	}
	for _, tc := range tests {
		got, ok := deskName(tc.byline)
		if got != tc.want || ok != tc.ok {
			t.Errorf("deskName(%q) = %q, %v; want %q, %v", tc.byline, got, ok, tc.want, tc.ok)
		}
	}
}

func TestStripPublisher(t *testing.T) {
	tests := []struct{ name, publisher, want string }{
		{"Ana Ruiz HARBOUR LEDGER", "harbourledger", "Ana Ruiz"},
		{"Ana Ruiz Harbour Ledger", "Harbour Ledger", "Ana Ruiz"},
		{"Harbour Ledger", "Harbour Ledger", "Harbour Ledger"},
		{"Ana Ruiz", "Harbour Ledger", "Ana Ruiz"},
		{"Ana Ruiz", "", "Ana Ruiz"},
	}
	for _, tc := range tests {
		if got := stripPublisher(tc.name, tc.publisher); got != tc.want {
			t.Errorf("stripPublisher(%q, %q) = %q, want %q", tc.name, tc.publisher, got, tc.want)
		}
	}
}

// The authors come from the first source that names a person, and never
// from comments or the publisher's own metadata.
func TestFindAuthors(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             []string
	}{
		{"person on a medical web page", `<script type="application/ld+json">{"@type":"MedicalWebPage","author":{"@type":"Person","name":"Rhea Stone"},"publisher":{"@type":"Organization","name":"Harbour Health"}}</script>`, ``, []string{"Rhea Stone"}},
		{"id reference in a graph", `<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Kit Lamb"}]}</script>`, ``, []string{"Kit Lamb"}},
		{"person before organization", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Ledger Desk"},{"@type":"Person","name":"Ana Ruiz"}]}</script>`, ``, []string{"Ana Ruiz"}},
		{"organization when nothing better", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Reuters"}}</script>`, ``, []string{"Reuters"}},
		{"publisher in the metadata is no author", `<meta name="author" content="Harbour Ledger"><meta property="og:site_name" content="Harbour Ledger">`, `<p class="byline">By Ola Brekke</p>`, []string{"Ola Brekke"}},
		{"itemprop list, comment author ignored", ``, `<div class="comments"><span itemprop="author">Гость</span></div><span itemprop="author creator">Ida Morrow</span>`, []string{"Ida Morrow"}},
		{"visible by-line under the headline", ``, `<div>By</div><div>Tom Ellery</div>`, []string{"Tom Ellery"}},
		{"account name only", `<meta name="author" content="admin">`, ``, nil},
		{"visible by-line in a script without capitals", ``, `<div class="meta">by 山田花子 ／ 2021.03.04</div>`, []string{"山田花子"}},
		{"agency of a dateline", ``, `<p>Posted 3 May 2021</p><p>HARBOUR CITY (AP) — The ferry service resumed on Monday.</p>`, []string{"AP"}},
		{"agency of a German dateline", ``, `<p>BERLIN (dpa) – Die Fähre fährt wieder.</p>`, []string{"dpa"}},
		{"a word in brackets is no agency", ``, `<p>HARBOUR CITY (Updated) — The ferry service resumed.</p>`, nil},
		{"desk names its paper", ``, `<div class="byline">By HARBOUR LEDGER STAFF</div>`, []string{"Harbour Ledger"}},
		{"desk of the publisher", `<meta property="og:site_name" content="Harbour Ledger">`, `<div class="byline">By Staff Reports</div>`, []string{"Harbour Ledger"}},
		{"French desk", `<meta property="og:site_name" content="Le Courrier du Port">`, `<p class="auteur">Par La Rédaction</p>`, []string{"Le Courrier du Port"}},
		{"Spanish desk", ``, `<p class="autor">Redacción El Faro del Puerto</p>`, []string{"El Faro del Puerto"}},
		{"German desk in the author field", `<meta name="author" content="Redaktion Kieler Morgen">`, ``, []string{"Kieler Morgen"}},
		{"person before desk", `<meta name="author" content="Ledger Staff">`, `<div class="byline">By Ola Brekke</div>`, []string{"Ola Brekke"}},
		{"desk of a one-word company", `<meta property="og:site_name" content="Harbourly">`, `<div class="byline">By The Harbourly Team</div>`, []string{"Harbourly"}},
		{"desk keeps the paper's article", `<meta property="og:site_name" content="The Ledger">`, `<div class="byline">By The Ledger Staff</div>`, []string{"The Ledger"}},
		{"desk keeps an acronym's capitals", ``, `<div class="byline">By HLX Connect Team</div>`, []string{"HLX Connect"}},
		{"desk without a publisher", ``, `<div class="byline">By Staff</div>`, nil},
		{"employer after the reporter", `<meta property="og:site_name" content="Harbour Ledger">`, `<div class="byline">By Ana Ruiz, Harbour Ledger Business</div>`, []string{"Ana Ruiz"}},
		{"part of the publisher's name after the reporter", `<meta property="og:site_name" content="Harbour Ledger Weekly">`, `<div class="byline">Ana Ruiz, Harbour Ledger</div>`, []string{"Ana Ruiz"}},
		{"parent company in the author tag", `<meta name="author" content="Harbour Media Group"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ola Brekke"}}</script>`, `<div class="byline">Ola Brekke</div>`, []string{"Ola Brekke"}},
		{"author tag padded with the paper", `<meta name="author" content="Ola Brekke. Harbour Ledger International">`, `<div class="byline">by Ola Brekke</div>`, []string{"Ola Brekke"}},
		{"Korean sign-off, role first", ``, `<p>칼럼니스트 이서준 <a href="mailto:seojun@port.example">seojun@port.example</a></p>`, []string{"이서준"}},
		{"Korean sign-off in the text", ``, `<p>최민지 기자 minji@port.example</p>`, []string{"최민지"}},
		{"Chinese sign-off", ``, `<p>记者 王海燕 wanghy@port.example</p>`, []string{"王海燕"}},
		{"sign-off in a comment", ``, `<div class="comment-list"><p>최민지 기자 minji@port.example</p></div>`, nil},
		{"three spellings", `<meta name="author" content="JILL MOREAU"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jill Moreau"}}</script>`, ``, []string{"Jill Moreau"}},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader("<html><head>" + tc.head + "</head><body><h1>Headline</h1>" + tc.body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		m := extractMetadata(doc, nil)
		if !slices.Equal(m.authors, tc.want) {
			t.Errorf("%s: authors %q, want %q", tc.name, m.authors, tc.want)
		}
	}
}
