PAGES = []

# 7. Czech dentist practice
PAGES.append(dict(
name="cs-zubni-ordinace-tym-objednani", lang="cs-CZ",
comment="""cs: a dental practice's one-page site: intro line, team of four with roles and
one-line bios, treatments list with short lines and price hints,
opening-hours table, insurance note, online booking form, map
address. JSON-LD: Dentist with openingHoursSpecification. Cookie bar.
No article.""",
url="https://www.zubni-ordinace-letna.example/",
site="Zubní ordinace Letná",
doctitle="Zubní ordinace Letná – MUDr. Veronika Šindelářová | Praha 7",
desc="Zubní ordinace na Letné: prevence, dentální hygiena, bezbolestné ošetření, estetická stomatologie. Přijímáme nové pacienty, objednání online.",
css="/css/app.min.css?v=15",
bodyclass="onepage",
jsonld={"@context":"https://schema.org","@type":"Dentist","name":"Zubní ordinace Letná","telephone":"+420 233 000 712","address":{"@type":"PostalAddress","streetAddress":"Milady Horákové 38","postalCode":"170 00","addressLocality":"Praha 7","addressCountry":"CZ"},"openingHoursSpecification":[{"@type":"OpeningHoursSpecification","dayOfWeek":["Monday","Wednesday"],"opens":"08:00","closes":"18:00"},{"@type":"OpeningHoursSpecification","dayOfWeek":["Tuesday","Thursday"],"opens":"07:30","closes":"15:30"},{"@type":"OpeningHoursSpecification","dayOfWeek":"Friday","opens":"08:00","closes":"13:00"}]},
header="""<header class="navbar"><a class="navbar-brand" href="/">Zubní ordinace Letná</a><nav><a href="#o-nas">O nás</a><a href="#tym">Tým</a><a href="#osetreni">Ošetření</a><a href="#ordinacni-hodiny">Ordinační hodiny</a><a href="#objednat" class="btn btn-primary">Objednat se</a></nav><a class="phone" href="tel:+420233000712">233 000 712</a></header>""",
main="""<main>
<section id="o-nas" class="hero"><h1>Zubní péče bez spěchu, kousek od Letenských sadů</h1><p>Přijímáme nové pacienty všech věkových skupin, dospělé i děti od tří let.</p><a href="#objednat" class="btn btn-primary">Objednat se online</a></section>
<section id="tym"><h2>Náš tým</h2>
<div class="person"><img src="/img/sindelarova.jpg" alt=""><h3>MUDr. Veronika Šindelářová</h3><p class="role">Zubní lékařka, vedoucí ordinace</p><p>Stomatologii vystudovala na 1. LF UK, věnuje se hlavně endodoncii.</p></div>
<div class="person"><img src="/img/kucera.jpg" alt=""><h3>MDDr. Tomáš Kučera</h3><p class="role">Zubní lékař</p><p>Ošetřuje dětské pacienty a zhotovuje keramické korunky.</p></div>
<div class="person"><img src="/img/vanickova.jpg" alt=""><h3>Bc. Lucie Vaníčková</h3><p class="role">Dentální hygienistka</p><p>Vede instruktáže a pravidelné hygieny, i pro pacienty s rovnátky.</p></div>
<div class="person"><img src="/img/mracek.jpg" alt=""><h3>Jana Mráčková</h3><p class="role">Zdravotní sestra a recepce</p><p>Domluví vám termín a připomene ho den předem SMS zprávou.</p></div></section>
<section id="osetreni"><h2>Ošetření</h2><ul class="treatments">
<li><strong>Preventivní prohlídka</strong> – jednou za půl roku, hrazeno pojišťovnou</li>
<li><strong>Dentální hygiena</strong> – 60 minut, od 1 400 Kč</li>
<li><strong>Bílé výplně</strong> – fotokompozit, od 1 800 Kč</li>
<li><strong>Ošetření kořenových kanálků</strong> – pod mikroskopem, od 4 500 Kč</li>
<li><strong>Korunky a můstky</strong> – celokeramické, od 9 900 Kč</li>
<li><strong>Bělení zubů</strong> – domácí i ordinační, od 5 500 Kč</li>
<li><strong>Dětská stomatologie</strong> – první návštěva hrou</li></ul>
<p class="note">Máme smlouvy s VZP, ZPMV, OZP a ČPZP. Ceník nadstandardních výkonů vám rádi pošleme e-mailem.</p></section>
<section id="ordinacni-hodiny"><h2>Ordinační hodiny</h2><table><tr><th>Pondělí</th><td>8:00–18:00</td></tr><tr><th>Úterý</th><td>7:30–15:30</td></tr><tr><th>Středa</th><td>8:00–18:00</td></tr><tr><th>Čtvrtek</th><td>7:30–15:30</td></tr><tr><th>Pátek</th><td>8:00–13:00</td></tr></table><p>Akutní bolest ošetříme každý den v 7:30 bez objednání.</p></section>
<section id="objednat"><h2>Objednat se online</h2><form class="booking" action="/rezervace" method="post"><label>Jméno a příjmení <input name="jmeno" required></label><label>Telefon <input name="telefon" type="tel" required></label><label>E-mail <input name="email" type="email"></label><label>Důvod návštěvy <select name="duvod"><option>Preventivní prohlídka</option><option>Dentální hygiena</option><option>Bolest</option><option>Jiné</option></select></label><label>Preferovaný den <input name="den" type="date"></label><label><input type="checkbox" name="novy"> Jsem nový pacient</label><button class="btn btn-primary">Odeslat žádost</button></form></section>
<section class="map"><h2>Kde nás najdete</h2><p>Milady Horákové 38, Praha 7 – tramvaj 1, 8, 25, 26, zastávka Letenské náměstí. Ordinace je ve 2. patře, dům má výtah.</p></section>
</main>""",
footer="""<footer><p>Zubní ordinace Letná s.r.o. · IČ 00000000 · Milady Horákové 38, 170 00 Praha 7 · recepce@zubni-ordinace-letna.example</p><p><a href="/ochrana-osobnich-udaju">Ochrana osobních údajů</a> · <a href="/cenik">Ceník</a></p></footer>""",
consent="""<div class="cookie-consent">Používáme pouze nezbytné cookies a anonymní měření návštěvnosti. <button>Rozumím</button></div>"""))

