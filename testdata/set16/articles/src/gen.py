"""Build set 16 (part A) pages from the page modules p_*.py.

Each module defines PAGES, a list of dicts. In the HTML sections
[[...]] marks a `must` phrase and {{...}} a `mustnot` phrase; a phrase
is the visible text of the marked fragment (tags dropped, entities
decoded, whitespace collapsed). Usage: python3 gen.py p_*.py
"""
import html, importlib.util, json, re, sys, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"\[\[(.*?)\]\]|\{\{(.*?)\}\}", re.S)


def vis(fragment):
    s = re.sub(r"<[^>]*>", " ", fragment)
    s = html.unescape(s)
    return " ".join(s.split())


def head(p):
    ld = p.get("ld", {"@type": "NewsArticle"})
    ldobj = {"@context": "https://schema.org", **ld,
             "headline": p["title"], "description": p["desc"],
             "datePublished": p["date"], "inLanguage": p["lang"],
             "author": {"@type": "Person", "name": p["author"]},
             "publisher": {"@type": "Organization", "name": p["site"]},
             "mainEntityOfPage": p["url"]}
    if p.get("nold"):
        ldtag = ""
    else:
        ldtag = '<script type="application/ld+json">%s</script>\n' % json.dumps(ldobj, ensure_ascii=False)
    e = html.escape
    return f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p['title'])} {p.get('titlesep', '|')} {e(p['site'])}</title>
<meta name="description" content="{e(p['desc'])}">
<link rel="canonical" href="{p['url']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(p['site'])}">
<meta property="og:title" content="{e(p['title'])}">
<meta property="og:description" content="{e(p['desc'])}">
<meta property="og:url" content="{p['url']}">
<meta property="article:published_time" content="{p['date']}">
{p.get('headextra', '')}{ldtag}</head>
"""


def build(p):
    raw = head(p) + p["html"].strip("\n") + "\n</html>\n"
    must, mustnot = [], []
    def rep(m):
        if m.group(1) is not None:
            must.append(vis(m.group(1)))
            return m.group(1)
        mustnot.append(vis(m.group(2)))
        return m.group(2)
    out = MARK.sub(rep, raw)
    assert "[[" not in out and "{{" not in out and "]]" not in out and "}}" not in out, p["name"]
    name = p["name"]
    with open(os.path.join(OUT, name + ".html"), "w") as f:
        f.write(out)
    lines = ["# " + l for l in p["comment"].strip().splitlines()]
    lines += ["url: " + p["url"], "title: " + p["title"], ""]
    lines += ["must: " + m for m in must] + [""]
    lines += ["mustnot: " + m for m in mustnot]
    with open(os.path.join(OUT, name + ".phrases"), "w") as f:
        f.write("\n".join(lines) + "\n")


for path in sys.argv[1:]:
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for p in mod.PAGES:
        build(p)
        print("built", p["name"])
