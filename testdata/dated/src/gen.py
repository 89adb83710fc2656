"""Writes the dated set: python3 testdata/dated/src/gen.py testdata/dated

The pages are made from langs.py, text written for pith; the generator
only lays each language's text out in each way of giving a date."""
import random, json, os, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from langs import LANGS
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rnd = random.Random(20261204)
ORDER = ["en","de","fr","es","it","pt","nl","pl","ru","sv","tr","ja"]
KINDS = ["meta_pub","meta_variant","ld_graph","ld_webpage","itemprop_list","itemprop_title","itemprop_text",
         "time_byline_trap","text_numeric","text_month","url_only","utc_trap","future","unparseable_first",
         "modified_first","none"]
AND = dict(en="and",de="und",fr="et",es="y",it="e",pt="e",nl="en",pl="i",ru="и",sv="och",tr="ve",ja="、")
VARIANTS = [("name","dc.date","{d}"),("name","sailthru.date","{d} {t}"),("property","vr:published-time","{iso}"),
            ("name","parsely-pub-date","{iso}"),("name","pubdate","{compact}"),("name","DC.date.issued","{d}"),
            ("name","dcterms.created","{d}"),("name","publish-date","{d}"),("itemprop","dateCreated","{iso}")]

def vis(L, y, m, d, lang):
    if lang == "ja": return f"{y}年{m}月{d}日"
    mn = L["months"][m-1]
    if lang == "en": return f"{d} {mn} {y}" if rnd.random() < .5 else f"{mn} {d}, {y}"
    if lang == "de": return f"{d}. {mn} {y}"
    if lang in ("es","pt"): return f"{d} de {mn} de {y}"
    return f"{d} {mn} {y}"

def numeric(y, m, d, lang):
    if lang == "ja": return f"{y}/{m:02d}/{d:02d}"
    sep = {"de":".","ru":".","pl":".","tr":".","nl":"-","sv":"-"}.get(lang, "/")
    if lang == "sv": return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}{sep}{m:02d}{sep}{y}"

def slugify(i): return f"story-{i:03d}"

