#!/usr/bin/env python3
"""Check set-10 pages as TestHeldoutSpecs does, plus counts and word limits."""
import glob, html, os, re, sys
from html.parser import HTMLParser

class T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "noscript"): self.skip += 1
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self.skip: self.skip -= 1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text(path):
    p = T(); p.feed(open(path, encoding="utf-8").read())
    return re.sub(r"\s+", " ", "".join(p.out)).strip()

def spec(path):
    s = {"must": [], "mustnot": [], "title": "", "url": ""}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"): continue
        k, v = line.split(":", 1); v = v.strip()
        if k in ("must", "mustnot"): s[k].append(v)
        elif k in ("title", "url"): s[k] = v
        else: print(path, "unknown key", k); sys.exit(1)
    return s

bad = 0; tm = tn = 0
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
pages = sorted(glob.glob(os.path.join(d, "*.html")))
mine = [p for p in pages if os.path.basename(p)[:3] in ("en-", "de-", "fr-", "es-", "it-")]
for h in mine:
    n = os.path.basename(h)[:-5]; s = spec(h[:-5] + ".phrases"); t = text(h)
    errs = []
    for ph in s["must"] + s["mustnot"]:
        if ph not in t: errs.append("missing %r" % ph)
    if s["title"] not in t: errs.append("title missing")
    for m in s["must"]:
        for x in s["mustnot"]:
            if m in x or x in m: errs.append("overlap %r %r" % (m, x))
        w = len(m.split())
        if not 4 <= w <= 15: errs.append("must %d words: %r" % (w, m))
        if t.count(m) != 1: errs.append("must not unique (%d): %r" % (t.count(m), m))
    for x in s["mustnot"]:
        if t.count(x) != 1: errs.append("mustnot occurs %d times: %r" % (t.count(x), x))
    if not 8 <= len(s["must"]) <= 12: errs.append("%d must" % len(s["must"]))
    if not 8 <= len(s["mustnot"]) <= 14: errs.append("%d mustnot" % len(s["mustnot"]))
    tm += len(s["must"]); tn += len(s["mustnot"])
    print("%-50s must %2d mustnot %2d %s" % (n, len(s["must"]), len(s["mustnot"]), "OK" if not errs else "FAIL"))
    for e in errs: print("   ", e)
    bad += len(errs)
print("pages %d, must %d, mustnot %d, errors %d" % (len(mine), tm, tn, bad))
sys.exit(1 if bad else 0)
