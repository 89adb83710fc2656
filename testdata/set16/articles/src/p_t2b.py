# Trap 2 (continued): recipe, product comparison, legal explainer.
PAGES = []

PAGES.append(dict(
name="it-wp-ricetta-canederli-trentini-liste",
comment="""Trap 2 (not paragraphs): it food blog on WordPress with a recipe card
(WP Recipe Maker-like). Ingredients are a <ul>, method steps an <ol>;
ingredient lines and steps are must, with the intro prose. Real
boilerplate: date, "Salta alla ricetta"/print buttons, rating line,
newsletter box, Instagram plug, comment form note, cookie banner.""",
lang="it-IT", site="La Dispensa di Nonna Ida", author="Chiara Dallapiccola",
date="2026-11-30T11:00:00+01:00", ld={"@type": "Recipe", "name": "Canederli allo speck in brodo"},
url="https://ladispensadinonnaida.example/canederli-allo-speck-in-brodo/",
title="Canederli allo speck in brodo, come li faceva la nonna",
desc="La ricetta trentina dei canederli con pane raffermo, speck e erba cipollina, serviti in brodo di carne.",
headextra='<meta name="generator" content="WordPress 6.7">\n',
html="""
<body class="post-template-default single single-post">
<div class="iubenda-banner" id="iubenda-cs-banner"><p>{{Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti.}}</p><button class="iubenda-cs-accept-btn">Accetta</button> <button class="iubenda-cs-reject-btn">Rifiuta</button></div>
<header class="site-header"><a class="site-title" href="/">La Dispensa di Nonna Ida</a><nav class="main-nav"><a href="/primi/">Primi</a> <a href="/secondi/">Secondi</a> <a href="/dolci/">Dolci</a> <a href="/conserve/">Conserve</a> <a href="/chi-sono/">Chi sono</a></nav></header>
<main class="content">
<article class="post">
<h1 class="entry-title">Canederli allo speck in brodo, come li faceva la nonna</h1>
<div class="entry-meta">{{Pubblicato il 30 novembre 2026}}</div>
<div class="wprm-recipe-buttons"><a href="#recipe">{{Salta alla ricetta}}</a> <a href="#print">{{Stampa la ricetta}}</a></div>
<div class="entry-content">
<p>[[In Val di Non i canederli erano il piatto del sabato]], quando in casa avanzava il pane della settimana. Mia nonna Ida li preparava in una grande terrina di coccio e li lasciava riposare mentre il brodo sobbolliva sulla stufa. Questa è la sua versione, con tanto speck e poco formaggio.</p>
<p>Il segreto sta tutto nel pane: deve essere secco ma non duro come un sasso, e va tagliato a cubetti piccoli. [[Se usate pane troppo fresco, i canederli si sfaldano in cottura]], mentre un pane vecchio di due o tre giorni assorbe il latte senza diventare una pappa.</p>
<div id="recipe" class="wprm-recipe-container"><div class="wprm-recipe">
<h2 class="wprm-recipe-name">Canederli allo speck in brodo</h2>
<div class="wprm-recipe-rating">{{4,8 su 5 (126 voti)}}</div>
<div class="wprm-recipe-ingredients-container"><h3>Ingredienti per 4 persone (12 canederli)</h3>
<ul class="wprm-recipe-ingredients">
<li class="wprm-recipe-ingredient">[[300 g di pane raffermo tagliato a cubetti]]</li>
<li class="wprm-recipe-ingredient">[[150 g di speck dell'Alto Adige a dadini]]</li>
<li class="wprm-recipe-ingredient">[[250 ml di latte intero tiepido]]</li>
<li class="wprm-recipe-ingredient">[[2 uova grandi a temperatura ambiente]]</li>
<li class="wprm-recipe-ingredient">40 g di farina 00</li>
<li class="wprm-recipe-ingredient">[[un mazzetto di erba cipollina tritata fine]]</li>
<li class="wprm-recipe-ingredient">1,5 litri di brodo di carne</li>
</ul></div>
<div class="wprm-recipe-instructions-container"><h3>Preparazione</h3>
<ol class="wprm-recipe-instructions">
<li class="wprm-recipe-instruction">[[Mettete il pane in una ciotola capiente e bagnatelo con il latte.]]</li>
<li class="wprm-recipe-instruction">[[Unite lo speck, le uova e l'erba cipollina e impastate con le mani.]]</li>
<li class="wprm-recipe-instruction">[[Aggiungete la farina poca alla volta e lasciate riposare mezz'ora.]]</li>
<li class="wprm-recipe-instruction">[[Con le mani bagnate formate palle grandi come un mandarino.]]</li>
<li class="wprm-recipe-instruction">[[Cuocetele in acqua salata bollente per quindici minuti, poi servitele nel brodo.]]</li>
</ol></div>
</div></div>
<p>[[Se ne avanzano, i canederli si possono ripassare in padella con burro fuso]] e servire con un'insalata di cavolo cappuccio, come si fa nelle malghe. Si conservano in frigorifero per due giorni, ben coperti.</p>
</div>
<aside class="newsletter-box"><p>{{Ricevi ogni domenica una ricetta della tradizione nella tua casella di posta.}}</p><input type="email"> <button>Iscriviti</button></aside>
<p class="insta-plug">{{Hai provato questa ricetta? Taggami su Instagram, mi fa sempre piacere vedere i vostri piatti!}}</p>
<div class="comment-respond"><h3>Lascia un commento</h3><p class="comment-notes">{{Il tuo indirizzo email non sarà pubblicato.}}</p></div>
</article>
</main>
<footer class="site-footer"><p>La Dispensa di Nonna Ida · P.IVA 01234567890</p></footer>
</body>
"""))

