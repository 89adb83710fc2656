#!/usr/bin/env python3
"""Compare every mustnot phrase of helper b's set-18 pages, whole and as
four-word shingles, with the READMEs of sets 4 to 17 (set 4 is
testdata/heldout/README.md). Prints only matches."""
import re, pathlib
HERE = pathlib.Path(__file__).resolve().parent
SET = HERE.parent
TD = SET.parent
docs = [TD / "heldout" / "README.md"]
for n in range(5, 18):
    docs += sorted((TD / f"set{n}").glob("**/README*.md"))
def norm(s):
    s = s.lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"[^\w'\s]", " ", s)
    return " ".join(s.split())
corpus = "\n".join(norm(p.read_text(encoding="utf-8")) for p in docs)
corpus = " " + corpus + " "
hits = 0
for ph in sorted(SET.glob("*.phrases")):
    if not ph.name.startswith(("nl-", "pt-", "pl-", "sv-", "cs-")): continue
    for line in ph.read_text(encoding="utf-8").splitlines():
        if not line.startswith("mustnot: "): continue
        p = norm(line[9:])
        w = p.split()
        if f" {p} " in corpus:
            print(f"{ph.stem}: WHOLE {line[9:]!r}"); hits += 1; continue
        for i in range(len(w) - 3):
            sh = " ".join(w[i:i+4])
            if f" {sh} " in corpus:
                print(f"{ph.stem}: SHINGLE {sh!r} in {line[9:]!r}"); hits += 1
print("matches:", hits)
