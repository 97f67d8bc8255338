## Magazines et journaux en ligne : assets/flows/online-magazines.toml.

flow-online-magazines-has_card = Avez-vous la carte d'une bibliothèque de Toscane ?
flow-online-magazines-has_card-hint = Avec la carte, vous lisez gratuitement des journaux et des magazines du monde entier sur votre téléphone ou votre ordinateur.

flow-online-magazines-get_a_card = La carte est gratuite. Allez à la Biblioteca Città di Arezzo (via dei Pileati 8) avec une pièce d'identité : on vous la fait tout de suite. Ensuite revenez ici, ou lisez les journaux depuis chez vous avec MLOL.

flow-online-magazines-page-card-number = Votre carte
flow-online-magazines-card_number = Numéro de la carte
flow-online-magazines-card_number-hint = Il est sous le code-barres de la carte.
flow-online-magazines-card_surname = Nom de famille, comme sur la carte

flow-online-magazines-magazine_language = Dans quelle langue voulez-vous lire ?
flow-online-magazines-magazine_language-italian = Italien
flow-online-magazines-magazine_language-english = Anglais
flow-online-magazines-magazine_language-french = Français
flow-online-magazines-magazine_language-spanish = Espagnol
flow-online-magazines-magazine_language-arabic = Arabe
flow-online-magazines-magazine_language-romanian = Roumain
flow-online-magazines-magazine_language-albanian = Albanais
flow-online-magazines-magazine_language-ukrainian = Ukrainien
flow-online-magazines-magazine_language-chinese = Chinois
flow-online-magazines-magazine_language-bengali = Bengali
flow-online-magazines-magazine_language-urdu = Ourdou

flow-online-magazines-magazine_kind = Que voulez-vous lire ?
flow-online-magazines-magazine_kind-newspaper = Journaux (quotidiens)
flow-online-magazines-magazine_kind-magazine = Magazines
flow-online-magazines-magazine_kind-any = Les deux

flow-online-magazines-magazine = Choisissez le journal ou le magazine
flow-online-magazines-magazine-hint = Nous imprimons une feuille avec le titre et les instructions pour le lire.
flow-online-magazines-magazine-none = Il n'y a pas de titres dans cette langue. Revenez en arrière et choisissez une autre langue.

flow-online-magazines-how_to_read = Sur la feuille, il y a le titre et un code QR. Sur votre téléphone, ouvrez le site de la bibliothèque (MLOL), connectez-vous avec le numéro de la carte et le mot de passe que la bibliothèque vous a donné, et cherchez le titre. À la bibliothèque, vous pouvez aussi le lire sur les ordinateurs.
