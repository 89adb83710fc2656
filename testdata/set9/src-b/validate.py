#!/usr/bin/env python3
"""Check set-9 (part b) phrase files the way TestHeldoutSpecs does."""
import glob, html, os, re, sys
d = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def visible(s):
    s = re.sub(r'<(script|style|noscript)\b.*?</\1\s*>', ' ', s, flags=re.S | re.I)
    s = re.sub(r'<!--.*?-->', ' ', s, flags=re.S)
    s = re.sub(r'<[^>]*>', ' ', s)
    return ' '.join(html.unescape(s).split())
bad = 0; tm = tn = 0
pats = sys.argv[1:] or ['nl-', 'pt-', 'pl-', 'sv-', 'cs-']
for ph in sorted(glob.glob(os.path.join(d, '*.phrases'))):
    n = os.path.basename(ph)[:-8]
    if not any(n.startswith(x) for x in pats): continue
    t = visible(open(os.path.join(d, n + '.html'), encoding='utf-8').read())
    must, mn, title = [], [], None
    for l in open(ph, encoding='utf-8'):
        l = l.rstrip('\n')
        if l.startswith('must: '): must.append(l[6:])
        elif l.startswith('mustnot: '): mn.append(l[9:])
        elif l.startswith('title: '): title = l[7:]
    errs = []
    for x in must + mn + [title]:
        if x not in t: errs.append('missing: ' + x)
    for m in must:
        if t.count(m) != 1: errs.append('must not unique: ' + m)
        w = len(m.split())
        if w < 4 or w > 15: errs.append(f'must {w} words: ' + m)
        for x in mn:
            if m in x or x in m: errs.append(f'overlap: {m} / {x}')
    if not 8 <= len(must) <= 12: errs.append(f'{len(must)} must')
    if not 8 <= len(mn) <= 14: errs.append(f'{len(mn)} mustnot')
    tm += len(must); tn += len(mn)
    print(f'{n}: {len(must)} must, {len(mn)} mustnot' + ('' if not errs else '\n  ' + '\n  '.join(errs)))
    bad += bool(errs)
print(f'total must {tm}, mustnot {tn}, pages with errors {bad}')
sys.exit(1 if bad else 0)
