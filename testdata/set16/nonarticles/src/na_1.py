PAGES = []

# 1. German accountancy firm: services
PAGES.append(dict(
name="de-steuerkanzlei-leistungen-uebersicht", lang="de-DE",
comment="""de: a tax and accountancy firm's "Leistungen" page (WordPress + Elementor-like
sections). Hero line, five service sections of 40-60 words each in the
Sie register, each with a "Mehr erfahren" link; "Erstgespräch
vereinbaren" CTAs in the hero and in a closing CTA band; trust logos; footer with address. JSON-LD: AccountingService
with hasOfferCatalog. Cookie banner (Borlabs-like). No article.""",
url="https://www.kanzlei-brenninkmeyer.example/leistungen/",
site="Brenninkmeyer & Partner Steuerberatung",
doctitle="Leistungen – Brenninkmeyer &amp; Partner Steuerberatung in Münster",
desc="Steuerberatung, Finanzbuchhaltung, Lohnabrechnung, Jahresabschluss und Nachfolgeplanung für Unternehmen und Privatpersonen in Münster und dem Münsterland.",
css="/wp-content/uploads/elementor/css/post-14.css?ver=1733312112",
bodyclass="page-template-default page page-id-14 elementor-page",
jsonld={"@context":"https://schema.org","@type":"AccountingService","name":"Brenninkmeyer & Partner Steuerberatung","url":"https://www.kanzlei-brenninkmeyer.example/","telephone":"+49 251 000 4710","address":{"@type":"PostalAddress","streetAddress":"Hammer Straße 61","postalCode":"48153","addressLocality":"Münster","addressCountry":"DE"},"openingHours":"Mo-Fr 08:00-17:00","hasOfferCatalog":{"@type":"OfferCatalog","name":"Leistungen","itemListElement":[{"@type":"Offer","itemOffered":{"@type":"Service","name":n}} for n in ["Steuerberatung","Finanzbuchhaltung","Lohn- und Gehaltsabrechnung","Jahresabschluss","Unternehmensnachfolge"]]}},
header="""<header class="elementor-location-header"><div class="site-logo"><a href="/"><img src="/wp-content/uploads/logo-bp.svg" alt="Brenninkmeyer &amp; Partner"></a></div>
<nav class="elementor-nav-menu"><ul><li><a href="/">Start</a></li><li class="current-menu-item"><a href="/leistungen/">Leistungen</a></li><li><a href="/kanzlei/">Kanzlei</a></li><li><a href="/team/">Team</a></li><li><a href="/karriere/">Karriere</a></li><li><a href="/mandantenportal/">Mandantenportal</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>
<a class="elementor-button" href="tel:+492510004710">0251 000 47 10</a></header>""",
main="""<main id="content" class="site-main">
<section class="elementor-section hero"><h1>Unsere Leistungen</h1>
<p>Von der laufenden Buchhaltung bis zur Übergabe Ihres Betriebs: Wir begleiten Unternehmen, Selbstständige und Privatpersonen im Münsterland.</p>
<a class="elementor-button" href="/kontakt/#termin">Erstgespräch vereinbaren</a></section>
<section class="elementor-section service" id="steuerberatung"><h2>Steuerberatung</h2>
<p>Wir erstellen Ihre Einkommen-, Gewerbe- und Umsatzsteuererklärungen und prüfen jeden Bescheid, bevor die Einspruchsfrist abläuft. Dabei schauen wir nicht nur auf das vergangene Jahr: In einem jährlichen Planungsgespräch besprechen wir mit Ihnen, welche Investitionen, Abschreibungen und Gestaltungen sich im kommenden Jahr lohnen und wo Sie Vorauszahlungen anpassen sollten.</p>
<a class="more" href="/leistungen/steuerberatung/">Mehr erfahren</a></section>
<section class="elementor-section service" id="buchhaltung"><h2>Finanzbuchhaltung</h2>
<p>Sie fotografieren Ihre Belege mit der App oder laden sie im Mandantenportal hoch, wir kümmern uns um den Rest. Ihre Buchhaltung ist jeden Monat bis zum Zehnten abgeschlossen, die Umsatzsteuer-Voranmeldung geht pünktlich raus, und Sie sehen Ihre betriebswirtschaftliche Auswertung, ohne einen Ordner in die Kanzlei zu tragen.</p>
<a class="more" href="/leistungen/finanzbuchhaltung/">Mehr erfahren</a></section>
<section class="elementor-section service" id="lohn"><h2>Lohn- und Gehaltsabrechnung</h2>
<p>Ob zwei Minijobber oder sechzig Beschäftigte: Wir rechnen Löhne und Gehälter fristgerecht ab, melden an Krankenkassen und Berufsgenossenschaft und beantworten die Fragen Ihrer Mitarbeitenden zur Abrechnung. Bei Neueinstellungen, Elternzeit oder Kurzarbeit sagen wir Ihnen rechtzeitig, welche Unterlagen wir brauchen. Auch Baulohn und Pflegemindestlohn rechnen wir ab.</p>
<a class="more" href="/leistungen/lohn/">Mehr erfahren</a></section>
<section class="elementor-section service" id="abschluss"><h2>Jahresabschluss</h2>
<p>Wir erstellen Bilanz, Gewinn- und Verlustrechnung und Anhang für GmbH, KG und Einzelunternehmen und übermitteln die E-Bilanz an das Finanzamt. Im Abschlussgespräch erklären wir Ihnen die Zahlen in Ruhe und zeigen, was sie für Ihre Bank, Ihre Liquidität und das nächste Geschäftsjahr bedeuten.</p>
<a class="more" href="/leistungen/jahresabschluss/">Mehr erfahren</a></section>
<section class="elementor-section service" id="nachfolge"><h2>Unternehmensnachfolge</h2>
<p>Eine Übergabe an Kinder, Mitarbeitende oder einen Käufer braucht meist fünf bis zehn Jahre Vorlauf. Wir bewerten Ihr Unternehmen, rechnen Schenkung, Verkauf und Verpachtung steuerlich durch und arbeiten dabei eng mit Ihrem Notar und Ihrer Hausbank zusammen, damit am Ende kein Beteiligter überrascht wird.</p>
<a class="more" href="/leistungen/nachfolge/">Mehr erfahren</a></section>
<section class="elementor-section trust"><h3>Mitglied in</h3><ul class="logos"><li>Steuerberaterkammer Westfalen-Lippe</li><li>DATEV-Mitglied</li><li>Digitale Kanzlei 2026</li></ul></section>
<section class="elementor-section cta-band"><h2>Lassen Sie uns sprechen</h2><p>Das erste Gespräch ist kostenlos und unverbindlich.</p><a class="elementor-button" href="/kontakt/#termin">Erstgespräch vereinbaren</a></section>
</main>""",
footer="""<footer class="elementor-location-footer"><div class="col"><strong>Brenninkmeyer &amp; Partner mbB</strong><br>Hammer Straße 61, 48153 Münster<br>Telefon 0251 000 47 10<br>info@kanzlei-brenninkmeyer.example</div>
<div class="col"><strong>Öffnungszeiten</strong><br>Mo–Fr 8–17 Uhr und nach Vereinbarung</div>
<nav class="col"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/berufsrecht/">Berufsrechtliche Angaben</a></nav><p>© 2026 Brenninkmeyer &amp; Partner</p></footer>""",
consent="""<div id="BorlabsCookieBox" role="dialog"><h3>Datenschutzeinstellungen</h3><p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website zu verbessern.</p><button>Alle akzeptieren</button><button>Nur essenzielle Cookies akzeptieren</button><a href="/datenschutz/">Individuelle Datenschutzeinstellungen</a></div>""",
scripts='<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4"></script>\n'))

