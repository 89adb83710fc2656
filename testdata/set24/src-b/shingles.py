#!/usr/bin/env python3
"""Print set-24 (helper b) mustnot phrases that match earlier sets' wording.

Adapted from set 23's src-a/shingles.py. Compares every `mustnot` phrase of
the nl-/pt-/pl-/sv-/cs- pages, whole and as four-word shingles, with
testdata/heldout/README.md, the README*.md files of testdata/set5 ...
testdata/set23 (sets 14 to 16 keep theirs in subdirectories), and every
.phrases file under testdata/ (all sets and heldout) except testdata/set24
itself and the directories this helper may not read (testdata/pages,
testdata/golden, testdata/train). Words are compared lower-cased with
surrounding punctuation and quotes stripped. Prints only matches (never the
compared files' text beyond the matching shingle); exits 1 if any.
"""
import sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
TD = HERE.parent.parent
SKIP = {"pages", "golden", "train", "set24"}
files = [TD / "heldout" / "README.md"]
for n in range(5, 24):
    d = TD / f"set{n}"
    files += sorted(d.glob("README*.md")) + sorted(d.glob("*/README*.md"))
for p in sorted(TD.rglob("*.phrases")):
    if p.relative_to(TD).parts[0] in SKIP:
        continue
    files.append(p)
STRIP = "\"'`*_«»„“”‚‘’()[]{}<>.,;:!?¡¿–—-/|…"

def words(s):
    out = []
    for w in s.split():
        w = w.strip(STRIP).lower().replace("’", "'")
        if w:
            out.append(w)
    return out

shingles = {}
joined = []
for f in files:
    ws = words(f.read_text(encoding="utf-8", errors="replace"))
    joined.append(" " + " ".join(ws) + " ")
    for i in range(len(ws) - 3):
        shingles.setdefault(tuple(ws[i:i + 4]), f)
joined = "\n".join(joined)

prefixes = tuple(sys.argv[1:] or ["nl-", "pt-", "pl-", "sv-", "cs-"])
hits = 0
for ph in sorted(HERE.parent.glob("*.phrases")):
    if not ph.name.startswith(prefixes):
        continue
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "):
            continue
        x = line[9:].strip()
        ws = words(x)
        if ws and " " + " ".join(ws) + " " in joined:
            print(f"{ph.stem}: WHOLE {x!r}"); hits += 1; continue
        for i in range(len(ws) - 3):
            s = tuple(ws[i:i + 4])
            if s in shingles:
                print(f"{ph.stem}: {' '.join(s)!r} (in {shingles[s].relative_to(TD)}) <- {x!r}"); hits += 1
print(f"{len(files)} files compared, {hits} matches")
sys.exit(1 if hits else 0)
