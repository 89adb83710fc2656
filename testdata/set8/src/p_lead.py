from common import *
KIND = "articles"
PAGES = []

# 18. en, lead == description exactly
lead = "Glasgow’s oldest swimming baths will reopen in March after a five-year restoration, with the original Victorian slipper baths converted into a small museum."
main = """<nav class="crumbs">{{<a href="/">Home</a> › <a href="/glasgow/">Glasgow</a>}}</nav>
<article class="article">
<h1>Whiteinch Baths to reopen in March after five-year restoration</h1>
<div class="meta">{{Fiona MacKenzie}} · {{3 December 2026}}</div>
<div class="article-body">
""" + ps(
"[[Glasgow’s oldest swimming baths will reopen in March after a five-year restoration]], with the original Victorian slipper baths converted into a small museum.",
"[[The Whiteinch Baths closed in 2021 when part of the glass roof]] fell into the pool during a storm. Nobody was hurt, but engineers found the iron frame so badly corroded that the building was declared unsafe, and for a time the council considered demolition.",
"[[A campaign by local residents raised £400,000]] and persuaded the council and the heritage lottery fund to pay for the rest. [[The final bill came to £11.2 million]], about a third more than the first estimate, largely because of the cost of replacing the roof glass.",
"<h2>What swimmers will find</h2>",
"[[The 25-metre pool keeps its original tiled lanes and wooden changing cubicles]], though each cubicle now has a lockable door. A second, smaller learner pool has been built in the former boiler house, heated by an air-source heat pump.",
"[[The slipper baths, where residents once paid a penny for a hot bath]], have been restored as a museum room with photographs and oral histories collected from older Whiteinch residents.",
"“My grandmother used to bring me here on a Saturday,” said campaign chair Isla Rennie. [[“I never thought I’d see the lights back on.”]] Rennie, now 71, has already booked the first lane swim on opening morning, and says around forty campaigners plan to join her in the water.",
"The restoration was not without setbacks. Asbestos was found behind the tiles of the old boiler house in 2023, stopping work for four months, and the specialist glass for the roof had to be made in Belgium. The council’s project manager, Euan Baird, said the team ‘opened one wall and found another problem behind it’ almost every month.",
"[[Prices will match other council pools: £4.20 for an adult swim]], with free sessions for under-18s during school holidays. Opening hours will be published in February. The council says early-morning lane swimming, dropped in the last years before the closure, will return on weekdays from 6.30 a.m., and a monthly community swim will be free for Whiteinch residents.",
) + """
</div>
<div class="share-strip">{{Share this article}}</div>
<aside class="newsletter"><p>{{Get the Glasgow Daily in your inbox every morning.}}</p><button>{{Sign up}}</button></aside>
</article>"""
body = custom("Clyde Evening Star", [("/glasgow/", "Glasgow"), ("/scotland/", "Scotland"), ("/sport/", "Sport"), ("/whats-on/", "What’s on")], main,
    footer="<p>{{© Clyde Evening Star 2026. Registered in Scotland.}}</p>",
    aside='<aside class="rail">' + related("{{Trending}}", [("/glasgow/subway", "{{Subway to run later on Saturdays}}"), ("/sport/partick", "{{Partick Thistle sign Norwegian keeper}}")]) + "</aside>\n",
    pre='<div class="fc-consent-root"><p>{{This site asks for consent to use your data for personalised ads and content.}}</p><button class="fc-cta-consent">{{Consent}}</button><button class="fc-cta-manage-options">Manage options</button></div>\n')
PAGES.append(dict(name="uk-custom-whiteinch-baths-lead-desc", lang="en-GB", site="Clyde Evening Star",
    url="https://clydeeveningstar.example/glasgow/whiteinch-baths-reopen-march",
    title="Whiteinch Baths to reopen in March after five-year restoration",
    desc=lead, author="Fiona MacKenzie", body=body,
    comment="""Trap 5: the lead paragraph is, word for word, the meta description and og:description (en-GB, custom CMS).
The lead is article text and is a must.
Boilerplate: breadcrumb, byline/date, share strip, newsletter aside, trending list, Funding-Choices-like consent, footer."""))

