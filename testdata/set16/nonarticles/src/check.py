#!/usr/bin/env python3
"""Check the set-16 pages and phrase files (no cleaner involved).

Visible text: everything outside script/style/noscript/template, tags as
spaces, entities decoded, whitespace collapsed; the <title> counts.
Odd articles: title and every phrase occur; every must and mustnot
exactly once; 4-15 words per must; 5-10 must and 2-8 mustnot per page; no
phrase overlaps another. Non-articles: only comments and one url line.
All pages: title, meta description, canonical, og:title present.
"""
import collections, glob, html, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
NA = os.path.normpath(os.path.join(HERE, ".."))
ODD = os.path.normpath(os.path.join(HERE, "..", "..", "odd"))


class Text(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def visible(src):
    p = Text()
    p.feed(src)
    return re.sub(r"\s+", " ", "".join(p.out)).strip()


def body_words(src, cls):
    m = re.search(r'<(?:div|section|p)[^>]*class="[^"]*\b' + cls + r'\b[^"]*"[^>]*>(.*?)</(?:div|section|p)>', src, re.S)
    return len(visible(m.group(1)).split()) if m else None


def main():
    errors = []
    def err(msg):
        errors.append(msg)

    langs = collections.Counter()
    must_total = mustnot_total = 0
    for d, kind in ((NA, "na"), (ODD, "odd")):
        for f in sorted(glob.glob(os.path.join(d, "*.html"))):
            name = os.path.basename(f)[:-5]
            langs[(kind, name.split("-")[0])] += 1
            src = open(f).read()
            for need in ("<title>", 'name="description"', 'rel="canonical"', 'property="og:title"'):
                if need not in src:
                    err(f"{name}: missing {need}")
            text = visible(src)
            if "{" in text or "}" in text or "[[" in text:
                err(f"{name}: stray brace or marker in visible text")
            ph = os.path.join(d, name + ".phrases")
            if not os.path.exists(ph):
                err(f"{name}: no phrase file"); continue
            keys = collections.defaultdict(list)
            for line in open(ph):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                k, _, v = line.partition(":")
                keys[k.strip()].append(v.strip())
            if kind == "na":
                if set(keys) != {"url"} or len(keys["url"]) != 1:
                    err(f"{name}: non-article phrase file must hold only one url")
                continue
            if set(keys) - {"url", "title", "must", "mustnot"}:
                err(f"{name}: unknown keys {set(keys)}")
            title = keys["title"][0]
            if text.count(title) < 1:
                err(f"{name}: title not in page")
            must, mustnot = keys["must"], keys["mustnot"]
            must_total += len(must); mustnot_total += len(mustnot)
            if not 5 <= len(must) <= 10: err(f"{name}: {len(must)} must")
            if not 2 <= len(mustnot) <= 8: err(f"{name}: {len(mustnot)} mustnot")
            for m in must:
                n = len(m.split())
                if not 4 <= n <= 15: err(f"{name}: must has {n} words: {m}")
                if title in m or m in title: err(f"{name}: must overlaps title: {m}")
            for p in must + mustnot:
                c = text.count(p)
                if c != 1: err(f"{name}: phrase occurs {c} times: {p}")
            allp = must + mustnot
            for i, a in enumerate(allp):
                for b in allp[i+1:]:
                    if a in b or b in a: err(f"{name}: overlap {a!r} / {b!r}")
            print(f"{name}: {len(must)} must, {len(mustnot)} mustnot")

    print("pages per part and language:", dict(sorted(langs.items())))
    print(f"must {must_total}, mustnot {mustnot_total}")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
