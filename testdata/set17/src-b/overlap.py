#!/usr/bin/env python3
"""Compare set-17b mustnot phrases with earlier sets' labels: set 4 and set 5
phrase files and the READMEs the brief allowed. Prints matches only."""
import glob, os, re
here = os.path.dirname(os.path.abspath(__file__))
td = os.path.join(here, "..", "..")
old = []
for f in glob.glob(os.path.join(td, "heldout", "*.phrases")) + glob.glob(os.path.join(td, "set5", "*.phrases")):
    old += [l.split(":", 1)[1].strip() for l in open(f, encoding="utf-8") if l.startswith("mustnot:")]
for r in ["heldout", "set5", "set6", "set7", "set9", "set10", "set11", "set12", "set13"]:
    old.append(open(os.path.join(td, r, "README.md"), encoding="utf-8").read())
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
oldn = [norm(o) for o in old]
oldlabels = {norm(o) for o in old if len(o) < 200}
def shingles(s, n=4):
    w = s.split()
    return {" ".join(w[i:i+n]) for i in range(len(w) - n + 1)}
oldsh = set()
for o in oldn:
    oldsh |= shingles(o)
for f in sorted(glob.glob(os.path.join(here, "..", "*.phrases"))):
    name = os.path.basename(f)
    if name.split("-")[0] not in ("nl", "pt", "pl", "sv", "cs"):
        continue
    for l in open(f, encoding="utf-8"):
        if not l.startswith("mustnot:"):
            continue
        p = norm(l.split(":", 1)[1])
        if p in oldlabels:
            print(name, "SAME LABEL:", p)
        elif len(p.split()) <= 3 and any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", o) for o in oldn):
            print(name, "short label occurs earlier:", p)
        hits = shingles(p) & oldsh
        if hits:
            print(name, "shingles:", sorted(hits))
