package charset_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-news/pith/internal/machinery/charset"
)

// paragraph returns the text between <p> and </p>.
func paragraph(t *testing.T, page []byte) string {
	t.Helper()
	s := string(page)
	i, j := strings.Index(s, "<p>"), strings.Index(s, "</p>")
	if i < 0 || j < i {
		t.Fatalf("no <p>…</p> in decoded page %q", s)
	}
	return s[i+len("<p>") : j]
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The paragraphs of testdata/gen.py's pages whose encoding is guessed.
const (
	ru = "Городской совет в четверг одобрил план ремонта старого моста через реку. " +
		"Работы начнутся весной и продлятся около двух лет, а движение транспорта " +
		"на это время перенесут на временную переправу ниже по течению."
	pl = "Rada miejska zgodziła się w środę na remont starego mostu nad rzeką. " +
		"Prace ruszą wiosną i potrwają około dwóch lat, a ruch samochodów na ten " +
		"czas przeniesie się na tymczasową przeprawę, którą zbuduje wojsko. Źródła " +
		"w urzędzie mówią, że koszt przekroczy plan o jedną piątą."
	de = "Der Gemeinderat hat am Donnerstag die Sanierung der alten Brücke über den " +
		"Fluss beschlossen. Die Arbeiten beginnen im Frühjahr und dauern gut zwei " +
		"Jahre; der Verkehr wird so lange über eine Behelfsbrücke geführt, für die " +
		"Anwohner Gebühren fürchten."
	ja = "市議会は木曜日、川にかかる古い橋の改修計画を承認した。工事は春に始まり、" +
		"約二年続く見通しで、その間の車両の通行は下流に設ける仮設の橋に切り替える。"
)

// The fixtures are written in their real encodings by testdata/gen.py.
func TestDecodeFixtures(t *testing.T) {
	tests := []struct {
		file        string
		contentType string
		want        string
		wantName    string
	}{
		{"cp1252-meta.html", "", "Café crème – “quoted” — €5 · naïve", "windows-1252"},
		{"cp1252-meta.html", "text/html", "Café crème – “quoted” — €5 · naïve", "windows-1252"},
		// iso-8859-1 is read as windows-1252, as browsers do (WHATWG).
		{"latin1-header.html", "text/html; charset=iso-8859-1", "Größe, naïve señor, Ærøskøbing, ½ price", "windows-1252"},
		{"latin1-header.html", `text/html; charset="ISO-8859-1"`, "Größe, naïve señor, Ærøskøbing, ½ price", "windows-1252"},
		{"latin2-header.html", "text/html; charset=iso-8859-2", "Łódź i Kraków: żółć", "iso-8859-2"},
		{"latin2-header-meta-lies.html", "text/html; charset=iso-8859-2", "Łódź i Kraków: żółć", "iso-8859-2"},
		{"cp1251-http-equiv.html", "", "Привет, мир! Новости дня.", "windows-1251"},
		{"koi8r-meta-late.html", "", "Съешь же ещё этих мягких французских булок", "koi8-r"},
		{"koi8r-meta-late.html", "text/html", "Съешь же ещё этих мягких французских булок", "koi8-r"},
		{"cp1251-meta-commented.html", "", "Привет, мир!", "windows-1251"},
		{"sjis-meta.html", "", "日本語のニュース記事です。東京、二〇二四年。", "shift_jis"},
		{"sjis-meta.html", "text/html; charset=shift_jis", "日本語のニュース記事です。東京、二〇二四年。", "shift_jis"},
		{"eucjp-http-equiv.html", "", "日本語のニュース記事です。", "euc-jp"},
		{"utf16le-bom.html", "", "Ünïcödé – 日本語", "utf-16le"},
		{"utf16be-bom.html", "", "Ünïcödé – 日本語", "utf-16be"},
		// A BOM wins over a header that says otherwise.
		{"utf16le-bom.html", "text/html; charset=iso-8859-1", "Ünïcödé – 日本語", "utf-16le"},
		{"utf16le-header.html", "text/html; charset=utf-16le", "Ünïcödé – 日本語", "utf-16le"},
		{"utf8-bom.html", "", "Ünïcödé – 日本語", "utf-8"},
		{"utf8-bom.html", "text/html; charset=windows-1252", "Ünïcödé – 日本語", "utf-8"},
		// Servers often label UTF-8 pages iso-8859-1; the bytes say otherwise.
		{"utf8-wrong-header.html", "text/html; charset=iso-8859-1", "Café crème – 日本語", "utf-8"},
		{"utf8-wrong-header.html", "", "Café crème – 日本語", "utf-8"},
		// Nothing declared: windows-1252, even when the first KB is ASCII.
		{"cp1252-undeclared-late.html", "", "Café crème – €5", "windows-1252"},
		{"cp1252-undeclared-late.html", "text/html", "Café crème – €5", "windows-1252"},
		// An unknown name is ignored, in a meta or in the header.
		{"unknown-charset.html", "", "Café crème – €5", "windows-1252"},
		{"unknown-charset.html", "text/html; charset=x-klingon", "Café crème – €5", "windows-1252"},
		// Nothing declared and not UTF-8: the text tells the encoding.
		{"cp1251-undeclared.html", "", ru, "windows-1251"},
		{"koi8r-undeclared.html", "", ru, "koi8-r"},
		{"cp1250-undeclared.html", "", pl, "windows-1250"},
		{"sjis-undeclared.html", "", ja, "shift_jis"},
		// UTF-8 declared, in the meta or the header, over legacy bytes.
		{"cp1252-meta-says-utf8.html", "", de, "windows-1252"},
		{"cp1251-meta-says-utf8.html", "", ru, "windows-1251"},
		{"cp1251-undeclared.html", "text/html; charset=utf-8", ru, "windows-1251"},
		// The Western default over a Cyrillic text gives way; over a
		// German text it stands.
		{"cp1251-latin1-header.html", "text/html; charset=iso-8859-1", ru, "windows-1251"},
		{"cp1252-latin1-header.html", "text/html; charset=iso-8859-1", de, "windows-1252"},
		// A declared Central European encoding is not second-guessed.
		{"cp1250-undeclared.html", "text/html; charset=windows-1250", pl, "windows-1250"},
		// Invalid bytes in a UTF-8 page become U+FFFD; no error.
		{"invalid-utf8.html", "", "Café and Caf\uFFFD and 日\uFFFD", "utf-8"},
		{"invalid-utf8.html", "text/html; charset=utf-8", "Café and Caf\uFFFD and 日\uFFFD", "utf-8"},
	}
	for _, tc := range tests {
		t.Run(tc.file+"/"+tc.contentType, func(t *testing.T) {
			out, name, err := charset.Decode(readFixture(t, tc.file), tc.contentType)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got := paragraph(t, out); got != tc.want {
				t.Errorf("got text %q, want %q", got, tc.want)
			}
			if name != tc.wantName {
				t.Errorf("got encoding %q, want %q", name, tc.wantName)
			}
			if !utf8.Valid(out) {
				t.Errorf("output is not valid UTF-8")
			}
			if bytes.HasPrefix(out, []byte("\uFEFF")) {
				t.Errorf("output keeps the byte-order mark")
			}
			if !bytes.HasPrefix(out, []byte("<!DOCTYPE html>")) {
				t.Errorf("output starts %q, want <!DOCTYPE html>", out[:min(len(out), 20)])
			}
		})
	}
}

// A declaration is looked for in the first 64 KiB only; one further down is
// not seen and the page is read as windows-1252.
func TestDecodeMetaScanLimit(t *testing.T) {
	koi8 := readFixture(t, "koi8r-meta-late.html")
	const want = "Съешь же ещё этих мягких французских булок"
	pad := func(n int) []byte {
		// Insert n bytes of ASCII comment right after <head>.
		i := bytes.Index(koi8, []byte("<head>")) + len("<head>")
		var b []byte
		b = append(b, koi8[:i]...)
		b = append(b, "<!--"...)
		b = append(b, bytes.Repeat([]byte("x"), n)...)
		b = append(b, "-->"...)
		return append(b, koi8[i:]...)
	}
	tests := []struct {
		name     string
		page     []byte
		wantName string
	}{
		{"within 64 KiB", pad(60 << 10), "koi8-r"},
		{"beyond 64 KiB", pad(70 << 10), "windows-1252"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, name, err := charset.Decode(tc.page, "")
			if err != nil {
				t.Fatal(err)
			}
			if name != tc.wantName {
				t.Errorf("got encoding %q, want %q", name, tc.wantName)
			}
			if got := paragraph(t, out); (got == want) != (tc.wantName == "koi8-r") {
				t.Errorf("got text %q (want %q only when decoded as koi8-r)", got, want)
			}
		})
	}
}

