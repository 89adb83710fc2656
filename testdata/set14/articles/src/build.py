#!/usr/bin/env python3
"""Render the set-14 article pages from the page modules (p_*.py).

Each module defines PAGES, a list of dicts. In the html strings, [[...]]
marks a must phrase and {{...}} a mustnot phrase; the markers are stripped
and the phrases written to NAME.phrases.

    python3 build.py p_*.py && python3 check.py
"""
import html, importlib, json, re, sys, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def vis(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", s)).split())


def strip(s, must, mustnot):
    def rep(m):
        if m.group(1) is not None:
            must.append(vis(m.group(1)))
            return m.group(1)
        mustnot.append(vis(m.group(2)))
        return m.group(2)
    return MARK.sub(rep, s)


def render(p):
    must, mustnot = [], []
    parts = {k: strip(p.get(k, ""), must, mustnot) for k in ("pre", "article", "post", "consent")}
    url = p["url"]
    ld = {
        "@context": "https://schema.org",
        "@type": p.get("ldtype", "NewsArticle"),
        "headline": p["title"],
        "description": p["desc"],
        "datePublished": p["date"],
        "inLanguage": p["lang"],
        "author": {"@type": "Person", "name": p["author"]},
        "publisher": {"@type": "Organization", "name": p["site"]},
        "mainEntityOfPage": url,
    }
    ld.update(p.get("ldextra", {}))
    nav = "".join(f'<li class="{p.get("navli", "menu-item")}"><a href="/{html.escape(n.lower().replace(" ", "-"))}/">{html.escape(n)}</a></li>' for n in p["nav"])
    e = html.escape
    out = f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p['title'])} {p.get('titlesep', '|')} {e(p['site'])}</title>
<meta name="description" content="{e(p['desc'])}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(p['site'])}">
<meta property="og:title" content="{e(p['title'])}">
<meta property="og:description" content="{e(p.get('ogdesc', p['desc']))}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{p['date']}">
{p.get('headextra', '')}
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="{p.get('bodyclass', 'single single-post')}">
{p.get('bodyopen', '')}
<header class="{p.get('headerclass', 'site-header')}" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-title">{e(p['site'])}</a></div>
<nav class="{p.get('navclass', 'main-navigation')}" aria-label="Main"><ul class="menu">{nav}</ul></nav></header>
{parts['pre']}
{parts['article']}
{parts['post']}
<footer class="{p.get('footerclass', 'site-footer')}" role="contentinfo"><p>{p['footer']}</p></footer>
{parts['consent']}
{p.get('bodyclose', '')}
</body>
</html>
"""
    comments = "".join(f"# {l}\n" for l in p["comment"].strip().splitlines())
    ph = comments + f"url: {url}\ntitle: {p['title']}\n\n"
    ph += "".join(f"must: {m}\n" for m in must) + "\n"
    ph += "".join(f"mustnot: {m}\n" for m in mustnot)
    with open(os.path.join(OUT, p["name"] + ".html"), "w") as f:
        f.write(out)
    with open(os.path.join(OUT, p["name"] + ".phrases"), "w") as f:
        f.write(ph)


if __name__ == "__main__":
    for mod in sys.argv[1:]:
        m = importlib.import_module(mod.removesuffix(".py"))
        for p in m.PAGES:
            render(p)
            print("wrote", p["name"])