PAGES.append(dict(
name="pt-custom-comparativo-telemoveis-gama-media",
comment="""Trap 2 (not paragraphs): pt-PT tech review site on a custom CMS, a product
comparison with a specs <table> (header row of the two phones) and short
spec lines in a <ul> ("Bateria: 5000 mAh", "Peso 189 g"). Table rows
(within one row each) and spec lines are must, with the verdict prose.
Real boilerplate: byline/date, affiliate disclosure, price-widget
buttons, rating badge, related reviews, cookie banner.""",
lang="pt-PT", site="Bits & Ecrãs", author="Tiago Marinho",
date="2026-12-01T15:30:00+00:00", ld={"@type": "Review"},
url="https://bitsecras.example/comparativos/nova-a7-contra-orion-5-lite",
title="Nova A7 contra Orion 5 Lite: qual o melhor telemóvel até 350 euros?",
desc="Comparámos dois telemóveis de gama média durante três semanas: bateria, ecrã, câmaras e desempenho.",
html="""
<body class="review">
<div class="cookies" role="dialog"><p>{{Utilizamos cookies para melhorar a sua experiência e apresentar publicidade relevante.}}</p><button>Aceitar tudo</button> <button>Gerir preferências</button></div>
<header class="topbar"><a class="logo" href="/">Bits &amp; Ecrãs</a><nav><a href="/noticias">Notícias</a> <a href="/analises">Análises</a> <a href="/comparativos">Comparativos</a> <a href="/guias">Guias</a></nav></header>
<main>
<article class="review-article">
<h1>Nova A7 contra Orion 5 Lite: qual o melhor telemóvel até 350 euros?</h1>
<p class="meta">{{Tiago Marinho}} · {{1 de dezembro de 2026}}</p>
<p class="affiliate-note">{{Este artigo contém ligações de afiliado. Podemos receber uma comissão se comprar através delas.}}</p>
<div class="review-body">
<p>[[Os dois telemóveis custam praticamente o mesmo e prometem o mesmo]]: um ecrã grande e luminoso, bateria para dois dias e câmaras decentes. Usámos ambos como telemóvel principal durante três semanas, alternando o cartão SIM a cada dois dias, para perceber onde cada um ganha e onde perde.</p>
<h2>Especificações lado a lado</h2>
<table class="specs">
<thead><tr><th>Característica</th> <th>Nova A7</th> <th>Orion 5 Lite</th></tr></thead>
<tbody>
<tr>[[<td>Ecrã</td> <td>6,6 polegadas OLED, 120 Hz</td> <td>6,7 polegadas LCD, 90 Hz</td>]]</tr>
<tr>[[<td>Processador</td> <td>Dimensity 7300</td> <td>Snapdragon 6 Gen 3</td>]]</tr>
<tr>[[<td>Câmara principal</td> <td>50 MP com estabilização ótica</td> <td>64 MP sem estabilização</td>]]</tr>
<tr>[[<td>Atualizações</td> <td>4 anos de sistema</td> <td>2 anos de sistema</td>]]</tr>
</tbody>
</table>
<h3>Nova A7</h3>
<ul class="spec-lines">
<li>[[Bateria: 4 500 mAh, carregamento de 45 W]]</li>
<li>[[Peso 189 g, espessura 7,9 mm]]</li>
<li>Preço: 339 euros</li>
</ul>
<h3>Orion 5 Lite</h3>
<ul class="spec-lines">
<li>[[Bateria: 5 500 mAh, carregamento de 33 W]]</li>
<li>[[Peso 204 g, espessura 8,6 mm]]</li>
<li>Preço: 319 euros</li>
</ul>
<p>Na autonomia, o Orion ganha sem surpresa. [[Com uso intenso chegou ao fim do segundo dia com 18 % de bateria]], enquanto o Nova pedia carregador ao fim da tarde do segundo dia. Em compensação, o Nova recupera metade da carga em vinte minutos.</p>
<p>[[O ecrã OLED do Nova A7 é claramente superior ao sol]], e a estabilização ótica faz diferença nas fotografias noturnas e nos vídeos a andar. Somado às atualizações prometidas por mais tempo, é o que recomendamos à maioria dos leitores, mesmo custando mais vinte euros.</p>
</div>
<div class="price-widget"><span>{{Melhor preço hoje:}}</span> <a class="btn" href="#">{{Ver na loja por 339 €}}</a></div>
<div class="score-badge">{{Nota final: 8,1/10}}</div>
<section class="related"><h3>{{Outras análises}}</h3><ul><li><a href="/analises/auriculares-sem-fios-ate-50-euros">{{Auriculares sem fios até 50 euros}}</a></li></ul></section>
</article>
</main>
<footer class="footer"><p>© 2026 Bits &amp; Ecrãs · Estatuto editorial</p></footer>
</body>
"""))

