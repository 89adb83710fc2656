from core import build

build(dict(
 name='pt-custom-apelo-leitores-no-meio', lang='pt-PT', type='NewsArticle',
 url='https://www.ojornaldoribatejo.example/local/2026/12/ponte-da-chamusca-obras-atrasadas',
 site='O Jornal do Ribatejo', author='Inês Valadares', date='2026-12-03T10:20:00+00:00',
 title='Obras na ponte da Chamusca vão durar mais oito meses',
 desc='A empreitada devia acabar em dezembro. Descoberta de corrosão nos pilares obriga a novo projeto.',
 comments=['Trap 4: boilerplate as plain <p> paragraphs INSIDE the story, no telling markup:',
  'a reader-funding appeal in the site’s own words (after paragraph 3) and a',
  'share-this-with-a-friend prompt (after paragraph 6); both mustnot. The story around',
  'them is must. Also ordinary boilerplate outside: breadcrumb, byline, related, cookie bar.'],
 body='''
<body>
<header class="cabecalho"><a href="/" class="marca">O Jornal do Ribatejo</a>
<nav><a href="/local/">Local</a> <a href="/regiao/">Região</a> <a href="/desporto/">Desporto</a> <a href="/opiniao/">Opinião</a></nav></header>
<div class="migalhas">{{Início › Local › Chamusca}}</div>
<main><article>
<h1>%H1%</h1>
<p class="assinatura">{{Inês Valadares}} · <time>{{3 de dezembro de 2026}}</time></p>
<div class="texto">
<p>[[A ponte da Chamusca vai continuar com trânsito alternado pelo menos até agosto.]] A Infraestruturas de Portugal confirmou que a reabilitação, que devia ficar concluída este mês, precisa de mais oito meses depois de os técnicos terem encontrado corrosão nos pilares submersos.</p>
<p>[[A ponte metálica, inaugurada em 1909, é a única travessia do Tejo]] num raio de vinte quilómetros. [[Passam por ela cerca de nove mil veículos por dia]], muitos deles camiões que servem as explorações agrícolas das duas margens.</p>
<p>Segundo a empresa, a corrosão só foi detetada quando os mergulhadores limparam os pilares no verão. [[O projeto original previa apenas a substituição do tabuleiro]] e a pintura da estrutura. Agora será preciso reforçar três pilares com cintas de betão.</p>
<p>O Jornal do Ribatejo só existe porque os leitores o sustentam. Se gosta de ler notícias como esta, contribua com o que puder, a partir de 2 euros por mês.</p>
<p>Os semáforos que regulam o trânsito alternado continuam a provocar filas nas horas de ponta. [[Há manhãs em que a espera chega aos 25 minutos]], queixa-se António Pardal, que atravessa a ponte todos os dias para ir trabalhar numa fábrica de tomate na outra margem.</p>
<p>O presidente da câmara, Rui Meireles, pede que a obra passe a funcionar também à noite. [[«Se é para demorar, que trabalhem por turnos»]], disse. A Infraestruturas de Portugal responde que o trabalho noturno no rio exige autorizações que levam meses.</p>
<p>O custo também sobe. [[A empreitada passa de 6,2 para 8,9 milhões de euros]], valor que ainda tem de ser aprovado pelo Tribunal de Contas.</p>
<p>Conhece alguém que atravessa a ponte todos os dias? Envie-lhe esta notícia.</p>
<p>[[Os camiões com mais de 26 toneladas continuam proibidos de atravessar]] e têm de seguir pela ponte de Santarém, um desvio de quase quarenta quilómetros. A restrição mantém-se até ao fim das obras.</p>
</div>
<section class="relacionadas"><h3>{{Leia também}}</h3><a href="/local/2026/10/cheia-tejo-previsao/">{{Cheias do Tejo: o que dizem as previsões para o inverno}}</a></section>
</article></main>
<footer><p>{{© 2026 O Jornal do Ribatejo. Estatuto editorial · Ficha técnica}}</p></footer>
<div class="aviso-cookies"><p>{{Este site usa cookies para estatísticas de visitas.}}</p><button>Aceitar</button> <button>Recusar</button></div>
</body>'''.replace('<p>O Jornal do Ribatejo só existe porque os leitores o sustentam. Se gosta de ler notícias como esta, contribua com o que puder, a partir de 2 euros por mês.</p>',
 '<p>{{O Jornal do Ribatejo só existe porque os leitores o sustentam.}} {{Se gosta de ler notícias como esta, contribua com o que puder}}, a partir de 2 euros por mês.</p>').replace(
 '<p>Conhece alguém que atravessa a ponte todos os dias? Envie-lhe esta notícia.</p>',
 '<p>{{Conhece alguém que atravessa a ponte todos os dias? Envie-lhe esta notícia.}}</p>')))

