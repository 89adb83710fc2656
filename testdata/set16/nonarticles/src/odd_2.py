PAGES = []

# 3. French bank market commentary
PAGES.append(dict(
name="fr-banque-commentaire-marches-hebdo", lang="fr-FR",
comment="""fr: a private bank's weekly market commentary on its own site (Sitecore-like):
series label "L’œil du stratège", h1, date, author with title, a
standfirst, four sections of commentary with a small table of index
moves (no phrase), a "Avertissement" risk-warning box, a second
risk line under the piece, "Prendre rendez-vous avec un conseiller" CTA,
related commentaries. JSON-LD: Article. Cookie banner. Risk warnings
and CTA are mustnot.""",
url="https://www.banque-delaunay.example/fr/marches/oeil-du-stratege/2026-12-04-banques-centrales-fin-de-cycle",
title="Banques centrales : la fin du cycle de baisse approche",
site="Banque Delaunay &amp; Cie",
doctitle="Banques centrales : la fin du cycle de baisse approche – Banque Delaunay &amp; Cie",
desc="Notre stratège fait le point sur la BCE, la Fed, les marchés obligataires et les actions européennes avant les réunions de décembre.",
ogtype="article",
meta=['property="article:published_time" content="2026-12-04T08:00:00+01:00"'],
css="/-/media/themes/delaunay/styles/main.css",
bodyclass="market-commentary",
jsonld={"@context":"https://schema.org","@type":"Article","headline":"Banques centrales : la fin du cycle de baisse approche","datePublished":"2026-12-04T08:00:00+01:00","author":{"@type":"Person","name":"Étienne Vasseur","jobTitle":"Stratège en chef"},"publisher":{"@type":"Organization","name":"Banque Delaunay & Cie"}},
header="""<header class="header"><a class="logo" href="/fr/">Banque Delaunay &amp; Cie</a><nav><a href="/fr/banque-privee/">Banque privée</a><a href="/fr/gestion-de-fortune/">Gestion de fortune</a><a href="/fr/entreprises/">Entrepreneurs</a><a class="active" href="/fr/marches/">Marchés et analyses</a><a href="/fr/la-banque/">La banque</a></nav><a class="btn" href="https://espace-client.banque-delaunay.example/">Espace client</a></header>""",
main="""<main>
<article class="commentary">
<p class="series">L’œil du stratège</p>
<h1>Banques centrales : la fin du cycle de baisse approche</h1>
<p class="byline">{{Étienne Vasseur, stratège en chef}} · <time datetime="2026-12-04">4 décembre 2026</time></p>
<p class="chapo">[[Après dix-huit mois de baisses de taux, la BCE et la Fed]] s’approchent de ce qu’elles jugent être un niveau neutre. Les marchés l’ont compris avant elles.</p>
<h2>La BCE devrait marquer une pause</h2>
<p>Avec une inflation de la zone euro revenue à 2,1 % en novembre et une croissance qui se stabilise, [[nous anticipons un statu quo le 17 décembre]]. Le discours devrait rester prudent : la banque centrale ne veut pas donner l’impression d’avoir fini, au cas où les salaires accéléreraient de nouveau au printemps.</p>
<h2>Aux États-Unis, une dernière baisse</h2>
<p>La situation est différente outre-Atlantique. [[Le marché du travail américain ralentit plus vite que prévu]], et une baisse de 25 points de base reste probable la semaine prochaine. Ce serait vraisemblablement la dernière avant plusieurs mois.</p>
<table class="perf"><caption>Variation sur la semaine</caption><tr><th>CAC 40</th><td>+0,8 %</td></tr><tr><th>Euro Stoxx 50</th><td>+1,1 %</td></tr><tr><th>S&amp;P 500</th><td>+0,4 %</td></tr><tr><th>OAT 10 ans</th><td>3,05 %</td></tr></table>
<h2>Obligations : verrouiller les rendements</h2>
<p>Pour les investisseurs obligataires, la fenêtre se referme. [[Les rendements des emprunts d’État à cinq ans ont déjà baissé]] de près d’un point depuis leur sommet. Nous privilégions les obligations d’entreprises de bonne qualité à échéance de trois à sept ans, qui offrent encore un surplus de rendement raisonnable.</p>
<h2>Actions européennes : de la sélectivité</h2>
<p>La fin des baisses de taux ôte un soutien aux secteurs les plus endettés, comme l’immobilier coté. [[Nous restons neutres sur les actions européennes]], avec une préférence pour la santé et les services aux collectivités, dont les résultats dépendent moins du cycle économique.</p>
<div class="risk-box"><strong>Avertissement</strong><p>{{Les performances passées ne préjugent pas des performances futures.}} {{Investir sur les marchés financiers comporte un risque de perte en capital.}}</p></div>
<p class="legal">{{Ce document ne constitue ni une offre ni une recommandation personnalisée d’investissement.}}</p>
</article>
<aside class="cta-advisor"><h2>Vous souhaitez en parler ?</h2><a class="btn" href="/fr/rendez-vous/">{{Prendre rendez-vous avec un conseiller}}</a></aside>
<section class="related"><h2>Analyses précédentes</h2><ul><li><a href="/fr/marches/oeil-du-stratege/2026-11-27-or-valeur-refuge">{{L’or, valeur refuge d’une année agitée}}</a></li><li><a href="/fr/marches/oeil-du-stratege/2026-11-20-dollar">Le dollar peut-il encore monter ?</a></li></ul></section>
</main>""",
footer="""<footer class="footer"><p>Banque Delaunay &amp; Cie, société en commandite par actions, établissement de crédit agréé par l’ACPR · 12 rue de la Paix, 75002 Paris</p><nav><a href="/fr/mentions-legales/">Mentions légales</a><a href="/fr/reclamations/">Réclamations</a><a href="/fr/cookies/">Cookies</a></nav></footer>""",
consent="""<div class="cookie-layer" role="dialog"><p>Nous utilisons des traceurs pour mesurer l’audience de notre site.</p><button>Accepter</button><button>Continuer sans accepter</button></div>"""))

