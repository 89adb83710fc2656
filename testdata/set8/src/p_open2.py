from common import *
KIND = "articles"
PAGES = []

# 13. running, fr
art = """<article class="post type-post">
<p class="fil-ariane">{{<a href="/">Accueil</a> / <a href="/course-a-pied/">Course à pied</a> / <a href="/course-a-pied/debuter/">Débuter</a>}}</p>
<h1 class="entry-title">Courir l’hiver sans se blesser : les conseils d’une kiné du sport</h1>
<div class="entry-meta">{{Par Camille Roussel}} · {{le 29 novembre 2026}}</div>
<div class="entry-content">
""" + ps(
"[[Quand les températures passent sous les cinq degrés, les blessures augmentent]] chez les coureurs amateurs : tendinites d’Achille, contractures des mollets, douleurs aux genoux. Élodie Ferrand, kinésithérapeute du sport à Annecy, voit chaque hiver le même pic de consultations en décembre et en janvier.",
"[[« Le froid rend les tendons moins élastiques]], et on part trop vite pour se réchauffer », résume-t-elle. Le réflexe naturel est de démarrer fort pour ne plus avoir froid. C’est justement ce qui surcharge les mollets dans les dix premières minutes.",
"<h2>L’échauffement n’est pas négociable</h2>",
"[[Recommandé : un échauffement de 20 minutes avant chaque sortie]], dont au moins cinq à l’intérieur. Élodie Ferrand conseille des montées de genoux, des rotations de chevilles et quelques fentes dans le couloir, avant même de mettre le nez dehors.",
"[[Suivez le rythme de votre respiration plutôt que celui de votre montre.]] Dans le froid, l’air sec irrite les bronches et le cœur monte plus vite. Courir en aisance respiratoire, en étant capable de parler, est un meilleur repère que l’allure habituelle.",
"<h2>S’habiller en couches</h2>",
"[[La règle des trois couches reste la plus simple]] : un maillot respirant, une couche chaude, un coupe-vent. [[Abonnez-vous à l’idée d’avoir un peu froid au départ]] : si l’on a chaud dès la première minute, on sera trempé au bout de vingt.",
"[[Partagez vos sorties avec un proche quand il fait nuit]], ajoute la kiné, en donnant votre itinéraire et votre heure de retour. Sur les chemins verglacés, une chute peut immobiliser un coureur seul pendant longtemps.",
"Les coureurs qui reprennent après une pause doivent aussi réduire leurs ambitions. Élodie Ferrand conseille de ne pas augmenter le volume de plus de dix pour cent par semaine en hiver, et de remplacer une sortie sur trois par du vélo d’appartement ou de la natation quand le sol est gelé.",
"[[Enfin, la récupération compte autant que la séance.]] Une douche chaude et des étirements doux dans l’heure qui suit limitent les courbatures du lendemain.",
) + """
</div>
<div class="partage">{{Partager l’article :}} <a href="#">Facebook</a> <a href="#">Strava</a></div>
<div class="newsletter-inline"><p>{{Reçois chaque jeudi notre plan d’entraînement de la semaine.}}</p><button>{{Je m’inscris}}</button></div>
</article>
""" + related("{{Articles similaires}}", [("/course-a-pied/frontale", "{{Quelle lampe frontale pour courir la nuit ?}}"), ("/course-a-pied/fractionne", "{{Le fractionné pour les débutants}}")])
body = wp("Foulée Libre", [("/course-a-pied/", "Course à pied"), ("/trail/", "Trail"), ("/nutrition/", "Nutrition"), ("/materiel/", "Matériel")], art,
    footer="<p>{{© 2026 Foulée Libre – Tous droits réservés}}</p>",
    pre='<div id="tarteaucitronAlertBig"><span id="tarteaucitronDisclaimerAlert">{{En poursuivant votre navigation, vous acceptez l’utilisation de services tiers pouvant installer des cookies.}}</span><button id="tarteaucitronPersonalize2">✓ OK, accepter tout</button></div>\n')
PAGES.append(dict(name="fr-wp-course-hiver-echauffement", lang="fr", site="Foulée Libre",
    url="https://www.foulee-libre.example/course-a-pied/debuter/courir-hiver-sans-blessure/",
    title="Courir l’hiver sans se blesser : les conseils d’une kiné du sport",
    desc="Échauffement, respiration, vêtements : une kinésithérapeute explique comment courir l’hiver sans se blesser.", author="Camille Roussel", body=body,
    comment="""Trap 3: sentences that open like boilerplate (running advice, fr, WordPress).
"Recommandé : un échauffement de 20 minutes avant chaque sortie", "Suivez le rythme...", "Abonnez-vous à l’idée...",
"Partagez vos sorties avec un proche..." are article text.
Boilerplate: breadcrumb, byline/date, share line, newsletter box, related, tarteaucitron-like banner, footer."""))

