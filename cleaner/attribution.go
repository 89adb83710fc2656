package cleaner

import (
	"strings"
	"unicode/utf8"

	"github.com/pith-news/pith/internal/machinery/blockmodel"
)

// A reported sentence says who said it: "…, the authority said.", "…,
// betont sie.", "…, promettent les sites.", "…, informou o jornal.",
// "…, uvedlo vedení.". A notice never does: it speaks for the site, in its
// own voice. So a block with such an attribution is a report on what
// someone says, however much it sounds like the notice it reports (a story
// on unsubscribe links, on withdrawal rights, on sign-up walls), and the
// classifier needs modelSure to take it.

// attributionMaxLead is the most words between the comma and the speech
// verb ("…, the transport authority's spokeswoman said"), and
// attributionMaxTail the most words of the attribution's clause.
const (
	attributionMaxLead = 6
	attributionMaxTail = 12
)

// attributed reports whether a clause of text after a comma or a dash is
// an attribution: a speech verb of the language lang (a BCP 47 tag) among
// its first words, in a short clause that is not a relative one.
func attributed(text, lang string) bool {
	base := blockmodel.MacroLanguage(primaryLang(lang)) // "nb", "nn": Norwegian's list
	verbs, relative := speechVerbs[base], relativeWords[base]
	if verbs == nil {
		verbs, relative = allSpeechVerbs, allRelativeWords
	}
	for i, r := range text {
		if r != ',' && r != '–' && r != '—' {
			continue
		}
		clause := text[i+utf8.RuneLen(r):]
		// The clause ends at the next comma or the sentence's end.
		if end := strings.IndexAny(clause, ",.!?;:–—"); end >= 0 {
			clause = clause[:end]
		}
		ws := words(clause)
		if len(ws) == 0 || len(ws) > attributionMaxTail || relative[ws[0]] {
			continue
		}
		// A speech verb or a source among the clause's first words; the
		// source may follow the verb ("…, bekommt laut Verlag fünf Artikel
		// mehr", "…, will rise by a fifth according to the transport
		// authority").
		for j, w := range ws[:min(len(ws), attributionMaxLead+1)] {
			if relative[w] {
				break // "…, the free letter that tells the town's news": it describes
			}
			if verbs[w] || sourced(ws[j:]) {
				return true
			}
		}
	}
	return false
}

// sourced reports whether a clause's words ws name a source: "…,
// according to the county council", "…, laut der Polizei", "…, selon la
// préfecture". The site's own documents are not a source ("…, according
// to our privacy policy" is a notice's).
func sourced(ws []string) bool {
	var rest []string
	switch {
	case len(ws) > 2 && ws[0] == "according" && ws[1] == "to":
		rest = ws[2:]
	case len(ws) > 3 && ws[0] == "de" && ws[1] == "acordo" && ws[2] == "com":
		rest = ws[3:]
	case len(ws) > 1 && sourceWords[ws[0]]:
		rest = ws[1:]
	default:
		return false
	}
	return !ownWords[rest[0]]
}

// sourceWords open a clause that names a source, in the ten languages:
// laut, selon, según, secondo, volgens, segundo, według, enligt, podle.
var sourceWords = wordSet(`laut selon según secondo volgens segundo według enligt podle`)

// ownWords are the possessives of a site speaking of itself or to its
// reader ("our", "your").
var ownWords = wordSet(`our your unserer unseren unserem ihrer ihren notre nos votre vos nuestra nuestro
	nuestras nuestros su sus nostra nostro nostre nostri vostra vostro onze uw jouw nossa nosso nossas
	nossos sua seu naszej naszego naszym waszej vår vårt våra er ert era naší našeho našich vaší vašeho`)

