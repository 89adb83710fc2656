#!/usr/bin/env python3
"""Render set6 pages from src/*.txt.

A source file has `key: value` header lines, `#` comment lines (copied into
the .phrases header), then sections opened by `===name` (byline, body,
after, consent, footer). In sections, [[...]] marks a must phrase and
{{...}} a mustnot phrase; the markers are removed and the phrase text
(tags stripped, entities decoded, whitespace collapsed) is written to the
.phrases file.
"""
import html, json, re, sys, os, unicodedata

def text_of(s):
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()

def parse(path):
    meta, comments, sec, cur = {}, [], {}, None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('==='):
            cur = line[3:].strip(); sec[cur] = []; continue
        if cur is None:
            if line.startswith('#'): comments.append(line)
            elif ':' in line:
                k, v = line.split(':', 1); meta[k.strip()] = v.strip()
        else:
            sec[cur].append(line)
    return meta, comments, {k: '\n'.join(v).strip('\n') for k, v in sec.items()}

def strip_marks(s, must, mustnot):
    def m(mo):
        must.append(text_of(mo.group(1))); return mo.group(1)
    def n(mo):
        mustnot.append(text_of(mo.group(1))); return mo.group(1)
    s = re.sub(r'\[\[(.+?)\]\]', m, s, flags=re.S)
    s = re.sub(r'\{\{(.+?)\}\}', n, s, flags=re.S)
    return s

def esc(s): return html.escape(s, quote=True)

def head(m, extra=''):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m['title'],
          "description": m['desc'], "datePublished": m['date'], "inLanguage": m['lang'],
          "author": [{"@type": "Person", "name": m.get('author', m['site'])}],
          "publisher": {"@type": "Organization", "name": m['site']},
          "mainEntityOfPage": m['url'], "image": m['url'].rstrip('/') + '/og.jpg'}
    if m.get('modified'): ld['dateModified'] = m['modified']
    amp = m['platform'] == 'amp'
    out = ['<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{esc(m["title"])}{esc(m.get("titlesuffix", " | " + m["site"]))}</title>',
           f'<meta name="description" content="{esc(m["desc"])}">',
           f'<link rel="canonical" href="{m["url"]}">',
           f'<meta property="og:type" content="article">',
           f'<meta property="og:title" content="{esc(m["title"])}">',
           f'<meta property="og:description" content="{esc(m["desc"])}">',
           f'<meta property="og:url" content="{m["url"]}">',
           f'<meta property="og:image" content="{m["url"].rstrip("/")}/og.jpg">',
           f'<meta property="og:site_name" content="{esc(m["site"])}">',
           f'<meta property="article:published_time" content="{m["date"]}">']
    if m.get('generator'): out.append(f'<meta name="generator" content="{m["generator"]}">')
    if amp:
        out += ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>',
                '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
                '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>',
                '<style amp-custom>body{font-family:Georgia,serif}.art{max-width:680px;margin:auto}</style>']
    else:
        out.append(f'<link rel="stylesheet" href="{m.get("css", "/assets/main.css")}">')
    out.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    out.append(extra)
    out.append('</head>')
    return '\n'.join(x for x in out if x)

def nav(m, cls='menu', item='menu-item'):
    items = m.get('nav', 'News|Politics|Culture').split('|')
    def slug(t):
        t = unicodedata.normalize('NFKD', t.lower()).encode('ascii', 'ignore').decode()
        return re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return f'<ul class="{cls}">' + ''.join(f'<li class="{item}"><a href="/{slug(i)}/">{esc(i)}</a></li>' for i in items) + '</ul>'

