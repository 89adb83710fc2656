package cleaner

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
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
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first: the alternation takes the first name that fits.
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	alt := strings.Join(names, "|")
	monthAlt = alt
	dayMonthYear = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,2})\.?\s*(?:de\s+)?(` + alt + `)\.?,?\s*(?:de\s+|del\s+)?(\d{4})(?:[^\d]|$)`)
	monthDayYear = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + alt + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[^\d]|$)`)
	bylineDate = regexp.MustCompile(`(?i)\s*(?:[,|·•–—-]\s*)?(?:(?:` + alt + `)\.?\s+\d|\d).*$`)
}

var (
	monthAlt     string
	dayMonthYear *regexp.Regexp // 18 October 2019, 18. Oktober 2019, 18 de octubre de 2019
	monthDayYear *regexp.Regexp // October 18, 2019
	// bylineDate matches a date and what follows it at the end of a
	// byline: "JANE ROE NOVEMBER 20, 2019 10:43".
	bylineDate *regexp.Regexp

	isoDate     = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:[^\d]|$)`)
	numericDate = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})([./-])(\d{1,2})[./-]((?:19|20)\d\d)(?:[^\d]|$)`)
	cjkTextDate = regexp.MustCompile(`((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?`)
	// updatedLabel ends the text before a date that is the page's update,
	// not its publication: "Updated 3 May 2021", "Aktualisiert am".
	updatedLabel = regexp.MustCompile(`(?i)(updated|update|modified|edited|last changed|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|aggiornato|aggiornamento|atualizado|atualização|bijgewerkt|gewijzigd|aktualizacja|zaktualizowano|обновлено|изменено|uppdaterad|uppdaterat|opdateret|oppdatert|güncelleme|güncellendi|更新)\W{0,4}(?:\p{L}+\W{0,2}){0,2}$`)
)

// textDate is a date found in visible text.
type textDate struct {
	t       time.Time
	updated bool // labelled as the update, not the publication
}

// textDates returns the dates written in s, in order, as calendar days
// (midnight UTC). lang, the page's declared language, decides whether
// 03/04/2019 is the 3rd of April (everywhere) or March 4th (English).
func textDates(s, lang string) []textDate {
	if len(s) > maxDateText*4 {
		s = s[:maxDateText*4]
	}
	type hit struct {
		pos int
		t   time.Time
	}
	var hits []hit
	add := func(pos, y, m, d int) {
		if t, ok := makeDate(y, m, d); ok {
			hits = append(hits, hit{pos, t})
		}
	}
	for _, m := range dayMonthYear.FindAllStringSubmatchIndex(s, -1) {
		add(m[2], atoi(s[m[6]:m[7]]), monthNames[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))
	}
	for _, m := range monthDayYear.FindAllStringSubmatchIndex(s, -1) {
		add(m[2], atoi(s[m[6]:m[7]]), monthNames[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]]))
	}
	for _, m := range isoDate.FindAllStringSubmatchIndex(s, -1) {
		add(m[2], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	for _, m := range cjkTextDate.FindAllStringSubmatchIndex(s, -1) {
		add(m[2], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	monthFirst := primaryLang(lang) == "en" && !strings.Contains(strings.ToLower(lang), "gb")
	for _, m := range numericDate.FindAllStringSubmatchIndex(s, -1) {
		a, b, y := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[8]:m[9]])
		d, mo := a, b
		if (monthFirst && s[m[4]:m[5]] == "/" && a <= 12) || b > 12 {
			d, mo = b, a
		}
		add(m[2], y, mo, d)
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	out := make([]textDate, 0, len(hits))
	for _, h := range hits {
		out = append(out, textDate{t: h.t, updated: updatedLabel.MatchString(s[:h.pos])})
	}
	return out
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
