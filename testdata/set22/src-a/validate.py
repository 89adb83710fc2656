#!/usr/bin/env python3
"""Check set-22 (helper a) phrase files the way TestHeldoutSpecs does, and more.

Adapted from testdata/set19/src-a/validate.py. Checks, per page: every
phrase occurs in the visible text (outside script/style/noscript, tags as
spaces, entities decoded, whitespace collapsed); each `must` has 4 to 15
words and occurs exactly once, both with tags read as spaces and with tags
dropped; no `must` overlaps a `mustnot`; the title occurs and equals the h1;
10 to 14 `must` and 5 to 8 `mustnot`; only the keys url, title, must and
mustnot; meta, og and JSON-LD descriptions are the same; the JSON-LD type
is NewsArticle, BlogPosting or Article. Story paragraphs (<p> holding a
`must`): at least 7 of 30 to 90 words, or, on a page whose phrase file
says `# short story`, 3 to 5 of them with 120 to 250 words in all.
"""
import html, json, re, sys, pathlib
from html.parser import HTMLParser

DIR = pathlib.Path(__file__).resolve().parent.parent

class T(HTMLParser):
    def __init__(self, sep):
        super().__init__(convert_charrefs=True); self.out=[]; self.skip=0; self.sep=sep
        self.h1=None; self.inh1=False; self.ps=[]; self.inp=False
        self.meta={}; self.ld=[]; self.inld=False
    def handle_starttag(self, tag, a):
        a=dict(a)
        if tag=="script" and a.get("type")=="application/ld+json": self.inld=True
        if tag in ("script","style","noscript"): self.skip+=1
        if tag=="h1": self.inh1=True; self.h1=""
        if tag=="p": self.inp=True; self.ps.append("")
        if tag=="meta": self.meta[a.get("name") or a.get("property")]=a.get("content")
        self.out.append(self.sep)
    def handle_endtag(self, tag):
        if tag in ("script","style","noscript") and self.skip: self.skip-=1
        if tag=="script": self.inld=False
        if tag=="h1": self.inh1=False
        if tag=="p": self.inp=False
        self.out.append(self.sep)
    def handle_data(self, d):
        if self.inld: self.ld.append(d)
        if not self.skip:
            self.out.append(d)
            if self.inh1: self.h1+=d
            if self.inp: self.ps[-1]+=" "+d

def parse(p, sep):
    t=T(sep); t.feed(p.read_text(encoding="utf-8"))
    t.text=re.sub(r"\s+"," ","".join(t.out)).strip()
    return t

bad=0; tm=tn=0; pages=0
for ph in sorted(DIR.glob("*.phrases")):
    h = ph.with_suffix(".html"); t = parse(h, " "); raw=t.text; dropped=parse(h, "").text
    must=[];mn=[];title=None;errs=[];short=False
    for line in ph.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            short = short or "short story" in line; continue
        if not line.strip(): continue
        k,_,v=line.partition(": ")
        if k=="must": must.append(v.strip())
        elif k=="mustnot": mn.append(v.strip())
        elif k=="title": title=v.strip()
        elif k=="url": pass
        else: errs.append(f"key {k!r}")
    for x in must+mn:
        if x not in raw: errs.append(f"missing {x!r}")
    if not title or title not in raw: errs.append(f"title missing {title!r}")
    h1=re.sub(r"\s+"," ",t.h1 or "").strip()
    if h1!=title: errs.append(f"h1 {h1!r} != title")
    for x in must:
        w=len(x.split())
        if not 4<=w<=15: errs.append(f"must words {w}: {x!r}")
        if raw.count(x)!=1: errs.append(f"must not unique ({raw.count(x)}): {x!r}")
        if dropped.count(x)!=1: errs.append(f"must not once with tags dropped ({dropped.count(x)}): {x!r}")
        for y in mn:
            if x in y or y in x: errs.append(f"overlap {x!r} / {y!r}")
    if not 10<=len(must)<=14: errs.append(f"{len(must)} must")
    if not 5<=len(mn)<=8: errs.append(f"{len(mn)} mustnot")
    ld=json.loads("".join(t.ld))
    if ld["@type"] not in ("NewsArticle","BlogPosting","Article"): errs.append("ld type")
    if not (t.meta.get("description")==t.meta.get("og:description")==ld["description"]): errs.append("descriptions differ")
    if ld["headline"]!=title: errs.append("ld headline")
    sp=[re.sub(r"\s+"," ",p).strip() for p in t.ps]
    sp=[p for p in sp if any(x in p for x in must)]
    wc=[len(p.split()) for p in sp]
    if short:
        if not (3<=len(sp)<=5 and 120<=sum(wc)<=250): errs.append(f"short story: {len(sp)} paragraphs, {sum(wc)} words")
    else:
        ok=sum(30<=w<=90 for w in wc)
        if ok<7: errs.append(f"only {ok} story paragraphs of 30-90 words ({wc})")
    tm+=len(must); tn+=len(mn); pages+=1
    print(("OK  " if not errs else "BAD ")+ph.stem, len(must), len(mn), "story p:", len(sp), sum(wc), "words")
    for e in errs: print("   ", e)
    bad+=bool(errs)
print("pages", pages, "total must", tm, "mustnot", tn, "bad pages", bad)
sys.exit(1 if bad else 0)