# 19. fr, lead styled class="lead", same as description
lead = "La Ville de Nantes va planter 4 000 arbres dans les cours d’école d’ici 2030 pour faire baisser la température de plusieurs degrés pendant les canicules."
art = """<article class="post">
<div class="ariane">{{<a href="/">Accueil</a> › <a href="/nantes/">Nantes</a> › <a href="/nantes/education/">Éducation</a>}}</div>
<h1 class="entry-title">Nantes veut transformer ses cours d’école en îlots de fraîcheur</h1>
<div class="entry-meta">{{Par Yannick Le Bihan}} – {{publié le 2 décembre 2026 à 7h15}}</div>
<div class="entry-content">
<p class="lead intro">[[La Ville de Nantes va planter 4 000 arbres dans les cours d’école d’ici 2030]] pour faire baisser la température de plusieurs degrés pendant les canicules.</p>
""" + ps(
"[[Le bitume sera remplacé par de la terre, des copeaux et des pavés enherbés]] dans 60 écoles, en commençant par celles des quartiers les plus denses, comme Malakoff et Bellevue. Le programme coûtera 28 millions d’euros, dont un tiers pris en charge par l’agence de l’eau.",
"[[Lors de la canicule de juin, des thermomètres ont mesuré 52 °C sur le sol]] de la cour de l’école Jean-Moulin, contre 31 °C sous les platanes du square voisin. « Les enfants ne sortaient plus en récréation l’après-midi », raconte la directrice, Nadège Trichet.",
"<h2>Les parents associés</h2>",
"[[Chaque projet sera dessiné avec les élèves, les enseignants et les parents]], promet l’adjointe à l’éducation, Solène Marchais. Dans les deux écoles pilotes, les enfants ont demandé un coin potager, des cabanes et, surtout, « moins de foot au milieu ».",
"[[Certains parents s’inquiètent de la boue en hiver.]] D’autres redoutent les piqûres de guêpes au printemps ou les chutes depuis les cabanes. [[La Ville répond que les surfaces drainantes sèchent en une heure]] après une averse, selon les mesures réalisées l’an dernier à l’école Chantenay.",
"Les enseignants, eux, voient aussi un intérêt pédagogique. Dans les écoles pilotes, les classes de CM1 ont suivi la croissance des arbres, mesuré la température du sol avec des capteurs prêtés par l’université et comparé les relevés avec ceux de l’ancienne cour. Les résultats seront affichés dans le hall de chaque école.",
"[[Les cours rénovées pourront aussi ouvrir au public le samedi]], comme de petits jardins de quartier, une idée déjà testée à Paris et à Lyon. Un gardien sera présent, et les horaires seront fixés école par école avec les conseils de quartier, pour éviter que les cours deviennent des lieux de rassemblement le soir.",
"[[Les travaux des dix premières écoles commenceront pendant les vacances d’été 2027.]] La liste des établissements retenus sera présentée au conseil municipal de février, après une consultation des directeurs d’école et des associations de parents d’élèves de chaque quartier.",
) + """
</div>
<div class="partage-social">{{Partagez sur}} <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
<div class="abonnement-encart"><p>{{Cet article vous est offert. Abonnez-vous pour lire toute l’actualité nantaise.}}</p><a class="btn" href="/abonnement">{{Je m’abonne}}</a></div>
</article>
""" + related("{{Sur le même sujet}}", [("/nantes/canicule-plan", "{{Canicule : Nantes ouvre des salles rafraîchies}}"), ("/nantes/arbres-rues", "{{Où seront plantés les 10 000 arbres promis ?}}")])
body = wp("Ouest Estuaire", [("/nantes/", "Nantes"), ("/saint-nazaire/", "Saint-Nazaire"), ("/sports/", "Sports"), ("/loisirs/", "Loisirs")], art,
    footer="<p>{{© Ouest Estuaire 2026 – Mentions légales}}</p>",
    pre='<div class="didomi-popup-container"><p>{{Vos données, votre choix. Nous et nos partenaires utilisons des cookies.}}</p><button>{{Accepter et fermer}}</button><button>Refuser</button></div>\n')
PAGES.append(dict(name="fr-wp-nantes-cours-ecole-lead", lang="fr", site="Ouest Estuaire",
    url="https://www.ouest-estuaire.example/nantes/education/cours-ecole-ilots-fraicheur-arbres/",
    title="Nantes veut transformer ses cours d’école en îlots de fraîcheur",
    desc=lead, author="Yannick Le Bihan", body=body,
    comment="""Trap 5: the first paragraph, styled <p class="lead intro">, is also the meta description and og:description
(fr, WordPress). The lead is article text and is a must.
Boilerplate: breadcrumb, byline/date, share line, subscription plug, related, Didomi-like popup, footer."""))

