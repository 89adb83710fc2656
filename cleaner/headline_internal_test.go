package cleaner

import "testing"

func TestTidySiteName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbour_", "Harbour"},
		{"@harbourledger", "harbourledger"},
		{"| Harbour Ledger |", "Harbour Ledger"},
		{"U.S.", "U.S."},
		{"https://www.harbourledger.example", "harbourledger.example"},
		{"Harbour Ledger", "Harbour Ledger"},
	}
	for _, tc := range tests {
		if got := tidySiteName(tc.in); got != tc.want {
			t.Errorf("tidySiteName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Tide Tables Explained | tidewatch.com", "", "Tide Tables Explained"},
		{"Kelp forest mapped - Newsroom - Harbour University", "Newsroom - Harbour University", "Kelp forest mapped"},
		{"Fog closes the port - Harbour Ledger", "Harbour Ledger", "Fog closes the port"},
		{"Notes on harbour-ledger.com | Harbour Ledger", "Harbour Ledger", "Notes on harbour-ledger.com"},
	}
	for _, tc := range tests {
		if got := cleanTitle(tc.title, tc.site); got != tc.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, title string
		h1s         []string
		site, want  string
	}{
		{"same words", "FOG CLOSES THE PORT", []string{"Fog closes the port"}, "", "Fog closes the port"},
		{"suffix left over", "Fog closes the port | Harbour Ledger | News", []string{"Harbour Ledger", "Fog closes the port"}, "Harbour Ledger", "Fog closes the port"},
		{"logo h1 only", "Fog closes the port", []string{"Harbour Ledger"}, "Harbour Ledger", "Fog closes the port"},
		{"page's wording", "Port closed by fog: what it means for ferries", []string{"Fog closes the port: what it means for the ferries"}, "", "Fog closes the port: what it means for the ferries"},
		{"another story's h1", "Fog closes the port", []string{"Latest news"}, "", "Fog closes the port"},
		{"no title", "", []string{"Fog closes the port"}, "", "Fog closes the port"},
		{"headline in capitals", "Fog Closes the Port Again", []string{"FOG CLOSES THE PORT AGAIN"}, "", "Fog Closes the Port Again"},
		{"headline in small letters, title with a long tail", "Fog closes the port | Ferries, buses, schools, roads and more | Harbour Ledger", []string{"fog closes the port"}, "Harbour Ledger", "Fog closes the port"},
		{"date before the headline", "Stadtrat beschließt neuen Busfahrplan", []string{"12.03.2021 Stadtrat beschließt neuen Busfahrplan"}, "", "Stadtrat beschließt neuen Busfahrplan"},
		{"label before the headline", "Por qué el puerto necesita un carril bici", []string{"Opinión: Por qué el puerto necesita un carril bici"}, "", "Por qué el puerto necesita un carril bici"},
		{"an article before the title is the headline's", "Best Ferries of the Coast", []string{"The Best Ferries of the Coast"}, "", "The Best Ferries of the Coast"},
		{"an overline is the headline's", "Fog closes the port for days", []string{"The Harbour Ledger Weather Awards: Fog closes the port for days"}, "", "The Harbour Ledger Weather Awards: Fog closes the port for days"},
		{"section left on the headline", "Le port doit choisir | Tribune | Le Courrier", []string{"Le port doit choisir | Tribune"}, "Le Courrier", "Le port doit choisir"},
		{"subtitle the title does not drop", "Fog closes the port", []string{"Fog closes the port: what it means for ferries"}, "", "Fog closes the port: what it means for ferries"},
		{"entities escaped twice", "Ferries &amp; buses return", []string{"Ferries &#x26; buses return"}, "", "Ferries & buses return"},
	}
	for _, tc := range tests {
		if got := headline(tc.title, tc.h1s, tc.site); got != tc.want {
			t.Errorf("%s: headline = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestPageLanguage(t *testing.T) {
	de := "Am Dienstagabend kamen zahlreiche Anwohnerinnen und Anwohner in die Stadthalle, um sich über die Pläne der Verwaltung zu informieren. Die Stadt verweist auf Zählungen, nach denen der Bedarf seit Jahren wächst, doch mehrere Rednerinnen kritisierten die kurze Beteiligung."
	en := "Residents gathered in the community hall on Tuesday evening to hear how the new plan would work in practice, and many left with more questions than answers about the timetable and the fares."
	ru := "Во вторник вечером несколько десятков жителей пришли в дом культуры, чтобы узнать подробности проекта, подготовленного администрацией города."
	tests := []struct{ name, declared, sample, want string }{
		{"declared and right", "en-GB", en, "en-GB"},
		{"declared wrong, the text wins", "en", de, "de"},
		{"declared in another script", "en", ru, "ru"},
		{"none declared", "", de, "de"},
		{"too little text", "fr", "OK", "fr"},
		{"not a tag", "x-klingon", en, "en"},
	}
	for _, tc := range tests {
		if got := pageLanguage(tc.declared, tc.sample); got != tc.want {
			t.Errorf("%s: pageLanguage(%q) = %q, want %q", tc.name, tc.declared, got, tc.want)
		}
	}
}

func TestTitleKeepsIdeographicSpace(t *testing.T) {
	tests := []struct{ raw, site, want string }{
		{"港町に博物館　空き店舗を活用 | 港新聞", "港新聞", "港町に博物館　空き店舗を活用"},
		{"　港町に博物館　", "", "港町に博物館"},
		{"Harbour  museum\u00a0opens\n", "", "Harbour museum opens"},
	}
	for _, tc := range tests {
		if got := cleanTitle(tc.raw, tc.site); got != tc.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", tc.raw, tc.site, got, tc.want)
		}
	}
}
