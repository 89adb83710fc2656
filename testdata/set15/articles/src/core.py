"""Shared page builder for set15/articles. [[...]] marks a must phrase,
{{...}} a mustnot phrase; build strips the markers and writes NAME.html
and NAME.phrases one directory up."""
import json, re, os, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
MARK = re.compile(r'\[\[(.*?)\]\]|\{\{(.*?)\}\}', re.S)


def build(p):
    must, mustnot = [], []
    def repl(m):
        if m.group(1) is not None:
            must.append(m.group(1)); return m.group(1)
        mustnot.append(m.group(2)); return m.group(2)
    body = MARK.sub(repl, p['body'].replace('%H1%', html.escape(p['title'], quote=False)))
    for x in must + mustnot:
        assert '<' not in x and '&' not in x, x
    ld = {"@context": "https://schema.org", "@type": p['type'], "headline": p['title'],
          "description": p['desc'], "datePublished": p['date'], "inLanguage": p['lang'],
          "author": {"@type": "Person", "name": p['author']},
          "publisher": {"@type": "Organization", "name": p['site']},
          "mainEntityOfPage": p['url']}
    e = lambda s: html.escape(s, quote=True)
    out = f'''<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p['title'])} | {e(p['site'])}</title>
<meta name="description" content="{e(p['desc'])}">
<link rel="canonical" href="{p['url']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(p['site'])}">
<meta property="og:title" content="{e(p['title'])}">
<meta property="og:description" content="{e(p['desc'])}">
<meta property="og:url" content="{p['url']}">
<meta property="article:published_time" content="{p['date']}">
{p.get('headextra', '').strip()}
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
{body.strip()}
</html>
'''
    out = re.sub(r'\n{2,}', '\n', out)
    with open(os.path.join(OUT, p['name'] + '.html'), 'w') as f:
        f.write(out)
    lines = ['# ' + c for c in p['comments']]
    lines += ['url: ' + p['url'], 'title: ' + p['title'], '']
    lines += ['must: ' + m for m in must] + [''] + ['mustnot: ' + m for m in mustnot]
    with open(os.path.join(OUT, p['name'] + '.phrases'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
