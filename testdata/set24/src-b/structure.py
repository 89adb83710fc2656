#!/usr/bin/env python3
"""Per page: mustnot blocks between the first and last article paragraph, and
how many mustnot blocks sit in a bare <p>, <div>, <em> or <strong> (no class or
id on the innermost element, nor on a <p> holding an <em>/<strong>)."""
import re, sys, pathlib
for p in sys.argv[1:]:
    body = pathlib.Path(p).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    paras = [m.start() for m in re.finditer(r"<p[^>]*>[^\n]*\[\[", body)]
    first, last = paras[0], paras[-1]
    mid = bare = total = 0
    for m in re.finditer(r"\{\{", body):
        total += 1
        if first < m.start() < last: mid += 1
        before = body[:m.start()]
        tags = re.findall(r"<(/?)(\w+)([^>]*)>", before)
        # innermost open tags
        stack = []
        for close, name, attrs in tags:
            if name in ("img", "br", "input", "meta", "link"): continue
            if close:
                while stack and stack[-1][0] != name: stack.pop()
                if stack: stack.pop()
            else: stack.append((name, attrs))
        inner = stack[-1] if stack else ("", "")
        ok = inner[0] in ("p", "div", "em", "strong") and not re.search(r"\b(class|id|data-\w+)=", inner[1])
        if ok and inner[0] in ("em", "strong") and len(stack) > 1:
            ok = not re.search(r"\b(class|id)=", stack[-2][1])
        bare += ok
    print(f"{pathlib.Path(p).stem}: {total} blocks, {mid} between paragraphs, {bare} bare")
