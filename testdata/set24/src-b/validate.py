#!/usr/bin/env python3
"""Check set-24 (helper b) phrase files the way TestHeldoutSpecs does.

Adapted from set 23's src-b/validate.py. Visible text: outside
script/style/noscript, tags as spaces, entities decoded, white space
collapsed. Checks: every phrase and the title occur; each must has 4 to 15
words and occurs exactly once; no must overlaps a mustnot; 8 to 15 must and
8 to 15 mustnot per page; the h1 equals the title.
"""
import re, sys, pathlib
from html.parser import HTMLParser

DIR = pathlib.Path(__file__).resolve().parent.parent

class T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out=[]; self.skip=0; self.h1=None; self.inh1=False
    def handle_starttag(self, tag, a):
        if tag in ("script","style","noscript"): self.skip+=1
        if tag == "h1": self.inh1=True; self.h1=""
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script","style","noscript") and self.skip: self.skip-=1
        if tag == "h1": self.inh1=False
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
        if self.inh1: self.h1 += d

def text(p):
    t=T(); t.feed(p.read_text(encoding="utf-8"))
    return re.sub(r"\s+"," "," ".join(t.out)).strip(), re.sub(r"\s+"," ",t.h1 or "").strip()

bad=0; tm=tn=0
prefixes = sys.argv[1:] or ["nl-","pt-","pl-","sv-","cs-"]
for ph in sorted(DIR.glob("*.phrases")):
    if not ph.name.startswith(tuple(prefixes)): continue
    h = ph.with_suffix(".html"); raw, h1 = text(h)
    must=[];mn=[];title=None
    for line in ph.read_text(encoding="utf-8").splitlines():
        if line.startswith("must: "): must.append(line[6:].strip())
        elif line.startswith("mustnot: "): mn.append(line[9:].strip())
        elif line.startswith("title: "): title=line[7:].strip()
    errs=[]
    for x in must+mn:
        if x not in raw: errs.append(f"missing {x!r}")
    if title not in raw: errs.append(f"title missing {title!r}")
    if title != h1: errs.append(f"h1 {h1!r} != title")
    for x in must:
        w=len(x.split())
        if not 4<=w<=15: errs.append(f"must words {w}: {x!r}")
        if raw.count(x)!=1: errs.append(f"must not unique ({raw.count(x)}): {x!r}")
        for y in mn:
            if x in y or y in x: errs.append(f"overlap {x!r} / {y!r}")
    if len(set(mn)) != len(mn): errs.append("duplicate mustnot")
    if not 8<=len(must)<=15: errs.append(f"{len(must)} must")
    if not 8<=len(mn)<=15: errs.append(f"{len(mn)} mustnot")
    tm+=len(must); tn+=len(mn)
    print(("OK  " if not errs else "BAD ")+ph.stem, len(must), len(mn))
    for e in errs: print("   ", e)
    bad+=bool(errs)
print("total must", tm, "mustnot", tn, "bad pages", bad)
sys.exit(1 if bad else 0)
