#!/usr/bin/env python3
"""Check every set-14 phrase file against its page's visible text.

Visible text: everything outside script/style/noscript/template (the
<title> included, to be strict), tags as spaces, entities decoded,
whitespace collapsed. Checks: title and every phrase occur; every must and
mustnot occurs exactly once; no must overlaps a mustnot; 4-15 words per
must; 8-12 must (3+ on short pages) and 5-12 mustnot per page.
"""
import glob, html, os, re, sys
from html.parser import HTMLParser

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def text(path):
    t = Text()
    t.feed(open(path).read())
    return " ".join("".join(t.out).split())


bad = 0
nmust = nnot = 0
for ph in sorted(glob.glob(os.path.join(DIR, "*.phrases"))):
    name = os.path.basename(ph)[:-8]
    raw = text(ph[:-8] + ".html")
    must, nots, title, short = [], [], None, False
    for line in open(ph):
        line = line.rstrip("\n")
        if line.startswith("# ") and "trap 5" in line:
            short = True
        if line.startswith("must: "):
            must.append(line[6:])
        elif line.startswith("mustnot: "):
            nots.append(line[9:])
        elif line.startswith("title: "):
            title = line[7:]
    errs = []
    if not title or title not in raw:
        errs.append(f"title {title!r} not found")
    for m in must + nots:
        c = raw.count(m)
        if c != 1:
            errs.append(f"{m!r} occurs {c} times")
        if "<" in m or "&" in m:
            errs.append(f"{m!r} has markup")
    for m in must:
        w = len(m.split())
        if not 4 <= w <= 15:
            errs.append(f"must {m!r} has {w} words")
        for n in nots:
            if m in n or n in m:
                errs.append(f"must {m!r} overlaps mustnot {n!r}")
    lo = 3 if short else 8
    if not lo <= len(must) <= 12:
        errs.append(f"{len(must)} must")
    if not 5 <= len(nots) <= 12:
        errs.append(f"{len(nots)} mustnot")
    nmust += len(must)
    nnot += len(nots)
    for e in errs:
        print(f"{name}: {e}")
    bad += len(errs)
    print(f"ok {name}: {len(must)} must, {len(nots)} mustnot" if not errs else f"FAIL {name}")
print(f"{nmust} must, {nnot} mustnot, {bad} problems")
sys.exit(1 if bad else 0)
