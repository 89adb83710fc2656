#!/usr/bin/env python3
"""Render set-9 (part a) pages from src-a/NAME.txt.

NAME.txt: 'key: value' header lines (name, platform, lang, url, site, title,
desc, published, author, section, and '#' comment lines), then sections
introduced by '--- byline', '--- body', '--- after', '--- consent',
'--- footer'. In the text, [[...]] marks a must phrase and {{...}} a
mustnot phrase; the markers are stripped from the HTML.
"""
import html, json, re, sys, os, zlib, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r'\[\[(.+?)\]\]|\{\{(.+?)\}\}', re.S)


def parse(path):
    meta, comments, secs, cur = {}, [], {}, None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if cur is None:
            if line.startswith('--- '):
                cur = line[4:].strip(); secs[cur] = []
            elif line.startswith('#'):
                comments.append(line)
            elif ':' in line:
                k, v = line.split(':', 1); meta[k.strip()] = v.strip()
            continue
        if line.startswith('--- '):
            cur = line[4:].strip(); secs[cur] = []
        else:
            secs[cur].append(line)
    return meta, comments, {k: '\n'.join(v) for k, v in secs.items()}


def strip(text, must, mustnot):
    def rep(m):
        if m.group(1) is not None:
            must.append(m.group(1)); return m.group(1)
        mustnot.append(m.group(2)); return m.group(2)
    return MARK.sub(rep, text)


def jsonld(m):
    d = {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": m['title'], "description": m['desc'],
         "datePublished": m['published'], "inLanguage": m['lang'],
         "author": [{"@type": "Person", "name": m['author']}],
         "publisher": {"@type": "Organization", "name": m['site']},
         "mainEntityOfPage": m['url']}
    return json.dumps(d, ensure_ascii=False)


def head(m, extra=''):
    e = html.escape
    img = m['url'].split('/', 3)[:3]
    return f'''<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(m['title'])} | {e(m['site'])}</title>
<meta name="description" content="{e(m['desc'])}">
<link rel="canonical" href="{e(m['url'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(m['title'])}">
<meta property="og:description" content="{e(m['desc'])}">
<meta property="og:url" content="{e(m['url'])}">
<meta property="og:site_name" content="{e(m['site'])}">
<meta property="og:image" content="{'/'.join(img)}/media/{m['name']}.jpg">
<meta property="article:published_time" content="{m['published']}">
<meta name="twitter:card" content="summary_large_image">
{extra}<script type="application/ld+json">{jsonld(m)}</script>
</head>'''


def nav(m, items, cls):
    lis = ''.join(f'<li><a href="/{re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", i.lower()).encode("ascii", "ignore").decode()).strip("-")}/">{html.escape(i)}</a></li>' for i in items)
    return f'<nav class="{cls}" aria-label="Menu"><ul>{lis}</ul></nav>'


