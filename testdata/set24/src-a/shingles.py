#!/usr/bin/env python3
"""Print set-24 (helper a) mustnot phrases that match earlier sets.

Compares every `mustnot` phrase, whole and as four-word shingles, with
testdata/heldout/README.md, the README*.md files of testdata/set5 ...
testdata/set23 (set 4 is testdata/heldout; sets 8 and 14 to 16 keep theirs
in subdirectories), and every .phrases file of testdata/heldout and of
testdata/set3 ... testdata/set23, subdirectories included (the phrase
files of testdata/pages are not read: that directory is off limits to the
set's authors). Words are compared lower-cased with surrounding
punctuation and quotes stripped. Prints only matches; exits 1 if any.
"""
import re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
TD = HERE.parent.parent
files = [TD / "heldout" / "README.md"]
for n in range(5, 24):
    d = TD / f"set{n}"
    files += sorted(d.glob("README*.md")) + sorted(d.glob("*/README*.md"))
files += sorted((TD / "heldout").glob("*.phrases"))
for n in range(3, 24):
    files += sorted((TD / f"set{n}").rglob("*.phrases"))
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

# Shingles judged generic phrasing shared across the web (the label of
# every French updated-time line); printed, but not counted as matches.
GENERIC = {("mis", "à", "jour", "le")}

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
                if s in GENERIC:
                    print(f"{ph.stem}: generic {' '.join(s)!r} in {x!r}"); continue
                print(f"{ph.stem}: {' '.join(s)!r} in {x!r}"); hits += 1
print(f"{len(files)} files compared, {hits} matches")
sys.exit(1 if hits else 0)
