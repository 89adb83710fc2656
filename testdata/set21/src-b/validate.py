#!/usr/bin/env python3
"""Check set-21 (part b) phrase files the way TestHeldoutSpecs does.

Adapted from testdata/set19/src-b/validate.py. The visible text is built
twice: every tag as a space, and only block tags as a space (inline tags
dropped, as the Go test's pageText does); each phrase must pass in both.
Limits from the brief: 10-14 must (4-15 words each), 5-8 mustnot, each must
exactly once, no must/mustnot overlap, title present and equal to the h1,
only the keys url/title/must/mustnot, lede = meta description on pages
whose header comment says "lead paragraph is the meta description".
"""
import html, re, sys, pathlib
from html.parser import HTMLParser

DIR = pathlib.Path(__file__).resolve().parent.parent
BLOCK = set("""address article aside blockquote body br button dd details dialog div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section
summary table tbody td tfoot th thead title tr ul option select label""".split())

class T(HTMLParser):
    def __init__(self, all_space):
        super().__init__(convert_charrefs=True); self.out=[]; self.skip=0; self.all=all_space
        self.h1=None; self.inh1=False; self.desc=None; self.paras=[]; self.inp=False
    def handle_starttag(self, tag, a):
        if tag in ("script","style","noscript"): self.skip+=1
        if tag == "h1": self.inh1=True; self.h1=""
        if tag == "p": self.inp=True; self.paras.append("")
        if tag == "meta" and dict(a).get("name")=="description": self.desc=dict(a).get("content")
        if self.all or tag in BLOCK: self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script","style","noscript") and self.skip: self.skip-=1
        if tag == "h1": self.inh1=False
        if tag == "p": self.inp=False
        if self.all or tag in BLOCK: self.out.append(" ")
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)
            if self.inh1: self.h1+=d
            if self.inp: self.paras[-1]+=d

def parse(p, all_space):
    t=T(all_space); t.feed(p.read_text(encoding="utf-8"))
    return t, re.sub(r"\s+"," ","".join(t.out)).strip()

bad=0; tm=tn=0; npages=0
for ph in sorted(DIR.glob("*.phrases")):
    if not ph.name.startswith(("pt-","pl-","sv-","cs-","en-","es-")): continue
    src = ph.read_text(encoding="utf-8")
    if "part b" not in src.splitlines()[0]: continue
    npages+=1
    h = ph.with_suffix(".html")
    t1, raw1 = parse(h, True); t2, raw2 = parse(h, False)
    must=[];mn=[];title=None;errs=[]
    for line in src.splitlines():
        if line.startswith("must: "): must.append(line[6:].strip())
        elif line.startswith("mustnot: "): mn.append(line[9:].strip())
        elif line.startswith("title: "): title=line[7:].strip()
        elif line.startswith("url: ") or line.startswith("#") or not line.strip(): pass
        else: errs.append(f"bad line {line!r}")
    for raw in (raw1, raw2):
        for x in must+mn:
            if x not in raw: errs.append(f"missing {x!r}")
        if title not in raw: errs.append(f"title missing {title!r}")
        for x in must:
            if raw.count(x)!=1: errs.append(f"must not unique ({raw.count(x)}): {x!r}")
    if re.sub(r"\s+"," ",t1.h1 or "").strip()!=title: errs.append(f"h1 {t1.h1!r} != title")
    for x in must:
        w=len(x.split())
        if not 4<=w<=15: errs.append(f"must words {w}: {x!r}")
        for y in mn:
            if x in y or y in x: errs.append(f"overlap {x!r} / {y!r}")
    if not 10<=len(must)<=14: errs.append(f"{len(must)} must")
    if not 5<=len(mn)<=8: errs.append(f"{len(mn)} mustnot")
    if "lead paragraph is the meta description" in src.split("url:")[0]:
        lede = [re.sub(r"\s+"," ",p).strip() for p in t1.paras if p.strip()]
        d = re.sub(r"\s+"," ",t1.desc or "").strip()
        if d not in lede: errs.append("trap 5: no paragraph equals the meta description")
    # paragraph lengths: report the article's long/short ones for a look
    lens=[len(p.split()) for p in t1.paras if len(p.split())>=25]
    tm+=len(must); tn+=len(mn)
    print(("OK  " if not errs else "BAD ")+ph.stem, len(must), len(mn), "paras>=25w:", len(lens), "max", max(lens or [0]))
    for e in dict.fromkeys(errs): print("   ", e)
    bad+=bool(errs)
print("pages", npages, "total must", tm, "mustnot", tn, "bad pages", bad)
sys.exit(1 if bad else 0)
