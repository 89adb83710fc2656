"""Checks every .phrases file of set 8 against its page's visible text."""
import glob, os, re, sys
from html.parser import HTMLParser
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

class T(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.skip = 0; s.buf = []
    def handle_starttag(s, tag, a):
        if tag in ("script", "style", "head", "template", "noscript"): s.skip += 1
        elif tag in ("p","div","li","h1","h2","h3","br","td","tr","section","article","header","footer","nav","button","label","option","figcaption","dt","dd"):
            s.buf.append(" ")
    def handle_endtag(s, tag):
        if tag in ("script", "style", "head", "template", "noscript"): s.skip -= 1
        elif tag not in ("a","span","strong","em","time","b","i"): s.buf.append(" ")
    def handle_data(s, d):
        if not s.skip: s.buf.append(d)

bad = 0; tot = {"must": 0, "mustnot": 0}
for kind in ("articles", "nonarticles"):
    for f in sorted(glob.glob(os.path.join(OUT, kind, "*.html"))):
        ph = f[:-5] + ".phrases"
        t = T(); t.feed(open(f).read())
        txt = re.sub(r"\s+", " ", "".join(t.buf))
        must, nots, title, url = [], [], None, None
        for l in open(ph):
            l = l.rstrip("\n")
            if l.startswith("must: "): must.append(l[6:])
            elif l.startswith("mustnot: "): nots.append(l[9:])
            elif l.startswith("title: "): title = l[7:]
            elif l.startswith("url: "): url = l[5:]
        n = os.path.basename(f)
        if not url: print(n, "no url"); bad += 1
        if kind == "nonarticles" and (must or nots or title): print(n, "nonarticle with phrases"); bad += 1
        if kind == "articles":
            if not (8 <= len(must) <= 12): print(n, "must count", len(must)); bad += 1
            if not (6 <= len(nots) <= 12): print(n, "mustnot count", len(nots)); bad += 1
            if title and title not in txt: print(n, "title missing"); bad += 1
        for m in must + nots:
            if m not in txt: print(n, "MISSING", repr(m)); bad += 1
            w = len(m.split())
            if m in must and not (4 <= w <= 15): print(n, "must length", w, repr(m))
        for m in must:
            if txt.count(m) > 1: print(n, "must not unique", repr(m))
            for x in nots:
                if m in x or x in m: print(n, "OVERLAP", repr(m), repr(x)); bad += 1
        tot["must"] += len(must); tot["mustnot"] += len(nots)
print(tot, "problems:", bad)