build(dict(
 name='de-wp-newsletter-hinweis-im-text', lang='de-AT', type='NewsArticle',
 url='https://www.salzachbote.example/2026/12/02/seilbahn-gaisberg-machbarkeitsstudie/',
 site='Salzachbote', author='Magdalena Steinwender', date='2026-12-02T08:10:00+01:00',
 title='Seilbahn auf den Gaisberg: Studie hält Projekt für machbar, aber teuer',
 desc='Eine Machbarkeitsstudie rechnet mit 74 Millionen Euro. Anrainer in Guggenthal sind skeptisch.',
 comments=['Trap 4: boilerplate as plain paragraphs INSIDE the story: a newsletter plug in the',
  'site’s own words after paragraph 2, and the author’s tip-line line after paragraph 6;',
  'both mustnot. Ordinary boilerplate outside (breadcrumb, byline, share, related, consent).',
  'Austrian German, WordPress (Newspack-like).'],
 body='''
<body class="single newspack-front-page">
<header class="site-header"><a href="/" class="custom-logo-link">Salzachbote</a>
<nav class="main-navigation"><a href="/stadt/">Stadt</a> <a href="/land/">Land</a> <a href="/kultur/">Kultur</a> <a href="/sport/">Sport</a></nav></header>
<div class="breadcrumb">{{Start » Stadt » Verkehr}}</div>
<main><article>
<h1 class="entry-title">%H1%</h1>
<div class="entry-meta">{{Magdalena Steinwender}} · <time>{{2. Dezember 2026}}</time></div>
<div class="entry-content">
<p>[[Eine Seilbahn von Parsch auf den Gaisberg ist technisch möglich.]] Zu diesem Schluss kommt eine Machbarkeitsstudie, die das Land Salzburg am Montag veröffentlicht hat. Die Kosten schätzen die Gutachter auf 74 Millionen Euro, mehr als doppelt so viel wie in ersten Überlegungen vor vier Jahren.</p>
<p>Die Bahn soll in 14 Minuten von der Talstation am Parscher Bahnhof auf die Zistelalm führen. [[Geplant sind Zehner-Gondeln und eine Mittelstation in Guggenthal]], von wo aus Wanderwege und ein Bus in die Gemeinde Koppl erreichbar wären.</p>
<p>Sie wollen wissen, was in der Stadt passiert? Unser Newsletter „Salzach am Morgen“ kommt jeden Werktag um sechs Uhr, kostenlos.</p>
<p>Die Gutachter haben auch eine Trasse von Gnigl aus geprüft, sie aber verworfen. Dort hätte die Bahn ein Landschaftsschutzgebiet überqueren müssen, und die Talstation wäre ohne eigene Bushaltestelle schlecht erreichbar gewesen. Parsch liegt dagegen an der Bahnstrecke, die ohnehin einen neuen Halt bekommen soll.</p>
<p>Das Land begründet das Projekt mit dem Verkehr. [[An schönen Wochenenden fahren bis zu 3.000 Autos auf den Gaisberg]], die Parkplätze am Gipfel sind oft schon am Vormittag voll. Die Gaisbergstraße soll nach dem Bau der Seilbahn für den Privatverkehr beschränkt werden.</p>
<p>In Guggenthal formiert sich Widerstand. [[„Man baut uns eine Gondel über den Garten“]], sagt Anrainer Stefan Moosleitner, der eine Bürgerinitiative mitgegründet hat. Sie fürchtet Lärm an der Mittelstation und zusätzlichen Verkehr durch Besucher, die dort parken wollen.</p>
<p>Offen ist auch die Finanzierung. [[Stadt und Land sollen je ein Drittel tragen]], das letzte Drittel soll aus einem Bundesprogramm für klimafreundliche Mobilität kommen, das allerdings 2028 ausläuft. Ein privater Betreiber wäre nach der Studie nur mit jährlichen Zuschüssen zu finden.</p>
<p>Der Verkehrslandesrat will bis Ostern entscheiden, ob eine Umweltverträglichkeitsprüfung eingeleitet wird. [[Vor 2031 würde die Bahn auch im besten Fall nicht fahren.]]</p>
<p>Sie wohnen in Guggenthal oder Koppl und haben etwas zu diesem Projekt zu sagen? Schreiben Sie mir: m.steinwender@salzachbote.example</p>
<p>Die Studie empfiehlt außerdem, [[den Gipfelparkplatz auf ein Drittel zu verkleinern]] und die frei werdende Fläche zu renaturieren. [[Die Gemeinde Koppl will dazu im Jänner eine Informationsveranstaltung abhalten.]]</p>
</div>
<div class="sharedaddy"><span>{{Teilen mit:}}</span> <a href="#">Facebook</a> <a href="#">E-Mail</a></div>
<section class="related-posts"><h3>{{Ähnliche Beiträge}}</h3><a href="/2026/10/obus-linie-neu/">{{Neue Obuslinie nach Elsbethen ab Herbst}}</a></section>
</article></main>
<footer class="site-footer"><p>Salzachbote – unabhängige Nachrichten aus Salzburg. Impressum · Offenlegung</p></footer>
<div class="cookie-hinweis"><p>{{Diese Seite verwendet Cookies zur Reichweitenmessung.}}</p><button>OK</button> <button>Nur notwendige</button></div>
</body>'''.replace('<p>Sie wollen wissen, was in der Stadt passiert? Unser Newsletter „Salzach am Morgen“ kommt jeden Werktag um sechs Uhr, kostenlos.</p>',
 '<p>{{Sie wollen wissen, was in der Stadt passiert?}} {{Unser Newsletter „Salzach am Morgen“ kommt jeden Werktag um sechs Uhr, kostenlos.}}</p>').replace(
 '<p>Sie wohnen in Guggenthal oder Koppl und haben etwas zu diesem Projekt zu sagen? Schreiben Sie mir: m.steinwender@salzachbote.example</p>',
 '<p>{{Sie wohnen in Guggenthal oder Koppl und haben etwas zu diesem Projekt zu sagen?}} {{Schreiben Sie mir: m.steinwender@salzachbote.example}}</p>')))

