#!/usr/bin/env python3
"""Render set-7 pages from src/NAME.txt: [[...]] marks a must phrase,
{{...}} a mustnot phrase. Usage (inside src/): python3 gen.py *.txt"""
import html, json, re, sys, os

MARK = re.compile(r'\[\[(.*?)\]\]|\{\{(.*?)\}\}', re.S)

def parse(path):
    meta, sec, comments, cur = {}, {}, [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if cur is None and line.startswith('#'):
            comments.append(line); continue
        if line.startswith('== '):
            cur = line[3:].strip(); sec[cur] = []; continue
        if cur is None:
            if ':' in line:
                k, v = line.split(':', 1); meta[k.strip()] = v.strip()
            continue
        sec[cur].append(line)
    return meta, {k: '\n'.join(v).strip() for k, v in sec.items()}, comments

def strip(s, must, mustnot):
    def rep(m):
        if m.group(1) is not None:
            must.append(m.group(1)); return m.group(1)
        mustnot.append(m.group(2)); return m.group(2)
    return MARK.sub(rep, s)

def esc(s): return html.escape(s, quote=True)

def head(m, extra=''):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": m['title'], "description": m['desc'],
          "datePublished": m['date_iso'], "inLanguage": m['lang'],
          "author": {"@type": "Person", "name": m.get('author', m['site'])},
          "publisher": {"@type": "Organization", "name": m['site']},
          "mainEntityOfPage": m['host'] + m['path']}
    return f'''<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(m['title'])} | {esc(m['site'])}</title>
<meta name="description" content="{esc(m['desc'])}">
<link rel="canonical" href="{m['host']}{m['path']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(m['site'])}">
<meta property="og:title" content="{esc(m['title'])}">
<meta property="og:description" content="{esc(m['desc'])}">
<meta property="og:url" content="{m['host']}{m['path']}">
<meta property="article:published_time" content="{m['date_iso']}">
{extra}<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>'''

def nav(m, li='<li class="menu-item"><a href="{h}">{t}</a></li>'):
    return ''.join(li.format(h='/' + re.sub(r'\W+', '-', t.lower()).strip('-') + '/', t=esc(t)) for t in m['nav'].split('|'))

def wp(m, s):
    theme = m.get('theme', 'astra')
    hd = head(m, '<meta name="generator" content="WordPress 6.8.1">\n<link rel="stylesheet" id="%s-theme-css" href="%s/wp-content/themes/%s/style.min.css?ver=4.1" media="all">\n' % (theme, m['host'], theme))
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
{hd}
<body class="wp-singular post-template-default single single-post postid-{m.get('pid','4182')} single-format-standard {theme}-theme">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{m.get('skip','Skip to content')}</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{m['host']}/" rel="home">{esc(m['site'])}</a></p><p class="site-description">{esc(m.get('tagline',''))}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav(m)}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{m.get('pid','4182')}" class="post-{m.get('pid','4182')} post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header"><span class="cat-links"><a href="/category/{m.get('cat','news').lower()}/" rel="category tag">{esc(m.get('cat','News'))}</a></span>
<h1 class="entry-title">{esc(m['title'])}</h1>
<div class="entry-meta">{s['byline']}</div></header>
<div class="entry-content">
{s['body']}
</div>
</article>
{s.get('after','')}
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">{s.get('footer','')}</div></footer>
</div>
{s.get('consent','')}
</body>
</html>
'''

def ghost(m, s):
    hd = head(m, '<meta name="generator" content="Ghost 5.118">\n<link rel="stylesheet" href="/assets/built/screen.css?v=a91c2e">\n')
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
{hd}
<body class="post-template tag-{m.get('cat','news').lower()}">
<div class="gh-site">
<header id="gh-navigation" class="gh-navigation outer"><div class="gh-navigation-inner inner"><a class="gh-navigation-logo" href="{m['host']}">{esc(m['site'])}</a><nav class="gh-navigation-menu"><ul class="nav">{nav(m, '<li><a href="{h}">{t}</a></li>')}</ul></nav><div class="gh-navigation-actions"><a href="#/portal/signin" data-portal="signin">{m.get('signin','Sign in')}</a></div></div></header>
<main id="gh-main" class="gh-main">
<article class="gh-article post">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/{m.get('cat','news').lower()}/">{esc(m.get('cat','News'))}</a>
<h1 class="gh-article-title is-title">{esc(m['title'])}</h1>
<div class="gh-article-meta">{s['byline']}</div></header>
<section class="gh-content gh-canvas is-body">
{s['body']}
</section>
</article>
{s.get('after','')}
</main>
<footer class="gh-footer outer"><div class="gh-footer-inner inner">{s.get('footer','')}<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
{s.get('consent','')}
</body>
</html>
'''

