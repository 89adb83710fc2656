#!/usr/bin/env python3
"""Print set-19 (helper a) mustnot phrases that match earlier READMEs.

Compares every mustnot phrase, whole and as four-word shingles, with
testdata/heldout/README.md and the README*.md files of testdata/set4 ...
testdata/set18 (subfolders included). Words are lower-cased and stripped
of punctuation first. Prints only matches; exits 1 if there are any.
"""
import pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
TD = HERE.parent.parent

def words(s):
    return re.findall(r"[\w€$£%'’]+", s.lower().replace("’", "'"))

readmes = [TD / "heldout" / "README.md"]
for n in range(4, 19):
    d = TD / f"set{n}"
    if d.is_dir():
        readmes += sorted(d.rglob("README*.md"))
corpus_text = " ".join(" ".join(words(p.read_text(encoding="utf-8"))) for p in readmes)
grams = set()
cw = corpus_text.split()
for i in range(len(cw) - 3):
    grams.add(tuple(cw[i:i + 4]))

hits = 0
for ph in sorted(HERE.parent.glob("*.phrases")):
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "):
            continue
        p = line[9:].strip()
        w = words(p)
        whole = " ".join(w)
        if whole and f" {whole} " in f" {corpus_text} ":
            print(f"{ph.stem}: WHOLE {p!r}"); hits += 1; continue
        sh = [" ".join(w[i:i + 4]) for i in range(len(w) - 3) if tuple(w[i:i + 4]) in grams]
        if sh:
            print(f"{ph.stem}: {p!r}\n    shingles: {sh}"); hits += 1
print(f"{len(readmes)} READMEs compared, {hits} matching phrases")
sys.exit(1 if hits else 0)
