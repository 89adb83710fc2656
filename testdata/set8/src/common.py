def nav(links, cls="main-navigation", ul="menu"):
    return f'<nav class="{cls}"><ul class="{ul}">' + "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for h, t in links) + "</ul></nav>"

def wp(site, links, article, sidebar="", pre="", footer="", bodycls="single single-post"):
    return f"""<body class="{bodycls} wp-custom-logo">
{pre}<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p></div>{nav(links)}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{article}
</main></div>
{sidebar}</div>
<footer id="colophon" class="site-footer"><div class="site-info">{footer}</div></footer>
</div>
</body>"""

def custom(site, links, main, pre="", footer="", aside=""):
    return f"""<body>
{pre}<header class="top"><div class="wrap"><a class="logo" href="/">{site}</a>{nav(links, "primary", "nav-list")}</div></header>
<div class="wrap layout">
<main class="main-col">
{main}
</main>
{aside}</div>
<footer class="bottom"><div class="wrap">{footer}</div></footer>
</body>"""

def ps(*paras):
    return "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)

def share(label, nets):
    return f'<div class="share-bar"><span class="share-label">{label}</span>' + "".join(f'<a class="share-{n.lower()}" href="#">{n}</a>' for n in nets) + "</div>"

def related(title, items, cls="related-posts"):
    return f'<section class="{cls}"><h2>{title}</h2><ul>' + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in items) + "</ul></section>"
