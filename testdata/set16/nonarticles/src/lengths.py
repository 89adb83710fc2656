#!/usr/bin/env python3
"""Print the word counts of the prose pieces the brief sizes."""
import os, re
from check import visible
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
def wc(f, pat):
    s = open(f).read()
    return [len(visible(m).split()) for m in re.findall(pat, s, re.S)]
for label, f, pat in [
 ('services 40-60', 'nonarticles/de-steuerkanzlei-leistungen-uebersicht.html', r'class="elementor-section service"[^>]*>.*?<p>(.*?)</p>'),
 ('features 30-50', 'nonarticles/sv-saas-funktioner-schemalaggning.html', r'class="feature-block"><h3>.*?</h3><p>(.*?)</p>'),
 ('product 100', 'nonarticles/it-negozio-scheda-moka-induzione.html', r'product-description"><h2>Descrizione</h2><p>(.*?)</p>'),
 ('hotel welcome 90', 'nonarticles/pt-hotel-pagina-inicial-boas-vindas.html', r'class="welcome"><h1>.*?</h1><p>(.*?)</p>'),
 ('faculty intro 80', 'nonarticles/es-facultad-ciencias-mar-portada.html', r'portlet intro"><h1>.*?</h1><p>(.*?)</p>'),
 ('charity appeal 60', 'nonarticles/fr-association-page-faire-un-don.html', r'don__appel"><h1>.*?</h1><p>(.*?)</p>'),
 ('job ad 150', 'nonarticles/nl-vacature-servicemonteur-warmtepompen.html', r'(<p class="vacature__intro">.*?)<div class="vacature__apply">'),
 ('flat 90', 'nonarticles/fr-agence-annonce-appartement-t3.html', r'class="description"><h2>Description</h2><p>(.*?)</p>'),
 ('culture 50', 'nonarticles/it-lavora-con-noi-cultura-aziendale.html', r'culture-block"><h2>.*?</h2><p>(.*?)</p>'),
 ('saas blog 500', 'odd/en-saas-blog-how-to-estimate-projects.html', r'blog-post__body">(.*?)<div class="blog-post__author-box">'),
 ('buying guide 400', 'odd/pl-sklep-poradnik-jak-wybrac-buty-trekkingowe.html', r'<h1>.*?</h1>(.*?)<section class="newsletter">'),
 ('council 150', 'odd/nl-gemeente-nieuws-wegwerkzaamheden-brug.html', r'class="datum">.*?</p>(.*?)<div class="delen">')]:
    print(label, wc(f, pat))