# 14. civic flood alerts, it
main = """<div class="breadcrumb">{{<a href="/">Home</a> | <a href="/cronaca/">Cronaca</a> | <a href="/cronaca/vicenza/">Vicenza</a>}}</div>
<article class="articolo">
<h1>Allerta alluvioni, il Comune di Valbrenta lancia gli avvisi via SMS e prepara il piano per il Rio Secco</h1>
<div class="autore">{{di Matteo Zanon}} <span class="data">{{3 dicembre 2026}}</span></div>
<div class="testo">
""" + ps(
"[[Dopo l’esondazione del Rio Secco dello scorso ottobre]], il Comune di Valbrenta cambia il modo in cui avvisa i cittadini del rischio alluvione. Da lunedì gli avvisi di allerta arriveranno con un SMS ai residenti che ne faranno richiesta, e non più soltanto attraverso il sito e la pagina social dell’ente.",
"[[Iscriviti agli avvisi di allerta del Comune]]: è questo lo slogan dei manifesti affissi da ieri nelle frazioni di Campese e Oliero, le più colpite a ottobre. L’iscrizione si fa allo sportello dell’anagrafe o con un modulo online, e per ora è gratuita.",
"[[«A ottobre molte persone anziane non hanno saputo nulla fino all’arrivo dell’acqua»]], spiega il sindaco, Renata Bonato. «Un messaggio sul telefono arriva anche a chi non usa internet». Il servizio costerà al Comune circa 18.000 euro l’anno.",
"<h2>Il piano per il torrente</h2>",
"Oltre agli avvisi, la giunta ha approvato un progetto preliminare per allargare l’alveo del Rio Secco nel tratto urbano e costruire una vasca di laminazione a monte dell’abitato. [[L’opera costerebbe 6,2 milioni di euro]], da chiedere in gran parte alla Regione.",
"[[Per saperne di più sul progetto basta leggere la relazione di 40 pagine]] pubblicata sull’albo pretorio, che contiene le mappe delle aree che verrebbero espropriate. Sono undici terreni agricoli, per lo più prati da sfalcio.",
"Il comitato dei residenti di Oliero accoglie con favore gli SMS ma chiede tempi certi per i lavori. [[«Gli avvisi servono a scappare, non a restare asciutti»]], dice il portavoce Giorgio Dal Bello.",
"[[Il progetto sarà presentato ai cittadini giovedì 11 dicembre alle 20.30]] nella sala civica di Campese. I tecnici della Regione saranno presenti per rispondere alle domande sulle tempistiche.",
"[[Segui le indicazioni della Protezione civile in caso di allerta rossa]], ricorda infine il Comune nel volantino distribuito porta a porta: restare ai piani alti e non scendere nei garage.",
) + """
</div>
<div class="condividi">{{Condividi su}} <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<p class="leggi-anche"><strong>{{Leggi anche:}}</strong> <a href="/cronaca/vicenza/frana-strada">{{Frana sulla provinciale del Grappa, strada chiusa}}</a></p>
</article>"""
body = custom("Il Giornale del Brenta", [("/cronaca/", "Cronaca"), ("/sport/", "Sport"), ("/economia/", "Economia"), ("/eventi/", "Eventi")], main,
    footer="<p>{{Il Giornale del Brenta – Testata registrata presso il Tribunale di Vicenza}}</p>",
    pre='<div class="iubenda-cs-container"><p>{{Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.}}</p><button>{{Accetta}}</button><button>{{Rifiuta}}</button></div>\n')
PAGES.append(dict(name="it-custom-valbrenta-allerta-sms", lang="it", site="Il Giornale del Brenta",
    url="https://www.giornaledelbrenta.example/cronaca/vicenza/allerta-alluvioni-sms-rio-secco",
    title="Allerta alluvioni, il Comune di Valbrenta lancia gli avvisi via SMS e prepara il piano per il Rio Secco",
    desc="Dopo l’esondazione di ottobre il Comune avvisa i residenti con un SMS e progetta una vasca di laminazione.", author="Matteo Zanon", body=body,
    comment="""Trap 3: civic story with sentences that open like boilerplate (it, custom CMS).
"Iscriviti agli avvisi di allerta del Comune" (the council's own slogan), "Per saperne di più sul progetto basta leggere
la relazione di 40 pagine" (no link), "Segui le indicazioni della Protezione civile..." are article text.
Boilerplate: breadcrumb, byline/date, share line, "Leggi anche:" link, iubenda-like banner, footer."""))

