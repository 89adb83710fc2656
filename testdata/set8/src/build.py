"""Builds the set-8 pages from the page modules in this directory.

Article text marked [[...]] becomes a must: phrase, boilerplate marked
{{...}} a mustnot: phrase; the markers are stripped from the HTML.
"""
import json, re, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

MUST = re.compile(r"\[\[(.+?)\]\]", re.S)
NOT = re.compile(r"\{\{(.+?)\}\}", re.S)

def head(p):
    ld = {"@context": "https://schema.org", "@type": p.get("ldtype", "NewsArticle"),
          "headline": p["title"], "description": p["desc"],
          "datePublished": p.get("iso", "2026-12-03T09:00:00+01:00"),
          "inLanguage": p["lang"], "author": {"@type": "Person", "name": p.get("author", "")},
          "publisher": {"@type": "Organization", "name": p["site"]},
          "mainEntityOfPage": p["url"]}
    extra = p.get("headextra", "")
    return f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{p['title']} | {p['site']}</title>
<meta name="description" content="{p['desc']}">
<link rel="canonical" href="{p['url']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{p['site']}">
<meta property="og:title" content="{p['title']}">
<meta property="og:description" content="{p.get('ogdesc', p['desc'])}">
<meta property="og:url" content="{p['url']}">
<meta property="article:published_time" content="{p.get('iso', '2026-12-03T09:00:00+01:00')}">
{extra}<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""

def build(p, kind):
    html = p["html"] if "html" in p else head(p) + p["body"] + "\n</html>\n"
    clean = lambda m: re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m)).strip()
    must = [clean(m) for m in MUST.findall(html)]
    nots = [clean(m) for m in NOT.findall(html)]
    html = NOT.sub(lambda m: m.group(1), MUST.sub(lambda m: m.group(1), html))
    d = os.path.join(OUT, kind)
    with open(os.path.join(d, p["name"] + ".html"), "w") as f:
        f.write(html)
    lines = ["# " + l for l in p["comment"].strip().split("\n")]
    lines.append("url: " + p["url"])
    if kind == "articles":
        lines.append("title: " + p["title"])
        lines.append("")
        lines += ["must: " + m for m in must]
        lines.append("")
        lines += ["mustnot: " + m for m in nots]
    with open(os.path.join(d, p["name"] + ".phrases"), "w") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    for mod in sys.argv[1:]:
        m = importlib.import_module(mod)
        for p in m.PAGES:
            build(p, m.KIND)
