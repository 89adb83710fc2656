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
}

for name, (text, codec) in FIXTURES.items():
    with open(name, "wb") as f:
        f.write(text.encode(codec))

# Invalid UTF-8 declared as UTF-8: a lone windows-1252 é and a truncated
# three-byte sequence inside otherwise valid UTF-8.
with open("invalid-utf8.html", "wb") as f:
    f.write(page("Café and Caf\x00 and 日本", '<meta charset="utf-8">').encode("utf-8")
            .replace(b"Caf\x00", b"Caf\xe9").replace("日本".encode("utf-8"), "日本".encode("utf-8")[:5]))