func TestDecodeEdgeCases(t *testing.T) {
	tests := []struct {
		name, in, contentType string
		want, wantName        string
	}{
		{"empty", "", "", "", "utf-8"},
		{"ascii", "<p>plain</p>", "text/html; charset=shift_jis", "<p>plain</p>", "utf-8"},
		{"malformed content type", "<p>Caf\xe9</p>", "text/html; charset", "<p>Café</p>", "windows-1252"},
		{"bom only", "\xef\xbb\xbf", "", "", "utf-8"},
		{"odd utf-16 length", "\xff\xfe<\x00p\x00>\x00x", "", "<p>\uFFFD", "utf-16le"},
		{"meta charset unquoted", "<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>", "", "<meta charset=koi8-r><p>Привет</p>", "koi8-r"},
		// WHATWG: a <meta> naming UTF-16 on bytes without a BOM means UTF-8.
		{"meta utf-16 without bom", "<meta charset=utf-16><p>Caf\xc3\xa9</p>", "", "<meta charset=utf-16><p>Café</p>", "utf-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, name, err := charset.Decode([]byte(tc.in), tc.contentType)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if string(out) != tc.want {
				t.Errorf("got %q, want %q", out, tc.want)
			}
			if name != tc.wantName {
				t.Errorf("got encoding %q, want %q", name, tc.wantName)
			}
		})
	}
}

