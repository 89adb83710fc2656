#!/usr/bin/env python3
"""Word counts of the article paragraphs (those holding a [[must]]) in src-b/*.txt."""
import re, sys, html, pathlib
for p in sys.argv[1:]:
    body = pathlib.Path(p).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    counts = []
    for m in re.finditer(r"<(p|h2)\b[^>]*>(.*?)</\1>", body, re.S):
        inner = m.group(2)
        if "[[" not in inner: continue
        t = html.unescape(re.sub(r"<[^>]+>|\[\[|\]\]|\{\{|\}\}", " ", inner))
        counts.append(("h2:" if m.group(1) == "h2" else "") + str(len(t.split())))
    print(pathlib.Path(p).stem, len([c for c in counts if not c.startswith("h2")]), " ".join(counts))
