## Revista dhe gazeta on-line: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = A ke kartën e një biblioteke të Toskanës?
flow-online-magazines-has_card-hint = Me kartën lexon falas gazeta dhe revista nga e gjithë bota në telefon ose në kompjuter.

flow-online-magazines-get_a_card = Karta është falas. Shko në Biblioteca Città di Arezzo (via dei Pileati 8) me një dokument identiteti: ta bëjnë menjëherë. Pastaj kthehu këtu ose lexo gazetat nga shtëpia me MLOL.

flow-online-magazines-page-card-number = Karta jote
flow-online-magazines-card_number = Numri i kartës
flow-online-magazines-card_number-hint = Është poshtë barkodit të kartës.
flow-online-magazines-card_surname = Mbiemri, si në kartë

flow-online-magazines-magazine_language = Në cilën gjuhë do të lexosh?
flow-online-magazines-magazine_language-italian = Italisht
flow-online-magazines-magazine_language-english = Anglisht
flow-online-magazines-magazine_language-french = Frëngjisht
flow-online-magazines-magazine_language-spanish = Spanjisht
flow-online-magazines-magazine_language-arabic = Arabisht
flow-online-magazines-magazine_language-romanian = Rumanisht
flow-online-magazines-magazine_language-albanian = Shqip
flow-online-magazines-magazine_language-ukrainian = Ukrainisht
flow-online-magazines-magazine_language-chinese = Kinezisht
flow-online-magazines-magazine_language-bengali = Bengalisht
flow-online-magazines-magazine_language-urdu = Urdu

flow-online-magazines-magazine_kind = Çfarë do të lexosh?
flow-online-magazines-magazine_kind-newspaper = Gazeta (të përditshme)
flow-online-magazines-magazine_kind-magazine = Revista
flow-online-magazines-magazine_kind-any = Të dyja

flow-online-magazines-magazine = Zgjidh gazetën ose revistën
flow-online-magazines-magazine-hint = Shtypim një fletë me titullin dhe udhëzimet për ta lexuar.
flow-online-magazines-magazine-none = Nuk ka tituj në këtë gjuhë. Kthehu pas dhe zgjidh një gjuhë tjetër.

flow-online-magazines-how_to_read = Në fletë janë titulli dhe një kod QR. Në telefon hap faqen e bibliotekës (MLOL), hyr me numrin e kartës dhe fjalëkalimin që të dha biblioteka, dhe kërko titullin. Në bibliotekë mund ta lexosh edhe në kompjuterët e saj.
