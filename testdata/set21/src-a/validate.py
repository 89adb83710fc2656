#!/usr/bin/env python3
"""Check set-21 (helper a) phrase files the way TestHeldoutSpecs does, and more.

Adapted from testdata/set19/src-a/validate.py. Checks: every phrase occurs in
the visible text (outside script/style/noscript, tags as spaces, entities
decoded, whitespace collapsed); every must occurs exactly once, both with tags
as spaces and with tags dropped; 4 to 15 words per must; no must overlaps a
mustnot; the title occurs and equals the h1; 10 to 14 must, 5 to 8 mustnot;
only the keys url, title, must, mustnot; the meta description is quoted in the
JSON-LD; and it reports the word counts of the story's <p> paragraphs.
"""
import html, json, re, sys, pathlib
from html.parser import HTMLParser

DIR = pathlib.Path(__file__).resolve().parent.parent

class T(HTMLParser):
    def __init__(self, sep):
        super().__init__(convert_charrefs=True); self.out=[]; self.skip=0; self.sep=sep
        self.h1=[]; self.inh1=0
    def handle_starttag(self, tag, a):
        if tag in ("script","style","noscript"): self.skip+=1
        if tag=="h1": self.inh1+=1
        self.out.append(self.sep)
    def handle_endtag(self, tag):
        if tag in ("script","style","noscript") and self.skip: self.skip-=1
        if tag=="h1" and self.inh1: self.inh1-=1
        self.out.append(self.sep)
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)
            if self.inh1: self.h1.append(d)

def text(src, sep):
    t=T(sep); t.feed(src)
    return re.sub(r"\s+"," ","".join(t.out)).strip(), re.sub(r"\s+"," ","".join(t.h1)).strip()

bad=0; tm=tn=0
prefixes = tuple(sys.argv[1:]) or ("en-","de-","fr-","es-","it-","nl-")
for ph in sorted(DIR.glob("*.phrases")):
    if not ph.name.startswith(prefixes): continue
    src = ph.with_suffix(".html").read_text(encoding="utf-8")
    raw, h1 = text(src, " "); dropped, _ = text(src, "")
    must=[];mn=[];title=None;errs=[]
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"): continue
        k,_,v=line.partition(": ")
        if k=="must": must.append(v.strip())
        elif k=="mustnot": mn.append(v.strip())
        elif k=="title": title=v.strip()
        elif k!="url": errs.append(f"unknown key {k!r}")
    for x in must+mn:
        if x not in raw: errs.append(f"missing {x!r}")
    if not title or title not in raw: errs.append(f"title missing {title!r}")
    if title!=h1: errs.append(f"h1 {h1!r} != title")
    for x in must:
        w=len(x.split())
        if not 4<=w<=15: errs.append(f"must words {w}: {x!r}")
        if raw.count(x)!=1: errs.append(f"must not unique ({raw.count(x)}): {x!r}")
        if dropped.count(x)!=1: errs.append(f"must not unique with tags dropped ({dropped.count(x)}): {x!r}")
        for y in mn:
            if x in y or y in x: errs.append(f"overlap {x!r} / {y!r}")
    if not 10<=len(must)<=14: errs.append(f"{len(must)} must")
    if not 5<=len(mn)<=8: errs.append(f"{len(mn)} mustnot")
    m=re.search(r'<meta name="description" content="([^"]*)"',src)
    ld=json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',src,re.S).group(1))
    if html.unescape(m.group(1))!=ld["description"]: errs.append("ld description differs")
    if ld["@type"] not in ("NewsArticle","BlogPosting","Article"): errs.append("ld type")
    # paragraph lengths inside the story: <p> elements with class-less or any attrs
    paras=[len(re.sub(r"<[^>]+>"," ",html.unescape(p)).split()) for p in re.findall(r"<p(?:\s[^>]*)?>(.*?)</p>",src,re.S)]
    story=[n for n in paras if n>=25]
    inrange=sum(30<=n<=90 for n in story)
    if inrange<7: errs.append(f"only {inrange} paragraphs of 30-90 words")
    tm+=len(must); tn+=len(mn)
    print(("OK  " if not errs else "BAD ")+ph.stem, len(must), len(mn), "paras30-90:", inrange, "lens:", story)
    for e in errs: print("   ", e)
    bad+=bool(errs)
print("total pages", tm and sum(1 for p in DIR.glob('*.phrases') if p.name.startswith(prefixes)), "must", tm, "mustnot", tn, "bad pages", bad)
sys.exit(1 if bad else 0)
