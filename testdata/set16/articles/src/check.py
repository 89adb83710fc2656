"""Check every phrase file of set 16 (part A) against its page.

Visible text: comments, <script> and <style> removed; entities decoded;
whitespace collapsed; checked twice, with tags replaced by a space and
with tags dropped. <noscript> content is counted (the noscript page
declares `# noscript-twice` and may hold a phrase twice).
Checks: title and every phrase occur; each occurs exactly once (twice
allowed on a noscript-twice page); no must overlaps a mustnot; 4-15
words per must; 8-14 must and 5-12 mustnot per page.
"""
import glob, html, os, re, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def text(raw, sep):
    s = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]*>", sep, s)
    s = html.unescape(s)
    return " ".join(s.split())


bad = 0
tm = tn = 0
files = sorted(glob.glob(os.path.join(D, "*.phrases")))
for pf in files:
    name = os.path.basename(pf)[:-8]
    raw = open(os.path.join(D, name + ".html")).read()
    lines = open(pf).read().splitlines()
    twice = any(l.startswith("# noscript-twice") for l in lines)
    must = [l[6:] for l in lines if l.startswith("must: ")]
    mustnot = [l[9:] for l in lines if l.startswith("mustnot: ")]
    title = [l[7:] for l in lines if l.startswith("title: ")][0]
    tm += len(must); tn += len(mustnot)
    errs = []
    for sep in (" ", ""):
        t = text(raw, sep)
        if title not in t:
            errs.append("title missing (sep=%r)" % sep)
        for ph in must + mustnot:
            c = t.count(ph)
            if c == 0:
                errs.append("missing (sep=%r): %s" % (sep, ph))
            elif c > 1 and not (twice and c == 2):
                errs.append("occurs %d times (sep=%r): %s" % (c, sep, ph))
    for m in must:
        if not 4 <= len(m.split()) <= 15:
            errs.append("must has %d words: %s" % (len(m.split()), m))
        for n in mustnot:
            if m in n or n in m:
                errs.append("overlap: %s / %s" % (m, n))
    if not 8 <= len(must) <= 14:
        errs.append("%d must" % len(must))
    if not 5 <= len(mustnot) <= 12:
        errs.append("%d mustnot" % len(mustnot))
    for e in errs:
        print(name + ":", e)
    bad += len(errs)
    print("%-50s must %2d mustnot %2d %s" % (name, len(must), len(mustnot), "OK" if not errs else "FAIL"))
print("pages %d, must %d, mustnot %d, errors %d" % (len(files), tm, tn, bad))
sys.exit(1 if bad else 0)
