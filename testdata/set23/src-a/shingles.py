#!/usr/bin/env python3
"""Print set-23 (helper a) mustnot phrases that match earlier READMEs.

Compares every `mustnot` phrase, whole and as four-word shingles, with
testdata/heldout/README.md and the README*.md files of testdata/set5 ...
testdata/set22 (set 4 is testdata/heldout; sets 14 to 16 keep theirs in
subdirectories). Words are compared lower-cased with surrounding
punctuation and quotes stripped. Prints only matches; exits 1 if any.
"""
import re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
TD = HERE.parent.parent
files = [TD / "heldout" / "README.md"]
for n in range(5, 23):
    d = TD / f"set{n}"
    files += sorted(d.glob("README*.md")) + sorted(d.glob("*/README*.md"))
STRIP = "\"'`*_«»„“”‚‘’()[]{}<>.,;:!?¡¿–—-/|"

def words(s):
    out = []
    for w in s.split():
        w = w.strip(STRIP).lower().replace("’", "'")
        if w:
            out.append(w)
    return out

readme_words = []
for f in files:
    readme_words.append(words(f.read_text(encoding="utf-8")))
joined = " \n ".join(" ".join(w) for w in readme_words)
shingles = set()
for ws in readme_words:
    for i in range(len(ws) - 3):
        shingles.add(tuple(ws[i:i + 4]))

prefixes = tuple(sys.argv[1:] or ["en-", "de-", "fr-", "es-", "it-"])
hits = 0
for ph in sorted(HERE.parent.glob("*.phrases")):
    if not ph.name.startswith(prefixes):
        continue
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "):
            continue
        x = line[9:].strip()
        ws = words(x)
        if " ".join(ws) and " ".join(ws) in joined:
            print(f"{ph.stem}: WHOLE {x!r}"); hits += 1; continue
        for i in range(len(ws) - 3):
            s = tuple(ws[i:i + 4])
            if s in shingles:
                print(f"{ph.stem}: {' '.join(s)!r} in {x!r}"); hits += 1
print(f"{len(files)} READMEs compared, {hits} matches")
sys.exit(1 if hits else 0)
