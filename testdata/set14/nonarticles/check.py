#!/usr/bin/env python3
"""Checks set 14's phrase files against the pages' visible text.

Visible text: everything outside script/style/noscript (the <title> too),
tags as spaces, entities decoded, whitespace collapsed. Every must and
mustnot must occur exactly once in it, and once in the <body> alone (so the
count holds whether or not a reader keeps the <title>); the title must
occur in the <body>; 4-15 words per must; 4-10 must and 2-8 mustnot per
page; no phrase overlaps another must or a mustnot. Non-article phrase
files hold only comments and url. Run from anywhere:
python3 testdata/set14/nonarticles/check.py
"""
import glob, os, re, sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ODD = os.path.join(HERE, "..", "odd")

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self.skip:
            self.skip -= 1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

def visible(path, body_only=False):
    p = Vis()
    src = open(path, encoding="utf-8").read()
    if body_only:
        src = src[src.index("<body"):]
    p.feed(src)
    return re.sub(r"\s+", " ", "".join(p.out)).strip()

def parse(path):
    sp = {"url": None, "title": None, "must": [], "mustnot": [], "other": []}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        k, _, v = line.partition(":")
        v = v.strip()
        if k in ("must", "mustnot"):
            sp[k].append(v)
        elif k in ("url", "title"):
            sp[k] = v
        else:
            sp["other"].append(line)
    return sp

errs = 0
def err(name, msg):
    global errs
    errs += 1
    print(f"{name}: {msg}")

langs = {"nonarticles": Counter(), "odd": Counter()}
totals = Counter()
for part, d in (("nonarticles", HERE), ("odd", ODD)):
    pages = sorted(glob.glob(os.path.join(d, "*.html")))
    for h in pages:
        name = os.path.basename(h)[:-5]
        ph = h[:-5] + ".phrases"
        langs[part][name.split("-")[0]] += 1
        if not os.path.exists(ph):
            err(name, "no .phrases"); continue
        sp = parse(ph)
        if sp["other"]:
            err(name, f"unknown lines {sp['other']}")
        if not sp["url"] or ".example" not in sp["url"]:
            err(name, "url missing or not .example")
        html = open(h, encoding="utf-8").read()
        if not re.search(r"<title>[^<]+</title>", html):
            err(name, "no <title>")
        for tag in ('name="description"', 'rel="canonical"', 'property="og:title"'):
            if tag not in html:
                err(name, f"head lacks {tag}")
        txt = visible(h)
        body = visible(h, body_only=True)
        if part == "nonarticles":
            if sp["title"] or sp["must"] or sp["mustnot"]:
                err(name, "non-article with title/must/mustnot")
            continue
        if not sp["title"] or sp["title"] not in body:
            err(name, f"title missing or not in text: {sp['title']!r}")
        if not 4 <= len(sp["must"]) <= 10:
            err(name, f"{len(sp['must'])} must")
        if not 2 <= len(sp["mustnot"]) <= 8:
            err(name, f"{len(sp['mustnot'])} mustnot")
        totals["must"] += len(sp["must"]); totals["mustnot"] += len(sp["mustnot"])
        for m in sp["must"]:
            n = len(m.split())
            if not 4 <= n <= 15:
                err(name, f"must has {n} words: {m!r}")
        for m in sp["must"] + sp["mustnot"]:
            c = txt.count(m)
            if c != 1:
                err(name, f"occurs {c} times: {m!r}")
            if body.count(m) != 1:
                err(name, f"occurs {body.count(m)} times in <body>: {m!r}")
        for i, m in enumerate(sp["must"]):
            for n in sp["must"][i+1:]:
                if m in n or n in m:
                    err(name, f"two musts overlap {m!r} / {n!r}")
        for m in sp["must"]:
            for n in sp["mustnot"]:
                if m in n or n in m:
                    err(name, f"overlap {m!r} / {n!r}")

for part in langs:
    print(part, sum(langs[part].values()), dict(sorted(langs[part].items())))
print("must", totals["must"], "mustnot", totals["mustnot"])
print("errors", errs)
sys.exit(1 if errs else 0)
