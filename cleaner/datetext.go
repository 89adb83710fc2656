package cleaner

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pith-news/pith/internal/machinery/quickre"
)

// monthNames maps the month names and their short forms, lower case, in
// the languages pith reads dates in (English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Russian, Swedish, Danish and
// Norwegian, Turkish, Czech, Finnish), to the month's number. Polish,
// Russian, Czech and Finnish write the day's month in the genitive
// ("18 października"), which is listed beside the nominative.
var monthNames = map[string]int{}

func init() {
	// One row a month, its names in every language.
	rows := [12]string{
		"january jan januar jänner janvier janv enero ene gennaio gen janeiro januari stycznia styczeń января январь ocak ledna tammikuuta",
		"february feb februar feber février fevrier févr febrero febbraio fevereiro fev februari lutego luty февраля февраль şubat února helmikuuta",
		"march mar märz mrz mars marzo março marco maart mrt marca marzec марта март marts mart března maaliskuuta",
		"april apr avril avr abril abr aprile kwietnia kwiecień апреля апрель nisan dubna huhtikuuta",
		"may mai mayo maggio mag maio mei maja maj мая май mayıs května toukokuuta",
		"june jun juni juin junio giugno giu junho czerwca czerwiec июня июнь haziran června kesäkuuta",
		"july jul juli juillet juil julio luglio lug julho lipca lipiec июля июль temmuz července heinäkuuta",
		"august aug août aout agosto ago augustus sierpnia sierpień августа август augusti ağustos srpna elokuuta",
		"september sep sept septembre septiembre setiembre settembre set setembro września wrzesień сентября сентябрь eylül září syyskuuta",
		"october oct oktober okt octobre octubre ottobre ott outubro out października październik октября октябрь ekim října lokakuuta",
		"november nov novembre noviembre listopada listopad ноября ноябрь kasım listopadu marraskuuta",
		"december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudnia grudzień декабря декабрь desember aralık prosince joulukuuta",
	}
	for i, row := range rows {
		for _, name := range strings.Fields(row) {
			monthNames[name] = i + 1
		}
	}
}

var (
	// updatedLabel ends the text before a date that is the page's update,
	// not its publication: "Updated 3 May 2021", "Aktualisiert am".
	updatedLabel = quickre.MustCompile(`(?i)(updated|update|modified|edited|last changed|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|aggiornato|aggiornamento|atualizado|atualização|bijgewerkt|gewijzigd|aktualizacja|zaktualizowano|обновлено|изменено|uppdaterad|uppdaterat|opdateret|oppdatert|güncelleme|güncellendi|更新)\W{0,4}(?:\p{L}+\W{0,2}){0,2}$`)
)

// textDate is a date found in visible text.
type textDate struct {
	t       time.Time
	updated bool // labelled as the update, not the publication
}

// textDates returns the dates written in s, in order, as calendar days
// (midnight UTC): "18 October 2019", "October 18th, 2019", "18. Oktober
// 2019", "18 de octubre de 2019", "2019-10-18", "18.10.2019",
// "2019年10月18日". lang, the page's declared language, decides whether
// 03/04/2019 is the 3rd of April (everywhere) or March 4th (English).
//
// The text is cut into numbers, words and signs, and the dates are read
// from the sequence: cheaper than regular expressions with every month's
// name in them.
func textDates(s, lang string) []textDate {
	if !strings.ContainsAny(s, "0123456789") {
		return nil // every date has digits
	}
	if len(s) > maxDateText*4 {
		s = s[:maxDateText*4]
	}
	toks := tokenize(s)
	monthFirst := primaryLang(lang) == "en" && !strings.Contains(strings.ToLower(lang), "gb")
	var out []textDate
	add := func(pos, y, m, d int) {
		if t, ok := makeDate(y, m, d); ok {
			out = append(out, textDate{t: t, updated: updatedLabel.MatchString(s[:pos])})
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.kind == tokWord && monthNames[strings.ToLower(t.text)] > 0:
			m := monthNames[strings.ToLower(t.text)]
			// October 18(th), 2019
			if j := i + 1 + skipSign(toks[i+1:], "."); j < len(toks) && toks[j].isDay() {
				k := j + 1
				k += skipWord(toks[k:], "st", "nd", "rd", "th")
				k += skipSign(toks[k:], ",")
				if k < len(toks) && toks[k].isYear() {
					add(t.pos, toks[k].num(), m, toks[j].num())
					i = k
				}
			}
		case t.isDay():
			// 18. Oktober 2019, 18 de octubre de 2019, 18th October 2019
			j := i + 1
			j += skipSign(toks[j:], ".")
			j += skipWord(toks[j:], "st", "nd", "rd", "th", "er", "de", "º")
			if j < len(toks) && toks[j].kind == tokWord && monthNames[strings.ToLower(toks[j].text)] > 0 {
				k := j + 1
				k += skipSign(toks[k:], ".")
				k += skipSign(toks[k:], ",")
				k += skipWord(toks[k:], "de", "del")
				if k < len(toks) && toks[k].isYear() {
					add(t.pos, toks[k].num(), monthNames[strings.ToLower(toks[j].text)], t.num())
					i = k
					continue
				}
			}
			// 18.10.2019, 10/18/2019
			if i+4 < len(toks) && toks[i+1].kind == tokSign && toks[i+3].kind == tokSign &&
				toks[i+1].text == toks[i+3].text && strings.Contains("./-", toks[i+1].text) &&
				toks[i+2].isDay() && toks[i+4].isYear() && toks[i+2].pos == toks[i+1].pos+1 {
				a, b := t.num(), toks[i+2].num()
				d, mo := a, b
				if (monthFirst && toks[i+1].text == "/" && a <= 12) || b > 12 {
					d, mo = b, a
				}
				if a <= 12 && b <= 12 && a != b {
					// Either way round is a date: a weekday written before it
					// ("Mon 11/03/2024") tells which.
					if wd, ok := weekdayBefore(toks[:i]); ok && !weekdayIs(toks[i+4].num(), mo, d, wd) && weekdayIs(toks[i+4].num(), d, mo, wd) {
						d, mo = mo, d
					}
				}
				add(t.pos, toks[i+4].num(), mo, d)
				i += 4
			}
		case t.isYear():
			// 2019-10-18, 2019/10/18, 2019年10月18日
			if i+4 < len(toks) && toks[i+2].isDay() && toks[i+4].isDay() {
				s1, s2 := toks[i+1], toks[i+3]
				if (s1.kind == tokSign && s1.text == s2.text && strings.Contains("./-", s1.text)) ||
					(s1.text == "年" && s2.text == "月") || (s1.text == "년" && s2.text == "월") {
					add(t.pos, t.num(), toks[i+2].num(), toks[i+4].num())
					i += 4
				}
			}
		}
	}
	return out
}