# 20. pl, og:description paraphrases the lead
lead = "Wrocławskie zoo otworzy w kwietniu nowy pawilon dla nietoperzy, pierwszy taki w Polsce, w którym zwiedzający zobaczą zwierzęta w ciemności."
main = """<nav class="okruszki">{{<a href="/">Strona główna</a> / <a href="/wroclaw/">Wrocław</a>}}</nav>
<article class="artykul">
<h1>Pawilon nietoperzy we wrocławskim zoo. Otwarcie w kwietniu</h1>
<div class="autor">{{Katarzyna Wilk}} · {{2 grudnia 2026, 10:20}}</div>
<div class="tresc">
""" + ps(
"[[Wrocławskie zoo otworzy w kwietniu nowy pawilon dla nietoperzy]], pierwszy taki w Polsce, w którym zwiedzający zobaczą zwierzęta w ciemności.",
"[[W pawilonie zamieszka około 200 nietoperzy z sześciu gatunków]], w tym rudawki egipskie i owocożerne kalongi. Dla zwierząt dzień i noc zostaną odwrócone: w godzinach otwarcia zoo w środku będzie panował półmrok, a nocą zapalą się lampy. Dzięki temu nietoperze będą aktywne właśnie wtedy, gdy przychodzą goście.",
"[[„Chcemy, żeby ludzie przestali się bać nietoperzy”]] – mówi kuratorka ssaków, dr Joanna Pietrzak. Jak dodaje, w Polsce żyje 25 gatunków tych zwierząt i wszystkie są pod ścisłą ochroną. Wiele z nich traci kryjówki, gdy ocieplane są stare bloki i zamykane strychy, dlatego zoo chce przy okazji uczyć, jak budować skrzynki dla nietoperzy.",
"<h2>Sala edukacyjna i dźwięki w słuchawkach</h2>",
"[[Obok wybiegu powstanie sala, w której będzie można usłyszeć echolokację]]. Mikrofony ultradźwiękowe zamienią piski nietoperzy na dźwięki słyszalne dla człowieka. Dzieci sprawdzą też, jak brzmi ich własny głos odbity od ścian, a w gablotach pokazane zostaną szkielety i powiększone modele skrzydeł.",
"Pawilon zaprojektowała wrocławska pracownia, która wcześniej przebudowała dla zoo wybieg dla żyraf. Ściany wyłożono naturalnym kamieniem, a pod sufitem zamontowano drewniane belki, na których nietoperze mogą zwisać w ciągu dnia. Temperatura w środku przez cały rok ma wynosić około 26 stopni, a wilgotność powietrza 70 procent.",
"[[Budowa pawilonu kosztowała 14 mln zł]], z czego większość pokryło miasto. [[Prace opóźniły się o pół roku]], bo wykonawca musiał zmienić system wentylacji. Wiosną specjaliści z ogrodu zoologicznego w Rotterdamie przez trzy tygodnie pomagali przyzwyczajać zwierzęta do nowego pomieszczenia.",
"[[Wejście do pawilonu będzie wliczone w cenę biletu do zoo.]] Ze względu na ciemność grupy będą wpuszczane co dziesięć minut, maksymalnie po 25 osób. W weekendy zoo spodziewa się kolejek, dlatego zachęca do odwiedzin w dni powszednie, najlepiej przed południem.",
"[[Zoo prosi, by w pawilonie nie używać lamp błyskowych ani latarek w telefonach.]] Ostre światło oślepia zwierzęta i wywołuje u nich stres, który odbija się na ich zdrowiu jeszcze przez wiele dni.",
) + """
</div>
<div class="udostepnij">{{Udostępnij artykuł}} <a href="#">Facebook</a> <a href="#">X</a></div>
<p class="czytaj-tez"><strong>{{Czytaj też:}}</strong> <a href="/wroclaw/afrykarium">{{Afrykarium ma nowe manaty}}</a></p>
</article>"""
body = custom("Gazeta Odrzańska", [("/wroclaw/", "Wrocław"), ("/dolny-slask/", "Dolny Śląsk"), ("/sport/", "Sport"), ("/kultura/", "Kultura")], main,
    footer="<p>{{© Gazeta Odrzańska Sp. z o.o. Wszelkie prawa zastrzeżone.}}</p>",
    pre='<div class="rodo-popup"><p>{{Szanujemy Twoją prywatność. Korzystamy z plików cookie w celach statystycznych i reklamowych.}}</p><button>{{Przejdź do serwisu}}</button></div>\n')
PAGES.append(dict(name="pl-custom-wroclaw-zoo-nietoperze-lead", lang="pl", site="Gazeta Odrzańska",
    url="https://www.gazetaodrzanska.example/wroclaw/zoo-pawilon-nietoperzy-otwarcie-kwiecien",
    title="Pawilon nietoperzy we wrocławskim zoo. Otwarcie w kwietniu",
    desc=lead, ogdesc="W kwietniu wrocławskie zoo otworzy pierwszy w Polsce pawilon nietoperzy, zwiedzanie w ciemności.",
    author="Katarzyna Wilk", body=body,
    comment="""Trap 5: the lead is the meta description verbatim and og:description paraphrases it (pl, custom CMS).
The lead is article text and is a must.
Boilerplate: breadcrumb, byline/date, share line, "Czytaj też:" link, RODO popup, footer."""))
