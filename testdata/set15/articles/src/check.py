"""Check every phrase of every page: occurs exactly once in the visible
text (tags dropped, entities decoded, whitespace collapsed; <title>
included; script/style dropped), title occurs, no must/mustnot overlap."""
import glob, os, re, html, sys
from html.parser import HTMLParser

class T(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.buf = []; s.skip = 0
    def handle_starttag(s, t, a):
        if t in ('script', 'style'): s.skip += 1
        s.buf.append(' ')
    def handle_endtag(s, t):
        if t in ('script', 'style'): s.skip -= 1
        s.buf.append(' ')
    def handle_data(s, d):
        if not s.skip: s.buf.append(d)

def text(path, sep):
    p = T(); p.buf = []
    src = open(path).read()
    if sep == '':
        # drop tags without a space (inline-join variant)
        src2 = re.sub(r'<(script|style)\b.*?</\1>', ' ', src, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', '', src2))
        return re.sub(r'\s+', ' ', t)
    p.feed(src)
    return re.sub(r'\s+', ' ', ''.join(p.buf))

d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
bad = 0; tm = tn = 0
for ph in sorted(glob.glob(os.path.join(d, '*.phrases'))):
    name = os.path.basename(ph)[:-8]
    must, mn, title = [], [], None
    for l in open(ph):
        l = l.rstrip('\n')
        if l.startswith('must: '): must.append(l[6:])
        elif l.startswith('mustnot: '): mn.append(l[9:])
        elif l.startswith('title: '): title = l[7:]
    errs = []
    for sep in (' ', ''):
        t = text(ph[:-8] + '.html', sep)
        for x in must + mn:
            c = t.count(x)
            if c != 1: errs.append(f'[{sep!r}] {c}x {x!r}')
        if title and title not in t: errs.append('title missing')
    for m in must:
        for n in mn:
            if m in n or n in m: errs.append(f'overlap {m!r} / {n!r}')
    if not (3 <= len(must) <= 12): errs.append(f'{len(must)} must')
    if not (5 <= len(mn) <= 12): errs.append(f'{len(mn)} mustnot')
    for m in must + mn:
        w = len(m.split())
        if w > 15: errs.append(f'long phrase ({w}w): {m[:40]}')
    tm += len(must); tn += len(mn)
    print(f'{name}: {len(must)} must, {len(mn)} mustnot' + ('' if not errs else ' ERR'))
    for e in errs: print('   ', e); bad += 1
print(f'total must {tm}, mustnot {tn}, errors {bad}')
sys.exit(1 if bad else 0)
