## Online magazines and newspapers: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = Do you have a card from a library in Tuscany?
flow-online-magazines-has_card-hint = With the card you can read newspapers and magazines from all over the world for free, on your phone or computer.

flow-online-magazines-get_a_card = The card is free. Go to the Biblioteca Città di Arezzo (via dei Pileati 8) with an identity document: they make it straight away. Then come back here, or read the newspapers from home with MLOL.

flow-online-magazines-page-card-number = Your card
flow-online-magazines-card_number = Card number
flow-online-magazines-card_number-hint = It is under the barcode on the card.
flow-online-magazines-card_surname = Surname, as on the card

flow-online-magazines-magazine_language = Which language do you want to read in?
flow-online-magazines-magazine_language-italian = Italian
flow-online-magazines-magazine_language-english = English
flow-online-magazines-magazine_language-french = French
flow-online-magazines-magazine_language-spanish = Spanish
flow-online-magazines-magazine_language-arabic = Arabic
flow-online-magazines-magazine_language-romanian = Romanian
flow-online-magazines-magazine_language-albanian = Albanian
flow-online-magazines-magazine_language-ukrainian = Ukrainian
flow-online-magazines-magazine_language-chinese = Chinese
flow-online-magazines-magazine_language-bengali = Bengali
flow-online-magazines-magazine_language-urdu = Urdu

flow-online-magazines-magazine_kind = What do you want to read?
flow-online-magazines-magazine_kind-newspaper = Newspapers (daily)
flow-online-magazines-magazine_kind-magazine = Magazines
flow-online-magazines-magazine_kind-any = Both

flow-online-magazines-magazine = Choose the newspaper or magazine
flow-online-magazines-magazine-hint = We print a sheet with the title and instructions on how to read it.
flow-online-magazines-magazine-none = There are no titles in this language. Go back and choose another language.

flow-online-magazines-how_to_read = The sheet has the title and a QR code. On your phone, open the library website (MLOL), log in with your card number and the password the library gave you, and look for the title. At the library you can also read it on the computers.
