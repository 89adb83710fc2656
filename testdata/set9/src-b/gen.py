#!/usr/bin/env python3
"""Render set-9 (part b) pages from src-b/NAME.txt.

A source file has `key: value` lines, `#` comment lines (copied to the
phrase file), then sections introduced by `--- name` (nav, byline, body,
after, consent, footer). In the sections, [[...]] marks a must phrase and
{{...}} a mustnot phrase; the markers are removed from the HTML.
"""
import html, json, re, sys, os

MARK = re.compile(r'\[\[(.+?)\]\]|\{\{(.+?)\}\}', re.S)

def parse(path):
    meta, comments, secs, cur = {}, [], {}, None
    for line in open(path, encoding='utf-8'):
        if line.startswith('--- '):
            cur = line[4:].strip(); secs[cur] = ''; continue
        if cur is None:
            s = line.rstrip('\n')
            if s.startswith('#'): comments.append(s)
            elif ':' in s:
                k, v = s.split(':', 1); meta[k.strip()] = v.strip()
        else:
            secs[cur] += line
    return meta, comments, secs

def strip(s, must, mustnot):
    def rep(m):
        if m.group(1) is not None:
            must.append(' '.join(m.group(1).split())); return m.group(1)
        mustnot.append(' '.join(m.group(2).split())); return m.group(2)
    return MARK.sub(rep, s)

P = {
 'wp': dict(body='post-template-default single single-post wp-theme-{theme}', art='<article id="post-{id}" class="post-{id} post type-post status-publish format-standard hentry category-{cat}">', head='<header class="entry-header"><h1 class="entry-title">{h1}</h1><div class="entry-meta">{byline}</div></header>', content='<div class="entry-content">', wrap_open='<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p></div><nav id="site-navigation" class="main-navigation">{nav}</nav></header><div id="content" class="site-content"><main id="main" class="site-main">', wrap_close='</main></div><footer id="colophon" class="site-footer">{footer}</footer></div>'),
 'ghost': dict(body='post-template tag-{cat}', art='<article class="gh-article post tag-{cat}">', head='<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/{cat}/">{cat}</a><h1 class="gh-article-title">{h1}</h1><div class="gh-article-meta">{byline}</div></header>', content='<section class="gh-content gh-canvas">', content_close='</section>', wrap_open='<div class="gh-site"><header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">{site}</a><nav class="gh-head-menu">{nav}</nav></div></header><main class="gh-main">', wrap_close='</main><footer class="gh-foot"><div class="gh-foot-inner">{footer}</div></footer></div>'),
 'substack': dict(body='substack-post', art='<article class="typography newsletter-post post">', head='<div class="post-header"><h1 class="post-title published">{h1}</h1><div class="post-meta">{byline}</div></div>', content='<div class="available-content"><div class="body markup" dir="auto">', wrap_open='<div id="entry"><div class="main-menu"><div class="navbar"><a class="navbar-title-link" href="/">{site}</a><div class="navbar-buttons">{nav}</div></div></div><div class="container"><div class="single-post-container">', wrap_close='</div></div><div class="footer-wrap"><div class="footer">{footer}</div></div></div>', close_extra='</div>'),
 'drupal': dict(body='path-node page-node-type-article', art='<article data-history-node-id="{id}" role="article" class="node node--type-article node--promoted node--view-mode-full">', head='<h1 class="page-title"><span class="field field--name-title field--type-string">{h1}</span></h1><div class="node__meta">{byline}</div>', content='<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">', wrap_open='<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header class="site-header" role="banner"><div class="site-branding__text"><a href="/" rel="home">{site}</a></div><nav role="navigation" class="menu--main block block-menu">{nav}</nav></header><main role="main" class="main-content"><div class="region region-content">', wrap_close='</div></main><footer class="site-footer" role="contentinfo"><div class="region region-footer">{footer}</div></footer></div></div>', close_extra='</div>'),
 'next': dict(body='', art='<article class="ArticlePage_article__{h1x}">', head='<header class="ArticleHeader_header__Q3v8n"><p class="ArticleHeader_kicker__b2Ls0">{cat}</p><h1 class="ArticleHeader_title__x7KpA">{h1}</h1><div class="ArticleHeader_meta__0mTzd">{byline}</div></header>', content='<div class="ArticleBody_body__T4c1e">', wrap_open='<div id="__next"><header class="SiteHeader_root__9fJqd"><a class="SiteHeader_logo__1xLmb" href="/">{site}</a><nav class="SiteHeader_nav__Wc2pQ">{nav}</nav></header><main class="Layout_main__kP0aZ">', wrap_close='</main><footer class="SiteFooter_root__e8NtS">{footer}</footer></div>'),
 'arc': dict(body='', art='<article class="b-article-body-wrapper">', head='<div class="b-article-header"><div class="c-overline">{cat}</div><h1 class="c-heading b-headline">{h1}</h1><div class="b-byline">{byline}</div></div>', content='<div class="c-article-body b-article-body">', wrap_open='<div id="fusion-app" class="layout-section"><header class="b-header-nav-chain"><a class="c-link b-header-nav-chain__logo" href="/">{site}</a><nav class="b-links-bar">{nav}</nav></header><main class="b-single-column-regular">', wrap_close='</main><footer class="b-footer">{footer}</footer></div>'),
 'amp': dict(body='amp-article', art='<article class="amp-wp-article">', head='<header class="amp-wp-article-header"><h1 class="amp-wp-title">{h1}</h1><div class="amp-wp-meta">{byline}</div></header>', content='<div class="amp-wp-article-content">', wrap_open='<header id="top" class="amp-wp-header"><div><a href="/">{site}</a></div><nav class="amp-nav">{nav}</nav></header><main>', wrap_close='</main><footer class="amp-wp-footer">{footer}</footer>'),
 'custom': dict(body='{cls}-article', art='<article class="{cls}-story" itemscope itemtype="https://schema.org/NewsArticle">', head='<header class="{cls}-story__head"><span class="{cls}-story__section">{cat}</span><h1 class="{cls}-story__title" itemprop="headline">{h1}</h1><div class="{cls}-story__meta">{byline}</div></header>', content='<div class="{cls}-story__text" itemprop="articleBody">', wrap_open='<div class="{cls}-page"><header class="{cls}-top"><a class="{cls}-logo" href="/">{site}</a><nav class="{cls}-menu">{nav}</nav></header><main class="{cls}-main">', wrap_close='</main><footer class="{cls}-footer">{footer}</footer></div>'),
}