# 15. cookie banners news, pt
main = """<nav class="trilho">{{<a href="/">Início</a> › <a href="/tecnologia/">Tecnologia</a>}}</nav>
<article class="artigo">
<h1>CNPD dá três meses aos sites portugueses para porem o botão “Rejeitar todos” ao lado do “Aceitar todos”</h1>
<div class="assinatura">{{Ricardo Pimentel}} · {{2 de dezembro de 2026, 18:05}}</div>
<div class="corpo">
""" + ps(
"[[A Comissão Nacional de Proteção de Dados deu três meses aos sites]] com atividade em Portugal para mudarem os avisos de cookies. Segundo uma diretriz publicada esta terça-feira, o botão “Rejeitar todos” tem de aparecer na primeira camada do aviso, com o mesmo tamanho e a mesma cor do botão “Aceitar todos”.",
"[[“Recusar não pode dar mais trabalho do que aceitar”]], afirmou a presidente da CNPD, Teresa Valadares, na apresentação do documento. [[A comissão analisou 250 sites]] e concluiu que em 170 deles a recusa exigia pelo menos três cliques.",
"<h2>O que muda para os utilizadores</h2>",
"[[“Este site utiliza cookies para melhorar a sua experiência”]] é a frase que a maioria dos portugueses vê dezenas de vezes por dia. A CNPD considera-a vaga e pede que os avisos expliquem, numa linha, para que servem os dados e com quantos parceiros são partilhados.",
"[[Gerir preferências deixa de poder ser a única alternativa ao consentimento]], diz a diretriz. Até agora, muitos sites mostravam um botão verde para aceitar e um simples link cinzento que levava a um menu de dezenas de opções.",
"A Associação Portuguesa de Imprensa lembra que a publicidade personalizada representa uma parte importante das receitas dos jornais digitais. [[“Vamos cumprir, mas as receitas vão cair”]], disse o seu secretário-geral, Nuno Câmara, que pede um período de adaptação mais longo para os títulos regionais.",
"[[Os sites que não cumprirem arriscam coimas até 4 % do volume de negócios]], o limite previsto no regulamento europeu. A comissão admite, porém, começar por avisos formais e dar mais 30 dias a quem mostrar que já iniciou as alterações.",
"[[A diretriz entra em vigor a 1 de março.]] A CNPD vai disponibilizar um modelo de aviso que os sites mais pequenos podem copiar, com os dois botões lado a lado e um texto curto já revisto pelos juristas da comissão.",
) + """
</div>
<div class="partilhar">{{Partilhar este artigo}} <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
<div class="newsletter"><p>{{Subscreva a newsletter Tech Semanal e receba as principais notícias de tecnologia.}}</p><button>Subscrever</button></div>
</article>"""
body = custom("Jornal Digital", [("/pais/", "País"), ("/economia/", "Economia"), ("/tecnologia/", "Tecnologia"), ("/desporto/", "Desporto")], main,
    footer="<p>{{© Jornal Digital, Lda. Todos os direitos reservados.}}</p>",
    aside='<aside class="coluna">' + related("{{Mais lidas}}", [("/economia/ordenado-minimo", "{{Salário mínimo sobe para 920 euros}}"), ("/pais/chuva", "{{Aviso amarelo para chuva em oito distritos}}")]) + "</aside>\n",
    pre='<div class="aviso-privacidade" role="dialog"><p>{{Usamos cookies próprios e de terceiros para análise e publicidade.}}</p><button>{{Concordo}}</button><button>{{Definições}}</button></div>\n')
PAGES.append(dict(name="pt-custom-cnpd-avisos-cookies", lang="pt-PT", site="Jornal Digital",
    url="https://www.jornaldigital.example/tecnologia/cnpd-rejeitar-todos-avisos-cookies",
    title="CNPD dá três meses aos sites portugueses para porem o botão “Rejeitar todos” ao lado do “Aceitar todos”",
    desc="A Comissão Nacional de Proteção de Dados exige que recusar cookies seja tão fácil como aceitar.", author="Ricardo Pimentel", body=body,
    comment="""Trap 3: news report ABOUT cookie banners (pt-PT, custom CMS). Quoted banner wording ("Rejeitar todos",
"Aceitar todos", "Este site utiliza cookies para melhorar a sua experiência", "Gerir preferências") is article text.
The page's own consent dialog uses other labels ("Concordo", "Definições") and is mustnot, with breadcrumb, byline, share, newsletter, most-read."""))