PAGES.append(dict(
name="de-drupal-heizungsgesetz-mieter-erklaert-listen",
comment="""Trap 2 (not paragraphs): de consumer-advice site on Drupal, a legal/policy
explainer built on nested lists (an <ol> of cases with <ul> sublists,
and a <ul> of deadlines). List items at both levels are must, with the
prose. Real boilerplate: breadcrumb, date, disclaimer box, "Das könnte
Sie auch interessieren", print/share links, EU Cookie Compliance banner.""",
lang="de-DE", site="Mieterrat Kompass", author="Jens Oldenburg",
date="2026-11-26T10:30:00+01:00", ld={"@type": "Article"},
url="https://www.mieterrat-kompass.example/ratgeber/heizungstausch-was-mieter-zahlen-muessen",
title="Heizungstausch: Was Mieterinnen und Mieter zahlen müssen – und was nicht",
desc="Wenn der Vermieter eine neue Heizung einbaut, darf er die Miete erhöhen. Wir erklären die Grenzen.",
headextra='<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n',
html="""
<body class="path-node page-node-type-ratgeber">
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-message"><p>{{Wir verwenden Cookies, um die Nutzung unserer Seiten auszuwerten. Sie können selbst entscheiden.}}</p></div><button class="agree-button">Einverstanden</button> <button class="decline-button">Ablehnen</button></div>
<header role="banner" class="site-header"><a href="/" rel="home">Mieterrat Kompass</a><nav class="menu--main"><ul><li><a href="/ratgeber">Ratgeber</a></li><li><a href="/musterbriefe">Musterbriefe</a></li><li><a href="/beratung">Beratung</a></li><li><a href="/mitglied-werden">Mitglied werden</a></li></ul></nav></header>
<main role="main">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{{<li><a href="/">Startseite</a></li> <li><a href="/ratgeber">Ratgeber</a></li> <li>Heizung</li>}}</ol></nav>
<article class="node node--type-ratgeber">
<h1 class="page-title">Heizungstausch: Was Mieterinnen und Mieter zahlen müssen – und was nicht</h1>
<div class="node__meta">{{Stand: 26. November 2026}}</div>
<div class="field--name-body">
<p>[[Viele Vermieter tauschen in den nächsten Jahren alte Öl- und Gasheizungen aus.]] Für Mieterinnen und Mieter stellt sich dann die Frage, ob und wie stark die Miete danach steigen darf. Das Gesetz unterscheidet dabei zwei Wege, zwischen denen der Vermieter wählen kann, und setzt in beiden Fällen eine Obergrenze.</p>
<h2>Die zwei Wege der Mieterhöhung</h2>
<ol class="cases">
<li>[[Weg 1: Modernisierungsumlage mit Förderabzug]]
<ul>
<li>[[Der Vermieter darf zehn Prozent der Kosten auf die Jahresmiete umlegen.]]</li>
<li>[[Staatliche Förderung muss er vorher von den Kosten abziehen.]]</li>
</ul></li>
<li>[[Weg 2: Modernisierungsumlage ohne Förderung]]
<ul>
<li>[[Dann darf er nur acht Prozent der Kosten umlegen.]]</li>
<li>[[Reparaturkosten, die ohnehin fällig gewesen wären, zählen nicht mit.]]</li>
</ul></li>
</ol>
<p>[[In beiden Fällen gilt eine Kappungsgrenze von 50 Cent pro Quadratmeter]] und Monat allein für den Heizungstausch. Für eine Wohnung von 70 Quadratmetern sind das höchstens 35 Euro im Monat, auch wenn die neue Anlage deutlich teurer war als geplant.</p>
<h2>Fristen, auf die Sie achten sollten</h2>
<ul class="deadlines">
<li>[[Die Ankündigung muss drei Monate vor Beginn der Arbeiten kommen.]]</li>
<li>Einen Härtefall können Sie bis zum Ende des Folgemonats geltend machen.</li>
</ul>
<p>Wer die Erhöhung für falsch berechnet hält, sollte nicht einfach weniger zahlen, sondern schriftlich widersprechen und sich beraten lassen. [[Fehler in der Berechnung sind nach unserer Erfahrung eher die Regel als die Ausnahme.]]</p>
</div>
<div class="disclaimer-box">{{Dieser Ratgeber ersetzt keine Rechtsberatung im Einzelfall.}}</div>
<div class="node-links"><a href="#">{{Seite drucken}}</a> <a href="#">{{Per E-Mail teilen}}</a></div>
<section class="block-related"><h2>{{Das könnte Sie auch interessieren}}</h2><ul><li><a href="/ratgeber/nebenkostenabrechnung-pruefen">{{Nebenkostenabrechnung prüfen in fünf Schritten}}</a></li><li><a href="/ratgeber/mietspiegel-2027">{{Der neue Mietspiegel kommt im Frühjahr}}</a></li></ul></section>
</article>
</main>
<footer class="site-footer"><p>Mieterrat Kompass e. V. · Impressum · Datenschutz</p></footer>
</body>
"""))
