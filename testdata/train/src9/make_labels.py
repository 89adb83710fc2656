#!/usr/bin/env python3
"""Writes ../labels.jsonl: short labels (the words before a colon), per language
30 related-stories labels (boilerplate/related) and 20 article labels."""
import json, os

R = {}  # related labels
A = {}  # article labels

R["en"] = """Read also
Also read
See also
Related
More on this story
Also of interest
Worth reading
From our archive
We reported earlier
Previously on this beat
Backstory
IN CASE YOU MISSED IT
A YEAR AGO TODAY
The story so far
Earlier this week
More from the harbour
Elsewhere in the neighbourhood
ALSO IN THE VALLEY
From our flood dossier
Part one of this series
More by this reporter
EDITOR'S PICK
» Don't miss
Worth a look
Readers also chose
▶ TRENDING NOW
+ Catch up
You might also like
ON THE SAME TOPIC
Keep reading"""
A["en"] = """Step 4
Part two
Day 3
Option B
Q
A
Councillor Maya Brennick
The head teacher
Price
Opening hours
Capacity
Ingredients
Distance
Tickets
The numbers
What changes
Why it matters
Bottom line
Pros
Cons"""

R["de"] = """Lesen Sie auch
Lies auch
Siehe auch
Mehr zum Thema
Das könnte Sie auch interessieren
Auch interessant
Lesenswert
Aus unserem Archiv
Wir berichteten
Bisher in dieser Reihe
Zur Vorgeschichte
FALLS SIE ES VERPASST HABEN
VOR EINEM JAHR
Was bisher geschah
Anfang der Woche
Mehr aus dem Hafenviertel
AUS DER NACHBARSCHAFT
Ebenfalls aus dem Tal
Unser Dossier
Teil eins der Serie
Mehr von dieser Autorin
TIPP DER REDAKTION
» Nicht verpassen
Einen Blick wert
Andere Leser wählten auch
▶ GERADE BELIEBT
+ Weiterlesen
Passend dazu
ZUM THEMA
Auch spannend für dich"""
A["de"] = """Schritt 4
Teil zwei
Tag 3
Etappe 1
Frage
Antwort
Bürgermeisterin Jana Kröger
Der Ortsvorsteher
Preis
Öffnungszeiten
Eintritt
Zutaten
Strecke
Dauer
Ergebnis
Die Zahlen
Was sich ändert
Warum das wichtig ist
Das Urteil
Fazit"""

R["fr"] = """Lire aussi
À lire aussi
Voir aussi
Sur le même sujet
Pour aller plus loin
Ceci pourrait vous intéresser
Ça pourrait t'intéresser
Dans nos archives
Nous en parlions
Précédemment dans cette rubrique
Retour sur l'affaire
SI VOUS L'AVEZ MANQUÉ
IL Y A UN AN
Les épisodes précédents
Plus tôt cette semaine
Encore du côté du port
DANS LE MÊME QUARTIER
Ailleurs dans la vallée
Notre dossier
Premier volet de la série
Du même auteur
LE CHOIX DE LA RÉDACTION
» À ne pas manquer
Ça vaut le détour
Les lecteurs ont aussi aimé
▶ LES PLUS LUS
+ Découvrir aussi
Lisez également
À LIRE ÉGALEMENT
Tu vas aimer"""
A["fr"] = """Étape 4
Deuxième partie
Jour 3
Phase deux
Question
Réponse
La maire Claire Dumontel
Le préfet
Prix
Horaires
Capacité
Ingrédients
Lieu
Billets
Durée
Les chiffres
Ce qui change
Pourquoi c'est important
Le verdict
Points forts"""

R["es"] = """Lee también
Lea también
Ver también
Relacionado
Más sobre este tema
También te puede interesar
Le puede interesar
De nuestra hemeroteca
Ya lo contamos
Anteriormente en esta sección
Cómo empezó todo
POR SI TE LO PERDISTE
HACE UN AÑO
Capítulos anteriores
A principios de semana
Más desde el puerto
EN EL MISMO BARRIO
También en la comarca
Nuestro especial
Primera entrega de la serie
Del mismo autor
LA RECOMENDACIÓN DEL EDITOR
» No te lo pierdas
Merece la pena
Los lectores también eligieron
▶ LO MÁS LEÍDO
+ Noticias relacionadas
Te recomendamos
MÁS INFORMACIÓN
Vale la pena leer"""
A["es"] = """Paso 4
Segunda parte
Día 3
Etapa 1
Pregunta
Respuesta
La alcaldesa Marta Olivares
El consejero
Precio
Horario
Aforo
Ingredientes
Dónde
Cuándo
Entradas
Las cifras
Qué cambia
Por qué importa
El veredicto
Ventajas"""

