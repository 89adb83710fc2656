#!/usr/bin/env python3
"""Check set-25 phrase files the way the corpus spec checks do (adapted from
set 20's src-a/validate.py).

For each NAME.phrases: every phrase and the title occur in the page's visible
text (text outside script/style/noscript/head, tags as spaces, entities
decoded, white space collapsed); the title is the h1's text; no `must`
overlaps a `mustnot` (as strings, or where they occur on the page); each
`must` has 4 to 15 words and occurs exactly once; 10 to 24 `must` and 5 to 8
`mustnot` per page. From src/NAME.txt it also checks the story's structure:
between <!--story--> and <!--/story--> every <p>, <h2>, <h3> and <li> holds a
marked phrase, and every <blockquote> holds a `must`."""
import html, re, sys, pathlib
from html.parser import HTMLParser

SRC = pathlib.Path(__file__).resolve().parent
DIR = SRC.parent

class T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out=[]; self.skip=0; self.h1=None; self.inh1=False
    def handle_starttag(self, tag, a):
        if tag in ("script","style","noscript","head"): self.skip+=1
        if tag == "h1" and self.h1 is None: self.inh1=True; self.h1=""
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script","style","noscript","head") and self.skip: self.skip-=1
        if tag == "h1": self.inh1=False
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
        if self.inh1: self.h1 += d

def norm(s): return re.sub(r"\s+"," ",s).strip()

def spans(text, x):
    i=text.find(x); out=[]
    while i>=0: out.append((i,i+len(x))); i=text.find(x,i+1)
    return out

def structure(src):
    errs=[]
    body=src.read_text(encoding="utf-8").split("\n---\n",1)[1]
    m=re.search(r"<!--story-->(.*)<!--/story-->", body, re.S)
    if not m: return ["no story markers"]
    story=m.group(1)
    for tag in ("p","h2","h3","li"):
        for el in re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", story, re.S):
            if "[[" not in el and "{{" not in el:
                errs.append(f"unmarked <{tag}>: {norm(re.sub('<[^>]+>',' ',el))[:70]!r}")
    for el in re.findall(r"<blockquote\b[^>]*>(.*?)</blockquote>", story, re.S):
        if "[[" not in el: errs.append("blockquote without must")
    return errs

bad=0; tm=tn=0; pages=0
for ph in sorted(DIR.glob("*.phrases")):
    h = ph.with_suffix(".html"); t=T(); t.feed(h.read_text(encoding="utf-8"))
    raw = norm(" ".join(t.out)); h1 = norm(t.h1 or "")
    must=[];mn=[];title=None;url=None;errs=[]
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"): continue
        k,_,v=line.partition(": ")
        if k=="must": must.append(v.strip())
        elif k=="mustnot": mn.append(v.strip())
        elif k=="title": title=v.strip()
        elif k=="url": url=v.strip()
        else: errs.append(f"unknown key {k!r}")
    if not url or ".example/" not in url: errs.append(f"url {url!r}")
    if "[[" in raw or "{{" in raw or "]]" in raw or "}}" in raw: errs.append("marker left in page")
    for x in must+mn:
        if x not in raw: errs.append(f"missing {x!r}")
        if x != norm(x): errs.append(f"untidy white space {x!r}")
    if title not in raw: errs.append(f"title missing {title!r}")
    if title != h1: errs.append(f"title {title!r} != h1 {h1!r}")
    nspans=[s for y in mn for s in spans(raw,y)]
    for x in must:
        w=len(x.split())
        if not 4<=w<=15: errs.append(f"must words {w}: {x!r}")
        if raw.count(x)!=1: errs.append(f"must not unique ({raw.count(x)}): {x!r}")
        for y in mn:
            if x in y or y in x: errs.append(f"overlap {x!r} / {y!r}")
        for a,b in spans(raw,x):
            for c,d in nspans:
                if a<d and c<b: errs.append(f"overlapping on page {x!r}")
    if not 10<=len(must)<=24: errs.append(f"{len(must)} must")
    if not 5<=len(mn)<=8: errs.append(f"{len(mn)} mustnot")
    src = SRC / (ph.stem + ".txt")
    errs += structure(src) if src.exists() else ["no source"]
    tm+=len(must); tn+=len(mn); pages+=1
    print(("OK  " if not errs else "BAD ")+ph.stem, len(must), len(mn))
    for e in errs: print("   ", e)
    bad+=bool(errs)
print("pages", pages, "total must", tm, "mustnot", tn, "bad pages", bad)
sys.exit(1 if bad else 0)
