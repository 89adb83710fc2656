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
