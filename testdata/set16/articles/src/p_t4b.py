# Trap 4 (continued): poll, product box, author bio inside the article.
PAGES = []

PAGES.append(dict(
name="pt-br-custom-belo-horizonte-feira-hippie-enquete",
comment="""Trap 4 (boilerplate inside the article container): pt-BR city news portal on
a custom CMS. Inside div.materia-corpo, between the fourth and fifth
paragraphs, an embedded poll ("Enquete") with a question, four options,
a vote button and a results link (mustnot). The story is must. Real
boilerplate also: byline/date, "Leia também" link, share bar, LGPD bar.""",
lang="pt-BR", site="Portal Savassi", author="Larissa Fonseca",
date="2026-12-04T10:15:00-03:00",
url="https://www.portalsavassi.example/cidade/feira-hippie-afonso-pena-mudanca-horario-2027",
title="Feira Hippie vai abrir mais cedo e ganhar banheiros novos em 2027",
desc="Prefeitura de Belo Horizonte antecipa a abertura da feira de domingo e instala 40 banheiros na Avenida Afonso Pena.",
html="""
<body class="materia">
<div class="lgpd-bar"><p>{{Usamos cookies para melhorar sua navegação. Ao continuar, você concorda com nossa Política de Privacidade.}}</p><button>Entendi</button></div>
<header class="topo"><a class="topo__marca" href="/">Portal Savassi</a><nav class="topo__menu"><a href="/cidade/">Cidade</a> <a href="/politica/">Política</a> <a href="/esporte/">Esporte</a> <a href="/cultura/">Cultura</a> <a href="/gastronomia/">Gastronomia</a></nav></header>
<main>
<article class="materia-conteudo">
<h1 class="materia-titulo">Feira Hippie vai abrir mais cedo e ganhar banheiros novos em 2027</h1>
<div class="materia-assinatura"><span>{{Larissa Fonseca}}</span> <time>{{04/12/2026 10h15}}</time></div>
<div class="materia-corpo">
<p>[[A Feira de Artes, Artesanato e Produtores de Variedades de Belo Horizonte]], conhecida por todos como Feira Hippie, vai mudar de horário a partir de janeiro. [[As barracas da Avenida Afonso Pena poderão abrir às 7h,]] uma hora mais cedo que hoje, e devem encerrar as vendas às 14h.</p>
<p>[[A mudança foi pedida pelos próprios expositores]], que reclamam do calor no início da tarde, principalmente no verão. Segundo a associação dos feirantes, o movimento cai pela metade depois das 13h, e muitos já começavam a desmontar antes do horário oficial.</p>
<p>[[A prefeitura também vai instalar 40 banheiros químicos fixos]] ao longo da avenida, em quatro pontos entre a Rua da Bahia e a Avenida Álvares Cabral. Hoje a feira tem apenas dez cabines, que formam filas de até meia hora nos domingos de maior movimento.</p>
<p><strong>Leia também:</strong> <a href="/cidade/mercado-central-reforma-cobertura">{{Mercado Central fecha parte dos corredores para obra no telhado}}</a></p>
<p>[[Com cerca de 2 mil expositores, a Feira Hippie é uma das maiores]] feiras ao ar livre da América Latina. Aos domingos, recebe em média 70 mil visitantes, muitos deles turistas que chegam em excursões do interior de Minas e de outros estados.</p>
<div class="enquete" id="enquete-4412"><h3 class="enquete__titulo">{{Enquete: você aprova o novo horário da Feira Hippie?}}</h3>
<form class="enquete__form"><label><input type="radio" name="op"> {{Sim, às 7h é melhor por causa do calor}}</label> <label><input type="radio" name="op"> {{Não, prefiro que continue às 8h}}</label> <label><input type="radio" name="op"> Tanto faz</label> <label><input type="radio" name="op"> Não frequento a feira</label>
<button class="enquete__votar">{{Votar}}</button> <a class="enquete__resultado" href="/enquetes/4412/resultado">{{Ver resultado parcial}}</a></form></div>
<p>[[Os feirantes de alimentação são os únicos que não gostaram da ideia.]] Para eles, o público do almoço é o mais importante do dia, e o fechamento às 14h reduz as vendas. [[A prefeitura aceitou que as barracas de comida fiquem abertas até as 15h,]] em caráter experimental.</p>
<p>[[As novas regras começam a valer no domingo, 11 de janeiro]], e serão avaliadas depois de seis meses. A Belotur promete distribuir mapas atualizados da feira nos hotéis e no Centro de Atendimento ao Turista da Praça Sete.</p>
</div>
<div class="compartilhe"><span>{{Compartilhe esta matéria}}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
</article>
</main>
<footer class="rodape"><p>© 2026 Portal Savassi. Todos os direitos reservados.</p></footer>
</body>
"""))

