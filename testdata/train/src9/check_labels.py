#!/usr/bin/env python3
"""Validates ../labels.jsonl and prints only those labels that occur in the other
testdata/train/*.jsonl files as a whole text or as the part before a first colon."""
import glob, json, os, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
train = os.path.normpath(os.path.join(here, ".."))
mine = os.path.join(train, "labels.jsonl")
LANGS = "en de fr es it nl pt pl sv cs da no".split()
BANNED = {"update", "correction", "note", "photo", "video", "source", "sponsored", "advertisement"}

ok = True
rows = []
with open(mine, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        o = json.loads(line)
        if set(o) != {"text", "label", "kind", "lang"}:
            print("keys", i); ok = False
        if o["label"] not in ("boilerplate", "article"):
            print("label", i); ok = False
        if (o["label"], o["kind"]) not in (("boilerplate", "related"), ("article", "")):
            print("kind", i); ok = False
        if o["lang"] not in LANGS:
            print("lang", i); ok = False
        t = o["text"]
        if t != t.strip() or not t or t.endswith(":") or ":" in t:
            print("text", i, t); ok = False
        if t.lower() in BANNED:
            print("banned", i, t); ok = False
        rows.append(o)

dups = [t for t, n in Counter(o["text"].casefold() for o in rows).items() if n > 1]
if dups:
    print("duplicates:", dups); ok = False
counts = Counter((o["lang"], o["label"]) for o in rows)
for lang in LANGS:
    b, a = counts[(lang, "boilerplate")], counts[(lang, "article")]
    rel = [o["text"] for o in rows if o["lang"] == lang and o["label"] == "boilerplate"]
    caps = sum(1 for t in rel if t.upper() == t)
    pref = sum(1 for t in rel if t[0] in "»▶+")
    print(f"{lang}: related={b} article={a} caps={caps} prefixed={pref}")
    if b != 30 or a != 20:
        ok = False
print("total", len(rows))

# Duplicate check against the other files: only matches are printed.
existing = set()
for p in sorted(glob.glob(os.path.join(train, "*.jsonl"))):
    if os.path.abspath(p) == os.path.abspath(mine):
        continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            t = json.loads(line).get("text", "").lower()
            existing.add(t.strip())
            if ":" in t:
                existing.add(t.split(":", 1)[0].strip())
rep = Counter()
for o in rows:
    if o["text"].lower() in existing:
        print("MATCH", o["lang"], o["label"], o["text"])
        if o["label"] == "boilerplate":
            rep[o["lang"]] += 1
for lang, n in rep.items():
    if n > 6:
        print("too many related repeats", lang, n); ok = False
print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
