#!/usr/bin/env python3
"""Render set-25 control pages from src/*.txt (adapted from set 20's src-a/gen.py).

A source file holds `@key value` lines (name, lang, url, title, desc, site,
author, date, modified, section, image, comment...), a line `---`, then the raw
<body> HTML, in which [[...]] marks a `must` phrase and {{...}} a `mustnot`
phrase. `<!--story-->` and `<!--/story-->` mark the story's own text for
validate.py and are dropped from the page. Phrases are written to the
.phrases file with HTML entities decoded and white space (including no-break
spaces) collapsed to one space, as the corpus checks collapse the page text.
"""
import html, json, re, sys, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent

def phrase(s):
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
        must.append(phrase(mt.group(1))); return mt.group(1)
    def n(mt):
        mustnot.append(phrase(mt.group(1))); return mt.group(1)
    body = re.sub(r"\[\[(.+?)\]\]", m, body, flags=re.S)
    body = re.sub(r"\{\{(.+?)\}\}", n, body, flags=re.S)
    body = re.sub(r"<!--/?story-->\n?", "", body)
    e = html.escape
    host = meta["url"].split("/")[2]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": meta["title"], "description": meta["desc"],
        "datePublished": meta["date"], "dateModified": meta.get("modified", meta["date"]),
        "inLanguage": meta["lang"], "mainEntityOfPage": meta["url"],
        "author": [{"@type": "Person", "name": meta["author"]}],
        "publisher": {"@type": "Organization", "name": meta["site"],
                      "logo": {"@type": "ImageObject", "url": f"https://{host}/img/logo.png"}},
        "image": meta.get("image", f"https://{host}/img/og-default.jpg"),
    }
    sep = meta.get("sep", "|")
    extra = meta.get("headextra", "")
    page = f"""<!DOCTYPE html>
<html lang="{e(meta['lang'])}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} {sep} {e(meta['site'])}</title>
<meta name="description" content="{e(meta['desc'])}">
<link rel="canonical" href="{e(meta['url'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(meta['site'])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:description" content="{e(meta['desc'])}">
<meta property="og:url" content="{e(meta['url'])}">
<meta property="og:image" content="{e(ld['image'])}">
<meta property="article:published_time" content="{e(meta['date'])}">
<meta property="article:modified_time" content="{e(ld['dateModified'])}">
<meta property="article:section" content="{e(meta.get('section', 'News'))}">
<meta name="author" content="{e(meta['author'])}">
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
    print(name, len(must), len(mustnot))

for p in sys.argv[1:]:
    render(pathlib.Path(p))
