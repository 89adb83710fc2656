package cleaner

import "testing"

// A clause after a comma that names who says what is an attribution, in
// any of the ten languages; a relative clause, a notice in the site's own
// voice and a long clause are not.
func TestAttributed(t *testing.T) {
	tests := []struct {
		lang, text string
		want       bool
	}{
		{"en", "Readers can still leave the list with one click, the regulator said.", true},
		{"en", "The button must be as large as the one that accepts, the guidance says.", true},
		{"en-GB", "Nothing changes for existing members, a spokeswoman for the trust told the paper.", true},
		{"de", "Das Rückgaberecht bleibt bestehen, betont die Verbraucherzentrale.", true},
		{"fr", "Vous pourrez vous désabonner en un clic, promet la plateforme.", true},
		{"fr", "Rien ne change pour les abonnés, a précisé la direction.", true},
		{"es", "Puedes darte de baja cuando quieras, aseguró la empresa.", true},
		{"it", "Il servizio resta gratuito, ha spiegato il direttore.", true},
		{"nl", "Reageren kan alleen met een account, aldus de gemeente.", true},
		{"pt", "O cadastro continua gratuito, informou a editora.", true},
		{"pl", "Prowizja nie wpływa na ceny, zapewnia redakcja.", true},
		{"sv", "Du kan avsluta när som helst, säger bolaget.", true},
		{"cs", "Odhlásit se lze kdykoli, uvedla mluvčí úřadu.", true},
		{"", "Odhlásit se lze kdykoli, uvedla mluvčí úřadu.", true}, // no language: every list
		{"cs", "Souhlas lze odvolat jen v aplikaci, potvrdil test redakce.", true},
		{"da", "Du kan altid framelde dig, oplyser selskabet.", true},
		{"nb", "Abonnementet kan sies opp på nett, bekrefter forlaget.", true}, // bokmål reads Norwegian's list
		{"fi", "Tilauksen voi perua milloin tahansa, kertoo yhtiön tiedottaja.", true},
		{"ro", "Abonamentul poate fi anulat oricând, a precizat compania.", true},
		{"tr", "Abonelik her zaman iptal edilebilir, dedi şirket sözcüsü.", true},
		{"hu", "A hírlevélről bármikor le lehet iratkozni, közölte a hatóság.", true},
		// Advice and accounts are reported too.
		{"fr", "Activez les alertes pour votre commune, conseille la mairie.", true},
		{"de", "Die Kekse vom Vortag kommen ins Tiramisu, erzählt die Bäckerin.", true},
		{"es", "Reserve con una semana de antelación, recomienda el ayuntamiento.", true},
		{"nl", "Schrijf je op tijd in, raadt de school aan.", true},
		{"sv", "Ta med egen väska, uppmanar butiken.", true},
		{"cs", "Přijďte brzy ráno, radí pořadatelka trhu.", true},
		{"fi", "Tilaa uutiskirjeemme, joka kertoo viikon tärkeimmät uutiset.", false}, // a relative clause
		// A clause naming a source attributes too; the site's own pages are no source.
		{"en", "Show the code to the driver, according to the county council.", true},
		{"de", "Die Linie fährt ab Mai alle zehn Minuten, laut den Verkehrsbetrieben.", true},
		{"es", "El mercado abrirá los domingos, según el ayuntamiento.", true},
		{"pl", "Prace potrwają do jesieni, według urzędu miasta.", true},
		// The source may follow the clause's verb.
		{"de", "Wer sich nur anmeldet, bekommt laut Verlag drei Texte mehr im Monat.", true},
		{"en", "Fares on the night line, will rise by a fifth according to the transport authority.", true},
		{"fr", "Les abonnés, paieront selon la direction deux euros de plus.", true},
		{"en", "Prices can change at any time, and are shown according to our terms of sale.", false},
		{"de", "Mit dem Abo, lesen Sie laut unseren Bedingungen alle Artikel.", false},
		{"en", "We store your choices for a year, according to our privacy policy.", false},
		{"fr", "Vos données sont conservées un an, selon notre politique de confidentialité.", false},
		// A relative word before the verb: the clause describes.
		{"fr", "Tu lis la lettre du matin, la lettre gratuite qui raconte la ville.", false},
		{"en", "Get the weekly digest, the free letter that says what matters.", false},
		{"da", "Tilmeld dig vores nyhedsbrev, og få dagens nyheder hver morgen.", false},
		// Notices speak for the site.
		{"en", "Sign up for our weekly newsletter, and never miss a story.", false},
		{"en", "We use cookies to improve your experience. By continuing, you agree to our policy.", false},
		{"de", "Mit Ihrer Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.", false},
		{"it", "Questo articolo è gratuito grazie alla cantina del paese, che sostiene le nostre storie.", false},                                       // a relative clause
		{"en", "The fund supports our reporting, which says a lot about the town.", false},                                                              // a relative clause
		{"es", "Este artículo es gratis, dice nuestro equipo de suscripciones a todos los lectores que llegan por primera vez desde las redes.", false}, // too long a clause
		{"it", "Este artículo es gratis, dice nuestro equipo.", false},                                                                                  // a Spanish verb on an Italian page
		{"en", "Said the word, and it was done", false},                                                                                                 // no comma before
	}
	for _, tc := range tests {
		if got := attributed(tc.text, tc.lang); got != tc.want {
			t.Errorf("attributed(%q, %q) = %v, want %v", tc.text, tc.lang, got, tc.want)
		}
	}
}
