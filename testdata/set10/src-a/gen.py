#!/usr/bin/env python3
"""Render set-10 part-a pages: src-a/NAME.txt -> ../NAME.html + ../NAME.phrases.

A source file has `# comment` lines, `key: value` lines, then sections
introduced by `=== name` (byline, body, after, consent, footer) holding raw
HTML. In the sections [[...]] marks a must phrase and {{...}} a mustnot
phrase; the markers are removed from the HTML.
"""
import html, json, os, re, sys, zlib

def hash(s):
    return zlib.crc32(s.encode())

HASH = "k3x9q"

def parse(path):
    meta, comments, secs, cur = {}, [], {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            cur = line[4:].strip(); secs[cur] = []; continue
        if cur is None:
            if line.startswith("#"): comments.append(line)
            elif ":" in line:
                k, v = line.split(":", 1); meta[k.strip()] = v.strip()
            continue
        secs[cur].append(line)
    return meta, comments, {k: "\n".join(v) for k, v in secs.items()}

def mark(s, must, mustnot):
    def m(r):
        must.append(r.group(1)); return r.group(1)
    def n(r):
        mustnot.append(r.group(1)); return r.group(1)
    s = re.sub(r"\[\[(.+?)\]\]", m, s, flags=re.S)
    s = re.sub(r"\{\{(.+?)\}\}", n, s, flags=re.S)
    return s

def head(meta):
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "description": meta["desc"],
          "datePublished": meta["date"], "dateModified": meta.get("modified", meta["date"]),
          "inLanguage": meta["lang"], "mainEntityOfPage": meta["url"],
          "author": [{"@type": "Person", "name": meta["author"]}],
          "publisher": {"@type": "Organization", "name": meta["site"],
                        "logo": {"@type": "ImageObject", "url": "https://" + meta["domain"] + "/logo.png"}},
          "image": ["https://" + meta["domain"] + "/media/" + meta["name"] + ".jpg"]}
    return f"""<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta name="description" content="{e(meta['desc'])}">
<link rel="canonical" href="{e(meta['url'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(meta['site'])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:description" content="{e(meta['desc'])}">
<meta property="og:url" content="{e(meta['url'])}">
<meta property="og:image" content="https://{meta['domain']}/media/{meta['name']}.jpg">
<meta property="article:published_time" content="{meta['date']}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""

def nav(meta, cls_nav, cls_a=""):
    items = [x.strip() for x in meta.get("nav", "").split(",") if x.strip()]
    a = "".join(f'<a{(" class=%s" % json.dumps(cls_a)) if cls_a else ""} href="/{re.sub(r"[^a-z0-9]+", "-", i.lower()).strip("-")}/">{html.escape(i)}</a>' for i in items)
    return f'<nav class="{cls_nav}" aria-label="Main">{a}</nav>'

def render(meta, s):
    p = meta["platform"]; e = html.escape; t = e(meta["title"]); site = e(meta["site"])
    by, body, after, consent, foot = (s.get(k, "") for k in ("byline", "body", "after", "consent", "footer"))
    sec = e(meta.get("section", ""))
    H = head(meta)
    if p == "wp":
        theme = meta.get("theme", "astra")
        return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
{H}
<link rel="stylesheet" id="{theme}-theme-css-css" href="/wp-content/themes/{theme}/style.css?ver=4.8.1" media="all">
</head>
<body class="post-template-default single single-post postid-{abs(hash(meta['name']))%90000+1000} single-format-standard wp-theme-{theme}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p><p class="site-description">{e(meta.get('tagline',''))}</p></div>
{nav(meta, 'main-navigation')}</header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-{abs(hash(meta['name']))%90000+1000}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-{re.sub(r'[^a-z]+','-',sec.lower())}">
<header class="entry-header"><span class="cat-links"><a href="/category/{re.sub(r'[^a-z]+','-',sec.lower())}/" rel="category tag">{sec}</a></span>
<h1 class="entry-title">{t}</h1>
<div class="entry-meta">{by}</div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2026/11/{meta['name']}-1024x683.jpg" alt="" width="1024" height="683"></div>
<div class="entry-content">
{body}
</div>
</article>
{after}
</main></div>
<footer id="colophon" class="site-footer"><div class="site-info">{foot}</div></footer>
</div>
{consent}
<script src="/wp-includes/js/wp-emoji-release.min.js?ver=6.7" id="wp-emoji"></script>
</body>
</html>
"""
    if p == "ghost":
        return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
{H}
<meta name="generator" content="Ghost 5.101">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1e2a">
</head>
<body class="post-template tag-{re.sub(r'[^a-z]+','-',sec.lower())} gh-font-heading-fira-sans is-head-left-logo">
<div class="gh-viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{site}</a></div>
{nav(meta, 'gh-head-menu')}<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<main class="gh-main">
<article class="gh-article post tag-{re.sub(r'[^a-z]+','-',sec.lower())}">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/{re.sub(r'[^a-z]+','-',sec.lower())}/">{sec}</a>
<h1 class="gh-article-title is-title">{t}</h1>
<div class="gh-article-meta">{by}</div></header>
<section class="gh-content gh-canvas is-body">
{body}
</section>
</article>
{after}
</main>
<footer class="gh-foot outer"><div class="gh-foot-inner inner">{foot}<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
{consent}
<script src="/assets/built/source.js?v=8c1e2a"></script>
</body>
</html>
"""
    if p == "substack":
        return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
{H}
<link rel="stylesheet" href="https://static.letterpost.example/css/main.7f3a.css">
</head>
<body class="pc-root">
<div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">{site}</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in" href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{t}</h1>
<div class="post-meta post-header-meta">{by}</div></div>
<div class="available-content"><div class="body markup" dir="auto">
{body}
</div></div>
</article>
{after}
</div></div></div>
<div class="footer-wrap"><div class="footer">{foot}</div></div>
</div>
{consent}
</body>
</html>
"""
    if p == "drupal":
        return f"""<!DOCTYPE html>
<html lang="{meta['lang']}" dir="ltr">
<head>
{H}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xy7kR2pQ.css?delta=0">
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">{site}</a></div>
<div class="region region--primary-menu">{nav(meta, 'primary-nav menu menu--main')}</div></header>
<main role="main" class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region--content"><div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="{abs(hash(meta['name']))%9000+100}" class="node node--type-article node--promoted node--view-mode-full">
<div class="field field--name-field-section"><a href="/{re.sub(r'[^a-z]+','-',sec.lower())}" hreflang="{meta['lang'][:2]}">{sec}</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{t}</span></h1>
<div class="node__meta">{by}</div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
</div>
</article>
{after}
</div></main>
<footer class="site-footer" role="contentinfo"><div class="region region--footer">{foot}</div></footer>
</div></div>
{consent}
<script src="/core/misc/drupal.js?v=10.3.6"></script>
</body>
</html>
"""
    if p == "nextjs":
        h = HASH
        return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
{H}
<link rel="preload" href="/_next/static/css/5b1f0c2e9a.css" as="style">
<link rel="stylesheet" href="/_next/static/css/5b1f0c2e9a.css" data-n-g="">
</head>
<body>
<div id="__next">
<header class="SiteHeader_header__{h}1"><a class="SiteHeader_logo__{h}2" href="/">{site}</a>{nav(meta, 'SiteHeader_nav__'+h+'3', 'SiteHeader_navLink__'+h+'4')}</header>
<main class="ArticlePage_main__Qw7e2">
<article class="ArticlePage_article__Rt5y1">
<div class="ArticleHeader_kicker__Lp0a9">{sec}</div>
<h1 class="ArticleHeader_headline__Zx3c4">{t}</h1>
<div class="ArticleHeader_meta__Vb8n6">{by}</div>
<figure class="ArticleHero_figure__Mn2b1"><img class="ArticleHero_img__Ui4o0" src="/_next/image?url=%2Fmedia%2F{meta['name']}.jpg&amp;w=1200&amp;q=75" alt=""></figure>
<div class="ArticleBody_body__Hj6k2">
{body}
</div>
</article>
{after}
</main>
<footer class="SiteFooter_footer__As1d2">{foot}</footer>
{consent}
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{meta['name']}"}}}},"page":"/[section]/[slug]","buildId":"b7XkP2Qm"}}</script>
</body>
</html>
"""
    if p == "arc":
        return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
{H}
<meta name="arc-site" content="{meta['domain'].split('.')[0]}">
<link rel="stylesheet" href="/pf/resources/dist/{meta['domain'].split('.')[0]}/css/style.css?d=518">
</head>
<body>
<div id="fusion-app" class="layout-section">
<header class="b-header" role="banner"><div class="b-header__top"><a class="b-header__logo" href="/">{site}</a></div>{nav(meta, 'b-header-nav')}</header>
<main class="b-main" role="main">
<article class="b-article-body-wrapper">
<div class="b-overline"><a href="/{re.sub(r'[^a-z]+','-',sec.lower())}/">{sec}</a></div>
<h1 class="b-headline">{t}</h1>
<div class="b-byline-wrapper">{by}</div>
<div class="b-article-body">
{body}
</div>
</article>
{after}
</main>
<footer class="b-footer" role="contentinfo">{foot}</footer>
</div>
{consent}
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="{meta['domain'].split('.')[0]}";</script>
</body>
</html>
"""
    if p == "amp":
        return f"""<!doctype html>
<html amp lang="{meta['lang']}">
<head>
{H}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.amp-article-body p{{line-height:1.6}}</style>
</head>
<body>
<header class="amp-site-header"><a class="amp-site-logo" href="/">{site}</a>{nav(meta, 'amp-site-nav')}</header>
<main class="amp-main">
<article class="amp-article">
<div class="amp-kicker">{sec}</div>
<h1 class="amp-title">{t}</h1>
<div class="amp-byline">{by}</div>
<amp-img src="/media/{meta['name']}.jpg" width="1200" height="800" layout="responsive" alt=""></amp-img>
<div class="amp-article-body">
{body}
</div>
</article>
{after}
</main>
<footer class="amp-footer">{foot}</footer>
{consent}
</body>
</html>
"""
    if p == "custom":
        return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
{H}
<link rel="stylesheet" href="/static/css/site.min.css?v=20261128">
</head>
<body class="page-article">
<div class="page">
<header class="masthead"><a class="masthead__logo" href="/">{site}</a>{nav(meta, 'masthead__nav')}<a class="masthead__account" href="/konto/">{e(meta.get('account','Login'))}</a></header>
<div class="page__content">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<div class="story__kicker">{sec}</div>
<h1 class="story__title" itemprop="headline">{t}</h1>
<div class="story__meta">{by}</div>
<figure class="story__media"><img src="/media/{meta['name']}.jpg" alt=""></figure>
<div class="story__text" itemprop="articleBody">
{body}
</div>
</article>
{after}
</div>
<footer class="page-footer">{foot}</footer>
</div>
{consent}
<script src="/static/js/site.min.js?v=20261128" defer></script>
</body>
</html>
"""
    raise SystemExit("unknown platform " + p)

def main(paths):
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    for path in paths:
        meta, comments, secs = parse(path)
        must, mustnot = [], []
        secs = {k: mark(v, must, mustnot) for k, v in secs.items()}
        page = render(meta, secs)
        name = meta["name"]
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        lines = comments + ["url: " + meta["url"], "title: " + meta["title"], ""]
        lines += ["must: " + m for m in must] + [""] + ["mustnot: " + m for m in mustnot]
        with open(os.path.join(out, name + ".phrases"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(name, len(must), len(mustnot))

if __name__ == "__main__":
    main(sys.argv[1:])
