from core import build

build(dict(
 name='nl-custom-weeralarm-ijzel-kort', lang='nl-NL', type='NewsArticle',
 url='https://www.noorderkwartier.example/nieuws/2026/12/05/code-oranje-ijzel-friesland-groningen',
 site='Noorderkwartier Nieuws', author='Redactie', date='2026-12-05T05:50:00+01:00',
 title='Code oranje voor ijzel in Friesland en Groningen',
 desc='Vanaf 07.00 uur kan ijzel voor spiegelgladde wegen zorgen. Het KNMI raadt onnodige ritten af.',
 comments=['Trap 5: a short real article, a weather warning of about 100 words in three short',
  'paragraphs. It is an article: the cleaner must return it with its text. Around it:',
  'byline/date, a "Meer weer" list, an app plug, share bar, footer, cookie bar (mustnot).'],
 body='''
<body>
<header class="kop"><a href="/" class="logo">Noorderkwartier Nieuws</a>
<nav><a href="/nieuws/">Nieuws</a> <a href="/weer/">Weer</a> <a href="/verkeer/">Verkeer</a> <a href="/sport/">Sport</a></nav></header>
<main><article>
<h1>%H1%</h1>
<p class="meta">{{Redactie Noorderkwartier}} · <time>{{5 december 2026, 05.50 uur}}</time></p>
<div class="artikel-tekst">
<p>[[Het KNMI heeft voor zaterdagochtend code oranje afgegeven voor Friesland en Groningen.]] Vanaf 07.00 uur trekt een zone met lichte regen over het noorden, die op de bevroren grond direct bevriest.</p>
<p>[[Wegen, fietspaden en stoepen kunnen spiegelglad worden.]] Rijkswaterstaat strooit sinds vannacht op de snelwegen, maar op kleinere wegen kan het tot in de middag glad blijven. [[De ANWB verwacht files op de A7 en de A28]] tijdens de ochtendspits; ook streekbussen kunnen vertraging oplopen.</p>
<p>[[Het KNMI raadt aan om onnodige ritten uit te stellen]] tot de temperatuur rond het middaguur boven nul komt. Verschillende scholen in Noordoost-Friesland beginnen later.</p>
</div>
<div class="deel"><span>{{Deel dit bericht}}</span> <a href="#">WhatsApp</a></div>
<section class="meer"><h3>{{Meer weer}}</h3><a href="/weer/2026/12/winterse-week/">{{Weerbericht: een winterse week met kans op sneeuw}}</a></section>
<p class="app-plug">{{Ontvang weeralarmen als pushbericht in de Noorderkwartier-app.}}</p>
</article></main>
<footer><p>Noorderkwartier Nieuws · Tips? nieuws@noorderkwartier.example</p></footer>
<div class="cookiebanner"><p>{{We gebruiken cookies voor statistieken en advertenties.}}</p><button>Accepteren</button></div>
</body>'''))

build(dict(
 name='pl-custom-relacja-sesja-rady-glosowanie', lang='pl-PL', type='NewsArticle',
 url='https://www.gazetanadnotecka.example/relacja/2026/12/03/sesja-rady-miasta-basen-glosowanie',
 site='Gazeta Nadnotecka', author='Kamil Szulc', date='2026-12-03T18:45:00+01:00',
 title='Relacja: radni głosują nad budową krytego basenu',
 desc='Śledziliśmy na bieżąco sesję Rady Miasta, na której zapadła decyzja w sprawie krytego basenu.',
 comments=['Trap 5: a short real article, a liveblog of a council vote with a one-line intro and',
  'five short timed entries (the newest first). Entries are article text (must); the',
  'timestamps carry no phrase. Boilerplate: "Relacja na żywo" badge line, "Odśwież" button,',
  'byline, share bar, "Zobacz też" list, footer, consent banner (mustnot). Custom CMS.'],
 body='''
<body>
<header class="naglowek"><a href="/" class="logo">Gazeta Nadnotecka</a>
<nav><a href="/wiadomosci/">Wiadomości</a> <a href="/relacja/">Relacje</a> <a href="/sport/">Sport</a> <a href="/ogloszenia/">Ogłoszenia</a></nav></header>
<main><article class="relacja">
<p class="badge">{{Relacja na żywo – zakończona}}</p>
<h1>%H1%</h1>
<p class="meta">{{Kamil Szulc}} · <time>{{3 grudnia 2026}}</time> <button class="odswiez">{{Odśwież relację}}</button></p>
<p class="wstep">[[Rada Miasta zdecydowała dziś, czy miasto zaciągnie kredyt na kryty basen przy ulicy Sportowej.]]</p>
<div class="wpisy">
<div class="wpis"><time>18:40</time><p>[[Uchwała przyjęta: 13 głosów za, 8 przeciw, 2 wstrzymujące się.]] Przetarg na budowę ma ruszyć w lutym.</p></div>
<div class="wpis"><time>18:05</time><p>[[Radni klubu Razem dla Miasta zapowiadają, że zagłosują przeciw.]] Chcą najpierw remontu hali przy szkole numer dwa.</p></div>
<div class="wpis"><time>17:30</time><p>[[Skarbnik: rata kredytu to 2,1 mln zł rocznie przez 15 lat.]]</p></div>
<div class="wpis"><time>16:50</time><p>[[Dyskusja trwa już prawie godzinę.]] Głos zabrało sześciu mieszkańców, czterech popiera budowę.</p></div>
<div class="wpis"><time>16:00</time><p>[[Sesja rozpoczęta, obecnych 23 radnych.]] Punkt o basenie jest siódmy w porządku obrad.</p></div>
</div>
<div class="udostepnij"><span>{{Udostępnij relację}}</span> <a href="#">Facebook</a></div>
<section class="zobacz"><h3>{{Zobacz też}}</h3><a href="/wiadomosci/2026/11/basen-koncepcja/">{{Tak ma wyglądać nowy basen. Zobacz wizualizacje}}</a></section>
</article></main>
<footer><p>© 2026 Gazeta Nadnotecka · Regulamin · Polityka prywatności</p></footer>
<div class="zgody"><p>{{Korzystamy z plików cookie, by dopasować treści do Twoich potrzeb.}}</p><button>Akceptuję</button></div>
</body>'''))

