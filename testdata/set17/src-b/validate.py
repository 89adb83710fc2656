#!/usr/bin/env python3
"""Check what TestHeldoutSpecs checks, and a little more, on ../*.html."""
import glob, html, os, re, sys

def visible(h):
    h = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1>", " ", h)
    h = re.sub(r"(?is)<head\b.*?</head>", " ", h)
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return " ".join(html.unescape(h).split())

bad = 0
tm = tn = 0
here = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(here, "..", "*.html"))):
    name = os.path.basename(f)[:-5]
    if not name.split("-")[0] in ("nl", "pt", "pl", "sv", "cs"):
        continue
    text = visible(open(f, encoding="utf-8").read())
    must, mustnot, title = [], [], None
    for line in open(f[:-5] + ".phrases", encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("must: "): must.append(line[6:])
        elif line.startswith("mustnot: "): mustnot.append(line[9:])
        elif line.startswith("title: "): title = line[7:]
    errs = []
    if title is None or title not in text: errs.append(f"title not in text: {title!r}")
    for p in must + mustnot:
        if p not in text: errs.append(f"not in text: {p!r}")
    for m in must:
        n = len(m.split())
        if not 4 <= n <= 15: errs.append(f"must has {n} words: {m!r}")
        if text.count(m) != 1: errs.append(f"must occurs {text.count(m)}x: {m!r}")
        for x in mustnot:
            if m in x or x in m: errs.append(f"overlap {m!r} / {x!r}")
    if not 8 <= len(must) <= 12: errs.append(f"{len(must)} must")
    if not 8 <= len(mustnot) <= 14: errs.append(f"{len(mustnot)} mustnot")
    tm += len(must); tn += len(mustnot)
    print(f"{name}: {len(must)} must, {len(mustnot)} mustnot" + ("" if not errs else "  FAIL"))
    for e in errs: print("   ", e)
    bad += bool(errs)
print(f"total: {tm} must, {tn} mustnot; {bad} page(s) failing")
sys.exit(1 if bad else 0)
