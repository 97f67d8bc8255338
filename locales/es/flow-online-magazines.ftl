## Online magazines and newspapers: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = ¿Tienes el carné de una biblioteca de la Toscana?
flow-online-magazines-has_card-hint = Con el carné lees gratis periódicos y revistas de todo el mundo en el teléfono o en el ordenador.

flow-online-magazines-get_a_card = El carné es gratis. Ve a la Biblioteca Città di Arezzo (via dei Pileati 8) con un documento de identidad: te lo hacen en el momento. Después vuelve aquí o lee los periódicos desde casa con MLOL.

flow-online-magazines-page-card-number = Tu carné
flow-online-magazines-card_number = Número del carné
flow-online-magazines-card_number-hint = Está debajo del código de barras del carné.
flow-online-magazines-card_surname = Apellido, como en el carné

flow-online-magazines-magazine_language = ¿En qué idioma quieres leer?
flow-online-magazines-magazine_language-italian = Italiano
flow-online-magazines-magazine_language-english = Inglés
flow-online-magazines-magazine_language-french = Francés
flow-online-magazines-magazine_language-spanish = Español
flow-online-magazines-magazine_language-arabic = Árabe
flow-online-magazines-magazine_language-romanian = Rumano
flow-online-magazines-magazine_language-albanian = Albanés
flow-online-magazines-magazine_language-ukrainian = Ucraniano
flow-online-magazines-magazine_language-chinese = Chino
flow-online-magazines-magazine_language-bengali = Bengalí
flow-online-magazines-magazine_language-urdu = Urdu

flow-online-magazines-magazine_kind = ¿Qué quieres leer?
flow-online-magazines-magazine_kind-newspaper = Periódicos (diarios)
flow-online-magazines-magazine_kind-magazine = Revistas
flow-online-magazines-magazine_kind-any = Los dos

flow-online-magazines-magazine = Elige el periódico o la revista
flow-online-magazines-magazine-hint = Imprimimos una hoja con el título y las instrucciones para leerlo.
flow-online-magazines-magazine-none = No hay títulos en este idioma. Vuelve atrás y elige otro idioma.

flow-online-magazines-how_to_read = En la hoja están el título y un código QR. En el teléfono abre la web de la biblioteca (MLOL), entra con el número del carné y la contraseña que te dio la biblioteca, y busca el título. En la biblioteca también puedes leerlo en los ordenadores.
