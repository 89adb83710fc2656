#!/usr/bin/env python3
"""Compare every mustnot phrase of set 19 part b, whole and as four-word
shingles (lower-cased, punctuation dropped), with the READMEs of sets 4 to
18, and print only matches."""
import re, sys, pathlib
DIR = pathlib.Path(__file__).resolve().parent.parent
TD = DIR.parent
readmes = [TD / "heldout/README.md"]
for n in range(5, 19):
    readmes += sorted((TD / f"set{n}").glob("README*.md"))
    readmes += sorted((TD / f"set{n}").glob("*/README*.md"))
def norm(s):
    return " ".join(re.findall(r"\w+", s.lower()))
corpus = {p: norm(p.read_text(encoding="utf-8")) for p in readmes}
def shingles(words, k=4):
    return [" ".join(words[i:i+k]) for i in range(len(words)-k+1)]
hits = 0
for ph in sorted(DIR.glob("*.phrases")):
    if not ph.name.startswith(("nl-","pt-","pl-","sv-","cs-")): continue
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "): continue
        x = norm(line[9:])
        w = x.split()
        cands = [x] + (shingles(w) if len(w) >= 4 else [])
        for c in cands:
            padded = " " + c + " "
            for p, t in corpus.items():
                if padded in " " + t + " ":
                    print(f"{ph.stem}: {c!r} in {p.relative_to(TD)}"); hits += 1
                    break
print("matches", hits)
sys.exit(1 if hits else 0)
