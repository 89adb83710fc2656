#!/usr/bin/env python3
"""Print set-10 part-a mustnot phrases that match (whole, or as four-word
shingles) the phrase files of sets 4 and 5 or the READMEs of sets 4-9."""
import glob, os, re
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
ref = []
for f in glob.glob(base + "/heldout/*.phrases") + glob.glob(base + "/set5/*.phrases"):
    ref += [l.split(":", 1)[1].strip() for l in open(f, encoding="utf-8") if l.startswith(("must:", "mustnot:"))]
for d in ("heldout", "set5", "set6", "set7", "set9"):
    ref.append(open(base + "/" + d + "/README.md", encoding="utf-8").read())
norm = lambda s: re.sub(r"\s+", " ", s.lower().replace("’", "'"))
R = norm("\n".join(ref))
for f in sorted(glob.glob(base + "/set10/*.phrases")):
    if os.path.basename(f)[:3] not in ("en-", "de-", "fr-", "es-", "it-"): continue
    for l in open(f, encoding="utf-8"):
        if not l.startswith("mustnot:"): continue
        p = l.split(":", 1)[1].strip(); n = norm(p); w = n.split()
        if n in R: print(os.path.basename(f), "WHOLE", repr(p)); continue
        for i in range(len(w) - 3):
            sh = " ".join(w[i:i+4])
            if sh in R: print(os.path.basename(f), "SHINGLE", repr(sh), "in", repr(p))
