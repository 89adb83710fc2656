#!/usr/bin/env python3
"""Check set-24 (helper a) phrase files the way TestHeldoutSpecs does."""
import html, re, sys, pathlib
from html.parser import HTMLParser

DIR = pathlib.Path(__file__).resolve().parent.parent

class T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out=[]; self.skip=0
    def handle_starttag(self, tag, a):
        if tag in ("script","style","noscript"): self.skip+=1
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script","style","noscript") and self.skip: self.skip-=1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text(p):
    t=T(); t.feed(p.read_text(encoding="utf-8")); return re.sub(r"\s+"," "," ".join(t.out)).strip()

bad=0; tm=tn=0
prefixes = sys.argv[1:] or ["en-","de-","fr-","es-","it-"]
for ph in sorted(DIR.glob("*.phrases")):
    if not ph.name.startswith(tuple(prefixes)): continue
    h = ph.with_suffix(".html"); raw = text(h)
    must=[];mn=[];title=None
    for line in ph.read_text(encoding="utf-8").splitlines():
        if line.startswith("must: "): must.append(line[6:].strip())
        elif line.startswith("mustnot: "): mn.append(line[9:].strip())
        elif line.startswith("title: "): title=line[7:].strip()
    errs=[]
    for x in must+mn:
        if x not in raw: errs.append(f"missing {x!r}")
    if title not in raw: errs.append(f"title missing {title!r}")
    for x in must:
        w=len(x.split())
        if not 4<=w<=15: errs.append(f"must words {w}: {x!r}")
        if raw.count(x)!=1: errs.append(f"must not unique ({raw.count(x)}): {x!r}")
        for y in mn:
            if x in y or y in x: errs.append(f"overlap {x!r} / {y!r}")
    if not 8<=len(must)<=(16 if '-control-' in ph.name else 12): errs.append(f"{len(must)} must")
    if not 8<=len(mn)<=14: errs.append(f"{len(mn)} mustnot")
    tm+=len(must); tn+=len(mn)
    print(("OK  " if not errs else "BAD ")+ph.stem, len(must), len(mn))
    for e in errs: print("   ", e)
    bad+=bool(errs)
print("total must", tm, "mustnot", tn, "bad pages", bad)
sys.exit(1 if bad else 0)
