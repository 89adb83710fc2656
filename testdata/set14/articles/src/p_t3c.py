# Trap 3: story sentences that open like calls to action (part 3).
PAGES = [
dict(
name="pt-br-wp-curitiba-vacina-gripe",
comment="""trap 3 (CTA openers in the story): pt-BR city news on WordPress (Newspack-like).
Story sentences open with "Cadastre-se", "Baixe", "Clique", "Acompanhe", "Compartilhe" (all must).
Real: breadcrumb, byline/date, share bar, "Siga o canal no WhatsApp" plug, related list, LGPD bar.""",
lang="pt-BR", site="Folha do Iguaçu", author="Juliana Menezes",
url="https://www.folhadoiguacu.example/curitiba/vacina-gripe-agendamento-aplicativo/",
title="Curitiba passa a exigir agendamento para vacina da gripe em unidades de saúde",
desc="A partir de segunda, a vacinação sem hora marcada fica restrita a idosos acima de 80 anos e gestantes.",
date="2026-11-30T09:40:00-03:00",
nav=["Curitiba", "Paraná", "Política", "Esportes", "Cultura"],
bodyclass="post-template-default single newspack-single",
headextra='<meta name="generator" content="WordPress 6.7">',
footer="Folha do Iguaçu · Rua XV de Novembro, Curitiba (PR) · Expediente · Política de privacidade",
pre="""<nav class="breadcrumbs"><a href="/">{{Início</a> &gt; <a href="/curitiba/">Curitiba</a> &gt; <a href="/curitiba/saude/">Saúde}}</a></nav>""",
article="""<main id="main" class="site-main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Curitiba passa a exigir agendamento para vacina da gripe em unidades de saúde</h1>
<div class="entry-meta"><span class="byline">{{Por Juliana Menezes}}</span> <time>{{30/11/2026 às 9h40}}</time></div></header>
<div class="entry-content">
<p>A Secretaria Municipal da Saúde de Curitiba vai exigir agendamento para a vacina da gripe a partir desta segunda-feira. [[A vacinação sem hora marcada fica restrita a idosos acima de 80 anos]] e gestantes, que continuam sendo atendidos por ordem de chegada nas 111 unidades básicas.</p>
<p>Segundo a secretaria, as filas das últimas semanas chegaram a três horas em bairros como o Sítio Cercado e o CIC. [[Cadastre-se no aplicativo Saúde Já com o número do cartão SUS]], orienta o comunicado da prefeitura, que promete liberar horários com até cinco dias de antecedência.</p>
<p>[[Baixe o aplicativo antes de ir à unidade, porque não haverá computador disponível]] para fazer o cadastro no local, alertou a coordenadora de imunização, Sandra Kowalski. [[Quem não tiver celular pode pedir a um agente comunitário de saúde]] que faça o agendamento.</p>
<p>[[Clique em "vacinas" e depois em "influenza" para ver os horários]], explica o tutorial distribuído pela prefeitura. O sistema mostra apenas as unidades do distrito sanitário do usuário, o que gerou reclamações de quem trabalha longe de casa.</p>
<p>O Conselho Municipal de Saúde critica a mudança. "[[Acompanhe a fila pelo celular? Muitos idosos nem sabem o que isso significa]]", disse a conselheira Aparecida Rocha, que quer ver mantido um horário sem agendamento pelo menos uma tarde por semana em cada unidade.</p>
<p>Até agora, 46% do público prioritário foi vacinado, abaixo da meta de 90% do Ministério da Saúde. [[Compartilhe a informação com vizinhos idosos, pede a própria secretaria]], que reconhece que a campanha contra a gripe deste ano começou tarde por atraso na entrega das doses.</p>
<p>[[A campanha vai até 20 de dezembro.]] Depois disso, as doses que sobrarem serão oferecidas a toda a população acima de seis meses de idade, sem necessidade de agendamento, enquanto durarem os estoques.</p>
</div>
<div class="sharedaddy"><span>{{Compartilhe:}}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
<p class="newspack-whatsapp-cta">{{Siga o canal da Folha do Iguaçu no WhatsApp e receba as notícias do dia.}}</p>
</article></main>""",
post="""<section class="related-posts"><h2>{{Leia também}}</h2><ul><li><a href="/curitiba/dengue/">{{Casos de dengue caem 30% em novembro}}</a></li></ul></section>""",
consent="""<div class="lgpd-bar" role="dialog"><p>{{Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com nossa política de privacidade.}}</p><button>Entendi</button></div>""",
),
dict(
name="sv-custom-snoroejning-sms-tjanst",
comment="""trap 3 (CTA openers in the story): sv local news, custom CMS. Story sentences open with
"Prenumerera", "Följ", "Ladda ner", "Anmäl", "Annonsen" (all must). Real: byline/date,
"Annons" ad label, share bar, "Läs också" list, tip line, consent dialog, footer.""",
lang="sv-SE", site="Norrlänningen", author="Maja Öberg",
url="https://www.norrlanningen.example/lokalt/lulea/ny-sms-tjanst-plogning-kommunen",
title="Luleå kommun lovar sms innan plogbilen kommer – men bara till vissa gator",
desc="En ny tjänst ska varna boende när gatan ska plogas så att bilarna hinner flyttas. Den gäller först i tre stadsdelar.",
date="2026-12-01T11:25:00+01:00",
nav=["Luleå", "Piteå", "Boden", "Sport", "Nöje"],
bodyclass="article-page",
footer="Norrlänningen · Ansvarig utgivare: Per Nordmark · Kontakta redaktionen",
article="""<main><article class="article">
<h1 class="article__headline">Luleå kommun lovar sms innan plogbilen kommer – men bara till vissa gator</h1>
<div class="article__byline">{{Maja Öberg}} · <time>{{Publicerad 1 december 2026 kl. 11.25}}</time></div>
<div class="article__body">
<p>I vinter ska boende i tre av Luleås stadsdelar få ett sms kvällen innan deras gata ska plogas. [[Tjänsten testas först på Hertsön, Bergnäset och Porsön]], där felparkerade bilar varje vinter gör att plogbilarna måste lämna halva gator orörda.</p>
<p>[[Prenumerera på tjänsten kan man genom att skicka sitt gatunamn till ett kortnummer]], eller via kommunens e-tjänst. Redan första dagen anmälde sig 1 300 hushåll, enligt teknikförvaltningen, vilket är ungefär en femtedel av hushållen i de tre stadsdelarna.</p>
<div class="ad-wrapper"><span class="ad-wrapper__label">{{Annons – artikeln fortsätter nedan}}</span></div>
<p>[[Följ plogbilarna i realtid går däremot inte än]], trots att kommunen lovade det i valrörelsen. Gps-sändarna finns i bilarna, men entreprenören vill inte att positionerna visas offentligt av säkerhetsskäl för förarna, uppger gatuchefen Lars Hedman.</p>
<p>[[Ladda ner kommunens app behöver man inte]], betonar Hedman. Sms:en skickas till vanliga telefoner, och tjänsten ska fungera även för äldre som aldrig använt en smarttelefon. [[Meddelandet kommer mellan klockan 18 och 20 kvällen före.]]</p>
<p>Villaägarföreningen på Bergnäset är positiv men skeptisk. [[Anmäl gärna felparkerade bilar, säger ordföranden Kerstin Lundqvist]], men hon tror att det är samma bilar som står kvar varje år, oavsett hur många sms kommunen skickar.</p>
<p>[[Annonsen om en ny plogentreprenör gick ut redan i våras]], men upphandlingen överklagades och det gamla avtalet förlängdes ett år. Det är därför tjänsten bara gäller tre stadsdelar i vinter; den nya entreprenören börjar i oktober 2027.</p>
<p>[[Bilar som står kvar riskerar en avgift på 800 kronor.]] Kommunen flyttar dem inte, utan plogbilen kör runt, vilket enligt Hedman leder till isvallar som ligger kvar till april.</p>
</div>
<div class="share-bar"><span>{{Dela artikeln}}</span> <a href="#">Facebook</a> <a href="#">Kopiera länk</a></div>
<p class="tips">{{Har du ett tips? Mejla oss på tips@norrlanningen.example}}</p>
</article></main>""",
post="""<section class="read-also"><h2>{{Läs också}}</h2><ul><li><a href="/lokalt/lulea/isbana">{{Isvägen till Hindersöstallarna öppnar i januari}}</a></li></ul></section>""",
consent="""<div class="consent-dialog" role="dialog"><h2>{{Vi värnar om din integritet}}</h2><p>{{Vi och våra partner använder kakor för att visa relevanta annonser och mäta trafik.}}</p><button>Godkänn alla</button><button>Inställningar</button></div>""",
),
dict(
name="cs-custom-vodomery-odecet-brno",
comment="""trap 3 (CTA openers in the story): cs city news, custom CMS. Story sentences open with
"Přihlaste se", "Stáhněte si", "Sledujte", "Reklama", "Klikněte" (all must). Real: breadcrumb,
byline/date, share bar, "Související články" list, discussion note, cookie bar, footer.""",
lang="cs-CZ", site="Jihomoravský zpravodaj", author="Lukáš Dvořák",
url="https://www.jmzpravodaj.example/brno/vodomery-odecty-samoodecet-2027",
title="Brněnské vodárny zavádějí samoodečet vodoměrů, technik přijde jen jednou za tři roky",
desc="Od ledna si většina domácností v Brně bude stav vodoměru hlásit sama. Vodárny tím chtějí ušetřit 14 milionů korun ročně.",
date="2026-11-26T13:00:00+01:00",
nav=["Brno", "Jižní Morava", "Doprava", "Sport", "Kultura"],
bodyclass="clanek-detail",
footer="Jihomoravský zpravodaj · Vydavatel: Moravské listy a.s. · Kontakty · Ochrana osobních údajů",
pre="""<nav class="drobecky"><a href="/">{{Úvod</a> » <a href="/brno">Brno</a> » <a href="/brno/bydleni">Bydlení}}</a></nav>""",
article="""<main><article class="clanek">
<h1>Brněnské vodárny zavádějí samoodečet vodoměrů, technik přijde jen jednou za tři roky</h1>
<div class="clanek-autor">{{Lukáš Dvořák}} <span class="datum">{{26. 11. 2026 13:00}}</span></div>
<div class="clanek-text">
<p>Domácnosti v Brně si od ledna budou stav vodoměru hlásit samy. [[Odečtář vodáren přijde do bytu nebo domu jen jednou za tři roky]], aby údaje zkontroloval. Vodárny tím chtějí ušetřit asi 14 milionů korun ročně a zrušit část externích zakázek.</p>
<p>[[Přihlaste se do zákaznického portálu do konce února]], stojí v dopise, který dostávají odběratelé. Kdo tak neučiní, dostane v březnu papírový lístek, na který stav vodoměru zapíše a vhodí ho do schránky na kterékoli pobočce vodáren nebo pošle poštou.</p>
<p>[[Stáhněte si fotku vodoměru do telefonu ještě před odečtem]], radí mluvčí vodáren Hana Kratochvílová. Portál totiž umožňuje k hlášení přiložit snímek, a pokud se číslo později ukáže jako sporné, fotka s datem slouží jako důkaz.</p>
<p>Nový systém kritizuje Sdružení nájemníků. Podle něj hrozí, že lidé budou hlásit nízké stavy a doplácet pak ve velkém po třech letech. [[Sledujte spotřebu alespoň jednou měsíčně, doporučuje předseda sdružení]] Milan Kubíček, aby nebyl doplatek nepříjemným překvapením.</p>
<p>[[Reklama na nový portál se objeví v tramvajích]] a na zastávkách MHD od poloviny prosince. Vodárny za kampaň zaplatí necelý milion korun, což podle opozičních zastupitelů odporuje snaze ušetřit.</p>
<p>[[Klikněte na odkaz v dopise a zadejte číslo odběrného místa]], popisuje postup Kratochvílová. [[Číslo je uvedeno i na každé faktuře.]] Senioři, kteří s internetem nepracují, mohou stav nahlásit také telefonicky na zákaznické lince.</p>
<p>[[Samoodečet už tři roky funguje v Olomouci a ve Zlíně]], kde podle tamních vodáren nahlásí stav včas přes 90 procent domácností. Brno chce podobného výsledku dosáhnout do konce roku 2028.</p>
</div>
<div class="sdilet"><span>{{Sdílet na sociálních sítích}}</span> <a href="#">Facebook</a> <a href="#">X</a></div>
</article></main>""",
post="""<section class="souvisejici"><h2>{{Související články}}</h2><ul><li><a href="/brno/voda-cena">{{Vodné a stočné v Brně zdraží o šest procent}}</a></li></ul></section>
<div class="diskuse-info"><p>{{Diskuse k tomuto článku je uzavřena.}}</p></div>""",
consent="""<div class="cookie-lista"><p>{{Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie.}}</p><button>Rozumím</button></div>""",
),
]
