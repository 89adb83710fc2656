PAGES = []

# 13. French real-estate listing
PAGES.append(dict(
name="fr-agence-annonce-appartement-t3", lang="fr-FR",
comment="""fr: a real-estate agency's listing of one flat (T3 in Lyon): gallery, price,
key figures, a 90-word description, features list, energy label (DPE/
GES), fees line, agent card with phone and contact form, "Biens
similaires". JSON-LD: RealEstateListing with an Apartment and Offer.
Cookie banner. No article.""",
url="https://www.immo-saone.example/annonce/vente-appartement-3-pieces-lyon-4e-croix-rousse-ref-SA2291",
site="Saône Immobilier",
doctitle="Vente appartement 3 pièces 68 m² Lyon 4e – 389 000 € | Saône Immobilier",
desc="Croix-Rousse, appartement traversant de 68 m² au 3e étage avec balcon, deux chambres, cave. 389 000 € honoraires inclus.",
css="/assets/css/annonces.min.css",
bodyclass="annonce-detail",
jsonld={"@context":"https://schema.org","@type":"RealEstateListing","name":"Appartement 3 pièces 68 m² – Lyon 4e","url":"https://www.immo-saone.example/annonce/vente-appartement-3-pieces-lyon-4e-croix-rousse-ref-SA2291","datePosted":"2026-11-28","offers":{"@type":"Offer","price":"389000","priceCurrency":"EUR"},"about":{"@type":"Apartment","numberOfRooms":3,"numberOfBedrooms":2,"floorSize":{"@type":"QuantitativeValue","value":68,"unitCode":"MTK"},"address":{"@type":"PostalAddress","addressLocality":"Lyon","postalCode":"69004","addressCountry":"FR"}}},
header="""<header class="header"><a class="logo" href="/">Saône Immobilier</a><nav><a href="/acheter">Acheter</a><a href="/louer">Louer</a><a href="/vendre">Vendre</a><a href="/estimation">Estimation gratuite</a><a href="/agences">Nos agences</a></nav><a class="btn-fav" href="/mes-favoris">Mes favoris (0)</a></header>""",
main="""<main class="annonce">
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/acheter/lyon">Acheter à Lyon</a> › <a href="/acheter/lyon-4e">Lyon 4e</a> › Réf. SA2291</nav>
<div class="galerie"><img src="/photos/SA2291/1.jpg" alt="Séjour"><span class="compteur">1 / 14</span><button>Visite virtuelle</button></div>
<div class="annonce__entete"><h1>Appartement 3 pièces – 68 m² – Lyon 4e</h1><p class="prix">389 000 € <small>honoraires inclus à la charge du vendeur</small></p><button class="btn-fav">♡ Ajouter aux favoris</button></div>
<ul class="chiffres"><li>68 m²</li><li>3 pièces</li><li>2 chambres</li><li>3e étage sur 5</li><li>Balcon 5 m²</li><li>Cave</li></ul>
<section class="description"><h2>Description</h2><p>Sur le plateau de la Croix-Rousse, à deux pas du marché du boulevard, appartement traversant au troisième étage d’un immeuble canut de 1860 avec ascenseur. Le séjour de 26 m² garde ses plafonds de 3,60 m et ses poutres apparentes ; il donne sur un balcon orienté ouest. Cuisine séparée refaite en 2022, deux chambres calmes sur cour, salle d’eau avec fenêtre et WC séparés. Chauffage individuel au gaz, double vitrage, cave saine. Copropriété de 14 lots bien tenue, charges de 160 € par mois. Métro C Hénon à quatre minutes.</p></section>
<section class="caracteristiques"><h2>Caractéristiques</h2><ul><li>Année de construction : 1860</li><li>Chauffage : individuel gaz</li><li>Ascenseur : oui</li><li>Exposition : est-ouest</li><li>Copropriété : 14 lots</li><li>Charges annuelles : 1 920 €</li><li>Taxe foncière : 1 140 €</li></ul></section>
<section class="dpe"><h2>Diagnostics</h2><p>DPE : classe D (212 kWh/m²/an) · GES : classe D (41 kg CO2/m²/an)</p><p>Estimation des coûts annuels d’énergie : entre 1 380 € et 1 900 € (prix 2023).</p></section>
<aside class="agent"><img src="/agents/c-ferrand.jpg" alt=""><h2>Claire Ferrand</h2><p>Conseillère, agence Croix-Rousse</p><a class="btn" href="tel:+33478000416">04 78 00 04 16</a><form class="contact-agent"><label>Nom <input name="nom"></label><label>Téléphone <input name="tel"></label><label>E-mail <input name="email"></label><textarea name="message">Bonjour, je souhaite visiter ce bien (réf. SA2291).</textarea><button>Demander une visite</button></form></aside>
<section class="similaires"><h2>Biens similaires</h2><ul><li><a href="/annonce/vente-appartement-3-pieces-lyon-1er-ref-SA2274">T3 Lyon 1er, 71 m², 412 000 €</a></li><li><a href="/annonce/vente-appartement-3-pieces-lyon-4e-ref-SA2260">T3 Lyon 4e, 63 m², 355 000 €</a></li><li><a href="/annonce/vente-appartement-4-pieces-caluire-ref-SA2301">T4 Caluire, 82 m², 398 000 €</a></li></ul></section>
</main>""",
footer="""<footer class="footer"><p>Saône Immobilier SAS · Carte professionnelle CPI 6901 2026 000 000 000 · Garantie financière Galian</p><nav><a href="/honoraires">Barème des honoraires</a><a href="/mentions-legales">Mentions légales</a><a href="/mediateur">Médiateur de la consommation</a></nav></footer>""",
consent="""<div id="tarteaucitronAlertBig"><span id="tarteaucitronDisclaimerAlert">En poursuivant votre navigation, vous acceptez l’utilisation de services tiers pouvant installer des cookies.</span><button id="tarteaucitronPersonalize2">Tout accepter</button><button>Tout refuser</button><button>Personnaliser</button></div>"""))