PAGES.append(dict(
name="en-us-wp-cast-iron-skillet-product-box",
comment="""Trap 4 (boilerplate inside the article container): en-US home-cooking
magazine on WordPress. Inside div.entry-content, in the middle of the
story, an affiliate product box (image, product name, rating, price,
"Buy on ..." button, disclosure) (mustnot). The story is must. Real
boilerplate also: byline/date, affiliate disclosure line, Pinterest
save prompt, newsletter box, cookie banner.""",
lang="en-US", site="The Weeknight Table", author="Marisol Grant",
date="2026-11-30T08:00:00-06:00",
url="https://theweeknighttable.example/why-cast-iron-skillets-are-selling-again/",
title="Why cast iron is back on American stoves",
desc="Sales of cast iron cookware rose for the fourth year in a row. Cooks and foundries explain why.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="single single-post">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">{{We use cookies to improve our site and to show ads that may interest you.}}</div><button class="cmplz-accept">Accept</button> <button class="cmplz-view-preferences">Preferences</button></div></div>
<header class="site-header"><a class="site-title" href="/">The Weeknight Table</a><nav class="nav-primary"><a href="/recipes/">Recipes</a> <a href="/techniques/">Techniques</a> <a href="/gear/">Gear</a> <a href="/stories/">Stories</a></nav></header>
<main class="content">
<article class="post type-post entry">
<header class="entry-header"><h1 class="entry-title">Why cast iron is back on American stoves</h1>
<p class="entry-meta">By <span class="entry-author-name">{{Marisol Grant}}</span> · <time class="entry-time">{{Nov 30, 2026}}</time></p></header>
<div class="entry-content">
<p class="disclosure">{{This post may contain affiliate links, which means we may earn a commission at no extra cost to you.}}</p>
<p>[[For a generation, the heavy black skillet was something you inherited]], not something you bought. That has changed. [[Cookware retailers say cast iron sales rose for the fourth straight year]] in 2026, and two small foundries in Tennessee and Ohio now have waiting lists of several months for their polished pans.</p>
<p>Part of the appeal is durability. [[A skillet that costs forty dollars can outlast three nonstick pans]], and it contains no coatings that worry some shoppers. "People come in after reading about PFAS and ask what will last," says Luis Ortega, who runs a kitchen store in Albuquerque. "I hand them cast iron."</p>
<div class="product-box" data-affiliate="true"><img src="/wp-content/uploads/2026/11/ridgeline-skillet.jpg" alt=""><div class="product-box__body"><p class="product-box__name">{{Ridgeline Foundry No. 10 Skillet, 12 inch}}</p><p class="product-box__rating">{{4.7 out of 5 stars, 2,318 reviews}}</p><p class="product-box__price">{{$44.95 at the time of writing}}</p><a class="product-box__button" href="https://shop.example/ridgeline-10?tag=weeknight-20" rel="sponsored nofollow">{{Buy on Shopway}}</a><p class="product-box__note">{{Prices and availability may change.}}</p></div></div>
<p>Induction stoves have helped too. [[Cast iron is magnetic, so it works on induction without an adapter]], and it holds heat well enough to make up for the way induction cycles on and off at low settings. [[Several utilities now hand out induction rebates,]] which sends new stove owners shopping for compatible pans.</p>
<p>[[Foundry owners say the biggest change is who is buying.]] "Ten years ago it was campers and grandmothers," says Della Pruitt, whose family foundry near Chattanooga reopened in 2021 after three decades. "Now it's people in their twenties who learned to cook from videos and want one pan that does everything."</p>
<p>Cast iron still has its frustrations. [[It is heavy, it rusts if you leave it wet]], and acidic sauces can strip the seasoning if they simmer too long. Most owners get over that quickly, says Pruitt: [[wash it, dry it on the burner, and wipe in a drop of oil.]]</p>
<p>[[The foundries are now racing to keep up.]] Pruitt's company added a second shift in October and still expects to ship holiday orders in late January. She isn't complaining. "A pan that lasts a hundred years," she says, "is a good thing to be behind on."</p>
</div>
<p class="pin-prompt">{{Save this story to your Pinterest board for later.}}</p>
<aside class="newsletter"><p>{{Get three easy weeknight recipes in your inbox every Thursday.}}</p><input type="email"> <button>Sign up</button></aside>
</article>
</main>
<footer class="site-footer"><p>© 2026 The Weeknight Table</p></footer>
</body>
"""))

PAGES.append(dict(
name="fr-wp-lyon-traboules-bio-auteur-dans-article",
comment="""Trap 4 (boilerplate inside the article container): fr-FR city culture
magazine on WordPress. Inside div.entry-content, after the last
paragraph, an author bio box of about 50 words with a photo and social
links (Instagram, Mastodon, LinkedIn) (two mustnot phrases of the bio,
plus its heading). The story is must. Real boilerplate also:
byline/date, reading time, share line, related posts, Axeptio-like
cookie widget.""",
lang="fr-FR", site="Lyon en Pente Douce", author="Clémence Vial",
date="2026-12-02T09:30:00+01:00",
url="https://lyonenpentedouce.example/patrimoine/traboules-croix-rousse-fermetures/",
title="À la Croix-Rousse, les traboules se ferment une à une",
desc="Sur 160 traboules recensées sur les pentes, une trentaine seulement restent ouvertes au public.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="single single-post">
<div class="axeptio_widget" role="dialog"><p>{{Ce site utilise des cookies pour vous offrir une meilleure expérience et mesurer son audience.}}</p><button>Accepter</button> <button>Je choisis</button></div>
<header class="site-header"><a class="site-title" href="/">Lyon en Pente Douce</a><nav class="menu-principal"><a href="/patrimoine/">Patrimoine</a> <a href="/quartiers/">Quartiers</a> <a href="/sorties/">Sorties</a> <a href="/a-propos/">À propos</a></nav></header>
<main class="site-main">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">À la Croix-Rousse, les traboules se ferment une à une</h1>
<div class="entry-meta">{{Par Clémence Vial}} · {{2 décembre 2026}} · {{Lecture : 5 min}}</div></header>
<div class="entry-content">
<p>[[Il suffisait autrefois de pousser une lourde porte de la rue Imbert-Colomès]] pour traverser l'îlot jusqu'à la montée Saint-Sébastien. [[Depuis le printemps, un digicode en bloque l'accès.]] La scène se répète sur toutes les pentes de la Croix-Rousse, où les copropriétés ferment les unes après les autres les passages qui ont fait la réputation du quartier.</p>
<p>[[Sur les quelque 160 traboules recensées dans le 1er arrondissement]], une trentaine seulement restent ouvertes au public dans la journée. La plupart le sont grâce à une convention signée avec la Métropole, qui prend en charge une partie de l'entretien et de l'éclairage en échange du passage des piétons.</p>
<p>[[Les habitants invoquent le bruit, les dégradations et les visites nocturnes.]] « On a eu des fêtes dans la cour jusqu'à trois heures du matin, et des groupes de quarante touristes sous les fenêtres à neuf heures », raconte Bernard Gaillard, président du conseil syndical d'un immeuble de la rue des Capucins.</p>
<p>Les guides regrettent cette évolution. [[Les circuits doivent désormais contourner les passages fermés]], ce qui allonge les visites et oblige à emprunter les rues en pente les plus fréquentées. Certains guides ont négocié directement avec les copropriétés un accès à heures fixes, moyennant une petite participation aux frais.</p>
<p>[[La Métropole veut relancer les conventions en 2027]] avec une aide plus importante pour les travaux de sécurité, notamment des portes qui se ferment automatiquement la nuit. [[Une enveloppe de 800 000 euros sur trois ans est prévue]], à condition que les immeubles s'engagent à ouvrir au moins de 8 heures à 19 heures.</p>
<p>[[Pour les copropriétés, la décision se prendra en assemblée générale]], souvent après des débats houleux. Bernard Gaillard ne ferme pas la porte, au sens propre : « [[Si quelqu'un paie la serrure et le ménage, on peut rediscuter.]] Mais pas comme avant. »</p>
<div class="about-author">
<img src="/wp-content/uploads/2025/02/clemence-vial.jpg" alt="">
<h4 class="about-author__title">{{À propos de l'autrice}}</h4>
<p class="about-author__bio">{{Née sur les pentes, Clémence Vial écrit sur le patrimoine lyonnais depuis douze ans.}} Ancienne guide-conférencière, elle a publié deux livres sur les quartiers de la soie et anime chaque mois une balade commentée pour les lecteurs du magazine. {{Elle prépare un ouvrage sur les escaliers oubliés de Fourvière.}}</p>
<p class="about-author__social"><a href="#">Instagram</a> · <a href="#">Mastodon</a> · <a href="#">LinkedIn</a></p>
</div>
</div>
<p class="share-line">{{Partagez cet article avec vos amis lyonnais}} <a href="#">Facebook</a> <a href="#">WhatsApp</a></p>
<section class="related"><h3>Vous aimerez aussi</h3><ul><li><a href="/patrimoine/murs-peints-restauration/">{{Les murs peints de Lyon en cure de jouvence}}</a></li></ul></section>
</article>
</main>
<footer class="site-footer"><p>© 2026 Lyon en Pente Douce</p></footer>
</body>
"""))
