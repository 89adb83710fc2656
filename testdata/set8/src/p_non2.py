from common import nav
from p_non1 import head
KIND = "nonarticles"
PAGES = []

# N6. newsletter sign-up landing, en
url = "https://www.thecivicdesk.example/newsletters/morning-brief"
html = head("en-US", "The Morning Brief newsletter | The Civic Desk", "Sign up for The Morning Brief: the five state-politics stories you need, every weekday at 6 a.m.", url) + """<body class="landing newsletter-landing">
<header class="site-header"><a class="logo" href="/">The Civic Desk</a>
""" + nav([("/politics", "Politics"), ("/courts", "Courts"), ("/budget", "Budget"), ("/newsletters", "Newsletters"), ("/donate", "Donate")], "site-nav", "menu") + """</header>
<main class="landing-main">
<section class="hero"><p class="eyebrow">Free newsletter</p><h1>The Morning Brief</h1>
<p class="hero-sub">The five state-politics stories you need, in your inbox every weekday at 6 a.m.</p>
<form class="signup-form" action="/newsletters/subscribe" method="post"><label for="em">Email address</label><input id="em" type="email" name="email" placeholder="you@example.com" required>
<label><input type="checkbox" name="weekly" checked> Also send me the Sunday long read</label>
<button type="submit">Sign me up</button>
<p class="fineprint">By signing up you agree to our terms and privacy policy. Unsubscribe at any time.</p></form></section>
<section class="benefits"><h2>What you get</h2><ul>
<li><strong>Five minutes.</strong> Short summaries you can read before coffee.</li>
<li><strong>Links to the source.</strong> Bills, rulings and budget documents.</li>
<li><strong>No spin.</strong> Written by our statehouse reporters, not a marketing team.</li></ul></section>
<section class="testimonials"><blockquote>“The first email I open every morning.” <cite>— a legislative aide</cite></blockquote><blockquote>“Saves me an hour of reading.” <cite>— a county clerk</cite></blockquote></section>
<section class="other-newsletters"><h2>More newsletters</h2><ul><li><a href="/newsletters/courts-weekly">Courts Weekly</a> — Fridays</li><li><a href="/newsletters/budget-watch">Budget Watch</a> — monthly</li><li><a href="/newsletters/elections">Election Alerts</a> — as needed</li></ul></section>
</main>
<footer class="site-footer"><p>The Civic Desk is a nonprofit newsroom. © 2026</p><p>About · Ethics · Contact · Privacy</p></footer>
</body>
</html>
"""
PAGES.append(dict(name="en-newsletter-signup-landing", url=url, html=html, comment="""NON-ARTICLE: a newsroom's newsletter sign-up landing page (en-US): hero, email form, benefits list,
two testimonials, list of other newsletters. No article. Must be refused."""))

# N7. consent wall, it
url = "https://www.corrieredellamarca.example/treviso/2026/12/03/mercato-coperto-riapre"
html = head("it", "Il Corriere della Marca", "Notizie da Treviso e dalla Marca trevigiana.", url) + """<body class="cw-open">
<div id="consent-wall" class="cw-overlay" role="dialog" aria-modal="true" aria-labelledby="cw-title">
<div class="cw-box">
<img class="cw-logo" src="/static/logo.svg" alt="Il Corriere della Marca">
<h1 id="cw-title">Il tuo consenso per continuare</h1>
<p class="cw-intro">Per leggere Il Corriere della Marca puoi accettare i cookie di profilazione, che ci permettono di mostrarti pubblicità personalizzata, oppure abbonarti alla versione senza pubblicità.</p>
<div class="cw-options">
<div class="cw-option"><h2>Accetta e continua</h2><p>Accedi gratuitamente a tutti i contenuti con pubblicità personalizzata.</p><button class="cw-btn cw-btn--accept">Accetta</button></div>
<div class="cw-option"><h2>Abbonati senza pubblicità</h2><p>1 euro al mese per i primi tre mesi, poi 3,99 euro.</p><button class="cw-btn cw-btn--sub">Abbonati</button></div>
</div>
<p class="cw-links"><a href="/privacy">Informativa privacy</a> · <a href="#" class="cw-prefs">Gestisci le preferenze</a> · <a href="/login">Sei già abbonato? Accedi</a></p>
</div></div>
<noscript><p>Per continuare è necessario abilitare JavaScript.</p></noscript>
</body>
</html>
"""
PAGES.append(dict(name="it-consent-wall-only", url=url, html=html, comment="""NON-ARTICLE: a consent wall ("pay or okay") (it). The URL is an article's, but the page served
is ONLY a full-screen consent dialog with a short intro, two options and buttons. No article text. Must be refused."""))