# 14. English contact-us page
PAGES.append(dict(
name="en-contact-us-offices-form", lang="en-US",
comment="""en-US: a software consultancy's "Contact us" page: one-line intro, contact
form with topic select, three office cards (address, phone, hours),
press and careers pointers, support hours line, small FAQ links.
JSON-LD: ContactPage with Organization and three ContactPoints. Cookie
banner (OneTrust-like). No article.""",
url="https://www.lattice-and-loom.example/contact",
site="Lattice &amp; Loom",
doctitle="Contact us | Lattice &amp; Loom",
desc="Talk to Lattice & Loom about a project, get product support, or find our offices in Chicago, Denver and Austin.",
css="/static/css/main.2f8e.css",
bodyclass="page-contact",
jsonld={"@context":"https://schema.org","@type":"ContactPage","name":"Contact us","mainEntity":{"@type":"Organization","name":"Lattice & Loom","url":"https://www.lattice-and-loom.example/","contactPoint":[{"@type":"ContactPoint","contactType":"sales","telephone":"+1-312-555-0147","email":"hello@lattice-and-loom.example"},{"@type":"ContactPoint","contactType":"customer support","telephone":"+1-312-555-0190","hoursAvailable":"Mo-Fr 07:00-19:00"},{"@type":"ContactPoint","contactType":"media relations","email":"press@lattice-and-loom.example"}]}},
header="""<header class="site-header"><a class="logo" href="/">Lattice &amp; Loom</a><nav><a href="/services">Services</a><a href="/work">Our work</a><a href="/about">About</a><a href="/insights">Insights</a><a href="/careers">Careers</a><a class="btn" href="/contact">Contact</a></nav></header>""",
main="""<main class="contact">
<section class="contact__intro"><h1>Let’s talk</h1><p>Tell us a little about what you need and the right person will get back to you within one business day.</p></section>
<form class="contact__form" action="/api/contact" method="post"><label>First name <input name="first" required></label><label>Last name <input name="last" required></label><label>Work email <input name="email" type="email" required></label><label>Company <input name="company"></label><label>What can we help with? <select name="topic"><option>A new project</option><option>Support for an existing product</option><option>Partnerships</option><option>Something else</option></select></label><label>Message <textarea name="message" rows="5"></textarea></label><label><input type="checkbox" name="optin"> Send me the occasional email about events and new work</label><button class="btn">Send message</button><p class="form-note">By submitting this form you agree to our <a href="/privacy">privacy policy</a>.</p></form>
<section class="offices"><h2>Our offices</h2>
<div class="office"><h3>Chicago</h3><p>600 W Fulton Market, Suite 400<br>Chicago, IL 60661</p><p>+1 312 555 0147</p><p>Mon–Fri, 8:30am–6pm CT</p></div>
<div class="office"><h3>Denver</h3><p>1801 Wewatta St, Floor 3<br>Denver, CO 80202</p><p>+1 303 555 0162</p><p>Mon–Fri, 8:30am–6pm MT</p></div>
<div class="office"><h3>Austin</h3><p>501 Congress Ave, Suite 220<br>Austin, TX 78701</p><p>+1 512 555 0178</p><p>Mon–Fri, 8:30am–6pm CT</p></div></section>
<section class="other-contacts"><div><h3>Existing client?</h3><p>Open a ticket in the <a href="https://support.lattice-and-loom.example/">support portal</a> or call +1 312 555 0190, weekdays 7am–7pm CT.</p></div><div><h3>Press</h3><p>press@lattice-and-loom.example</p></div><div><h3>Looking for a job?</h3><p>See <a href="/careers">open roles</a>. We don’t accept applications through this form.</p></div></section>
<section class="contact-faq"><h2>Quick answers</h2><ul><li><a href="/faq#rates">Do you work on fixed-price projects?</a></li><li><a href="/faq#size">What is the smallest project you take on?</a></li><li><a href="/faq#nda">Can you sign our NDA before a first call?</a></li></ul></section>
</main>""",
footer="""<footer class="site-footer"><nav><a href="/services">Services</a><a href="/work">Our work</a><a href="/about">About</a><a href="/careers">Careers</a><a href="/privacy">Privacy</a><a href="/accessibility">Accessibility</a></nav><p>© 2026 Lattice &amp; Loom LLC. All rights reserved.</p></footer>""",
consent="""<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalize content, to provide social media features and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>"""))

