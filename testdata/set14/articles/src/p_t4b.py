# Trap 4: structure traps (part 2).
PAGES = [
dict(
name="en-au-wp-water-bill-explainer-footnotes",
comment="""trap 4c (footnotes): en-AU long explainer on WordPress with the core footnotes block.
The endnotes (ol.wp-block-footnotes) are the reporter's own notes: article text, must; so is one
numbered paragraph. Real: breadcrumb, byline/date, share bar, "More explainers" list, newsletter line,
acknowledgement-of-country footer line, footer.""",
lang="en-AU", site="The Riverina Record", author="Hamish O'Connell",
url="https://www.riverinarecord.example/explainers/why-your-water-bill-has-a-fixed-charge/",
title="Explained: why half your water bill is a charge you cannot cut",
desc="Wagga Wagga households pay more than $480 a year before they turn on a tap. Here is where that money goes.",
date="2026-11-23T07:00:00+11:00", ldtype="NewsArticle",
nav=["News", "Explainers", "Farming", "Sport", "Opinion"],
bodyclass="post-template-default single single-post",
headextra='<meta name="generator" content="WordPress 6.7">',
footer="The Riverina Record acknowledges the Wiradjuri people, the traditional custodians of the land on which we work. © 2026",
pre="""<nav class="breadcrumbs" aria-label="breadcrumbs">{{Home › Explainers › Water}}</nav>""",
article="""<main id="main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Explained: why half your water bill is a charge you cannot cut</h1>
<p class="entry-meta">{{Words by Hamish O'Connell}} · <time>{{23 November 2026}}</time></p></header>
<div class="entry-content">
<p>Open a water bill in Wagga Wagga and you will find two kinds of charge. One depends on how much water you used. The other, [[the access charge, is the same whether you water a garden]] or spend the quarter overseas.<sup class="fn"><a href="#fn-1" id="fn-1-link">1</a></sup></p>
<p>For a typical household with a 20 mm meter, the access charges for water and sewerage came to $486 in the last financial year. [[That is slightly more than half of the average household bill]] of $941, according to figures from the council's annual report.<sup class="fn"><a href="#fn-2" id="fn-2-link">2</a></sup></p>
<h2>Where the money goes</h2>
<p>Most of a water utility's costs do not change with the amount of water that flows through the pipes. [[Pipes, pumps and treatment plants cost roughly the same to maintain]] in a wet year as in a dry one, and loans taken out to build them still have to be repaid.</p>
<p>Regulators therefore let utilities recover fixed costs through fixed charges. In New South Wales, the pricing tribunal sets a ceiling for the large city utilities, while councils like Wagga set their own charges within state guidelines. [[The result is that charges vary widely from town to town]].<sup class="fn"><a href="#fn-3" id="fn-3-link">3</a></sup></p>
<h2>Why not charge for water alone?</h2>
<p>Some economists argue that a higher price per kilolitre would encourage saving. [[Councils answer that revenue would then collapse in wet years]], just when the rain had already done the saving for them, leaving them short of money to maintain the network.</p>
<p>There is also a fairness argument. Large families use more water through no fault of their own, and a system that loaded everything onto usage would hit them hardest. [[Pensioners already get a rebate of up to $212 on the access charge]], which the state pays back to the council.</p>
<p>What households can change is the usage part. [[A dripping tap can waste more than 2,000 litres a month]], which at current prices adds about $6 to each monthly share of the bill, and a leaking toilet cistern can cost several times that.</p>
<section class="wp-block-footnotes-wrapper"><h2>Notes</h2>
<ol class="wp-block-footnotes">
<li id="fn-1">[[Businesses pay access charges according to the size of their meter]], so a 50 mm meter costs more than six times as much as a 20 mm one. <a href="#fn-1-link">↩︎</a></li>
<li id="fn-2">[[The average bill is for a household using 180 kilolitres a year]], the figure the council uses in its reports; actual use in Wagga ranges widely. <a href="#fn-2-link">↩︎</a></li>
<li id="fn-3">[[Goulburn Valley towns across the Murray set charges under Victorian rules]] and are not directly comparable. <a href="#fn-3-link">↩︎</a></li>
</ol></section>
</div>
<div class="share-row"><span>{{Share this explainer}}</span> <a href="#">Facebook</a> <a href="#">Email</a></div>
</article></main>""",
post="""<section class="more-explainers"><h2>{{More explainers}}</h2><ul><li><a href="/explainers/council-rates/">{{How your council rates are worked out}}</a></li></ul></section>
<aside class="newsletter-inline"><p>{{The Record in your inbox: local news every weekday at 6am.}}</p></aside>""",
),
dict(
name="es-custom-entrevista-pastora-trashumancia",
comment="""trap 4d (Q/A interview): es magazine interview, custom CMS. The questions are short bold
lines (<p><strong>...</strong></p>), the answers plain paragraphs; both are article text (must).
Real: breadcrumb, byline/date, photo credit, share bar, "Más entrevistas" list, newsletter box, footer.""",
lang="es-ES", site="Revista Campo Abierto", author="Lucía Ferrer",
url="https://www.campoabierto.example/entrevistas/pastora-trashumancia-canada-real",
title="Carmen Alcaide: “Cada año hay menos sitio para pasar con el ganado”",
desc="La pastora soriana lleva 30 años bajando sus ovejas a Extremadura por la Cañada Real. Habla del oficio y de su relevo.",
date="2026-11-22T10:00:00+01:00",
nav=["Actualidad", "Entrevistas", "Reportajes", "Medio rural", "Opinión"],
bodyclass="pagina-entrevista",
footer="Revista Campo Abierto · Editorial Meseta S.L. · Aviso legal · Cookies",
pre="""<nav class="migas">{{Portada / Entrevistas / Ganadería}}</nav>""",
article="""<main><article class="entrevista">
<h1>Carmen Alcaide: “Cada año hay menos sitio para pasar con el ganado”</h1>
<p class="autoria">{{Texto: Lucía Ferrer}} · <time>{{22 de noviembre de 2026}}</time></p>
<figure><img src="/img/alcaide.jpg" alt="Carmen Alcaide con su rebaño"><figcaption>{{Foto: Campo Abierto / Jorge Pastor}}</figcaption></figure>
<div class="cuerpo">
<p>[[Carmen Alcaide tiene 58 años y 1 200 ovejas merinas.]] Cada noviembre las baja desde Montenegro de Cameros, en Soria, hasta las dehesas de Cáceres: unos 500 kilómetros a pie por la Cañada Real Soriana Occidental, en algo más de un mes.</p>
<p><strong>[[¿Cuántos pastores hacen todavía el camino entero?]]</strong></p>
<p>[[Entero, a pie, quedamos tres o cuatro familias.]] La mayoría sube y baja en camión, que es más rápido y más barato. Yo lo sigo haciendo andando porque las ovejas llegan mejor, y porque si dejamos de pasar, la cañada se pierde.</p>
<p><strong>¿Se pierde?</strong></p>
<p>[[Se la comen las fincas, las carreteras, los polígonos.]] Hay tramos en Ávila donde la cañada debería medir 75 metros de ancho y no llega a diez. Cada año hay menos sitio para pasar con el ganado y más gente que te mira como si invadieras algo suyo.</p>
<p><strong>[[¿Qué es lo más duro del viaje?]]</strong></p>
<p>[[Cruzar las autovías y los pueblos grandes.]] Hay que pedir permiso con semanas de antelación, y a veces la Guardia Civil nos para el tráfico a las seis de la mañana. Lo demás, el frío, dormir poco, eso ya lo tienes asumido.</p>
<p><strong>¿Tiene relevo?</strong></p>
<p>[[Mi sobrina Irene, que tiene 26 años y estudió veterinaria.]] Lleva tres temporadas viniendo conmigo. No sé si aguantará toda la vida, pero es la primera vez en veinte años que veo a alguien joven con ganas de verdad.</p>
<p><strong>[[¿Qué pediría a la administración?]]</strong></p>
<p>[[Que marquen las cañadas y que las defiendan.]] No pedimos dinero, pedimos que no nos quiten el camino. Una cañada bien cuidada sirve también para los ciclistas y para los que hacen senderismo.</p>
</div>
<div class="compartir"><span>{{Comparte esta entrevista}}</span> <a href="#">Facebook</a> <a href="#">X</a></div>
</article></main>""",
post="""<section class="mas-entrevistas"><h2>{{Más entrevistas}}</h2><ul><li><a href="/entrevistas/quesero-idiazabal">{{El último quesero de Aralar que ordeña a mano}}</a></li></ul></section>
<aside class="boletin"><p>{{Recibe cada domingo lo mejor de Campo Abierto en tu correo.}}</p></aside>""",
),
]
