#!/usr/bin/env python3
"""Check set-22 (part b) phrase files the way TestHeldoutSpecs does, and the
brief's limits. Adapted from testdata/set19/src-b/validate.py.

Visible text is built twice: once with every tag as a space, once with only
block tags as spaces (as pageText in cleaner/corpus_test.go). Every phrase
must occur in both; every must exactly once in both.
"""
import re, sys, pathlib
from html.parser import HTMLParser

DIR = pathlib.Path(__file__).resolve().parent.parent
BLOCK = set("""p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote figure figcaption
section aside article header footer nav main tr td th table form button dd dt
dl pre hr label input select option title""".split())
VOID = set("area base br col embed hr img input link meta source track wbr".split())

class T(HTMLParser):
    def __init__(self, alltags):
        super().__init__(convert_charrefs=True)
        self.out = []; self.skip = 0; self.all = alltags
        self.stack = []; self.h1 = []; self.inh1 = 0
    def sep(self, tag):
        if self.all or tag in BLOCK: self.out.append(" ")
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "noscript"): self.skip += 1
        if tag == "h1": self.inh1 += 1
        self.sep(tag)
    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self.skip: self.skip -= 1
        if tag == "h1" and self.inh1: self.inh1 -= 1
        self.sep(tag)
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)
            if self.inh1: self.h1.append(d)

def text(src, alltags):
    t = T(alltags); t.feed(src)
    return re.sub(r"\s+", " ", "".join(t.out)).strip(), re.sub(r"\s+", " ", "".join(t.h1)).strip()

bad = 0; tm = tn = 0; pages = 0
for ph in sorted(DIR.glob("*.phrases")):
    lines = ph.read_text(encoding="utf-8").splitlines()
    if not lines or "part b" not in lines[0]: continue
    pages += 1
    src = ph.with_suffix(".html").read_text(encoding="utf-8")
    raws = [text(src, True), text(src, False)]
    must = []; mn = []; title = None; errs = []
    for line in lines:
        if not line.strip() or line.startswith("#"): continue
        k, _, v = line.partition(": ")
        if k == "must": must.append(v.strip())
        elif k == "mustnot": mn.append(v.strip())
        elif k == "title": title = v.strip()
        elif k == "url":
            if ".example/" not in v: errs.append(f"url not .example: {v}")
        else: errs.append(f"bad key {k!r}")
    for raw, h1 in raws:
        for x in must + mn:
            if x not in raw: errs.append(f"missing {x!r}")
        if title not in raw: errs.append(f"title missing {title!r}")
        if h1 != title: errs.append(f"h1 {h1!r} != title {title!r}")
        for x in must:
            if raw.count(x) != 1: errs.append(f"must not unique ({raw.count(x)}): {x!r}")
    for x in must:
        w = len(x.split())
        if not 4 <= w <= 15: errs.append(f"must words {w}: {x!r}")
        for y in mn:
            if x in y or y in x: errs.append(f"overlap {x!r} / {y!r}")
    if len(set(must)) != len(must): errs.append("duplicate must")
    if not 10 <= len(must) <= 14: errs.append(f"{len(must)} must")
    if not 5 <= len(mn) <= 8: errs.append(f"{len(mn)} mustnot")
    for tag in ("<title>", 'name="description"', 'rel="canonical"', 'og:title', "application/ld+json", "<header", "<nav", "<footer"):
        if tag not in src: errs.append(f"no {tag}")
    errs = list(dict.fromkeys(errs))
    tm += len(must); tn += len(mn)
    print(("OK  " if not errs else "BAD ") + ph.stem, len(must), len(mn))
    for e in errs: print("   ", e)
    bad += bool(errs)
print("pages", pages, "total must", tm, "mustnot", tn, "bad pages", bad)
sys.exit(1 if bad or not pages else 0)