def render(m, s):
    p = m['platform']; site = esc(m['site']); title = esc(m['title'])
    by, body, after, consent, foot = (s.get(k, '') for k in ('byline', 'body', 'after', 'consent', 'footer'))
    if p == 'wp':
        theme = m.get('theme', 'astra')
        return f'''<body class="post-template-default single single-post postid-{m.get('postid','4127')} single-format-standard wp-theme-{theme}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{m.get('skip','Skip to content')}</a>
<header id="masthead" class="site-header {theme}-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p></div>
<nav id="site-navigation" class="main-navigation">{nav(m)}</nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{m.get('postid','4127')}" class="post-{m.get('postid','4127')} post type-post status-publish format-standard has-post-thumbnail hentry category-{m.get('cat','news')}">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
{by}
</header>
<div class="entry-content clear">
{body}
</div>
</article>
{after}
</main></div></div></div>
<footer id="colophon" class="site-footer">{foot}</footer>
</div>
{consent}
</body>'''
    if p == 'ghost':
        return f'''<body class="post-template tag-{m.get('cat','news')} gh-font-heading-serif">
<div class="gh-site">
<header id="gh-navigation" class="gh-navigation is-left-logo"><div class="gh-navigation-inner gh-inner"><a class="gh-navigation-logo" href="/">{site}</a><nav class="gh-navigation-menu">{nav(m, 'nav', 'nav-item')}</nav><div class="gh-navigation-actions"><a class="gh-button" href="#/portal/signup">{m.get('ghostbtn','Subscribe')}</a></div></div></header>
<main class="gh-main">
<article class="gh-article post tag-{m.get('cat','news')}">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/{m.get('cat','news')}/">{m.get('section','News')}</a><h1 class="gh-article-title is-title">{title}</h1>
{by}
</header>
<section class="gh-content gh-canvas is-body">
{body}
</section>
</article>
{after}
</main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner">{foot}<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
{consent}
</body>'''
    if p == 'substack':
        return f'''<body class="pc-root">
<div id="entry"><div class="main-menu"><div class="topBar"><a class="navbar-title-link" href="/">{site}</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">{m.get('subbtn','Subscribe')}</a><a class="button" href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title unpublished">{title}</h1>
{by}
</div>
<div class="available-content"><div dir="auto" class="body markup">
{body}
</div></div>
</article>
{after}
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer">{foot}</div></div>
</div>
{consent}
</body>'''
    if p == 'drupal':
        return f'''<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{m.get('skip','Skip to main content')}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header class="site-header" role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__name">{site}</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main">{nav(m, 'menu menu--level-1', 'menu__item')}</nav></div></header>
<main id="main-content" class="main-content" role="main"><div class="region region-content">
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article data-history-node-id="{m.get('postid','8812')}" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">{title}</span></h1>
<div class="node__meta">{by}</div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
</div>
</article>
</div>
{after}
</div></main>
<footer class="site-footer" role="contentinfo"><div class="region region-footer">{foot}</div></footer>
</div></div></div>
{consent}
</body>'''
    if p == 'nextsc':
        import hashlib
        m2 = dict(m); m2['platform'] = 'next'
        out = render(m2, s)
        def sc(mo):
            h = hashlib.md5(mo.group(1).encode()).hexdigest()
            a = ''.join(c for c in h if c.isalpha())[:2] + h[2:6]
            b = ''.join(chr(ord('a') + int(c, 16) % 26) for c in h[6:12])
            return f'class="sc-{a} {b[0].upper()}{b[1:]}"'
        return re.sub(r'class="([A-Z][A-Za-z]*_[A-Za-z0-9]+__[A-Za-z0-9]+)"', sc, out)
    if p == 'next':
        h = m.get('hash', 'a1b2c')
        return f'''<body>
<div id="__next">
<header class="Masthead_masthead__{h}"><a class="Masthead_logo__Q8eZt" href="/">{site}</a><nav class="Masthead_nav__3LkPw">{nav(m, 'Masthead_list__vR2dA', 'Masthead_item__Hc9sE')}</nav></header>
<main class="Layout_main__x7PqR">
<article class="Article_article__{h}">
<div class="Article_header__Zk4mN"><span class="Article_kicker__Tn2Wq">{m.get('section','News')}</span><h1 class="Article_headline__8sKdL">{title}</h1>
{by}
</div>
<div class="ArticleBody_body__mR5tY" data-testid="article-body">
{body}
</div>
</article>
{after}
</main>
<footer class="Footer_footer__Jd8Vb">{foot}</footer>
</div>
{consent}
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{m['url'].rstrip('/').split('/')[-1]}"}}}},"page":"/[section]/[slug]","buildId":"k3{h}"}}</script>
</body>'''
    if p == 'arc':
        return f'''<body>
<div id="fusion-app" class="layout-section">
<header class="c-nav b-header"><a class="b-header__logo" href="/">{site}</a><nav class="b-header__menu">{nav(m, 'b-header__list', 'b-header__item')}</nav></header>
<main class="b-right-rail-advanced__main">
<article class="b-article-body">
<div class="b-header-block"><div class="b-overline"><a href="/{m.get('cat','news')}/">{m.get('section','News')}</a></div><h1 class="b-headline c-heading">{title}</h1>
{by}
</div>
<div class="b-article-body__content">
{body}
</div>
</article>
{after}
</main>
<footer class="b-footer">{foot}</footer>
</div>
{consent}
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="{m.get('cat','news')}";</script>
</body>'''
    if p == 'amp':
        return f'''<body>
<header class="amp-header"><a class="amp-logo" href="/">{site}</a><nav class="amp-nav">{nav(m, 'amp-menu', 'amp-menu-item')}</nav></header>
<main class="art" role="main">
<article class="amp-article">
<header class="amp-article-header"><h1 class="amp-title">{title}</h1>
{by}
</header>
<div class="amp-article-content">
{body}
</div>
</article>
{after}
</main>
<footer class="amp-footer">{foot}</footer>
{consent}
</body>'''
    # custom
    return f'''<body class="{m.get('bodyclass','article-page')}">
<div class="wrapper">
<header class="top"><div class="top__brand"><a href="/">{site}</a></div><nav class="top__nav">{nav(m, 'top__menu', 'top__item')}</nav></header>
<div class="page"><main class="page__main">
<div class="{m.get('artclass','story')}">
<div class="{m.get('artclass','story')}__head"><p class="{m.get('artclass','story')}__rubric">{m.get('section','News')}</p><h1>{title}</h1>
{by}
</div>
<div class="{m.get('bodycls','story__text')}">
{body}
</div>
</div>
{after}
</main></div>
<footer class="bottom">{foot}</footer>
</div>
{consent}
</body>'''

def build(path, outdir):
    m, comments, s = parse(path)
    must, mustnot = [], []
    for k in ('byline', 'body', 'after', 'consent', 'footer'):
        if k in s: s[k] = strip_marks(s[k], must, mustnot)
    htmlattr = ' amp' if m['platform'] == 'amp' else ''
    doc = f'<!DOCTYPE html>\n<html{htmlattr} lang="{m["lang"]}">\n' + head(m) + '\n' + render(m, s) + '\n</html>\n'
    name = os.path.splitext(os.path.basename(path))[0]
    open(os.path.join(outdir, name + '.html'), 'w', encoding='utf-8').write(doc)
    ph = comments + [f'url: {m["url"]}', f'title: {m["title"]}', '']
    ph += [f'must: {x}' for x in must] + [''] + [f'mustnot: {x}' for x in mustnot]
    open(os.path.join(outdir, name + '.phrases'), 'w', encoding='utf-8').write('\n'.join(ph) + '\n')

if __name__ == '__main__':
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    for f in sys.argv[1:]: build(f, out)