def substack(m, s):
    hd = head(m, '<link rel="stylesheet" href="https://substackcdn.example/bundle/main.css">\n')
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
{hd}
<body class="pc-root">
<div id="entry"><div class="main-container">
<div class="topbar-content"><a class="navbar-title-link" href="{m['host']}/">{esc(m['site'])}</a><div class="nav-links">{nav(m, '<a class="nav-link" href="{h}">{t}</a>')}</div></div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw">{esc(m['title'])}</h1><h3 class="subtitle subtitle-HEEcLo">{esc(m['desc'])}</h3>
<div class="post-meta">{s['byline']}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
{s['body']}
</div></div>
</article>
{s.get('after','')}
</div></div></div>
<div class="footer-wrap"><div class="footer">{s.get('footer','')}</div></div>
</div></div>
{s.get('consent','')}
</body>
</html>
'''

def drupal(m, s):
    hd = head(m, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t2k9x1">\n')
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}" dir="ltr">
{hd}
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{m.get('skip','Skip to main content')}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">{esc(m['site'])}</a></div>
<nav class="primary-nav" role="navigation"><ul class="menu primary-nav__menu primary-nav__menu--level-1">{nav(m, '<li class="primary-nav__menu-item"><a href="{h}" class="primary-nav__menu-link">{t}</a></li>')}</ul></nav></header>
<div id="main-wrapper" class="layout-main-wrapper"><div id="main" class="layout-main"><main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region--content" id="content"><div id="block-main-page-content" class="block block-system block-system-main-block">
<article data-history-node-id="{m.get('pid','88213')}" role="article" class="node node--type-article node--view-mode-full">
<header class="node__header"><h1 class="page-title"><span class="field field--name-title">{esc(m['title'])}</span></h1>
<div class="node__meta">{s['byline']}</div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">
{s['body']}
</div></div>
</article>
{s.get('after','')}
</div></div></main></div></div>
<footer class="site-footer"><div class="site-footer__inner container">{s.get('footer','')}</div></footer>
</div></div></div>
{s.get('consent','')}
</body>
</html>
'''

def nextjs(m, s):
    hd = head(m, '<link rel="preload" href="/_next/static/css/8e1f2a0c4b6d.css" as="style">\n<link rel="stylesheet" href="/_next/static/css/8e1f2a0c4b6d.css" data-n-g="">\n')
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
{hd}
<body>
<div id="__next">
<header class="Header_header__kT9qz"><a class="Header_logo__Wq2mB" href="/">{esc(m['site'])}</a><nav class="Header_nav__f3XvA">{nav(m, '<a class="Header_link__pL0sd" href="{h}">{t}</a>')}</nav></header>
<main class="Layout_main__Zr1cE">
<article class="Article_article__b7LkP">
<div class="Article_kicker__xQ2nT">{esc(m.get('cat','News'))}</div>
<h1 class="Article_headline__3HdyV">{esc(m['title'])}</h1>
<p class="Article_dek__0pMma">{esc(m['desc'])}</p>
<div class="Byline_byline__Kc8rT">{s['byline']}</div>
<div class="ArticleBody_body__Ue7gH">
{s['body']}
</div>
</article>
{s.get('after','')}
</main>
<footer class="Footer_footer__nM4aQ">{s.get('footer','')}</footer>
</div>
{s.get('consent','')}
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{m['path']}"}}}},"page":"/[...slug]","buildId":"Xk2pQ9vL"}}</script>
</body>
</html>
'''

def arc(m, s):
    hd = head(m, '<link rel="stylesheet" href="/pf/resources/styles/default.css?d=412">\n')
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
{hd}
<body>
<div id="fusion-app" class="layout-section">
<header class="c-header b-header"><div class="b-header__logo"><a href="/">{esc(m['site'])}</a></div><nav class="b-header-nav-chain"><ul class="c-stack">{nav(m, '<li class="c-stack__item"><a class="c-link" href="{h}">{t}</a></li>')}</ul></nav></header>
<main class="b-single-column-regular">
<article class="b-article-body-block">
<div class="b-overline"><a class="c-link" href="/{m.get('cat','news').lower()}/">{esc(m.get('cat','News'))}</a></div>
<h1 class="b-headline c-heading">{esc(m['title'])}</h1>
<h2 class="b-subheadline c-heading">{esc(m['desc'])}</h2>
<div class="b-byline c-attribution">{s['byline']}</div>
<div class="b-article-body c-stack" data-style-direction="vertical">
{s['body']}
</div>
</article>
{s.get('after','')}
</main>
<footer class="b-footer">{s.get('footer','')}</footer>
</div>
{s.get('consent','')}
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="{m['site']}";</script>
</body>
</html>
'''