# N8. bot check, en
url = "https://www.metroledger.example/business/2026/12/02/port-authority-budget-vote"
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Just a moment...</title>
<style>body{font-family:system-ui;margin:0;padding:8vh 5vw;color:#222}.main-wrapper{max-width:640px}</style>
</head>
<body>
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">www.metroledger.example</h1>
<h2 class="h2" id="challenge-title">Verify you are human by completing the action below.</h2>
<div id="challenge-stage"><label class="cb-lb"><input type="checkbox"><span class="cb-i"></span><span class="cb-lb-t">Verify you are human</span></label></div>
<div id="challenge-body-text" class="core-msg">www.metroledger.example needs to review the security of your connection before proceeding.</div>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f3a2c91be0d4e17</code></div></div><div class="text-center">Performance &amp; security by a content delivery network</div></div></div>
<script>(function(){window._cf_chl_opt={cvId:'3',cZone:'www.metroledger.example',cType:'managed'};}());</script>
</body>
</html>
"""
PAGES.append(dict(name="en-bot-check-verify-human", url=url, html=html, comment="""NON-ARTICLE: a "verify you are human" bot-check interstitial (en) served at an article URL:
title "Just a moment...", a checkbox challenge, a short security note, a ray id. Must be refused."""))

# N9. SaaS pricing, nl
url = "https://www.roosterkoning.example/prijzen"
plans = [("Start", "€ 0", "voor altijd", ["Tot 5 medewerkers", "Weekrooster", "Ruilverzoeken via de app"], "Gratis beginnen"),
         ("Team", "€ 3,50", "per medewerker per maand", ["Onbeperkt aantal medewerkers", "Urenregistratie en prikklok", "Verlofaanvragen", "Koppeling met salarisadministratie"], "Probeer 30 dagen gratis"),
         ("Organisatie", "€ 5,90", "per medewerker per maand", ["Alles uit Team", "Meerdere vestigingen", "Budget- en loonkostenplanning", "Persoonlijke accountmanager"], "Neem contact op")]
html = head("nl", "Prijzen | RoosterKoning – roosterplanning voor horeca en retail", "Bekijk de abonnementen van RoosterKoning. Gratis voor teams tot 5 medewerkers.", url) + """<body class="pricing">
<header class="nav-bar"><a class="logo" href="/">RoosterKoning</a>
""" + nav([("/functies", "Functies"), ("/prijzen", "Prijzen"), ("/klantverhalen", "Klantverhalen"), ("/helpcentrum", "Helpcentrum")], "nav", "nav-items") + """<a class="btn-login" href="https://app.roosterkoning.example/login">Inloggen</a> <a class="btn-cta" href="/aanmelden">Gratis proberen</a></header>
<main>
<section class="pricing-hero"><h1>Eenvoudige prijzen, per medewerker</h1><p>Maandelijks opzegbaar. Alle prijzen exclusief btw.</p>
<div class="billing-toggle"><button class="active">Maandelijks</button><button>Jaarlijks (2 maanden gratis)</button></div></section>
<section class="plans">
""" + "\n".join(f'<div class="plan-card plan-{n.lower()}"><h2>{n}</h2><p class="plan-price"><span class="amount">{p}</span> <span class="unit">{u}</span></p><ul class="plan-features">' + "".join(f"<li>{f}</li>" for f in fs) + f'</ul><a class="btn" href="/aanmelden?plan={n.lower()}">{c}</a></div>' for n, p, u, fs, c in plans) + """
</section>
<section class="compare"><h2>Vergelijk alle functies</h2><table><tr><th></th><th>Start</th><th>Team</th><th>Organisatie</th></tr><tr><td>Roosters</td><td>✓</td><td>✓</td><td>✓</td></tr><tr><td>Urenregistratie</td><td>–</td><td>✓</td><td>✓</td></tr><tr><td>Meerdere vestigingen</td><td>–</td><td>–</td><td>✓</td></tr><tr><td>API-toegang</td><td>–</td><td>–</td><td>✓</td></tr></table></section>
<section class="faq"><h2>Veelgestelde vragen</h2>
<details><summary>Kan ik later van abonnement wisselen?</summary><p>Ja, dat kan op elk moment. We rekenen het verschil per dag af.</p></details>
<details><summary>Wat gebeurt er na de proefperiode?</summary><p>Je kiest zelf een abonnement. Doe je niets, dan ga je automatisch terug naar Start.</p></details>
<details><summary>Tellen oproepkrachten mee?</summary><p>Alleen medewerkers die in een maand minstens één dienst hebben, tellen mee.</p></details></section>
<section class="logos"><p>Meer dan 2.400 horecazaken en winkels plannen met RoosterKoning</p></section>
</main>
<footer class="footer"><p>© 2026 RoosterKoning B.V. · KvK 87654321 · Privacy · Voorwaarden</p></footer>
</body>
</html>
"""
PAGES.append(dict(name="nl-saas-pricing-page", url=url, html=html, comment="""NON-ARTICLE: a SaaS pricing page (nl): three plan cards with prices and feature lists,
billing toggle, comparison table, FAQ, logo line. Must be refused."""))

# N10. log-in page, pt-BR
url = "https://conta.folhadoplanalto.example/entrar?redirect=%2Fassinante%2Fedicao-digital"
html = head("pt-BR", "Entrar | Folha do Planalto", "Acesse sua conta de assinante da Folha do Planalto.", url,
    extra='<meta name="robots" content="noindex">\n') + """<body class="auth">
<header class="auth-header"><a class="logo" href="https://www.folhadoplanalto.example/">Folha do Planalto</a></header>
<main class="auth-main">
<div class="auth-card">
<h1>Entre na sua conta</h1>
<p class="auth-sub">Assinantes têm acesso ilimitado ao site, ao aplicativo e à edição digital.</p>
<button class="btn-social btn-google">Continuar com Google</button>
<button class="btn-social btn-apple">Continuar com Apple</button>
<div class="divider"><span>ou</span></div>
<form class="login-form" method="post" action="/entrar">
<label for="email">E-mail ou CPF</label><input id="email" name="login" type="text" autocomplete="username">
<label for="senha">Senha</label><input id="senha" name="senha" type="password" autocomplete="current-password">
<label class="remember"><input type="checkbox" name="lembrar"> Manter conectado</label>
<button type="submit" class="btn-primary">Entrar</button>
</form>
<p><a href="/recuperar-senha">Esqueci minha senha</a></p>
<p class="auth-switch">Ainda não é assinante? <a href="https://assine.folhadoplanalto.example/">Assine a partir de R$ 1,90 no primeiro mês</a></p>
</div>
<p class="help">Precisa de ajuda? Fale com a Central do Assinante: (61) 3000-4521, de segunda a sábado, das 7h às 20h.</p>
</main>
<footer class="auth-footer"><p>© 2026 Folha do Planalto · Termos de uso · Política de privacidade</p></footer>
</body>
</html>
"""
PAGES.append(dict(name="pt-login-page-assinante", url=url, html=html, comment="""NON-ARTICLE: a news site's subscriber log-in page (pt-BR): social log-in buttons, e-mail/password form,
password reset link, subscription plug, help line. Must be refused."""))