R["it"] = """Leggi anche
Da leggere anche
Vedi anche
Correlati
Approfondimenti
Potrebbe interessarti
Potrebbe interessarLe
Dal nostro archivio
Ne avevamo scritto
Le puntate precedenti
Come tutto è cominciato
SE TE LO FOSSI PERSO
UN ANNO FA
La vicenda finora
All'inizio della settimana
Altre notizie dal porto
NELLO STESSO QUARTIERE
Anche in valle
Il nostro dossier
Prima puntata dell'inchiesta
Dello stesso autore
LA SCELTA DELLA REDAZIONE
» Da non perdere
Merita uno sguardo
I lettori hanno scelto anche
▶ I PIÙ LETTI
+ Sullo stesso tema
Ti consigliamo
Ti potrebbe piacere
PER SAPERNE DI PIÙ"""
A["it"] = """Fase 2
Seconda parte
Giorno 3
Tappa 1
Domanda
Risposta
Il sindaco Paolo Gervasini
L'assessore
Prezzo
Orari
Capienza
Ingredienti
Dove
Quando
Biglietti
I numeri
Cosa cambia
Perché conta
Il verdetto
Durata"""

R["nl"] = """Lees ook
Ook lezen
Zie ook
Gerelateerd
Meer over dit onderwerp
Ook interessant
Dit vindt u misschien ook interessant
Uit ons archief
Eerder schreven we
Eerder in deze rubriek
De voorgeschiedenis
GEMIST?
VORIG JAAR
Het verhaal tot nu toe
Eerder deze week
Meer uit de haven
IN DEZELFDE WIJK
Ook in de streek
Ons dossier
Deel één van de serie
Meer van deze verslaggever
KEUZE VAN DE REDACTIE
» Niet te missen
De moeite waard
Lezers kozen ook
▶ NU POPULAIR
+ Meer nieuws
Misschien vind je dit ook leuk
LEES VERDER
Aanrader"""
A["nl"] = """Stap 4
Deel twee
Dag 3
Fase twee
Vraag
Antwoord
Wethouder Karin de Vlaming
De burgemeester
Prijs
Openingstijden
Capaciteit
Ingrediënten
Waar
Wanneer
Kaarten
De cijfers
Wat verandert er
Waarom dit ertoe doet
Het oordeel
Pluspunten"""

R["pt"] = """Leia também
Lê também
Veja também
Relacionadas
Mais sobre o assunto
Também pode interessar
Pode te interessar
Do nosso arquivo
Já contámos aqui
Anteriormente nesta coluna
Como tudo começou
CASO TENHA PERDIDO
HÁ UM ANO
O caso até agora
No início da semana
Mais notícias do porto
NO MESMO BAIRRO
Também na serra
O nosso dossiê
Primeiro episódio da série
Do mesmo autor
ESCOLHA DO EDITOR
» Não perca
Merece uma espreitadela
Os leitores também escolheram
▶ MAIS LIDAS
+ Saiba mais
RECOMENDAMOS
Leitura recomendada
Vale a pena ler"""
A["pt"] = """Passo 4
Parte dois
Dia 3
Etapa 2
Pergunta
Resposta
A vereadora Luísa Frazão
O presidente da câmara
Preço
Horário de funcionamento
Lotação
Modo de preparo
Onde
Local
Bilhetes
Os números
O que muda
Porque é importante
O veredicto
Distância"""

R["pl"] = """Czytaj także
Przeczytaj również
Zobacz też
Powiązane
Więcej na ten temat
Może Cię zainteresować
Może Pana zainteresować
Z naszego archiwum
Pisaliśmy wcześniej
Wcześniej w tym cyklu
Jak do tego doszło
JEŚLI PRZEGAPIŁEŚ
ROK TEMU
Dotychczas w tej sprawie
Na początku tygodnia
Więcej z portu
Z TEJ SAMEJ DZIELNICY
Również w dolinie
Nasz raport specjalny
Pierwsza część cyklu
Tego samego autora
WYBÓR REDAKCJI
» Nie przegap
Warto zobaczyć
Czytelnicy wybrali też
▶ NAJCHĘTNIEJ CZYTANE
+ Więcej wiadomości
Warto przeczytać
POLECAMY
Sprawdź też"""
A["pl"] = """Krok 4
Część druga
Dzień 3
Etap pierwszy
Pytanie
Odpowiedź
Burmistrz Anna Wierzbicka
Wojewoda
Cena
Godziny otwarcia
Pojemność
Składniki
Gdzie
Kiedy
Bilety
W liczbach
Co się zmienia
Dlaczego to ważne
Werdykt
Zalety"""