# 4. Spanish company press release on its own site
PAGES.append(dict(
name="es-empresa-nota-de-prensa-planta", lang="es-ES",
comment="""es: a food company's press release in the newsroom of its own site: "Nota de
prensa" label, h1, subtitle bullets, dateline paragraph, quotes, a
figures paragraph, "Sobre Conservas Ribadeo" boilerplate, media
contact, PDF download and share links, "Más notas de prensa". No
JSON-LD. Date shown in the dateline. Cookie banner. The boilerplate,
contact and downloads are mustnot.""",
url="https://www.conservasribadeo.example/sala-de-prensa/conservas-ribadeo-abre-planta-burela",
title="Conservas Ribadeo invierte 28 millones en una nueva planta en Burela",
site="Conservas Ribadeo",
doctitle="Conservas Ribadeo invierte 28 millones en una nueva planta en Burela | Sala de prensa",
desc="La nueva planta triplicará la capacidad de la conservera y creará 140 empleos en la Mariña lucense.",
ogtype="article",
css="/themes/ribadeo/css/style.css?v=7",
bodyclass="node-type-press-release",
header="""<header class="site-header"><a class="logo" href="/">Conservas Ribadeo</a><nav><a href="/productos">Productos</a><a href="/recetas">Recetas</a><a href="/compromiso">Compromiso</a><a href="/tienda">Tienda online</a><a class="active" href="/sala-de-prensa">Sala de prensa</a><a href="/contacto">Contacto</a></nav></header>""",
main="""<main class="press-release">
<p class="label">Nota de prensa</p>
<h1>Conservas Ribadeo invierte 28 millones en una nueva planta en Burela</h1>
<ul class="highlights"><li>[[La fábrica triplicará la capacidad de producción de la empresa]]</li><li>Se crearán 140 empleos directos en los próximos dos años</li></ul>
<p><strong>Burela (Lugo), 3 de diciembre de 2026.</strong> [[Conservas Ribadeo ha presentado hoy el proyecto de su nueva planta]] en el polígono de Burela, una inversión de 28 millones de euros que entrará en funcionamiento en la primavera de 2028. La fábrica ocupará 22.000 metros cuadrados y estará a dos kilómetros del puerto, donde la empresa compra la mayor parte del bonito y la caballa que enlata.</p>
<p>«[[Llevamos cinco años rechazando pedidos porque no llegábamos]]», ha explicado la consejera delegada, Lucía Piñeiro Otero. «Con esta planta podremos atender a los distribuidores que ya confían en nosotros y entrar en mercados como Alemania y los países nórdicos».</p>
<p>La nueva instalación contará con tres líneas de envasado y una cámara de frío de 4.000 toneladas. [[Toda la energía térmica procederá de una caldera de biomasa]] alimentada con restos forestales de la comarca, y la cubierta tendrá 6.000 metros cuadrados de paneles solares.</p>
<p>La empresa prevé contratar a 140 personas, la mayoría en producción. [[El Concello de Burela colaborará en un programa de formación]] con el instituto de la villa para que parte de las plazas se cubran con jóvenes de la zona.</p>
<p>Conservas Ribadeo facturó 61 millones de euros en 2025, un 9 % más que el año anterior, y exporta a 24 países.</p>
<div class="boilerplate"><h2>Sobre Conservas Ribadeo</h2><p>{{Fundada en 1921 en Ribadeo, Conservas Ribadeo elabora conservas de pescado del Cantábrico}} con métodos artesanales. Es una empresa familiar con 310 trabajadores y dos plantas en Lugo.</p></div>
<div class="media-contact"><h2>Contacto para medios</h2><p>Xoán Castro · {{prensa@conservasribadeo.example}} · 982 000 311</p></div>
<div class="downloads"><a href="/sites/default/files/prensa/np-planta-burela.pdf">{{Descargar nota de prensa (PDF)}}</a><a href="/sala-de-prensa/fotos/planta-burela">Fotos en alta resolución</a></div>
<div class="share">{{Compartir esta nota:}} <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Correo</a></div>
<section class="more-releases"><h2>Más notas de prensa</h2><ul><li><a href="/sala-de-prensa/premio-great-taste-2026">{{La ventresca de bonito gana dos estrellas en los Great Taste}}</a></li><li><a href="/sala-de-prensa/resultados-2025">Resultados del ejercicio 2025</a></li></ul></section>
</main>""",
footer="""<footer class="site-footer"><p>© 2026 Conservas Ribadeo S.A. · Rúa do Porto 3, 27700 Ribadeo (Lugo)</p><nav><a href="/aviso-legal">Aviso legal</a><a href="/politica-privacidad">Privacidad</a><a href="/politica-cookies">Cookies</a></nav></footer>""",
consent="""<div id="cookie-law-info-bar"><span>Usamos cookies propias y de terceros para analizar el uso de la web y mostrarle publicidad de nuestros productos.</span><a class="cli_action_button">Aceptar</a><a class="cli_action_button">Rechazar</a><a class="cli_settings_button">Configuración</a></div>"""))

