#!/usr/bin/env python3
"""Render set-24 pages (helper a) from src-a/*.txt.

A source file holds `@key value` lines (name, lang, url, title, desc, site,
author, date, section, image, comment...), a line `---`, then the raw <body>
HTML, in which [[...]] marks a `must` phrase and {{...}} a `mustnot` phrase.
Phrases are written to the .phrases file with HTML entities decoded.
"""
import html, json, re, sys, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent

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
        must.append(html.unescape(mt.group(1))); return mt.group(1)
    def n(mt):
        mustnot.append(html.unescape(mt.group(1))); return mt.group(1)
    body = re.sub(r"\[\[(.+?)\]\]", m, body, flags=re.S)
    body = re.sub(r"\{\{(.+?)\}\}", n, body, flags=re.S)
    e = html.escape
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": meta["title"], "description": meta["desc"],
        "datePublished": meta["date"], "dateModified": meta.get("modified", meta["date"]),
        "inLanguage": meta["lang"], "mainEntityOfPage": meta["url"],
        "author": [{"@type": "Person", "name": meta["author"]}],
        "publisher": {"@type": "Organization", "name": meta["site"]},
        "image": meta.get("image", meta["url"].split("/", 3)[0] + "//" + meta["url"].split("/")[2] + "/img/og-default.jpg"),
    }
    amp = " amp" if meta.get("amp") else ""
    extra = meta.get("headextra", "")
    page = f"""<!DOCTYPE html>
<html lang="{e(meta['lang'])}"{amp}>
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
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")
    ph = "".join(f"# {c}\n" for c in comments)
    ph += f"url: {meta['url']}\ntitle: {meta['title']}\n\n"
    ph += "".join(f"must: {x}\n" for x in must) + "\n"
    ph += "".join(f"mustnot: {x}\n" for x in mustnot)
    (OUT / f"{name}.phrases").write_text(ph, encoding="utf-8")
    # word counts of the story's paragraphs (those holding a must)
    wc = []
    for para in re.findall(r"<p[^>]*>(.*?)</p>", body, flags=re.S):
        if para in "".join(must) or not any(x in html.unescape(re.sub(r"<[^>]+>", "", para)) for x in must):
            continue
        wc.append(len(html.unescape(re.sub(r"<[^>]+>", " ", para)).split()))
    wc.sort()
    print(name, len(must), len(mustnot), "para words", wc)

for p in sys.argv[1:]:
    render(pathlib.Path(p))
