## Online magazines and newspapers: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = Ai permisul (cardul) unei biblioteci din Toscana?
flow-online-magazines-has_card-hint = Cu cardul citești gratuit ziare și reviste din toată lumea pe telefon sau pe calculator.

flow-online-magazines-get_a_card = Cardul este gratuit. Mergi la Biblioteca Città di Arezzo (via dei Pileati 8) cu un act de identitate: ți-l fac pe loc. Apoi revino aici sau citește ziarele de acasă cu MLOL.

flow-online-magazines-page-card-number = Cardul tău
flow-online-magazines-card_number = Numărul cardului
flow-online-magazines-card_number-hint = Este sub codul de bare de pe card.
flow-online-magazines-card_surname = Numele de familie, ca pe card

flow-online-magazines-magazine_language = În ce limbă vrei să citești?
flow-online-magazines-magazine_language-italian = Italiană
flow-online-magazines-magazine_language-english = Engleză
flow-online-magazines-magazine_language-french = Franceză
flow-online-magazines-magazine_language-spanish = Spaniolă
flow-online-magazines-magazine_language-arabic = Arabă
flow-online-magazines-magazine_language-romanian = Română
flow-online-magazines-magazine_language-albanian = Albaneză
flow-online-magazines-magazine_language-ukrainian = Ucraineană
flow-online-magazines-magazine_language-chinese = Chineză
flow-online-magazines-magazine_language-bengali = Bengaleză
flow-online-magazines-magazine_language-urdu = Urdu

flow-online-magazines-magazine_kind = Ce vrei să citești?
flow-online-magazines-magazine_kind-newspaper = Ziare (cotidiene)
flow-online-magazines-magazine_kind-magazine = Reviste
flow-online-magazines-magazine_kind-any = Amândouă

flow-online-magazines-magazine = Alege ziarul sau revista
flow-online-magazines-magazine-hint = Tipărim o foaie cu titlul și instrucțiunile ca să-l citești.
flow-online-magazines-magazine-none = Nu sunt titluri în această limbă. Întoarce-te și alege altă limbă.

flow-online-magazines-how_to_read = Pe foaie sunt titlul și un cod QR. Pe telefon deschide site-ul bibliotecii (MLOL), intră cu numărul cardului și parola pe care ți-a dat-o biblioteca și caută titlul. La bibliotecă îl poți citi și pe calculatoare.
