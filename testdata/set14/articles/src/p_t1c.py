# Trap 1 (part 3) and trap 2 (separators).
PAGES = [
dict(
name="pt-ghost-coimbra-eletricos-bateria",
comment="""trap 1 (component CMS classes): pt-PT independent local site on Ghost 5 (Source theme).
Story text sits in div.kg-card kg-callout-card (a reporter's own figures), kg-card kg-header-card,
kg-card kg-bookmark-card-like wrapper named kg-card-hascaption popup-note, and gh-content section blocks.
Real: tag/date/reading time, share bar, members signup CTA, related posts, footer.""",
lang="pt-PT", site="Mondego Diário", author="Rita Carvalhal",
url="https://mondegodiario.example/trolleicarros-coimbra-baterias/",
title="Coimbra testa troleicarros com bateria para chegar à Pedrulha",
desc="Os SMTUC vão pôr a circular dois troleicarros que andam sem catenária durante oito quilómetros.",
date="2026-11-28T11:00:00.000Z", ldtype="BlogPosting",
nav=["Cidade", "Região", "Universidade", "Cultura", "Sobre nós"],
bodyclass="post-template tag-mobilidade has-sans-title",
headextra='<meta name="generator" content="Ghost 5.120">',
headerclass="gh-navigation is-left-logo",
navclass="gh-navigation-menu",
footer="Mondego Diário · Jornalismo local em Coimbra · Publicado com Ghost",
article="""<main id="gh-main" class="gh-main"><article class="gh-article post tag-mobilidade">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/mobilidade/">Mobilidade</a>
<h1 class="gh-article-title is-title">Coimbra testa troleicarros com bateria para chegar à Pedrulha</h1>
<div class="gh-article-meta"><span class="gh-article-author-name">Rita Carvalhal</span> <time class="gh-article-date">{{28 nov. 2026}}</time> <span class="gh-article-meta-length">{{— 5 min de leitura}}</span></div></header>
<section class="gh-content gh-canvas is-body">
<p>[[Os Serviços Municipalizados de Transportes Urbanos de Coimbra vão testar]], a partir de janeiro, dois troleicarros capazes de circular sem estar ligados à catenária. A ideia é levar a tração elétrica a bairros onde nunca chegaram os fios, a começar pela Pedrulha.</p>
<div class="kg-card kg-header-card kg-v2 kg-width-full kg-style-accent"><div class="kg-header-card-content"><div class="kg-header-card-text">
<p class="kg-header-card-subheading">[[Coimbra é a única cidade portuguesa que ainda tem troleicarros]], e a rede encolheu de nove linhas nos anos 80 para apenas uma, a 103, entre a Estação Nova e os Olivais.</p>
</div></div></div>
<p>Os dois veículos novos, construídos em Braga, têm baterias que carregam enquanto andam debaixo da catenária. [[Depois conseguem fazer até oito quilómetros sem fios]], o suficiente para subir à Pedrulha e voltar ao centro sem precisar de estação de carregamento própria.</p>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🔋</div><div class="kg-callout-text">[[Cada troleicarro custou 980 mil euros]], pagos em 85% por fundos europeus. [[A bateria pesa 1,4 toneladas e deve durar dez anos.]]</div></div>
<p>O vereador da mobilidade, Luís Amaral, admite que o teste chega tarde. [[A cidade chegou a discutir o fim dos troleicarros em 2019]], quando a catenária precisava de obras caras. "Hoje percebemos que tínhamos uma vantagem que outras cidades estão a pagar para construir", disse.</p>
<div class="kg-card kg-card-hascaption popup-note kg-width-wide">
<p>Os motoristas já fizeram formação. [[Na primeira semana, os troleicarros vão circular sem passageiros]] para medir o consumo nas subidas da Rua da Sofia, onde a inclinação chega aos 9%. Só depois entram ao serviço na linha 103.</p>
</div>
<p>A associação de moradores da Pedrulha pediu que o teste inclua os horários da noite. [[Os autocarros a gasóleo que hoje servem o bairro são os mais velhos da frota]], com mais de 18 anos. O resultado do teste será apresentado à câmara em junho.</p>
</section>
<div class="gh-share"><span>{{Partilhar este artigo}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
</article></main>""",
post="""<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title">{{Receba o Mondego Diário no seu email}}</h2><p>{{Notícias de Coimbra todas as manhãs, sem publicidade.}}</p><a href="#/portal/signup" class="gh-button">Subscrever</a></div></section>
<section class="gh-container is-grid gh-outer"><h2 class="gh-container-title">{{Leia também}}</h2><article class="gh-card post"><a class="gh-card-link" href="/metrobus-atrasos/"><h3 class="gh-card-title">{{Metrobus do Mondego volta a atrasar obras em Miranda}}</h3></a></article></section>""",
),
dict(
name="fr-custom-handball-ligue-resultats",
comment="""trap 2 (separators): fr regional sports desk, custom CMS. Results lines with '|' between
the scores ("Chambéry 31 | 28 Nîmes") and a round table in prose with '/' are article text.
Real: breadcrumb "Accueil › Sport › Handball" (one mustnot), byline/date, share bar, most-read list, footer.""",
lang="fr-FR", site="Le Courrier des Alpes", author="Baptiste Morel",
url="https://www.courrierdesalpes.example/sport/handball/starligue-chambery-renverse-nimes",
title="Handball : Chambéry renverse Nîmes et remonte sur le podium",
desc="Menés de cinq buts à la pause, les Savoyards l'ont emporté 31-28 grâce à une seconde période de haute volée.",
date="2026-11-29T22:45:00+01:00",
nav=["Savoie", "Haute-Savoie", "Isère", "Sport", "Montagne"],
bodyclass="page-article rubrique-sport",
footer="Le Courrier des Alpes · Mentions légales · Contact de la rédaction",
pre="""<nav class="fil-ariane" aria-label="Fil d'Ariane"><ol><li><a href="/">{{Accueil</a></li><li>› <a href="/sport">Sport</a></li><li>› <a href="/sport/handball">Handball}}</a></li></ol></nav>""",
article="""<main class="contenu"><article class="article article--sport">
<h1 class="article__titre">Handball : Chambéry renverse Nîmes et remonte sur le podium</h1>
<div class="article__signature"><span class="auteur">{{Par Baptiste Morel}}</span> <time>{{Le 29/11/2026 à 22h45}}</time></div>
<div class="article__corps">
<p>[[Menés 13-18 à la pause, les Chambériens ont retourné le match]] en vingt minutes, samedi soir au Phare, devant 4 100 spectateurs. Portés par leur gardien Hugo Lanfranchi, auteur de quatorze arrêts, ils s'imposent face à Nîmes et reprennent la troisième place de Starligue.</p>
<p>Le scénario a longtemps semblé écrit d'avance. Nîmes, plus rapide sur les montées de balle, a mené de sept buts à la 26e minute. [[« On a pris une leçon en première période »]], reconnaissait l'entraîneur savoyard Mathieu Crozet, qui a changé sa défense au retour des vestiaires en passant en 0-6.</p>
<p>Le tournant est venu entre la 38e et la 45e minute : un 7-0 sec, trois interceptions et deux buts en contre de l'ailier Yanis Bekkar. [[Nîmes n'a plus marqué pendant près de neuf minutes]], et Chambéry a fini par creuser l'écart sur jets de sept mètres.</p>
<h2>Les résultats de la 12e journée</h2>
<p class="resultat">[[Chambéry 31 | 28 Nîmes]]</p>
<p class="resultat">[[Aix 27 | 27 Montpellier]]</p>
<p class="resultat">[[Dunkerque 24 | 30 Paris]]</p>
<p class="resultat">[[Toulouse 33 | 29 Limoges]]</p>
<p>Au classement, Paris reste seul en tête avec 22 points, devant Montpellier (19) et Chambéry (18). [[Buts marqués / encaissés : 372 / 318 pour les Savoyards]], la deuxième meilleure défense du championnat derrière celle du leader.</p>
<p>La suite s'annonce plus rude : Chambéry se déplace à Montpellier mercredi, puis reçoit Paris le 13 décembre avant la trêve internationale. [[Crozet devra se passer de son demi-centre Lucas Pereira]], touché à la cheville en fin de match et qui passera une IRM lundi.</p>
<p>Côté nîmois, la défaite coûte cher : l'équipe glisse au sixième rang. [[« On a arrêté de jouer quand on a cru que c'était fini »]], a regretté le capitaine Adrien Castel, qui réclame « une vraie explication » à l'entraînement dès lundi.</p>
</div>
<div class="partage"><span>{{Partager sur}}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
</article></main>""",
post="""<aside class="les-plus-lus"><h2>{{Les plus lus}}</h2><ol><li><a href="/savoie/tunnel">{{Tunnel du Fréjus : la circulation alternée prolongée}}</a></li><li><a href="/sport/ski/coupe-du-monde">{{Coupe du monde de ski : Val d'Isère prête malgré le redoux}}</a></li></ol></aside>""",
),
]
