package blockmodel

import (
	"strings"
	"unicode"

	"github.com/pith-news/pith/internal/machinery/fields"
)

// Shape: what a block's punctuation and symbols say, which normalize
// drops from the n-grams. They carry across languages as they are:
//   - "ask": the block opens with a short question and goes on ("Know
//     someone who rides the 25? Pass this along."), the way prompts to
//     share, to write in or to pay open; "question": it is one question;
//   - "money": it names a price, a currency sign or code next to a number
//     ("£4 a month", "69 Kč", "5 Franken").
//
// The model weighs them with the block's place and voice, as it does the
// n-grams: a story asks questions too ("Why now? Because the lease ends
// in May."), and names prices.
func shape(text string) []string {
	var out []string
	t := strings.TrimSpace(text)
	if q := strings.IndexRune(t, '?'); q >= 0 {
		head, rest := t[:q], strings.TrimSpace(t[q+1:])
		short := fields.Count(head) <= askMaxWords && !strings.ContainsAny(head, ".!")
		switch {
		case short && rest != "" && startsUpper(rest):
			out = append(out, "ask")
		case short && rest == "":
			out = append(out, "question")
		}
	}
	if money(t) {
		out = append(out, "money")
	}
	return out
}

// askMaxWords is the longest opening question of an "ask".
const askMaxWords = 15

func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsPunct(r) || unicode.IsSpace(r) {
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

// currencyWords are the currencies' signs, codes and names in the
// languages the cleaner meets most, lower-cased, matched as whole words
// next to a number.
var currencyWords = map[string]bool{
	"$": true, "€": true, "£": true, "¥": true, "₹": true, "r$": true, "us$": true, "chf": true, "eur": true, "usd": true, "gbp": true,
	"euro": true, "euros": true, "eura": true, "dollar": true, "dollars": true, "pound": true, "pounds": true, "quid": true,
	"franken": true, "francs": true, "franchi": true, "pesos": true, "soles": true, "reais": true, "real": true,
	"kr": true, "kronor": true, "kronen": true, "kroner": true, "kč": true, "korun": true, "koruna": true, "zł": true, "złotych": true, "zloty": true, "pln": true, "czk": true, "sek": true, "nok": true, "dkk": true, "ft": true, "forint": true, "lei": true, "cent": true, "cents": true, "centavos": true, "centesimi": true,
}

// currencySigns are the signs written glued to their number.
var currencySigns = []string{"$", "€", "£", "¥", "₹"}

// money reports whether text names an amount: a currency next to a
// number, either side ("£4", "4 £", "4 euros", "Kč 69", "9,99 €").
func money(text string) bool {
	if strings.IndexFunc(text, unicode.IsDigit) < 0 {
		return false // most blocks: no number, nothing to split
	}
	words := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == ')'
	})
	num := func(w string) bool {
		w = strings.Trim(w, ".,;:!?–-")
		if w == "" {
			return false
		}
		for _, r := range w {
			if !unicode.IsDigit(r) && r != '.' && r != ',' && r != '\u00a0' {
				return false
			}
		}
		return unicode.IsDigit([]rune(w)[0])
	}
	cur := func(w string) bool { return currencyWords[strings.ToLower(strings.Trim(w, ".,;:!?"))] }
	for i, w := range words {
		// A sign glued to its number: "£4", "$6", "4€", "9,99€".
		bare := strings.Trim(w, ".,;:!?")
		for _, sign := range currencySigns {
			if strings.HasPrefix(w, sign) && num(w[len(sign):]) || strings.HasSuffix(bare, sign) && num(strings.TrimSuffix(bare, sign)) {
				return true
			}
		}
		if !num(w) {
			continue
		}
		if i > 0 && cur(words[i-1]) || i+1 < len(words) && cur(words[i+1]) {
			return true
		}
	}
	return false
}
