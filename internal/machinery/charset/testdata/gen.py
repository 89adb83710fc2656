#!/usr/bin/env python3
"""Writes the charset fixtures in their real encodings.

Run once from this directory (python3 gen.py); the bytes are committed, so
the tests do not need Python. Python's codecs encode the pages, which makes
the Go decoders under test check against an independent implementation.
"""

HEAD_SCRIPTS = "".join(
    "<script>var pad%d = 'filler text that pushes the charset declaration far down the head';</script>\n" % i
    for i in range(20)
)  # about 2 KB: well past the 1024-byte prescan window


def page(body, head=""):
    return "<!DOCTYPE html>\n<html><head>%s<title>t</title></head><body><p>%s</p></body></html>\n" % (head, body)


# Paragraphs long enough for the encoding detector to go by.
RU = ("Городской совет в четверг одобрил план ремонта старого моста через реку. "
      "Работы начнутся весной и продлятся около двух лет, а движение транспорта "
      "на это время перенесут на временную переправу ниже по течению.")
PL = ("Rada miejska zgodziła się w środę na remont starego mostu nad rzeką. "
      "Prace ruszą wiosną i potrwają około dwóch lat, a ruch samochodów na ten "
      "czas przeniesie się na tymczasową przeprawę, którą zbuduje wojsko. Źródła "
      "w urzędzie mówią, że koszt przekroczy plan o jedną piątą.")
DE = ("Der Gemeinderat hat am Donnerstag die Sanierung der alten Brücke über den "
      "Fluss beschlossen. Die Arbeiten beginnen im Frühjahr und dauern gut zwei "
      "Jahre; der Verkehr wird so lange über eine Behelfsbrücke geführt, für die "
      "Anwohner Gebühren fürchten.")
JA = ("市議会は木曜日、川にかかる古い橋の改修計画を承認した。工事は春に始まり、"
      "約二年続く見通しで、その間の車両の通行は下流に設ける仮設の橋に切り替える。")

FIXTURES = {
    # windows-1252 declared only in <meta charset>; uses bytes 0x80-0x9f,
    # where windows-1252 and iso-8859-1 differ (euro sign, curly quotes, dash).
    "cp1252-meta.html": (page("Café crème – “quoted” — €5 · naïve", '<meta charset="windows-1252">'), "cp1252"),
    # iso-8859-1, declared only in the Content-Type header (the test passes it).
    "latin1-header.html": (page("Größe, naïve señor, Ærøskøbing, ½ price"), "latin-1"),
    # iso-8859-2 declared only in the header: decoding as the windows-1252
    # default would give different letters, so the header must be honoured.
    "latin2-header.html": (page("Łódź i Kraków: żółć"), "iso8859-2"),
    # The same bytes with a meta that lies (windows-1252): the header wins.
    "latin2-header-meta-lies.html": (page("Łódź i Kraków: żółć", '<meta charset="windows-1252">'), "iso8859-2"),
    # windows-1251 declared with a meta http-equiv Content-Type.
    "cp1251-http-equiv.html": (page("Привет, мир! Новости дня.",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), "cp1251"),
    # koi8-r declared in a <meta charset> that comes after 2 KB of scripts.
    "koi8r-meta-late.html": (page("Съешь же ещё этих мягких французских булок",
        HEAD_SCRIPTS + '<meta charset="koi8-r">'), "koi8-r"),
    # A commented-out declaration before the real one: the comment is not markup.
    "cp1251-meta-commented.html": (page("Привет, мир!",
        '<!-- <meta charset="iso-8859-2"> -->\n<meta charset="windows-1251">'), "cp1251"),
    # Shift_JIS Japanese, declared in <meta charset>.
    "sjis-meta.html": (page("日本語のニュース記事です。東京、二〇二四年。", '<meta charset="Shift_JIS">'), "shift_jis"),
    # EUC-JP Japanese, declared in http-equiv.
    "eucjp-http-equiv.html": (page("日本語のニュース記事です。",
        '<meta http-equiv="content-type" content="text/html;charset=EUC-JP">'), "euc_jp"),
    # UTF-16 with a byte-order mark and no declaration.
    "utf16le-bom.html": ("\ufeff" + page("Ünïcödé – 日本語"), "utf-16-le"),
    "utf16be-bom.html": ("\ufeff" + page("Ünïcödé – 日本語"), "utf-16-be"),
    # UTF-16LE without a BOM, declared only in the header.
    "utf16le-header.html": (page("Ünïcödé – 日本語"), "utf-16-le"),
    # UTF-8 with a BOM.
    "utf8-bom.html": ("\ufeff" + page("Ünïcödé – 日本語"), "utf-8"),
    # UTF-8 served with a wrong charset=iso-8859-1 header (the test passes it).
    "utf8-wrong-header.html": (page("Café crème – 日本語"), "utf-8"),
    # windows-1252 with no declaration anywhere, after a long ASCII head:
    # the bytes of the first KB alone look like UTF-8.
    "cp1252-undeclared-late.html": (page("Café crème – €5", HEAD_SCRIPTS), "cp1252"),
    # windows-1252 bytes with a charset name nobody knows.
    "unknown-charset.html": (page("Café crème – €5", '<meta charset="x-klingon">'), "cp1252"),
    # Legacy encodings with nothing declared: the text tells which.
    "cp1251-undeclared.html": (page(RU), "cp1251"),
    "koi8r-undeclared.html": (page(RU), "koi8-r"),
    "cp1250-undeclared.html": (page(PL), "cp1250"),
    "sjis-undeclared.html": (page(JA), "shift_jis"),
    # UTF-8 declared over bytes in a legacy encoding: the declaration is wrong.
    "cp1252-meta-says-utf8.html": (page(DE, '<meta charset="utf-8">'), "cp1252"),
    "cp1251-meta-says-utf8.html": (page(RU, '<meta charset="utf-8">'), "cp1251"),
    # Russian text in windows-1251 served as iso-8859-1 (the test passes
    # the header): a Cyrillic text overrides the Western default.
    "cp1251-latin1-header.html": (page(RU), "cp1251"),
    # German text in windows-1252 served as iso-8859-1: the label stays.
    "cp1252-latin1-header.html": (page(DE), "cp1252"),
}

for name, (text, codec) in FIXTURES.items():
    with open(name, "wb") as f:
        f.write(text.encode(codec))

# Invalid UTF-8 declared as UTF-8: a lone windows-1252 é and a truncated
# three-byte sequence inside otherwise valid UTF-8.
with open("invalid-utf8.html", "wb") as f:
    f.write(page("Café and Caf\x00 and 日本", '<meta charset="utf-8">').encode("utf-8")
            .replace(b"Caf\x00", b"Caf\xe9").replace("日本".encode("utf-8"), "日本".encode("utf-8")[:5]))
