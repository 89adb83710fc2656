#!/usr/bin/env python3
"""Render set-22 pages (helper a) from src-a/*.txt.

Adapted from testdata/set19/src-a/gen.py. A source file holds `@key value`
lines (name, lang, url, title, desc, site, author, date, section, type,
image, comment...), a line `---`, then the raw <body> HTML, in which [[...]]
marks a `must` phrase and {{...}} a `mustnot` phrase. A marker may span
inline tags or table cells: the phrase written to the .phrases file is the
marked text with tags read as spaces, HTML entities decoded and whitespace
collapsed, i.e. as it reads in the page's visible text.
"""
import html, json, re, sys, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent
TYPES = ("NewsArticle", "BlogPosting", "Article")

def visible(s):
    s = re.sub(r"<[^>]*>", " ", s)
    return re.sub(r"\s+", " ", html.unescape(s)).strip()

def render(path):
    meta, comments = {}, []
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    for line in head.splitlines():
        if not line.startswith("@"):
            continue
        k, _, v = line[1:].partition(" ")
        if k == "comment":
            comments.append(v)
        else:
            meta[k] = v.strip()
    must, mustnot = [], []
    def m(mt):
        must.append(visible(mt.group(1))); return mt.group(1)
    def n(mt):
        mustnot.append(visible(mt.group(1))); return mt.group(1)
    body = re.sub(r"\[\[(.+?)\]\]", m, body, flags=re.S)
    body = re.sub(r"\{\{(.+?)\}\}", n, body, flags=re.S)
    e = html.escape
    typ = meta.get("type", "NewsArticle")
    assert typ in TYPES, typ
    host = meta["url"].split("/")[2]
    ld = {
        "@context": "https://schema.org", "@type": typ,
        "headline": meta["title"], "description": meta["desc"],
        "datePublished": meta["date"], "dateModified": meta.get("modified", meta["date"]),
        "inLanguage": meta["lang"], "mainEntityOfPage": meta["url"],
        "author": [{"@type": "Person", "name": meta["author"]}],
        "publisher": {"@type": "Organization", "name": meta["site"]},
        "image": meta.get("image", f"https://{host}/img/og-default.jpg"),
    }
    extra = meta.get("headextra", "")
    page = f"""<!DOCTYPE html>
<html lang="{e(meta['lang'])}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta name="description" content="{e(meta['desc'])}">
<link rel="canonical" href="{e(meta['url'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(meta['site'])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:description" content="{e(meta['desc'])}">
<meta property="og:url" content="{e(meta['url'])}">
<meta property="og:image" content="{e(ld['image'])}">
<meta property="article:published_time" content="{e(meta['date'])}">
<meta property="article:section" content="{e(meta.get('section', 'News'))}">
<meta name="twitter:card" content="summary_large_image">
{extra}
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
{body.strip()}
</html>
"""
    name = meta["name"]
    assert name == path.stem, (name, path.stem)
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")
    ph = "".join(f"# {c}\n" for c in comments)
    ph += f"url: {meta['url']}\ntitle: {meta['title']}\n\n"
    ph += "".join(f"must: {x}\n" for x in must) + "\n"
    ph += "".join(f"mustnot: {x}\n" for x in mustnot)
    (OUT / f"{name}.phrases").write_text(ph, encoding="utf-8")
    print(name, len(must), len(mustnot))

for p in sys.argv[1:]:
    render(pathlib.Path(p))
