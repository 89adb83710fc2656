#!/usr/bin/env python3
"""Check set-7 pages as TestHeldoutSpecs does: every phrase and the title
occur in the visible text (script/style/noscript dropped, tags as spaces,
entities decoded, whitespace collapsed); no must overlaps a mustnot.
Also: 4-15 words per must, must unique on the page, 8-12 must and 8-14
mustnot per page."""
import glob, html, os, re, sys
from html.parser import HTMLParser

class T(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.out = []; s.skip = 0
    def handle_starttag(s, t, a):
        if t in ('script', 'style', 'noscript', 'template'): s.skip += 1
        s.out.append(' ')
    def handle_endtag(s, t):
        if t in ('script', 'style', 'noscript', 'template'): s.skip -= 1
        s.out.append(' ')
    def handle_data(s, d):
        if not s.skip: s.out.append(d)

bad = 0; tot = [0, 0]; pages = 0
for ph in sorted(glob.glob(os.path.join(os.path.dirname(__file__) or '.', '..', '*.phrases'))):
    name = os.path.basename(ph)[:-8]; pages += 1
    p = T(); p.feed(open(ph[:-8] + '.html', encoding='utf-8').read())
    text = re.sub(r'\s+', ' ', ''.join(p.out))
    must, mustnot, title = [], [], None
    for line in open(ph, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('must: '): must.append(line[6:])
        elif line.startswith('mustnot: '): mustnot.append(line[9:])
        elif line.startswith('title: '): title = line[7:]
    def err(msg):
        global bad; bad += 1; print(f'{name}: {msg}')
    if title not in text: err(f'title not in text')
    for x in must + mustnot:
        if x != x.strip() or '  ' in x: err(f'whitespace in {x!r}')
        if x not in text: err(f'missing {x!r}')
    for x in must:
        n = len(x.split())
        if not 4 <= n <= 15: err(f'must has {n} words: {x!r}')
        if text.count(x) != 1: err(f'must not unique: {x!r}')
        for y in mustnot:
            if x in y or y in x: err(f'overlap {x!r} / {y!r}')
    if not 8 <= len(must) <= 12: err(f'{len(must)} must')
    if not 8 <= len(mustnot) <= 14: err(f'{len(mustnot)} mustnot')
    tot[0] += len(must); tot[1] += len(mustnot)
print(f'{pages} pages, {tot[0]} must, {tot[1]} mustnot, {bad} problems')
sys.exit(1 if bad else 0)