// weekdayNames are English weekday names and their short forms, lower
// case: English is the language whose numeric dates are read month first,
// where 11/03/2024 may be either.
var weekdayNames = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday, "mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tues": time.Tuesday, "tuesday": time.Tuesday,
	"wed": time.Wednesday, "wednesday": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday,
	"thurs": time.Thursday, "thursday": time.Thursday, "fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday,
}

// weekdayBefore returns the weekday named just before a date whose tokens
// follow toks ("Mon", "Monday,", "Mon.").
func weekdayBefore(toks []token) (time.Weekday, bool) {
	for len(toks) > 0 && toks[len(toks)-1].kind == tokSign && strings.Contains(",.", toks[len(toks)-1].text) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || toks[len(toks)-1].kind != tokWord {
		return 0, false
	}
	wd, ok := weekdayNames[strings.ToLower(toks[len(toks)-1].text)]
	return wd, ok
}

// weekdayIs reports whether the day y-m-d is a valid date on weekday wd.
func weekdayIs(y, m, d int, wd time.Weekday) bool {
	t, ok := makeDate(y, m, d)
	return ok && t.Weekday() == wd
}

// cutAtDate drops a date and what follows it from the end of a byline:
// "JANE ROE MARCH 3, 2021 08:15", "Ola Brekke | 3 hours ago".
func cutAtDate(s string) string {
	toks := tokenize(s)
	for i, t := range toks {
		if t.kind == tokNum || t.kind == tokWord && monthNames[strings.ToLower(t.text)] > 0 &&
			i+1 < len(toks) && toks[i+1].kind == tokNum {
			return strings.TrimRight(s[:t.pos], " ,|·•–—-")
		}
	}
	return s
}

type tokKind int

const (
	tokNum tokKind = iota
	tokWord
	tokSign
)

// token is a run of digits, a run of letters, or one other sign, with its
// byte offset.
type token struct {
	kind tokKind
	text string
	pos  int
}

func (t token) num() int { return atoi(t.text) }

func (t token) isDay() bool {
	return t.kind == tokNum && len(t.text) <= 2 && t.num() >= 1 && t.num() <= 31
}

func (t token) isYear() bool {
	return t.kind == tokNum && len(t.text) == 4 && (t.text[:2] == "19" || t.text[:2] == "20")
}

// maxTokens bounds the tokens read from one text.
const maxTokens = 400

func tokenize(s string) []token {
	var toks []token
	i := 0
	for i < len(s) && len(toks) < maxTokens {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, token{tokNum, s[i:j], i})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) || unicode.Is(unicode.Han, r2) != unicode.Is(unicode.Han, r) || (j > i && isCJKUnit(r2)) {
					break
				}
				j += size2
				if isCJKUnit(r2) {
					break // 年, 月, 日 stand alone
				}
			}
			toks = append(toks, token{tokWord, s[i:j], i})
			i = j
		default:
			toks = append(toks, token{tokSign, s[i : i+size], i})
			i += size
		}
	}
	return toks
}

func isCJKUnit(r rune) bool {
	switch r {
	case '年', '月', '日', '년', '월', '일':
		return true
	}
	return false
}

// skipSign returns 1 when the first token is the sign, else 0.
func skipSign(toks []token, sign string) int {
	if len(toks) > 0 && toks[0].kind == tokSign && toks[0].text == sign {
		return 1
	}
	return 0
}

// skipWord returns 1 when the first token is one of the words, else 0.
func skipWord(toks []token, words ...string) int {
	if len(toks) == 0 {
		return 0
	}
	for _, w := range words {
		if strings.EqualFold(toks[0].text, w) {
			return 1
		}
	}
	return 0
}

func makeDate(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 February
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