pages = []
for idx in range(48):
    lang = ORDER[idx % 12]; kind = KINDS[idx % 16]; L = LANGS[lang]
    n = idx // 12
    y = rnd.randint(1999, 2025); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
    hh = rnd.randint(7, 19); mi = rnd.choice([0, 5, 15, 30, 42])
    off = {"en":"+00:00","de":"+02:00","fr":"+01:00","es":"+01:00","it":"+02:00","pt":"+00:00","nl":"+01:00","pl":"+01:00","ru":"+03:00","sv":"+02:00","tr":"+03:00","ja":"+09:00"}[lang]
    iso = f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:00{off}"
    title = L["titles"][n]
    people = L["people"]
    authors = [people[n]] if idx % 3 else [people[n], people[(n+1) % 4]]
    sep = AND[lang]
    byline_names = (f" {sep} " if lang != "ja" else sep).join(authors)
    site = L["site"]; host = L["host"]
    want = f"{y}-{m:02d}-{d:02d}"
    urlpath = f"/news/{slugify(idx)}"
    head, top, body_extra, pre_article = [], [], [], []
    html_lang = lang
    if idx % 7 == 3: html_lang = ""           # no lang attribute
    if idx % 11 == 5: html_lang = "en" if lang != "en" else "de"  # a wrong lang attribute: the text wins
    related_dates = []
    for k in range(3):
        ry = min(2025, y + rnd.randint(0, 1)); rm = rnd.randint(1, 12); rd = rnd.randint(1, 28)
        related_dates.append((ry, rm, rd))
    bylinediv = f'<div class="byline">{L["by"]} {H.escape(byline_names)}</div>'
    vis_date = vis(L, y, m, d, lang)
    if kind == "meta_pub":
        head.append(f'<meta property="article:published_time" content="{iso}">')
        top.append(bylinediv)
    elif kind == "meta_variant":
        attr, name, fmt = VARIANTS[n * 3 % len(VARIANTS) + (idx % 2)]
        val = fmt.format(d=f"{y}-{m:02d}-{d:02d}", t=f"{hh:02d}:{mi:02d}:00", iso=iso, compact=f"{y}{m:02d}{d:02d}")
        head.append(f'<meta {attr}="{name}" content="{val}">')
        top.append(bylinediv)
    elif kind == "ld_graph":
        g = {"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":f"https://{host}/#org","name":site},
            {"@type":"WebSite","@id":f"https://{host}/#website","name":site,"publisher":{"@id":f"https://{host}/#org"}},
            {"@type":"WebPage","@id":f"https://{host}{urlpath}/#webpage","name":title,"datePublished":iso,"dateModified":f"{min(2025,y+1)}-01-0{rnd.randint(1,9)}T10:00:00{off}"},
            {"@type":"Article","@id":f"https://{host}{urlpath}/#article","headline":title,"isPartOf":{"@id":f"https://{host}{urlpath}/#webpage"},
             "author":{"@id":f"https://{host}/#/person/{n}"}},
            {"@type":"Person","@id":f"https://{host}/#/person/{n}","name":authors[0]}]}
        head.append('<script type="application/ld+json">' + json.dumps(g, ensure_ascii=False) + '</script>')
        authors = authors[:1]
        top.append(f'<div class="byline">{L["by"]} {H.escape(authors[0])}</div>')
    elif kind == "ld_webpage":
        o = {"@context":"https://schema.org","@type":"MedicalWebPage" if idx % 2 else "WebPage","name":title,
             "datePublished":f"{y}-{m:02d}-{d:02d}","author":[{"@type":"Person","name":a} for a in authors],
             "publisher":{"@type":"Organization","name":site}}
        head.append('<script type="application/ld+json">' + json.dumps(o, ensure_ascii=False) + '</script>')
        top.append(bylinediv)
    elif kind == "itemprop_list":
        if idx % 2:
            head.append(f'<meta itemprop="datePublished dateCreated" content="{iso}">')
        else:
            top.append(f'<span class="when" itemprop="dateCreated datePublished" content="{iso}">{vis_date}</span>')
        top.append(bylinediv)
    elif kind == "itemprop_title":
        top.append(bylinediv)
        top.append(f'<abbr class="published" itemprop="datePublished" title="{iso}">{numeric(y,m,d,lang)}</abbr>')
    elif kind == "itemprop_text":
        top.append(bylinediv)
        top.append(f'<span itemprop="datePublished">{vis_date}</span>')
    elif kind == "time_byline_trap":
        top.append(f'<div class="byline">{L["by"]} {H.escape(byline_names)} · <time datetime="{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}">{vis_date}</time></div>')
    elif kind == "text_numeric":
        top.append(f'<div class="post-meta">{L["published"]}: {numeric(y,m,d,lang)} {hh:02d}:{mi:02d} | {L["by"]} {H.escape(byline_names)}</div>')
    elif kind == "text_month":
        top.append(bylinediv)
        top.append(f'<p class="date">{vis_date}</p>')
    elif kind == "url_only":
        urlpath = f"/{y}/{m:02d}/{d:02d}/{slugify(idx)}/"
        top.append(bylinediv)
    elif kind == "utc_trap":
        # the page's local time near midnight: the UTC timestamp falls on another day
        if idx % 2:
            lh, uoff, shift = 23, -5, 1   # 23:10 at -05:00 is the next day in UTC
        else:
            lh, uoff, shift = 0, 2, -1    # 00:40 at +02:00 is the day before in UTC
        import datetime as dt
        local = dt.datetime(y, m, d, lh, 10 if lh else 40)
        utc = local - dt.timedelta(hours=uoff)
        head.append(f'<meta property="article:published_time" content="{utc.strftime("%Y-%m-%dT%H:%M:%SZ")}">')
        urlpath = f"/{y}/{m:02d}/{d:02d}/{slugify(idx)}"
        top.append(bylinediv)
        top.append(f'<p class="date">{vis_date}</p>')
    elif kind == "future":
        fut = f"{2031 + idx % 3}-0{1 + idx % 8}-1{idx % 9}"
        if idx % 2:
            head.append(f'<meta property="article:published_time" content="{fut}T09:00:00Z">')
        top.append(f'<div class="event-date">{vis(L, int(fut[:4]), int(fut[5:7]), int(fut[8:]), lang)}</div>')
        top.append(bylinediv)
        top.append(f'<p class="date">{L["published"]} {vis_date}</p>')
    elif kind == "unparseable_first":
        bad = ["{{ post.date }}", "0000-00-00 00:00:00", "TBD", "n/a"][idx % 4]
        o = {"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":bad}
        head.append('<script type="application/ld+json">' + json.dumps(o) + '</script>')
        if idx % 2:
            head.append(f'<meta property="article:published_time" content="{iso}">')
        else:
            head.append(f'<meta name="date" content="{y}{m:02d}{d:02d}T{hh:02d}{mi:02d}00Z">')
        top.append(bylinediv)
    elif kind == "modified_first":
        my = min(2025, y + 1); mm = rnd.randint(1, 12); md = rnd.randint(1, 28)
        head.append(f'<meta property="article:modified_time" content="{my}-{mm:02d}-{md:02d}T08:00:00{off}">')
        head.append(f'<meta property="og:updated_time" content="{my}-{mm:02d}-{md:02d}T08:00:00{off}">')
        top.append(bylinediv)
        top.append(f'<p class="dates">{L["updated"]} {vis(L, my, mm, md, lang)} · {L["published"]} {vis_date}</p>')
    elif kind == "none":
        want = ""
        top.append(bylinediv)
    # related posts: dated teasers, before the article for half the pages
    rel = "".join(f'<li><a href="https://{host}/news/other-{idx}-{k}">{H.escape(LANGS[lang]["titles"][(n+k+1) % 4])}</a> <time datetime="{ry}-{rm:02d}-{rd:02d}">{vis(L, ry, rm, rd, lang)}</time></li>' for k, (ry, rm, rd) in enumerate(related_dates))
    related = f'<aside class="related-posts"><h3>{L["related"]}</h3><ul>{rel}</ul></aside>'
    cy = min(2025, y + 1)
    comments = (f'<section id="comments" class="comments"><h3>{L["comments"]}</h3>'
                f'<div class="comment"><span class="comment-author" itemprop="author">admin</span> <time datetime="{cy}-02-11T10:00">{vis(L, cy, 2, 11, lang)}</time><p>+1</p></div>'
                f'<div class="comment"><span class="comment-author">{"Guest" if lang=="en" else L["people"][(n+2)%4].split()[0]}</span> {numeric(cy,3,14,lang)}<p>:)</p></div></section>')
    footer = f'<footer class="site-footer"><p>© {cy} {H.escape(site)}</p><p>{numeric(cy, 1, 1, lang)}</p></footer>'
    paras = "".join(f"<p>{H.escape(p)}</p>" for p in L["paras"])
    langattr = f' lang="{html_lang}"' if html_lang else ""
    url = f"https://{host}{urlpath}"
    page = f"""<!DOCTYPE html>
<html{langattr}>
<head>
<meta charset="utf-8">
<title>{H.escape(title)} | {H.escape(site)}</title>
<meta property="og:title" content="{H.escape(title)}">
<meta property="og:site_name" content="{H.escape(site)}">
{chr(10).join(head)}
</head>
<body>
<header class="site-header"><a class="logo" href="https://{host}/">{H.escape(site)}</a><nav><a href="https://{host}/news">News</a></nav></header>
{related if idx % 2 == 0 else ''}
<main><article>
<h1>{H.escape(title)}</h1>
{chr(10).join(top)}
<div class="entry-content">
{paras}
</div>
</article>
{comments}
</main>
{related if idx % 2 == 1 else ''}
{footer}
</body>
</html>
"""
    name = f"{lang}-{kind.replace('_','-')}"
    with open(os.path.join(out, name + ".html"), "w") as f:
        f.write(page)
    meta = [f"url: {url}", f"title: {title}"] + [f"author: {a}" for a in authors] + [f"published: {want or 'none'}", f"lang: {lang}", f"site: {site}"]
    with open(os.path.join(out, name + ".meta"), "w") as f:
        f.write("\n".join(meta) + "\n")
print("ok")
