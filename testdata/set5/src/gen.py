import json, re, sys, glob, html, os
OUT = os.path.dirname(os.path.abspath(__file__)) + "/.."
L = json.load(open(os.path.join(os.path.dirname(__file__), "lang.json")))

def parse(fn):
    meta, body = open(fn, encoding="utf-8").read().split("\n---\n", 1)
    m = {}
    for line in meta.strip().splitlines():
        k, v = line.split(":", 1); m.setdefault(k.strip(), []).append(v.strip())
    m = {k: (v if k == "rel" else v[0]) for k, v in m.items()}
    paras = [p.strip() for p in body.strip().splitlines() if p.strip()]
    return m, paras

def esc(s): return html.escape(s, quote=False)

def render(m, paras):
    b = L[m["lang"]]
    musts = []
    body = []
    for i, p in enumerate(paras):
        musts += re.findall(r"\[\[(.+?)\]\]", p)
        clean = p.replace("[[", "").replace("]]", "")
        if clean.startswith("## "):
            body.append(f"<h2>{esc(clean[3:])}</h2>")
        else:
            body.append(f"<p>{esc(clean)}</p>")
        paras[i] = clean
    url = f"https://www.{m['domain']}/{m['section'].lower()}/{m['date'][:10].replace('-','/')}/{m['slug']}/"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "description": m["desc"], "datePublished": m["date"], "dateModified": m["date"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["site"]}, "mainEntityOfPage": url, "inLanguage": m["lang"]}
    rel = m.get("rel", [])
    cms = m["cms"]
    # insert ad + inline box inside article after 4th paragraph
    ad = f'<div class="ad-slot" aria-label="{esc(b["ad"])}"><span class="ad-label">{esc(b["ad"])}</span><div class="ad-inner" id="div-gpt-ad-mid"></div></div>'
    inline_rel = f'<aside class="inline-related"><strong>{esc(b["alsoread"])}</strong> <a href="/{m["section"].lower()}/rel-1/">{esc(rel[0])}</a></aside>'
    k = min(4, len(body) - 3)
    body = body[:k] + [ad, inline_rel] + body[k:k+4] + [f'<div class="nl-inline"><p class="nl-pitch">{esc(b["newsletter"])}</p><form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="{esc(b["email"])}"><button type="submit">{esc(b["signup"])}</button></form></div>'] + body[k+4:]
    share = f'<div class="share-bar"><span>{esc(b["share"])}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://x.com/intent/post?url={url}">X</a> <a href="https://wa.me/?text={url}">WhatsApp</a> <a href="mailto:?subject={esc(m["title"])}">E-mail</a> <button class="copy-link">{esc(b["copy"])}</button></div>'
    related = "".join(f'<li><a href="/{m["section"].lower()}/rel-{i+1}/">{esc(t)}</a></li>' for i, t in enumerate(rel))
    nav = "".join(f'<li><a href="/{x.lower()}/">{esc(x)}</a></li>' for x in b["nav"])
    cookie = f'<div id="cookie-consent" class="cmp-banner" role="dialog" aria-modal="true"><p>{esc(b["cookie"])}</p><button class="cmp-accept">{esc(b["accept"])}</button> <button class="cmp-reject">{esc(b["reject"])}</button> <a href="/privacy/">{esc(b["settings"])}</a></div>'
    follow = f'<p class="follow-us"><strong>{esc(b["follow"])}</strong></p>'
    plug = f'<div class="sub-plug"><p>{esc(b["plug"])}</p><a class="btn" href="/subscribe/">{esc(b["plugbtn"])}</a></div>'
    footer = f'<footer class="site-footer"><ul class="footer-links"><li><a href="/about/">{esc(b["about"])}</a></li><li><a href="/privacy/">{esc(b["privacy"])}</a></li><li><a href="/contact/">{esc(b["contact"])}</a></li></ul><p class="copyright">{esc(b["copyright"].replace("SITE", m["site"]))}</p></footer>'
    byline = f'<span class="byline">{esc(b["by"])} <a rel="author" href="/author/{m["author"].lower().replace(" ","-")}/">{esc(m["author"])}</a></span> <time datetime="{m["date"]}">{esc(m["datestr"])}</time>'
    art = "\n".join(body)
    if cms == "wp":
        main = f'''<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(m["site"])}</a></p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard hentry category-{m["section"].lower()}">
<header class="entry-header"><span class="cat-links"><a href="/{m["section"].lower()}/" rel="category tag">{esc(m["section"])}</a></span><h1 class="entry-title">{esc(m["title"])}</h1><div class="entry-meta">{byline}</div></header>
{share}
<div class="entry-content">
<p class="standfirst"><em>{esc(m["desc"])}</em></p>
{art}
</div>
<footer class="entry-footer">{share}{follow}</footer>
</article>
{plug}
<section class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{esc(b["related"])}</h3><ul>{related}</ul></section>
</main></div>
{footer}</div>'''
    elif cms == "arc":
        main = f'''<div id="fusion-app" class="layout-section"><header class="b-header"><div class="c-logo"><a href="/">{esc(m["site"])}</a></div><nav class="b-header-nav-chain"><ul>{nav}</ul></nav></header>
<main class="b-single-chain"><div class="b-article-body-wrapper"><article class="b-article-body">
<div class="c-overline"><a href="/{m["section"].lower()}/">{esc(m["section"])}</a></div>
<h1 class="b-headline c-heading">{esc(m["title"])}</h1>
<h2 class="b-subheadline">{esc(m["desc"])}</h2>
<div class="b-byline c-attribution">{byline}</div>
{share}
<div class="b-article-body__content">
{art}
</div></article>
{follow}
{plug}
<div class="b-results-list"><h2 class="c-heading">{esc(b["related"])}</h2><ul class="c-stack">{related}</ul></div>
</div></main>
{footer}</div>'''
    elif cms == "next":
        main = f'''<div id="__next"><div class="Layout_root__x7Qa"><header class="Header_header__9kLm"><a class="Header_logo__pQ2" href="/">{esc(m["site"])}</a><nav class="Header_nav__r1Tz"><ul>{nav}</ul></nav></header>
<main class="Article_main__Qw3e"><article class="Article_article__Zt81" data-testid="article">
<div class="Kicker_kicker__aa1">{esc(m["section"])}</div>
<h1 class="Headline_h1__Ux0p" data-testid="headline">{esc(m["title"])}</h1>
<p class="Standfirst_lede__3jk">{esc(m["desc"])}</p>
<div class="Byline_byline__L0m">{byline}</div>
{share}
<div class="ArticleBody_body__Hh2x" data-testid="article-body">
{art}
</div>
<div class="ArticleFooter_follow__Kp1">{follow}</div>
</article>
<aside class="Paywall_plug__Zz9">{plug}</aside>
<section class="Related_related__V8c" data-testid="related"><h2>{esc(b["related"])}</h2><ul>{related}</ul></section>
</main>
{footer}</div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{m["slug"]}"}}}},"page":"/[section]/[...slug]","buildId":"b8Xk2"}}</script>'''
    else:
        main = f'''<div class="wrap"><div class="topbar"><a class="logo" href="/">{esc(m["site"])}</a><a class="topbar-sub" href="/subscribe/">{esc(b["plugbtn"])}</a></div><nav class="rubriken"><ul>{nav}</ul></nav>
<div class="page-grid"><div class="col-main"><div class="story" itemscope itemtype="https://schema.org/NewsArticle">
<div class="story-rubrik">{esc(m["section"])}</div>
<h1 class="story-title" itemprop="headline">{esc(m["title"])}</h1>
<div class="story-lead">{esc(m["desc"])}</div>
<div class="story-meta">{byline}</div>
<div class="story-text" itemprop="articleBody">
{art}
</div>
{share}
{follow}
</div></div>
<div class="col-side"><div class="box-related"><h3>{esc(b["related"])}</h3><ul>{related}</ul></div>{plug}</div></div>
{footer}</div>'''
    doc = f'''<!DOCTYPE html>
<html lang="{m["lang"]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(m["title"])} | {esc(m["site"])}</title>
<meta name="description" content="{html.escape(m["desc"])}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(m["title"])}">
<meta property="og:description" content="{html.escape(m["desc"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{html.escape(m["site"])}">
<meta property="og:image" content="https://img.{m["domain"]}/{m["slug"]}-1200x630.jpg">
<meta property="article:published_time" content="{m["date"]}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page {cms}">
{main}
{cookie}
</body>
</html>
'''
    base = f"control-{m['lang']}-{m['slug']}"
    open(f"{OUT}/{base}.html", "w", encoding="utf-8").write(doc)
    mustnot = [rel[0], b["cookie"], b["newsletter"], b["follow"], rel[1] if len(rel) > 1 else rel[0], b["plug"], b["copyright"].replace("SITE", m["site"])]
    if "mustnot_extra" in m: mustnot.append(m["mustnot_extra"])
    with open(f"{OUT}/{base}.phrases", "w", encoding="utf-8") as f:
        for c in m["comment"].split(" | "): f.write(f"# {c}\n")
        f.write(f"# Boilerplate ({cms} markup): cookie-consent dialog, share bar (twice in wp), newsletter box and ad label inside the body, inline 'also read' link, follow line, subscription plug, related list, copyright footer.\n")
        f.write(f"url: {url}\ntitle: {m['title']}\n\n")
        for s in musts: f.write(f"must: {s}\n")
        f.write("\n")
        for s in mustnot: f.write(f"mustnot: {s}\n")
    print(base, len(musts), len(mustnot), len([p for p in paras if not p.startswith('## ')]))

for fn in sorted(sys.argv[1:]):
    render(*parse(fn))