# 8. English city council department page
PAGES.append(dict(
name="en-council-department-highways-contacts", lang="en-GB",
comment="""en-GB: a city council's department page (GOV.UK-style design system): "Highways
and Transport" with breadcrumb, a two-sentence summary, "What we do"
list of tasks, "Report or apply" links to online forms, contact
details per team, related links, "Is this page useful?" feedback.
JSON-LD: GovernmentOrganization + BreadcrumbList. Cookie banner.
No article.""",
url="https://www.harrowgate-city.example/council/departments/highways-and-transport",
site="Harrowgate City Council",
doctitle="Highways and Transport – Harrowgate City Council",
desc="What the Highways and Transport department does, how to report a problem with a road, pavement or streetlight, and how to contact each team.",
css="/assets/stylesheets/application-4b1e.css",
bodyclass="govuk-template__body",
jsonld={"@context":"https://schema.org","@graph":[{"@type":"GovernmentOrganization","name":"Harrowgate City Council – Highways and Transport","parentOrganization":{"@type":"GovernmentOrganization","name":"Harrowgate City Council"},"telephone":"+44 1632 960 410","email":"highways@harrowgate-city.example"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://www.harrowgate-city.example/"},{"@type":"ListItem","position":2,"name":"Council","item":"https://www.harrowgate-city.example/council"},{"@type":"ListItem","position":3,"name":"Departments","item":"https://www.harrowgate-city.example/council/departments"},{"@type":"ListItem","position":4,"name":"Highways and Transport"}]}]},
header="""<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner"><div class="govuk-header__container"><a href="/" class="govuk-header__link--homepage">Harrowgate City Council</a><form class="site-search" action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form></div>
<nav class="service-nav"><ul><li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/parking">Parking</a></li><li><a href="/planning">Planning</a></li><li><a href="/roads-and-travel">Roads and travel</a></li><li><a href="/council">Your council</a></li></ul></nav></header>""",
main="""<div class="govuk-width-container"><nav class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li><a href="/">Home</a></li><li><a href="/council">Council</a></li><li><a href="/council/departments">Departments</a></li><li>Highways and Transport</li></ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main">
<h1 class="govuk-heading-xl">Highways and Transport</h1>
<p class="govuk-body-l">We look after 1,140 miles of roads, pavements, bridges and streetlights in the city. We also plan bus priority, cycle routes and school travel.</p>
<h2 class="govuk-heading-m">What we do</h2>
<ul class="govuk-list govuk-list--bullet"><li>repair potholes, pavements and drains</li><li>maintain streetlights and traffic signals</li><li>grit priority routes from November to March</li><li>issue licences for skips, scaffolding and road closures</li><li>run school crossing patrols</li><li>plan cycle lanes and bus lanes with the combined authority</li></ul>
<h2 class="govuk-heading-m">Report or apply online</h2>
<ul class="govuk-list"><li><a href="/report/pothole">Report a pothole or damaged pavement</a></li><li><a href="/report/streetlight">Report a streetlight that is not working</a></li><li><a href="/apply/skip-permit">Apply for a skip permit</a></li><li><a href="/apply/dropped-kerb">Apply for a dropped kerb</a></li><li><a href="/apply/temporary-road-closure">Apply for a temporary road closure</a></li><li><a href="/roadworks-map">See current roadworks on the map</a></li></ul>
<div class="govuk-inset-text">If a fault is dangerous, for example an exposed electric cable or a missing manhole cover, call 01632 960 499 at any time.</div>
<h2 class="govuk-heading-m">Contact the teams</h2>
<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt>Highway maintenance</dt><dd>01632 960 410<br>highways@harrowgate-city.example</dd></div><div class="govuk-summary-list__row"><dt>Street lighting</dt><dd>01632 960 415<br>lighting@harrowgate-city.example</dd></div><div class="govuk-summary-list__row"><dt>Network management and permits</dt><dd>01632 960 422<br>streetworks@harrowgate-city.example</dd></div><div class="govuk-summary-list__row"><dt>Road safety and school crossings</dt><dd>01632 960 430<br>roadsafety@harrowgate-city.example</dd></div></dl>
<p class="govuk-body">Phone lines are open Monday to Friday, 9am to 5pm. Head of service: Graham Oduya, Director of Highways and Transport.</p>
<h2 class="govuk-heading-s">Related</h2><ul class="govuk-list"><li><a href="/council/departments/environment">Environment and Waste</a></li><li><a href="/roads-and-travel/winter-gritting">Winter gritting routes</a></li><li><a href="/council/transport-strategy-2030">Transport strategy 2030</a></li></ul>
<div class="feedback"><h2 class="govuk-heading-s">Is this page useful?</h2><button>Yes</button><button>No</button><a href="/report-a-problem-with-this-page">Report a problem with this page</a></div>
</main></div>""",
footer="""<footer class="govuk-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact the council</a></li></ul><p>© Harrowgate City Council, Civic Centre, Market Street, Harrowgate HG9 1AA</p></footer>""",
consent="""<div class="govuk-cookie-banner" role="region" aria-label="Cookies on Harrowgate City Council"><h2 class="govuk-cookie-banner__heading">Cookies on Harrowgate City Council</h2><p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site.</p><button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button><a href="/cookies">View cookies</a></div>"""))

# 9. Spanish university faculty landing page
PAGES.append(dict(
name="es-facultad-ciencias-mar-portada", lang="es-ES",
comment="""es: a university faculty's landing page (Liferay-like portal): 80-word intro
from the faculty, quick links, degree and master programme links,
agenda of four events with dates, "Noticias" strip of three headlines
only, contact box. JSON-LD: CollegeOrUniversity (department) +
BreadcrumbList. Cookie banner. No article.""",
url="https://www.universidad-atlantica.example/facultad-ciencias-del-mar",
site="Universidad Atlántica",
doctitle="Facultad de Ciencias del Mar – Universidad Atlántica",
desc="Grados, másteres, doctorado e investigación en la Facultad de Ciencias del Mar de la Universidad Atlántica, en el campus de Punta Gorda.",
css="/o/ua-theme/css/main.css?browserId=other&amp;t=1733300000",
bodyclass="controls-visible guest-site",
jsonld={"@context":"https://schema.org","@graph":[{"@type":"CollegeOrUniversity","name":"Facultad de Ciencias del Mar","parentOrganization":{"@type":"CollegeOrUniversity","name":"Universidad Atlántica"},"address":{"@type":"PostalAddress","streetAddress":"Campus de Punta Gorda, edificio C","addressLocality":"Vigo","addressCountry":"ES"},"email":"decanato.mar@universidad-atlantica.example"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Inicio"},{"@type":"ListItem","position":2,"name":"Centros"},{"@type":"ListItem","position":3,"name":"Facultad de Ciencias del Mar"}]}]},
header="""<header id="banner"><a class="logo" href="/">Universidad Atlántica</a><nav class="top-links"><a href="/estudiantes">Estudiantes</a><a href="/pdi">PDI</a><a href="/ptgas">PTGAS</a><a href="/sede-electronica">Sede electrónica</a><a href="/en/facultad-ciencias-del-mar">English</a><a href="/gl/facultade-ciencias-do-mar">Galego</a></nav>
<nav id="navigation"><ul><li><a href="/estudios">Estudios</a></li><li><a href="/investigacion">Investigación</a></li><li><a href="/centros">Centros</a></li><li><a href="/internacional">Internacional</a></li><li><a href="/vida-universitaria">Vida universitaria</a></li></ul></nav></header>""",
main="""<div id="wrapper"><nav class="breadcrumb"><a href="/">Inicio</a> / <a href="/centros">Centros</a> / Facultad de Ciencias del Mar</nav>
<main id="content">
<section class="portlet intro"><h1>Facultad de Ciencias del Mar</h1><p>Desde 1991 formamos a biólogas, oceanógrafos y especialistas en acuicultura a pie de ría. Nuestro alumnado embarca en el buque de investigación Lamprea desde el primer curso, trabaja en los laboratorios de la estación de Toralla y puede cursar un semestre en cualquiera de las doce universidades costeras de nuestra red europea. Somos 1.450 estudiantes, 160 investigadores y un claustro que publica cada año más de doscientos artículos sobre el océano Atlántico y sus costas. La facultad está a diez minutos del puerto.</p></section>
<section class="portlet quick-links"><ul><li><a href="/facultad-ciencias-del-mar/horarios">Horarios y aulas</a></li><li><a href="/facultad-ciencias-del-mar/calendario-examenes">Calendario de exámenes</a></li><li><a href="/facultad-ciencias-del-mar/tfg">Trabajo de fin de grado</a></li><li><a href="/facultad-ciencias-del-mar/practicas">Prácticas en empresas</a></li><li><a href="/facultad-ciencias-del-mar/secretaria">Secretaría virtual</a></li></ul></section>
<section class="portlet programmes"><h2>Estudios</h2><h3>Grados</h3><ul><li><a href="/estudios/grado-ciencias-del-mar">Grado en Ciencias del Mar</a></li><li><a href="/estudios/grado-biologia-marina">Grado en Biología Marina</a></li></ul><h3>Másteres</h3><ul><li><a href="/estudios/master-oceanografia">Máster en Oceanografía</a></li><li><a href="/estudios/master-acuicultura">Máster en Acuicultura Sostenible</a></li><li><a href="/estudios/master-gestion-costera">Máster en Gestión Integrada de Zonas Costeras</a></li></ul><h3>Doctorado</h3><ul><li><a href="/estudios/doctorado-ciencias-marinas">Programa de Doctorado en Ciencias Marinas</a></li></ul></section>
<section class="portlet agenda"><h2>Agenda</h2><ul>
<li><time datetime="2026-12-10">10 dic</time> <a href="/agenda/defensa-tesis-ramos">Defensa de tesis: Ángela Ramos Iglesias</a> · Salón de grados, 11:00</li>
<li><time datetime="2026-12-12">12 dic</time> <a href="/agenda/jornada-puertas-abiertas">Jornada de puertas abiertas para bachillerato</a> · Edificio C, 10:00</li>
<li><time datetime="2026-12-16">16 dic</time> <a href="/agenda/seminario-microplasticos">Seminario: microplásticos en bivalvos</a> · Aula 2.4, 16:30</li>
<li><time datetime="2027-01-14">14 ene</time> <a href="/agenda/plazo-erasmus">Fin del plazo de solicitud Erasmus+</a></li></ul><a href="/agenda?centro=mar">Ver toda la agenda</a></section>
<section class="portlet news-strip"><h2>Noticias</h2><ul><li><a href="/noticias/lamprea-campana-invierno">El Lamprea inicia su campaña de invierno en el banco de Galicia</a></li><li><a href="/noticias/premio-tfg-acuicultura">Un TFG sobre cultivo de algas, premio del Consejo Social</a></li><li><a href="/noticias/nuevo-laboratorio-toralla">Toralla estrena laboratorio de genómica</a></li></ul></section>
<section class="portlet contact"><h2>Contacto</h2><p>Decanato: Campus de Punta Gorda, edificio C, planta 1</p><p>Teléfono 986 000 340 · decanato.mar@universidad-atlantica.example</p><p>Secretaría: lunes a viernes de 9:00 a 14:00</p></section>
</main></div>""",
footer="""<footer id="footer"><p>Universidad Atlántica · Rúa do Porto s/n · 36200 Vigo</p><nav><a href="/aviso-legal">Aviso legal</a> <a href="/privacidad">Privacidad</a> <a href="/accesibilidad">Accesibilidad</a> <a href="/transparencia">Portal de transparencia</a></nav></footer>""",
consent="""<div class="cookie-banner" role="dialog"><p>Utilizamos cookies propias y de terceros con fines analíticos. Puede aceptarlas o rechazarlas.</p><button>Aceptar</button><button>Rechazar</button><a href="/politica-de-cookies">Configurar</a></div>"""))
