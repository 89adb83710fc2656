#!/usr/bin/env python3
"""Render the set-16 pages from the page modules in this directory.

Each module (na_*.py, odd_*.py) defines PAGES, a list of dicts. In the
body, header and footer of an odd article, [[...]] marks a must phrase and
{{...}} a mustnot phrase; the markers are stripped and the phrases written
to NAME.phrases in the order they occur.
"""
import glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = {"na": os.path.join(HERE, ".."), "odd": os.path.join(HERE, "..", "..", "odd")}

SHELL = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{doctitle}</title>
<meta name="description" content="{desc}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="{ogtype}">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{ogtitle}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image}">
{meta}<link rel="stylesheet" href="{css}">
{jsonld}</head>
<body class="{bodyclass}">
{header}
{main}
{footer}
{consent}{scripts}</body>
</html>
"""

MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def strip_marks(html, must, mustnot):
    def rep(m):
        if m.group(1) is not None:
            must.append(re.sub(r"\s+", " ", m.group(1)))
            return m.group(1)
        mustnot.append(re.sub(r"\s+", " ", m.group(2)))
        return m.group(2)
    return MARK.sub(rep, html)


def render(p, kind):
    must, mustnot = [], []
    parts = {}
    for k in ("header", "main", "footer", "consent"):
        parts[k] = strip_marks(p.get(k, ""), must, mustnot).strip("\n")
    ld = p.get("jsonld")
    jsonld = ""
    if ld:
        jsonld = '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>\n"
    meta = "".join(f'<meta {m}>\n' for m in p.get("meta", []))
    html = SHELL.format(
        lang=p["lang"], doctitle=p["doctitle"], desc=p["desc"], url=p["url"],
        ogtype=p.get("ogtype", "website"), site=p["site"],
        ogtitle=p.get("ogtitle", p["doctitle"]), image=p.get("image", p["url"].split("/")[0] + "//" + p["url"].split("/")[2] + "/og-default.jpg"),
        meta=meta, css=p.get("css", "/assets/site.css"), jsonld=jsonld,
        bodyclass=p.get("bodyclass", "page"), header=parts["header"], main=parts["main"],
        footer=parts["footer"], consent=(parts["consent"] + "\n") if parts["consent"] else "",
        scripts=p.get("scripts", ""))
    out = OUT[kind]
    with open(os.path.join(out, p["name"] + ".html"), "w") as f:
        f.write(html)
    lines = ["# " + l for l in p["comment"].strip().split("\n")]
    lines.append("url: " + p["url"])
    if kind == "odd":
        lines.append("title: " + p["title"])
        lines.append("")
        lines += ["must: " + m for m in must]
        lines.append("")
        lines += ["mustnot: " + m for m in mustnot]
    elif must or mustnot:
        sys.exit(p["name"] + ": phrase markers on a non-article page")
    with open(os.path.join(out, p["name"] + ".phrases"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "*_*.py"))):
        base = os.path.basename(path)
        kind = base.split("_")[0]
        if kind not in OUT:
            continue
        spec = importlib.util.spec_from_file_location(base[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for p in mod.PAGES:
            render(p, kind)
            print(kind, p["name"])


if __name__ == "__main__":
    main()
