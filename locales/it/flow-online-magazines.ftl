## Riviste e quotidiani on-line: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = Hai la tessera di una biblioteca della Toscana?
flow-online-magazines-has_card-hint = Con la tessera leggi gratis giornali e riviste di tutto il mondo sul telefono o sul computer.

flow-online-magazines-get_a_card = La tessera è gratuita. Vai alla Biblioteca Città di Arezzo (via dei Pileati 8) con un documento d'identità: la fanno subito. Poi torna qui o leggi i giornali da casa con MLOL.

flow-online-magazines-page-card-number = La tua tessera
flow-online-magazines-card_number = Numero della tessera
flow-online-magazines-card_number-hint = È sotto il codice a barre della tessera.
flow-online-magazines-card_surname = Cognome, come sulla tessera

flow-online-magazines-magazine_language = In quale lingua vuoi leggere?
flow-online-magazines-magazine_language-italian = Italiano
flow-online-magazines-magazine_language-english = Inglese
flow-online-magazines-magazine_language-french = Francese
flow-online-magazines-magazine_language-spanish = Spagnolo
flow-online-magazines-magazine_language-arabic = Arabo
flow-online-magazines-magazine_language-romanian = Romeno
flow-online-magazines-magazine_language-albanian = Albanese
flow-online-magazines-magazine_language-ukrainian = Ucraino
flow-online-magazines-magazine_language-chinese = Cinese
flow-online-magazines-magazine_language-bengali = Bengalese
flow-online-magazines-magazine_language-urdu = Urdu

flow-online-magazines-magazine_kind = Che cosa vuoi leggere?
flow-online-magazines-magazine_kind-newspaper = Giornali (quotidiani)
flow-online-magazines-magazine_kind-magazine = Riviste
flow-online-magazines-magazine_kind-any = Tutti e due

flow-online-magazines-magazine = Scegli il giornale o la rivista
flow-online-magazines-magazine-hint = Stampiamo un foglio con il titolo e le istruzioni per leggerlo.
flow-online-magazines-magazine-none = Non ci sono titoli in questa lingua. Torna indietro e scegli un'altra lingua.

flow-online-magazines-how_to_read = Sul foglio ci sono il titolo e un codice QR. Sul telefono apri il sito della biblioteca (MLOL), entra con il numero della tessera e la password che ti ha dato la biblioteca, e cerca il titolo. In biblioteca puoi leggerlo anche sui computer.