# 16. helpdesk scam, nl
art = """<article class="post">
<div class="kruimelpad">{{<a href="/">Home</a> › <a href="/nieuws/">Nieuws</a> › <a href="/nieuws/veiligheid/">Veiligheid</a>}}</div>
<h1 class="entry-title">Ouderenbond waarschuwt voor nep-helpdesk die via de router binnenkomt</h1>
<div class="entry-meta">{{Door Bram Oosterhuis}} · {{1 december 2026}}</div>
<div class="entry-content">
""" + ps(
"[[Oplichters doen zich sinds een paar weken voor als monteur van de internetprovider]] en bellen ouderen met de boodschap dat hun router ‘gehackt’ is. Dat meldt de Ouderenbond Gelderland, die in november ruim veertig meldingen kreeg, vooral uit Apeldoorn en Deventer.",
"[[De werkwijze is steeds hetzelfde.]] [[De beller noemt het juiste klantnummer en het adres]], vermoedelijk afkomstig uit een eerder datalek, en vraagt het slachtoffer om een programma te installeren waarmee hij ‘op afstand kan meekijken’.",
"[[„Deel je scherm alleen met de monteur nadat je zelf de provider hebt gebeld”]], zegt Hennie Kampman, die namens de ouderenbond voorlichting geeft in buurthuizen. „Wie gebeld wordt, hangt op en belt het nummer op de eigen factuur.”",
"<h2>Bankrekening leeggehaald</h2>",
"In minstens zes gevallen kregen de oplichters toegang tot de bankrekening. [[Een 81-jarige vrouw uit Epe verloor ruim 12.000 euro]], nadat ze op verzoek van de ‘monteur’ was ingelogd om ‘te controleren of de bank ook gehackt was’.",
"[[Klik op niets wat je via de telefoon wordt voorgelezen]], luidt het tweede advies op de flyer die de ouderenbond deze week verspreidt. Echte monteurs vragen volgens de providers nooit om een programma te installeren.",
"[[Meld je aan voor de gratis voorlichtingsmiddag]] is de oproep waarmee de flyer eindigt. De bond organiseert die samen met de wijkagenten in twaalf gemeenten; de eerste is op 9 december in de bibliotheek van Apeldoorn.",
"[[De politie vraagt slachtoffers altijd aangifte te doen]], ook als het bedrag klein is. Alleen zo kan zij zien hoe groot de golf is en of dezelfde bende erachter zit.",
) + """
</div>
<div class="delen">{{Deel dit artikel:}} <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
</article>
""" + related("{{Meer over veiligheid}}", [("/nieuws/veiligheid/qr-fraude", "{{Let op bij QR-codes op parkeerautomaten}}"), ("/nieuws/veiligheid/vriend-in-nood", "{{Vriend-in-noodfraude weer in opmars}}")])
body = wp("Gelders Nieuwsblad", [("/nieuws/", "Nieuws"), ("/regio/", "Regio"), ("/sport/", "Sport"), ("/agenda/", "Agenda")], art,
    footer="<p>{{Tip de redactie: tips@geldersnieuwsblad.example}}</p>",
    pre='<div id="cmplz-cookiebanner-container"><div class="cmplz-message">{{Om je de beste ervaring te bieden, gebruiken wij technologieën zoals cookies.}}</div><button class="cmplz-accept">{{Accepteren}}</button><button class="cmplz-deny">{{Weigeren}}</button></div>\n')
PAGES.append(dict(name="nl-wp-nep-helpdesk-ouderen", lang="nl", site="Gelders Nieuwsblad",
    url="https://www.geldersnieuwsblad.example/nieuws/veiligheid/ouderenbond-waarschuwt-nep-helpdesk-router/",
    title="Ouderenbond waarschuwt voor nep-helpdesk die via de router binnenkomt",
    desc="Oplichters bellen ouderen als ‘monteur’ van de provider. De ouderenbond waarschuwt.", author="Bram Oosterhuis", body=body,
    comment="""Trap 3: sentences that open like boilerplate (scam warning, nl, WordPress).
"Deel je scherm alleen met de monteur nadat...", "Klik op niets...", "Meld je aan voor de gratis voorlichtingsmiddag"
are article text (advice quoted by the reporter).
Boilerplate: breadcrumb, byline/date, share line, related, Complianz-like banner, tip line footer."""))
