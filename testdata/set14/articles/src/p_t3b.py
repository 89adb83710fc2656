# Trap 3: story sentences that open like calls to action (part 2).
PAGES = [
dict(
name="es-wp-cometa-navarra-observacion",
comment="""trap 3 (CTA openers in the story): es science news on a WordPress regional site (Newspaper-like).
Story sentences open with "Sigue", "Mira", "Inscríbete", "Patrocinado", "Descarga" (all must).
Real: breadcrumb, byline/date, share bar, "Síguenos en Instagram" line, related list, Complianz-like consent.""",
lang="es-ES", site="Diario del Ebro Norte", author="Iñaki Goñi",
url="https://www.diarioebronorte.example/ciencia/cometa-visible-navarra-diciembre/",
title="Un cometa se deja ver a simple vista en el cielo de Navarra este mes",
desc="El cometa C/2026 K2 alcanzará su máximo brillo hacia el 14 de diciembre. Los astrónomos aficionados explican cómo encontrarlo.",
date="2026-12-03T18:20:00+01:00",
nav=["Navarra", "Pamplona", "Ciencia", "Deportes", "Opinión"],
bodyclass="post-template-default single single-post td-standard-pack",
headextra='<meta name="generator" content="WordPress 6.7">',
footer="Diario del Ebro Norte · Aviso legal · Política de privacidad · Contacto",
pre="""<div class="entry-crumbs"><span><a href="/">{{Inicio</a></span> <i class="td-bread-sep"> » </i> <span><a href="/ciencia/">Ciencia}}</a></span></div>""",
article="""<main class="td-main-content"><article class="post type-post">
<header class="td-post-title"><h1 class="entry-title">Un cometa se deja ver a simple vista en el cielo de Navarra este mes</h1>
<div class="td-module-meta-info"><span class="td-post-author-name">{{Por Iñaki Goñi}}</span> <time class="entry-date">{{3 diciembre, 2026}}</time></div></header>
<div class="td-post-content">
<p>Por primera vez desde 2020, un cometa podrá verse sin prismáticos desde Navarra. [[El C/2026 K2, descubierto en mayo por un telescopio de Hawái]], alcanzará su máximo brillo hacia el 14 de diciembre, cuando estará a unos 95 millones de kilómetros de la Tierra.</p>
<p>La Agrupación Astronómica de Navarra ha preparado una pequeña guía para quien quiera buscarlo. [[Sigue al cometa bajo en el oeste, justo después de la puesta de sol]], entre las seis y las siete y media de la tarde, antes de que se oculte tras el horizonte.</p>
<p>[[Mira primero hacia Venus, que es imposible de confundir]], y baja luego la vista unos diez grados hacia la derecha, explica la presidenta de la agrupación, Maite Arbizu. Con el puño cerrado y el brazo estirado se cubren aproximadamente esos diez grados de cielo.</p>
<p>La contaminación lumínica es el mayor obstáculo. Desde el centro de Pamplona el cometa se verá como una mancha difusa, mientras que desde la sierra de Urbasa o las Bardenas podría distinguirse su cola. [[Basta alejarse quince kilómetros de la ciudad para notar la diferencia]], según Arbizu.</p>
<p>[[Inscríbete antes del día 10 si quieres ir a la observación pública]] del sábado 13 en el Planetario de Pamplona, pidió la agrupación en su comunicado, porque las plazas para usar los telescopios están limitadas a 60. Quien no tenga plaza podrá mirar con sus propios prismáticos.</p>
<p>[[Patrocinado por el Gobierno foral, el planetario abrirá además su cúpula]] las noches del 12 al 15 con sesiones gratuitas sobre cometas. [[El programa incluye una charla sobre la sonda europea Comet Interceptor]], que debería lanzarse antes de 2030.</p>
<p>Para quien quiera fotografiarlo, la agrupación recomienda un trípode y exposiciones de diez a veinte segundos. [[Descarga el mapa del cielo que ha publicado la agrupación]] y llévalo impreso: la pantalla del móvil, aunque se oscurezca, deslumbra lo suficiente para perder el cometa.</p>
</div>
<div class="td-post-sharing"><span class="td-social-share-text">{{Compartir en redes}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
<p class="td-instagram-follow">{{Síguenos en Instagram para no perderte ninguna foto del cielo navarro.}}</p>
</article></main>""",
post="""<div class="td-related-posts"><h4 class="td-related-title">{{Artículos relacionados}}</h4><ul><li><a href="/ciencia/eclipse-2026/">{{Así se vio el eclipse desde Tudela}}</a></li></ul></div>""",
consent="""<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner" role="dialog"><div class="cmplz-message">{{Utilizamos cookies para optimizar nuestro sitio web y nuestro servicio.}}</div><button class="cmplz-accept">Aceptar</button><button class="cmplz-deny">Denegar</button></div></div>""",
),
dict(
name="it-custom-raccolta-differenziata-calendario",
comment="""trap 3 (CTA openers in the story): it local news, custom CMS. Story sentences open with
"Scarica", "Registrati", "Pubblicità", "Guarda", "Accetta" (all must). Real: byline/date, share bar,
"Leggi anche" list, app plug, cookie bar, footer.""",
lang="it-IT", site="La Voce del Lario", author="Chiara Bianchini",
url="https://www.vocedellario.example/cronaca/como-raccolta-rifiuti-nuovo-calendario-2027",
title="Como, cambia la raccolta dei rifiuti: umido tre volte a settimana",
desc="Dal 7 gennaio il nuovo appalto porta più passaggi per l'umido e la plastica, ma il vetro si raccoglierà ogni due settimane.",
date="2026-11-27T10:05:00+01:00",
nav=["Como", "Lecco", "Lago", "Sport", "Economia"],
bodyclass="articolo",
footer="La Voce del Lario · Testata registrata presso il Tribunale di Como · P. IVA 00000000000",
article="""<main class="main"><article class="articolo-completo">
<h1 class="titolo">Como, cambia la raccolta dei rifiuti: umido tre volte a settimana</h1>
<div class="firma">{{di Chiara Bianchini}} <span class="data">{{27 novembre 2026}}</span></div>
<div class="corpo">
<p>Dal 7 gennaio a Como cambia il calendario della raccolta differenziata. [[Con il nuovo appalto l'umido verrà ritirato tre volte a settimana]] invece di due, mentre il vetro passerà da un ritiro settimanale a uno ogni quindici giorni. Le novità riguardano tutti i quartieri tranne la città murata.</p>
<p>Il Comune ha spedito una lettera a ogni famiglia, ma molti residenti non l'hanno ancora ricevuta. [[Scarica il calendario del tuo quartiere dall'app del gestore]], consiglia l'assessore all'ambiente Davide Riva, oppure ritiralo in formato cartaceo agli sportelli di via Pasquale Paoli.</p>
<p>[[Registrati allo sportello entro il 20 dicembre se hai bisogno dei nuovi bidoncini]]: la consegna a domicilio sarà riservata agli over 75 e alle persone con disabilità, tutti gli altri dovranno passare a prenderli con la tessera sanitaria.</p>
<p>Non mancano le polemiche. [[Pubblicità ingannevole, secondo il comitato di Camerlata]], quella dei manifesti affissi in città, che parlano di «più servizi a costo zero» senza dire che la tariffa dei rifiuti aumenterà del 4 per cento dal 2027.</p>
<p>Il Comune replica che l'aumento è legato all'inflazione e non al nuovo appalto. [[Guarda ai conti degli ultimi tre anni, dice Riva]], e vedrai che la tariffa di Como resta tra le più basse della Lombardia per una città capoluogo.</p>
<p>Nei condomini la situazione è più complicata: molti cortili non hanno spazio per un bidone in più. [[Accetta di tenere il contenitore dell'umido in cortile solo un amministratore su tre]], secondo un sondaggio dell'associazione dei proprietari, e in quei casi il ritiro avverrà dal marciapiede.</p>
<p>[[Per i primi due mesi non ci saranno multe]], promette il Comune: gli operatori lasceranno un adesivo sui sacchi esposti nel giorno sbagliato. [[Da marzo la sanzione per chi sbaglia giorno sarà di 50 euro.]]</p>
</div>
<div class="condividi"><span>{{Condividi su}}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<p class="promo-app">{{Scarica l'app della Voce del Lario: le notizie del lago sempre con te.}}</p>
</article></main>""",
post="""<section class="leggi-anche"><h3>{{Leggi anche}}</h3><ul><li><a href="/cronaca/paratie">{{Paratie, il cantiere chiude in primavera}}</a></li><li><a href="/cronaca/funicolare">{{Funicolare per Brunate ferma per manutenzione}}</a></li></ul></section>""",
consent="""<div class="cookie-bar" role="dialog"><p>{{Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti.}}</p><button>Accetto</button><button>Rifiuto</button></div>""",
),
]