build(dict(
 name='es-custom-continua-tras-anuncio', lang='es-ES', type='NewsArticle',
 url='https://www.diariodelaribera.example/sociedad/2026/12/04/mercado-abastos-alzira-reforma-puestos',
 site='Diario de la Ribera', author='Pau Ferrándiz', date='2026-12-04T09:00:00+01:00',
 title='El mercado de abastos de Alzira pierde puestos mientras espera su reforma',
 desc='De 64 puestos quedan 31 abiertos. Los vendedores piden fechas; el Ayuntamiento promete obras en 2027.',
 comments=['Trap 4: boilerplate as plain paragraphs INSIDE the story: a "La noticia continúa',
  'después del anuncio" label (bare <p>, no ad markup), an audio-player label ("Escucha',
  'esta noticia en la voz de ...") as plain text after the lead, and a tip-line line in the',
  'site’s voice near the end; all mustnot. Story around them is must. Custom CMS.'],
 body='''
<body>
<header class="cabecera"><a href="/" class="logo">Diario de la Ribera</a>
<nav><a href="/sociedad/">Sociedad</a> <a href="/comarca/">Comarca</a> <a href="/deportes/">Deportes</a> <a href="/fiestas/">Fiestas</a></nav></header>
<div class="migas">{{Portada › Sociedad › Alzira}}</div>
<main><article>
<h1>%H1%</h1>
<p class="firma">{{Pau Ferrándiz}} | <time>{{04/12/2026 09:00}}</time></p>
<div class="cuerpo">
<p>[[De los 64 puestos del mercado de abastos de Alzira quedan 31 abiertos.]] El resto tienen la persiana bajada, algunos desde hace más de cinco años, a la espera de una reforma que el Ayuntamiento anuncia desde 2019 y que todavía no tiene fecha de inicio.</p>
<p>{{Escucha esta noticia en la voz de nuestro narrador automático.}}</p>
<p>El edificio, de 1928, tiene goteras en la nave central y la cámara frigorífica común lleva dos veranos averiada. [[Cada vendedor ha tenido que comprar su propia nevera]], cuenta Amparo Llopis, que vende encurtidos y salazones en el puesto que fue de su madre.</p>
<p>[[«Nadie abre un puesto en un edificio que no sabe si cerrará»]], resume el presidente de la asociación de vendedores, Vicent Sanchis. Según sus cuentas, en los últimos tres años se han jubilado nueve vendedores y ninguno ha tenido relevo.</p>
<p>{{La noticia continúa después del anuncio}}</p>
<p>El concejal de Comercio, Josep Mira, asegura que [[el proyecto de reforma está redactado y cuesta 3,8 millones de euros]]. El Ayuntamiento espera una subvención autonómica para comercio local que se resolverá en primavera. Si llega, las obras podrían empezar a finales de 2027.</p>
<p>Durante la reforma, los puestos se trasladarían a una carpa en la plaza contigua. [[Los vendedores temen perder a la clientela mayor en el traslado]], la que va a diario y compra poco. La asociación pide que la carpa esté cubierta y tenga aseos.</p>
<p>[[Mientras tanto, algunos intentan atraer a gente joven.]] [[Un puesto de verduras ha empezado a repartir pedidos en bicicleta]] y tres vendedores abren ahora los sábados por la tarde, con música en directo en el pasillo central una vez al mes.</p>
<p>{{¿Tiene un negocio en el mercado o una historia sobre él? Escríbanos a redaccion@diariodelaribera.example.}}</p>
<p>[[El pleno debatirá en enero una moción para rebajar las tasas]] de los puestos mientras dure la espera.</p>
</div>
<div class="compartir"><span>{{Compartir en redes}}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
<section class="relacionadas"><h3>{{Noticias relacionadas}}</h3><a href="/sociedad/2026/11/comercio-centro-alzira/">{{El comercio del centro pide más aparcamiento}}</a></section>
</article></main>
<footer><p>© Diario de la Ribera 2026 · Aviso legal · Contacto</p></footer>
<div class="banner-cookies"><p>{{Utilizamos cookies propias y de terceros para fines analíticos.}}</p><button>Aceptar todas</button> <button>Configurar</button></div>
</body>'''))