# 15. Italian careers / culture page
PAGES.append(dict(
name="it-lavora-con-noi-cultura-aziendale", lang="it-IT",
comment="""it: a food company's "Lavora con noi" culture page: hero claim, three prose
blocks of about 50 words each ("Come lavoriamo", "Crescere qui",
"Dove siamo"), numbers row, employee quotes, benefits list, link to
open positions and spontaneous application. JSON-LD: Organization with
numberOfEmployees. Cookie banner (iubenda-like). No article.""",
url="https://www.pastificiovaldelsa.example/lavora-con-noi",
site="Pastificio Valdelsa",
doctitle="Lavora con noi – Pastificio Valdelsa",
desc="Scopri com’è lavorare al Pastificio Valdelsa: la nostra cultura, la formazione, i benefit e le posizioni aperte a Colle di Val d’Elsa e Milano.",
css="/wp-content/themes/valdelsa/assets/css/app.css?ver=1.9",
bodyclass="page-template-careers",
jsonld={"@context":"https://schema.org","@type":"Organization","name":"Pastificio Valdelsa S.p.A.","url":"https://www.pastificiovaldelsa.example/","numberOfEmployees":{"@type":"QuantitativeValue","value":214},"foundingDate":"1952","address":{"@type":"PostalAddress","addressLocality":"Colle di Val d’Elsa","addressRegion":"SI","addressCountry":"IT"}},
header="""<header class="site-header"><a class="logo" href="/">Pastificio Valdelsa</a><nav><a href="/prodotti">Prodotti</a><a href="/ricette">Ricette</a><a href="/la-nostra-storia">La nostra storia</a><a href="/sostenibilita">Sostenibilità</a><a class="current" href="/lavora-con-noi">Lavora con noi</a><a href="/shop">Shop</a></nav><div class="lang"><a href="/en/careers">EN</a></div></header>""",
main="""<main class="careers">
<section class="hero"><h1>Facciamo pasta da settant’anni. Ci servono persone che la facciano con noi.</h1><a class="btn" href="/lavora-con-noi/posizioni-aperte">Vedi le posizioni aperte</a></section>
<section class="culture-block"><h2>Come lavoriamo</h2><p>In trafila, in laboratorio e in ufficio lavoriamo in squadre piccole, con un responsabile che conosce il nome di tutti. Le decisioni sulla linea le prende chi sta sulla linea: se un impasto non convince, chiunque può fermare la produzione e nessuno gli chiederà di giustificarsi. Preferiamo un giorno perso a un pacco sbagliato.</p></section>
<section class="culture-block"><h2>Crescere qui</h2><p>Ogni persona ha quaranta ore l’anno di formazione pagata, scelte insieme al proprio responsabile. Chi entra in produzione affianca per tre mesi un collega esperto prima di lavorare da solo. Molti dei nostri capoturno hanno cominciato come operai stagionali, e due dirigenti hanno iniziato in magazzino a Colle.</p></section>
<section class="culture-block"><h2>Dove siamo</h2><p>Lo stabilimento è a Colle di Val d’Elsa, tra Siena e Firenze, con un mulino a pietra e due linee di essiccazione lenta. A Milano c’è un ufficio commerciale di dodici persone vicino alla stazione Centrale. Offriamo una navetta dalla stazione di Poggibonsi per i turni del mattino e della notte.</p></section>
<section class="numbers"><div><strong>214</strong> persone</div><div><strong>31</strong> nazionalità diverse nello stabilimento</div><div><strong>9 anni</strong> di anzianità media</div><div><strong>40 ore</strong> di formazione a testa</div></section>
<section class="quotes"><blockquote>“Sono entrata per l’estate, sono rimasta per la squadra.” <cite>Elisa, capoturno confezionamento</cite></blockquote><blockquote>“Qui posso provare un’idea sulla linea pilota senza chiedere tre permessi.” <cite>Karim, tecnologo alimentare</cite></blockquote></section>
<section class="benefits"><h2>Benefit</h2><ul><li>Mensa aziendale gratuita</li><li>Pacco pasta mensile per la famiglia</li><li>Welfare aziendale da 800 € l’anno</li><li>Assicurazione sanitaria integrativa</li><li>Orario flessibile per gli uffici</li></ul></section>
<section class="cta"><h2>Pronto a unirti a noi?</h2><a class="btn" href="/lavora-con-noi/posizioni-aperte">Posizioni aperte</a><a class="btn btn-outline" href="/lavora-con-noi/candidatura-spontanea">Candidatura spontanea</a></section>
</main>""",
footer="""<footer class="site-footer"><p>Pastificio Valdelsa S.p.A. · Via dei Mulini 4, 53034 Colle di Val d’Elsa (SI) · P.IVA 00000000000</p><nav><a href="/privacy-policy">Privacy policy</a><a href="/cookie-policy">Cookie policy</a><a href="/whistleblowing">Whistleblowing</a></nav></footer>""",
consent="""<div id="iubenda-cs-banner" role="alertdialog"><div class="iubenda-cs-content"><p>Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.</p><button class="iubenda-cs-accept-btn">Accetta</button><button class="iubenda-cs-reject-btn">Rifiuta</button><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button></div></div>"""))
