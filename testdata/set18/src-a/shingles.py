#!/usr/bin/env python3
"""Compare every mustnot phrase of set 18 (helper a), whole and as four-word
shingles, with the READMEs of the earlier sets; print only matches."""
import re, sys, pathlib
HERE = pathlib.Path(__file__).resolve().parent
TD = HERE.parent.parent
readmes = [TD / "heldout/README.md"]
for n in range(4, 18):
    d = TD / f"set{n}"
    readmes += sorted(d.glob("README*.md")) + sorted(d.glob("*/README*.md"))
def norm(s):
    s = s.lower().replace("’", "'").replace("«", " ").replace("»", " ").replace("„", " ").replace("“", " ").replace("”", " ")
    return " ".join(re.findall(r"[\w']+", s))
corpus = {p: norm(p.read_text(encoding="utf-8")) for p in readmes if p.exists()}
print("READMEs compared:", len(corpus), file=sys.stderr)
hits = 0
for ph in sorted(HERE.parent.glob("*.phrases")):
    if not ph.name.startswith(("en-", "de-", "fr-", "es-", "it-")): continue
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "): continue
        x = norm(line[9:]); w = x.split()
        shs = {" ".join(w[i:i+4]) for i in range(len(w) - 3)} or {x}
        for p, c in corpus.items():
            if f" {x} " in f" {c} ":
                print(f"{ph.stem}: WHOLE {x!r} in {p.relative_to(TD)}"); hits += 1
            for s in shs:
                if f" {s} " in f" {c} ":
                    print(f"{ph.stem}: {s!r} in {p.relative_to(TD)}"); hits += 1
print("matches:", hits)