def render(path, outdir):
    meta, comments, secs = parse(path)
    must, mustnot = [], []
    S = {k: strip(v, must, mustnot).strip() for k, v in secs.items()}
    h1 = meta['title']
    p = P[meta['platform']]
    f = dict(theme=meta.get('theme', ''), id=meta.get('id', '4821'), cat=meta.get('cat', 'nieuws'), h1=h1,
             byline=S.get('byline', ''), site=meta['site'], nav=S.get('nav', ''), footer=S.get('footer', ''),
             cls=meta.get('cls', 'cms'), h1x=meta.get('hash', 'aZ81k'))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": h1,
          "description": meta['desc'], "datePublished": meta['date'], "dateModified": meta.get('modified', meta['date']),
          "author": [{"@type": "Person", "name": meta['author']}] if meta.get('author') else {"@type": "Organization", "name": meta['site']},
          "publisher": {"@type": "Organization", "name": meta['site']},
          "mainEntityOfPage": meta['url'], "inLanguage": meta['lang']}
    amp = meta['platform'] == 'amp'
    e = html.escape
    head = [f'<!DOCTYPE html>', f'<html {"amp " if amp else ""}lang="{meta["lang"]}">', '<head>', '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<title>{e(h1)} {meta.get("sep", "|")} {e(meta["site"])}</title>',
            f'<meta name="description" content="{e(meta["desc"])}">',
            f'<link rel="canonical" href="{meta["url"]}">',
            f'<meta property="og:type" content="article">', f'<meta property="og:site_name" content="{e(meta["site"])}">',
            f'<meta property="og:title" content="{e(h1)}">', f'<meta property="og:description" content="{e(meta["desc"])}">',
            f'<meta property="og:url" content="{meta["url"]}">', f'<meta property="og:image" content="{meta.get("img", meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2] + "/media/lead.jpg")}">',
            f'<meta property="article:published_time" content="{meta["date"]}">']
    if amp:
        head += ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                 '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>',
                 '<style amp-boilerplate>body{visibility:hidden}</style><noscript><style amp-boilerplate>body{visibility:visible}</style></noscript>',
                 '<style amp-custom>.amp-wp-article{max-width:720px;margin:0 auto}</style>']
    else:
        head += [f'<link rel="stylesheet" href="/assets/{meta["platform"]}.min.css">']
    head += ['<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>']
    body_cls = p['body'].format(**f)
    out = head + [f'<body class="{body_cls}">' if body_cls else '<body>', p['wrap_open'].format(**f), p['art'].format(**f),
                  p['head'].format(**f), p['content'].format(**f), S['body'], p.get('content_close', '</div>') + p.get('close_extra', ''),
                  S.get('after', ''), '</article>', S.get('outside', ''), p['wrap_close'].format(**f), S.get('consent', ''), '</body>', '</html>']
    name = os.path.basename(path)[:-4]
    open(os.path.join(outdir, name + '.html'), 'w', encoding='utf-8').write('\n'.join(x for x in out if x) + '\n')
    ph = comments + [f'url: {meta["url"]}', f'title: {h1}', ''] + [f'must: {m}' for m in must] + [''] + [f'mustnot: {m}' for m in mustnot]
    open(os.path.join(outdir, name + '.phrases'), 'w', encoding='utf-8').write('\n'.join(ph) + '\n')

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    for a in sys.argv[1:]:
        render(a, os.path.dirname(here))