# 5. Portuguese university news story
PAGES.append(dict(
name="pt-universidade-noticia-investigacao-cortica", lang="pt-PT",
comment="""pt-PT: a university's news story about a research result (Drupal): "Notícias"
section, h1, date, a lead, body with quotes from the researcher, a
figure with caption (no phrase), a "Referência" line with the paper
citation, "Contacto de imprensa" box, "Outras notícias" list, agenda
sidebar. JSON-LD: NewsArticle. No cookie banner. Sidebar, press contact
and related are mustnot.""",
url="https://www.uni-tejo.example/noticias/cortica-isolamento-acustico-estudo",
title="Cortiça reciclada isola tão bem como lã de rocha, conclui estudo da Universidade do Tejo",
site="Universidade do Tejo",
doctitle="Cortiça reciclada isola tão bem como lã de rocha, conclui estudo da Universidade do Tejo | Notícias",
desc="Investigadores da Faculdade de Engenharia testaram painéis feitos com rolhas recicladas em paredes de habitações.",
ogtype="article",
meta=['property="article:published_time" content="2026-11-30T10:15:00+00:00"'],
css="/sites/default/files/css/css_q7Zk1.css",
bodyclass="path-node page-node-type-noticia",
jsonld={"@context":"https://schema.org","@type":"NewsArticle","headline":"Cortiça reciclada isola tão bem como lã de rocha, conclui estudo da Universidade do Tejo","datePublished":"2026-11-30T10:15:00+00:00","publisher":{"@type":"CollegeOrUniversity","name":"Universidade do Tejo"}},
header="""<header role="banner"><a class="site-logo" href="/">Universidade do Tejo</a><nav class="menu--main"><ul><li><a href="/ensino">Ensino</a></li><li><a href="/investigacao">Investigação</a></li><li><a href="/sociedade">Sociedade</a></li><li><a href="/internacional">Internacional</a></li><li class="is-active"><a href="/noticias">Notícias</a></li></ul></nav><a href="/en/news">EN</a></header>""",
main="""<div class="layout-container"><main role="main">
<article class="node--type-noticia">
<p class="section-label"><a href="/noticias">Notícias</a> · Investigação</p>
<h1>Cortiça reciclada isola tão bem como lã de rocha, conclui estudo da Universidade do Tejo</h1>
<p class="date"><time datetime="2026-11-30">30 novembro 2026</time></p>
<p class="lead">[[Painéis feitos a partir de rolhas usadas reduziram o ruído entre apartamentos]] tanto como os materiais mais usados na construção, segundo um estudo da Faculdade de Engenharia.</p>
<p>A equipa do Laboratório de Acústica e Materiais recolheu 1,2 toneladas de rolhas em restaurantes e ecopontos de Lisboa, triturou-as e prensou-as em painéis de quatro centímetros. [[Os painéis foram instalados em paredes divisórias de três apartamentos]] em Marvila, ao lado de paredes iguais isoladas com lã de rocha.</p>
<p>[[A diferença no isolamento a sons aéreos foi de apenas um decibel]], abaixo do que o ouvido humano consegue distinguir. No isolamento térmico, os painéis de cortiça ficaram ligeiramente atrás, mas dentro dos valores exigidos pelo regulamento português.</p>
<figure><img src="/sites/default/files/noticias/paineis-cortica.jpg" alt=""><figcaption>Painéis de cortiça reciclada antes da instalação. Foto: UTejo</figcaption></figure>
<p>«[[A cortiça de uma rolha não perde as propriedades quando a garrafa é aberta]]», explica a coordenadora do estudo, Inês Marcelino, professora de Engenharia Civil. «O que faltava era provar, numa casa real, que o material reciclado se comporta como o novo.»</p>
<p>O próximo passo é testar a resistência ao fogo. [[A equipa procura agora uma empresa de construção para um ensaio maior]], num edifício de habitação a custos controlados que a Câmara Municipal de Lisboa vai reabilitar em 2027.</p>
<p class="reference">Referência: Marcelino, I., Sequeira, T. &amp; Abreu, P. (2026). Acoustic performance of recycled cork partition panels in occupied dwellings. <em>Building and Environment</em>, 268.</p>
</article>
<aside class="press-contact"><h2>Contacto de imprensa</h2><p>{{Gabinete de Comunicação · imprensa@uni-tejo.example · 210 000 480}}</p></aside>
<section class="related-news"><h2>Outras notícias</h2><ul><li><a href="/noticias/bolsas-doutoramento-2027">{{Abertas candidaturas a 40 bolsas de doutoramento}}</a></li><li><a href="/noticias/reitoria-plano-energia">Reitoria apresenta plano de poupança de energia</a></li></ul></section>
</main>
<aside class="sidebar"><h2>Agenda</h2><ul><li>{{4 dez · Provas de agregação em Química}}</li><li>11 dez · Concerto de Natal da Tuna</li></ul></aside></div>""",
footer="""<footer role="contentinfo"><p>Universidade do Tejo · Campus de Benfica · 1500-000 Lisboa</p><nav><a href="/privacidade">Privacidade</a><a href="/acessibilidade">Acessibilidade</a><a href="/contactos">Contactos</a></nav></footer>"""))
