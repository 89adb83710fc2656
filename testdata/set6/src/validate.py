#!/usr/bin/env python3
"""Check set6 phrase files the way TestHeldoutSpecs does: every phrase and
the title occur in the visible text (text tokens outside script/style/
noscript, joined by spaces, whitespace collapsed), no must overlaps a
mustnot. Also: 4-15 words per phrase, must phrases unique on the page."""
import glob, html, os, re, sys
from html.parser import HTMLParser

class T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.skip = 0; self.out = []
    def handle_starttag(self, t, a):
        if t in ('script', 'style', 'noscript'): self.skip += 1
    def handle_endtag(self, t):
        if t in ('script', 'style', 'noscript') and self.skip: self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d); self.out.append(' ')

d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
bad = 0; tm = tn = 0; pages = 0
for h in sorted(glob.glob(os.path.join(d, '*.html'))):
    pages += 1
    p = T(); p.feed(open(h, encoding='utf-8').read())
    vis = re.sub(r'\s+', ' ', ''.join(p.out))
    must, mustnot, title = [], [], None
    for line in open(h[:-5] + '.phrases', encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'): continue
        k, v = line.split(':', 1); v = v.strip()
        if k == 'must': must.append(v)
        elif k == 'mustnot': mustnot.append(v)
        elif k == 'title': title = v
    name = os.path.basename(h)
    def err(msg):
        global bad; bad += 1; print(f'{name}: {msg}')
    if title and title not in vis: err(f'title not in page: {title}')
    for x in must + mustnot:
        if x not in vis: err(f'not in page: {x!r}')
    for x in must:
        if vis.count(x) > 1: err(f'must occurs {vis.count(x)}x: {x!r}')
        for y in mustnot:
            if x in y or y in x: err(f'overlap: {x!r} / {y!r}')
    for x in must:
        w = len(x.split())
        if w < 4 or w > 15: err(f'must has {w} words: {x!r}')
    if not 8 <= len(must) <= 14: err(f'{len(must)} must')
    if not 8 <= len(mustnot) <= 14: err(f'{len(mustnot)} mustnot')
    tm += len(must); tn += len(mustnot)
print(f'{pages} pages, {tm} must, {tn} mustnot, {bad} problems')
sys.exit(1 if bad else 0)
