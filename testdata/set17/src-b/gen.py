#!/usr/bin/env python3
"""Render set-17 part-b pages: NAME.txt -> ../NAME.html + ../NAME.phrases.

A source file has `key: value` header lines, `# ...` comment lines (copied
into the phrase file), a line `===`, then the page's <body>...</body> HTML.
In the body, [[...]] marks a must phrase and {{...}} a mustnot phrase; the
markers are stripped from the HTML.
"""
import html, json, re, sys, os

def render(path):
    src = open(path, encoding="utf-8").read()
    head, body = src.split("\n===\n", 1)
    meta, comments = {}, []
    for line in head.splitlines():
        if line.startswith("#"):
            comments.append(line)
        elif ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    must = re.findall(r"\[\[(.+?)\]\]", body, re.S)
    mustnot = re.findall(r"\{\{(.+?)\}\}", body, re.S)
    body = re.sub(r"\[\[(.+?)\]\]", r"\1", body, flags=re.S)
    body = re.sub(r"\{\{(.+?)\}\}", r"\1", body, flags=re.S)
    name = os.path.basename(path)[:-4]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": meta["title"], "description": meta["desc"],
        "datePublished": meta["date"], "inLanguage": meta["lang"],
        "mainEntityOfPage": meta["url"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": meta["site"]},
    }
    if meta.get("image"):
        ld["image"] = meta["image"]
    e = lambda s: html.escape(s, quote=True)
    amp = " amp" if meta.get("amp") else ""
    extra = meta.get("headextra", "")
    out = f"""<!DOCTYPE html>
<html lang="{meta['lang']}"{amp}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} {meta.get('sep', '|')} {e(meta['site'])}</title>
<meta name="description" content="{e(meta['desc'])}">
<link rel="canonical" href="{meta['url']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(meta['site'])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:description" content="{e(meta['desc'])}">
<meta property="og:url" content="{meta['url']}">
<meta property="og:image" content="{meta.get('image', meta['url'].split('/')[0] + '//' + meta['url'].split('/')[2] + '/og/default.jpg')}">
<meta property="article:published_time" content="{meta['date']}">
{extra}
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
{body.strip()}
</html>
"""
    d = os.path.dirname(os.path.abspath(path))
    outdir = os.path.dirname(d)
    open(os.path.join(outdir, name + ".html"), "w", encoding="utf-8").write(out)
    ph = "\n".join(comments) + "\n"
    ph += f"url: {meta['url']}\ntitle: {meta['title']}\n\n"
    ph += "".join(f"must: {' '.join(m.split())}\n" for m in must) + "\n"
    ph += "".join(f"mustnot: {' '.join(m.split())}\n" for m in mustnot)
    open(os.path.join(outdir, name + ".phrases"), "w", encoding="utf-8").write(ph)

for p in sys.argv[1:]:
    render(p)
