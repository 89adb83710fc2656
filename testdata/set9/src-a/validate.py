#!/usr/bin/env python3
"""Check set-9 (part a) phrase files as TestHeldoutSpecs does, plus counts."""
import glob, html, os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def visible(src):
    src = re.sub(r'(?is)<(script|style|noscript)\b.*?</\1\s*>', ' ', src)
    src = re.sub(r'(?s)<!--.*?-->', ' ', src)
    src = re.sub(r'(?s)<[^>]*>', ' ', src)
    return ' '.join(html.unescape(src).split())

bad = 0; tm = tn = 0
prefixes = sys.argv[1:] or ['en-', 'de-', 'fr-', 'es-', 'it-']
for ph in sorted(glob.glob(os.path.join(OUT, '*.phrases'))):
    name = os.path.basename(ph)[:-8]
    if not any(name.startswith(p) for p in prefixes):
        continue
    text = visible(open(ph[:-8] + '.html', encoding='utf-8').read())
    must, mustnot, title = [], [], None
    for line in open(ph, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('must:'): must.append(line[5:].strip())
        elif line.startswith('mustnot:'): mustnot.append(line[8:].strip())
        elif line.startswith('title:'): title = line[6:].strip()
    errs = []
    for p in must + mustnot + [title]:
        if p not in text: errs.append(f'missing {p!r}')
    for a in must:
        n = len(a.split())
        if not 4 <= n <= 15: errs.append(f'must words {n}: {a!r}')
        if text.count(a) != 1: errs.append(f'must not unique: {a!r}')
        for b in mustnot:
            if a in b or b in a: errs.append(f'overlap {a!r} / {b!r}')
    if not 8 <= len(must) <= 12: errs.append(f'{len(must)} must')
    if not 8 <= len(mustnot) <= 14: errs.append(f'{len(mustnot)} mustnot')
    tm += len(must); tn += len(mustnot)
    print(f'{name}: {len(must)} must, {len(mustnot)} mustnot' + ('' if not errs else '\n  ' + '\n  '.join(errs)))
    bad += len(errs)
print(f'total: {tm} must, {tn} mustnot, {bad} problems')
sys.exit(1 if bad else 0)