// speechVerbs are, by language, the third-person forms of the verbs that
// attribute what is said, advice and accounts included ("…, conseille la
// mairie", "…, erzählt sie"). The compound past's participle stands for
// its tense ("a déclaré", "ha detto"). A page in another language, or in
// none declared, is read with all of them.
var speechVerbs = map[string]map[string]bool{
	"en": wordSet(`said says told added stressed noted explained explains wrote writes argued argues warned
		warns insisted insists claimed stated promised replied recalled admitted admits
		announced reported acknowledged acknowledges confirmed confirms
		advised advises urged urges suggested suggests recommended recommends reminded reminds`),
	"de": wordSet(`sagt sagte sagen sagten betont betonte betonen erklärt erklärte erklären schreibt
		schrieb meint meinte versichert versicherte warnt warnte kritisiert kritisierte ergänzt
		ergänzte verspricht versprach versprechen berichtet berichtete teilt teilte räumt räumte
		fordert forderte bestätigt bestätigte
		erzählt erzählte rät riet empfiehlt empfahl erinnert erinnerte mahnt mahnte`),
	"fr": wordSet(`déclare déclaré dit explique expliqué précise précisé souligne souligné affirme affirmé
		promet promettent indique indiqué assure assuré estime estimé ajoute ajouté rappelle
		rappelé reconnaît reconnu insiste regrette admet confie confié prévient avertit confirme confirmé
		conseille conseillé raconte raconté recommande recommandé suggère suggéré`),
	"es": wordSet(`dijo dice afirmó afirma explicó explica señaló señala aseguró asegura indicó indica
		añadió añade sostuvo sostiene advirtió advierte recordó recuerda prometen promete
		declaró admitió reconoció insistió confirmó confirma
		aconseja aconsejó recomienda recomendó cuenta contó sugiere sugirió pide pidió`),
	"it": wordSet(`detto spiega spiegato sottolinea sottolineato afferma affermato aggiunge aggiunto
		precisa precisato assicura assicurato promettono promette osserva dichiara dichiarato
		ricorda ammette avverte insiste conferma confermato
		consiglia consigliato racconta raccontato suggerisce suggerito raccomanda`),
	"nl": wordSet(`zei zegt aldus stelt stelde benadrukt benadrukte schrijft schreef belooft beloven
		waarschuwt waarschuwde vertelt vertelde erkent erkende verklaart verklaarde meldt meldde bevestigt bevestigde
		adviseert adviseerde raadt raadde legt lichtte`),
	"pt": wordSet(`disse diz afirmou informou informa explicou destacou destaca ressaltou ressalta garantiu
		garante prometem acrescentou acrescenta declarou observa observou lembrou admitiu
		reconheceu alertou confirmou confirma
		aconselha aconselhou conta contou recomenda recomendou sugere sugeriu pede pediu`),
	"pl": wordSet(`powiedział powiedziała powiedzieli mówi podkreśla podkreślił podkreśliła twierdzi
		poinformował poinformowała poinformowało dodał dodała dodaje zapewnia zapewnił zapewniła
		wyjaśnia wyjaśnił wyjaśniła przekonuje obiecują obiecuje zaznacza zaznaczył zaznaczyła
		ostrzega przyznaje przypomina potwierdził potwierdziła potwierdza
		radzi radził radziła opowiada opowiadał opowiadała zachęca apeluje`),
	"sv": wordSet(`säger sade skriver skrev betonar betonade förklarar förklarade menar lovar lovade
		tillägger varnar varnade berättar berättade uppger uppgav konstaterar medger bekräftar bekräftade
		råder rådde tipsar uppmanar uppmanade rekommenderar`),
	"cs": wordSet(`uvedl uvedla uvedlo uvedli řekl řekla řekli říká sdělil sdělila sdělilo dodal dodala
		dodává zdůraznil zdůraznila vysvětlil vysvětlila tvrdí slibují slibuje upozornil
		upozornila upozorňuje připomněl připomněla potvrdil potvrdila potvrdilo
		potvrdili potvrzuje
		radí doporučuje doporučil doporučila vypráví líčí láká`),
	"da": wordSet(`siger sagde skriver skrev understreger understregede forklarer forklarede mener
		lover lovede tilføjer tilføjede advarer advarede fortæller fortalte oplyser oplyste
		bekræfter bekræftede konstaterer påpeger`),
	"no": wordSet(`sier sa skriver skrev understreker understreket forklarer forklarte mener
		lover lovet advarer advarte forteller fortalte opplyser opplyste bekrefter bekreftet
		konstaterer påpeker`),
	"fi": wordSet(`sanoo sanoi kertoo kertoi toteaa totesi korostaa korosti selittää selitti muistuttaa
		muistutti vakuuttaa vakuutti lupaa lupasi vahvistaa vahvisti huomauttaa huomautti
		kirjoittaa kirjoitti arvioi`),
	"ro": wordSet(`spus spune declarat declară afirmat afirmă explicat explică subliniat subliniază
		precizat precizează adăugat adaugă confirmat confirmă susține susținut avertizat
		avertizează`),
	"tr": wordSet(`dedi diyor söyledi söylüyor açıkladı belirtti belirtiyor vurguladı kaydetti ekledi
		uyardı bildirdi doğruladı`),
	"hu": wordSet(`mondta mondja elmondta közölte hangsúlyozta hangsúlyozza magyarázta jelezte írta
		írja figyelmeztetett megerősítette nyilatkozta fogalmazott`),
}

// relativeWords open a relative clause ("…, which says…", "…, che
// sostiene…"): what follows the comma describes, it does not attribute.
var relativeWords = map[string]map[string]bool{
	"en": wordSet(`which who whom whose that`),
	"de": wordSet(`die der das dem den deren dessen welche welcher welches wie`),
	"fr": wordSet(`qui que dont lequel laquelle lesquels où`),
	"es": wordSet(`que quien quienes cuyo cuya donde cual`),
	"it": wordSet(`che cui quale quali dove`),
	"nl": wordSet(`die dat wie waar waarop welke`),
	"pt": wordSet(`que quem cujo cuja onde qual`),
	"pl": wordSet(`który która które którzy którego której gdzie co`),
	"sv": wordSet(`som vilken vilket vilka där`),
	"cs": wordSet(`který která které kteří jenž jež kde co`),
	"da": wordSet(`som der hvor hvilken hvilket`),
	"no": wordSet(`som der hvor hvilken hvilket`),
	"fi": wordSet(`joka jotka jonka joita jota missä mikä mitkä`),
	"ro": wordSet(`care ce unde cărui căreia cărora`),
	"hu": wordSet(`aki akik amely amelyek ami amik ahol amelyik`),
}

// allSpeechVerbs and allRelativeWords are the languages' sets together.
var allSpeechVerbs, allRelativeWords = union(speechVerbs), union(relativeWords)

func union(sets map[string]map[string]bool) map[string]bool {
	all := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			all[w] = true
		}
	}
	return all
}
