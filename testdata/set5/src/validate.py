import glob, re, html, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def visible(doc):
    doc = re.sub(r"(?is)<head.*?</head>|<script.*?</script>|<style.*?</style>", " ", doc)
    t = html.unescape(re.sub(r"<[^>]+>", " ", doc))
    return re.sub(r"\s+", " ", t)
bad = 0; tot = [0, 0]
for h in sorted(glob.glob(D + "/*.html")):
    base = h[:-5]; doc = open(h, encoding="utf-8").read(); vis = visible(doc)
    m = re.search(r'(?s)<(div|article) class="[^"]*(entry-content|b-article-body__content|ArticleBody_body__Hh2x|story-text)[^"]*"[^>]*>(.*?)</div>\s*(</div></article>|</article>|<footer class="entry-footer">|<div class="ArticleFooter|<div class="share-bar)', doc)
    body = visible(m.group(3)) if m else ""
    ph = open(base + ".phrases", encoding="utf-8").read().splitlines()
    musts = [l[6:] for l in ph if l.startswith("must: ")]; nots = [l[9:] for l in ph if l.startswith("mustnot: ")]
    tot[0] += len(musts); tot[1] += len(nots)
    errs = []
    if not (10 <= len(musts) <= 16 and 5 <= len(nots) <= 8): errs.append("counts")
    if not any(l.startswith("url: https://") for l in ph) or not any(l.startswith("title: ") for l in ph): errs.append("url/title")
    for s in musts:
        if s not in vis: errs.append("must not visible: " + s)
        elif s not in doc: errs.append("must not verbatim/one-line in HTML: " + s)
        elif s not in body: errs.append("must outside article body: " + s)
        if not 4 <= len(s.split()) <= 15: errs.append(f"must length {len(s.split())}: " + s)
    for s in nots:
        if s not in vis: errs.append("mustnot not visible: " + s)
        elif s not in doc: errs.append("mustnot not verbatim in HTML: " + s)
        prose = visible(re.sub(r'(?s)<aside class="inline-related">.*?</aside>|<div class="ad-slot".*?</div></div>|<div class="nl-inline">.*?</form></div>', "", m.group(3))) if m else ""
        if s in prose: errs.append("mustnot inside article prose: " + s)
    for s in musts:
        if vis.count(s) != 1: errs.append("must not unique on page: " + s)
    paras = re.findall(r"<p>(.*?)</p>", m.group(3)) if m else []
    wc = [len(html.unescape(p).split()) for p in paras]
    if not (8 <= len(paras) <= 14) or any(w < 30 or w > 90 for w in wc): errs.append(f"paragraphs {len(paras)} {wc}")
    lang = re.search(r'<html lang="(\w+)"', doc).group(1)
    for need in ('"@type": "NewsArticle"', '"headline"', '"datePublished"', '"author"', 'og:title', 'name="description"', "<h1"):
        if need not in doc: errs.append("missing " + need)
    quotes = len(re.findall(r'["“„«»]', body))
    if quotes < 4: errs.append("few quotes")
    print(("OK  " if not errs else "FAIL"), os.path.basename(base), lang, f"must={len(musts)} mustnot={len(nots)} paras={len(paras)}")
    for e in errs: print("    ", e); bad += 1
print("files:", len(glob.glob(D + "/*.html")), "total must:", tot[0], "mustnot:", tot[1], "errors:", bad)