def custom(m, s):
    pre = m.get('prefix', 'art')
    hd = head(m, '<link rel="stylesheet" href="/static/css/site.%s.css?v=20261201">\n' % pre)
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
{hd}
<body class="page-article">
<div class="page">
<header class="masthead"><div class="masthead__brand"><a href="/">{esc(m['site'])}</a></div><ul class="masthead__nav">{nav(m, '<li><a href="{h}">{t}</a></li>')}</ul></header>
<div class="container">
<main class="{pre}-main">
<div class="{pre}-rubric"><a href="/{m.get('cat','news').lower()}/">{esc(m.get('cat','News'))}</a></div>
<h1 class="{pre}-title">{esc(m['title'])}</h1>
<div class="{pre}-meta">{s['byline']}</div>
<div class="{pre}-text">
{s['body']}
</div>
{s.get('after','')}
</main>
</div>
<footer class="site-foot">{s.get('footer','')}</footer>
</div>
{s.get('consent','')}
</body>
</html>
'''

def amp(m, s):
    hd = head(m, '<script async src="https://cdn.ampproject.org/v0.js"></script>\n<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>\n<style amp-custom>body{font-family:Georgia,serif}.amp-wrap{max-width:680px;margin:0 auto}</style>\n<style amp-boilerplate>body{-webkit-animation:none;animation:none}</style>\n')
    return f'''<!doctype html>
<html amp lang="{m['lang']}">
{hd}
<body>
<header class="amp-header"><a class="amp-logo" href="/">{esc(m['site'])}</a><nav class="amp-nav">{nav(m, '<a href="{h}">{t}</a> ')}</nav></header>
<main class="amp-wrap">
<article class="amp-article">
<h1 class="amp-title">{esc(m['title'])}</h1>
<div class="amp-meta">{s['byline']}</div>
<div class="amp-body">
{s['body']}
</div>
</article>
{s.get('after','')}
</main>
<footer class="amp-footer">{s.get('footer','')}</footer>
{s.get('consent','')}
</body>
</html>
'''

TPL = dict(wp=wp, ghost=ghost, substack=substack, drupal=drupal, nextjs=nextjs, arc=arc, custom=custom, amp=amp)

def render(path):
    m, s, comments = parse(path)
    must, mustnot = [], []
    m['byline'] = ''
    for k in ('byline', 'body', 'after', 'consent', 'footer'):
        s[k] = strip(s.get(k, ''), must, mustnot)
    out = TPL[m['tpl']](m, s)
    name = os.path.splitext(os.path.basename(path))[0]
    with open(f'../{name}.html', 'w', encoding='utf-8') as f:
        f.write(out)
    with open(f'../{name}.phrases', 'w', encoding='utf-8') as f:
        f.write('\n'.join(comments) + '\n')
        f.write(f"url: {m['host']}{m['path']}\ntitle: {m['title']}\n\n")
        f.write(''.join(f'must: {p}\n' for p in must) + '\n')
        f.write(''.join(f'mustnot: {p}\n' for p in mustnot))

for p in sys.argv[1:]:
    render(p)
