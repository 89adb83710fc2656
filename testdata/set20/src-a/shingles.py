#!/usr/bin/env python3
"""Print set-20 (helper a) mustnot phrases that match the earlier READMEs.

Compares every `mustnot` phrase, whole and as four-word shingles, with
testdata/heldout/README.md and every README*.md under testdata/set4 ...
testdata/set19 (case-folded, whitespace collapsed). Prints only matches;
exits non-zero if any."""
import re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
TD = HERE.parent.parent
def norm(s): return re.sub(r"\s+", " ", s.replace("’", "'")).strip().casefold()
files = [TD / "heldout" / "README.md"]
for n in range(4, 20):
    files += sorted((TD / f"set{n}").rglob("README*.md"))
corpus = "\n".join(norm(f.read_text(encoding="utf-8")) for f in files if f.exists())
hits = 0
for ph in sorted(HERE.parent.glob("*.phrases")):
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "): continue
        p = norm(line[9:]); w = p.split()
        if p in corpus:
            print(f"{ph.stem}: WHOLE {line[9:]!r}"); hits += 1; continue
        for i in range(len(w) - 3):
            sh = " ".join(w[i:i+4])
            if re.search(r"(?<!\w)" + re.escape(sh) + r"(?!\w)", corpus):
                print(f"{ph.stem}: {sh!r} in {line[9:]!r}"); hits += 1
print("files", len([f for f in files if f.exists()]), "matches", hits)
sys.exit(1 if hits else 0)
