#!/usr/bin/env python3
"""Compare every mustnot phrase of set 23 part b with the READMEs of sets 4 to 22.

A phrase matches when it occurs whole in a README, or when one of its
four-word shingles does (lower-cased, punctuation dropped). Only matches
are printed; the exit status is 1 when there is any.
"""
import pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
TD = HERE.parent.parent
readmes = [TD / "heldout" / "README.md"]
for n in range(5, 23):
    d = TD / f"set{n}"
    readmes += sorted(d.glob("README*.md"))
    for sub in ("articles", "nonarticles", "odd"):
        readmes += sorted((d / sub).glob("README*.md"))

def norm(s):
    return " ".join(re.findall(r"\w+", s.lower()))

corpus = {p: norm(p.read_text(encoding="utf-8")) for p in readmes if p.exists()}
hits = 0
for ph in sorted(HERE.parent.glob("*.phrases")):
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "):
            continue
        x = norm(line[9:])
        w = x.split()
        grams = {" ".join(w[i:i+4]) for i in range(len(w) - 3)} or {x}
        for p, text in corpus.items():
            padded = " " + text + " "
            if " " + x + " " in padded:
                print(f"{ph.stem}: whole phrase in {p.relative_to(TD)}: {line[9:]!r}"); hits += 1
            for g in sorted(grams):
                if " " + g + " " in padded:
                    print(f"{ph.stem}: shingle {g!r} in {p.relative_to(TD)}  <- {line[9:]!r}"); hits += 1
print(f"{len(corpus)} READMEs, {hits} matches")
sys.exit(1 if hits else 0)