R["sv"] = """Läs också
Läs även
Se även
Relaterat
Mer om ämnet
Du kanske också gillar
Värt att läsa
Ur arkivet
Vi har tidigare skrivit
Tidigare i serien
Så började det
MISSADE DU DEN HÄR
FÖR ETT ÅR SEDAN
Det här har hänt
Tidigare i veckan
Mer från hamnen
I SAMMA KVARTER
Också i dalen
Vår granskning
Första delen i serien
Mer av samma reporter
REDAKTIONEN TIPSAR
» Missa inte
Värt en titt
Andra läsare valde
▶ MEST LÄST JUST NU
+ Fler nyheter
Rekommenderat
LÄS MER
Kan också intressera er"""
A["sv"] = """Steg 4
Del två
Dag 5
Etapp 1
Fråga
Svar
Kommunalrådet Lena Hägglund
Ministern
Pris
Öppettider
Kapacitet
Ingredienser
Var
När
Biljetter
Siffrorna
Det här ändras
Därför spelar det roll
Betyg
Nackdelar"""

R["cs"] = """Čtěte také
Přečtěte si také
Viz také
Související
Více k tématu
Mohlo by vás zajímat
Mohlo by tě zajímat
Z našeho archivu
Psali jsme dříve
Dříve v tomto seriálu
Jak to celé začalo
POKUD VÁM UNIKLO
PŘED ROKEM
Dosavadní vývoj
Začátkem týdne
Více z okolí přehrady
VE STEJNÉ ČTVRTI
Také v údolí
Náš speciál
První díl seriálu
Od stejného autora
VÝBĚR REDAKCE
» Nenechte si ujít
Stojí za pozornost
Čtenáři také vybrali
▶ NEJČTENĚJŠÍ
+ Další články
DOPORUČUJEME
Stojí za přečtení
Přečti si taky"""
A["cs"] = """Krok 2
Část druhá
Den 3
Fáze 1
Otázka
Odpověď
Starostka Jitka Malinová
Hejtman
Vstupné
Otevírací doba
Kapacita
Suroviny
Kde
Kdy
Vzdálenost
V číslech
Co se mění
Proč na tom záleží
Verdikt
Nevýhody"""

R["da"] = """Læs også
Se også
Relateret
Mere om emnet
Det kan også interessere dig
Værd at læse
Fra vores arkiv
Det har vi skrevet om før
Tidligere i serien
Sådan begyndte det
HVIS DU GIK GLIP AF DET
FOR ET ÅR SIDEN
Sagen indtil nu
Tidligere på ugen
Mere fra havnen
I SAMME KVARTER
Også på Vestegnen
Vores tema
Første del af serien
Mere fra samme journalist
REDAKTIONEN ANBEFALER
» Gå ikke glip af
Værd at kigge på
Andre læsere valgte også
▶ MEST LÆSTE LIGE NU
+ Flere nyheder
ANBEFALET
Læs videre
Du vil måske også kunne lide
Kunne De være interesseret i"""
A["da"] = """Trin 4
Anden del
Dag 2
Etape 1
Spørgsmål
Borgmester Mette Kjærgaard
Ministeren
Billetpris
Åbningstider
Antal pladser
Det skal du bruge
Hvor
Hvornår
Varighed
Tallene
Det ændrer sig
Derfor er det vigtigt
Bedømmelsen
Fordele
Ulemper"""

R["no"] = """Les også
Sjekk også
Relatert
Mer om saken
Dette kan også interessere deg
Verdt å lese
Fra arkivet
Vi har tidligere omtalt
Tidligere i denne serien
Slik startet det
HVIS DU GIKK GLIPP AV DEN
I FJOR
Saken så langt
Tidligere denne uken
Mer fra kaia
I SAMME BYDEL
Også i dalen
Vår gjennomgang
Første del av serien
Mer fra samme reporter
REDAKSJONEN ANBEFALER
» Ikke gå glipp av
Verdt en titt
Andre lesere valgte
▶ MEST LEST NÅ
+ Flere nyheter
ANBEFALT
Les mer her
Du vil kanskje også like
Populært i dag"""
A["no"] = """Trinn 4
Del tre
Dag 4
Etappe 2
Spørsmål
Intervjuer
Ordfører Siri Haugland
Statsråden
Kostnad
Åpningstider
Kapasitet
Dette trenger du
Varighet
Når
Sted
I tall
Dette endres
Derfor betyr det noe
Terningkast
Svakheter"""

LANGS = "en de fr es it nl pt pl sv cs da no".split()
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "labels.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for lang in LANGS:
        for t in R[lang].split("\n"):
            f.write(json.dumps({"text": t, "label": "boilerplate", "kind": "related", "lang": lang}, ensure_ascii=False) + "\n")
        for t in A[lang].split("\n"):
            f.write(json.dumps({"text": t, "label": "article", "kind": "", "lang": lang}, ensure_ascii=False) + "\n")
