#!/usr/bin/env python3
"""Checks the set-15 phrase files against their pages' visible text.

Visible text: everything outside script/style/noscript/template, tags as
spaces, entities decoded, whitespace collapsed. For odd articles: every
title/must/mustnot occurs exactly once (title at least once), must has 4-15
words, 4-10 must and 2-8 mustnot, no must overlaps a mustnot. For
non-articles: only comments and one url: line. Run from anywhere.
"""
import glob, html, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
NON = os.path.dirname(HERE)
ODD = os.path.join(os.path.dirname(NON), "odd")

class V(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0; self.out = []
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "noscript", "template"): self.skip += 1
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template") and self.skip: self.skip -= 1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def visible(path):
    v = V(); v.feed(open(path, encoding="utf-8").read()); v.close()
    return re.sub(r"\s+", " ", "".join(v.out)).strip()

def parse(path):
    keys = {"url": [], "title": [], "must": [], "mustnot": []}
    for ln in open(path, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"): continue
        k, _, val = ln.partition(":")
        if k not in keys: raise SystemExit(f"{path}: bad key {k!r}")
        keys[k].append(val.strip())
    return keys

bad = 0
def err(msg):
    global bad; bad += 1; print("FAIL", msg)

tot = {"must": 0, "mustnot": 0}
for d, odd in ((NON, False), (ODD, True)):
    pages = sorted(glob.glob(os.path.join(d, "*.html")))
    for p in pages:
        name = os.path.basename(p)[:-5]
        ph = p[:-5] + ".phrases"
        if not os.path.exists(ph): err(f"{name}: no .phrases"); continue
        k = parse(ph); text = visible(p)
        if len(k["url"]) != 1 or ".example" not in k["url"][0]: err(f"{name}: url")
        if not odd:
            if k["title"] or k["must"] or k["mustnot"]: err(f"{name}: non-article has title/must/mustnot")
            continue
        if len(k["title"]) != 1 or k["title"][0] not in text: err(f"{name}: title missing")
        if not 4 <= len(k["must"]) <= 10: err(f"{name}: {len(k['must'])} must")
        if not 2 <= len(k["mustnot"]) <= 8: err(f"{name}: {len(k['mustnot'])} mustnot")
        for kind in ("must", "mustnot"):
            tot[kind] += len(k[kind])
            for m in k[kind]:
                c = text.count(m)
                if c != 1: err(f"{name}: {kind} {m!r} occurs {c}x")
        for m in k["must"]:
            n = len(m.split())
            if not 4 <= n <= 15: err(f"{name}: must {m!r} has {n} words")
            for x in k["mustnot"]:
                if m in x or x in m: err(f"{name}: overlap {m!r} / {x!r}")
    print(f"{d}: {len(pages)} pages")
print("must", tot["must"], "mustnot", tot["mustnot"], "failures", bad)
sys.exit(1 if bad else 0)