build(dict(
 name='pt-br-custom-entrevista-perguntas-curtas', lang='pt-BR', type='NewsArticle',
 url='https://www.folhadoagreste.example/cultura/2026/12/entrevista-mestre-rabequeiro-zeca-ananias',
 site='Folha do Agreste', author='Luana Cavalcanti', date='2026-12-02T08:00:00-03:00',
 title='“A rabeca não se ensina, se pega”: entrevista com o mestre Zeca Ananias',
 desc='Aos 84 anos, o rabequeiro de Caruaru fala sobre o instrumento que fabrica desde menino e sobre os alunos.',
 comments=['Trap 5: an interview in Q/A form with short bold questions (<p><strong>). Questions',
  'of four words or more and the answers are article text (must); "E agora?" carries no',
  'phrase, nor "E a fabricar?" (three words). Boilerplate: byline/date, "Ouça o podcast" plug, share bar, "Leia também",',
  'WhatsApp channel plug, footer, cookie banner (mustnot). Custom CMS.'],
 body='''
<body>
<header class="topo"><a href="/" class="logo">Folha do Agreste</a>
<nav><a href="/cidades/">Cidades</a> <a href="/cultura/">Cultura</a> <a href="/esportes/">Esportes</a> <a href="/politica/">Política</a></nav></header>
<main><article>
<h1>%H1%</h1>
<p class="autoria">{{Por Luana Cavalcanti}} · <time>{{02/12/2026 às 08h00}}</time></p>
<div class="materia">
<p>Zeca Ananias tem 84 anos e fez a primeira rabeca aos onze, com uma lata de goiabada e crina de cavalo. [[Hoje é um dos últimos mestres que ainda fabricam o instrumento à mão em Caruaru.]] Recebeu a reportagem na oficina, nos fundos de casa.</p>
<p><strong>[[Quem ensinou o senhor a tocar?]]</strong></p>
<p>[[Ninguém. Eu ficava olhando meu tio nas festas de São João]] e, quando ele dormia, pegava a rabeca escondido. Apanhei muito por isso.</p>
<p><strong>E a fabricar?</strong></p>
<p>[[Aí foi precisão. Não tinha dinheiro para comprar.]] Desmontei uma velha para ver como era por dentro e fui tentando. As primeiras não prestavam.</p>
<p><strong>[[Qual madeira o senhor usa?]]</strong></p>
<p>[[Jenipapo para o corpo e pau-d'arco para o braço.]] Hoje está difícil achar, tem que encomendar do Sertão.</p>
<p><strong>E agora?</strong></p>
<p>[[Agora eu tenho quatro alunos, dois são meus netos.]] Mas rabeca não se ensina, se pega. Tem que ter ouvido e paciência.</p>
<p><strong>[[O senhor pensa em parar?]]</strong></p>
<p>[[Só quando a mão não obedecer mais.]] Por enquanto ela obedece.</p>
</div>
<p class="podcast">{{Ouça a entrevista completa no podcast Conversa de Feira.}}</p>
<div class="compartilhe"><span>{{Compartilhe esta matéria}}</span> <a href="#">WhatsApp</a></div>
<section class="leia"><h3>{{Leia também}}</h3><a href="/cultura/2026/11/festival-forro-caruaru/">{{Festival de forró anuncia atrações de janeiro}}</a></section>
<p class="canal">{{Siga a Folha do Agreste no nosso canal do WhatsApp.}}</p>
</article></main>
<footer><p>© 2026 Folha do Agreste. Todos os direitos reservados.</p></footer>
<div class="lgpd"><p>Usamos cookies para melhorar sua experiência, conforme nossa política de privacidade.</p><button>Entendi</button></div>
</body>'''))