build(dict(
 name='fr-custom-rubrique-parrainee-note', lang='fr-BE', type='NewsArticle',
 url='https://www.levalmosan.example/environnement/2026/12/meuse-castors-barrages-dinant',
 site='Le Val mosan', author='Thibaut Delvaux', date='2026-12-02T15:40:00+01:00',
 title='Les castors sont revenus sur la Haute-Meuse, et les agriculteurs comptent les dégâts',
 desc="Une vingtaine de familles de castors vivent désormais entre Hastière et Dinant. Les prairies inondées fâchent.",
 comments=['Trap 4: boilerplate as plain paragraphs INSIDE the story: a section sponsor note',
  '("La rubrique Environnement est soutenue par ...") after the lead, a newsletter plug in',
  'the site’s voice mid-story, and a share prompt near the end; all mustnot. The story is',
  'must. Ordinary boilerplate outside: breadcrumb, byline, related, cookie banner.'],
 body='''
<body>
<header class="entete"><a href="/" class="logo">Le Val mosan</a>
<nav><a href="/actualite/">Actualité</a> <a href="/environnement/">Environnement</a> <a href="/culture/">Culture</a> <a href="/sports/">Sports</a></nav></header>
<div class="fil-ariane">{{Accueil > Environnement > Faune}}</div>
<main><article>
<h1>%H1%</h1>
<p class="signature">{{Par Thibaut Delvaux}} – <time>{{2 décembre 2026 à 15h40}}</time></p>
<div class="contenu">
<p>[[Disparu de Wallonie au XIXe siècle, le castor est bien revenu sur la Haute-Meuse.]] Les agents du Département de la Nature et des Forêts ont recensé cet automne une vingtaine de familles entre Hastière et Dinant, soit deux fois plus qu'il y a cinq ans.</p>
<p>{{La rubrique Environnement est soutenue par la Fondation Eaux Vives.}} {{Elle n'intervient pas dans nos choix éditoriaux.}}</p>
<p>[[Le retour de l'animal réjouit les naturalistes.]] [[Ses barrages créent des mares où reviennent grenouilles, libellules et martins-pêcheurs]], explique la biologiste Sophie Lemaire, qui suit les populations depuis 2015. Les zones humides ainsi créées retiennent aussi l'eau lors des sécheresses.</p>
<p>Mais sur les affluents, les barrages font déborder les ruisseaux dans les prairies. [[«J'ai perdu trois hectares de fauche cet été»]], raconte Didier Collignon, éleveur à Anseremme. Il a vu l'eau monter de quarante centimètres en une nuit après la construction d'un barrage sur le ruisseau qui traverse ses terres.</p>
<p>{{Recevez chaque vendredi notre lettre Nature et environnement : inscription gratuite sur notre site.}}</p>
<p>Le castor est une espèce protégée : on ne peut ni le tuer ni détruire ses barrages sans autorisation. [[Le DNF peut installer des tuyaux qui limitent le niveau de l'eau]] derrière un barrage, une technique venue du Canada. Une dizaine ont été posés dans la province de Namur depuis 2024.</p>
<p>Les agriculteurs réclament surtout des indemnisations plus rapides. [[La Région prévoit une enveloppe de 400 000 euros pour 2027]], contre 150 000 cette année, mais les dossiers mettent souvent plus d'un an à être traités.</p>
<p>{{Cet article vous a intéressé ? Partagez-le avec vos proches.}}</p>
<p>[[Une réunion entre le DNF et les éleveurs est prévue le 15 janvier à Dinant]]. [[Les deux camps s'accordent au moins sur un point]] : le castor est là pour rester.</p>
</div>
<section class="a-lire"><h3>{{À lire aussi}}</h3><a href="/environnement/2026/11/loutre-ourthe/">{{La loutre observée pour la première fois sur l'Ourthe}}</a></section>
</article></main>
<footer><p>© 2026 Le Val mosan asbl · Mentions légales</p></footer>
<div class="bandeau-cookies"><p>{{Nous utilisons des cookies pour mesurer l'audience de ce site.}}</p><button>Accepter</button> <button>Continuer sans accepter</button></div>
</body>'''))
