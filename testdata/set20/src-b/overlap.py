#!/usr/bin/env python3
"""Compare set-20 part-b `mustnot` phrases with the READMEs of sets 4 to 19.

Each phrase is lower-cased and stripped of punctuation; it matches when it
occurs whole in a README, or when one of its four-word shingles does.
Only matches are printed; the exit code is 1 when there is any.
"""
import re, sys, pathlib

TD = pathlib.Path(__file__).resolve().parent.parent.parent
readmes = [TD / "heldout" / "README.md"]
for n in range(5, 20):
    d = TD / f"set{n}"
    readmes += sorted(d.glob("README*.md")) + sorted(d.glob("*/README*.md"))

def norm(s):
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())

corpus = {str(p.relative_to(TD)): norm(p.read_text(encoding="utf-8")) for p in readmes if p.exists()}
hits = 0
for ph in sorted(pathlib.Path(__file__).resolve().parent.parent.glob("*.phrases")):
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "):
            continue
        x = norm(line[9:])
        w = x.split()
        shingles = {" ".join(w[i:i + 4]) for i in range(max(1, len(w) - 3))}
        for name, text in corpus.items():
            padded = f" {text} "
            for s in sorted(shingles | {x}):
                if f" {s} " in padded:
                    print(f"{ph.stem}: {s!r} in {name}")
                    hits += 1
print("matches", hits)
sys.exit(1 if hits else 0)