def render(m, s):
    p = m['platform']; t = html.escape(m['title']); site = html.escape(m['site'])
    navitems = [x.strip() for x in m.get('nav', '').split(',') if x.strip()]
    by, body, after = s.get('byline', ''), s.get('body', ''), s.get('after', '')
    consent, footer = s.get('consent', ''), s.get('footer', '')
    L = m['lang']
    if p.startswith('wp'):
        theme = p.split('-', 1)[1] if '-' in p else 'astra'
        return f'''<!DOCTYPE html>
<html lang="{L}">
{head(m, f'<meta name="generator" content="WordPress 6.8.3">{chr(10)}<link rel="stylesheet" id="{theme}-theme-css" href="/wp-content/themes/{theme}/style.min.css" media="all">{chr(10)}')}
<body class="post-template-default single single-post postid-{zlib.crc32(m["name"].encode())%90000+1000} single-format-standard wp-theme-{theme}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{html.escape(m.get('skip','Skip to content'))}</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p><p class="site-description">{html.escape(m.get('tagline',''))}</p></div>
{nav(m, navitems, 'main-navigation')}</header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-1" class="post type-post status-publish format-standard has-post-thumbnail hentry category-{html.escape(m.get('section','news').lower())}">
<header class="entry-header"><span class="cat-links"><a href="/category/{html.escape(m.get('section','news').lower())}/" rel="category tag">{html.escape(m.get('section',''))}</a></span>
<h1 class="entry-title">{t}</h1>
<div class="entry-meta">{by}</div></header>
<div class="entry-content">
{body}
</div>
</article>
{after}
</main></div>
<footer id="colophon" class="site-footer">{footer}</footer>
</div>
{consent}
<script src="/wp-includes/js/wp-embed.min.js"></script>
</body>
</html>
'''
    if p == 'ghost':
        return f'''<!DOCTYPE html>
<html lang="{L}">
{head(m, '<meta name="generator" content="Ghost 5.101">' + chr(10) + '<link rel="stylesheet" href="/assets/built/screen.css?v=8c1b2a">' + chr(10))}
<body class="post-template tag-{html.escape(m.get('section','news').lower())} is-head-left-logo has-serif-body">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{site}</a></div>
{nav(m, navitems, 'gh-head-menu')}<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">{html.escape(m.get('signin','Sign in'))}</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-{html.escape(m.get('section','news').lower())}">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{html.escape(m.get('section','news').lower())}/">{html.escape(m.get('section',''))}</a></span></section>
<h1 class="article-title">{t}</h1>
<div class="article-byline"><div class="article-byline-content">{by}</div></div></header>
<section class="gh-content gh-canvas">
{body}
</section>
</article>
{after}
</main></div>
<footer class="site-footer outer"><div class="inner">{footer}</div></footer>
</div>
{consent}
<script src="/public/portal.min.js" data-ghost="/" defer></script>
</body>
</html>
'''
    if p == 'substack':
        return f'''<!DOCTYPE html>
<html lang="{L}">
{head(m)}
<body class="pc-root">
<div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">{site}</a>{nav(m, navitems, 'navbar-buttons')}</div></div>
<div class="container"><div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{t}</h1>
<div class="post-meta post-meta-header">{by}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
{body}
</div></div>
</article>
{after}
</div></div>
<div class="footer-wrap"><div class="footer">{footer}</div></div>
</div>
{consent}
</body>
</html>
'''
    if p == 'drupal':
        return f'''<!DOCTYPE html>
<html lang="{L}" dir="ltr">
{head(m, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">' + chr(10))}
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{html.escape(m.get('skip','Skip to main content'))}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header class="site-header" role="banner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{site}</a></div></div>
{nav(m, navitems, 'primary-nav')}</header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region--content-above"><div class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title">{t}</span></h1></div></div>
<div class="region region--content">
<article role="article" class="node node--type-article node--view-mode-full">
<footer class="node__meta">{by}</footer>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
</div>
</article>
{after}
</div></main>
<footer class="site-footer"><div class="region region--footer">{footer}</div></footer>
</div></div></div>
{consent}
</body>
</html>
'''
    if p == 'nextjs':
        h = m.get('hash', 'q7x2')
        return f'''<!DOCTYPE html>
<html lang="{L}">
{head(m, f'<link rel="stylesheet" href="/_next/static/css/{h}a91c.css" data-n-g="">' + chr(10))}
<body>
<div id="__next"><div class="Layout_wrapper__{h}a">
<header class="SiteHeader_header__{h}b"><a class="SiteHeader_logo__{h}c" href="/">{site}</a>{nav(m, navitems, 'SiteHeader_nav__'+h+'d')}</header>
<main class="Layout_main__{h}e">
<article class="ArticleLayout_article__{h}f">
<div class="ArticleHeader_root__{h}g"><span class="ArticleHeader_kicker__{h}h">{html.escape(m.get('section',''))}</span><h1 class="ArticleHeader_headline__{h}i">{t}</h1>
<div class="Byline_byline__{h}j">{by}</div></div>
<div class="ArticleBody_body__{h}k">
{body}
</div>
</article>
{after}
</main>
<footer class="SiteFooter_footer__{h}l">{footer}</footer>
</div></div>
{consent}
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{m['name']}"}}}},"page":"/[section]/[slug]","buildId":"b{h}"}}</script>
</body>
</html>
'''
    if p == 'amp':
        return f'''<!doctype html>
<html amp lang="{L}">
{head(m, '<script async src="https://cdn.ampproject.org/v0.js"></script>' + chr(10) + '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>' + chr(10) + '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>' + chr(10) + '<style amp-custom>body{font-family:Georgia,serif}.amp-article{max-width:680px;margin:0 auto}</style>' + chr(10))}
<body>
<header class="amp-header"><a class="amp-logo" href="/">{site}</a>{nav(m, navitems, 'amp-nav')}</header>
<main class="amp-main"><article class="amp-article">
<header class="amp-article-header"><p class="amp-rubrique">{html.escape(m.get('section',''))}</p><h1 class="amp-title">{t}</h1>
<div class="amp-byline">{by}</div></header>
<div class="amp-article-content">
{body}
</div>
</article>
{after}
</main>
<footer class="amp-footer">{footer}</footer>
{consent}
</body>
</html>
'''
    if p == 'arc':
        return f'''<!DOCTYPE html>
<html lang="{L}">
{head(m, '<link rel="stylesheet" href="/pf/resources/dist/styles/main.css?d=412">' + chr(10))}
<body>
<div id="fusion-app" class="layout-section">
<header class="c-header b-header"><a class="c-header__logo" href="/">{site}</a>{nav(m, navitems, 'c-nav b-header-nav-chain')}</header>
<main class="b-right-rail-advanced">
<article class="b-article-body-block">
<div class="c-overline"><a href="/{html.escape(m.get('section','').lower())}/">{html.escape(m.get('section',''))}</a></div>
<h1 class="c-heading b-headline">{t}</h1>
<div class="b-byline c-attribution">{by}</div>
<div class="b-article-body">
{body}
</div>
</article>
{after}
</main>
<footer class="b-footer c-footer">{footer}</footer>
</div>
{consent}
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="{m['name'].split('-')[0]}";</script>
</body>
</html>
'''
    # custom
    return f'''<!DOCTYPE html>
<html lang="{L}">
{head(m, '<link rel="stylesheet" href="/static/css/site.3f1e.css">' + chr(10))}
<body class="page-article">
<div class="site">
<header class="masthead"><div class="masthead__brand"><a href="/">{site}</a></div>{nav(m, navitems, 'masthead__nav')}</header>
<main class="content">
<article class="story">
<div class="story__kicker">{html.escape(m.get('section',''))}</div>
<h1 class="story__title">{t}</h1>
<div class="story__meta">{by}</div>
<div class="story__body">
{body}
</div>
</article>
{after}
</main>
<footer class="site-footer">{footer}</footer>
</div>
{consent}
<script src="/static/js/site.3f1e.js" defer></script>
</body>
</html>
'''


def main(paths):
    for path in paths:
        m, comments, s = parse(path)
        m['name'] = os.path.splitext(os.path.basename(path))[0]
        must, mustnot = [], []
        s = {k: strip(v, must, mustnot) for k, v in s.items()}
        page = render(m, s)
        open(os.path.join(OUT, m['name'] + '.html'), 'w', encoding='utf-8').write(page)
        lines = comments + [f"url: {m['url']}", f"title: {m['title']}", '']
        lines += [f'must: {x}' for x in must] + [''] + [f'mustnot: {x}' for x in mustnot]
        open(os.path.join(OUT, m['name'] + '.phrases'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
        print(m['name'], len(must), len(mustnot))


if __name__ == '__main__':
    main(sys.argv[1:])