# 2. Dutch SaaS pricing page
PAGES.append(dict(
name="nl-saas-prijzen-drie-pakketten", lang="nl-NL",
comment="""nl: pricing page of a fictional invoicing SaaS ("Factuurvink"). Monthly/yearly
toggle, three plans with prices and feature lists, comparison note, FAQ
of four short items (details/summary), "Probeer 30 dagen gratis" CTAs.
JSON-LD: SoftwareApplication with three Offers + FAQPage. Next.js-like
markup. No consent banner. No article.""",
url="https://www.factuurvink.example/prijzen",
site="Factuurvink",
doctitle="Prijzen | Factuurvink – boekhouden voor zzp en mkb",
desc="Kies het pakket dat bij je bedrijf past. Vanaf €9 per maand, 30 dagen gratis proberen, maandelijks opzegbaar.",
css="/_next/static/css/8f1c2a7e3b.css",
bodyclass="",
jsonld={"@context":"https://schema.org","@graph":[{"@type":"SoftwareApplication","name":"Factuurvink","applicationCategory":"BusinessApplication","operatingSystem":"Web, iOS, Android","offers":[{"@type":"Offer","name":"Start","price":"9.00","priceCurrency":"EUR"},{"@type":"Offer","name":"Groei","price":"19.00","priceCurrency":"EUR"},{"@type":"Offer","name":"Team","price":"39.00","priceCurrency":"EUR"}]},{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Kan ik maandelijks opzeggen?","acceptedAnswer":{"@type":"Answer","text":"Ja. Een maandabonnement stopt aan het eind van de lopende maand."}},{"@type":"Question","name":"Is mijn boekhouder welkom?","acceptedAnswer":{"@type":"Answer","text":"Ja, je boekhouder krijgt gratis toegang tot je administratie."}}]}]},
header="""<div id="__next"><header class="Header_root__x1Qa"><a class="Header_logo__p2Lm" href="/">Factuurvink</a><nav class="Header_nav__d9Kt"><a href="/functies">Functies</a><a href="/prijzen" aria-current="page">Prijzen</a><a href="/boekhouders">Voor boekhouders</a><a href="/koppelingen">Koppelingen</a><a href="/help">Help</a></nav><a class="Button_ghost__u7Rw" href="https://app.factuurvink.example/inloggen">Inloggen</a><a class="Button_primary__k3Vb" href="/aanmelden">Probeer gratis</a></header>""",
main="""<main class="Pricing_root__a8Hn">
<section class="Pricing_hero__b2Qz"><h1>Eerlijke prijzen, geen verrassingen</h1><p>Alle pakketten 30 dagen gratis. Geen creditcard nodig.</p>
<div class="Toggle_root__m4Yt" role="tablist"><button role="tab" aria-selected="true">Maandelijks</button><button role="tab" aria-selected="false">Jaarlijks <span>2 maanden gratis</span></button></div></section>
<section class="Pricing_plans__c5Ws">
<div class="PlanCard_root__t6Fp"><h2>Start</h2><p class="PlanCard_tagline__e1Gx">Voor starters met een handvol klanten</p><p class="PlanCard_price__z0Lk"><span>€9</span> per maand, excl. btw</p>
<ul><li>Onbeperkt facturen en offertes</li><li>Bankkoppeling met 1 rekening</li><li>Btw-aangifte voorbereiden</li><li>Urenregistratie</li><li>Support via e-mail</li></ul><a class="Button_primary__k3Vb" href="/aanmelden?plan=start">Probeer 30 dagen gratis</a></div>
<div class="PlanCard_root__t6Fp PlanCard_featured__q8Dd"><span class="PlanCard_badge__h3Ja">Meest gekozen</span><h2>Groei</h2><p class="PlanCard_tagline__e1Gx">Voor zzp’ers en kleine bv’s</p><p class="PlanCard_price__z0Lk"><span>€19</span> per maand, excl. btw</p>
<ul><li>Alles uit Start</li><li>Bankkoppelingen onbeperkt</li><li>Bonnetjes scannen met de app</li><li>Automatische herinneringen</li><li>Toegang voor je boekhouder</li><li>Support via chat</li></ul><a class="Button_primary__k3Vb" href="/aanmelden?plan=groei">Probeer 30 dagen gratis</a></div>
<div class="PlanCard_root__t6Fp"><h2>Team</h2><p class="PlanCard_tagline__e1Gx">Voor bedrijven met personeel</p><p class="PlanCard_price__z0Lk"><span>€39</span> per maand, excl. btw</p>
<ul><li>Alles uit Groei</li><li>Tot 10 gebruikers</li><li>Projecten en kostenplaatsen</li><li>Goedkeuringsflow voor inkoop</li><li>Koppeling met je loonsoftware</li><li>Persoonlijke onboarding</li></ul><a class="Button_primary__k3Vb" href="/aanmelden?plan=team">Probeer 30 dagen gratis</a></div>
</section>
<p class="Pricing_note__r5Tc">Meer dan 10 gebruikers of een eigen koppeling nodig? <a href="/contact?onderwerp=maatwerk">Neem contact op voor een offerte</a>.</p>
<section class="Faq_root__y2Ke"><h2>Veelgestelde vragen</h2>
<details><summary>Kan ik maandelijks opzeggen?</summary><p>Ja. Een maandabonnement stopt aan het eind van de lopende maand.</p></details>
<details><summary>Kan ik later van pakket wisselen?</summary><p>Altijd. Je betaalt vanaf de volgende maand de nieuwe prijs.</p></details>
<details><summary>Is mijn boekhouder welkom?</summary><p>Ja, je boekhouder krijgt gratis toegang tot je administratie.</p></details>
<details><summary>Waar staan mijn gegevens?</summary><p>Op servers in Amsterdam en Frankfurt, versleuteld opgeslagen.</p></details>
</section>
</main>""",
footer="""<footer class="Footer_root__w9Pe"><div><strong>Product</strong><a href="/functies">Functies</a><a href="/prijzen">Prijzen</a><a href="/updates">Updates</a></div><div><strong>Bedrijf</strong><a href="/over-ons">Over ons</a><a href="/vacatures">Vacatures</a><a href="/pers">Pers</a></div><div><strong>Juridisch</strong><a href="/voorwaarden">Voorwaarden</a><a href="/privacy">Privacy</a></div><p>© 2026 Factuurvink B.V. · KvK 00000000 · Utrecht</p></footer></div>""",
scripts='<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"plans":3}},"page":"/prijzen","buildId":"q1w2e3"}</script>\n'))

# 3. Swedish SaaS feature landing page
PAGES.append(dict(
name="sv-saas-funktioner-schemalaggning", lang="sv-SE",
comment="""sv: feature landing page of a fictional staff-scheduling SaaS ("Passly").
Hero with "Starta gratis provperiod", logo strip, four feature blocks of
30-50 words in the du register, three testimonials with names and
workplaces, stats row, closing CTA band. JSON-LD: SoftwareApplication
with aggregateRating. Webflow-like markup. Consent banner. No article.""",
url="https://passly.example/sv/funktioner/schemalaggning",
site="Passly",
doctitle="Schemaläggning för restauranger och butiker | Passly",
desc="Lägg veckans schema på tio minuter, låt personalen byta pass i appen och skicka timmarna direkt till lönen. Prova Passly gratis i 14 dagar.",
css="/css/passly.webflow.shared.4d2a1c.css",
bodyclass="body-features",
jsonld={"@context":"https://schema.org","@type":"SoftwareApplication","name":"Passly","applicationCategory":"BusinessApplication","operatingSystem":"Web, iOS, Android","offers":{"@type":"Offer","price":"0","priceCurrency":"SEK","description":"14 dagars gratis provperiod"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","ratingCount":"812"}},
header="""<div class="w-nav navbar" role="banner"><a class="brand w-nav-brand" href="/sv">Passly</a><nav class="w-nav-menu" role="navigation"><a class="nav-link w--current" href="/sv/funktioner">Funktioner</a><a class="nav-link" href="/sv/branscher">Branscher</a><a class="nav-link" href="/sv/priser">Priser</a><a class="nav-link" href="/sv/kunder">Kunder</a><a class="nav-link" href="/sv/hjalp">Hjälpcenter</a><a class="nav-link" href="https://app.passly.example/login">Logga in</a><a class="button w-button" href="/sv/registrera">Starta gratis provperiod</a></nav></div>""",
main="""<main class="main-wrapper">
<section class="section-hero"><h1 class="heading-xl">Schemat klart innan kaffet kallnat</h1><p class="text-lead">Passly lägger grunden till veckans schema åt dig, skickar det till personalens mobiler och håller koll på vilotid och budget.</p><a class="button w-button" href="/sv/registrera">Starta gratis provperiod</a><div class="text-small">14 dagar gratis · Inget kort behövs</div></section>
<section class="section-logos"><div class="text-small">Används av över 2 400 arbetsplatser</div><div class="logo-row"><img src="/images/logo-kafferepet.svg" alt="Kafferepet"><img src="/images/logo-norrbageriet.svg" alt="Norrbageriet"><img src="/images/logo-sportkedjan.svg" alt="Sportkedjan"><img src="/images/logo-vardhuset.svg" alt="Vårdhuset Ljung"></div></section>
<section class="section-features">
<div class="feature-block"><h3>Mallar som lär sig</h3><p>Spara veckor som fungerade bra och låt Passly föreslå nästa schema utifrån dem. Du ser direkt om ett pass saknar någon med kassabehörighet eller om du har lagt fler timmar än budgeten tillåter.</p></div>
<div class="feature-block"><h3>Passbyten utan sms-kedjor</h3><p>Personalen lägger ut pass de inte kan ta och kollegor anmäler intresse i appen. Du godkänner med ett tryck, och schemat uppdateras för alla. Ingen behöver längre leta i gruppchatten efter vem som egentligen jobbar på lördag.</p></div>
<div class="feature-block"><h3>Arbetstidslagen inbyggd</h3><p>Passly varnar när dygnsvilan eller veckovilan riskerar att brytas och när någon närmar sig gränsen för övertid. Reglerna följer arbetstidslagen och de vanligaste kollektivavtalen inom handel och restaurang. Du behöver inte hålla reglerna i huvudet.</p></div>
<div class="feature-block"><h3>Timmar direkt till lönen</h3><p>Stämpla in med mobilen eller en surfplatta vid entrén. När perioden är slut attesterar du timmarna och skickar dem till Fortnox, Visma eller Hogia, med OB-tillägg redan uträknade. Ingen behöver skriva av tidrapporter för hand.</p></div>
</section>
<section class="section-testimonials"><h2 class="heading-l">Chefer som slutat schemalägga på söndagskvällar</h2>
<div class="testimonial"><blockquote>“Förut tog schemat en hel eftermiddag. Nu tar det en kvart.”</blockquote><div class="testimonial-name">Jonna Pettersson, restaurangchef, Bistro Hamnkontoret</div></div>
<div class="testimonial"><blockquote>“Personalen byter pass själva och jag slipper vara växeltelefon.”</blockquote><div class="testimonial-name">Ali Haddad, butikschef, Sportkedjan Sundbyberg</div></div>
<div class="testimonial"><blockquote>“Vilotidsvarningarna har räddat oss mer än en gång.”</blockquote><div class="testimonial-name">Karin Öberg, enhetschef, Vårdhuset Ljung</div></div>
</section>
<section class="section-stats"><div class="stat"><div class="stat-number">4 h</div><div>sparad tid per chef och vecka</div></div><div class="stat"><div class="stat-number">38 %</div><div>färre sena sjukanmälningar utan ersättare</div></div><div class="stat"><div class="stat-number">4,7/5</div><div>i betyg från 812 kunder</div></div></section>
<section class="section-cta"><h2 class="heading-l">Prova Passly på ditt eget schema</h2><a class="button w-button" href="/sv/registrera">Starta gratis provperiod</a><a class="button-secondary w-button" href="/sv/demo">Boka en demo</a></section>
</main>""",
footer="""<footer class="footer"><div class="footer-grid"><div><a href="/sv/funktioner">Funktioner</a><a href="/sv/priser">Priser</a><a href="/sv/integrationer">Integrationer</a></div><div><a href="/sv/om-oss">Om oss</a><a href="/sv/jobb">Jobba hos oss</a><a href="/sv/press">Press</a></div><div><a href="/sv/integritet">Integritetspolicy</a><a href="/sv/villkor">Villkor</a></div></div><div class="footer-legal">© 2026 Passly AB, Göteborg</div></footer>""",
consent="""<div class="cookie-banner"><p>Vi använder kakor för att förstå hur webbplatsen används och för att visa relevant marknadsföring.</p><a href="#" class="button w-button">Godkänn alla</a><a href="#" class="button-secondary w-button">Endast nödvändiga</a></div>""",
scripts='<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js"></script>\n<script src="/js/webflow.js" type="text/javascript"></script>\n'))