// Cases where the declared or guessed encoding is easy to get wrong.
func TestDecodeDeclarations(t *testing.T) {
	utf16le := func(s string) string {
		var b []byte
		for _, r := range s { // ASCII only
			b = append(b, byte(r), 0)
		}
		return string(b)
	}
	asciiHead := "<head>" + strings.Repeat("<script>var x = 1;</script>\n", 60) + "</head>"
	tests := []struct {
		name, in, contentType string
		want, wantName        string
	}{
		{
			// ASCII-only UTF-16 without a BOM is valid UTF-8 full of NULs.
			name: "utf-16le header, ascii only, no bom", in: utf16le("<p>plain</p>"),
			contentType: "text/html; charset=utf-16le", want: "<p>plain</p>", wantName: "utf-16le",
		},
		{
			// Without the header the NULs stay: nothing says UTF-16.
			name: "nul bytes, no declaration", in: "<p>a\x00b</p>",
			want: "<p>a\x00b</p>", wantName: "utf-8",
		},
		{
			// The first KB is ASCII, so it alone proves nothing; the whole
			// page reads as UTF-8 with one bad byte.
			name: "undeclared utf-8 with a bad byte late", in: asciiHead + "<p>Café crème \xff déjà</p>",
			want: asciiHead + "<p>Café crème \uFFFD déjà</p>", wantName: "utf-8",
		},
		{
			name: "undeclared windows-1252 with one utf-8-looking pair", in: "<p>Caf\xe9 cr\xe8me d\xe9j\xe0 \xc3\xa9</p>",
			want: "<p>Café crème déjà Ã©</p>", wantName: "windows-1252",
		},
		{
			name:     "declaration inside a script string is not markup",
			in:       `<script>document.write('<meta charset="iso-8859-2">')</script><meta charset="windows-1251"><p>` + "\xcf\xf0\xe8\xe2\xe5\xf2" + `</p>`,
			want:     `<script>document.write('<meta charset="iso-8859-2">')</script><meta charset="windows-1251"><p>Привет</p>`,
			wantName: "windows-1251",
		},
		{
			name: "unknown meta then a known one", in: "<meta charset=x-klingon><meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>",
			want: "<meta charset=x-klingon><meta charset=koi8-r><p>Привет</p>", wantName: "koi8-r",
		},
		{
			name: "http-equiv with single quotes", in: `<meta http-equiv=content-type content="text/html; charset='koi8-r'"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4</p>",
			want: `<meta http-equiv=content-type content="text/html; charset='koi8-r'"><p>Привет</p>`, wantName: "koi8-r",
		},
		{
			// content= without http-equiv declares nothing.
			name: "content without http-equiv", in: `<meta name=x content="text/html; charset=koi8-r"><p>Caf` + "\xe9</p>",
			want: `<meta name=x content="text/html; charset=koi8-r"><p>Café</p>`, wantName: "windows-1252",
		},
		{
			name: "malformed header still names its charset", in: "<p>\xf0\xd2\xc9\xd7\xc5\xd4</p>",
			contentType: "text/html; charset=koi8-r; broken", want: "<p>Привет</p>", wantName: "koi8-r",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, name, err := charset.Decode([]byte(tc.in), tc.contentType)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if string(out) != tc.want {
				t.Errorf("got %q, want %q", out, tc.want)
			}
			if name != tc.wantName {
				t.Errorf("got encoding %q, want %q", name, tc.wantName)
			}
		})
	}
}

// FuzzDecode checks that any input decodes without error or panic to valid
// UTF-8, whatever the header says.
func FuzzDecode(f *testing.F) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".html") {
			b, err := os.ReadFile(filepath.Join("testdata", e.Name()))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b, "")
			f.Add(b, "text/html; charset=shift_jis")
		}
	}
	f.Add([]byte("\xfe\xff\x00"), "text/html; charset=utf-16be")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		out, name, err := charset.Decode(body, contentType)
		if err != nil {
			t.Fatalf("Decode(%q, %q): %v", body, contentType, err)
		}
		if !utf8.Valid(out) {
			t.Errorf("Decode(%q, %q) = %q (%s): not valid UTF-8", body, contentType, out, name)
		}
		if name == "" {
			t.Errorf("Decode(%q, %q): no encoding name", body, contentType)
		}
	})
}
